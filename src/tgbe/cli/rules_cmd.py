"""``tgbe rules``: every registered lint rule, as a table, JSON or the Markdown reference."""

from __future__ import annotations

import click

from tgbe.cli.common import format_option, lang_option, output_option
from tgbe.infra.output import emit


@click.command()
@format_option("table", "json", "md")
@lang_option
@output_option
def rules(fmt: str, lang: str | None, output: str | None) -> int:
    """List every lint rule: code, name, group, default severity and what it finds.

    With -f md: the full rule reference in Markdown (docs/reference/rules.md, written by
    make docs), headings in the language of --lang.
    """
    if fmt == "md":
        from tgbe.infra.i18n import resolve_lang
        from tgbe.lint.rules.registry import RULES
        from tgbe.render.rule_docs import rule_reference

        emit(rule_reference(RULES, resolve_lang(lang)), output)
        return 0
    from tgbe.infra.i18n import resolve_lang
    from tgbe.lint.rules.catalog import catalog

    listing = catalog(resolve_lang(lang))
    if fmt == "json":
        emit(listing.model_dump_json(indent=2), output)
        return 0
    from rich.table import Table

    from tgbe.infra.i18n import count_of
    from tgbe.render.console import render_to_text
    from tgbe.render.sheet import headers
    from tgbe.render.wrapped import Wrapped

    table = Table(title=count_of(len(listing.rules), "count.rule"), title_justify="left")
    for column in headers("code", "name", "group", "severity", "summary"):
        table.add_column(column)
    for rule in listing.rules:
        table.add_row(rule.code, Wrapped(rule.name), rule.group, rule.severity.value,
                      Wrapped(rule.summary))
    emit(render_to_text(table), output)
    return 0
