"""``tgbe status``: start, check and fill the progress ledger (工作台账) of a notice."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tgbe.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    alias_file_option,
    day_of,
    encoding_option,
    error_limit_options,
    format_option,
    lang_option,
    ledger_option,
    max_bytes_option,
    output_option,
    read_ledger,
    read_notice,
    today_options,
)
from tgbe.infra.clock import DEFAULT_TZ, TODAY_ENV, resolve_today
from tgbe.infra.i18n import resolve_lang, tr, translated
from tgbe.infra.output import emit
from tgbe.render.intake import render_import
from tgbe.render.safe import safe_text
from tgbe.render.serialize import to_json
from tgbe.render.sheet import csv_text, headers
from tgbe.track.intake import ImportResult, take_in
from tgbe.track.ledger import Ledger, ledger_template, ledger_yaml, load_ledger
from tgbe.track.returns import read_returns

if TYPE_CHECKING:
    from tgbe.models import Notice
    from tgbe.track.progress import Progress


@click.group(invoke_without_command=True)
@click.pass_context
def status(ctx: click.Context) -> None:
    """Progress ledger (工作台账): init writes one, check validates it, import fills it,
    summary counts it."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@status.command("init")
@click.argument("notice_file", metavar="NOTICE", type=str)
@output_option
@encoding_option
@alias_file_option
def init(notice_file: str, output: str | None, force: bool, encoding: str | None,
         strict_encoding: bool, alias_file: str | None) -> int:
    """Print (or write with -o) a ledger listing every measure of NOTICE as todo.

    An existing -o file is replaced only with --force.
    """
    if output and output != "-" and Path(output).exists() and not force:
        raise click.UsageError(tr("usage.output_exists", output=output))
    notice, _ = read_notice(notice_file, encoding, alias_file, strict_encoding=strict_encoding,
                            targets=False)
    emit(ledger_template(notice), output)
    return 0


@status.command("check")
@click.argument("notice_file", metavar="NOTICE", type=str)
@click.argument("ledger_file", metavar="LEDGER", type=str)
@format_option("text", "json", "csv")
@output_option
@encoding_option
@alias_file_option
@error_limit_options
def check_ledger(notice_file: str, ledger_file: str, fmt: str, output: str | None,
                 encoding: str | None, strict_encoding: bool, alias_file: str | None) -> int:
    """Validate LEDGER against NOTICE and count entries by status (the file is not changed)."""
    notice, _ = read_notice(notice_file, encoding, alias_file, strict_encoding=strict_encoding,
                            targets=False)
    ledger = load_ledger(ledger_file, notice)
    if fmt == "json":
        emit(to_json(ledger), output)
        return 0
    if fmt == "csv":
        rows = ledger.counts().items()
        emit(csv_text(headers("status", "count"), rows), output, bom=True)
        return 0
    counts = tr("list.separator").join(tr("ledger.count", status=name, n=count)
                                       for name, count in ledger.counts().items())
    emit(tr("ledger.summary", path=ledger_file, listed=len(ledger.root),
            measures=len(notice.measures()), counts=counts), output)
    return 0


def within_option(function: click.decorators.FC) -> click.decorators.FC:
    """``--within DAYS``: the window of "due soon" (default 30 days)."""
    return click.option(
        "--within", metavar="DAYS", default="30d", show_default=True,
        help="Count measures due within DAYS (30d, 4w) as due soon.")(function)


def window_of(within: str) -> int:
    """The ``--within`` option in days; a usage error when invalid."""
    from tgbe.infra.clock import parse_days

    try:
        return parse_days(within)
    except ValueError as error:
        raise click.UsageError(str(error)) from None


def progress_of(notice_file: str, ledger: str | None, today: str | None, zone: str,
                within: str, encoding: str | None, alias_file: str | None,
                strict_encoding: bool = False) -> tuple[Notice, Progress]:
    """The notice and its progress figures from the options of summary and report.

    A deadline that cannot be read is counted undated and printed as a warning.
    """
    from tgbe.track.progress import progress

    day, window = day_of(today, zone), window_of(within)
    notice, _ = read_notice(notice_file, encoding, alias_file, strict_encoding=strict_encoding,
                            targets=False)
    figures = progress(notice, day, read_ledger(ledger, notice), window)
    for problem in figures.errors:
        message = translated("deadline.unreadable", problem.message)
        click.echo(safe_text(f"{figures.source}:{problem.line}:{problem.column}: "
                             f"{tr('cli.warning')}: {message}"), err=True)
    return notice, figures


@status.command("summary")
@click.argument("notice_file", metavar="NOTICE", type=str)
@ledger_option
@today_options
@within_option
@format_option("table", "json", "csv", "xlsx")
@output_option
@encoding_option
@alias_file_option
@lang_option
@error_limit_options
def summary(notice_file: str, ledger: str | None, today: str | None, zone: str, within: str,
            fmt: str, output: str | None, encoding: str | None, strict_encoding: bool,
            alias_file: str | None, lang: str | None) -> int:
    """Count the measures of NOTICE per indicator and per unit on a day.

    Total, done, in progress, not started, overdue, dropped, due within the window and
    undated; overdue and due soon are the measures check-deadlines lists for the same
    notice, ledger and day.  -f xlsx needs -o FILE (two sheets: indicators, units).
    """
    from tgbe.render.progress import render_summary, write_summary_xlsx

    if fmt == "xlsx" and (not output or output == "-"):
        raise click.UsageError(tr("usage.needs", flag="-f xlsx", other="-o FILE"))
    _, figures = progress_of(notice_file, ledger, today, zone, within, encoding, alias_file,
                             strict_encoding)
    if fmt == "xlsx":
        write_summary_xlsx(figures, str(output), resolve_lang(lang))
        return 0
    text = render_summary(figures, fmt, resolve_lang(lang))
    emit(text, output, bom=fmt == "csv")  # CSV: UTF-8 with BOM for Excel
    return 0


@status.command("import")
@click.argument("books", nargs=-1, required=True, metavar="WORKBOOK...")
@click.option("--ledger", "ledger_file", metavar="FILE", required=True,
              help="The ledger (YAML) to update; created when it does not exist.")
@click.option("--notice", "notice_file", metavar="NOTICE", default=None,
              help="Check ids and texts against NOTICE (default: the list the export kept "
                   "in each workbook).")
@click.option("--dry-run", is_flag=True, help="Show the changes without writing the ledger.")
@click.option("--today", metavar="YYYY-MM-DD", default=None,
              help=f"Date of changes whose row has no 更新日期 (default: ${TODAY_ENV}, else "
                   "today in Asia/Shanghai).")
@format_option("text", "json")
@encoding_option
@alias_file_option
@max_bytes_option
@lang_option
def import_returns(books: tuple[str, ...], ledger_file: str, notice_file: str | None,
                   dry_run: bool, today: str | None, fmt: str, encoding: str | None,
                   strict_encoding: bool, alias_file: str | None, max_bytes: int,
                   lang: str | None) -> int:
    """Read the unit sheets of returned WORKBOOKs into the ledger, atomically.

    Rows are read by header (编号, 举措, 状态, 新时限, 进展情况, 佐证材料, 更新日期).  An
    unknown id, an edited 举措 text, a bad status word or date is an error naming
    FILE:SHEET:ROW:COL (exit 2, nothing written).  Units reporting different new statuses
    for one measure are listed as conflicts and that measure is left alone (exit 1).
    """
    try:
        day = resolve_today(today, os.environ.get(TODAY_ENV), DEFAULT_TZ)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    notice = (read_notice(notice_file, encoding, alias_file, strict_encoding=strict_encoding,
                          targets=False)[0]
              if notice_file else None)
    reference = {m.id: m.text for m in notice.measures()} if notice else None
    rows = read_returns(books, reference, max_bytes)
    ledger = load_ledger(ledger_file, notice) if Path(ledger_file).exists() else Ledger({})
    updated, changes, conflicts = take_in(ledger, rows, day)
    write = bool(changes) and not dry_run
    if write:
        title = notice.title if notice and notice.title else books[0]
        emit(ledger_yaml(updated, title), ledger_file)
    result = ImportResult(ledger=ledger_file, files=list(books), rows=len(rows), written=write,
                          changes=changes, conflicts=conflicts)
    click.echo(render_import(result, fmt, resolve_lang(lang)), nl=False)
    return EXIT_FINDINGS if conflicts else EXIT_OK
