"""``tgbe lint``: check notices for what a careful reviewer would catch."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial

import click

from tgbe.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    FileReport,
    diagnostics_limit_options,
    format_option,
    gather_files,
    lang_option,
    notice_inputs,
    output_option,
    run_files,
)
from tgbe.infra.i18n import Lang, resolve_lang, tr, translated
from tgbe.infra.output import emit
from tgbe.lint.files import FileLint, LintRun, Overrides, lint_file
from tgbe.lint.rules.base import Finding
from tgbe.render.safe import safe_text


def _selectors(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
               ) -> tuple[str, ...] | None:
    """Split ``--select A,B --select C`` into codes and check each names some rule."""
    from tgbe.lint.rules.selection import matches_any_rule, suggest

    if not values:
        return None
    codes = tuple(code.strip() for value in values for code in value.split(",") if code.strip())
    for code in codes:
        if not matches_any_rule(code):
            hint = translated("error", suggest(code))
            raise click.BadParameter(tr("usage.unknown_selector", code=code, hint=hint),
                                     ctx=ctx, param=param)
    return codes


@click.command()
@notice_inputs
@diagnostics_limit_options
@click.option("--select", multiple=True, metavar="CODES", callback=_selectors,
              help="Run only these rules: codes, prefixes (PUN), names or ALL; comma-separated.")
@click.option("--ignore", multiple=True, metavar="CODES", callback=_selectors,
              help="Do not run these rules (added to the configuration's ignore).")
@click.option("--extend-select", multiple=True, metavar="CODES", callback=_selectors,
              help="Run these rules as well as the selected ones.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default=None,
              help="Exit 1 when a finding is at least this severe (default: error).")
@format_option("text", "json", "github", "sarif", "jsonl")
@output_option
@lang_option
@click.option("--config", "config_file", metavar="FILE", default=None,
              help="Use this tgbe.toml or pyproject.toml instead of the nearest one.")
@click.option("--write-baseline", metavar="FILE", default=None,
              help="Accept today's findings: write them to FILE and exit 0.")
@click.option("--baseline", metavar="FILE", default=None,
              help="Report only findings not accepted in FILE.")
@click.option("--cross", multiple=True, metavar="DIR",
              help="Also report measures shared with the notices under DIR or between the "
              "PATHs (XDP001; repeatable).")
def lint(
    paths: tuple[str, ...], select: tuple[str, ...] | None, ignore: tuple[str, ...] | None,
    extend_select: tuple[str, ...] | None, fail_on: str | None, fmt: str, output: str | None,
    lang: str | None, config_file: str | None, write_baseline: str | None,
    baseline: str | None, cross: tuple[str, ...], encoding: str | None,
    strict_encoding: bool, jobs: int | None, max_bytes: int, max_diagnostics: int | None,
) -> int:
    """Check notice files, folders (*.txt, recursively) and globs with the lint rules.

    Files are linted in parallel (--jobs); a file that cannot be read is reported and the
    others are still linted.  -f jsonl streams one JSON object per file.  Exit codes: 0 no
    finding at or above --fail-on, 1 findings, 2 usage, configuration or input error (also
    when any one file failed) — whatever the format.  Each file shows at most
    --max-diagnostics findings per code, then a count (every format; --all shows all);
    the summary and the exit code count every finding.
    """
    from tgbe.lint.baseline import apply_baseline, load_baseline
    from tgbe.lint.baseline import write_baseline as write

    language = resolve_lang(lang)
    accepted = load_baseline(baseline) if baseline else None
    overrides = Overrides(select=select, ignore=ignore or (), extend_select=extend_select or (),
                          fail_on=fail_on, config=config_file)
    every = bool(baseline or write_baseline)  # a baseline matches all findings, then caps
    worker = partial(lint_file, overrides=overrides, lang=language, encoding=encoding,
                     max_bytes=max_bytes, strict_encoding=strict_encoding,
                     keep_lines=fmt in ("text", "jsonl") or every,
                     limit=None if every else max_diagnostics)
    if fmt == "jsonl" and not write_baseline:
        if cross:
            raise click.UsageError(tr("usage.cross_jsonl"))
        line = partial(lint_line, lint_one=worker, baseline=baseline, accepted=accepted,
                       limit=max_diagnostics)
        return run_files(paths, line, fmt=fmt, output=output, jobs=jobs)
    results, failures = gather_files(paths, worker, fmt=fmt, jobs=jobs)
    failed = bool(failures)
    run = LintRun.of(results, failures)
    if cross:
        failed |= _add_cross(run, results, cross, language, encoding, max_bytes, jobs)
    if write_baseline:
        write(write_baseline, run.findings, run.lines)
        click.echo(tr("baseline.wrote", n=len(run.findings), path=write_baseline), err=True)
        return EXIT_ERROR if failed else EXIT_OK
    findings, suppressed = run.findings, 0
    if baseline and accepted is not None:
        findings, suppressed = apply_baseline(run.findings, accepted, baseline, run.lines)
    if results or not failed:
        emit(_render(run, findings, suppressed, fmt, language, max_diagnostics), output)
    if failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if run.failing(findings) else EXIT_OK


def lint_line(
    path: str, *, lint_one: Callable[[str], FileLint], baseline: str | None,
    accepted: Counter[tuple[str, str]] | None, limit: int | None = None,
) -> FileReport:
    """One file's ``-f jsonl`` object (runs in a worker process)."""
    from tgbe.lint.baseline import apply_baseline
    from tgbe.lint.engine import FileLintReport, summarize
    from tgbe.render.serialize import to_json_line

    result = lint_one(path)
    findings, suppressed = list(result.findings), 0
    if baseline and accepted is not None:
        findings, suppressed = apply_baseline(findings, accepted, baseline,
                                              {path: result.lines})
    report = FileLintReport(path=path, findings=_capped(findings, limit)[0],
                            summary=summarize(findings, 1, suppressed,
                                              result.omitted_by_path()))
    failing = FileLint(path, tuple(findings), result.fail_on, omitted=result.omitted).failing()
    return FileReport(to_json_line(report), EXIT_FINDINGS if failing else EXIT_OK)


def _add_cross(
    run: LintRun, results: list[FileLint], dirs: tuple[str, ...], lang: Lang,
    encoding: str | None, max_bytes: int, jobs: int | None,
) -> bool:
    """Add XDP001 findings for the linted files; whether a file under ``dirs`` failed."""
    from tgbe.cli.crossdup_cmd import cross_report
    from tgbe.compare.crossdup import DEFAULT_THRESHOLD
    from tgbe.lint.rules.crossdoc import cross_findings

    linted = [result.path for result in results]
    report, failed = cross_report([*dirs, *linted], threshold=DEFAULT_THRESHOLD,
                                  encoding=encoding, max_bytes=max_bytes, jobs=jobs)
    wanted = {result.path for result in results if result.cross}
    run.add(cross_findings(report, wanted, lang))
    return failed


def _capped(findings: list[Finding], limit: int | None
            ) -> tuple[list[Finding], Counter[tuple[str, str]]]:
    from tgbe.infra.caps import capped

    return capped(findings, lambda finding: (finding.path, finding.code), limit)


def _render(run: LintRun, findings: list[Finding], suppressed: int, fmt: str, lang: Lang,
            limit: int | None = None) -> str:
    """The report in ``fmt``: at most ``limit`` findings per code per file, all counted."""
    from tgbe import __version__
    from tgbe.infra.caps import omitted_lines
    from tgbe.lint.engine import LintReport, summarize
    from tgbe.render.findings import render_github, render_json, render_text
    from tgbe.render.sarif import render_sarif

    summary = summarize(findings, run.files, suppressed, run.omitted)
    findings, omitted = _capped(findings, limit)
    for (path, code, _), count in run.omitted.items():  # left out while linting
        omitted[path, code] += count
    if fmt == "json":
        return render_json(LintReport(findings=findings, summary=summary, errors=run.errors))
    if fmt == "github":
        return render_github(findings)
    if fmt == "sarif":
        return render_sarif(findings, __version__)
    notes = "".join(f"{safe_text(line)}\n" for line in omitted_lines(omitted, "finding", lang))
    return render_text(findings, summary, run.lines, lang) + notes
