"""tgbe — parse and check Chinese local-government business-environment notices.

Library API::

    import tgbe
    notice = tgbe.parse_file("notice.txt")      # or tgbe.parse_text(text)
    for measure in notice.measures():
        print(measure.id, measure.deadline.due if measure.deadline else None)

Errors raise :class:`tgbe.TgbeError`, whose ``problems`` carry file, line and column.
"""

from tgbe.api import parse_file, parse_source, parse_text
from tgbe.errors import Problem, TgbeError
from tgbe.models import SCHEMA_VERSION, Notice

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
