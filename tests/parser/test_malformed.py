"""Bad input: fatal problems raise TgbeError with a place; recoverable ones are diagnostics."""

from __future__ import annotations

from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli

MALFORMED = FIXTURES / "parser" / "malformed"


@pytest.mark.parametrize(
    ("name", "line", "column", "words"),
    [
        ("empty.txt", 1, 1, "empty file: expected a notice"),
        ("blank.txt", 1, 1, "empty file: expected a notice"),
        ("binary.png", 1, 1, "binary file: expected text"),
        ("undecodable.txt", 20, 3, "cannot decode as UTF-8 or GB18030: invalid byte(s) ff"),
        ("no-measures.txt", 1, 1, "no recognisable measures: expected section headings"),
    ],
)
def test_fatal_input_raises_a_located_error(name: str, line: int, column: int, words: str) -> None:
    with pytest.raises(tgbe.TgbeError) as caught:
        tgbe.parse_file(MALFORMED / name, strict_encoding=True)  # a bad byte is fatal
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (line, column)
    assert words in problem.message
    assert str(caught.value).startswith(f"{MALFORMED / name}:{line}:{column}: error: ")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(tgbe.TgbeError, match="no such file"):
        tgbe.parse_file(tmp_path / "absent.txt")
    with pytest.raises(tgbe.TgbeError, match="is a directory"):
        tgbe.parse_file(tmp_path)


def test_unknown_encoding_is_an_error() -> None:
    with pytest.raises(tgbe.TgbeError, match="unknown encoding 'klingon'"):
        tgbe.parse_file(FIXTURES / "parser" / "seed-gbk.txt", encoding="klingon")


def test_wrong_explicit_encoding_points_at_the_byte() -> None:
    with pytest.raises(tgbe.TgbeError) as caught:
        tgbe.parse_file(FIXTURES / "parser" / "seed-gbk.txt", encoding="utf-8")
    assert caught.value.problems[0].line == 1
    assert "cannot decode as utf-8" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("name", "code", "line", "measures"),
    [
        ("missing-deadline.txt", "missing-deadline", 23, ["1.1", "1.2", "1.3"]),
        ("stray-line.txt", "stray-line", 23, ["1.1", "1.2", "1.3"]),
        ("duplicate-number.txt", "duplicate-number", 23, ["1.1", "1.2", "1.2b"]),
        ("truncated.txt", "truncated-measure", 703, None),
    ],
)
def test_recoverable_problems_become_diagnostics(
    name: str, code: str, line: int, measures: list[str] | None
) -> None:
    notice = tgbe.parse_file(MALFORMED / name)
    assert code in {d.code for d in notice.diagnostics}
    diagnostic = next(d for d in notice.diagnostics if d.code == code)
    assert diagnostic.span.start_line == line
    if measures is not None:
        assert [m.id for m in notice.measures()] == measures


def test_stray_line_is_not_glued_to_the_measure() -> None:
    notice = tgbe.parse_file(MALFORMED / "stray-line.txt")
    assert "误入" not in "".join(m.text for m in notice.measures())


def test_truncated_file_keeps_everything_before_the_cut() -> None:
    notice = tgbe.parse_file(MALFORMED / "truncated.txt")
    assert len(notice.measures()) == 213
    assert notice.measures()[-1].deadline is None


@pytest.mark.parametrize(
    "name", ["empty.txt", "binary.png", "undecodable.txt", "no-measures.txt", "nope.txt"]
)
def test_cli_reports_one_line_and_exits_2(run_cli: RunCli, name: str, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, err = run_cli("parse", str(MALFORMED / name), "-f", "json", "-o", str(target),
                             "--strict-encoding")
    assert code == 2 and out == ""
    first = err.splitlines()[0]
    assert first.startswith(f"{MALFORMED / name}:") and ": error: " in first
    assert "Traceback" not in err
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_cli_shows_the_offending_line(run_cli: RunCli) -> None:
    _, _, err = run_cli("parse", str(MALFORMED / "undecodable.txt"), "--strict-encoding")
    assert err.splitlines()[1].strip().startswith("2.")


def test_cli_prints_diagnostics_as_warnings_and_exits_0(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", str(MALFORMED / "stray-line.txt"), "-f", "json")
    assert code == 0 and out.startswith("{")
    assert f"{MALFORMED / 'stray-line.txt'}:23:1: warning: " in err
    assert "[stray-line]" in err


def test_cli_directory_argument(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("parse", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_a_repeated_section_number_keeps_measure_ids_unique() -> None:
    text = (FIXTURES / "parser" / "malformed" / "duplicate-number.txt").read_text(encoding="utf-8")
    section = text[text.index("一、开办企业") :]
    notice = tgbe.parse_text(text + "\n" + section)
    ids = [measure.id for measure in notice.measures()]
    assert len(ids) == len(set(ids))
    assert ids[len(ids) // 2 :] == ["1b.1", "1b.2", "1b.2b"]
    assert "duplicate-section-number" in {d.code for d in notice.diagnostics}
