"""``tgbe units``: every unit of a notice with its aliases, measures and first deadline."""

from __future__ import annotations

import click

from tgbe.cli.common import (
    alias_file_option,
    encoding_option,
    format_option,
    output_option,
    read_notice,
)
from tgbe.output import emit
from tgbe.render.units import render_units
from tgbe.unit_summary import summarise_units


@click.command()
@click.argument("notice_file", metavar="NOTICE", type=str)
@format_option("table", "json", "csv")
@output_option
@encoding_option
@alias_file_option
def units(notice_file: str, fmt: str, output: str | None, encoding: str | None,
          alias_file: str | None) -> int:
    """List every unit of NOTICE (canonical name), the names it is written with, how many
    measures it leads and is responsible for, and its earliest deadline."""
    notice, _ = read_notice(notice_file, encoding, alias_file)
    emit(render_units(summarise_units(notice), fmt), output)
    return 0
