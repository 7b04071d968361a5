"""Measures under more than one attachment (附件1 … 附件2 …): refused, never dropped.

A notice is read as its preamble and one attachment of indicators and measures; the
builder takes the sections after the last attachment marker.  When an earlier attachment
also holds numbered measures, reading the last would silently turn the earlier one's
indicators into preamble principles — so the file is refused with an error that names
both attachments, and the user splits it (one attachment of measures per file).
"""

from __future__ import annotations

from tgbe.errors import TgbeError
from tgbe.parse.blocks import Block
from tgbe.read.source import SourceText


def refuse_measures_in_two_attachments(blocks: list[Block], source: SourceText) -> None:
    """Raise a located :class:`TgbeError` when two attachment markers both head measures."""
    holding: list[Block] = []
    current: Block | None = None
    for block in blocks:
        if block.level == 0:
            current = block
        elif current is not None and block.level == 1 and block.children \
                and (not holding or holding[-1] is not current):
            holding.append(current)
    if len(holding) < 2:
        return
    first, second = holding[0], holding[1]
    line, column = source.locate(second.marker.line, second.marker.column)
    first_line, _ = source.locate(first.marker.line, first.marker.column)
    raise TgbeError.at(
        source.path,
        f"measures under two attachments: {_name(first)} (line {first_line}) and "
        f"{_name(second)} (line {line}); reading one would drop the other's measures: "
        "expected one attachment of measures per file (split the file at the second)",
        line, column,
    )


def _name(marker: Block) -> str:
    """The attachment as written: its marker and title (``附件2 补充任务清单``)."""
    title = marker.heading or next((line.value for line in marker.lines if line.key is None), "")
    return f"{marker.marker.text.strip()} {title}".strip()
