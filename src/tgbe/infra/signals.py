"""SIGTERM handled like Ctrl-C: the run stops, temp files are removed, nothing half-written.

``kill PID`` (and a CI runner cancelling a job) sends SIGTERM; Python's default would end
the process at once and leave a ``.NAME.XXXX.tmp`` file beside an ``-o`` target.  With
:func:`stop_on_sigterm` the signal raises :class:`Terminated` in the main process, which
unwinds through the same cleanup as :class:`KeyboardInterrupt`.  Worker processes forked
from it keep the default action (the pool reports the lost worker).  SIGKILL cannot be
caught: it can leave the hidden temp file of an output that was being written.
"""

from __future__ import annotations

import os
import signal
from types import FrameType

EXIT_TERMINATED = 128 + signal.SIGTERM


class Terminated(KeyboardInterrupt):
    """Raised in the main process when it receives SIGTERM."""


def stop_on_sigterm() -> None:
    """From now on, SIGTERM raises :class:`Terminated` in this (the main) process."""
    main = os.getpid()

    def terminate(number: int, frame: FrameType | None) -> None:
        if os.getpid() != main:  # a forked worker: die as by default
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated

    signal.signal(signal.SIGTERM, terminate)
