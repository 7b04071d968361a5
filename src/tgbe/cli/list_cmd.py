"""``tgbe list``: the measures of a notice, filtered by unit, indicator, deadline, status."""

from __future__ import annotations

from datetime import date

import click

from tgbe.cli.common import (
    alias_file_option,
    encoding_option,
    format_option,
    ledger_option,
    output_option,
    read_ledger,
    read_notice,
)
from tgbe.clock import parse_day
from tgbe.ledger import Status
from tgbe.output import emit
from tgbe.query import Filters, UnknownName, query
from tgbe.render.measures import render_measures, write_xlsx


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_day(value) if value else None
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command("list")
@click.argument("notice_file", metavar="NOTICE", type=str)
@click.option("--unit", metavar="NAME", help="Measures a unit takes part in (any alias).")
@click.option("--lead-only", is_flag=True, help="With --unit: only where the unit leads.")
@click.option("--indicator", metavar="N|NAME", help="Only this indicator (number or name).")
@click.option("--due-before", metavar="DATE", callback=_day, help="Due strictly before DATE.")
@click.option("--due-after", metavar="DATE", callback=_day, help="Due strictly after DATE.")
@click.option("--status", type=click.Choice([s.value for s in Status]),
              help="Only measures with this ledger status (needs --ledger).")
@ledger_option
@click.option("--city", metavar="NAME", help="Only indicators benchmarked against NAME.")
@click.option("--include-collective", is_flag=True,
              help="With --unit: also measures given to collective phrases (各相关单位).")
@format_option("table", "json", "csv", "xlsx")
@output_option
@encoding_option
@alias_file_option
def list_measures(
    notice_file: str, unit: str | None, lead_only: bool, indicator: str | None,
    due_before: date | None, due_after: date | None, status: str | None, ledger: str | None,
    city: str | None, include_collective: bool, fmt: str, output: str | None,
    encoding: str | None, alias_file: str | None,
) -> int:
    """List the measures of NOTICE that pass every filter given."""
    if fmt == "xlsx" and (output is None or output == "-"):
        raise click.UsageError("-f xlsx needs -o FILE")
    notice, aliases = read_notice(notice_file, encoding, alias_file)
    filters = Filters(
        unit=unit, lead_only=lead_only, indicator=indicator, due_before=due_before,
        due_after=due_after, status=Status(status) if status else None, city=city,
        include_collective=include_collective,
    )
    try:
        measures = query(notice, filters, read_ledger(ledger, notice), aliases)
    except (UnknownName, ValueError) as error:
        raise click.UsageError(str(error)) from None
    if fmt == "xlsx" and output:
        write_xlsx(measures, output)
    else:
        emit(render_measures(measures, fmt), output)
    return 0
