"""``tgbe export``: the 工作台账 workbook units fill in (总表 + one sheet per unit), or CSV."""

from __future__ import annotations

import os

import click

from tgbe.cli.common import (
    alias_file_option,
    checked_output,
    encoding_option,
    ledger_option,
    read_ledger,
    read_notice,
)
from tgbe.infra.clock import DEFAULT_TZ, TODAY_ENV, resolve_today
from tgbe.render.workbook import write_csv_folder, write_xlsx
from tgbe.track.query import UnknownName, resolve_unit
from tgbe.track.worklist import worklist


@click.command()
@click.argument("notice_file", metavar="NOTICE", type=str)
@click.option("--by-unit", is_flag=True, hidden=True,
              help="One sheet per unit (the default; kept for older scripts).")
@click.option("-f", "--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx",
              show_default=True, help="xlsx workbook, or a folder of CSV files.")
@click.option("-o", "--output", metavar="PATH", required=True,
              help="The workbook (xlsx) or folder (csv) to write, atomically.")
@click.option("--unit", metavar="NAME", default=None,
              help="Only this unit's sheet (any alias): the workbook to send it.")
@click.option("--collectives", is_flag=True,
              help="Also give collective phrases (各相关单位) sheets of their own.")
@click.option("--today", metavar="YYYY-MM-DD", default=None,
              help=f"The day overdue rows are marked against (default: ${TODAY_ENV}, "
                   "else today in Asia/Shanghai).")
@ledger_option
@encoding_option
@alias_file_option
@checked_output
def export(notice_file: str, by_unit: bool, fmt: str, output: str, unit: str | None,
           collectives: bool, today: str | None, ledger: str | None, encoding: str | None,
           strict_encoding: bool, alias_file: str | None) -> int:
    """Write the work ledger of NOTICE by unit, with statuses from --ledger.

    The xlsx workbook has a 总表 summary sheet, then one sheet per unit for it to fill in
    (状态, 进展情况, 佐证材料, 更新日期) and return to ``tgbe status import``.
    """
    try:
        day = resolve_today(today, os.environ.get(TODAY_ENV), DEFAULT_TZ)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    notice, table = read_notice(notice_file, encoding, alias_file,
                                strict_encoding=strict_encoding, targets=False)
    works = worklist(notice, read_ledger(ledger, notice), day, collectives or unit is not None)
    if unit is not None:
        try:
            chosen = resolve_unit(notice, unit, table)
        except UnknownName as error:
            raise click.UsageError(str(error)) from None
        works = [work for work in works if work.unit in chosen]
    if fmt == "xlsx":
        write_xlsx(works, notice, output)
    else:
        write_csv_folder(works, output)
    return 0
