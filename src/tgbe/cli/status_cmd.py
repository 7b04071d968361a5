"""``tgbe status``: start and check the progress ledger (工作台账) of a notice."""

from __future__ import annotations

from pathlib import Path

import click

from tgbe.cli.common import (
    alias_file_option,
    encoding_option,
    format_option,
    output_option,
    read_notice,
)
from tgbe.infra.i18n import tr
from tgbe.infra.output import emit
from tgbe.render.serialize import to_json
from tgbe.render.sheet import csv_text, headers
from tgbe.track.ledger import ledger_template, load_ledger


@click.group(invoke_without_command=True)
@click.pass_context
def status(ctx: click.Context) -> None:
    """Progress ledger (工作台账): init writes one, check validates it."""
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@status.command("init")
@click.argument("notice_file", metavar="NOTICE", type=str)
@output_option
@click.option("--force", is_flag=True, help="Overwrite an existing -o file.")
@encoding_option
@alias_file_option
def init(notice_file: str, output: str | None, force: bool, encoding: str | None,
         alias_file: str | None) -> int:
    """Print (or write with -o) a ledger listing every measure of NOTICE as todo."""
    if output and output != "-" and Path(output).exists() and not force:
        raise click.UsageError(f"{output} exists; use --force to overwrite it")
    notice, _ = read_notice(notice_file, encoding, alias_file)
    emit(ledger_template(notice), output)
    return 0


@status.command("check")
@click.argument("notice_file", metavar="NOTICE", type=str)
@click.argument("ledger_file", metavar="LEDGER", type=str)
@format_option("text", "json", "csv")
@output_option
@encoding_option
@alias_file_option
def check_ledger(notice_file: str, ledger_file: str, fmt: str, output: str | None,
                 encoding: str | None, alias_file: str | None) -> int:
    """Validate LEDGER against NOTICE and count entries by status (the file is not changed)."""
    notice, _ = read_notice(notice_file, encoding, alias_file)
    ledger = load_ledger(ledger_file, notice)
    if fmt == "json":
        emit(to_json(ledger), output)
        return 0
    if fmt == "csv":
        rows = ledger.counts().items()
        emit(csv_text(headers("status", "count"), rows), output, bom=True)
        return 0
    counts = tr("list.separator").join(tr("ledger.count", status=name, n=count)
                                       for name, count in ledger.counts().items())
    emit(tr("ledger.summary", path=ledger_file, listed=len(ledger.root),
            measures=len(notice.measures()), counts=counts), output)
    return 0
