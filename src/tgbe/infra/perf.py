"""Process-level speed: pausing the cyclic garbage collector (and keeping start-up out of its
way), ending without teardown."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import NoReturn


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the duration of the block.

    Parsing a notice or indexing thousands of measures allocates many small, acyclic
    objects; the collector's repeated passes over everything alive made big inputs
    super-linear (a 20 MB notice took 27x the time of a 2 MB one, 11x with the collector
    paused).  Reference counting still frees memory meanwhile; a caller that had disabled
    the collector finds it disabled afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# True while the console script's start-up runs with the collector paused.
_STARTING: list[bool] = []


def begin_start_up() -> None:
    """Pause the collector while the console script loads its modules (see
    :func:`end_start_up`); only for the console entry point, before it imports the CLI."""
    if gc.isenabled():
        gc.disable()
        _STARTING.append(True)


def end_start_up() -> None:
    """Freeze what start-up loaded and resume the collector; nothing outside the console
    script's start-up (a library caller, a test's in-process run).

    Modules, classes, compiled patterns and the command's objects live until the process
    ends: none of it is garbage, so nothing is collected while it loads, and frozen
    (:func:`gc.freeze`) it is never scanned again by the collections of the run (~4 ms of
    a cold ``tgbe parse``; ``docs/reference/speed-profiles.md``, section 9).
    """
    if _STARTING:
        _STARTING.clear()
        gc.freeze()
        gc.enable()


def hard_exit(code: int) -> NoReturn:
    """Flush the standard streams and end the process now, skipping interpreter teardown.

    Freeing every object and module of a finished run costs a short command like
    ``tgbe parse`` a tenth of its time (mypy ends the same way).  Only for the console
    entry point, once all output files are closed and all worker pools shut down.
    """
    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe or stream: nothing more to write
            stream.flush()
    os._exit(code)
