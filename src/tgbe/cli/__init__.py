"""Command-line interface: a thin click layer over the library.

Each subcommand lives in its own module and is imported only when it runs, so that
``tgbe parse -f json`` does not pay for rich, openpyxl or rapidfuzz.  The list below is
the one place commands are registered.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from tgbe.cli.common import guarded
from tgbe.infra.perf import hard_exit
from tgbe.infra.signals import stop_on_sigterm

# name -> (module, attribute, one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "crossdup": ("tgbe.cli.crossdup_cmd", "crossdup", "Find measures shared between notices."),
    "diff": ("tgbe.cli.diff_cmd", "diff", "Compare two editions of a notice."),
    "parse": ("tgbe.cli.parse_cmd", "parse", "Parse a notice into typed data."),
    "schema": ("tgbe.cli.schema_cmd", "schema", "Print the JSON Schema of tgbe's outputs."),
    "status": ("tgbe.cli.status_cmd", "status", "Start or check a progress ledger (工作台账)."),
    "list": ("tgbe.cli.list_cmd", "list_measures", "List measures by unit, indicator, deadline."),
    "units": ("tgbe.cli.units_cmd", "units", "List every unit with its aliases and measures."),
    "export": ("tgbe.cli.export_cmd", "export", "Write the work ledger by unit (xlsx or CSV)."),
    "check-deadlines": ("tgbe.cli.check_deadlines_cmd", "check_deadlines",
                        "Report overdue and due-soon measures (exit 1 when overdue)."),
    "targets": ("tgbe.cli.targets_cmd", "targets", "List the quantitative targets of a notice."),
    "lint": ("tgbe.cli.lint_cmd", "lint", "Check notices for problems a reviewer would catch."),
    "rules": ("tgbe.cli.rules_cmd", "rules", "List the lint rules."),
    "explain": ("tgbe.cli.explain_cmd", "explain", "Explain one lint rule."),
    "report": ("tgbe.cli.report_cmd", "report",
               "Write the progress report (HTML, Word bulletin, Markdown)."),
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Names of all registered subcommands."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import and return the subcommand ``cmd_name``."""
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute, _ = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        return command

    def main(  # type: ignore[override]
        self, args: list[str] | None = None, prog_name: str | None = None,
        standalone_mode: bool = True, **extra: Any,
    ) -> int:
        """Run the CLI; errors become one-line messages and exit codes 0/1/2."""
        code = guarded(
            lambda: super(LazyGroup, self).main(
                args=args, prog_name=prog_name or "tgbe", standalone_mode=False, **extra
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List subcommands with their short help, without importing them."""
        rows = [(name, COMMANDS[name][2]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tgbe")
def cli() -> None:
    """tgbe — parse and check business-environment notices (营商环境提升举措).

    Exit codes: 0 clean, 1 findings, 2 usage, input or parse error.
    """


def main() -> None:
    """Console-script entry point: run, flush the output, and end without heap teardown.

    SIGTERM stops the run like Ctrl-C (temp files removed, exit 143).
    """
    stop_on_sigterm()
    hard_exit(cli.main(prog_name="tgbe", standalone_mode=False))
