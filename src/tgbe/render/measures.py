"""``tgbe list`` output: a wrapped table, JSON, CSV or an xlsx workbook."""

from __future__ import annotations

from pathlib import Path

from tgbe.infra.i18n import count_of, tr
from tgbe.render.serialize import to_json
from tgbe.render.sheet import Cell, csv_text, fill_sheet, headers
from tgbe.track.query import ListedMeasure, MeasureList

COLUMNS = ("id", "indicator", "measure", "due", "deadline", "units", "status")


def rows(measures: list[ListedMeasure]) -> list[list[Cell]]:
    """One spreadsheet row per measure, in the order of :data:`COLUMNS`."""
    return [
        [m.id, m.indicator, m.text, m.deadline, m.deadline_raw,
         "、".join(unit.name for unit in m.units), m.status.value if m.status else None]
        for m in measures
    ]


def render_measures(measures: list[ListedMeasure], fmt: str) -> str:
    """Render as ``table``, ``json`` or ``csv`` (xlsx is written by :func:`write_xlsx`)."""
    if fmt == "json":
        return to_json(MeasureList(measures=measures))
    if fmt == "csv":
        return csv_text(headers(*COLUMNS), rows(measures))
    return measures_table(measures)


def measures_table(measures: list[ListedMeasure]) -> str:
    """A rich table; long Chinese text wraps and aligns by display width."""
    from rich.table import Table

    from tgbe.render.console import render_to_text
    from tgbe.render.wrapped import Wrapped

    with_status = any(m.status for m in measures)
    table = Table(show_lines=True, caption=count_of(len(measures), "count.measure"))
    table.add_column(tr("col.id"), no_wrap=True)
    table.add_column(tr("col.indicator"), max_width=12)
    table.add_column(tr("col.due"), no_wrap=True)
    if with_status:
        table.add_column(tr("col.status"), no_wrap=True)
    table.add_column(tr("col.units"), max_width=24)
    table.add_column(tr("col.measure"), ratio=1)
    for m in measures:
        due = m.deadline.isoformat() if m.deadline else (m.deadline_raw or "-")
        status = [m.status.value if m.status else ""] if with_status else []
        table.add_row(m.id, Wrapped(m.indicator), Wrapped(due), *status,
                      Wrapped("、".join(u.name for u in m.units)), Wrapped(m.text))
    return render_to_text(table)


def write_xlsx(measures: list[ListedMeasure], path: str) -> None:
    """Write the measures as one sheet of an xlsx workbook, atomically."""
    from openpyxl import Workbook

    from tgbe.infra.output import write_bytes_atomic

    book = Workbook()
    sheet = book.active
    sheet.title = tr("sheet.measures")
    fill_sheet(sheet, headers(*COLUMNS), rows(measures))
    write_bytes_atomic(path, lambda tmp: book.save(Path(tmp)))
