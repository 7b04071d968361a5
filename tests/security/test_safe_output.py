"""Text output never carries terminal escapes or rich markup from the user's files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli
from tgbe.render.safe import safe_text

ESC = "\x1b"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mred\x1b[0m", "ared"),
        ("x\x1b]0;new title\x07y", "xy"),
        ("bell\x07 del\x7f c1\x85", "bell\ufffd del\ufffd c1\ufffd"),
        ("rtl\u202eoverride", "rtl\ufffdoverride"),
        ("全角\u3000空格\t制表", "全角\u3000空格\t制表"),
        ("two\nlines", "two\ufffdlines"),
    ],
)
def test_safe_text_removes_escapes_and_replaces_controls(raw: str, shown: str) -> None:
    assert safe_text(raw) == shown


def test_safe_text_can_keep_newlines() -> None:
    assert safe_text("a\nb\x1b[1m", keep_newlines=True) == "a\nb"


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    """The seed with escapes and rich markup in an indicator name and a measure."""
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("开办企业指标", "开办\x1b[31m企业[/bold]指标", 1)
    text = text.replace("深化应用企业名称", "深化\x1b]0;pwned\x07应用企业名称", 1)
    path = tmp_path / "evil\x1b[2Jname.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_table_shows_hostile_text_without_escapes(run_cli: RunCli, hostile: Path) -> None:
    code, out, err = run_cli("parse", str(hostile))
    assert code == 0, err
    # the reader turned ESC into a space; what is left of the sequence is inert text
    assert ESC not in out and "开办 [31m企业[/bold]" in out


def test_errors_show_hostile_paths_without_escapes(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("parse", str(tmp_path / "gone\x1b[31m.txt"))
    assert code == 2 and ESC not in err and "gone.txt: error: no such file" in err


def test_crossdup_text_shows_hostile_text_without_escapes(
    run_cli: RunCli, hostile: Path, tmp_path: Path
) -> None:
    shutil.copy(SEED, tmp_path / "plain.txt")
    code, out, _ = run_cli("crossdup", str(tmp_path), "-f", "text", "-j", "1")
    assert code == 1 and ESC not in out and "evilname.txt" in out
