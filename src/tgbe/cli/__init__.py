"""Command-line interface: a thin click layer over the library.

Each subcommand lives in its own module and is imported only when it runs, so that
``tgbe parse -f json`` does not pay for rich, openpyxl or rapidfuzz.  The list below is
the one place commands are registered; their one-line summaries, in Chinese and English,
are the ``cmd.NAME`` messages of :mod:`tgbe.infra.messages`.  Every command gets
``--lang`` and ``--color`` here (:func:`tgbe.cli.common.add_common_options`).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from tgbe.cli.common import (
    add_common_options,
    color_option,
    guarded,
    lang_option,
    reset_error_limit,
    running,
)
from tgbe.infra.i18n import choose_lang, resolve_lang, tr
from tgbe.infra.perf import end_start_up, hard_exit
from tgbe.infra.signals import stop_on_sigterm
from tgbe.infra.terminal import restore

# name -> (module, attribute)
COMMANDS: dict[str, tuple[str, str]] = {
    "crossdup": ("tgbe.cli.crossdup_cmd", "crossdup"),
    "diff": ("tgbe.cli.diff_cmd", "diff"),
    "parse": ("tgbe.cli.parse_cmd", "parse"),
    "schema": ("tgbe.cli.schema_cmd", "schema"),
    "status": ("tgbe.cli.status_cmd", "status"),
    "list": ("tgbe.cli.list_cmd", "list_measures"),
    "units": ("tgbe.cli.units_cmd", "units"),
    "export": ("tgbe.cli.export_cmd", "export"),
    "check-deadlines": ("tgbe.cli.check_deadlines_cmd", "check_deadlines"),
    "targets": ("tgbe.cli.targets_cmd", "targets"),
    "lint": ("tgbe.cli.lint_cmd", "lint"),
    "rules": ("tgbe.cli.rules_cmd", "rules"),
    "explain": ("tgbe.cli.explain_cmd", "explain"),
    "report": ("tgbe.cli.report_cmd", "report"),
    "help": ("tgbe.cli.help", "help_command"),
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when it is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Names of all registered subcommands."""
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import and return the subcommand ``cmd_name`` (with ``--lang`` and ``--color``)."""
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module_name), attribute)
        if not getattr(command, "_tgbe_ready", False):
            from tgbe.cli.help import tidy

            add_common_options(command)
            tidy(command)
            command._tgbe_ready = True  # type: ignore[attr-defined]
        end_start_up()  # the console script's start-up is over once its command is loaded
        return command

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """The subcommand to run, its help in the language asked for on the command line."""
        name, command, rest = super().resolve_command(ctx, args)
        if name and command is not None:
            from tgbe.cli.help import lang_in_args, localised

            running(f"{ctx.command_path} {name}")
            command = localised(command, name, resolve_lang(lang_in_args(rest)))
        return name, command, rest

    def main(  # type: ignore[override]
        self, args: list[str] | None = None, prog_name: str | None = None,
        standalone_mode: bool = True, **extra: Any,
    ) -> int:
        """Run the CLI; errors become one-line messages and exit codes 0/1/2."""
        from tgbe.cli.help import lang_in_args

        # --lang as written, for a usage error click finds before it reads --lang
        choose_lang(lang_in_args(sys.argv[1:] if args is None else list(args)))
        restore()
        reset_error_limit()
        running(prog_name or "tgbe")
        code = guarded(
            lambda: super(LazyGroup, self).main(
                args=args, prog_name=prog_name or "tgbe", standalone_mode=False, **extra
            )
        )
        if standalone_mode:
            sys.exit(code)
        return code

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The description and exit codes, in the run's language."""
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(tr("help.title"))
            formatter.write_paragraph()
            formatter.write_text(tr("help.exit_codes"))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Subcommands with their summaries (Chinese under zh, else English and Chinese)."""
        zh = resolve_lang() == "zh"

        def summary(name: str) -> str:
            if zh:
                return tr(f"cmd.{name}", "zh")
            return f"{tr(f'cmd.{name}', 'en')} {tr(f'cmd.{name}', 'zh')}"

        with formatter.section("Commands"):
            formatter.write_dl([(name, summary(name)) for name in sorted(COMMANDS)])

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The group's options (in Chinese under zh), then the subcommands."""
        from tgbe.cli.help import localised

        view = localised(click.Command("tgbe", params=self.get_params(ctx)), "tgbe",
                         resolve_lang())
        rows = [record for param in view.params
                if (record := param.get_help_record(ctx)) is not None]
        with formatter.section("Options"):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)

    def get_help(self, ctx: click.Context) -> str:
        """The help page, with click's own headings in Chinese under zh."""
        from tgbe.cli.help import chinese_words

        text = super().get_help(ctx)
        return chinese_words(text) if resolve_lang() == "zh" else text


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             invoke_without_command=True)
@click.version_option(None, "-V", "--version", package_name="tgbe")
@lang_option
@color_option
@click.pass_context
def cli(ctx: click.Context, lang: str | None) -> None:
    """tgbe — parse and check business-environment notices (营商环境提升举措)."""
    if ctx.invoked_subcommand is None:  # bare ``tgbe``: the help, exit 0 (like git)
        click.echo(ctx.get_help())


def main() -> None:
    """Console-script entry point: run, flush the output, and end without heap teardown.

    SIGTERM stops the run like Ctrl-C (temp files removed, exit 143).
    """
    stop_on_sigterm()
    hard_exit(cli.main(prog_name="tgbe", standalone_mode=False))
