"""``tgbe units`` output: a table, JSON or CSV of every unit."""

from __future__ import annotations

from tgbe.infra.i18n import count_of, tr
from tgbe.render.serialize import to_json
from tgbe.render.sheet import Cell, csv_text, headers
from tgbe.track.unit_summary import UnitList

COLUMNS = ("unit", "written_as", "collective", "lead", "responsible", "earliest")
_NUMBERS = (3, 4)  # right-aligned columns


def render_units(units: UnitList, fmt: str) -> str:
    """Render as ``table``, ``json`` or ``csv``."""
    if fmt == "json":
        return to_json(units)
    rows: list[list[Cell]] = [
        [u.canonical, "、".join(u.aliases), tr("word.yes") if u.collective else "", u.lead,
         u.responsible, u.earliest_deadline]
        for u in units.units
    ]
    if fmt == "csv":
        return csv_text(headers(*COLUMNS), rows)
    from rich.table import Table

    from tgbe.render.console import render_to_text
    from tgbe.render.wrapped import Wrapped

    table = Table(caption=count_of(len(rows), "count.unit"))
    for number, header in enumerate(headers(*COLUMNS)):
        table.add_column(Wrapped(header), justify="right" if number in _NUMBERS else "left",
                         no_wrap=number in _NUMBERS)
    for row in rows:
        table.add_row(*(Wrapped("" if cell is None else str(cell)) for cell in row))
    return render_to_text(table)
