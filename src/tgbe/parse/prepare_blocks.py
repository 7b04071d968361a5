"""The outline's blocks made ready for reading, before any block is given a meaning.

* web page tool lines (打印本页, 关闭窗口 …) and page numbers left between hard-wrapped lines
  (``- 5 -``, ``第 3 页``, ``3/12``, a bare number) are left out at every level, so the text
  and field values around them join; so is a boxed example (专栏1：…, 典型案例：…) among a
  measure's lines (below the sections), which is neither its text nor a stray line;
* a list of attachments before the signature (附件：1.… / 2.…) is moved to the header;
* a later attachment none of whose sections holds measures (附件2, a list of contacts) is
  left out with an ``ignored-attachment`` note;
* field labels written inside lines (``…建设。完成时限：…；责任单位：…``) are cut into field
  lines of their own.
"""

from __future__ import annotations

from itertools import pairwise

from tgbe.data.lexicon import LABEL_MAX_LENGTH
from tgbe.lang.patterns import DASHES, LazyPattern, has_colon
from tgbe.parse.block_text import (
    SPACE,
    carries_any,
    has_measures,
    is_boxed_example,
    joined,
    last_piece,
    unclosed_open,
)
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.build_context import BuildContext
from tgbe.parse.labels import is_field_label
from tgbe.read.chrome import is_page_number, is_tool_line
from tgbe.vocab import Severity

# A field label inside a line, after a sentence, a dash or a space: …建设。完成时限：…；责任单位：…
_INLINE_LABEL = LazyPattern(  # at first use: the Han range costs ~1 ms to compile
    r"(?<=[。；;，," + DASHES + SPACE + r"])(?P<label>[\u3400-\u9fff]{2," + str(LABEL_MAX_LENGTH)
    + r"})[" + SPACE + r"]*[：:]"
)


def is_chrome_line(line: Line) -> bool:
    """Whether an outline line is a web page's tool line or a page number (left out)."""
    text = joined(line)
    return is_tool_line(text) or (line.key is None and is_page_number(text))


def without_tool_lines(block: Block) -> Block:
    """``block`` without web page tool lines and page numbers (:func:`is_chrome_line`), at
    every level, and without boxed examples (:func:`is_boxed_example`) below the sections."""
    return block.rebuilt(block.text, [line for line in block.lines if not is_chrome_line(line)
                                      and not (block.level >= 2 and is_boxed_example(line))],
                         [without_tool_lines(child) for child in block.children])


def attachment_list(blocks: list[Block]) -> tuple[list[Line], list[Block]]:
    """The lines under lists of attachments (附件：1.… / 2.… before the signature), and the
    blocks without those lists.

    An attachment marker is a list when another marker follows it with no section and no
    measure in between; the plain lines after its items (the signature and the date) belong
    to the notice's header.
    """
    markers = [index for index, block in enumerate(blocks) if block.level == 0]
    listed: set[int] = set()
    for here, following in pairwise(markers):
        between = blocks[here + 1 : following]
        if not any(block.level == 1 or carries_any(block) for block in between):
            listed.update(range(here, following))
    lines = [line for index in sorted(listed) for line in _all_lines(blocks[index])]
    return lines, [block for index, block in enumerate(blocks) if index not in listed]


def _all_lines(block: Block) -> list[Line]:
    """A block's own lines and those of its children, in order (numbered lines left out)."""
    return [*block.lines, *(line for child in block.children for line in _all_lines(child))]


def without_idle_attachments(blocks: list[Block], context: BuildContext) -> list[Block]:
    """``blocks`` up to a later attachment (附件2) none of whose sections holds measures, such
    as a list of contacts; what is left out is noted as an ``ignored-attachment``."""
    idle = [True] * (len(blocks) + 1)  # idle[i]: no block from i on holds measures
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        idle[index] = idle[index + 1] and block.level < 2 and not has_measures(block)
    marker_seen = measures_seen = False
    for index, block in enumerate(blocks):
        if block.level == 0 and marker_seen and measures_seen and idle[index + 1]:
            sections = sum(1 for later in blocks[index + 1 :] if later.level == 1)
            if sections:
                name = "".join(block.marker.text.split()).rstrip("：:")
                context.report("ignored-attachment", Severity.INFO,
                               f"{name} holds no measures (no numbered measures, fields or "
                               f"benchmarks); its {sections} sections are left out",
                               context.span(block.marker, last_piece(block)))
            return blocks[:index]
        marker_seen = marker_seen or block.level == 0
        measures_seen = measures_seen or (block.level >= 1 and has_measures(block))
    return blocks


# -- fields written inside lines ---------------------------------------------------------


def with_inline_fields(blocks: list[Block]) -> list[Block]:
    """The blocks with field labels inside lines cut into field lines of their own.

    A field value holding another label (``牵头单位：A   配合单位：B``) is two fields, and so
    is the text of a numbered line below the sections that goes on with fields
    (``3、推进…建设。完成时限：…。责任单位：…``); section headings and summaries stay whole.
    """
    result = []
    for block in blocks:
        text: Piece | None = block.text
        lines: list[Line] = []
        if block.level >= 2 and text is not None:
            text, lines = _cut_fields(text, None)
        for line in block.lines:
            if line.text is not None and (is_field_label(line.label) or (
                line.key is None and block.level >= 2
            )):
                head, more = _cut_fields(line.text, line.key)
                lines.extend([Line(line.key, head)] if head or line.key else [])
                lines.extend(more)
            else:
                lines.append(line)
        result.append(block.rebuilt(text, lines, with_inline_fields(block.children)))
    return result


def _cut_fields(piece: Piece, key: Piece | None) -> tuple[Piece | None, list[Line]]:
    """``piece`` up to the first field label inside it, and the fields from there on.

    Labels inside brackets (``（牵头单位：A，责任单位：B）``) belong to a unit bracket.
    """
    if piece.end_line != piece.line or not has_colon(piece.text):
        return piece, []
    labels = [label for label in _INLINE_LABEL.finditer(piece.text)
              if is_field_label(label.group("label"))
              and unclosed_open(piece.text[: label.start()]) is None]  # not inside brackets
    if not labels:
        return piece, []
    head = _sub_piece(piece, 0, len(piece.text[: labels[0].start()].rstrip(DASHES + SPACE)))
    if head is None and key is None:
        return piece, []
    ends = [label.start() for label in labels[1:]] + [len(piece.text)]
    fields = [Line(_sub_piece(piece, label.start(), label.end()),
                   _sub_piece(piece, label.end(), end))
              for label, end in zip(labels, ends, strict=True)]
    return head, fields


def _sub_piece(piece: Piece, start: int, end: int) -> Piece | None:
    """The part ``start:end`` of a one-line piece, spaces at both ends left out."""
    text = piece.text[start:end]
    stripped = text.strip(SPACE)
    if not stripped:
        return None
    start += len(text) - len(text.lstrip(SPACE))
    column = piece.column + start
    return Piece(stripped, piece.line, column, piece.line, column + len(stripped))
