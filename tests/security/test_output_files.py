"""Output onto input, read-only targets, temp files and SIGTERM (issue 17, items 9 and 10)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED, RunCli
from tests.security.conftest import TGBE
from tgbe.infra.output import emit_stream
from tgbe.parse.api import notice_data
from tgbe.parse.records import NoticeRecord


@pytest.mark.parametrize("args", [
    ("parse", "{n}", "-f", "json", "-o", "{n}"),
    ("parse", "{d}", "-f", "jsonl", "-o", "{d}/n.txt"),
    ("lint", "{d}/*.txt", "-o", "{d}/./n.txt"),
    ("check-deadlines", "{n}", "--today", "2023-07-01", "-o", "{link}"),
    ("status", "init", "{n}", "-o", "{n}", "--force"),
    ("export", "{n}", "--by-unit", "-o", "{n}"),
])
def test_an_output_onto_an_input_is_refused(
    run_cli: RunCli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    notice = tmp_path / "n.txt"
    shutil.copy(SEED, notice)
    (tmp_path / "link.json").symlink_to(notice)
    filled = [arg.format(n=notice, d=tmp_path, link=tmp_path / "link.json") for arg in args]
    code, out, err = run_cli(*filled)
    assert code == 2 and out == "", err
    assert "is the input file" in err and "refusing to overwrite an input" in err
    assert err.count("\n") == 1
    assert notice.read_bytes() == SEED.read_bytes()


def test_a_read_only_output_needs_force(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    code, _, err = run_cli("parse", str(SEED), "-f", "json", "-o", str(target))
    assert code == 2
    assert err.endswith(f" parse: error: -o {target} is read-only: refusing to replace it "
                        "(use --force to replace it anyway)\n")
    assert target.read_text(encoding="utf-8") == "keep"
    code, _, err = run_cli("parse", str(SEED), "-f", "json", "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("{")


def test_no_temp_file_before_the_first_output_is_ready(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"

    def chunks() -> Iterator[str]:
        assert list(tmp_path.iterdir()) == []  # nothing created while the first is computed
        yield "a\n"
        yield "b\n"

    emit_stream(chunks(), str(target))
    assert target.read_text(encoding="utf-8") == "a\nb\n"


def test_a_batch_creates_its_temp_file_only_after_the_first_notice(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    seen: list[list[str]] = []

    def parse_and_look(path: str, *args: Any, **kwargs: Any) -> NoticeRecord:
        seen.append(sorted(os.listdir(out)))
        return notice_data(path, *args, **kwargs)

    monkeypatch.setattr("tgbe.cli.parse_cmd.notice_data", parse_and_look)
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, tmp_path / name)
    code, _, err = run_cli("parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f",
                           "json", "-j", "1", "-o", str(out / "all.json"))
    assert code == 0, err
    assert seen[0] == []
    assert len(seen[1]) == 1 and seen[1][0].startswith(".all.json.")
    assert os.listdir(out) == ["all.json"]


def test_sigterm_during_a_batch_leaves_no_file(tmp_path: Path) -> None:
    for number in range(60):
        shutil.copy(SEED, tmp_path / f"n{number:02d}.txt")
    out = tmp_path / "out"
    out.mkdir()
    process = subprocess.Popen(
        [*TGBE, "parse", str(tmp_path), "-f", "jsonl", "-j", "1", "-o", str(out / "all.jsonl")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not os.listdir(out) and time.monotonic() < deadline:  # writing has begun
        time.sleep(0.05)
    assert os.listdir(out), "the run never started writing"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert err.endswith("tgbe: terminated\n"), err
    assert os.listdir(out) == []
