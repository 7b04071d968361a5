"""``tgbe parse`` output: a summary table or the whole model as JSON/YAML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tgbe.render.safe import safe_text
from tgbe.render.serialize import to_json, to_json_line, to_yaml

if TYPE_CHECKING:
    from tgbe.models import Notice


def render_notice(notice: Notice, fmt: str) -> str:
    """Render a notice in ``fmt`` (``table``, ``json``, ``jsonl`` or ``yaml``)."""
    if fmt == "json":
        return to_json(notice)
    if fmt == "jsonl":
        return to_json_line(notice)
    if fmt == "yaml":
        return to_yaml(notice)
    return notice_table(notice)


def notice_table(notice: Notice) -> str:
    """One row per indicator (number, name, lead, benchmark, level, measures) and totals."""
    from rich.table import Table
    from rich.text import Text

    from tgbe.render.console import render_to_text

    title = notice.title or notice.source.path
    if notice.doc_number:
        title = f"{title}  {notice.doc_number.raw}"
    table = Table(title=Text(safe_text(title)), show_footer=True)
    measures = notice.measures()
    table.add_column("#", justify="right", footer="")
    table.add_column("Indicator 指标", footer=f"{len(notice.indicators)} indicators")
    table.add_column("Lead 牵头单位")
    table.add_column("Benchmark 对标城市")
    table.add_column("Level 水平")
    table.add_column("Measures 举措", justify="right", footer=str(len(measures)))
    for indicator in notice.indicators:
        cells = (
            indicator.numeral or str(indicator.number),
            indicator.name,
            "、".join(unit.name for unit in indicator.lead_units),
            "、".join(city.name for city in indicator.benchmark_cities),
            " ".join(filter(None, [indicator.level_wording, indicator.level])),
            str(len(indicator.measures)),
        )
        # Text cells: file contents are neither rich markup nor terminal escapes.
        table.add_row(*(Text(safe_text(cell)) for cell in cells))
    return render_to_text(table)
