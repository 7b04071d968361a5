"""``tgbe parse``: notices as a table, JSON, JSON Lines or YAML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import click

from tgbe.cli.common import (
    FileReport,
    diagnostic_lines,
    diagnostics_limit_options,
    format_option,
    notice_inputs,
    output_option,
    run_files,
    taught_layout,
)
from tgbe.infra.caps import capped
from tgbe.infra.i18n import resolve_lang, tr
from tgbe.parse.api import notice_data, parse_file
from tgbe.render import fastjson
from tgbe.render.notice import render_notice
from tgbe.render.reading import reading_summary


@click.command()
@notice_inputs
@format_option("table", "json", "jsonl", "yaml")
@output_option
@diagnostics_limit_options
@click.option("--explain", is_flag=True,
              help="Print each line of the notice with the kind it was read as (heading, "
                   "measure, field, unit bracket, table row, text, skipped …) and why, "
                   "instead of the parsed data.")
def parse(
    paths: tuple[str, ...], fmt: str, output: str | None, encoding: str | None,
    strict_encoding: bool, jobs: int | None, max_bytes: int, max_diagnostics: int | None,
    explain: bool,
) -> int:
    """Parse notices into typed data: notice, indicators, measures.

    PATH is a file (- for stdin), a directory (searched recursively for notices) or a
    glob pattern.  With several files, -f json prints an array, -f jsonl one object per
    line (streamed), -f yaml one document per file.  A file that cannot be read is
    reported and the others are still parsed (exit code 2 at the end).  Warnings show at
    most --max-diagnostics per code per file, then a count; -f json keeps that many too
    unless --all.  --explain prints, for each line, its number, the kind tgbe gave it, why
    and the line itself (plain text; exit codes as without it).
    """
    if explain:
        if fmt != "table":
            raise click.UsageError(tr("cli.explain_format", fmt=fmt))
        worker = partial(explain_report, encoding=encoding, max_bytes=max_bytes,
                         strict_encoding=strict_encoding)
        return run_files(paths, worker, fmt="table", output=output, jobs=jobs)
    worker = partial(parse_report, fmt=fmt, encoding=encoding, max_bytes=max_bytes,
                     strict_encoding=strict_encoding, limit=max_diagnostics)
    return run_files(paths, worker, fmt=fmt, output=output, jobs=jobs)


def parse_report(
    path: str, *, fmt: str, encoding: str | None, max_bytes: int, strict_encoding: bool = False,
    limit: int | None = None,
) -> FileReport:
    """Parse one file and render it in ``fmt`` (runs in a worker process).

    JSON and JSON Lines are written from the builder's plain data (no model building, the
    same JSON: see ``tests/parser/test_fast_json.py``), which keeps a cold start fast.
    Warnings and the JSON's diagnostics: at most ``limit`` per code (``None``: all).
    """
    layout = taught_layout(path)
    if fmt in ("json", "jsonl"):
        data = notice_data(path, encoding, max_bytes=max_bytes,
                           strict_encoding=strict_encoding, layout=layout)
        measures = sum(len(item["measures"]) for item in data["indicators"])
        warnings = _with_summary(path, measures, data["diagnostics"], limit)
        data["diagnostics"] = capped(data["diagnostics"], lambda item: (path, item["code"]),
                                     limit)[0]
        text = fastjson.dumps(data, indent=2 if fmt == "json" else None)
        return FileReport(text, warnings=warnings)
    # the summary table shows no targets: they are not extracted for it
    notice = parse_file(path, encoding, max_bytes=max_bytes, strict_encoding=strict_encoding,
                        layout=layout, targets=fmt != "table")
    diagnostics = [diagnostic.model_dump() for diagnostic in notice.diagnostics]
    return FileReport(render_notice(notice, fmt),
                      warnings=_with_summary(path, len(notice.measures()), diagnostics, limit))


def explain_report(path: str, *, encoding: str | None, max_bytes: int,
                   strict_encoding: bool = False) -> FileReport:
    """Each line of one file with the kind it was read as and why (runs in a worker; its
    modules load only when asked, so that a plain parse starts as fast as before)."""
    from tgbe.infra.terminal import output_width
    from tgbe.parse.explain import explain_source
    from tgbe.read.reader import read_path
    from tgbe.render.explain import render_explain

    source = read_path(path, encoding, max_bytes, strict=strict_encoding)
    return FileReport(render_explain(path, explain_source(source), resolve_lang(),
                                     output_width()))


def _with_summary(path: str, measures: int, diagnostics: Sequence[Mapping[str, Any]],
                  limit: int | None) -> tuple[str, ...]:
    """The diagnostic lines, then the reading summary when the notice is not clean."""
    summary = reading_summary(path, measures, diagnostics, resolve_lang())
    return diagnostic_lines(path, diagnostics, limit) + ((summary,) if summary else ())
