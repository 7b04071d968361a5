"""The grammar layer: normalised text → an outline of numbered blocks and their lines.

The Lark LALR parser (``grammars/notice.lark``) is built once per process and cached on
disk by Lark.  This module turns Lark's tree into small dataclasses and nothing else;
meaning (indicators, measures, units) is the builder's job.
"""

from __future__ import annotations

import pkgutil
import re
from functools import cache
from typing import TYPE_CHECKING

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

from tgbe.data.lexicon import TABLE_SERIAL
from tgbe.errors import Problem, TgbeError
from tgbe.lang.patterns import HALF_BRACKET_MARKER
from tgbe.parse.blocks import Block, Line, Outline, Piece
from tgbe.parse.label_forms import with_known_labels
from tgbe.parse.linelexer import CarriedLine, LineToken, NoticeLexer
from tgbe.read.source import SourceText

if TYPE_CHECKING:
    from tgbe.parse.table import GridTable

_LEVELS = {"section": 1, "block2": 2, "block3": 3, "block4": 4, "attachment": 0}
_TERMINAL_NAMES = {
    "L1": "a section heading (一、…)",
    "L2": "a sub-item (（一）…)",
    "L3": "a numbered measure (1.…)",
    "L4": "a numbered point (（1）… or 1）…)",
    "FIELD": "a field line (标签：…)",
    "TEXT": "a line of text",
    "ATTACHMENT": "an attachment marker (附件)",
    "$END": "the end of the file",
}
# Where the marker of a numbered line (or the label of a field line) ends; the grammar has
# already decided the line's kind, this only finds the cut between marker and text.
_MARKER = re.compile(
    r"第[^章编部条]{1,8}(?:章|编|部分|条)"
    r"|附[ \t\u3000]*件[ \t\u3000]*[0-9一二三四五六七八九十]*(?:[ \t\u3000]*[：:])?"
    r"|[（(][^）)]{1,8}[）)]"
    rf"|{HALF_BRACKET_MARKER}"
    r"|[\u2460-\u2473]"
    r"|[^、，,．.﹒：:]{1,8}[、，,．.﹒]"
    r"|[^：:]{1,16}[：:]"
)
_SPACE = " \t\u3000\xa0\f\v"
# Text that may hold a flattened task table: a 序号 heading, a cell separator, or cells
# between runs of spaces (``\S(?: {2,}|\u3000+)\S``).  Each is tested with ``str.find``:
# searched as one regex, the alternatives cost a tenth of a parse.
_TABLE_MARKS = (*TABLE_SERIAL, "|", "｜", "\t")
_CELL_GAPS = ("  ", "\u3000")


def _may_hold_table(text: str) -> bool:
    """Whether ``text`` may hold a task table written one row per line (see above)."""
    return any(mark in text for mark in _TABLE_MARKS) or any(
        _has_gap_between_cells(text, gap) for gap in _CELL_GAPS)


def _has_gap_between_cells(text: str, gap: str) -> bool:
    """Whether a whole run of ``gap``'s character, at least ``gap`` long, stands between two
    characters that are not spaces."""
    start = text.find(gap)
    while start >= 0:
        end = start + len(gap)
        while end < len(text) and text[end] == gap[0]:
            end += 1
        if start > 0 and end < len(text) and not text[start - 1].isspace() and not (
                text[end].isspace()):
            return True
        start = text.find(gap, end)
    return False


@cache
def notice_parser() -> Lark:
    """The LALR parser for notices, built once per process (tables cached by Lark)."""
    # pkgutil reads package data through the package's own loader (importlib.resources would
    # import zipfile and its readers at every start).
    data = pkgutil.get_data("tgbe.grammars", "notice.lark")
    if data is None:
        raise RuntimeError("tgbe.grammars/notice.lark is missing from the installation")
    grammar = data.decode("utf-8")
    return Lark(grammar, parser="lalr", lexer=NoticeLexer, cache=True, maybe_placeholders=False)


def parse_outline(source: SourceText) -> Outline:
    """Parse normalised text into an :class:`Outline`; raise :class:`TgbeError` if impossible."""
    text = source.text
    tables: list[GridTable] = []
    if source.tables or _may_hold_table(text):  # office, 序号 or one-row-per-line tables
        from tgbe.parse.table import find_tables, grid_tables

        tables = grid_tables(text, source.tables)
        text = _blank(text, tables)
        tables += find_tables(text)
        text = _blank(text, tables)
    try:
        tree = notice_parser().parse(with_known_labels(text))
    except UnexpectedInput as error:
        raise _syntax_error(source, error) from None
    preface: list[Line] = []
    blocks: list[Block] = []
    for child in tree.children:
        assert isinstance(child, Tree)
        if child.data == "preface":
            (token,) = child.children
            assert isinstance(token, LineToken)
            preface = [_line(line) for line in token.lines]
        else:
            blocks.append(_block(child))
    if tables:
        from tgbe.parse.table import attach

        for table in tables:
            attach(blocks, table)
    return Outline(preface, blocks, frozenset().union(*(table.lines for table in tables)))


def _blank(text: str, tables: list[GridTable]) -> str:
    """``text`` with the tables' lines left empty (the grammar reads what is around them)."""
    blank = frozenset().union(*(table.lines for table in tables))
    return "".join("\n" if number in blank else line
                   for number, line in enumerate(text.splitlines(keepends=True), start=1))


def split_line(line: CarriedLine) -> tuple[Piece | None, Piece | None]:
    """Cut a line into its marker or label and its text (either may be missing)."""
    value = line.value
    end = len(value.rstrip(_SPACE))
    cut = 0
    if line.kind != "TEXT":
        match = _MARKER.match(value)
        cut = match.end() if match else 0
    number, column = line.line, line.column
    head = Piece(value[:cut], number, column, number, column + cut) if cut else None
    start = cut
    while start < end and value[start] in _SPACE:
        start += 1
    if start >= end:
        return head, None
    return head, Piece(value[start:end], number, column + start, number, column + end)


def _line(line: CarriedLine) -> Line:
    key, text = split_line(line)
    return Line(key, text)


def _block(tree: Tree[Token]) -> Block:
    first, *rest = tree.children
    assert isinstance(first, LineToken)
    opening, *carried = first.lines
    marker, text = split_line(opening)
    if marker is None:  # a numbered line whose marker the cut did not find: all of it
        marker = text or Piece("", opening.line, opening.column, opening.line, opening.column)
    block = Block(level=_LEVELS[str(tree.data)], marker=marker, text=text)
    block.lines.extend(_line(line) for line in carried)
    for item in rest:
        assert isinstance(item, Tree)
        block.children.append(_block(item))
    return block


def _syntax_error(source: SourceText, error: UnexpectedInput) -> TgbeError:
    line, column = source.locate(error.line, error.column)
    if isinstance(error, UnexpectedToken):
        found = f"{_describe(error.token.type)} {str(error.token)[:20]!r}"
        expected = sorted(error.expected)
    elif isinstance(error, UnexpectedCharacters):
        position = error.pos_in_stream or 0
        found = repr(source.text[position : position + 1])
        expected = sorted(error.allowed or ())
    else:
        found, expected = "unexpected input", []
    wanted = ", ".join(_describe(name) for name in expected[:4]) or "a notice line"
    message = f"expected {wanted}; found {found}"
    return TgbeError([Problem(source.path, line, column, message, source.original_line(line),
                              "syntax-error")])


def _describe(terminal: str) -> str:
    return _TERMINAL_NAMES.get(terminal, terminal)
