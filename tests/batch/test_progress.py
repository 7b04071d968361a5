"""The progress bar: only on a terminal, for more than a few files, never for JSON."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli
from tgbe.cli import common


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("count", "fmt", "tty", "shown"),
    [(5, "table", True, True), (4, "table", True, False), (5, "json", True, False),
     (50, "jsonl", True, False), (5, "yaml", False, False)],
)
def test_wants_progress(
    monkeypatch: pytest.MonkeyPatch, count: int, fmt: str, tty: bool, shown: bool
) -> None:
    monkeypatch.setattr("sys.stderr", _Terminal() if tty else io.StringIO())
    assert common.wants_progress(count, fmt) is shown


def test_output_is_unchanged_when_the_bar_is_drawn(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for index in range(6):
        shutil.copy(SEED, tmp_path / f"{index}.txt")
    monkeypatch.setattr(common, "wants_progress", lambda count, fmt: True)
    code, out, _ = run_cli("parse", str(tmp_path), "-f", "yaml", "-j", "1")
    assert code == 0 and out.count("schema_version: '1.0'") == 6
    code, out, _ = run_cli("parse", str(tmp_path), "-f", "json", "-j", "1")
    assert code == 0 and len(json.loads(out)) == 6
