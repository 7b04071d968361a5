"""Devices, FIFOs, endless files and symbolic-link loops (issue 17, items 2 and 8).

Reading counts bytes (``stat`` can lie: ``/dev/zero`` has size 0), folders and globs take
regular files only, and a link back into a visited folder is never followed.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEED
from tests.security.conftest import RunBounded
from tgbe.cli.batch import expand_inputs

CROSSDUP = FIXTURES / "crossdup"


def test_an_endless_device_is_refused_by_name(run_bounded: RunBounded) -> None:
    done = run_bounded("parse", "/dev/zero", "--max-bytes", "1M", timeout=30)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("/dev/zero:1:1: error: is a character device, not a regular file: "
                           "expected a notice file\n")


def test_a_fifo_named_explicitly_is_an_error_not_a_hang(
    run_bounded: RunBounded, tmp_path: Path
) -> None:
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    done = run_bounded("parse", str(fifo), timeout=30)
    assert done.returncode == 2
    assert done.stderr == f"{fifo}:1:1: error: is a FIFO (named pipe), not a regular file: " \
                          "expected a notice file\n"


def test_a_folder_skips_devices_and_fifos_with_a_note(
    run_bounded: RunBounded, tmp_path: Path
) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "b.txt").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "c.txt")
    for target in (str(tmp_path), f"{tmp_path}/*.txt", f"{tmp_path}/**/*.txt"):
        done = run_bounded("parse", target, "-f", "jsonl", "--max-bytes", "1M", timeout=60)
        assert done.returncode == 0, done.stderr
        assert [json.loads(line)["source"]["path"] for line in done.stdout.splitlines()] == [
            str(tmp_path / "a.txt")]
        assert done.stderr.splitlines() == [
            f"{tmp_path / 'b.txt'}: note: skipped: it is a character device, not a regular file",
            f"{tmp_path / 'c.txt'}: note: skipped: it is a FIFO (named pipe), not a regular file",
        ]


def test_stdin_is_read_with_a_counted_limit(run_bounded: RunBounded) -> None:
    with open("/dev/zero", "rb") as zeros:
        done = run_bounded("parse", "-", "--max-bytes", "1M", stdin=zeros.fileno(), timeout=30)
    assert done.returncode == 2
    assert done.stderr == ("-:1:1: error: file is larger than the limit of 1048576 bytes "
                           "(raise it with --max-bytes)\n")


def test_a_closed_stdin_is_a_located_error(run_bounded: RunBounded) -> None:
    done = run_bounded("parse", "-", stdin=None, close_stdin=True)
    assert done.returncode == 2
    assert done.stderr == "-:1:1: error: standard input is closed: expected a notice on stdin\n"


def _loops(root: Path) -> Path:
    """``root/d`` holding one notice and links to itself and to its parent."""
    folder = root / "d"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(CROSSDUP / "east-2021.txt", folder / "sub" / "east.txt")
    (folder / "self").symlink_to(".")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "sub" / "again").symlink_to(folder)
    return folder


@pytest.mark.parametrize("pattern", ["{d}", "{d}/**/*.txt", "{d}/**", "{d}/*/*.txt"])
def test_link_loops_read_each_file_once(tmp_path: Path, pattern: str) -> None:
    folder = _loops(tmp_path)
    assert expand_inputs([pattern.format(d=folder)]) == [str(folder / "sub" / "east.txt")]


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    folder = _loops(tmp_path)
    named = [str(folder / "sub" / "east.txt"), str(folder / "self" / "sub" / "east.txt")]
    assert expand_inputs(named) == named[:1]


def test_crossdup_through_link_loops_sees_no_file_copying_itself(
    run_bounded: RunBounded, tmp_path: Path
) -> None:
    folder = _loops(tmp_path)
    shutil.copy(CROSSDUP / "west-2023.txt", folder / "west.txt")
    done = run_bounded("crossdup", f"{folder}/**/*.txt", "-f", "json", "-j", "1", timeout=60)
    assert done.returncode in (0, 1), done.stderr
    pairs = json.loads(done.stdout)
    text = json.dumps(pairs, ensure_ascii=False)
    assert "self" not in text and "again" not in text and "up/" not in text
