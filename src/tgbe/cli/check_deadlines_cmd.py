"""``tgbe check-deadlines``: overdue and due-soon measures on a given day."""

from __future__ import annotations

from datetime import date
from functools import partial

import click

from tgbe.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    FileReport,
    alias_file_option,
    day_of,
    error_limit_options,
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
    today_options,
)
from tgbe.infra.clock import parse_days
from tgbe.infra.i18n import Lang, resolve_lang
from tgbe.render.deadlines import render_report
from tgbe.track.deadlines import Report, check
from tgbe.track.query import UnknownName, resolve_unit


@click.command("check-deadlines")
@notice_inputs
@ledger_option
@today_options
@click.option("--warn-within", metavar="DAYS", default="14d", show_default=True,
              help="List measures due within DAYS (14d, 2w, 0) without failing.")
@click.option("--unit", metavar="NAME", default=None,
              help="Only the measures a unit takes part in (any alias, as list --unit).")
@click.option("--fail-on", type=click.Choice(["overdue", "undated"]), default="overdue",
              show_default=True,
              help="Exit 1 on overdue measures; undated: also on measures without a deadline.")
@format_option("text", "json", "jsonl", "github", "junit")
@output_option
@alias_file_option
@lang_option
@error_limit_options
def check_deadlines(
    paths: tuple[str, ...], ledger: str | None, today: str | None, zone: str, warn_within: str,
    unit: str | None, fail_on: str, fmt: str, output: str | None, encoding: str | None,
    strict_encoding: bool,
    jobs: int | None, max_bytes: int, alias_file: str | None, lang: str | None,
) -> int:
    """Report the measures of each notice that are overdue (exit 1) or due soon.

    Measures marked done or dropped in the ledger are not checked; an approved
    new_deadline replaces the notice's deadline.  A measure without a usable deadline is
    listed as undated (exit 1 only with --fail-on undated).  PATH is a file (- for stdin),
    a directory or a glob; with several files -f json prints an array and -f jsonl one
    object per line.  A file that cannot be read is reported and the others are still
    checked (exit 2 at the end), with at most --max-diagnostics errors per code per file
    then a count (--all shows all).  --ledger and -f junit work on a single notice.
    """
    day = day_of(today, zone)
    try:
        window = parse_days(warn_within)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if ledger:
        refuse_several(paths, "--ledger")
    if fmt == "junit":
        refuse_several(paths, "-f junit")
    worker = partial(deadline_report, day=day, window=window, ledger=ledger, unit=unit,
                     fail_on=fail_on, fmt=fmt,
                     lang=resolve_lang(lang), encoding=encoding, strict_encoding=strict_encoding,
                     alias_file=alias_file,
                     max_bytes=max_bytes, several=several_inputs(paths))
    return run_files(paths, worker, fmt=fmt, output=output, jobs=jobs)


def deadline_report(
    path: str, *, day: date, window: int, ledger: str | None, fmt: str, lang: Lang,
    encoding: str | None, alias_file: str | None, max_bytes: int, unit: str | None = None,
    fail_on: str = "overdue", several: bool = False, strict_encoding: bool = False,
) -> FileReport:
    """Check one notice and render its report (runs in a worker process)."""
    notice, table = read_notice(path, encoding, alias_file, max_bytes,
                                strict_encoding=strict_encoding, targets=False)
    try:
        units = resolve_unit(notice, unit, table) if unit else None
    except UnknownName as error:
        return FileReport("", usage=str(error))
    report = check(notice, day, read_ledger(ledger, notice), window, units)
    text = render_as(fmt, path, lambda form: render_report(report, notice, form, lang),
                     several)
    return FileReport(text, exit_code(report, fail_on))


def exit_code(report: Report, fail_on: str) -> int:
    """1 when a measure is overdue (or, failing on ``undated``, has no deadline), else 0."""
    failing = report.overdue or (fail_on == "undated" and report.undated)
    return EXIT_FINDINGS if failing else EXIT_OK
