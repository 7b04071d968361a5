"""Where output goes and how it may look: colour only on a terminal, width to fit.

``--color auto|always|never`` (default ``auto``), ``NO_COLOR`` and ``FORCE_COLOR`` decide
whether escape codes reach standard output; a file written with ``-o`` never gets them.
The width is the terminal's, else ``$COLUMNS``, else :data:`PIPE_WIDTH`.  The CLI records
the run's choices here once; batch workers receive them through :func:`snapshot`.
"""

from __future__ import annotations

import os
import shutil
import sys
from typing import Literal, NamedTuple

from tgbe.lang.patterns import LazyPattern

ColorChoice = Literal["auto", "always", "never"]
COLOR_CHOICES: tuple[ColorChoice, ...] = ("auto", "always", "never")
PIPE_WIDTH = 100
MIN_WIDTH = 40
# CSI and OSC sequences and lone ESC-letter codes: what a renderer may have added.
_ESCAPES = LazyPattern(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]")


class Settings(NamedTuple):
    """The run's output choices: ``--color``, and whether ``-o`` names a file."""

    color: ColorChoice = "auto"
    to_file: bool = False


_current: list[Settings] = [Settings()]


def snapshot() -> Settings:
    """The current settings (handed to worker processes)."""
    return _current[0]


def restore(settings: Settings | None = None) -> None:
    """Adopt ``settings`` (default: the defaults, as at the start of a run)."""
    _current[0] = settings or Settings()


def choose_color(choice: str | None) -> None:
    """Record ``--color`` (``auto``, ``always`` or ``never``)."""
    if choice in COLOR_CHOICES:
        _current[0] = _current[0]._replace(color=choice)


def writing_to_file(to_file: bool) -> None:
    """Record that the output goes to a file (``-o FILE``), where colour never goes."""
    _current[0] = _current[0]._replace(to_file=to_file)


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


def use_color() -> bool:
    """Whether output to people may carry colour and other escape codes.

    Never into a ``-o`` file; ``--color never``/``always`` decide for standard output;
    under ``auto``, ``NO_COLOR`` turns colour off, ``FORCE_COLOR`` on, else a terminal.
    """
    settings = _current[0]
    if settings.to_file or settings.color == "never":
        return False
    if settings.color == "always":
        return True
    if _env_flag("NO_COLOR"):
        return False
    return _env_flag("FORCE_COLOR") or _is_terminal()


def _is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def output_width() -> int:
    """Columns to fit: the terminal's, else ``$COLUMNS``, else :data:`PIPE_WIDTH`."""
    if _is_terminal() and not _current[0].to_file:
        return max(MIN_WIDTH, shutil.get_terminal_size((PIPE_WIDTH, 24)).columns)
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(MIN_WIDTH, int(columns))
    return PIPE_WIDTH


def strip_escapes(text: str) -> str:
    """``text`` without terminal escape sequences (for files and pipes)."""
    return _ESCAPES.sub("", text) if "\x1b" in text else text
