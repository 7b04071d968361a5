"""``tgbe list`` output: a wrapped table, JSON, CSV or an xlsx workbook."""

from __future__ import annotations

from pathlib import Path

from tgbe.render.serialize import to_json
from tgbe.render.sheet import Cell, csv_text, fill_sheet
from tgbe.track.query import ListedMeasure, MeasureList

HEADERS = ("ID", "指标 Indicator", "举措 Measure", "完成时限 Due", "时限原文 Deadline",
           "责任单位 Units", "状态 Status")


def rows(measures: list[ListedMeasure]) -> list[list[Cell]]:
    """One spreadsheet row per measure, in the order of :data:`HEADERS`."""
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
        return csv_text(HEADERS, rows(measures))
    return measures_table(measures)


def measures_table(measures: list[ListedMeasure]) -> str:
    """A rich table; long Chinese text wraps and aligns by display width."""
    from rich.table import Table

    from tgbe.render.console import render_to_text

    with_status = any(m.status for m in measures)
    plural = "" if len(measures) == 1 else "s"
    table = Table(show_lines=True, caption=f"{len(measures)} measure{plural} 项举措")
    table.add_column("ID", no_wrap=True)
    table.add_column("指标", max_width=10, overflow="fold")
    table.add_column("完成时限", no_wrap=True)
    if with_status:
        table.add_column("状态", no_wrap=True)
    table.add_column("责任单位", max_width=24, overflow="fold")
    table.add_column("举措", ratio=1, overflow="fold")
    for m in measures:
        due = m.deadline.isoformat() if m.deadline else (m.deadline_raw or "-")
        status = [m.status.value if m.status else ""] if with_status else []
        table.add_row(m.id, m.indicator, due, *status, "、".join(u.name for u in m.units), m.text)
    return render_to_text(table)


def write_xlsx(measures: list[ListedMeasure], path: str) -> None:
    """Write the measures as one sheet of an xlsx workbook, atomically."""
    from openpyxl import Workbook

    from tgbe.infra.output import write_bytes_atomic

    book = Workbook()
    sheet = book.active
    sheet.title = "举措 Measures"
    fill_sheet(sheet, HEADERS, rows(measures))
    write_bytes_atomic(path, lambda tmp: book.save(Path(tmp)))
