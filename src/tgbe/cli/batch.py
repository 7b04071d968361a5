"""Running one job per input file: expanding paths, parallel workers, ordered results.

Every command that reads notices accepts several files, directories (searched
recursively for :data:`NOTICE_EXTENSIONS`) and glob patterns.  :func:`run_batch` runs a
picklable top-level ``worker(path)`` for each, in a process pool when ``jobs > 1``, and
yields one :class:`Outcome` per input **in input order** (also for ``-f jsonl``: output
is deterministic and diffable; at most a few results per worker are held back while an
earlier file is still running, so memory stays flat).  A worker's :class:`TgbeError` —
or any unexpected exception — becomes a failed :class:`Outcome` for that file only; the
other files are still processed.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

from tgbe.errors import Problem, TgbeError
from tgbe.infra import i18n, terminal
from tgbe.read.paths import expand_inputs as expand_inputs
from tgbe.read.reader import NOTICE_EXTENSIONS as NOTICE_EXTENSIONS

if TYPE_CHECKING:
    from concurrent.futures import Future

# Results allowed to wait per worker while an earlier, slower file is still running.
_WINDOW_PER_JOB = 4

R = TypeVar("R")


class Outcome(NamedTuple, Generic[R]):
    """What one input produced: a value, or the problems that stopped it.

    (A named tuple, not a dataclass: its class is created at every start.)
    """

    path: str
    value: R | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def failed(self) -> bool:
        """True when the worker raised instead of returning a value."""
        return bool(self.problems)

    def error(self) -> TgbeError:
        """The failure as a :class:`TgbeError` (only meaningful when :attr:`failed`)."""
        return TgbeError(list(self.problems))


def default_jobs() -> int:
    """The default number of parallel jobs: the number of CPUs usable by this process."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def attempt(worker: Callable[[str], R], path: str) -> Outcome[R]:
    """Run ``worker(path)``; turn any exception into a failed :class:`Outcome`.

    Top-level (and so picklable) because it is what a worker process runs.
    """
    try:
        return Outcome(path, worker(path))
    except TgbeError as error:
        return Outcome(path, problems=tuple(error.problems))
    except (MemoryError, RecursionError) as error:
        return Outcome(path, problems=(Problem(path, 1, 1, _resource_message(error),
                                               code="out-of-resources"),))
    except Exception as error:  # one broken file must not stop the batch
        message = f"internal error: {type(error).__name__}: {error}"
        return Outcome(path, problems=(Problem(path, 1, 1, message, code="internal-error"),))


def _resource_message(error: BaseException) -> str:
    what = "memory" if isinstance(error, MemoryError) else "nesting depth"
    return f"input too large to process: out of {what} (try a smaller --max-bytes)"


def run_batch(
    items: Sequence[str],
    worker: Callable[[str], R],
    jobs: int | None = None,
    on_done: Callable[[Outcome[R]], None] | None = None,
) -> Iterator[Outcome[R]]:
    """Yield ``attempt(worker, item)`` for every item, in input order.

    ``jobs`` (default: :func:`default_jobs`) worker processes run files in parallel;
    with one job, or one item, everything runs in this process.  ``worker`` must be a
    picklable top-level function (or a :func:`functools.partial` of one) and return a
    picklable value.  ``on_done`` is called as each outcome is yielded (progress bars).
    """
    count = min(jobs or default_jobs(), len(items))
    outcomes = _in_process(items, worker) if count <= 1 else _in_pool(items, worker, count)
    for outcome in outcomes:
        if on_done is not None:
            on_done(outcome)
        yield outcome


def adopt_choices(lang: i18n.Lang, settings: terminal.Settings) -> None:
    """Make a worker process use the run's language and output settings."""
    i18n.choose_lang(lang)
    terminal.restore(settings)


def _in_process(items: Sequence[str], worker: Callable[[str], R]) -> Iterator[Outcome[R]]:
    for item in items:
        yield attempt(worker, item)


def _in_pool(
    items: Sequence[str], worker: Callable[[str], R], jobs: int
) -> Iterator[Outcome[R]]:
    """Outcomes from a pool of ``jobs`` processes; a pool that loses a worker is replaced.

    When a worker process dies (killed by the OOM killer, a signal, a crash in C code)
    the pool breaks and every file it still held is unfinished: each is run again alone,
    so the one that kills its worker is reported as that file's error and the others are
    processed; then a fresh pool takes the remaining files.
    """
    queue = iter(items)
    while True:
        broken: list[tuple[str, Future[Outcome[R]] | None]] = []
        yield from _until_broken(queue, worker, jobs, broken)
        if not broken:
            return
        for item, future in broken:
            yield _recovered(worker, item, future)


def _until_broken(
    queue: Iterator[str], worker: Callable[[str], R], jobs: int,
    broken: list[tuple[str, Future[Outcome[R]] | None]],
) -> Iterator[Outcome[R]]:
    """Outcomes in order until ``queue`` is done or the pool breaks (then ``broken``
    holds the files it had not returned, in order)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(max_workers=jobs, initializer=adopt_choices,
                                   initargs=(i18n.resolve_lang(), terminal.snapshot()))
    pending: deque[tuple[str, Future[Outcome[R]] | None]] = deque()
    try:
        for item in queue:
            pending.append((item, executor.submit(attempt, worker, item)))
            if len(pending) >= jobs * _WINDOW_PER_JOB:
                break
        while pending:
            item, future = pending[0]
            try:
                outcome = future.result() if future is not None else None
            except BrokenProcessPool:
                outcome = None
            if outcome is None:
                broken.extend(pending)
                return
            pending.popleft()
            next_item = next(queue, None)
            if next_item is not None:
                try:
                    pending.append((next_item, executor.submit(attempt, worker, next_item)))
                except BrokenProcessPool:
                    pending.append((next_item, None))
            yield outcome
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _recovered(
    worker: Callable[[str], R], item: str, future: Future[Outcome[R]] | None
) -> Outcome[R]:
    """The outcome a broken pool had finished, else the file run again in its own process."""
    if future is not None and future.done() and not future.cancelled() \
            and future.exception() is None:
        return future.result()
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, initializer=adopt_choices,
                             initargs=(i18n.resolve_lang(), terminal.snapshot())) as alone:
        try:
            return alone.submit(attempt, worker, item).result()
        except BrokenProcessPool:
            return Outcome(item, problems=(Problem(item, 1, 1, WORKER_DIED),))


WORKER_DIED = ("the worker process reading this file died (killed by a signal, e.g. out of "
               "memory); the other files were processed")
