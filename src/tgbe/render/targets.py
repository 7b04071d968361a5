"""``tgbe targets`` output: a table, JSON or CSV of a notice's quantitative targets."""

from __future__ import annotations

import csv
import io

from tgbe.render.safe import safe_text
from tgbe.render.serialize import to_json
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
    """One CSV row per target (UTF-8, header row, spans as four columns)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in targets.targets:
        span = row.span
        writer.writerow([row.indicator, row.measure_id or "", row.metric, row.comparator.value,
                         figure(row.value), row.unit, row.raw, span.start_line,
                         span.start_column, span.end_line, span.end_column])
    return buffer.getvalue()


def _where(row: TargetRow) -> str:
    return row.measure_id or f"{row.indicator} 概述"


def targets_table(targets: TargetList) -> str:
    """A rich table: where, metric, comparator, value, unit, text as written, line."""
    from rich.table import Table
    from rich.text import Text

    from tgbe.render.console import render_to_text

    title = f"{targets.path}: {len(targets.targets)} targets 量化目标"
    table = Table(title=Text(safe_text(title)))
    table.add_column("Where 位置")
    table.add_column("Metric 指标", overflow="fold")
    table.add_column("Cmp", justify="center")
    table.add_column("Value 目标值", justify="right")
    table.add_column("Unit 单位")
    table.add_column("As written 原文", overflow="fold")
    table.add_column("Line 行", justify="right")
    for row in targets.targets:
        cells = (_where(row), row.metric, row.comparator.value, figure(row.value), row.unit,
                 row.raw, str(row.span.start_line))
        table.add_row(*(Text(safe_text(cell)) for cell in cells))
    return render_to_text(table)
