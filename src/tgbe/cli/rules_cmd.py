"""``tgbe rules``: every registered lint rule, as a table or JSON."""

from __future__ import annotations

import click

from tgbe.cli.common import format_option, output_option
from tgbe.infra.output import emit


@click.command()
@format_option("table", "json")
@output_option
def rules(fmt: str, output: str | None) -> int:
    """List every lint rule: code, name, group, default severity and what it finds."""
    from tgbe.lint.rules.catalog import catalog

    listing = catalog()
    if fmt == "json":
        emit(listing.model_dump_json(indent=2), output)
        return 0
    from rich.table import Table

    from tgbe.render.console import render_to_text

    table = Table(title=f"{len(listing.rules)} rules", title_justify="left")
    for column in ("Code", "Name", "Group", "Severity", "Summary"):
        table.add_column(column, overflow="fold")
    for rule in listing.rules:
        table.add_row(rule.code, rule.name, rule.group, rule.severity.value, rule.summary)
    emit(render_to_text(table), output)
    return 0
