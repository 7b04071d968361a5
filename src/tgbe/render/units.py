"""``tgbe units`` output: a table, JSON or CSV of every unit."""

from __future__ import annotations

from tgbe.render.serialize import to_json
from tgbe.render.sheet import Cell, csv_text
from tgbe.track.unit_summary import UnitList

HEADERS = ("单位 Unit", "写法 Written as", "集合 Collective", "牵头 Lead", "责任 Responsible",
           "最早时限 Earliest deadline")


def render_units(units: UnitList, fmt: str) -> str:
    """Render as ``table``, ``json`` or ``csv``."""
    if fmt == "json":
        return to_json(units)
    rows: list[list[Cell]] = [
        [u.canonical, "、".join(u.aliases), "yes" if u.collective else "", u.lead,
         u.responsible, u.earliest_deadline]
        for u in units.units
    ]
    if fmt == "csv":
        return csv_text(HEADERS, rows)
    from rich.table import Table

    from tgbe.render.console import render_to_text

    table = Table(caption=f"{len(rows)} units 个单位")
    for number, header in enumerate(HEADERS):
        table.add_column(header, justify="right" if number in (3, 4) else "left",
                         overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    return render_to_text(table)
