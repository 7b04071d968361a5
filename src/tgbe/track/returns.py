"""Reading the work sheets units return: their rows of status, progress and evidence.

A returned workbook is the one ``tgbe export`` wrote, filled in by units: each unit sheet
is read *by its header row* (the row holding :data:`ID`), so moved or added columns do not
matter.  A measure is named by its 编号, or by 指标序号 and 举措序号 when the id cell was
turned into a number; its 举措 text must still be the notice's (an edited text is an
error, it would no longer say what the unit reported on).  The measure list to check
against is the notice when given, else the very hidden :data:`REFERENCE_SHEET` the export
wrote; that sheet also holds each measure's status as exported, so that a status a unit
left as it was is no report (only statuses a unit chose count).  Every problem is
collected and raised at once, located ``FILE:SHEET:ROW:COL``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from tgbe.errors import Problem, TgbeError
from tgbe.read.archive import open_archive
from tgbe.track.ledger import STATUS_BY_WORD, Status

ID, TEXT, STATUS, NEW_DEADLINE = "编号", "举措", "状态", "新时限"
PROGRESS, EVIDENCE, UPDATED = "进展情况", "佐证材料", "更新日期"
INDICATOR_NUMBER, MEASURE_NUMBER = "指标序号", "举措序号"
SUMMARY_SHEET, REFERENCE_SHEET = "总表", "_tgbe"
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日")


class ReturnedRow(NamedTuple):
    """What one unit reported for one measure, and where."""

    file: str
    sheet: str  # the unit's sheet, named after the unit
    row: int
    id: str
    status: Status | None
    new_deadline: date | None
    progress: str | None
    evidence: str | None
    updated: date | None

    @property
    def place(self) -> str:
        """``FILE:SHEET:ROW`` for messages."""
        return f"{self.file}:{self.sheet}:{self.row}"


def read_returns(
    paths: Sequence[str], reference: Mapping[str, str] | None, max_bytes: int
) -> list[ReturnedRow]:
    """The filled-in rows of every unit sheet of the workbooks at ``paths``.

    ``reference`` maps measure id -> text (the notice's); without it each workbook's own
    reference sheet is used.  Rows with no status (other than the exported one), progress,
    evidence, new deadline or date are skipped.
    Raises :class:`TgbeError` with every problem of every file.
    """
    rows: list[ReturnedRow] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            rows.extend(_read_book(path, reference, max_bytes, problems))
        except TgbeError as error:
            problems.extend(error.problems)
    if problems:
        raise TgbeError(problems)
    return rows


def _read_book(path: str, reference: Mapping[str, str] | None, max_bytes: int,
               problems: list[Problem]) -> list[ReturnedRow]:
    from openpyxl import load_workbook

    if not Path(path).is_file():
        raise TgbeError.at(path, "no such file: expected a returned workbook (.xlsx)")
    if not zipfile.is_zipfile(path):
        raise TgbeError.at(path, "not an xlsx workbook (an .xlsx file is a zip archive)")
    with open_archive(path, path, max_bytes, "an xlsx workbook"):
        pass  # the checked opener refuses too many entries, bytes or a likely zip bomb
    try:
        book = load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise TgbeError.at(path, f"cannot read the workbook: {error}") from error
    kept = _reference(book)
    exported = {measure: status for measure, (_, status) in (kept or {}).items()}
    if reference is not None:
        known = dict(reference)
    elif kept is not None:
        known = {measure: text for measure, (text, _) in kept.items()}
    else:
        raise TgbeError.at(path, f"no measure list in this workbook (sheet {REFERENCE_SHEET!r}"
                                 " is gone, e.g. a sheet copied into a new file): give "
                                 "--notice NOTICE")
    rows: list[ReturnedRow] = []
    for sheet in book.worksheets:
        if sheet.title in (SUMMARY_SHEET, REFERENCE_SHEET):
            continue
        rows.extend(_read_sheet(path, sheet, known, exported, problems))
    return rows


def _reference(book: Any) -> dict[str, tuple[str, Status | None]] | None:
    """Measure id -> (text, status as exported) from the reference sheet, if it is there."""
    if REFERENCE_SHEET not in book.sheetnames:
        return None
    return {str(row[0]): (str(row[1]), STATUS_BY_WORD.get(str(row[2])))
            for row in book[REFERENCE_SHEET].iter_rows(values_only=True)
            if len(row) >= 3 and row[0] is not None}


def _read_sheet(path: str, sheet: Any, known: Mapping[str, str],
                exported: Mapping[str, Status | None], problems: list[Problem]
                ) -> list[ReturnedRow]:
    """The reported rows of one sheet; a sheet without an :data:`ID` header is not a list."""
    grid = list(sheet.iter_rows(values_only=True))
    header_at = next((index for index, row in enumerate(grid)
                      if any(_text(cell) == ID for cell in row)), None)
    if header_at is None:
        return []
    columns = {_text(cell): index for index, cell in enumerate(grid[header_at]) if _text(cell)}
    where = f"{path}:{sheet.title}"
    rows: list[ReturnedRow] = []
    for number, cells in enumerate(grid[header_at + 1:], start=header_at + 2):
        reader = _RowReader(where, number, columns, cells, problems)
        measure = reader.measure_id()
        if measure is None:
            continue
        if measure not in known:
            reader.fail(ID, f"expected a measure id of the notice, found {measure!r}")
            continue
        if reader.has(TEXT) and _text(reader.get(TEXT)) != known[measure].strip():
            reader.fail(TEXT, f"the 举措 text of measure {measure} was edited: it must stay "
                              "the notice's text (write progress in 进展情况)")
            continue
        status, progress = reader.status(), _text(reader.get(PROGRESS)) or None
        if status is not None and status == exported.get(measure):
            status = None  # left as exported: not a report
        evidence, updated = _text(reader.get(EVIDENCE)) or None, reader.day(UPDATED)
        new_deadline = reader.day(NEW_DEADLINE)
        if status is None and not (progress or evidence or updated or new_deadline):
            continue
        if status == Status.EXTENDED and new_deadline is None:
            reader.fail(STATUS, f"expected a 新时限 (new deadline) for measure {measure}, "
                                "whose status is 延期")
            continue
        rows.append(ReturnedRow(path, sheet.title, number, measure, status, new_deadline,
                                progress, evidence, updated))
    return rows


class _RowReader:
    """Cells of one row by header, with problems located at the cell."""

    def __init__(self, where: str, row: int, columns: Mapping[str, int],
                 cells: Sequence[object], problems: list[Problem]) -> None:
        self.where, self.row, self.columns = where, row, columns
        self.cells, self.problems = cells, problems

    def has(self, header: str) -> bool:
        return header in self.columns

    def get(self, header: str) -> object:
        index = self.columns.get(header)
        return self.cells[index] if index is not None and index < len(self.cells) else None

    def fail(self, header: str, message: str) -> None:
        column = self.columns.get(header, 0) + 1
        self.problems.append(Problem(self.where, self.row, column, message))

    def measure_id(self) -> str | None:
        """The row's measure id: 编号 as text, else 指标序号.举措序号 (``None`` when blank)."""
        value = self.get(ID)
        if isinstance(value, str) and value.strip():
            return value.strip()
        first, second = self.get(INDICATOR_NUMBER), self.get(MEASURE_NUMBER)
        if isinstance(first, int | float) and isinstance(second, int | float):
            return f"{int(first)}.{int(second)}"
        if value is not None:
            self.fail(ID, f"expected a measure id such as \"1.10\" (as text), found {value!r}")
        return None

    def status(self) -> Status | None:
        word = _text(self.get(STATUS))
        if not word:
            return None
        status = STATUS_BY_WORD.get(word)
        if status is None:
            self.fail(STATUS, f"expected a status word (未启动, 推进中, 已完成, 延期, 不再实施 or "
                              f"todo, in_progress, done, extended, dropped), found {word!r}")
        return status

    def day(self, header: str) -> date | None:
        value = self.get(header)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = _text(value)
        if not text:
            return None
        for pattern in _DATE_FORMATS:
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        self.fail(header, f"expected a real date (YYYY-MM-DD) in {header}, found {text!r}")
        return None


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()
