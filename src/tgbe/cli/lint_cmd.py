"""``tgbe lint``: check notices for what a careful reviewer would catch."""

from __future__ import annotations

import click

from tgbe.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    encoding_option,
    format_option,
    output_option,
    report_error,
)
from tgbe.i18n import Lang, resolve_lang
from tgbe.lint_paths import LintRun, Overrides, lint_paths
from tgbe.output import emit
from tgbe.rules.base import Finding


def _selectors(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
               ) -> tuple[str, ...] | None:
    """Split ``--select A,B --select C`` into codes and check each names some rule."""
    from tgbe.rules.selection import matches_any_rule, suggest

    if not values:
        return None
    codes = tuple(code.strip() for value in values for code in value.split(",") if code.strip())
    for code in codes:
        if not matches_any_rule(code):
            raise click.BadParameter(f'unknown rule or prefix "{code}"{suggest(code)}',
                                     ctx=ctx, param=param)
    return codes


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--select", multiple=True, metavar="CODES", callback=_selectors,
              help="Run only these rules: codes, prefixes (PUN), names or ALL; comma-separated.")
@click.option("--ignore", multiple=True, metavar="CODES", callback=_selectors,
              help="Do not run these rules (added to the configuration's ignore).")
@click.option("--extend-select", multiple=True, metavar="CODES", callback=_selectors,
              help="Run these rules as well as the selected ones.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit 1 when a finding is at least this severe (default: error).")
@format_option("text", "json", "github", "sarif")
@output_option
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None,
              help="Language of messages (default: from LANG).")
@click.option("--config", "config_file", metavar="FILE", default=None,
              help="Use this tgbe.toml or pyproject.toml instead of the nearest one.")
@click.option("--write-baseline", metavar="FILE", default=None,
              help="Accept today's findings: write them to FILE and exit 0.")
@click.option("--baseline", metavar="FILE", default=None,
              help="Report only findings not accepted in FILE.")
@encoding_option
def lint(
    paths: tuple[str, ...], select: tuple[str, ...] | None, ignore: tuple[str, ...] | None,
    extend_select: tuple[str, ...] | None, fail_on: str | None, fmt: str, output: str | None,
    lang: str | None, config_file: str | None, write_baseline: str | None,
    baseline: str | None, encoding: str | None,
) -> int:
    """Check notice files and folders (*.txt, recursively) with the lint rules.

    Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or
    input error — whatever the format.
    """
    from tgbe.baseline import apply_baseline, load_baseline
    from tgbe.baseline import write_baseline as write

    language = resolve_lang(lang)
    accepted = load_baseline(baseline) if baseline else None
    overrides = Overrides(select=select, ignore=ignore or (), extend_select=extend_select or (),
                          fail_on=fail_on, config=config_file)
    run = lint_paths(paths, overrides, language, encoding)
    for error in run.errors:
        report_error(error)
    if write_baseline:
        write(write_baseline, run.findings, run.lines)
        click.echo(f"tgbe: wrote {len(run.findings)} findings to {write_baseline}", err=True)
        return EXIT_ERROR if run.errors else EXIT_OK
    findings, suppressed = run.findings, 0
    if baseline and accepted is not None:
        findings, suppressed = apply_baseline(run.findings, accepted, baseline, run.lines)
    emit(_render(run, findings, suppressed, fmt, language), output)
    if run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if run.failing(findings) else EXIT_OK


def _render(run: LintRun, findings: list[Finding], suppressed: int, fmt: str, lang: Lang
            ) -> str:
    from tgbe import __version__
    from tgbe.lint import LintReport, summarize
    from tgbe.render.findings import render_github, render_json, render_text
    from tgbe.render.sarif import render_sarif

    summary = summarize(findings, run.files, suppressed)
    if fmt == "json":
        return render_json(LintReport(findings=findings, summary=summary))
    if fmt == "github":
        return render_github(findings)
    if fmt == "sarif":
        return render_sarif(findings, __version__)
    return render_text(findings, summary, run.lines, lang)
