"""``tgbe parse`` output: a summary table or the whole model as JSON/YAML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tgbe.infra.i18n import count_of, tr
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

    from tgbe.render.console import render_to_text
    from tgbe.render.wrapped import Wrapped, title

    heading = notice.title or notice.source.path
    if notice.doc_number:
        heading = f"{heading}  {notice.doc_number.raw}"
    table = Table(title=title(heading), show_footer=True)
    measures = notice.measures()
    table.add_column(tr("col.number"), justify="right", footer="", no_wrap=True)
    table.add_column(tr("col.indicator"),
                     footer=Wrapped(count_of(len(notice.indicators), "count.indicator")))
    table.add_column(tr("col.lead_units"))
    table.add_column(tr("col.benchmark"))
    table.add_column(tr("col.level"))
    table.add_column(Wrapped(tr("col.measures")), justify="right", no_wrap=True,
                     footer=str(len(measures)))
    for indicator in notice.indicators:
        cells = (
            indicator.numeral or str(indicator.number),
            indicator.name,
            "、".join(unit.name for unit in indicator.lead_units),
            "、".join(city.name for city in indicator.benchmark_cities),
            " ".join(filter(None, [indicator.level_wording, indicator.level])),
            str(len(indicator.measures)),
        )
        # Wrapped cells: file contents are neither rich markup nor terminal escapes.
        table.add_row(*(Wrapped(cell) for cell in cells))
    return render_to_text(table)
