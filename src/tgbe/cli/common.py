"""Shared CLI pieces: options used by several commands and the error guard."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tgbe.errors import TgbeError

if TYPE_CHECKING:
    from tgbe.ledger import Ledger
    from tgbe.models import Notice
    from tgbe.units import AliasTable

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])


def _safe(text: str) -> str:
    """Text with control characters (terminal escapes) replaced, for printing."""
    return "".join(char if char.isprintable() or char == "\t" else "\ufffd" for char in text)


def report_error(error: TgbeError) -> None:
    """Print every problem of ``error`` as ``FILE:LINE:COL: error: …`` plus its source line."""
    for problem in error.problems:
        click.echo(_safe(problem.format()), err=True)
        if problem.source_line:
            click.echo("    " + _safe(problem.source_line.rstrip()), err=True)


def report_diagnostics(notice: Notice) -> None:
    """Print the parser's recoverable problems to stderr as ``FILE:LINE:COL: warning: …``."""
    for diagnostic in notice.diagnostics:
        span = diagnostic.span
        click.echo(
            _safe(f"{notice.source.path}:{span.start_line}:{span.start_column}: "
                  f"{diagnostic.severity.value}: {diagnostic.message} [{diagnostic.code}]"),
            err=True,
        )


def guarded(run: Callable[[], Any]) -> int:
    """Run a click command; map errors to one-line messages and exit codes 0/1/2."""
    try:
        result = run()
    except TgbeError as error:
        report_error(error)
        return EXIT_ERROR
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx else "tgbe"
        click.echo(f"{command}: error: {_safe(error.format_message())}", err=True)
        return EXIT_ERROR
    except click.ClickException as error:
        click.echo(f"tgbe: error: {_safe(error.format_message())}", err=True)
        return EXIT_ERROR
    except click.Abort:
        click.echo("tgbe: interrupted", err=True)
        return EXIT_ERROR
    except KeyboardInterrupt:
        click.echo("tgbe: interrupted", err=True)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # never a traceback, never exit 0 after a crash
        click.echo(f"tgbe: internal error: {type(error).__name__}: {_safe(str(error))}", err=True)
        return EXIT_ERROR
    return int(result or 0)


def encoding_option(function: F) -> F:
    """``--encoding``: override the detected input encoding."""
    return click.option(
        "--encoding", metavar="CODEC", default=None,
        help="Input encoding (default: BOM, UTF-8, then GB18030 detected).",
    )(function)


def output_option(function: F) -> F:
    """``-o/--output``: write atomically to a file instead of stdout."""
    return click.option(
        "-o", "--output", metavar="FILE", default=None,
        help="Write to FILE atomically instead of standard output.",
    )(function)


def format_option(*choices: str, default: str | None = None) -> Callable[[F], F]:
    """``-f/--format`` with the given choices (the first is the default)."""
    return click.option(
        "-f", "--format", "fmt", type=click.Choice(choices), default=default or choices[0],
        show_default=True, help="Output format.",
    )


def alias_file_option(function: F) -> F:
    """``--alias-file``: a YAML file of extra unit aliases (canonical name -> variants)."""
    return click.option(
        "--alias-file", metavar="FILE", default=None,
        help="YAML file of extra unit aliases: canonical name -> [variants].",
    )(function)


def lang_option(function: F) -> F:
    """``--lang``: the language of messages to people (default from LANG)."""
    return click.option(
        "--lang", type=click.Choice(["zh", "en"]), default=None,
        help="Language of messages (default: from LANG).",
    )(function)


def ledger_option(function: F) -> F:
    """``--ledger``: the progress ledger (YAML) giving each measure's status."""
    return click.option(
        "--ledger", metavar="FILE", default=None,
        help="Progress ledger (YAML): status, date, new_deadline per measure id.",
    )(function)


def read_notice(
    file: str, encoding: str | None, alias_file: str | None
) -> tuple[Notice, AliasTable]:
    """Parse ``file`` with the shipped unit aliases extended by ``alias_file``."""
    from tgbe.aliasfile import alias_table
    from tgbe.api import parse_file

    table = alias_table(alias_file)
    return parse_file(file, encoding, aliases=table), table


def read_ledger(path: str | None, notice: Notice) -> Ledger | None:
    """The ledger at ``path`` checked against ``notice`` (``None`` without a path)."""
    from tgbe.ledger import load_ledger

    return load_ledger(path, notice) if path else None
