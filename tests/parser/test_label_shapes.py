"""Labels by shape, unit brackets of every shape and progress-style deadlines (issue 11),
read through ``tgbe parse -f json`` on ``tests/fixtures/layouts/label_shapes.txt``."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import FIXTURES, RunCli, parsed_measures
from tgbe.parse.labels import is_deadline_label, is_suspicious_unit, unit_label_role
from tgbe.vocab import UnitRole

FIXTURE = str(FIXTURES / "layouts" / "label_shapes.txt")


@pytest.fixture(scope="module")
def measures() -> dict[str, dict[str, Any]]:
    return parsed_measures(FIXTURE)


def _units(measure: dict[str, Any]) -> list[tuple[str, str]]:
    return [(unit["name"], unit["role"]) for unit in measure["units"]]


def _deadline(measure: dict[str, Any]) -> tuple[str, str, str | None] | None:
    found = measure["deadline"]
    return (found["raw"], found["kind"], found["due"]) if found else None


def test_every_numbered_measure_is_found(measures: dict[str, dict[str, Any]]) -> None:
    assert len(measures) == 18
    assert list(measures)[:5] == ["1.1", "1.2", "1.3", "1.4", "2.1"]


EXPECTED_UNITS = {
    # labels by shape inside a bracket, roles from their words
    "1.1": [("县审批服务局", "lead"), ("县税务局", "support"), ("县人社局", "support")],
    "1.2": [("县金融办", "lead"), ("县人民银行支行", "support")],
    "1.3": [("各乡镇人民政府", "responsible")],
    # labels by shape on field lines
    "1.4": [("县市场监管局", "lead"), ("县税务局", "support")],
    # a deadline before the units in the same bracket
    "2.1": [("县住建局", "lead")],
    "2.2": [("县住建局", "lead"), ("县供水公司", "support"), ("县供电公司", "support")],
    # role words and 按职责分工 stripped from names
    "2.3": [("县审批服务局", "responsible")],
    "2.4": [("县发改局", "responsible")],
    "2.5": [("县住建局", "lead"), ("县应急局", "support")],
    "2.6": [("各有关单位", "responsible")],
    # a score or remark bracket before the unit bracket is not units
    "2.7": [("县住建局", "responsible"), ("县自然资源局", "responsible")],
    "2.8": [("县司法局", "lead")],
    # one unit bracket after each sentence: both count, each with its role
    "2.9": [("县审批服务局", "lead"), ("县档案馆", "support")],
}


@pytest.mark.parametrize(("measure_id", "units"), sorted(EXPECTED_UNITS.items()))
def test_units_and_roles(measures: dict[str, dict[str, Any]], measure_id: str,
                         units: list[tuple[str, str]]) -> None:
    assert _units(measures[measure_id]) == units


EXPECTED_DEADLINES = {
    "1.1": None,
    "1.3": ("2024年9月底前", "month", "2024-09-30"),
    "1.4": ("2024年6月底", "month", "2024-06-30"),
    "2.1": ("6月底完成", "month", "2024-06-30"),
    "2.2": ("2024年底前完成", "year-end", "2024-12-31"),
    # progress-style deadlines: raw kept, due where a date is named
    "2.10": ("5月底取得阶段性成效并持续推进", "month", "2024-05-31"),
    "2.11": ("按进度推进", "ongoing", None),
    "2.12": ("6月份取得明显成效", "month", "2024-06-30"),
}


@pytest.mark.parametrize(("measure_id", "deadline"), sorted(EXPECTED_DEADLINES.items()))
def test_deadlines(measures: dict[str, dict[str, Any]], measure_id: str,
                   deadline: tuple[str, str, str | None] | None) -> None:
    assert _deadline(measures[measure_id]) == deadline


def test_score_and_remark_brackets_stay_in_the_text(
        measures: dict[str, dict[str, Any]]) -> None:
    assert measures["2.7"]["text"] == "优化竣工验收流程。（0.5分）"
    assert measures["2.8"]["text"] == "推行告知承诺制。（风险管控）"


def test_suspicious_unit_is_reported_by_parse_and_lint(run_cli: RunCli) -> None:
    code, _, err = run_cli("parse", FIXTURE)
    assert code == 0
    assert err.count("[suspicious-unit]") == 1
    assert "measure 2.14: unit name '县财政局（负责资金保障）'" in err
    code, out, _ = run_cli("lint", "--lang", "zh", "--select", "PAR003", "-f", "json", FIXTURE)
    findings = json.loads(out)["findings"]
    assert [(f["code"], f["line"], f["measure_id"]) for f in findings] == [
        ("PAR003", 36, "2.14")]
    assert findings[0]["message"].startswith("举措2.14：单位名称疑似读错")


@pytest.mark.parametrize(("label", "role"), [
    ("牵头单位", UnitRole.LEAD), ("牵头考核单位", UnitRole.LEAD), ("主办单位", UnitRole.LEAD),
    ("责任单位", UnitRole.RESPONSIBLE), ("责任地区", UnitRole.RESPONSIBLE),
    ("实施主体", UnitRole.RESPONSIBLE), ("考核部门", UnitRole.RESPONSIBLE),
    ("配合单位", UnitRole.SUPPORT), ("配合部门", UnitRole.SUPPORT),
    ("协办单位", UnitRole.SUPPORT), ("协同处室", UnitRole.SUPPORT),
    ("对标地区", None), ("完成时间", None), ("工作目标", None), ("主要内容", None),
])
def test_unit_label_roles_come_from_their_words(label: str, role: UnitRole | None) -> None:
    assert unit_label_role(label) is role


@pytest.mark.parametrize(("label", "expected"), [
    ("完成时间", True), ("时间节点", True), ("完成期限", True), ("办结时限", True),
    ("责任单位", False), ("工作目标", False),
])
def test_deadline_labels_by_shape(label: str, expected: bool) -> None:
    assert is_deadline_label(label) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("县审批服务局", False), ("各乡镇人民政府", False),
    ("牵头考核单位：县审批服务局", True), ("县住建局按职责分工", True),
    ("由县审批服务局会同各乡镇按照统一要求推进相关工作安排", True),
])
def test_suspicious_unit_names(name: str, expected: bool) -> None:
    assert is_suspicious_unit(name) is expected


def test_marker_shapes_and_ascii_colons(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", "-f", "json",
                             str(FIXTURES / "layouts" / "marker_shapes.txt"))
    assert code == 0
    assert "[stray-line]" not in err
    found = {m["id"]: m for i in json.loads(out)["indicators"] for m in i["measures"]}
    assert list(found) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert _units(found["1.1"]) == [("县金融办", "lead"), ("县农商银行", "support")]
    assert _deadline(found["1.2"]) == ("2024年6月底前完成", "month", "2024-06-30")
    assert _units(found["2.1"]) == [("县税务局", "lead"), ("各乡镇人民政府", "support")]
    assert _deadline(found["2.1"]) == ("2024年10月底", "month", "2024-10-31")
    assert _units(found["2.2"]) == [("县税务局", "lead"), ("县财政局", "support")]
    assert _units(found["3.1"]) == [("县政务服务中心", "lead")]
    assert _deadline(found["3.1"]) == ("2024年8月底", "month", "2024-08-31")
    assert _units(found["3.2"]) == [("县政务服务中心", "responsible"),
                                    ("县数据局", "responsible")]


def test_reading_summary_on_stderr_in_both_languages(run_cli: RunCli) -> None:
    _, _, err = run_cli("parse", FIXTURE, env={"LANG": "en_US.UTF-8"})
    assert err.splitlines()[-1] == f"{FIXTURE}: 18 measures; 1 unit uncertain; 0 lines not read"
    _, _, err = run_cli("parse", "-f", "json", FIXTURE, env={"LANG": "zh_CN.UTF-8"})
    assert err.splitlines()[-1] == f"{FIXTURE}：18 项举措；1 个单位存疑；0 行未读取"


def test_no_reading_summary_for_a_clean_notice(run_cli: RunCli) -> None:
    code, _, err = run_cli("parse", str(FIXTURES / "layouts" / "marker_shapes.txt"))
    assert code == 0 and err == ""


def test_unnumbered_paragraph_measures(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", "-f", "json",
                             str(FIXTURES / "layouts" / "paragraph_measures.txt"))
    assert code == 0 and "[stray-line]" not in err
    indicators = json.loads(out)["indicators"]
    assert [item["name"] for item in indicators] == ["获得用水用气", "纳税"]
    found = {m["id"]: m for item in indicators for m in item["measures"]}
    # the boxed example (专栏) has no units: not a measure
    assert list(found) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4"]
    assert found["1.1"]["text"] == "推行用水用气报装“一站式”服务，压减办理环节。"
    assert _units(found["1.1"]) == [("县水务局", "lead"), ("县燃气公司", "support")]
    assert _units(found["1.2"]) == [("县住建局", "lead"), ("县自然资源局", "support")]
    assert _deadline(found["1.2"]) == ("2024年底前", "year-end", "2024-12-31")
    # a field line after a paragraph measure is its field
    assert _units(found["1.3"]) == [("县住建局", "responsible")]
    assert _deadline(found["1.3"]) == ("2024年9月底", "month", "2024-09-30")
    # a paragraph after a numbered measure's units is the next measure; ids follow position
    assert [found[key]["text"] for key in ("2.1", "2.2", "2.3")] == [
        "推行非接触式办税。", "推广电子发票全覆盖。", "压缩退税办理时间。"]
    assert _units(found["2.2"]) == [("县税务局", "lead"), ("县财政局", "support")]
    # a paragraph whose last sentence names its units with their roles, without a bracket
    assert found["2.4"]["text"] == "推行涉税事项容缺办理。"
    assert _units(found["2.4"]) == [("县税务局", "lead"), ("县司法局", "support")]


def test_hard_wrapped_field_values_join_their_field(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", "-f", "json",
                             str(FIXTURES / "layouts" / "wrapped_fields.txt"))
    assert code == 0 and err == ""  # no stray line: the page number and wraps are read
    first, second = [m for i in json.loads(out)["indicators"] for m in i["measures"]]
    assert [name for name, _ in _units(first)] == ["县法院", "县人社局", "县税务局", "县市场监管局"]
    assert _deadline(first) == ("2024年6月底", "month", "2024-06-30")
    assert [name for name, _ in _units(second)] == ["县法院", "县财政局", "县自然资源局",
                                                    "县住建局"]


@pytest.mark.parametrize("name", ["long_mixed_a", "long_mixed_b"])
def test_long_notices_mixing_shapes(run_cli: RunCli, name: str) -> None:
    """Two long invented notices (≥ 60 measures each) mixing markers, labelled and unlabelled
    brackets, field lines with ASCII colons, wrapped unit lists, paragraph measures, boxed
    examples and progress deadlines; the expected reading of every measure is a file."""
    path = FIXTURES / "layouts" / f"{name}.txt"
    code, out, _ = run_cli("parse", "-f", "json", str(path))
    assert code == 0
    found = {m["id"]: m for i in json.loads(out)["indicators"] for m in i["measures"]}
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert len(expected) >= 60
    assert list(found) == [item["id"] for item in expected]
    for item in expected:
        measure = found[item["id"]]
        assert [list(unit) for unit in _units(measure)] == item["units"], item["id"]
        got = _deadline(measure)
        assert (list(got[:2]) if got else None) == item["deadline"], item["id"]
