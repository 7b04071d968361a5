"""The 工作台账 workbook units fill in: a 总表 summary, then one sheet (or CSV file) per unit.

Each unit sheet lists the measures the unit takes part in (:data:`HEADERS`): the id and
its sortable 指标序号/举措序号, the texts, the deadline (a real date cell), the unit's role
and the ledger's status in Chinese (a drop-down of the status words), a new deadline, the
progress and evidence the unit reports back, and the days overdue (the row highlighted).
Sheets have an autofilter, a frozen header and an A4 landscape print setup repeating the
header on every page.  A very hidden sheet (:data:`REFERENCE_SHEET`) keeps each measure's
id, text and exported status so that ``tgbe status import`` can tell an edited text from
a returned one, and a status a unit chose from one it left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tgbe.data.statuses import STATUS_WORDS
from tgbe.infra.output import write_bytes_atomic, write_folder_atomic
from tgbe.models import Notice, UnitRole
from tgbe.render.sheet import Cell, csv_text, fill_sheet, sheet_names
from tgbe.track.ledger import status_label
from tgbe.track.returns import (
    EVIDENCE,
    ID,
    NEW_DEADLINE,
    PROGRESS,
    REFERENCE_SHEET,
    STATUS,
    SUMMARY_SHEET,
    TEXT,
    UPDATED,
)
from tgbe.track.worklist import UnitWork, WorkRow

HEADERS = (ID, "指标序号", "举措序号", "指标", TEXT, "完成时限", "角色", STATUS, NEW_DEADLINE,
           PROGRESS, EVIDENCE, UPDATED, "逾期天数")
SUMMARY_HEADERS = ("单位", "举措数", "已完成", "推进中", "逾期", "下一时限")
ROLE_LABELS = {UnitRole.LEAD: "牵头", UnitRole.RESPONSIBLE: "责任", UnitRole.SUPPORT: "配合"}
_OVERDUE_FILL = "FFC7CE"  # Excel's light red
_FILE_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def row_cells(row: WorkRow) -> list[Cell]:
    """The cells of one measure on a unit's sheet, in :data:`HEADERS` order."""
    deadline = row.measure.deadline
    entry = row.entry
    return [
        row.measure.id, row.indicator.number, row.measure.number, row.indicator.name,
        row.measure.text, (deadline.due or deadline.raw) if deadline else None,
        ROLE_LABELS[row.role] if row.role else None, status_label(entry.status),
        entry.new_deadline, entry.progress or entry.note, entry.evidence, entry.date,
        row.days_overdue,
    ]


def summary_rows(works: Iterable[UnitWork]) -> list[list[Cell]]:
    """The 总表: per unit, measures, done, in progress, overdue and next deadline."""
    return [[work.tally.unit, work.tally.measures, work.tally.done, work.tally.in_progress,
             work.tally.overdue, work.tally.next_deadline] for work in works]


def write_xlsx(works: Sequence[UnitWork], notice: Notice, path: str) -> None:
    """The workbook (see the module docstring), written atomically to ``path``."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    names = sheet_names([SUMMARY_SHEET, REFERENCE_SHEET, *(work.unit for work in works)])
    summary.title = names[0]
    fill_sheet(summary, SUMMARY_HEADERS, summary_rows(works))
    _finish(summary, len(works))
    for name, work in zip(names[2:], works, strict=True):
        sheet = book.create_sheet(name)
        fill_sheet(sheet, HEADERS, [row_cells(row) for row in work.rows])
        _finish(sheet, len(work.rows))
        _status_choices(sheet, len(work.rows))
        _mark_overdue(sheet, work.rows)
    reference = book.create_sheet(names[1])
    exported = {row.measure.id: row.entry.status for work in works for row in work.rows}
    for measure in notice.measures():
        status = exported.get(measure.id)
        reference.append([measure.id, measure.text, status.value if status else None])
    for cells in reference.iter_rows():  # text, never a live formula
        for cell in cells:
            if cell.data_type == "f":
                cell.data_type = "s"
    reference.sheet_state = "veryHidden"
    write_bytes_atomic(path, lambda tmp: book.save(Path(tmp)))


def _finish(sheet: Any, rows: int) -> None:
    """Autofilter over the table; A4 landscape, one page wide, header row on every page."""
    sheet.auto_filter.ref = f"A1:{sheet.cell(1, sheet.max_column).column_letter}{rows + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _status_choices(sheet: Any, rows: int) -> None:
    """A drop-down of the Chinese status words on the 状态 column."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    words = ",".join(words[0] for words in STATUS_WORDS.values())
    choice = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True)
    letter = get_column_letter(HEADERS.index(STATUS) + 1)
    choice.add(f"{letter}2:{letter}{max(rows, 1) + 1}")
    sheet.add_data_validation(choice)


def _mark_overdue(sheet: Any, rows: Sequence[WorkRow]) -> None:
    from openpyxl.styles import PatternFill

    fill = PatternFill("solid", start_color=_OVERDUE_FILL, end_color=_OVERDUE_FILL)
    for number, row in enumerate(rows, start=2):
        if row.days_overdue is not None:
            for cell in sheet[number]:
                cell.fill = fill


def file_names(names: Iterable[str], suffix: str) -> list[str]:
    """File-system-safe, distinct file names for ``names`` with ``suffix``."""
    taken: set[str] = set()
    result: list[str] = []
    for name in names:
        base = _FILE_FORBIDDEN.sub("_", name).strip(" .") or "unit"
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{base}~{number}"
        taken.add(candidate.casefold())
        result.append(candidate + suffix)
    return result


def write_csv_folder(works: Sequence[UnitWork], folder: str) -> None:
    """总表.csv and one CSV per unit (UTF-8 with BOM, for Excel), written all at once."""
    tables: list[tuple[Sequence[str], list[list[Cell]]]] = [
        (SUMMARY_HEADERS, summary_rows(works)),
        *((HEADERS, [row_cells(row) for row in work.rows]) for work in works),
    ]
    names = file_names([SUMMARY_SHEET, *(work.unit for work in works)], ".csv")
    write_folder_atomic(folder, {
        name: csv_text(headers, rows).encode("utf-8-sig")
        for name, (headers, rows) in zip(names, tables, strict=True)
    })

