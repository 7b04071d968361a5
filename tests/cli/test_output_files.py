"""``-o`` outputs: ordinary permissions (not a temp file's), and a folder is not a file name."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli


@pytest.fixture
def umask_022() -> Iterator[None]:
    """Run the test under the common umask 022, whatever the machine's is."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_a_new_output_file_gets_the_umask_permissions(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "notice.json"
    code, _, _ = run_cli("parse", str(SEED), "-f", "json", "-o", str(target))
    assert code == 0 and _mode(target) == 0o644


@pytest.mark.usefixtures("umask_022")
def test_a_replaced_output_file_keeps_its_permissions(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "notice.yaml"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    code, _, _ = run_cli("parse", str(SEED), "-f", "yaml", "-o", str(target))
    assert code == 0 and _mode(target) == 0o640
    assert target.read_text(encoding="utf-8") != "old\n"


@pytest.mark.usefixtures("umask_022")
def test_an_exported_folder_gets_the_umask_permissions(run_cli: RunCli, tmp_path: Path) -> None:
    folder = tmp_path / "by-unit"
    code, _, _ = run_cli("export", str(SEED), "--by-unit", "-f", "csv", "-o", str(folder))
    assert code == 0 and _mode(folder) == 0o755
    assert {_mode(path) for path in folder.iterdir()} == {0o644}


def test_a_folder_given_as_output_file_is_a_one_line_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    code, out, err = run_cli("parse", str(SEED), "-f", "json", "-o", str(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is a folder; expected a file name" in err
    assert list(tmp_path.iterdir()) == []
