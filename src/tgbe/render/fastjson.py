"""JSON of a notice straight from the builder's plain data, without building models.

``tgbe parse -f json`` uses this so that a cold start pays for no Pydantic model
construction; a test pins that the result equals the models' own JSON.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any


def _encode(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps(data: dict[str, Any], indent: int | None = 2) -> str:
    """JSON with Chinese text kept readable and dates as ISO strings (one line without indent)."""
    separators = None if indent else (",", ":")
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators,
                      default=_encode)
