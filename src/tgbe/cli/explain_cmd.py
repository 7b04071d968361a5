"""``tgbe explain CODE``: one lint rule's documentation and options."""

from __future__ import annotations

import json

import click

from tgbe.cli.common import format_option, output_option
from tgbe.infra.i18n import resolve_lang, tr, translated
from tgbe.infra.output import emit


@click.command()
@click.argument("code")
@format_option("text", "json")
@output_option
def explain(code: str, fmt: str, output: str | None) -> int:
    """Print the documentation of rule CODE (a code such as PUN001 or a name)."""
    from tgbe.lint.rules.catalog import rule_info
    from tgbe.lint.rules.registry import rule_by_code
    from tgbe.lint.rules.selection import suggest

    rule = rule_by_code(code)
    if rule is None:
        raise click.UsageError(tr("usage.unknown_rule", code=code,
                                  hint=translated("error", suggest(code))),
                               ctx=click.get_current_context())
    info = rule_info(rule, resolve_lang())
    if fmt == "json":
        emit(info.model_dump_json(indent=2), output)
        return 0
    lines = [tr("explain.head", code=info.code, name=info.name, group=info.group,
                severity=info.severity.value), "", info.documentation, ""]
    if info.options:
        lines.append(tr("explain.options"))
        lines.extend(f"  {option.name} = {json.dumps(option.default, ensure_ascii=False)}"
                     f"  ({option.type})" for option in info.options)
    else:
        lines.append(tr("explain.no_options"))
    if info.parser_diagnostics:
        lines.append(tr("explain.parser", codes=", ".join(info.parser_diagnostics)))
    emit("\n".join(lines) + "\n", output)
    return 0
