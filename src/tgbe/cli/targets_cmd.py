"""``tgbe targets``: the quantitative targets of a notice as a table, JSON or CSV."""

from __future__ import annotations

import click

from tgbe.api import parse_file
from tgbe.cli.common import encoding_option, format_option, output_option
from tgbe.output import emit
from tgbe.render.targets import render_targets
from tgbe.target_list import target_list


@click.command()
@click.argument("file", type=str)
@format_option("table", "json", "csv")
@output_option
@encoding_option
def targets(file: str, fmt: str, output: str | None, encoding: str | None) -> int:
    """List the quantitative targets (metric, comparator, value, unit) of FILE.

    Targets come from indicator summaries (shown as "N 概述") and measure texts ("N.M").
    Exit 0 (also when there are none), 2 when FILE cannot be read or parsed.
    """
    notice = parse_file(file, encoding)
    emit(render_targets(target_list(notice), fmt), output)
    return 0
