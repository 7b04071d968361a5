"""``tgbe check-deadlines``: overdue and due-soon measures on a given day."""

from __future__ import annotations

import os

import click

from tgbe.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    alias_file_option,
    encoding_option,
    format_option,
    lang_option,
    ledger_option,
    output_option,
    read_ledger,
    read_notice,
)
from tgbe.clock import DEFAULT_TZ, TODAY_ENV, parse_days, resolve_today
from tgbe.deadlines import check
from tgbe.i18n import resolve_lang
from tgbe.output import emit
from tgbe.render.deadlines import render_report


@click.command("check-deadlines")
@click.argument("notice_file", metavar="NOTICE", type=str)
@ledger_option
@click.option("--today", metavar="YYYY-MM-DD", default=None,
              help=f"The day to check against (default: ${TODAY_ENV}, else today in --tz).")
@click.option("--tz", "zone", metavar="ZONE", default=DEFAULT_TZ, show_default=True,
              help="Time zone of the default today.")
@click.option("--warn-within", metavar="DAYS", default="14d", show_default=True,
              help="List measures due within DAYS (14d, 2w, 0) without failing.")
@format_option("text", "json", "github", "junit")
@output_option
@encoding_option
@alias_file_option
@lang_option
def check_deadlines(
    notice_file: str, ledger: str | None, today: str | None, zone: str, warn_within: str,
    fmt: str, output: str | None, encoding: str | None, alias_file: str | None,
    lang: str | None,
) -> int:
    """Report the measures of NOTICE that are overdue (exit 1) or due soon.

    Measures marked done or dropped in the ledger are not checked; an approved
    new_deadline replaces the notice's deadline.  A deadline that cannot be read is an
    error (exit 2).
    """
    try:
        day = resolve_today(today, os.environ.get(TODAY_ENV), zone)
        window = parse_days(warn_within)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    notice, _ = read_notice(notice_file, encoding, alias_file)
    report = check(notice, day, read_ledger(ledger, notice), window)
    emit(render_report(report, notice, fmt, resolve_lang(lang)), output)
    for problem in report.errors:
        click.echo(f"{report.source}:{problem.line}:{problem.column}: error: {problem.message}",
                   err=True)
    if report.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.overdue else EXIT_OK
