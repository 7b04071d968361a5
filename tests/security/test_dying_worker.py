"""A dying worker costs only its file (issue 17, item 7).

A worker process killed by SIGKILL (as the OOM killer would) breaks Python's process pool;
every other file is still processed and the lost one is reported as its own error.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED, RunCli
from tgbe.cli.batch import WORKER_DIED, run_batch
from tgbe.parse.api import notice_data
from tgbe.parse.records import NoticeRecord

KILLER = "07"


def _echo_or_die(path: str) -> str:
    """Return ``path``, except for the one named like :data:`KILLER`: kill this process."""
    if path.endswith(KILLER):
        os.kill(os.getpid(), signal.SIGKILL)
    return path.upper()


def test_a_killed_worker_costs_only_its_file() -> None:
    items = [f"file-{n:02d}" for n in range(30)]
    outcomes = list(run_batch(items, _echo_or_die, jobs=2))
    assert [outcome.path for outcome in outcomes] == items
    failed = [outcome for outcome in outcomes if outcome.failed]
    assert [outcome.path for outcome in failed] == [f"file-{KILLER}"]
    assert failed[0].problems[0].message == WORKER_DIED
    assert all(outcome.value == outcome.path.upper() for outcome in outcomes
               if not outcome.failed)


def _parse_or_die(path: str, *args: Any, **kwargs: Any) -> NoticeRecord:
    if Path(path).stem == f"n{KILLER}":
        os.kill(os.getpid(), signal.SIGKILL)
    return notice_data(path, *args, **kwargs)


def test_parse_over_a_folder_survives_a_killed_worker(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # worker processes are forked from this one: they see the patched reader
    monkeypatch.setattr("tgbe.cli.parse_cmd.notice_data", _parse_or_die)
    for number in range(12):
        shutil.copy(SEED, tmp_path / f"n{number:02d}.txt")
    code, out, err = run_cli("parse", str(tmp_path), "-f", "jsonl", "-j", "2")
    assert code == 2
    records = [json.loads(line) for line in out.splitlines()]
    paths = [record["source"]["path"] if "source" in record else record["path"]
             for record in records]
    assert paths == [str(tmp_path / f"n{n:02d}.txt") for n in range(12)]  # one per input, in order
    failed = [record for record in records if "error" in record]
    assert [record["path"] for record in failed] == [str(tmp_path / f"n{KILLER}.txt")]
    assert failed[0]["error"]["message"] == WORKER_DIED
    assert err == f"{tmp_path / f'n{KILLER}.txt'}:1:1: error: {WORKER_DIED}\n"
