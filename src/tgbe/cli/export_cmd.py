"""``tgbe export --by-unit``: the 工作台账, one sheet (xlsx) or CSV file per unit."""

from __future__ import annotations

import click

from tgbe.cli.common import (
    alias_file_option,
    encoding_option,
    ledger_option,
    read_ledger,
    read_notice,
)
from tgbe.render.workbook import unit_rows, write_csv_folder, write_xlsx


@click.command()
@click.argument("notice_file", metavar="NOTICE", type=str)
@click.option("--by-unit", is_flag=True, required=True,
              help="One sheet (xlsx) or CSV file (csv) per unit.")
@click.option("-f", "--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx",
              show_default=True, help="xlsx workbook, or a folder of CSV files.")
@click.option("-o", "--output", metavar="PATH", required=True,
              help="The workbook (xlsx) or folder (csv) to write, atomically.")
@ledger_option
@encoding_option
@alias_file_option
def export(notice_file: str, by_unit: bool, fmt: str, output: str, ledger: str | None,
           encoding: str | None, strict_encoding: bool, alias_file: str | None) -> int:
    """Write the work ledger of NOTICE by unit, with statuses from --ledger."""
    notice, _ = read_notice(notice_file, encoding, alias_file, strict_encoding=strict_encoding)
    sheets = unit_rows(notice, read_ledger(ledger, notice))
    if fmt == "xlsx":
        write_xlsx(sheets, output)
    else:
        write_csv_folder(sheets, output)
    return 0
