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

import glob
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from tgbe.errors import Problem, TgbeError
from tgbe.infra import i18n, terminal
from tgbe.read.reader import NOTICE_EXTENSIONS as NOTICE_EXTENSIONS
from tgbe.read.reader import STDIN_NAME

if TYPE_CHECKING:
    from concurrent.futures import Future

# Results allowed to wait per worker while an earlier, slower file is still running.
_WINDOW_PER_JOB = 4
_GLOB_CHARS = frozenset("*?[")

R = TypeVar("R")


@dataclass(frozen=True)
class Outcome(Generic[R]):
    """What one input produced: a value, or the problems that stopped it."""

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


def expand_inputs(
    paths: Iterable[str], extensions: Sequence[str] = NOTICE_EXTENSIONS
) -> list[str]:
    """Files to read for the given command-line ``paths``, in a stable order.

    A file is kept as given; ``-`` (stdin) is kept; a directory becomes every file below
    it whose name ends in one of ``extensions`` (case-insensitive, hidden entries skipped,
    sorted); a pattern with ``*``, ``?`` or ``[`` is expanded (``**`` recurses).  A path
    that does not exist, a pattern matching nothing and a directory holding no notice are
    kept as given, so that reading them reports a located error for that path alone.
    Duplicates are dropped.
    """
    suffixes = tuple(suffix.lower() for suffix in extensions)
    found: dict[str, None] = {}
    for path in paths:
        for name in _expand_one(path, suffixes):
            found.setdefault(name, None)
    return list(found)


def _expand_one(path: str, suffixes: tuple[str, ...]) -> list[str]:
    if path == STDIN_NAME or os.path.isfile(path):
        return [path]
    if os.path.isdir(path):
        return _walk(Path(path), suffixes) or [path]
    if _GLOB_CHARS & set(path):
        matches = sorted(glob.glob(path, recursive=True))
        files = [name for match in matches for name in _expand_one(match, suffixes)]
        return files or [path]
    return [path]


def _walk(root: Path, suffixes: tuple[str, ...]) -> list[str]:
    files: list[str] = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        files.extend(
            os.path.normpath(os.path.join(directory, name))
            for name in sorted(names)
            if not name.startswith(".") and name.lower().endswith(suffixes)
        )
    return files


def attempt(worker: Callable[[str], R], path: str) -> Outcome[R]:
    """Run ``worker(path)``; turn any exception into a failed :class:`Outcome`.

    Top-level (and so picklable) because it is what a worker process runs.
    """
    try:
        return Outcome(path, worker(path))
    except TgbeError as error:
        return Outcome(path, problems=tuple(error.problems))
    except (MemoryError, RecursionError) as error:
        return Outcome(path, problems=(Problem(path, 1, 1, _resource_message(error)),))
    except Exception as error:  # one broken file must not stop the batch
        message = f"internal error: {type(error).__name__}: {error}"
        return Outcome(path, problems=(Problem(path, 1, 1, message),))


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
    from concurrent.futures import ProcessPoolExecutor

    executor = ProcessPoolExecutor(max_workers=jobs, initializer=adopt_choices,
                                   initargs=(i18n.resolve_lang(), terminal.snapshot()))
    pending: deque[Future[Outcome[R]]] = deque()
    queue = iter(items)
    try:
        for item in queue:
            pending.append(executor.submit(attempt, worker, item))
            if len(pending) >= jobs * _WINDOW_PER_JOB:
                break
        while pending:
            outcome = pending.popleft().result()
            next_item = next(queue, None)
            if next_item is not None:
                pending.append(executor.submit(attempt, worker, next_item))
            yield outcome
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
