"""``tgbe parse``: notices as a table, JSON, JSON Lines or YAML."""

from __future__ import annotations

from functools import partial

import click

from tgbe.api import parse_file
from tgbe.cli.common import (
    FileReport,
    format_option,
    notice_inputs,
    output_option,
    run_files,
)
from tgbe.render.notice import render_notice


@click.command()
@notice_inputs
@format_option("table", "json", "jsonl", "yaml")
@output_option
def parse(
    paths: tuple[str, ...], fmt: str, output: str | None, encoding: str | None,
    jobs: int | None, max_bytes: int,
) -> int:
    """Parse notices into typed data: notice, indicators, measures.

    PATH is a file (- for stdin), a directory (searched recursively for notices) or a
    glob pattern.  With several files, -f json prints an array, -f jsonl one object per
    line (streamed), -f yaml one document per file.  A file that cannot be read is
    reported and the others are still parsed (exit code 2 at the end).
    """
    worker = partial(parse_report, fmt=fmt, encoding=encoding, max_bytes=max_bytes)
    return run_files(paths, worker, fmt=fmt, output=output, jobs=jobs)


def parse_report(path: str, *, fmt: str, encoding: str | None, max_bytes: int) -> FileReport:
    """Parse one file and render it in ``fmt`` (runs in a worker process)."""
    notice = parse_file(path, encoding, max_bytes=max_bytes)
    return FileReport(render_notice(notice, fmt))
