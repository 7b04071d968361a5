"""Task tables (任务分解表) flattened to text, and the tables of a .docx.

Web copies arrive in two flattened forms, read by one mechanism: a header row names the
columns (序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 完成时限 …), each heading's words
giving its column's kind (:func:`_kind`: serial, group, text, a unit or deadline field, or a
remark left out) — never its place.  Either the cells stand one per line (the header's
headings one per line, then rows: a serial number line, then that row's cells), or a row
stands on one line with its cells between ``|``, tabs or runs of spaces
(:mod:`tgbe.parse.table_cells`), a wrapped cell going on in the next line.  A column whose
cell is merged over several rows (the 章节 a group of tasks falls under) appears only in its
first row.  A row pasted without separators after such a header is read by shape as far as
the header allows and marked uncertain.  The rows become outline blocks (a section per group,
a measure per row, field lines for the unit and deadline columns) with pieces that point at
the cells' own text, so the builder reads them like any other layout.

Tables of a .docx keep their rows and columns (:data:`tgbe.read.docx.Grid`): a table whose
first row names a text column (举措, 具体措施 …) and a unit, deadline or serial column is
read by position, a measure per row (the row's number, the text's own ``1.``, or its place
among the rows), without a serial column if there is none.  Such a table's lines are left
out of the text the grammar reads, and its measures join the section heading before it
(:func:`attach`), so a notice may have a table under each indicator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from tgbe.data.lexicon import (
    LABEL_MAX_LENGTH,
    TABLE_GROUP,
    TABLE_GROUP_ENDINGS,
    TABLE_SERIAL,
    TABLE_TEXT,
    TABLE_TEXT_ENDINGS,
)
from tgbe.lang.numerals import MEASURE_MARKER
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.inline import split_names
from tgbe.parse.labels import is_deadline_label, is_measure_label
from tgbe.parse.table_cells import (
    Cell,
    Separator,
    deadline_tail,
    glued_names,
    is_rule,
    separators_of,
    split_cells,
    unit_tail,
)
from tgbe.parse.units import looks_like_unit
from tgbe.read.grid import Grid, GridCell

_GROUP_MARKER = re.compile(
    r"^(?:[0-9]+[ \t\u3000]*[.．、]|[一二三四五六七八九十百]+[、．.]"
    r"|[（(][一二三四五六七八九十]+[）)])"
)
_SECTION = re.compile(r"^[一二三四五六七八九十百]+[ \t\u3000]*[、．.]")
# A line that opens a part of its own after a one-line table: 一、 （一） 第一章 附件.
_HEADING = re.compile(r"^(?:[一二三四五六七八九十百]+[ \t\u3000]*[、．.]"
                      r"|[（(][一二三四五六七八九十]+[）)]|第[^章条]{1,6}[章条]|附[ \t\u3000]*件)")
_HEADER_WORD = re.compile(rf"^[\u3400-\u9fff]{{2,{LABEL_MAX_LENGTH}}}$")
_HEADER_LINE = 120  # a header row is short and holds no sentence
_SENTENCE = "。，；,;"
_MIN_COLUMNS = 3
_HEADER_ROWS = 3  # an office table's header may follow a title row or two
_MEASURE_NUMBER = re.compile(rf"^({MEASURE_MARKER})[ \t\u3000]*")
_OPTIONAL = ("group", "remark")  # columns a row may leave out: a merged group, an empty remark


@dataclass(frozen=True)
class Column:
    """A column of a table: its heading's cell and the kind its words give it."""

    cell: Cell
    kind: str | None


@dataclass
class Row:
    """A row of a table: its marker, its cells by column, and whether it was read by shape."""

    marker: Piece
    pairs: list[tuple[Column, list[Cell]]] = field(default_factory=list)
    uncertain: bool = False

    def add(self, column: Column, cell: Cell) -> None:
        """Add a cell (a wrapped part of the row) to ``column``'s cells."""
        for pair_column, cells in self.pairs:
            if pair_column is column:
                cells.append(cell)
                return
        self.pairs.append((column, [cell]))


@dataclass(frozen=True)
class GridTable:
    """A task table (flattened, or an office table): its lines, header too, and blocks."""

    first_line: int
    lines: frozenset[int]
    blocks: list[Block]
    grouped: bool  # its group column opens sections of its own


def _kind(heading: str) -> str | None:
    """A column's kind by its heading: by the lists of headings, then by the heading's shape
    (its last word, or a field label's shape); another short heading is a remark."""
    compact = _compact(heading)
    if compact in TABLE_SERIAL:
        return "serial"
    if compact in TABLE_GROUP:
        return "group"
    if compact in TABLE_TEXT:
        return "text"
    if not _HEADER_WORD.match(compact):
        return "field" if is_measure_label(compact) else None
    if compact.endswith(TABLE_TEXT_ENDINGS):
        return "text"
    if compact.endswith(TABLE_GROUP_ENDINGS):
        return "group"
    return "field" if is_measure_label(compact) else "remark"


def _columns(cells: list[Cell]) -> list[Column]:
    """The columns of a header row; of several text columns the last holds the measures'
    text and the ones before it group them (工作任务 / 具体措施)."""
    kinds = [_kind(cell.text) for cell in cells]
    texts = [index for index, kind in enumerate(kinds) if kind == "text"]
    for index in texts[:-1]:
        kinds[index] = "group"
    return [Column(cell, kind) for cell, kind in zip(cells, kinds, strict=True)]


def find_tables(text: str) -> list[GridTable]:
    """The flattened task tables in ``text`` (normalised notice text).

    A table of one cell per line runs to the end of the text, or, when it has no group
    column, to the next section heading (``二、…``): a notice may have a table under each
    indicator.  A table of one row per line ends at the first line after it that is not one
    of its rows (or a wrapped part of the row before).
    """
    lines = text.split("\n")
    tables: list[GridTable] = []
    start = 0
    while start < len(lines):
        if _compact(lines[start]) in TABLE_SERIAL:
            table = _flat_table(lines, start)
        else:
            table = _line_table(lines, start)
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
    grouped = any(column.kind == "group" for column in header)
    if not grouped:
        body = list(takewhile(lambda cell: not _SECTION.match(cell.text), body))
    rows = _rows(body)
    if not rows:
        return None
    last = rows[-1][1][-1] if rows[-1][1] else rows[-1][0]
    return GridTable(start + 1, frozenset(range(start + 1, last.line + 1)),
                     _blocks([Row(serial.piece(), _assign(header[1:], cells))
                              for serial, cells in rows]), grouped)


def _line_table(lines: list[str], start: int) -> GridTable | None:
    """A table of one row per line whose header is line ``start`` (0-based), or ``None``."""
    found = _line_header(lines[start], start + 1)
    if found is None:
        return None
    separator, columns = found
    rows: list[Row] = []
    last = start + 1
    gap = False
    for number in range(start + 2, len(lines) + 1):
        line = lines[number - 1]
        if not line.strip() or is_rule(line):
            gap = gap or not line.strip()
            continue
        row = _line_row(line, number, separator, columns, len(rows) + 1)
        if row is None and (gap or not rows or _HEADING.match(line.strip())
                            or _line_header(line, number) is not None):
            break
        if row is None:
            _continue(rows[-1], split_cells(line, number, separator), columns,
                      (lines[start], line), separator)
        else:
            rows.append(row)
        last, gap = number, False
    if not rows:
        return None
    blocks = _blocks(rows)
    return GridTable(start + 1, frozenset(range(start + 1, last + 1)), blocks,
                     any(block.level == 1 for block in blocks))


def _line_header(line: str, number: int) -> tuple[Separator, list[Column]] | None:
    """The header row on ``line``: three or more headings, one of them the measures' text
    and one a unit or deadline field, none of another shape."""
    if len(line) > _HEADER_LINE or any(stop in line for stop in _SENTENCE):
        return None
    for separator in separators_of(line):
        columns = _columns(split_cells(line, number, separator))
        kinds = [column.kind for column in columns]
        if len(columns) >= _MIN_COLUMNS and None not in kinds and {"text", "field"} <= set(kinds):
            return separator, columns
    return None


def _line_row(
    line: str, number: int, separator: Separator, columns: list[Column], expected: int
) -> Row | None:
    """Line ``number`` as the row numbered ``expected`` (or the next row of a table without
    a serial column), read by its cells or, when they run together, by shape; ``None`` for
    a line that is not a new row."""
    cells = split_cells(line, number, separator)
    serial_at = next((index for index, column in enumerate(columns)
                      if column.kind == "serial"), None)
    if serial_at is None:
        return _row(Piece("", number, 1, number, 1), cells, columns, separator, expected)
    index = serial_at if separator.positional else 0
    rest = [column for column in columns if column.kind != "serial"]
    if index < len(cells) and cells[index].text == str(expected):
        serial = cells.pop(index)
        return _row(serial.piece(), cells, rest, separator, expected) or _glued(
            serial.piece(), [cell for cell in cells if cell.text], rest, line)
    glued = re.match(rf"{expected}(?![0-9])[ \t\u3000]*(?=[^ \t\u3000.．、，,。])", line.strip())
    if glued is None or index != 0 or not cells:
        return None
    first = cells[0]
    cells[0] = first.part(glued.end(), len(first.text))
    return _glued(first.piece(str(expected)), cells, rest, line)


def _row(
    marker: Piece, cells: list[Cell], columns: list[Column], separator: Separator, ordinal: int
) -> Row | None:
    """A row whose cells fill its columns: by place where an empty cell keeps its place,
    else as :func:`_assign` pairs them; ``None`` when there are too few cells (a row
    without a serial number must fill every column but a group or a remark)."""
    filled = [cell for cell in cells if cell.text]
    if (not marker.text or not separator.positional) and len(filled) < sum(
            column.kind not in _OPTIONAL for column in columns):
        return None
    if separator.positional:
        pairs = [(column, [cell]) for column, cell in zip(columns, cells, strict=False)
                 if cell.text]
    else:
        pairs = _assign(columns, filled)
    if not any(column.kind == "text" for column, _ in pairs):
        return None
    if not marker.text:
        text = next(cells[0] for column, cells in pairs if column.kind == "text")
        marker, _ = _row_marker(None, text, ordinal)
    return Row(marker, pairs)


def _glued(marker: Piece, cells: list[Cell], columns: list[Column], line: str) -> Row | None:
    """A numbered row whose cells run together, read as far as its header allows: group
    cells that still stand apart, then the text, the unit names by their shape and the
    deadline at the end, each column's in the header's order."""
    text_at = next(index for index, column in enumerate(columns) if column.kind == "text")
    row = Row(marker, uncertain=True)
    for column in columns[:text_at]:
        if column.kind == "group" and len(cells) > 1 and not cells[0].text.endswith("。"):
            row.add(column, cells.pop(0))
    if not cells:
        return None
    whole = Cell(cells[0].line, cells[0].column, line[cells[0].column - 1 :].rstrip())
    fields = [column for column in columns[text_at + 1 :] if column.kind == "field"]
    units = next((column for column in fields if not is_deadline_label(column.cell.text)),
                 None)
    end = len(whole.text)
    tail: list[tuple[Column, list[Cell]]] = []
    for column in reversed(fields):
        part = whole.text[:end].rstrip("，,；; \t\u3000")
        deadline = is_deadline_label(column.cell.text)
        start = deadline_tail(part) if deadline else unit_tail(part)
        if start is None or (not deadline and any(found is units for found, _ in tail)):
            continue
        if deadline:
            tail.append((column, [whole.part(start, len(part))]))
        elif units is not None:
            names = glued_names(part[start:]) or []
            tail.append((units, [whole.part(start + a, start + b) for a, b in names]))
        end = start
    if not tail:
        return None
    text = whole.text[:end].rstrip("，,；; \t\u3000")
    row.add(columns[text_at], whole.part(0, len(text)))
    row.pairs.extend(reversed(tail))
    return row


def _continue(
    row: Row, cells: list[Cell], columns: list[Column], lines: tuple[str, str],
    separator: Separator,
) -> None:
    """Add a wrapped line's cells to the row before: by place where empty cells keep it,
    else under the heading each cell stands nearest to (an unindented line goes on with the
    text)."""
    header, line = lines
    text = next(column for column in columns if column.kind == "text")
    if separator.positional:
        placed = [(column, cell) for column, cell in zip(columns, cells, strict=False)
                  if cell.text]
    else:
        placed = [(_nearest(columns, cell.offset(line), header) if cell.column > 1 else text,
                   cell) for cell in cells]
    for column, cell in placed:
        row.add(text if column.kind == "serial" else column, cell)


def _nearest(columns: list[Column], offset: int, header: str) -> Column:
    """The column whose heading starts nearest to display column ``offset``."""
    return min(columns, key=lambda column: abs(column.cell.offset(header) - offset))


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
            columns = [Column(cells[0], kind) if cells else None
                       for cells, kind in zip(header, kinds, strict=True)]
            blocks = _blocks(_grid_rows(lines, columns, grid[start + 1 :]))
            numbers = {number for row in grid for cell in row for number in cell or ()}
            grouped = any(block.level == 1 for block in blocks)
            return GridTable(min(numbers), frozenset(numbers), blocks, grouped) if blocks else None
    return None


def _grid_rows(lines: list[str], columns: list[Column | None], grid: Grid) -> list[Row]:
    """A row per grid row (a repeated header row and a row without text are skipped)."""
    text_index = next(index for index, column in enumerate(columns)
                      if column is not None and column.kind == "text")
    rows: list[Row] = []
    for grid_row in grid:
        cells = [_cells(lines, cell) for cell in grid_row[: len(columns)]]
        if len(cells) <= text_index or not cells[text_index]:
            continue
        if _kind(cells[text_index][0].text) == "text":  # the header again (a new page)
            continue
        serial = next((found[0] for column, found in zip(columns, cells, strict=False)
                       if column is not None and column.kind == "serial" and found), None)
        marker, cells[text_index][0] = _row_marker(serial, cells[text_index][0], len(rows) + 1)
        rows.append(Row(marker, [(column, found) for column, found
                                 in zip(columns, cells, strict=False)
                                 if column is not None and found]))
    return rows


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


def _header(cells: list[Cell]) -> list[Column] | None:
    header: list[Cell] = []
    for cell in cells:
        kind = _kind(cell.text)
        if kind is None or (header and kind == "serial"):
            break
        header.append(cell)
    columns = _columns(header)
    kinds = [column.kind for column in columns]
    return columns if len(columns) >= _MIN_COLUMNS and "text" in kinds else None


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


def _assign(columns: list[Column], cells: list[Cell]) -> list[tuple[Column, list[Cell]]]:
    """Pair a row's cells with the columns they fill (a merged group cell or an empty
    remark may be missing; a text of several lines takes the cells over)."""
    for optional in (("group",), ("remark",), _OPTIONAL):
        kept = [column for column in columns if column.kind not in optional]
        if len(kept) < len(columns) and len(cells) == len(kept) and _fits(kept, cells):
            columns = kept
            break
    text_index = next(i for i, column in enumerate(columns) if column.kind == "text")
    extra = max(0, len(cells) - len(columns))  # a text cell of several lines
    pairs: list[tuple[Column, list[Cell]]] = []
    position = 0
    for index, column in enumerate(columns):
        width = 1 + extra if index == text_index else 1
        taken = cells[position : position + width]
        position += width
        if taken:
            pairs.append((column, taken))
    return pairs


def _fits(columns: list[Column], cells: list[Cell]) -> bool:
    """Whether the cells read as units where the columns expect units."""
    return all(
        column.kind != "field" or is_deadline_label(column.cell.text)
        or all(looks_like_unit(name) for name in split_names(cell.text))
        for column, cell in zip(columns, cells, strict=False)
    )


def _blocks(rows: list[Row]) -> list[Block]:
    """A measure per row, under a section per group the rows open."""
    sections: list[Block] = []
    loose: list[Block] = []
    for row in rows:
        measure = Block(level=3, marker=row.marker, text=None, uncertain=row.uncertain)
        _fill(measure, row.pairs, sections)
        (sections[-1].children if sections else loose).append(measure)
    return loose + sections


def _fill(measure: Block, pairs: list[tuple[Column, list[Cell]]], sections: list[Block]) -> None:
    """Fill a row's measure from (column, cells) pairs: the text first (its wrapped parts
    as plain lines), a field line per cell of a unit or deadline column; a group cell opens
    a section, a remark is left out."""
    for column, taken in sorted(pairs, key=lambda pair: pair[0].kind != "text"):
        if column.kind == "group":
            sections.append(_section(taken[0], len(sections) + 1))
        elif column.kind == "text":
            measure.text = taken[0].piece()
            measure.lines.extend(Line(None, cell.piece()) for cell in taken[1:])
        elif column.kind == "field":
            measure.lines.extend(Line(column.cell.piece(), cell.piece()) for cell in taken)


def _section(cell: Cell, ordinal: int) -> Block:
    """A section for a group cell: its own number (1.便利…) or its place among the groups."""
    marker = _GROUP_MARKER.match(cell.text)
    if marker is None:
        return Block(level=1, marker=cell.piece(str(ordinal)), text=cell.piece())
    skip = len(marker.group(0))
    return Block(level=1, marker=cell.piece(marker.group(0)),
                 text=cell.piece(skip=skip) if cell.text[skip:] else None)
