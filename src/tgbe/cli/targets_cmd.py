"""``tgbe targets``: the quantitative targets of notices as a table, JSON or CSV."""

from __future__ import annotations

from functools import partial

import click

from tgbe.cli.common import (
    FileReport,
    format_option,
    notice_inputs,
    output_option,
    render_as,
    run_files,
    several_inputs,
)
from tgbe.parse.api import parse_file
from tgbe.render.targets import render_targets
from tgbe.track.target_list import target_list


@click.command()
@notice_inputs
@format_option("table", "json", "jsonl", "csv")
@output_option
def targets(
    paths: tuple[str, ...], fmt: str, output: str | None, encoding: str | None,
    strict_encoding: bool,
    jobs: int | None, max_bytes: int,
) -> int:
    """List the quantitative targets (metric, comparator, value, unit) of notices.

    Targets come from indicator summaries (shown as "N 概述") and measure texts ("N.M").
    PATH is a file (- for stdin), a directory or a glob; with several files -f json prints
    an array, -f jsonl one object per line and -f csv one table with a path column.
    Exit 0 (also when there are none), 2 when a file cannot be read or parsed (the others
    are still listed).
    """
    worker = partial(targets_report, fmt=fmt, encoding=encoding, max_bytes=max_bytes,
                     strict_encoding=strict_encoding,
                     several=several_inputs(paths))
    return run_files(paths, worker, fmt=fmt, output=output, jobs=jobs)


def targets_report(
    path: str, *, fmt: str, encoding: str | None, max_bytes: int, several: bool = False,
    strict_encoding: bool = False,
) -> FileReport:
    """List the targets of one notice in ``fmt`` (runs in a worker process)."""
    found = target_list(parse_file(path, encoding, max_bytes=max_bytes,
                                   strict_encoding=strict_encoding))
    return FileReport(render_as(fmt, path, partial(render_targets, found), several))
