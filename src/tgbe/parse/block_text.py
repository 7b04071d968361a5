"""What an outline block says: its text and lines, closing brackets, benchmark lines, and
whether it carries a measure (fields, a unit bracket, a deadline phrase).

The other builder modules decide with these reads which blocks are principles, indicators,
groups and measures.
"""

from __future__ import annotations

import re

from tgbe.data.lexicon import BOXED_EXAMPLE_WORDS
from tgbe.lang.patterns import CLOSE_BRACKETS, OPEN_BRACKETS, either
from tgbe.parse.benchmarks import benchmark_value_start, is_benchmark_label
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.inline import BracketReading, deadline_bracket, inline_deadlines, read_bracket
from tgbe.parse.labels import is_measure_label

SPACE = " \t\u3000\xa0"
# A boxed example's opening: its word, a number, then a colon or a space (专栏1：…, 案例 …).
_BOXED = re.compile(rf"(?:{either(BOXED_EXAMPLE_WORDS)})[0-9一二三四五六七八九十]*[：:{SPACE}]")
_FULL_STOPS = "。；;. \t\u3000"


def joined(line: Line) -> str:
    """A line's label and text as one string (``完成时限：2023年底``)."""
    return (line.key.text if line.key else "") + line.value


def block_pieces(block: Block) -> list[Piece]:
    """The text pieces of a block's own lines, in order (markers and labels left out)."""
    return [piece for piece in (block.text, *(line.text for line in block.lines)) if piece]


def last_piece(block: Block) -> Piece:
    """Where a block ends, its children included."""
    if block.children:
        return last_piece(block.children[-1])
    if block.lines:
        return block.lines[-1].last
    return block.text or block.marker


def descendants(block: Block) -> list[Block]:
    """``block`` and every block under it, in order."""
    return [block, *(below for child in block.children for below in descendants(child))]


# -- brackets ----------------------------------------------------------------------------


def split_tail(text: str) -> tuple[str, str | None]:
    """Split a closing bracketed group (nesting allowed) off the end of ``text``, with the
    full stop written after it (``…制度（A负责）。``)."""
    stripped = text.rstrip().rstrip(_FULL_STOPS)
    if not stripped or stripped[-1] not in CLOSE_BRACKETS:
        return text, None
    index = unclosed_open(stripped[:-1])
    if index is None:
        return text, None
    return stripped[:index].rstrip(), stripped[index:]


def unclosed_open(text: str) -> int | None:
    """Index of the last opening bracket of ``text`` that no later bracket closes."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in CLOSE_BRACKETS:
            depth += 1
        elif char in OPEN_BRACKETS:
            if depth == 0:
                return index
            depth -= 1
    return None


def trailing_brackets(text: str) -> tuple[str, list[BracketReading], str | None]:
    """The text before its closing unit bracket and deadline bracket (either order), the unit
    bracket's reading (none or one) and the deadline bracket's phrase."""
    readings: list[BracketReading] = []
    deadline: str | None = None
    while len(readings) + (deadline is not None) < 2:
        body, tail = split_tail(text)
        if tail is None:
            break
        reading = None if readings else read_bracket(tail[1:-1])
        phrase = None if deadline or reading else deadline_bracket(tail[1:-1])
        if reading is None and phrase is None:
            break
        readings.extend([reading] if reading else [])
        deadline = deadline or phrase
        text = body
    return text, readings, deadline


def is_boxed_example(line: Line) -> bool:
    """Whether a line opens a boxed example (``专栏1：…``, ``典型案例：…``) that names no units
    in a closing bracket: an illustration, not a measure's text."""
    text = joined(line)
    return _BOXED.match(text) is not None and not trailing_brackets(text)[1]


def trimmed(piece: Piece, removed: int) -> Piece:
    """``piece`` without the last ``removed`` characters (a unit bracket taken off the text)."""
    keep = len(piece.text.rstrip()) - removed
    if removed <= 0 or keep <= 0 or piece.end_line != piece.line:
        return piece
    return piece._replace(text=piece.text[:keep], end_column=piece.column + keep)


# -- benchmark lines ---------------------------------------------------------------------


def benchmark_value(line: Line) -> Piece | None:
    """The value of a benchmark line (对标城市：…, 对标城市（地区）：…), or None for other lines.

    A benchmark field with nothing after its colon has an empty value at the colon's end.
    """
    if line.key is not None:
        if not is_benchmark_label(line.label):
            return None
        key = line.key
        return line.text or Piece("", key.end_line, key.end_column, key.end_line, key.end_column)
    piece = line.text
    start = benchmark_value_start(piece.text) if piece is not None else None
    if piece is None or start is None:
        return None
    return piece._replace(text=piece.text[start:], column=piece.column + start)


def is_benchmark(line: Line) -> bool:
    """Whether ``line`` names benchmark cities (:func:`benchmark_value`)."""
    return benchmark_value(line) is not None


# -- a block's text ----------------------------------------------------------------------


def text_lines(block: Block) -> list[Line]:
    """The lines continuing a block's text: those before its first field."""
    lines = []
    for line in block.lines:
        if (line.key is not None and is_measure_label(line.label)) or is_benchmark(line):
            break
        lines.append(line)
    return lines


def join_wrapped(parts: list[str]) -> str:
    """Hard-wrapped parts joined into one text (a space between two ASCII words; a number
    wrapped across lines, ``20`` / ``23年``, joins as one)."""
    text = ""
    for part in parts:
        if (text and text[-1].isascii() and text[-1].isalnum() and part[:1].isascii()
                and not (text[-1].isdigit() and part[:1].isdigit())):
            text += " "
        text += part
    return text


def continued_text(block: Block) -> str:
    """A block's heading joined with the lines continuing it (:func:`text_lines`)."""
    return join_wrapped([block.heading, *(joined(line) for line in text_lines(block))])


def last_text_piece(block: Block) -> Piece:
    """Where a block's text (:func:`continued_text`) ends."""
    lines = text_lines(block)
    return lines[-1].last if lines else block.text or block.marker


# -- what a block carries ----------------------------------------------------------------


def has_fields(block: Block) -> bool:
    """Whether a block's own lines hold a measure's fields (完成时限, 责任单位 …)."""
    return any(is_measure_label(line.label) for line in block.lines)


def carries_measure(block: Block) -> bool:
    """Whether a block carries a measure's fields (完成时限, 责任单位 …) or a unit bracket."""
    if has_fields(block):
        return True
    return bool(trailing_brackets(continued_text(block))[1])


def carries(block: Block) -> bool:
    """Whether a block below the sections carries a measure: fields, a unit bracket or a
    deadline phrase in its text."""
    return block.level >= 2 and (
        carries_measure(block) or any(inline_deadlines(continued_text(block)))
    )


def carries_any(block: Block) -> bool:
    """Whether ``block`` or a block under it carries a measure (:func:`carries`)."""
    return any(carries(below) for below in descendants(block))


def has_measures(block: Block) -> bool:
    """Whether a section holds measures: blocks under it, or a benchmark line."""
    return bool(block.children) or any(is_benchmark(line) for line in block.lines)
