"""``tgbe schema``: the JSON Schema of an output, generated from the models."""

from __future__ import annotations

from pathlib import Path

import click

from tgbe.infra.output import emit
from tgbe.render.schema import SCHEMAS, schema_text


@click.command()
@click.argument("name", type=click.Choice(sorted(SCHEMAS)), default="notice")
@click.option("--all", "write_all", is_flag=True, help="Write every schema into the -o folder.")
@click.option("-o", "--output", metavar="PATH", default=None, help="File (or folder with --all).")
def schema(name: str, write_all: bool, output: str | None) -> int:
    """Print the JSON Schema of NAME (default: notice, the output of ``tgbe parse -f json``)."""
    if write_all:
        folder = Path(output or "schemas")
        for each in SCHEMAS:
            emit(schema_text(each), str(folder / f"{each}.schema.json"))
        return 0
    emit(schema_text(name), output)
    return 0
