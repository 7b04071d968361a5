"""``tgbe parse``: a notice as a table, JSON or YAML."""

from __future__ import annotations

import click

from tgbe.api import parse_file
from tgbe.cli.common import encoding_option, format_option, output_option, report_diagnostics
from tgbe.output import emit
from tgbe.render.notice import render_notice


@click.command()
@click.argument("file", type=str)
@format_option("table", "json", "yaml")
@output_option
@encoding_option
def parse(file: str, fmt: str, output: str | None, encoding: str | None) -> int:
    """Parse FILE (``-`` for stdin) into typed data: notice, indicators, measures."""
    notice = parse_file(file, encoding)
    emit(render_notice(notice, fmt), output)
    report_diagnostics(notice)
    return 0
