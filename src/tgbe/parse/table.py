"""Task tables (任务分解表) whose cells were flattened to one line each.

Web copies and .docx tables arrive as a header row (序号 / 章节 / 方案内容 / 牵头部门 …),
one heading per line, then rows: a serial number line, then that row's cells.  A column
whose cell is merged over several rows (the 章节 a group of tasks falls under) appears only
in its first row.  This pre-pass finds such a table and rebuilds its rows as outline blocks
(a section per group, a measure per row, field lines for the unit and deadline columns) with
pieces that point at the cells' own lines, so the builder reads it like any other layout.

Tables of a .docx keep their rows and columns (:data:`tgbe.read.docx.Grid`): a table whose
first row names a text column (举措, 具体措施 …) and a unit, deadline or serial column is
read by position, a measure per row (the row's number, the text's own ``1.``, or its place
among the rows), without a serial column if there is none.  Such a table's lines are left
out of the text the grammar reads, and its measures join the section heading before it
(:func:`attach`), so a notice may have a table under each indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from tgbe.data.lexicon import (
    TABLE_GROUP,
    TABLE_SERIAL,
    TABLE_TEXT,
)
from tgbe.lang.numerals import MEASURE_MARKER
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.inline import split_names
from tgbe.parse.labels import is_deadline_label, is_measure_label
from tgbe.parse.units import looks_like_unit
from tgbe.read.grid import Grid, GridCell

_GROUP_MARKER = re.compile(
    r"^(?:[0-9]+[ \t\u3000]*[.．、]|[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十]+[）)])"
)
_SECTION = re.compile(r"^[一二三四五六七八九十百]+[ \t\u3000]*[、．.]")
_MIN_COLUMNS = 3
_HEADER_ROWS = 3  # an office table's header may follow a title row or two
_MEASURE_NUMBER = re.compile(rf"^({MEASURE_MARKER})[ \t\u3000]*")


@dataclass(frozen=True)
class Cell:
    """One non-blank line of the table: its 1-based line, first column and text."""

    line: int
    column: int
    text: str

    def piece(self, text: str | None = None, skip: int = 0) -> Piece:
        """A piece for (part of) the cell, placed at its position in the text."""
        value = self.text[skip:] if text is None else text
        start = self.column + skip
        return Piece(value, self.line, start, self.line, start + len(value))


@dataclass(frozen=True)
class GridTable:
    """A task table (flattened, or an office table): its lines, header too, and blocks."""

    first_line: int
    lines: frozenset[int]
    blocks: list[Block]
    grouped: bool  # its group column opens sections of its own


def _kind(heading: str) -> str | None:
    compact = _compact(heading)
    if compact in TABLE_SERIAL:
        return "serial"
    if compact in TABLE_GROUP:
        return "group"
    if compact in TABLE_TEXT:
        return "text"
    if is_measure_label(compact):
        return "field"
    return None


def find_tables(text: str) -> list[GridTable]:
    """The flattened task tables in ``text`` (normalised notice text).

    A table runs to the end of the text, or, when it has no group column, to the next
    section heading (``二、…``): a notice may have a table under each indicator.
    """
    lines = text.split("\n")
    tables: list[GridTable] = []
    start = 0
    while start < len(lines):
        table = _flat_table(lines, start) if _compact(lines[start]) in TABLE_SERIAL else None
        if table is None:
            start += 1
            continue
        tables.append(table)
        start = max(table.lines)
    return tables


def _flat_table(lines: list[str], start: int) -> GridTable | None:
    cells = _cells(lines, range(start + 1, len(lines) + 1))
    header = _header(cells)
    if header is None:
        return None
    body = cells[len(header) :]
    grouped = any(_kind(cell.text) == "group" for cell in header)
    if not grouped:
        body = list(takewhile(lambda cell: not _SECTION.match(cell.text), body))
    rows = _rows(body)
    if not rows:
        return None
    last = rows[-1][1][-1] if rows[-1][1] else rows[-1][0]
    return GridTable(start + 1, frozenset(range(start + 1, last.line + 1)),
                     _blocks(header, rows), grouped)


def _compact(text: str) -> str:
    return "".join(text.split())


def _cells(lines: list[str], numbers: GridCell | range) -> list[Cell]:
    """The non-blank lines ``numbers`` (1-based) of ``lines`` as cells."""
    return [
        Cell(number, len(lines[number - 1]) - len(lines[number - 1].lstrip()) + 1,
             lines[number - 1].strip())
        for number in numbers or () if lines[number - 1].strip()
    ]


def grid_tables(text: str, grids: tuple[Grid, ...]) -> list[GridTable]:
    """The office tables (``grids``, as lines of ``text``) that read as task tables."""
    lines = text.split("\n")
    found = (_grid_table(lines, grid) for grid in grids)
    return [table for table in found if table is not None]


def _grid_table(lines: list[str], grid: Grid) -> GridTable | None:
    """A task table read from an office table: the header is one of its first rows."""
    for start, row in enumerate(grid[:_HEADER_ROWS]):
        header = [_cells(lines, cell)[:1] for cell in row]
        kinds = [_kind(cells[0].text) if cells else None for cells in header]
        if "text" in kinds and {"field", "serial"} & set(kinds):
            blocks = _grid_blocks(lines, header, kinds, grid[start + 1 :])
            numbers = {number for row in grid for cell in row for number in cell or ()}
            grouped = any(block.level == 1 for block in blocks)
            return GridTable(min(numbers), frozenset(numbers), blocks, grouped) if blocks else None
    return None


def _grid_blocks(
    lines: list[str], header: list[list[Cell]], kinds: list[str | None], rows: Grid
) -> list[Block]:
    """A measure per row (a repeated header row and a row without text are skipped)."""
    text_index = kinds.index("text")
    sections: list[Block] = []
    loose: list[Block] = []
    for row in rows:
        cells = [_cells(lines, cell) for cell in row[: len(kinds)]]
        if len(cells) <= text_index or not cells[text_index]:
            continue
        if _kind(cells[text_index][0].text) == "text":  # the header again (a new page)
            continue
        serial = next((found[0] for kind, found in zip(kinds, cells, strict=False)
                       if kind == "serial" and found), None)
        ordinal = len(loose) + sum(len(section.children) for section in sections) + 1
        marker, cells[text_index][0] = _row_marker(serial, cells[text_index][0], ordinal)
        pairs: list[tuple[Cell, list[Cell]]] = []
        for column, kind, found in zip(header, kinds, cells, strict=False):
            if kind == "field":  # a field line per paragraph of a unit cell
                pairs.extend((column[0], [cell]) for cell in found)
            elif kind in ("group", "text") and found:
                pairs.append((column[0], found))
        measure = Block(level=3, marker=marker, text=None)
        _fill(measure, pairs, sections)
        (sections[-1].children if sections else loose).append(measure)
    return loose + sections


def _row_marker(serial: Cell | None, first: Cell, ordinal: int) -> tuple[Piece, Cell]:
    """A row's marker (its serial, its text's own ``1.`` or its place) and its text cell."""
    if serial is not None:
        return serial.piece(), first
    number = _MEASURE_NUMBER.match(first.text)
    if number is None or not first.text[number.end() :]:
        return first.piece(str(ordinal)), first
    skip = number.end()
    return (first.piece(number.group(1)),
            Cell(first.line, first.column + skip, first.text[skip:]))


def attach(blocks: list[Block], table: GridTable) -> None:
    """Put a table's blocks under the section heading before it (or at the top level)."""
    host: Block | None = None
    siblings = blocks
    while True:
        before = [block for block in siblings if block.marker.line < table.first_line]
        if not before or before[-1].level not in (1, 2):
            break
        host = before[-1]
        siblings = host.children
    place = blocks if table.grouped or host is None else host.children
    place.extend(table.blocks)
    place.sort(key=lambda block: block.marker.line)


def _header(cells: list[Cell]) -> list[Cell] | None:
    header: list[Cell] = []
    for cell in cells:
        kind = _kind(cell.text)
        if kind is None or (header and kind == "serial"):
            break
        header.append(cell)
    kinds = [_kind(cell.text) for cell in header]
    return header if len(header) >= _MIN_COLUMNS and "text" in kinds else None


def _rows(cells: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
    """Rows as (serial cell, other cells): a row starts at the next serial number."""
    rows: list[tuple[Cell, list[Cell]]] = []
    for cell in cells:
        if cell.text == str(len(rows) + 1):
            rows.append((cell, []))
        elif rows:
            rows[-1][1].append(cell)
        else:
            return []
    return rows


def _assign(header: list[Cell], cells: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
    """Pair a row's cells with the columns they fill (a merged group cell may be missing)."""
    columns = header[1:]
    has_group = any(_kind(column.text) == "group" for column in columns)
    without_group = [column for column in columns if _kind(column.text) != "group"]
    if has_group and len(cells) == len(without_group) and _fits(without_group, cells):
        columns = without_group
    text_index = next(i for i, column in enumerate(columns) if _kind(column.text) == "text")
    extra = max(0, len(cells) - len(columns))  # a text cell of several lines
    pairs: list[tuple[Cell, list[Cell]]] = []
    position = 0
    for index, column in enumerate(columns):
        width = 1 + extra if index == text_index else 1
        taken = cells[position : position + width]
        position += width
        if taken:
            pairs.append((column, taken))
    return pairs


def _fits(columns: list[Cell], cells: list[Cell]) -> bool:
    """Whether the cells read as units where the columns expect units."""
    return all(
        _kind(column.text) != "field" or is_deadline_label(column.text)
        or all(looks_like_unit(name) for name in split_names(cell.text))
        for column, cell in zip(columns, cells, strict=False)
    )


def _blocks(header: list[Cell], rows: list[tuple[Cell, list[Cell]]]) -> list[Block]:
    sections: list[Block] = []
    loose: list[Block] = []
    for serial, cells in rows:
        measure = Block(level=3, marker=serial.piece(), text=None)
        _fill(measure, _assign(header, cells), sections)
        (sections[-1].children if sections else loose).append(measure)
    return loose + sections


def _fill(measure: Block, pairs: list[tuple[Cell, list[Cell]]], sections: list[Block]) -> None:
    """Fill a row's measure from (column, cells) pairs; a group cell opens a section."""
    for column, taken in pairs:
        kind = _kind(column.text)
        if kind == "group":
            sections.append(_section(taken[0], len(sections) + 1))
        elif kind == "text":
            measure.text = taken[0].piece()
            measure.lines.extend(Line(None, cell.piece()) for cell in taken[1:])
        else:
            measure.lines.append(Line(column.piece(), taken[0].piece()))


def _section(cell: Cell, ordinal: int) -> Block:
    """A section for a group cell: its own number (1.便利…) or its place among the groups."""
    marker = _GROUP_MARKER.match(cell.text)
    if marker is None:
        return Block(level=1, marker=cell.piece(str(ordinal)), text=cell.piece())
    skip = len(marker.group(0))
    return Block(level=1, marker=cell.piece(marker.group(0)),
                 text=cell.piece(skip=skip) if cell.text[skip:] else None)
