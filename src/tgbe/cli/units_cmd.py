"""``tgbe units``: every unit of a notice with its aliases, measures and first deadline."""

from __future__ import annotations

from functools import partial

import click

from tgbe.cli.common import (
    FileReport,
    alias_file_option,
    format_option,
    notice_inputs,
    output_option,
    read_notice,
    render_as,
    run_files,
    several_inputs,
)
from tgbe.render.units import render_units
from tgbe.track.unit_summary import summarise_units


@click.command()
@notice_inputs
@format_option("table", "json", "jsonl", "csv")
@output_option
@alias_file_option
def units(paths: tuple[str, ...], fmt: str, output: str | None, encoding: str | None,
          strict_encoding: bool, jobs: int | None, max_bytes: int, alias_file: str | None) -> int:
    """List every unit of each notice (canonical name), the names it is written with, how
    many measures it leads and is responsible for, and its earliest deadline.

    PATH is a file (- for stdin), a directory or a glob; with several files -f json prints
    an array, -f jsonl one object per line and -f csv one table with a path column.  A file
    that cannot be read is reported and the others are still listed (exit 2 at the end).
    """
    worker = partial(units_report, fmt=fmt, encoding=encoding, alias_file=alias_file,
                     strict_encoding=strict_encoding, max_bytes=max_bytes,
                     several=several_inputs(paths))
    return run_files(paths, worker, fmt=fmt, output=output, jobs=jobs)


def units_report(path: str, *, fmt: str, encoding: str | None, alias_file: str | None,
                 max_bytes: int, several: bool = False, strict_encoding: bool = False
                 ) -> FileReport:
    """Summarise the units of one notice in ``fmt`` (runs in a worker process)."""
    notice, _ = read_notice(path, encoding, alias_file, max_bytes,
                            strict_encoding=strict_encoding, targets=False)
    return FileReport(render_as(fmt, path, partial(render_units, summarise_units(notice)),
                                several))
