"""Why each line was read as it was: the view behind ``tgbe parse --explain``.

The notice is parsed as usual (outline, then the built records); the outline's lines are
then walked once more and each line of the user's file gets the kind the build gave it and
the shape or word that decided it:

* a numbered line is an indicator heading, a sub-heading (a group over numbered measures),
  a measure or a text item, as the built records say (their spans); the reason names its
  marker and what it carries (a unit bracket, field lines, a deadline phrase);
* a field line names its label and the role that label's words give it (牵头单位 → lead);
* a plain line is a measure written as a paragraph, a unit bracket of its own, the text of
  a measure going on (a wrapped line), a field value going on, a page number, page chrome,
  a stray line (a ``stray-line`` diagnostic), a boxed example (专栏1：…) or text (a header,
  a summary);
* lines the grammar never saw are a task table's rows (inside a measure's span) or skipped.

None of this runs during an ordinary parse: the reasons are worked out only when asked.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from tgbe.parse.benchmarks import is_benchmark_label
from tgbe.parse.block_text import (
    continued_text,
    is_benchmark,
    is_boxed_example,
    joined,
    split_tail,
    trailing_brackets,
)
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.builder import build_notice_data
from tgbe.parse.inline import inline_deadlines, read_bracket
from tgbe.parse.labels import is_deadline_label, is_measure_label, unit_label_role
from tgbe.parse.outline import parse_outline
from tgbe.parse.prepare_blocks import with_inline_fields, without_tool_lines
from tgbe.parse.records import NoticeRecord
from tgbe.parse.units import AliasTable
from tgbe.read.chrome import is_page_number, is_skipped_line, is_tool_line
from tgbe.read.source import SourceText

#: The parser diagnostic that marks a line left out after a measure's fields.
STRAY = "stray-line"


class LineKind(StrEnum):
    """What a line of the notice was read as."""

    HEADING = "heading"
    SUB_HEADING = "sub-heading"
    MEASURE = "measure"
    CONTINUATION = "continuation"
    FIELD = "field"
    UNIT_BRACKET = "unit-bracket"
    TABLE_ROW = "table-row"
    TEXT = "text"
    SKIPPED = "skipped"
    PAGE_NUMBER = "page-number"
    STRAY = "stray"


class LineReading(NamedTuple):
    """One line of the user's file, its kind and why: ``why`` is a message id of
    :mod:`tgbe.infra.messages` (``line.why.*``) and ``fields`` fill it in."""

    line: int
    text: str
    kind: LineKind
    why: str
    fields: dict[str, str]


class _Facts(NamedTuple):
    """What the built records say about lines of the user's file."""

    headings: dict[int, bool]  # heading line → whether it names lead units
    measures: dict[int, str]  # first line of a measure → its id
    ranges: list[tuple[int, int]]  # (first, last) line of each measure
    strays: set[int]


def explain_source(source: SourceText, aliases: AliasTable | None = None) -> list[LineReading]:
    """Every non-blank line of ``source``'s file with its kind and the reason for it.

    Raises :class:`tgbe.TgbeError` where ``tgbe parse`` does (no measures, a syntax error).
    """
    outline = parse_outline(source)
    facts = _facts(build_notice_data(outline, source, aliases))
    walk = _Walk(source, facts)
    walk.tables(sorted(outline.table_lines))
    for line in outline.preface:
        skipped = is_skipped_line(joined(line))
        walk.note(line.first, LineKind.SKIPPED if skipped else LineKind.TEXT,
                  "line.why.meta" if skipped else "line.why.header")
    for block in with_inline_fields(outline.blocks):
        walk.block(block, section=None)
    return walk.readings()


def _facts(data: NoticeRecord) -> _Facts:
    headings: dict[int, bool] = {}
    measures: dict[int, str] = {}
    ranges: list[tuple[int, int]] = []
    for indicator in data["indicators"]:
        headings[indicator["heading_span"]["start_line"]] = bool(indicator["lead_units"])
        for measure in indicator["measures"]:
            span = measure["span"]
            measures.setdefault(span["start_line"], measure["id"])
            ranges.append((span["start_line"], span["end_line"]))
    strays = {item["span"]["start_line"] for item in data["diagnostics"]
              if item["code"] == STRAY}
    return _Facts(headings, measures, ranges, strays)


class _Walk:
    """The outline walked line by line; the first note on a line is its reading."""

    def __init__(self, source: SourceText, facts: _Facts) -> None:
        self.source = source
        self.facts = facts
        self.notes: dict[int, tuple[LineKind, str, dict[str, str]]] = {}

    def at(self, piece: Piece) -> int:
        """The line of the user's file where ``piece`` starts."""
        return self.source.locate(piece.line, piece.column)[0]

    def note(self, piece: Piece, kind: LineKind, why: str, **fields: str) -> None:
        """Give the line of ``piece`` its reading, unless it has one already."""
        self.notes.setdefault(self.at(piece), (kind, why, fields))

    def in_measure(self, line: int) -> bool:
        """Whether ``line`` lies inside a measure's span."""
        return any(first <= line <= last for first, last in self.facts.ranges)

    def tables(self, lines: list[int]) -> None:
        """Note the lines of task tables: rows (with their measure's id) and headers."""
        for line in lines:
            piece = Piece("", line, 1, line, 1)
            number = self.at(piece)
            starts = [start for start in self.facts.measures if start <= number]
            row = max(starts, default=0)
            if row and self.at(Piece("", lines[0], 1, lines[0], 1)) <= row:
                self.note(piece, LineKind.TABLE_ROW, "line.why.table.row",
                          id=self.facts.measures[row])
            else:
                self.note(piece, LineKind.TABLE_ROW, "line.why.table.header")

    def block(self, block: Block, section: Block | None) -> None:
        """Note a numbered block's first line, then its lines and the blocks below it."""
        line = self.at(block.marker)
        marker = "".join(block.marker.text.split())
        if block.level == 0:
            self.note(block.marker, LineKind.TEXT, "line.why.attachment", marker=marker)
        elif line in self.facts.headings:
            lead = self.facts.headings[line]
            self.note(block.marker, LineKind.HEADING,
                      "line.why.heading.lead" if lead else "line.why.heading", marker=marker)
        elif line in self.facts.measures:
            self.note(block.marker, LineKind.MEASURE, _measure_why(block), marker=marker,
                      id=self.facts.measures[line])
        elif self.in_measure(line):
            self.note(block.marker, LineKind.CONTINUATION, "line.why.point", marker=marker)
        elif block.children and any(self.at(child.marker) in self.facts.headings
                                    for child in block.children):
            self.note(block.marker, LineKind.HEADING, "line.why.container", marker=marker)
        elif block.level >= 2 and block.children and section is not None:
            self.note(block.marker, LineKind.SUB_HEADING, "line.why.group", marker=marker)
        else:
            self.note(block.marker, LineKind.TEXT, "line.why.item", marker=marker)
        heading = self.notes.get(line, (None,))[0] is LineKind.HEADING
        field: Line | None = None
        for own in block.lines:
            field = self.line(own, field, heading=heading)
        for child in block.children:
            self.block(child, section or block)

    def line(self, line: Line, field: Line | None, *, heading: bool) -> Line | None:
        """Note one of a block's lines (``heading``: of an indicator heading's block); returns
        the field line a plain line would go on."""
        text = joined(line)
        number = self.at(line.first)
        if line.key is not None and (is_measure_label(line.label)
                                     or is_benchmark_label(line.label)):
            why, label = _field_why(line.label)
            self.note(line.first, LineKind.FIELD, why, label=label)
            return line
        if is_tool_line(text):
            self.note(line.first, LineKind.SKIPPED, "line.why.tool")
        elif line.key is None and is_page_number(text):
            self.note(line.first, LineKind.PAGE_NUMBER, "line.why.page", shape=text.strip())
            return field
        elif number in self.facts.measures:
            self.note(line.first, LineKind.MEASURE, "line.why.measure.paragraph",
                      id=self.facts.measures[number])
        elif number in self.facts.strays:
            self.note(line.first, LineKind.STRAY, "line.why.stray")
        elif is_boxed_example(line):
            self.note(line.first, LineKind.TEXT, "line.why.boxed")
        elif _is_bracket_line(text):
            self.note(line.first, LineKind.UNIT_BRACKET, "line.why.bracket")
        elif self.in_measure(number) and field is not None:
            self.note(line.first, LineKind.FIELD, "line.why.field.wrapped", label=field.label)
            return field
        elif self.in_measure(number):
            self.note(line.first, LineKind.CONTINUATION, "line.why.continuation")
        elif heading and is_benchmark(line):
            self.note(line.first, LineKind.FIELD, "line.why.benchmark")
        else:
            self.note(line.first, LineKind.TEXT,
                      "line.why.summary" if heading else "line.why.text")
        return None

    def readings(self) -> list[LineReading]:
        """The readings of every non-blank line of the user's file, in order."""
        result = []
        for number, text in enumerate(self.source.original_lines, start=1):
            if not text.strip():
                continue
            kind, why, fields = self.notes.get(number) or self._unseen(number, text)
            result.append(LineReading(number, text.rstrip(), kind, why, fields))
        return result

    def _unseen(self, number: int, text: str) -> tuple[LineKind, str, dict[str, str]]:
        """The reading of a line the grammar never saw: a page number, or skipped."""
        if is_page_number(text):
            return LineKind.PAGE_NUMBER, "line.why.page", {"shape": text.strip()}
        return LineKind.SKIPPED, "line.why.unseen", {}


def _measure_why(block: Block) -> str:
    """Why a numbered block is a measure: what it carries."""
    lines = [*block.lines, *(line for child in block.children for line in child.lines)]
    if any(is_measure_label(line.label) for line in lines):
        return "line.why.measure.fields"
    text = continued_text(without_tool_lines(block))  # as the build reads it
    if trailing_brackets(text)[1]:
        return "line.why.measure.bracket"
    if any(inline_deadlines(text)):
        return "line.why.measure.deadline"
    return "line.why.measure.points" if block.children else "line.why.measure.leaf"


def _field_why(label: str) -> tuple[str, str]:
    """The message id and label of a field line's reason (its role by the label's words)."""
    role = unit_label_role(label)
    if role is not None:
        return f"line.why.field.{role.value}", label
    if is_deadline_label(label):
        return "line.why.field.deadline", label
    return "line.why.field.benchmark", label


def _is_bracket_line(text: str) -> bool:
    """Whether a line is only a bracket of unit names (``（A牵头，B配合）``)."""
    body, tail = split_tail(text)
    return not body.strip() and tail is not None and read_bracket(tail[1:-1]) is not None
