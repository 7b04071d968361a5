"""Ctrl-C (KeyboardInterrupt) while writing leaves neither a partial file nor a temp file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli
from tgbe.infra.output import emit_stream, write_bytes_atomic
from tgbe.parse.api import notice_data
from tgbe.parse.records import NoticeRecord


def _interrupted(tmp: Path) -> None:
    tmp.write_text("half a result", encoding="utf-8")
    raise KeyboardInterrupt


def test_an_interrupted_producer_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomic(tmp_path / "out.json", _interrupted)
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_producer_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomic(target, _interrupted)
    assert [path.name for path in tmp_path.iterdir()] == ["out.json"]
    assert target.read_text(encoding="utf-8") == "previous"


def _chunks() -> Iterator[str]:
    yield '{"a": 1}\n'
    raise KeyboardInterrupt


def test_an_interrupted_stream_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt):
        emit_stream(_chunks(), str(tmp_path / "out.jsonl"))
    assert list(tmp_path.iterdir()) == []


def test_a_stream_is_written_whole(tmp_path: Path) -> None:
    emit_stream(iter(["a\n", "b\n"]), str(tmp_path / "out.txt"))
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "a\nb\n"


def test_ctrl_c_during_a_batch_leaves_no_output_file(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[str] = []

    def parse_then_interrupt(path: str, *args: object, **kwargs: object) -> NoticeRecord:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return notice_data(path)

    monkeypatch.setattr("tgbe.cli.parse_cmd.notice_data", parse_then_interrupt)
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SEED, tmp_path / name)
    target = tmp_path / "out" / "all.jsonl"
    target.parent.mkdir()
    code, _, err = run_cli("parse", str(tmp_path), "-f", "jsonl", "-j", "1", "-o", str(target))
    assert code == 2 and err.endswith("tgbe: interrupted\n")
    assert list(target.parent.iterdir()) == []
