"""``tgbe targets`` output: a table, JSON or CSV of a notice's quantitative targets."""

from __future__ import annotations

from tgbe.infra.i18n import count_of, tr
from tgbe.render.safe import safe_text
from tgbe.render.serialize import to_json
from tgbe.render.sheet import csv_text, headers
from tgbe.track.target_list import TargetList, TargetRow

CSV_COLUMNS = ("indicator", "measure_id", "metric", "comparator", "value", "unit", "raw",
               "line", "column", "end_line", "end_column")


def render_targets(targets: TargetList, fmt: str) -> str:
    """Render ``targets`` in ``fmt`` (``table``, ``json`` or ``csv``)."""
    if fmt == "json":
        return to_json(targets)
    if fmt == "csv":
        return targets_csv(targets)
    return targets_table(targets)


def figure(value: float) -> str:
    """A value as people write it: ``98`` rather than ``98.0``, ``4.88`` as is."""
    return f"{value:g}"


def targets_csv(targets: TargetList) -> str:
    """One CSV row per target (header row and words in the run's language, spans as four
    columns)."""
    return csv_text(headers(*CSV_COLUMNS, prefix="target"), (
        [row.indicator, row.measure_id or "", row.metric, _comparator(row),
         figure(row.value), row.unit, row.raw, row.span.start_line, row.span.start_column,
         row.span.end_line, row.span.end_column]
        for row in targets.targets
    ))


def _comparator(row: TargetRow) -> str:
    """``>=``, ``=`` as they are; ``increase``/``decrease`` in the run's language."""
    value = row.comparator.value
    return tr(f"cmp.{value}") if value.isalpha() else value


def _where(row: TargetRow) -> str:
    return row.measure_id or tr("word.overview", indicator=row.indicator)


def targets_table(targets: TargetList) -> str:
    """A rich table: where, metric, comparator, value, unit, text as written, line."""
    from rich.table import Table
    from rich.text import Text

    from tgbe.render.console import render_to_text
    from tgbe.render.wrapped import Wrapped, title

    table = Table(title=title(count_of(len(targets.targets), "count.target",
                                       path=targets.path)), title_justify="left")
    table.add_column(tr("col.where"), no_wrap=True)
    table.add_column(tr("col.metric"), ratio=1, min_width=8)
    table.add_column(tr("col.comparator"), justify="center", no_wrap=True)
    table.add_column(tr("col.value"), justify="right", no_wrap=True)
    table.add_column(tr("col.quantity_unit"))
    table.add_column(tr("col.raw"), ratio=2, min_width=8)
    table.add_column(tr("col.line"), justify="right", no_wrap=True)
    for row in targets.targets:
        table.add_row(Text(safe_text(_where(row))), Wrapped(row.metric),
                      Text(safe_text(_comparator(row))), figure(row.value),
                      Wrapped(row.unit), Wrapped(row.raw), str(row.span.start_line))
    return render_to_text(table)
