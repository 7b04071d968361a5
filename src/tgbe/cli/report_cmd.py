"""``tgbe report``: write the progress report of a notice (HTML, Word bulletin, Markdown)."""

from __future__ import annotations

import click

from tgbe.cli.common import (
    alias_file_option,
    encoding_option,
    lang_option,
    ledger_option,
    today_options,
)
from tgbe.cli.status_cmd import progress_of, within_option
from tgbe.infra.i18n import tr


@click.command()
@click.argument("notice_file", metavar="NOTICE", type=str)
@ledger_option
@today_options
@within_option
@click.option("-f", "--format", "fmt", type=click.Choice(["html", "docx", "md"]),
              default="html", show_default=True, help="Report format.")
@click.option("-o", "--output", metavar="FILE", required=True,
              help="Write the report to FILE atomically (- for stdout: html and md only).")
@click.option("--lint", "with_lint", is_flag=True,
              help="Add the lint summary: copied blocks, conflicting targets, unit names "
                   "written two ways.")
@encoding_option
@alias_file_option
@lang_option
def report(notice_file: str, ledger: str | None, today: str | None, zone: str, within: str,
           fmt: str, output: str, with_lint: bool, encoding: str | None,
           strict_encoding: bool, alias_file: str | None, lang: str | None) -> int:
    """Write the progress report of NOTICE on a day, for the leadership group.

    html (default): one self-contained page with headline figures, charts, each unit's
    measures and the overdue list (filter and sort it in the page).  docx: a bulletin
    (通报) in the style of an official document.  md: the figures and tables for a wiki.
    The figures are those of status summary and check-deadlines for the same notice,
    ledger and day.  Exit 0 when written, 2 on bad input (nothing is written then).
    """
    from tgbe.infra.i18n import resolve_lang
    from tgbe.render.report import write_report
    from tgbe.render.report.content import LINT_TOPICS, build_content

    if fmt == "docx" and output == "-":
        raise click.UsageError(tr("usage.needs", flag="-f docx", other="-o FILE"))
    chosen = resolve_lang(lang)
    notice, figures = progress_of(notice_file, ledger, today, zone, within, encoding,
                                  alias_file, strict_encoding)
    findings = None
    if with_lint:
        from tgbe.lint.config import LintConfig
        from tgbe.lint.engine import lint

        findings = lint(notice, LintConfig(select=tuple(LINT_TOPICS)), chosen)
    write_report(build_content(notice, figures, chosen, findings), fmt, output)
    return 0
