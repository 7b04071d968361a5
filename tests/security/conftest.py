"""Helpers of the attack suite: the real console script run in a bounded child process."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.conftest import SEED

TGBE = [sys.executable, "-c", "from tgbe.cli import main; main()"]
MEMORY_LIMIT = 1024 * 1024 * 1024  # an attack that needs more than 1 GB has succeeded
RunBounded = Callable[..., subprocess.CompletedProcess[str]]


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _limit_memory_without_stdin() -> None:
    _limit_memory()
    os.close(0)


@pytest.fixture()
def run_bounded() -> RunBounded:
    """Run ``tgbe ARGS`` as a child process with 1 GB of memory and ``timeout`` seconds.

    ``close_stdin`` starts it with file descriptor 0 closed (as ``<&-`` in a shell).
    """

    def run(*args: str, timeout: float = 60, stdin: int | None = subprocess.DEVNULL,
            cwd: Path | None = None, close_stdin: bool = False
            ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LANG": "C.UTF-8", "TGBE_LANG": "en"}
        return subprocess.run(
            [*TGBE, *args], capture_output=True, text=True, timeout=timeout, stdin=stdin,
            preexec_fn=_limit_memory_without_stdin if close_stdin else _limit_memory,
            env=env, cwd=cwd, check=False,
        )

    return run


def seed_with(tmp_path: Path, replacements: Sequence[tuple[str, str]], name: str = "n.txt"
              ) -> Path:
    """A copy of the seed with ``old -> new`` replacements (each must apply), in ``tmp_path``."""
    text = SEED.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
