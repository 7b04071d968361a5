"""JSON and YAML renderings of any model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel


def to_json(model: BaseModel) -> str:
    """Indented JSON with Chinese text kept readable (not \\u-escaped)."""
    return model.model_dump_json(indent=2)


def to_json_line(model: BaseModel) -> str:
    """Compact one-line JSON (for JSON Lines: one object per line)."""
    return model.model_dump_json()


def to_yaml(model: BaseModel) -> str:
    """Block-style YAML of the model's JSON form (dates as ISO strings)."""
    return dump_yaml(model.model_dump(mode="json"))


def dump_yaml(data: Any) -> str:
    """YAML text of plain data, Unicode kept, key order kept."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return str(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False))
