"""Role words in label-less unit brackets (issue 11, item 2), read through ``tgbe parse -f
json`` on ``tests/fixtures/layouts/role_words.txt``: a segment's closing word gives its units'
role (配合/协办/参与/协同 → support, 负责/落实 → responsible, 牵头/主办 → lead), several brackets in
one measure all count with their own roles, and a deadline label beside unit labels is read
whatever separates them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import FIXTURES, parsed_measures
from tgbe.parse.inline import read_bracket
from tgbe.vocab import UnitRole

FIXTURE = str(FIXTURES / "layouts" / "role_words.txt")


@pytest.fixture(scope="module")
def measures() -> dict[str, dict[str, Any]]:
    return parsed_measures(FIXTURE)


EXPECTED = {
    "1.1": ([("市自然资源局", "responsible"), ("市税务局", "responsible")], "2024-09-30"),
    "1.2": ([("市发展改革委", "responsible"), ("市财政局", "support"),
             ("市市场监管局", "support")], "2024-10-31"),
    "1.3": ([("市司法局", "responsible"), ("市检察院", "support")], None),
    "1.4": ([("市商务局", "lead"), ("溪山海关", "support")], None),
    "1.5": ([("市发展改革委", "responsible"), ("市财政局", "support")], "2024-11-30"),
    "1.6": ([("各有关单位", "responsible")], None),
    "1.7": ([("市人社局", "responsible"), ("市教育局", "support")], "2024-06-30"),
    "1.8": ([("市住建局", "lead"), ("市消防救援支队", "support")], None),
    "1.9": ([("市人社局", "responsible")], None),
    "1.10": ([("市发展改革委", "responsible"), ("市财政局", "responsible")], None),
    "1.11": ([("市工商联", "lead"), ("市总工会", "support")], None),
    "1.12": ([("溪山海关", "lead"), ("市商务局", "support")], "2024-08-31"),
    # units named in the last sentence without a bracket; a sentence that is no unit list
    "1.13": ([("市政务服务中心", "lead"), ("市直有关部门", "support")], "2024-09-30"),
    "1.14": ([], None),
    # a bracket after each clause of 一是…二是…: every unit once
    "1.15": ([("市市场监管局", "responsible"), ("市公安局", "responsible")], None),
    # persons (牵头领导, 联系人) are fields of the measure, not units
    "2.1": ([("市数据局", "lead"), ("各区政府", "support")], "2024-10-31"),
    "2.2": ([("市市场监管局", "responsible"), ("市税务局", "responsible")], "2024-06-30"),
    # a unit bracket closing the measure's first line, its text going on below
    "3.1": ([("市市场监管局", "responsible")], None),
    "3.2": ([("市住建局", "lead"), ("市自然资源局", "support")], "2024-12-31"),
}


def test_every_measure_is_found(measures: dict[str, dict[str, Any]]) -> None:
    assert list(measures) == list(EXPECTED)


@pytest.mark.parametrize("measure_id", list(EXPECTED))
def test_units_roles_and_due_date(measures: dict[str, dict[str, Any]], measure_id: str) -> None:
    measure = measures[measure_id]
    units, due = EXPECTED[measure_id]
    assert [(unit["name"], unit["role"]) for unit in measure["units"]] == units
    assert (measure["deadline"] or {}).get("due") == due


def test_a_full_stop_after_the_unit_bracket_still_closes_it(
        measures: dict[str, dict[str, Any]]) -> None:
    assert measures["1.9"]["text"] == "建立企业用工服务专员制度"


def test_a_closing_unit_sentence_leaves_the_text(measures: dict[str, dict[str, Any]]) -> None:
    assert measures["1.13"]["text"].endswith("群众办事跑动次数减少一半。")
    assert measures["1.14"]["text"] == "落实减免政策。相关费用由企业负责。"


def test_a_person_label_is_neither_unit_nor_text(measures: dict[str, dict[str, Any]]) -> None:
    assert measures["2.1"]["text"] == "推进高频事项“免证办”。"


def test_role_words_are_not_kept_in_names(measures: dict[str, dict[str, Any]]) -> None:
    names = [unit["name"] for m in measures.values() for unit in m["units"]]
    assert not [name for name in names
                if name.endswith(("配合", "协办", "协同", "参与", "负责", "落实", "主办"))]


@pytest.mark.parametrize(("bracket", "groups"), [
    ("甲区商务局、甲区财政局配合", [(UnitRole.SUPPORT, ["甲区商务局", "甲区财政局"])]),
    ("甲区商务局负责，甲区财政局配合",
     [(UnitRole.RESPONSIBLE, ["甲区商务局"]), (UnitRole.SUPPORT, ["甲区财政局"])]),
    ("甲区商务局主办，甲区财政局协办",
     [(UnitRole.LEAD, ["甲区商务局"]), (UnitRole.SUPPORT, ["甲区财政局"])]),
    ("甲区商务局按职责分工配合", [(UnitRole.SUPPORT, ["甲区商务局"])]),
])
def test_read_bracket_roles(bracket: str, groups: list[tuple[UnitRole, list[str]]]) -> None:
    reading = read_bracket(bracket)
    assert reading is not None
    assert reading.groups == groups


@pytest.mark.parametrize("remark", ["风险管控", "0.5分", "以下简称“一件事”"])
def test_a_remark_bracket_is_not_units(remark: str) -> None:
    assert read_bracket(remark) is None
