"""tgbe — parse and check Chinese local-government business-environment notices.

Library API::

    import tgbe
    notice = tgbe.parse_file("notice.txt")      # or tgbe.parse_text(text)
    for measure in notice.measures():
        print(measure.id, measure.deadline.due if measure.deadline else None)

Errors raise :class:`tgbe.TgbeError`, whose ``problems`` carry file, line and column.
Names are imported on first use, so ``import tgbe`` (and the CLI) start fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tgbe.errors import Problem as Problem
    from tgbe.errors import TgbeError as TgbeError
    from tgbe.models import Notice as Notice
    from tgbe.parse.api import parse_file as parse_file
    from tgbe.parse.api import parse_source as parse_source
    from tgbe.parse.api import parse_text as parse_text
    from tgbe.vocab import SCHEMA_VERSION as SCHEMA_VERSION

_EXPORTS = {
    "parse_file": "tgbe.parse.api",
    "parse_source": "tgbe.parse.api",
    "parse_text": "tgbe.parse.api",
    "Problem": "tgbe.errors",
    "TgbeError": "tgbe.errors",
    "Notice": "tgbe.models",
    "SCHEMA_VERSION": "tgbe.vocab",
}
__all__ = [
    "SCHEMA_VERSION",
    "Notice",
    "Problem",
    "TgbeError",
    "parse_file",
    "parse_source",
    "parse_text",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Import an exported name on first use."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'tgbe' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
