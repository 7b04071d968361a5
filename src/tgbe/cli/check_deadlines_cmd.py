"""``tgbe check-deadlines``: overdue and due-soon measures on a given day."""

from __future__ import annotations

import os
from datetime import date
from functools import partial

import click

from tgbe.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    FileReport,
    alias_file_option,
    format_option,
    lang_option,
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
from tgbe.infra.clock import DEFAULT_TZ, TODAY_ENV, parse_days, resolve_today
from tgbe.infra.i18n import Lang, resolve_lang, tr
from tgbe.render.deadlines import render_report
from tgbe.track.deadlines import check


@click.command("check-deadlines")
@notice_inputs
@ledger_option
@click.option("--today", metavar="YYYY-MM-DD", default=None,
              help=f"The day to check against (default: ${TODAY_ENV}, else today in --tz).")
@click.option("--tz", "zone", metavar="ZONE", default=DEFAULT_TZ, show_default=True,
              help="Time zone of the default today.")
@click.option("--warn-within", metavar="DAYS", default="14d", show_default=True,
              help="List measures due within DAYS (14d, 2w, 0) without failing.")
@format_option("text", "json", "jsonl", "github", "junit")
@output_option
@alias_file_option
@lang_option
def check_deadlines(
    paths: tuple[str, ...], ledger: str | None, today: str | None, zone: str, warn_within: str,
    fmt: str, output: str | None, encoding: str | None, jobs: int | None, max_bytes: int,
    alias_file: str | None, lang: str | None,
) -> int:
    """Report the measures of each notice that are overdue (exit 1) or due soon.

    Measures marked done or dropped in the ledger are not checked; an approved
    new_deadline replaces the notice's deadline.  A deadline that cannot be read is an
    error (exit 2).  PATH is a file (- for stdin), a directory or a glob; with several
    files -f json prints an array and -f jsonl one object per line.  A file that cannot
    be read is reported and the others are still checked (exit 2 at the end).  --ledger
    and -f junit work on a single notice.
    """
    try:
        day = resolve_today(today, os.environ.get(TODAY_ENV), zone)
        window = parse_days(warn_within)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if ledger:
        refuse_several(paths, "--ledger")
    if fmt == "junit":
        refuse_several(paths, "-f junit")
    worker = partial(deadline_report, day=day, window=window, ledger=ledger, fmt=fmt,
                     lang=resolve_lang(lang), encoding=encoding, alias_file=alias_file,
                     max_bytes=max_bytes, several=several_inputs(paths))
    return run_files(paths, worker, fmt=fmt, output=output, jobs=jobs)


def deadline_report(
    path: str, *, day: date, window: int, ledger: str | None, fmt: str, lang: Lang,
    encoding: str | None, alias_file: str | None, max_bytes: int, several: bool = False,
) -> FileReport:
    """Check one notice and render its report (runs in a worker process)."""
    notice, _ = read_notice(path, encoding, alias_file, max_bytes)
    report = check(notice, day, read_ledger(ledger, notice), window)
    text = render_as(fmt, path, lambda form: render_report(report, notice, form, lang),
                     several)
    errors = tuple(f"{report.source}:{problem.line}:{problem.column}: {tr('cli.error', lang)}: "
                   f"{problem.message}" for problem in report.errors)
    code = EXIT_ERROR if errors else EXIT_FINDINGS if report.overdue else EXIT_OK
    return FileReport(text, code, errors)
