"""Characters XML cannot hold, and escapes through file names (issue 17, items 4 and 5).

Noncharacters, C0 controls, bidirectional marks and line separators are folded to spaces
when a notice is read; every XML writer replaces what XML cannot hold; every printed path
passes the terminal sanitiser; GitHub annotations are escaped per the workflow rules.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, RunCli
from tgbe.read.reader import normalise
from tgbe.render.safe import github_escape, xml_safe

BASE = FIXTURES / "security" / "control-characters.txt"
HOSTILE = "\uffff\ufffe\u200f\u061c\u2028\x01\U0010ffff\ufdd0"
TERMINAL_BAD = ("\x1b", "\x07", "\u202e", "\u200f", "\u061c", "\u2028", "\x01")
# an OSC title change, a bell, a colour and a right-to-left override in one file name
EVIL_NAME = "x\x1b]0;pwned\x07\x1b[31mred\u202e.txt"


def _hostile_notice(folder: Path, name: str = "n.txt") -> Path:
    """The fixture with noncharacters and invisible marks inside a measure's words."""
    text = BASE.read_text(encoding="utf-8").replace("探索实施", f"探索{HOSTILE}实施", 1)
    assert HOSTILE in text
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_reader_folds_noncharacters_and_invisible_marks_one_for_one() -> None:
    assert normalise(f"a{HOSTILE}b") == "a" + " " * len(HOSTILE) + "b\n"


def test_xml_safe_replaces_what_xml_cannot_hold() -> None:
    assert xml_safe("a\x01b\uffffc\ufffed\ud800e\tf\ng") == "a\ufffdb\ufffdc\ufffdd\ufffde\tf\ng"


def test_github_escape_follows_the_workflow_command_rules() -> None:
    assert github_escape("50% done\nnext: a,b") == "50%25 done%0Anext: a,b"
    assert github_escape("a:b,c%\x1b[31m", property_value=True) == "a%3Ab%2Cc%25"


def test_junit_is_well_formed_with_hostile_text_and_file_name(
    run_cli: RunCli, tmp_path: Path
) -> None:
    notice = _hostile_notice(tmp_path, "bad\x01name.txt")
    report = tmp_path / "report.xml"
    code, _, err = run_cli("check-deadlines", str(notice), "--today", "2030-01-01", "-f",
                           "junit", "-o", str(report))
    assert code == 1, err
    root = ElementTree.parse(report).getroot()
    assert root.tag == "testsuites"
    assert {case.get("file") for case in root.iter("testcase")} == {f"{tmp_path}/bad\ufffdname.txt"}


@pytest.mark.parametrize("command", [("list", "-f", "xlsx"), ("export", "--by-unit")])
def test_workbooks_are_written_with_hostile_text(
    run_cli: RunCli, tmp_path: Path, command: tuple[str, ...]
) -> None:
    notice = _hostile_notice(tmp_path)
    ledger = tmp_path / "ledger.yaml"
    ledger.write_text('"1.3": {status: in_progress, note: "a\\x01b\\uffffc"}\n',
                      encoding="utf-8")
    workbook = tmp_path / "out.xlsx"
    extra = ("--ledger", str(ledger)) if command[0] == "export" else ()
    code, _, err = run_cli(*command, str(notice), *extra, "-o", str(workbook))
    assert code == 0, err
    with zipfile.ZipFile(workbook) as archive:
        for member in archive.namelist():
            if member.endswith(".xml"):
                ElementTree.fromstring(archive.read(member))  # every part is well-formed XML


@pytest.mark.parametrize(
    "args",
    [
        ("lint",),
        ("lint", "-f", "github"),
        ("targets",),
        ("list",),
        ("units",),
        ("check-deadlines", "--today", "2030-01-01"),
        ("check-deadlines", "--today", "2030-01-01", "-f", "github"),
        ("status:init",),
        ("crossdup",),
    ],
)
def test_no_escape_reaches_the_terminal_through_a_name_or_the_text(
    run_cli: RunCli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    notice = _hostile_notice(tmp_path, EVIL_NAME)
    first, *rest = args
    code, out, err = run_cli(*first.split(":"), str(notice), *rest)
    assert code in (0, 1), err
    assert out
    assert not any(char in out + err for char in TERMINAL_BAD), (out + err)[:500]


def test_a_github_annotation_names_the_file_without_escapes(
    run_cli: RunCli, tmp_path: Path
) -> None:
    shutil.copy(FIXTURES / "lint" / "numbering-fail.txt", tmp_path / "a:b,c%.txt")
    code, out, _ = run_cli("lint", str(tmp_path / "a:b,c%.txt"), "-f", "github", "--select",
                           "NUM001")
    assert code == 1
    assert out.startswith(f"::error file={tmp_path}/a%3Ab%2Cc%25.txt,line=")
