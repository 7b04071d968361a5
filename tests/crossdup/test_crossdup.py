"""Cross-document duplicates: shared measures, who copied whom, and the index's reach."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import tgbe
from tests.conftest import FIXTURES, RunCli
from tgbe.compare.crossdup import (
    CANDIDATE_CAP,
    Edition,
    MeasureText,
    NoticeDigest,
    cross_duplicates,
    edition_of,
    find_shared,
    normalise,
    shingles,
)

FOLDER = FIXTURES / "crossdup"
EAST, WEST, NORTH = (FOLDER / f"{name}.txt" for name in ("east-2021", "west-2023", "north-2022"))


def test_a_measure_copied_with_small_edits_is_found_and_the_earlier_edition_is_the_original(
) -> None:
    report = cross_duplicates(tgbe.parse_file(path) for path in (WEST, NORTH, EAST))
    assert (report.notices, report.measures) == (3, 6)
    [pair] = report.shared
    assert (pair.original.path, pair.original.measure_id, pair.original.line) == (str(EAST), "1.1",
                                                                                   15)
    assert (pair.duplicate.path, pair.duplicate.measure_id) == (str(WEST), "1.2")
    assert pair.direction == "copied" and 85 <= pair.similarity < 100
    assert (pair.original.edition, pair.original.edition_basis) == ("2021", "doc_number")


def test_the_threshold_filters_pairs() -> None:
    notices = [tgbe.parse_file(path) for path in (EAST, WEST)]
    assert cross_duplicates(notices, threshold=99).shared == []


def test_measures_of_the_same_notice_are_not_cross_duplicates(seed_notice: tgbe.Notice) -> None:
    assert cross_duplicates([seed_notice]).shared == []


def _digest(path: str, edition: Edition | None, *texts: str) -> NoticeDigest:
    measures = tuple(MeasureText(f"1.{i}", i, 1, text) for i, text in enumerate(texts, 1))
    return NoticeDigest(path, None, edition, measures)


TEXT = "推行企业登记信息依托一网通办平台同步推送至税务社保等单位"


def test_issue_dates_order_editions_of_the_same_year() -> None:
    later = _digest("a.txt", Edition(2023, date(2023, 8, 1), "issue_date"), TEXT)
    earlier = _digest("b.txt", Edition(2023, date(2023, 2, 1), "issue_date"), TEXT + "。")
    [pair] = find_shared([later, earlier]).shared
    assert (pair.original.path, pair.direction, pair.similarity) == ("b.txt", "copied", 100.0)


def test_unknown_editions_leave_the_direction_undetermined() -> None:
    [pair] = find_shared([_digest("z.txt", None, TEXT), _digest("a.txt", None, TEXT)]).shared
    assert (pair.original.path, pair.direction) == ("a.txt", "undetermined")


def test_many_copies_are_each_linked_without_comparing_every_pair() -> None:
    copies = [
        _digest(f"{index:03}.txt", Edition(2000 + index, None, "title"), f"{TEXT}{index}")
        for index in range(300)
    ]
    report = find_shared(copies)
    linked = {pair.duplicate.path for pair in report.shared}
    assert linked == {f"{index:03}.txt" for index in range(1, 300)}
    assert report.candidates <= 300 * CANDIDATE_CAP < 300 * 299 // 2


def test_edition_comes_from_the_issue_date_doc_number_or_title(seed_notice: tgbe.Notice) -> None:
    assert edition_of(seed_notice) == Edition(2023, None, "doc_number")
    untitled = seed_notice.model_copy(update={"doc_number": None, "title": "某县2019年方案"})
    assert edition_of(untitled) == Edition(2019, None, "title")
    bare = untitled.model_copy(update={"title": None, "attachment_title": None})
    assert edition_of(bare) is None


def test_normalised_text_and_shingles() -> None:
    assert normalise("1. 深化“一网通办”，Ａ１!") == "1深化一网通办a1"
    assert shingles("abcd") == {"abc", "bcd"} and shingles("ab") == {"ab"} and shingles("") == set()


def test_cli_text_output_and_exit_code(run_cli: RunCli) -> None:
    code, out, err = run_cli("crossdup", str(FOLDER), "--lang", "en", "-j", "1")
    assert code == 1 and err == ""
    assert out.splitlines() == [
        f"{WEST}:17:1: measure 1.2 repeats {EAST}:15:1 measure 1.1 "
        "(similarity 92.3, copied from the 2021 edition)",
        "1 shared measure pair(s) among 3 notices (6 measures)",
    ]


def test_cli_json_output_with_a_bad_file_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    code, out, err = run_cli("crossdup", str(EAST), str(NORTH), str(tmp_path / "gone.txt"),
                             "-f", "json")
    assert code == 2 and "gone.txt: error: no such file" in err
    data = json.loads(out)
    assert data["schema_version"] == "1.0" and data["shared"] == [] and data["notices"] == 2


def test_cli_with_no_readable_notice_prints_only_the_error(run_cli: RunCli,
                                                           tmp_path: Path) -> None:
    code, out, err = run_cli("crossdup", str(tmp_path / "gone.txt"))
    assert (code, out) == (2, "")
    assert err.strip() == f"{tmp_path / 'gone.txt'}: error: no such file: expected a notice file"


def test_cli_in_chinese_and_clean_exit(run_cli: RunCli) -> None:
    code, out, _ = run_cli("crossdup", str(EAST), str(NORTH), "--lang", "zh")
    assert code == 0 and out == "2 份文件（4 条举措）中有 0 对举措相同或相近\n"
