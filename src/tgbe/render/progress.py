"""``tgbe status summary`` output: the progress figures as tables, JSON, CSV or xlsx."""

from __future__ import annotations

from pathlib import Path

from tgbe.infra.i18n import Lang, tr
from tgbe.infra.output import write_bytes_atomic
from tgbe.render.labels import TALLY_FIELDS, tally_label
from tgbe.render.serialize import to_json
from tgbe.render.sheet import Cell, csv_text, fill_sheet
from tgbe.track.progress import Progress, Tally


def summary_rows(figures: Progress) -> list[tuple[str, str, Tally]]:
    """``(scope, name, tally)`` for the total, every indicator, then every unit."""
    rows: list[tuple[str, str, Tally]] = [("total", "", figures.totals)]
    rows.extend(("indicator", f"{item.number} {item.name}", item) for item in figures.indicators)
    rows.extend(("unit", item.unit, item) for item in figures.units)
    return rows


def _headers(figures: Progress, lang: Lang) -> list[str]:
    return [tr("col.scope", lang), tr("col.name", lang),
            *(tally_label(field, lang, figures.within_days) for field in TALLY_FIELDS)]


def _cells(figures: Progress) -> list[list[Cell]]:
    return [[scope, name, *(getattr(tally, field) for field in TALLY_FIELDS)]
            for scope, name, tally in summary_rows(figures)]


def render_summary(figures: Progress, fmt: str, lang: Lang) -> str:
    """Render as ``table`` (two tables: by indicator, by unit), ``json`` or ``csv``."""
    if fmt == "json":
        return to_json(figures)
    if fmt == "csv":
        return csv_text(_headers(figures, lang), _cells(figures))
    return _tables(figures, lang)


def write_summary_xlsx(figures: Progress, path: str, lang: Lang) -> None:
    """Two sheets (by indicator, by unit; each with a total row), written atomically."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    headers = _headers(figures, lang)[1:]
    for scope in ("indicator", "unit"):
        rows: list[list[Cell]] = [
            [name or tr("scope.total", lang), *(getattr(tally, field) for field in TALLY_FIELDS)]
            for kind, name, tally in summary_rows(figures) if kind in (scope, "total")
        ]
        fill_sheet(book.create_sheet(tr(f"scope.{scope}", lang)), headers, rows[1:] + rows[:1])
    write_bytes_atomic(path, lambda tmp: book.save(Path(tmp)))


def _tables(figures: Progress, lang: Lang) -> str:
    from rich.console import Group
    from rich.table import Table

    from tgbe.render.console import render_to_text

    tables = []
    for scope in ("indicator", "unit"):
        title = tr(f"scope.{scope}", lang)
        table = Table(title=tr("progress.title", lang, scope=title, today=figures.today))
        table.add_column(title, overflow="fold")
        for field in TALLY_FIELDS:
            table.add_column(tally_label(field, lang, figures.within_days), justify="right")
        for kind, name, tally in summary_rows(figures):
            if kind == scope:
                table.add_row(name, *(str(getattr(tally, field)) for field in TALLY_FIELDS))
        table.add_row(tr("scope.total", lang),
                      *(str(getattr(figures.totals, field)) for field in TALLY_FIELDS),
                      style="bold")
        tables.append(table)
    return render_to_text(Group(*tables))
