"""User-taught layouts (issue 11, item 9): ``[parse.labels]`` and ``[parse.deadlines]`` of
``tgbe.toml`` teach labels with their role and ongoing deadline phrases, honoured by
``parse``, ``lint``, ``list`` and ``check-deadlines``; a bad table is a located error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, RunCli
from tgbe.errors import TgbeError
from tgbe.parse.api import parse_text
from tgbe.parse.layout import ParseLayout, TaughtDeadlines, load_layout

TAUGHT = FIXTURES / "layouts" / "taught"
NOTICE = str(TAUGHT / "notice.txt")

EXPECTED = {
    "1.1": ([("县数据服务中心", "lead"), ("县市场监管局", "support"), ("县税务局", "support")],
            "2025年6月30日", "day", "2025-06-30"),
    "1.2": ([("县自然资源局", "lead"), ("县住建局", "support"), ("县金融服务中心", "support")],
            "2025年9月底", "month", "2025-09-30"),
    "1.3": ([("县发展改革局", "lead"), ("各乡镇人民政府", "support")],
            "常抓不懈", "ongoing", None),
    "2.4": ([("县司法局", "lead"), ("县市场监管局", "support")], "久久为功", "ongoing", None),
    "2.5": ([("县市场监管局", "lead"), ("县财政局", "support"), ("县发展改革局", "support")],
            "2025年11月中旬", "day", "2025-11-20"),
    "2.6": ([("县营商环境服务中心", "lead"), ("县直各有关单位", "support")],
            "2025年12月31日", "day", "2025-12-31"),
}


def _parsed(run_cli: RunCli, path: str) -> dict[str, Any]:
    code, out, _ = run_cli("parse", path, "-f", "json")
    assert code == 0
    notice: dict[str, Any] = json.loads(out)
    return notice


def _measures(notice: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for i in notice["indicators"] for m in i["measures"]}


def _untaught(tmp_path: Path) -> str:
    """The notice in a folder without a configuration file."""
    copy = tmp_path / "notice.txt"
    shutil.copyfile(NOTICE, copy)
    return str(copy)


def test_without_the_toml_the_labels_are_suspicious_units(run_cli: RunCli,
                                                          tmp_path: Path) -> None:
    notice = _parsed(run_cli, _untaught(tmp_path))
    suspicious = [d["message"] for d in notice["diagnostics"] if d["code"] == "suspicious-unit"]
    assert len(suspicious) == 6
    assert "'统筹方：县数据服务中心'" in suspicious[0]
    measures = _measures(notice)
    assert measures["1.3"]["deadline"] is None and measures["2.5"]["deadline"] is None


@pytest.mark.parametrize("measure_id", list(EXPECTED))
def test_with_the_toml_units_roles_and_deadlines_are_right(run_cli: RunCli,
                                                           measure_id: str) -> None:
    measure = _measures(_parsed(run_cli, NOTICE))[measure_id]
    units, raw, kind, due = EXPECTED[measure_id]
    assert [(unit["name"], unit["role"]) for unit in measure["units"]] == units
    assert (measure["deadline"]["raw"], measure["deadline"]["kind"],
            measure["deadline"]["due"]) == (raw, kind, due)


def test_with_the_toml_the_notice_is_clean(run_cli: RunCli) -> None:
    code, _, err = run_cli("parse", NOTICE, "-f", "json")
    assert code == 0 and err == ""
    assert _parsed(run_cli, NOTICE)["diagnostics"] == []


def test_lint_honours_the_taught_layout(run_cli: RunCli, tmp_path: Path) -> None:
    code, out, _ = run_cli("lint", NOTICE, "--lang", "en")
    assert (code, out.strip()) == (0, "No findings in 1 file.")
    code, out, _ = run_cli("lint", _untaught(tmp_path), "-f", "json", "--fail-on", "warning")
    assert code == 1
    codes = [finding["code"] for finding in json.loads(out)["findings"]]
    assert codes.count("PAR003") == 6


def test_list_and_check_deadlines_honour_the_taught_layout(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", NOTICE, "--unit", "县市场监管局", "-f", "json")
    assert code == 0
    assert [m["id"] for m in json.loads(out)["measures"]] == ["1.1", "2.4", "2.5"]
    code, out, _ = run_cli("check-deadlines", NOTICE, "--today", "2025-10-01", "-f", "json")
    assert code == 1
    report = json.loads(out)
    assert sorted({item["id"] for item in report["overdue"]}) == ["1.1", "1.2"]


BAD = [
    ('[parse.labels]\n"统筹方" = "boss"\n',
     "tgbe.toml:2:1: error: invalid config: \"parse.labels.统筹方\": Input should be 'lead', "
     "'support', 'responsible' or 'deadline', found 'boss'"),
    ('[parse.labels]\n"统筹方" = "lead"\n"协作方：" = "support"\n',
     "tgbe.toml:3:1: error: invalid config: \"parse.labels.协作方：\": label '协作方：' is not "
     "2 to 8 Chinese characters (write it without its colon)"),
    ('[parse.deadlines]\nongoing = "常抓不懈"\n',
     "tgbe.toml:2:1: error: invalid config: \"parse.deadlines.ongoing\": Input should be a "
     "valid list, found '常抓不懈'"),
    ('[parse]\nlabel = {}\n',
     'tgbe.toml:2:1: error: invalid config: unknown key "parse.label"; expected one of '
     "labels, deadlines"),
    ("[parse.labels\n",
     "tgbe.toml:1:14: error: invalid config: TOML syntax: Expected ']' at the end of a table "
     "declaration"),
]


@pytest.mark.parametrize("command", ["parse", "lint", "list", "check-deadlines"])
@pytest.mark.parametrize(("toml", "expected"), BAD)
def test_a_bad_parse_table_is_one_located_error(run_cli: RunCli, tmp_path: Path, command: str,
                                                toml: str, expected: str) -> None:
    (tmp_path / "tgbe.toml").write_text(toml, encoding="utf-8")
    code, out, err = run_cli(command, _untaught(tmp_path), "--lang", "en")
    assert (code, out) == (2, "")
    assert err.splitlines()[0].replace(str(tmp_path) + "/", "") == expected
    assert "Traceback" not in err


def test_a_bad_parse_table_in_chinese(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "tgbe.toml").write_text('[parse.deadlines]\nongoing = ["  "]\n', encoding="utf-8")
    code, _, err = run_cli("parse", _untaught(tmp_path), "--lang", "zh")
    assert code == 2
    assert err.splitlines()[0].endswith(
        "tgbe.toml:2:1: 错误: 配置无效：“parse.deadlines.ongoing”：有一个完成时限用语为空")


def test_pyproject_tool_table_teaches_too(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.tgbe.parse.labels]\n"统筹方" = "lead"\n"协作方" = "support"\n', encoding="utf-8")
    measures = _measures(_parsed(run_cli, _untaught(tmp_path)))
    assert [(u["name"], u["role"]) for u in measures["1.1"]["units"]] == EXPECTED["1.1"][0]


# Unit level: the library API and the taught layout's scope.

_TEXT = (TAUGHT / "notice.txt").read_text(encoding="utf-8")
_LAYOUT = ParseLayout(labels={"统筹方": "lead", "协作方": "support", "办结日期": "deadline"},
                      deadlines=TaughtDeadlines(ongoing=["常抓不懈", "久久为功"]))


def test_the_library_takes_a_layout_and_forgets_it_after_the_parse() -> None:
    taught = parse_text(_TEXT, layout=_LAYOUT)
    assert [(u.name, u.role) for u in taught.measures()[0].units] == [
        ("县数据服务中心", "lead"), ("县市场监管局", "support"), ("县税务局", "support")]
    plain = parse_text(_TEXT)  # the same text again, nothing taught: caches do not leak
    assert plain.measures()[0].units[0].name == "统筹方：县数据服务中心"
    assert plain.measures()[2].deadline is None


def test_a_taught_ongoing_phrase_after_a_starting_year_is_ongoing() -> None:
    text = _TEXT.replace("办结日期：常抓不懈", "办结日期：2025年起常抓不懈")
    assert "2025年起常抓不懈" in text
    deadline = parse_text(text, layout=_LAYOUT).measures()[2].deadline
    assert deadline is not None
    assert (deadline.raw, deadline.kind, deadline.due) == ("2025年起常抓不懈", "ongoing", None)
    untaught = parse_text(text).measures()[2].deadline  # without the layout: that year's end
    assert untaught is None or untaught.kind != "ongoing"


def test_a_label_may_be_taught_in_traditional_script() -> None:
    layout = ParseLayout(labels={"統籌方": "lead", "協作方": "support"})
    units = parse_text(_TEXT, layout=layout).measures()[0].units
    assert [(u.name, u.role) for u in units][:2] == [("县数据服务中心", "lead"),
                                                     ("县市场监管局", "support")]


def test_a_traditional_notice_reads_labels_taught_in_simplified() -> None:
    # The same notice in traditional characters.
    traditional = (FIXTURES / "layouts" / "taught_traditional.txt").read_text(encoding="utf-8")
    assert "統籌方：縣數據服務中心" in traditional
    measures = parse_text(traditional, layout=_LAYOUT).measures()
    assert [(u.name, u.role) for u in measures[0].units] == [
        ("縣數據服務中心", "lead"), ("縣市場監管局", "support"), ("縣稅務局", "support")]
    assert measures[2].deadline is not None
    assert (measures[2].deadline.raw, measures[2].deadline.kind) == ("常抓不懈", "ongoing")


def test_a_taught_label_overrides_the_role_its_words_give() -> None:
    text = _TEXT.replace("统筹方", "督办单位")  # 督办单位: a unit label, responsible by shape
    plain = parse_text(text).measures()[0].units[0]
    taught = parse_text(text, layout=ParseLayout(labels={"督办单位": "lead"})).measures()[0]
    assert (plain.name, plain.role) == ("县数据服务中心", "responsible")
    assert (taught.units[0].name, taught.units[0].role) == ("县数据服务中心", "lead")


def test_load_layout_reads_only_the_parse_tables(tmp_path: Path) -> None:
    path = tmp_path / "tgbe.toml"
    path.write_text('select = ["PUN"]\n[parse.labels]\n"统筹方" = "lead"\n', encoding="utf-8")
    assert load_layout(str(path)).labels == {"统筹方": "lead"}
    path.write_text('[parse.labels]\n"统" = "lead"\n', encoding="utf-8")
    with pytest.raises(TgbeError) as caught:
        load_layout(str(path))
    assert caught.value.problems[0].line == 2
