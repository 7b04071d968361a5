"""Shared CLI pieces: options used by several commands and the error guard."""

from __future__ import annotations

import contextlib
import functools
import inspect
import io
import json
import math
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import click

from tgbe.cli.batch import Outcome, expand_inputs, run_batch
from tgbe.errors import Problem, TgbeError
from tgbe.infra.i18n import choose_lang, resolve_lang, tr, translated
from tgbe.infra.output import emit_stream
from tgbe.infra.signals import EXIT_TERMINATED, Terminated
from tgbe.infra.terminal import COLOR_CHOICES, choose_color, writing_to_file
from tgbe.read.limits import DEFAULT_MAX_PAGES, MAX_PAGES_VARIABLE
from tgbe.read.reader import DEFAULT_MAX_BYTES, STDIN_NAME
from tgbe.render.safe import safe_text

if TYPE_CHECKING:
    from tgbe.models import FailedInput, Notice
    from tgbe.parse.layout import ParseLayout
    from tgbe.parse.units import AliasTable
    from tgbe.track.ledger import Ledger

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
F = TypeVar("F", bound=Callable[..., Any])
R = TypeVar("R")


# The subcommand being run, for usage errors click raises without a context.
_RUNNING: list[str] = []


def running(command_path: str) -> None:
    """Record the command being run (``tgbe list``), named by usage errors."""
    _RUNNING[:] = [command_path]


# The run's --max-diagnostics (None: --all) for the errors it reports; empty: the default.
_ERROR_LIMIT: list[int | None] = []


def limit_errors(limit: int | None) -> None:
    """Report at most ``limit`` errors per code per file from now on (``None``: all)."""
    _ERROR_LIMIT[:] = [limit]


def reset_error_limit() -> None:
    """Back to the default limit (at the start of each run)."""
    _ERROR_LIMIT.clear()


def report_error(error: TgbeError) -> None:
    """Print the problems of ``error`` as ``FILE:LINE:COL: error: …`` plus the source line.

    At most the run's ``--max-diagnostics`` (default: 20) per code per file, then one
    ``… and N more`` line.
    """
    from tgbe.infra.caps import DEFAULT_MAX_DIAGNOSTICS, capped, omitted_lines

    limit = _ERROR_LIMIT[0] if _ERROR_LIMIT else DEFAULT_MAX_DIAGNOSTICS
    shown, omitted = capped(error.problems, lambda problem: (problem.path, problem.code),
                            limit)
    for problem in shown:
        click.echo(safe_text(problem.format(resolve_lang())), err=True)
        if problem.source_line:
            click.echo("    " + safe_text(problem.source_line.rstrip()), err=True)
    for line in omitted_lines(omitted, "error", resolve_lang()):
        click.echo(safe_text(line), err=True)


def diagnostic_lines(
    path: str, diagnostics: Iterable[Mapping[str, Any]], limit: int | None = None
) -> tuple[str, ...]:
    """The parser's recoverable problems as ``FILE:LINE:COL: warning: … [code]`` lines.

    At most ``limit`` per code, then one ``… and N more`` line per code (``None``: all).
    """
    from tgbe.infra.caps import capped, omitted_lines

    shown, omitted = capped(diagnostics, lambda item: (path, str(item["code"])), limit)
    return tuple(_diagnostic_line(path, item) for item in shown) + tuple(
        safe_text(line) for line in omitted_lines(omitted, "warning", resolve_lang()))


def _diagnostic_line(path: str, item: Mapping[str, Any]) -> str:
    span, code = item["span"], item["code"]
    severity = tr("cli." + str(item["severity"]))
    message = translated("diag." + code, item["message"])
    return safe_text(f"{path}:{span['start_line']}:{span['start_column']}: {severity}: "
                     f"{message} [{code}]")
def diagnostics_limit_options(function: F) -> F:
    """``--max-diagnostics N`` (per code per file, default 20) and ``--all``.

    The command receives ``max_diagnostics``: ``None`` with ``--all``.  The limit also
    applies to the errors the run reports (:func:`report_error`).
    """
    return _limit_options(function, expose=True)


def error_limit_options(function: F) -> F:
    """``--max-diagnostics N`` and ``--all`` for a command whose only diagnostics are the
    errors it reports (a ledger's unknown ids): they set :func:`report_error`'s limit."""
    return _limit_options(function, expose=False)


def _limit_options(function: F, *, expose: bool) -> F:
    from tgbe.infra.caps import DEFAULT_MAX_DIAGNOSTICS

    # Either option may be processed first (click follows the command line's order).
    def limit(ctx: click.Context, _: click.Parameter, value: int) -> int | None:
        chosen = None if ctx.meta.get("tgbe.show_all") else value
        limit_errors(chosen)
        return chosen

    def show_all(ctx: click.Context, _: click.Parameter, everything: bool) -> None:
        if everything:
            ctx.meta["tgbe.show_all"] = True
            limit_errors(None)
            if expose:
                ctx.params["max_diagnostics"] = None

    function = click.option(
        "--all", "show_all", is_flag=True, expose_value=False, callback=show_all,
        help="Show every diagnostic (JSON output keeps all of them).",
    )(function)
    return click.option(
        "--max-diagnostics", type=click.IntRange(min=1), default=DEFAULT_MAX_DIAGNOSTICS,
        show_default=True, metavar="N", expose_value=expose, callback=limit,
        help="Show at most N diagnostics of each code per file, then a count.",
    )(function)


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
        command = error.ctx.command_path if error.ctx else (_RUNNING or ["tgbe"])[0]
        message = translated("usage", error.format_message())
        click.echo(f"{command}: {tr('cli.error')}: {safe_text(message)}", err=True)
        return EXIT_ERROR
    except click.ClickException as error:
        message = translated("usage", error.format_message())
        click.echo(f"tgbe: {tr('cli.error')}: {safe_text(message)}", err=True)
        return EXIT_ERROR
    except (click.Abort, KeyboardInterrupt) as stop:  # Abort: click's word for Ctrl-C
        return _stopped(stop)
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # never a traceback, never exit 0 after a crash
        message = f"{type(error).__name__}: {error}"
        click.echo(f"tgbe: {tr('cli.internal_error')}: {safe_text(message)}", err=True)
        return EXIT_ERROR
    return int(result or 0)


def _stopped(stop: BaseException) -> int:
    """Ctrl-C (exit 130; 2 when click caught it) or SIGTERM (exit 143), said on stderr."""
    cause = stop.__cause__ if isinstance(stop, click.Abort) else stop
    if isinstance(cause, Terminated):
        click.echo(f"tgbe: {tr('cli.terminated')}", err=True)
        return EXIT_TERMINATED
    click.echo(f"tgbe: {tr('cli.interrupted')}", err=True)
    return EXIT_ERROR if isinstance(stop, click.Abort) else 130


def encoding_option(function: F) -> F:
    """``--encoding`` (override the detected input encoding) and ``--strict-encoding``."""
    function = click.option(
        "--strict-encoding", is_flag=True, default=False,
        help="Refuse a file with undecodable bytes instead of reading them as U+FFFD.",
    )(function)
    return click.option(
        "--encoding", metavar="CODEC", default=None,
        help="Input encoding (default: BOM, UTF-8, then GB18030 or Big5 detected).",
    )(function)


def record_output(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Callback of ``-o``: note that output goes to a file (no colour there)."""
    writing_to_file(value is not None and value != "-")
    return value


def output_option(function: F) -> F:
    """``-o/--output``: write atomically to a file instead of stdout (checked, ``--force``)."""
    return click.option(
        "-o", "--output", metavar="FILE", default=None, callback=record_output,
        help="Write to FILE atomically instead of standard output.",
    )(checked_output(function))


def checked_output(function: F) -> F:
    """Add ``--force`` and refuse an ``output`` that would destroy an input or a read-only file.

    Before the command runs: an ``-o`` that is the same file as any file the command reads
    (its paths, expanded; its notice, ledger, alias or baseline file) is a usage error, and
    so is replacing a read-only file unless ``--force`` is given.  The command receives
    ``force`` only when it has a parameter of that name.
    """
    takes_force = "force" in inspect.signature(function).parameters

    @functools.wraps(function)
    def run(*args: Any, **kwargs: Any) -> Any:
        force = kwargs["force"] if takes_force else kwargs.pop("force")
        refuse_output_clash(kwargs.get("output"), kwargs, force)
        return function(*args, **kwargs)

    return cast(F, click.option(
        "--force", is_flag=True, help="Replace the -o file even if it exists read-only.",
    )(run))


def refuse_output_clash(output: str | None, params: Mapping[str, Any], force: bool) -> None:
    """A usage error when ``output`` is one of the input files named in ``params``, or a
    read-only file and not ``force``."""
    if not output or output == STDIN_NAME or not os.path.lexists(output):
        return
    for name in _input_files(params):
        with contextlib.suppress(OSError):
            if os.path.samefile(name, output):
                raise click.UsageError(tr("usage.output_is_input", output=output, name=name))
    if os.path.isfile(output) and not force and not _writable(output):
        raise click.UsageError(tr("usage.output_read_only", output=output))


def _input_files(params: Mapping[str, Any]) -> Iterator[str]:
    """Every existing file a command's parameters name (``paths`` expanded)."""
    for key, value in params.items():
        if key == "output":
            continue
        if key == "paths":
            yield from expand_inputs(value)
        elif isinstance(value, str) and os.path.isfile(value):
            yield value


def _writable(path: str) -> bool:
    """Whether ``path`` may be written: by permission and by its mode (root ignores modes)."""
    return os.access(path, os.W_OK) and bool(os.stat(path).st_mode & 0o222)


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


def _choose_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value:
        choose_lang(value)
    return value


def _choose_color(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value:
        choose_color(value)
    return value


_LANG: dict[str, Any] = {
    "type": click.Choice(["zh", "en"]), "default": None, "is_eager": True,
    "callback": _choose_lang,
    "help": "Language of messages: zh or en (default: $TGBE_LANG, else the locale).",
}
_COLOR: dict[str, Any] = {
    "type": click.Choice(COLOR_CHOICES), "default": None, "expose_value": False,
    "callback": _choose_color,
    "help": "Colour: auto (on a terminal; NO_COLOR, FORCE_COLOR honoured), always or never.",
}


def lang_option(function: F) -> F:
    """``--lang zh|en``, passed to the command: the language of every message.

    Commands that do not use the value get the option from :func:`add_common_options`.
    """
    return click.option("--lang", **_LANG)(function)


def color_option(function: F) -> F:
    """``--color auto|always|never``: escape codes only on a terminal by default."""
    return click.option("--color", **_COLOR)(function)


def add_common_options(command: click.Command) -> None:
    """Give ``command`` (and its subcommands) ``--lang`` and ``--color`` if it lacks them."""
    names = {param.name for param in command.params}
    if "lang" not in names:
        command.params.append(click.Option(["--lang"], **{**_LANG, "expose_value": False}))
    if "color" not in names:
        command.params.append(click.Option(["--color"], **_COLOR))
    for sub in getattr(command, "commands", {}).values():
        add_common_options(sub)


def ledger_option(function: F) -> F:
    """``--ledger``: the progress ledger (YAML) giving each measure's status."""
    return click.option(
        "--ledger", metavar="FILE", default=None,
        help="Progress ledger (YAML): status, date, new_deadline per measure id.",
    )(function)


def today_options(function: F) -> F:
    """``--today`` and ``--tz``: the day to check against (see :func:`day_of`)."""
    from tgbe.infra.clock import DEFAULT_TZ, TODAY_ENV

    function = click.option("--tz", "zone", metavar="ZONE", default=DEFAULT_TZ,
                            show_default=True, help="Time zone of the default today.")(function)
    return click.option(
        "--today", metavar="YYYY-MM-DD", default=None,
        help=f"The day to check against (default: ${TODAY_ENV}, else today in --tz).",
    )(function)


def day_of(today: str | None, zone: str) -> date:
    """The day ``--today``/``--tz`` name (else ``TGBE_TODAY``); a usage error when invalid."""
    from tgbe.infra.clock import TODAY_ENV, resolve_today

    try:
        return resolve_today(today, os.environ.get(TODAY_ENV), zone)
    except ValueError as error:
        raise click.UsageError(str(error)) from None


def read_notice(
    file: str, encoding: str | None, alias_file: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES, *, strict_encoding: bool = False, targets: bool = True,
) -> tuple[Notice, AliasTable]:
    """Parse ``file`` with the unit aliases and the taught layout that apply to it.

    The shipped table, extended by the ``aliases`` of the nearest configuration file (as
    ``tgbe lint`` finds it; an invalid file is an error) and then by ``alias_file``; the
    file's ``[parse]`` tables teach labels and deadline phrases.  ``targets=False`` for
    commands that never show targets (they are then not extracted).
    """
    from tgbe.lint.config import config_path_for, load_config
    from tgbe.parse.aliasfile import alias_table
    from tgbe.parse.api import parse_file

    config_file = config_path_for(file)
    config = load_config(config_file) if config_file else None
    table = alias_table(alias_file, config.alias_table() if config else None)
    notice = parse_file(file, encoding, max_bytes=max_bytes, aliases=table,
                        strict_encoding=strict_encoding, layout=config.parse if config else None,
                        targets=targets)
    return notice, table


def taught_layout(file: str) -> ParseLayout | None:
    """The ``[parse]`` tables of the configuration file nearest to ``file`` (``None``: none).

    Only those tables are read and checked, without the lint configuration (and its rules),
    so that ``tgbe parse`` starts fast.
    """
    from tgbe.infra.configfile import config_path_for

    config_file = config_path_for(file)
    if config_file is None:
        return None
    from tgbe.parse.layout import load_layout  # with pydantic: only when there is a file

    return load_layout(config_file)


def read_ledger(path: str | None, notice: Notice) -> Ledger | None:
    """The ledger at ``path`` checked against ``notice`` (``None`` without a path)."""
    from tgbe.track.ledger import load_ledger

    return load_ledger(path, notice) if path else None


# ----------------------------------------------------------------------------------------
# Batch runs: several files, directories and globs; --jobs; --max-bytes; streamed output.

PROGRESS_MIN_FILES = 4  # a progress bar appears when more files than this are read
_MACHINE_FORMATS = frozenset({"json", "jsonl"})
# Formats that carry one result per input, a failed input as its error record.
_RECORD_FORMATS = frozenset({"json", "jsonl", "yaml"})
_TEXT_FORMATS = frozenset({"text", "table"})  # for people: headed by the path among several
_SIZE_SUFFIXES = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3,
                  "gb": 1024**3}
_MAX_SIZE = 1024**4  # a larger limit is a typo (and overflows a read's size)


class FileReport(NamedTuple):
    """What a batch worker returns for one file: its rendered output and its exit code."""

    text: str
    code: int = EXIT_OK
    warnings: tuple[str, ...] = ()  # printed on stderr, e.g. the parser's diagnostics
    # A command-line problem found on this file (a unit the notice lacks): a usage error
    # when it is the only file, else an error for this file while the others go on.
    usage: str = ""


class Framing(NamedTuple):
    """How the outputs of several files are joined into one stream."""

    head: str = ""
    separator: str = ""
    tail: str = ""
    newline: bool = True  # end each file's output with a newline


# Output of several files, by format; a single FILE argument prints its output bare.
FRAMINGS: dict[str, Framing] = {
    "json": Framing("[\n", ",\n", "\n]\n", newline=False),
    "jsonl": Framing(),
    "yaml": Framing("---\n", "---\n"),
    "csv": Framing(),  # one header, a path column: see merged_csv
    "github": Framing(),
}
_TEXT_FRAMING = Framing(separator="\n")


class ByteSize(click.ParamType):  # type: ignore[type-arg]
    """A size in bytes: ``52428800``, ``50M``, ``50MB``, ``512k``."""

    name = "SIZE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> int:
        """Parse a size with an optional k/M/G suffix (powers of 1024)."""
        if isinstance(value, int):
            return value
        text = str(value).strip().lower()
        number = text.rstrip("kmgb")
        multiplier = _SIZE_SUFFIXES.get(text[len(number):])
        digits = number.isascii() and number.isdigit() and len(number) < 20
        if not digits or multiplier is None or not 0 < int(number) * multiplier <= _MAX_SIZE:
            self.fail(tr("usage.size", value=value), param, ctx)
        return int(number) * multiplier


def written_size(size: int) -> str:
    """``size`` as a person writes it: ``50M`` for 52428800, ``512k``, ``1000``."""
    for suffix, multiplier in (("G", 1024**3), ("M", 1024**2), ("k", 1024)):
        if size % multiplier == 0:
            return f"{size // multiplier}{suffix}"
    return str(size)


class NumberRange(click.FloatRange):
    """A float within bounds, and a number: ``nan`` (which compares false to every bound,
    and so passes click's range check) is refused."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None
                ) -> Any:
        """The value as a float within the range; ``nan`` is an error."""
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(tr("usage.number", value=value), param, ctx)
        return number


def jobs_option(function: F) -> F:
    """``-j/--jobs N``: files processed in parallel (default: the number of CPUs)."""
    return click.option(
        "-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
        help="Files processed in parallel (default: number of CPUs).",
    )(function)


def max_bytes_option(function: F) -> F:
    """``--max-bytes SIZE``: refuse larger inputs with a clear error."""
    return click.option(
        "--max-bytes", type=ByteSize(), default=written_size(DEFAULT_MAX_BYTES),
        show_default=True,
        help="Largest input file accepted (k/M/G suffixes allowed).",
    )(function)


def max_pages_option(function: F) -> F:
    """``--max-pages N``: refuse longer PDFs (passed to workers as ``TGBE_MAX_PAGES``)."""

    def remember(ctx: click.Context, param: click.Parameter, value: int | None) -> None:
        if value is not None:
            os.environ[MAX_PAGES_VARIABLE] = str(value)

    return click.option(
        "--max-pages", type=click.IntRange(min=1, max=10**6), default=None, metavar="N",
        expose_value=False, callback=remember,
        help=f"Longest PDF accepted, in pages (default: {DEFAULT_MAX_PAGES}).",
    )(function)


def paths_argument(function: F) -> F:
    """``PATH...``: files, directories (searched recursively) or glob patterns; ``-`` = stdin."""
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(function)


def single_input(paths: Sequence[str], files: Sequence[str]) -> bool:
    """True when the command line names exactly one file (its output is printed bare)."""
    return (
        len(paths) == 1
        and list(files) == list(paths)
        and not os.path.isdir(paths[0])
        and not set("*?[") & set(paths[0])
    )


def several_inputs(paths: Sequence[str]) -> bool:
    """True when ``paths`` name several files (or a directory or glob), not one plain FILE."""
    return not single_input(paths, expand_inputs(paths))


def refuse_several(paths: Sequence[str], what: str) -> None:
    """A usage error when ``paths`` name several files and ``what`` reads only one."""
    if several_inputs(paths):
        raise click.UsageError(tr("usage.one_notice", what=what))


def render_as(fmt: str, path: str, render: Callable[[str], str], several: bool = False) -> str:
    """``render(fmt)`` for the file at ``path``, marked with its path among ``several``.

    ``jsonl`` is the ``json`` object on one compact line, with ``"path"`` (the file as
    read) added when it has none; among several files the ``json`` objects get that
    ``"path"`` too and text or table output starts with a ``== path ==`` line.
    """
    if fmt == "jsonl" or (several and fmt == "json"):
        data = json.loads(render("json"))
        data.setdefault("path", path)
        if fmt == "json":
            return json.dumps(data, ensure_ascii=False, indent=2)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    text = render(fmt)
    return f"== {safe_text(path)} ==\n{text}" if several and fmt in _TEXT_FORMATS else text


def merged_csv(chunks: Iterable[tuple[str, str]]) -> Iterator[str]:
    """The CSV outputs of several files as one table: one header, a first ``path`` column."""
    import csv  # only CSV output needs it

    from tgbe.render.sheet import neutralised

    header_written = False
    for path, text in chunks:
        rows = list(csv.reader(io.StringIO(text)))
        if not rows:
            continue
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n" if "\r\n" in text else "\n")
        if not header_written:
            writer.writerow([tr("col.path"), *rows[0]])
            header_written = True
        writer.writerows([neutralised(path), *row] for row in rows[1:])
        yield buffer.getvalue()


def wants_progress(count: int, fmt: str) -> bool:
    """Show a progress bar: a terminal on stderr, several files, not machine output."""
    return count > PROGRESS_MIN_FILES and fmt not in _MACHINE_FORMATS and sys.stderr.isatty()


def run_files(
    paths: Sequence[str],
    worker: Callable[[str], FileReport],
    *,
    fmt: str,
    output: str | None,
    jobs: int | None,
    framing: Framing | None = None,
) -> int:
    """Run ``worker`` over every file named by ``paths`` and stream the outputs.

    Failed files are reported on stderr as ``FILE:LINE:COL: error: …`` while the rest are
    processed; in JSON, YAML and JSON Lines output a failed file also has its place, as a
    :class:`~tgbe.models.FailedInput` record (one line per input in JSON Lines, also for
    a single input; the bare output of a single JSON or YAML input stays empty).  Returns 2
    if any file failed, else the highest code of the reports.
    """
    files = _expand_noting(paths)
    single = single_input(paths, files)
    if single:
        framing = Framing()
    status = _Status()
    records = fmt in _RECORD_FORMATS and (fmt == "jsonl" or not single)
    reports = _collect(_outcomes(files, worker, fmt, jobs), status, single,
                       fmt if records else None)
    merge = merged_csv if fmt == "csv" and not single else _texts
    chunks = merge(reports)
    framed = _framed(chunks, framing or FRAMINGS.get(fmt, _TEXT_FRAMING))
    with contextlib.suppress(_NothingToWrite):  # every file failed: write no output file
        emit_stream(_unless_all_failed(framed, status), output, bom=fmt == "csv")
    return EXIT_ERROR if status.failed else status.code


def _expand_noting(paths: Sequence[str]) -> list[str]:
    """:func:`expand_inputs`, with a note on stderr for each special file left out."""
    skipped: list[str] = []
    files = expand_inputs(paths, skipped=skipped)
    for note in skipped:
        click.echo(safe_text(note), err=True)
    return files


def _texts(reports: Iterable[tuple[str, str]]) -> Iterator[str]:
    return (text for _, text in reports)


def gather_files(
    paths: Sequence[str], worker: Callable[[str], R], *, fmt: str, jobs: int | None
) -> tuple[list[R], list[FailedInput]]:
    """Run ``worker`` over every file named by ``paths`` and collect its values here.

    For outputs that are one document built from all files (the worker returns plain data,
    the caller renders).  Failed files are reported on stderr as ``FILE:LINE:COL: error: …``
    and returned as records, in input order.
    """
    values: list[R] = []
    failures: list[FailedInput] = []
    for outcome in _outcomes(_expand_noting(paths), worker, fmt, jobs):
        if outcome.value is None:
            report_error(outcome.error())
            failures.append(failed_input(outcome))
        else:
            values.append(outcome.value)
    return values, failures


def _outcomes(
    files: list[str], worker: Callable[[str], R], fmt: str, jobs: int | None
) -> Iterator[Outcome[R]]:
    if STDIN_NAME in files:
        jobs = 1  # worker processes cannot read this process's standard input
    return _with_progress(files, worker, jobs, wants_progress(len(files), fmt))


class _NothingToWrite(Exception):
    """Raised at the end of the stream when no file produced output, to write nothing."""


def _unless_all_failed(chunks: Iterator[str], status: _Status) -> Iterator[str]:
    yield from chunks
    if status.failed and not status.succeeded and not status.records:
        raise _NothingToWrite


class _Status:
    """How a batch run is going (a plain class: a dataclass costs every start its creation)."""

    __slots__ = ("code", "failed", "records", "succeeded")

    def __init__(self) -> None:
        self.failed = False
        self.succeeded = 0
        self.records = 0  # error records written for failed inputs
        self.code = EXIT_OK


def _failed(outcome: Outcome[Any], status: _Status) -> None:
    status.failed = True
    report_error(outcome.error())


def failed_input(outcome: Outcome[Any]) -> FailedInput:
    """The error record of a failed input: its path and its first problem."""
    from tgbe.models import FailedInput, InputError

    problem = outcome.problems[0]
    return FailedInput(path=outcome.path, error=InputError(
        line=problem.line, column=problem.column, message=problem.message, code=problem.code))


def _record_text(record: FailedInput, fmt: str) -> str:
    from tgbe.render.serialize import to_json, to_json_line, to_yaml

    if fmt == "jsonl":
        return to_json_line(record) + "\n"
    return to_json(record) if fmt == "json" else to_yaml(record)


def _usage_as_errors(
    outcomes: Iterator[Outcome[FileReport]], single: bool
) -> Iterator[Outcome[FileReport]]:
    """A usage problem found on one file: the command's error for one file, else that file's."""
    for outcome in outcomes:
        if outcome.value is not None and outcome.value.usage:
            if single:
                raise click.UsageError(outcome.value.usage)
            outcome = Outcome(outcome.path, problems=(
                Problem(outcome.path, 1, 1, outcome.value.usage, code="usage-error"),))
        yield outcome


def _collect(
    outcomes: Iterator[Outcome[FileReport]], status: _Status, single: bool,
    records: str | None = None,
) -> Iterator[tuple[str, str]]:
    """Each report's text (its warnings echoed); a failed input's record in ``records``."""
    for outcome in _usage_as_errors(outcomes, single):
        report = outcome.value
        if report is None:
            _failed(outcome, status)
            if records is not None:
                status.records += 1
                yield outcome.path, _record_text(failed_input(outcome), records)
            continue
        status.succeeded += 1
        status.code = max(status.code, report.code)
        for warning in report.warnings:
            click.echo(warning, err=True)
        yield outcome.path, report.text


def _framed(chunks: Iterator[str], framing: Framing) -> Iterator[str]:
    """Join non-empty chunks with the framing (a file with nothing to say adds nothing).

    The head comes with the first file's output (or the tail), not before: an output file
    is created only once there is something to write.
    """
    first = True
    for chunk in chunks:
        if not chunk:
            continue
        lead = framing.head if first else framing.separator
        yield lead + (chunk if chunk.endswith("\n") or not framing.newline else chunk + "\n")
        first = False
    yield (framing.head if first else "") + framing.tail


def _with_progress(
    files: list[str], worker: Callable[[str], R], jobs: int | None, show: bool
) -> Iterator[Outcome[R]]:
    if not show:
        yield from run_batch(files, worker, jobs)
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task(tr("cli.reading"), total=len(files))
        yield from run_batch(files, worker, jobs, lambda _: progress.advance(task))


def notice_inputs(function: F) -> F:
    """``PATH...`` plus ``--encoding``, ``--jobs``, ``--max-bytes`` and ``--max-pages``."""
    for decorate in (max_pages_option, max_bytes_option, jobs_option, encoding_option,
                     paths_argument):
        function = decorate(function)
    return function
