"""``tgbe list``: the measures of a notice, filtered by unit, indicator, deadline, status."""

from __future__ import annotations

from datetime import date
from functools import partial

import click

from tgbe.cli.common import (
    FileReport,
    alias_file_option,
    format_option,
    ledger_option,
    notice_inputs,
    output_option,
    read_ledger,
    read_notice,
    refuse_several,
    render_as,
    run_files,
    several_inputs,
)
from tgbe.infra.clock import parse_day
from tgbe.infra.i18n import tr
from tgbe.render.measures import render_measures, write_xlsx
from tgbe.track.ledger import Status
from tgbe.track.query import Filters, UnknownName, check_filters, query


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_day(value) if value else None
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command("list")
@notice_inputs
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
@format_option("table", "json", "jsonl", "csv", "xlsx")
@output_option
@alias_file_option
def list_measures(
    paths: tuple[str, ...], unit: str | None, lead_only: bool, indicator: str | None,
    due_before: date | None, due_after: date | None, status: str | None, ledger: str | None,
    city: str | None, include_collective: bool, fmt: str, output: str | None,
    encoding: str | None, strict_encoding: bool, jobs: int | None, max_bytes: int,
    alias_file: str | None,
) -> int:
    """List the measures of each notice that pass every filter given.

    PATH is a file (- for stdin), a directory or a glob; with several files -f json prints
    an array, -f jsonl one object per line and -f csv one table with a path column.  A file
    that cannot be read, or lacks the unit, indicator or city asked for, is reported and
    the others are still listed (exit 2 at the end).  --ledger and -f xlsx work on a single
    notice.
    """
    if fmt == "xlsx" and (output is None or output == "-"):
        raise click.UsageError(tr("usage.needs", flag="-f xlsx", other="-o FILE"))
    filters = Filters(
        unit=unit, lead_only=lead_only, indicator=indicator, due_before=due_before,
        due_after=due_after, status=Status(status) if status else None, city=city,
        include_collective=include_collective,
    )
    try:
        check_filters(filters, ledger is not None)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if ledger:
        refuse_several(paths, "--ledger")
    if fmt == "xlsx":
        refuse_several(paths, "-f xlsx")
    worker = partial(measures_report, filters=filters, ledger=ledger, fmt=fmt, output=output,
                     encoding=encoding, strict_encoding=strict_encoding, alias_file=alias_file,
                     max_bytes=max_bytes, several=several_inputs(paths))
    return run_files(paths, worker, fmt=fmt, output=None if fmt == "xlsx" else output,
                     jobs=jobs)


def measures_report(
    path: str, *, filters: Filters, ledger: str | None, fmt: str, output: str | None,
    encoding: str | None, alias_file: str | None, max_bytes: int, several: bool = False,
    strict_encoding: bool = False,
) -> FileReport:
    """List the measures of one notice in ``fmt`` (runs in a worker process).

    ``-f xlsx`` writes the workbook to ``output`` here and prints nothing.
    """
    notice, aliases = read_notice(path, encoding, alias_file, max_bytes,
                                   strict_encoding=strict_encoding)
    try:
        measures = query(notice, filters, read_ledger(ledger, notice), aliases)
    except UnknownName as error:
        return FileReport("", usage=str(error))
    if fmt == "xlsx" and output:
        write_xlsx(measures, output)
        return FileReport("")
    return FileReport(render_as(fmt, path, partial(render_measures, measures), several))
