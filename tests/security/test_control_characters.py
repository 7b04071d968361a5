"""Control characters in a notice's words reach no output: terminals, XML, ledgers, workbooks.

The reader turns them into spaces (one character for one, so spans stay right).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, RunCli
from tgbe.read.reader import normalise

SECURITY = FIXTURES / "security"
ESCAPES = SECURITY / "control-characters.txt"  # ESC/BEL sequences in a measure and a city
VERTICAL_TAB = SECURITY / "vertical-tab.txt"  # a Word soft line break (\x0b) in a measure
CONTROLS = ("\x1b", "\x07", "\x0b", "\u202e")


def test_the_reader_turns_controls_into_spaces_one_for_one() -> None:
    assert normalise("a\x1b[31mb\x07c\x0bd\u202ee\x85f") == "a [31mb c d e f\n"


@pytest.mark.parametrize(
    "args",
    [
        ("list", str(ESCAPES)),
        ("list", str(ESCAPES), "-f", "csv"),
        ("check-deadlines", str(ESCAPES), "--today", "2024-07-01"),
        ("check-deadlines", str(ESCAPES), "--today", "2024-07-01", "-f", "github"),
        ("status", "init", str(ESCAPES)),
        ("parse", str(ESCAPES), "-f", "yaml"),
    ],
)
def test_no_output_carries_a_control_character(run_cli: RunCli, args: tuple[str, ...]) -> None:
    code, out, err = run_cli(*args)
    assert code in (0, 1) and out
    assert not any(char in out + err for char in CONTROLS)


@pytest.mark.parametrize("path", [ESCAPES, VERTICAL_TAB])
def test_junit_report_is_well_formed_xml(run_cli: RunCli, path: Path, tmp_path: Path) -> None:
    report = tmp_path / "deadlines.xml"
    code, _, _ = run_cli("check-deadlines", str(path), "--today", "2024-07-01", "-f", "junit",
                         "-o", str(report))
    assert code in (0, 1)
    assert ElementTree.parse(report).getroot().tag == "testsuites"


def test_a_ledger_written_by_status_init_is_read_back(run_cli: RunCli, tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.yaml"
    assert run_cli("status", "init", str(ESCAPES), "-o", str(ledger))[0] == 0
    code, _, err = run_cli("status", "check", str(ESCAPES), str(ledger))
    assert code == 0, err


def test_a_workbook_is_exported(run_cli: RunCli, tmp_path: Path) -> None:
    workbook = tmp_path / "by-unit.xlsx"
    code, _, err = run_cli("export", str(VERTICAL_TAB), "--by-unit", "-f", "xlsx",
                           "-o", str(workbook))
    assert code == 0, err
    assert workbook.stat().st_size > 0
