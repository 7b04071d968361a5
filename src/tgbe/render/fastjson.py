"""JSON of a notice straight from the builder's typed records, without building models.

``tgbe parse -f json`` uses this so that a cold start pays for no Pydantic model
construction; a test pins that the result equals the models' own JSON.  orjson writes it
(dates as ISO strings, Chinese text unescaped): the standard library's encoder falls back
to pure Python as soon as output is indented, which costs more than parsing the notice.
"""

from __future__ import annotations

import orjson

from tgbe.parse.records import NoticeRecord


def dumps(data: NoticeRecord, indent: int | None = 2) -> str:
    """JSON with Chinese text kept readable and dates as ISO strings (one line without indent)."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(data, option=option).decode("utf-8")
