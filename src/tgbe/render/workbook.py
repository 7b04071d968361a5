"""The 工作台账 by unit: one sheet (or CSV file) per unit listing the measures it takes part in.

Each row: measure id, indicator, text, the unit's role, due date (a real date cell in
xlsx), the deadline as written, every unit, and the ledger's status, date, new deadline
and note.  Units are ordered by their number of measures (as ``tgbe units`` lists them);
measures no unit takes part in are on a last sheet of their own, so nothing is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from tgbe.infra.i18n import tr
from tgbe.infra.output import BOM, write_bytes_atomic, write_folder_atomic
from tgbe.models import Notice, UnitRole
from tgbe.render.sheet import Cell, csv_text, fill_sheet, headers, sheet_names
from tgbe.track.ledger import Ledger
from tgbe.track.query import NO_UNIT, roles_in
from tgbe.track.unit_summary import summarise_units

COLUMNS = ("id", "indicator", "measure", "role", "due", "deadline", "units", "status", "date",
           "new_deadline", "note")
_FILE_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def unit_rows(notice: Notice, ledger: Ledger | None = None) -> dict[str, list[list[Cell]]]:
    """Canonical unit -> the rows of its sheet (see :data:`COLUMNS`); never empty."""
    book = ledger or Ledger({})
    sheets: dict[str, list[list[Cell]]] = {
        unit.canonical: [] for unit in summarise_units(notice).units
    }
    for indicator in notice.indicators:
        for measure in indicator.measures:
            entry = book.entry(measure.id)
            roles: dict[str, UnitRole | None] = {**roles_in(indicator, measure)} or {NO_UNIT: None}
            for canonical, role in roles.items():
                sheets.setdefault(canonical, []).append([
                    measure.id, indicator.name, measure.text,
                    tr(f"role.{role.value}") if role else None,
                    measure.deadline.due if measure.deadline else None,
                    measure.deadline.raw if measure.deadline else None,
                    "、".join(unit.name for unit in measure.units), entry.status.value,
                    entry.date, entry.new_deadline, entry.note,
                ])
    return sheets or {NO_UNIT: []}


def write_xlsx(sheets: dict[str, list[list[Cell]]], path: str) -> None:
    """One worksheet per unit (Excel-safe, unique names), written atomically to ``path``."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in zip(sheet_names(sheets), sheets.values(), strict=True):
        fill_sheet(book.create_sheet(name), headers(*COLUMNS), rows)
    write_bytes_atomic(path, lambda tmp: book.save(Path(tmp)))


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


def write_csv_folder(sheets: dict[str, list[list[Cell]]], folder: str) -> None:
    """One CSV per unit (UTF-8 with BOM, for Excel) in ``folder``, written all at once."""
    files = {
        name: (BOM + csv_text(headers(*COLUMNS), rows)).encode("utf-8")
        for name, rows in zip(file_names(sheets, ".csv"), sheets.values(), strict=True)
    }
    write_folder_atomic(folder, files)
