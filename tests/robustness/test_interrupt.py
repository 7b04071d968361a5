"""Ctrl-C (KeyboardInterrupt) while writing leaves neither a partial file nor a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tgbe.output import emit_stream, write_bytes_atomic


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
