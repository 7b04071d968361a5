"""The cells of a task table's line: split at separators, or read by shape when glued.

A web copy of a table keeps a row on one line with its cells between ``|`` (markdown style,
outer pipes optional, ``|---|`` rules ignored), tabs, or runs of spaces (two or more, or
ideographic spaces).  A row pasted as one run of text (``3 加快审批 推行并联审批。区司法局区级相关
单位,2022年9月底``) has lost its separators: :func:`glued_tail` cuts its end into the text, the
unit names (by their shape, :func:`tgbe.parse.units.looks_like_unit`) and the deadline.
Every cell keeps its place in the text, so the measures built from it point at the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from tgbe.data.lexicon import INLINE_ONGOING
from tgbe.infra.width import display_width
from tgbe.parse.blocks import Piece
from tgbe.parse.dates import interpret_deadline
from tgbe.parse.units import looks_like_unit
from tgbe.vocab import DeadlineKind

_ANY_YEAR = 2000  # a year for phrases without one, when only the kind of phrase matters
_DEADLINE_LENGTH = 16  # a deadline cell is short: 2024年6月底前完成
_RULE = re.compile(r"^[ \t\u3000]*[|｜]?(?:[ \t]*:?-{2,}:?[ \t]*[|｜]?)+[ \t]*$")
_LIST_STOPS = "，,；;、 \t\u3000"
_TEXT_STOPS = "。；;，,"


class Separator(Enum):
    """How a table's line separates its cells (the header's way holds for its rows)."""

    PIPE = re.compile(r"[|｜]")
    TAB = re.compile(r"\t")
    SPACES = re.compile(r" {2,}|[ \t]*\u3000[\u3000 \t]*")
    WORDS = re.compile(r"[ \t\u3000]+")  # a header of short words: any space separates

    @property
    def positional(self) -> bool:
        """Whether an empty cell keeps its place (``| |``, two tabs) in this way."""
        return self in (Separator.PIPE, Separator.TAB)


@dataclass(frozen=True)
class Cell:
    """One cell of a table: its 1-based line, first column and text."""

    line: int
    column: int
    text: str

    def piece(self, text: str | None = None, skip: int = 0) -> Piece:
        """A piece for (part of) the cell, placed at its position in the text."""
        value = self.text[skip:] if text is None else text
        start = self.column + skip
        return Piece(value, self.line, start, self.line, start + len(value))

    def part(self, start: int, end: int) -> Cell:
        """The cell's characters ``start:end`` as a cell of their own."""
        return Cell(self.line, self.column + start, self.text[start:end])

    def offset(self, line: str) -> int:
        """The display column where the cell starts in its ``line`` (CJK counts double)."""
        return display_width(line[: self.column - 1])


def is_rule(line: str) -> bool:
    """Whether ``line`` is a markdown rule between a header and its rows (``|---|:--:|``)."""
    return bool(_RULE.match(line)) and "-" in line


def split_cells(line: str, number: int, separator: Separator) -> list[Cell]:
    """The cells of ``line`` (line ``number``), empty ones too where they keep a place."""
    body = line.rstrip()
    cells: list[Cell] = []
    start = 0
    for match in [*separator.value.finditer(body), None]:
        end = match.start() if match else len(body)
        raw = body[start:end]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(number, start + lead + 1, stripped))
        start = match.end() if match else end
    if separator is Separator.PIPE:
        if cells and not cells[0].text and body.lstrip().startswith(("|", "｜")):
            cells = cells[1:]
        if cells and not cells[-1].text and body.endswith(("|", "｜")):
            cells = cells[:-1]
    return cells if separator.positional else [cell for cell in cells if cell.text]


def separators_of(line: str) -> list[Separator]:
    """The ways ``line`` may separate cells, the most explicit first."""
    found = [separator for separator in (Separator.PIPE, Separator.TAB, Separator.SPACES)
             if separator.value.search(line.strip())]
    return [*found, Separator.WORDS] if line.strip() else []


def deadline_tail(text: str) -> int | None:
    """Where a deadline written at the end of ``text`` starts (``…单位,2022年9月底``)."""
    for ongoing in INLINE_ONGOING:
        if text.endswith(ongoing):
            return len(text) - len(ongoing)
    for start in range(max(0, len(text) - _DEADLINE_LENGTH), len(text)):
        tail = text[start:]
        boundary = start == 0 or text[start - 1] in _LIST_STOPS or (
            tail[0].isdigit() and not text[start - 1].isdigit())
        if (boundary and tail[0].isdigit() and not any(stop in tail for stop in _LIST_STOPS)
                and interpret_deadline(tail, _ANY_YEAR)[0] is not DeadlineKind.UNKNOWN):
            return start
    return None


def unit_tail(text: str) -> int | None:
    """Where a run of unit names at the end of ``text`` starts: after its last stop (。，),
    when every name of the run ends like a unit."""
    start = max(text.rfind(stop) for stop in _TEXT_STOPS) + 1
    run = text[start:].strip(_LIST_STOPS)
    if not run or glued_names(run) is None:
        return None
    return start + (len(text[start:]) - len(text[start:].lstrip(_LIST_STOPS)))


def glued_names(run: str) -> list[tuple[int, int]] | None:
    """``(start, end)`` of each unit name in a run written without separators or with 、，.

    A run is cut where a name ends like a unit and the next begins as the run's first name
    does (区行政服务中心区司法局区级相关单位: each name starts with its level, 区), into as
    many names as possible; ``None`` when the run does not read as unit names.
    """
    names: list[tuple[int, int]] = []
    for match in re.finditer(rf"[^{_LIST_STOPS}]+", run):
        parts = _cut(match.group(0), match.group(0)[0])
        if parts is None:
            return None
        offset = match.start()
        for length in parts:
            names.append((offset, offset + length))
            offset += length
    return names or None


@cache
def _cut(run: str, level: str) -> tuple[int, ...] | None:
    """The lengths of the most names ``run`` splits into, each after the first starting
    with ``level``; ``None`` when no split reads as names."""
    best: tuple[int, ...] | None = (len(run),) if looks_like_unit(run) else None
    for end in range(2, len(run) - 1):
        if run[end] != level or not looks_like_unit(run[:end]):
            continue
        rest = _cut(run[end:], level)
        if rest is not None and (best is None or len(rest) + 1 > len(best)):
            best = (end, *rest)
    return best
