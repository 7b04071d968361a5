"""Unit names without the administrative prefix of a notice whose units carry one.

Fixture: ``tests/fixtures/units/notice_level.txt`` (a 市 notice writing 市场监管局, 市监局 and
开发区管委会 beside 市市场监管局 and 某州高新技术开发区管委会).
"""

from __future__ import annotations

import json

import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli
from tests.lint.helpers import run_rule
from tgbe.lint.rules.unitnames import InconsistentUnitName
from tgbe.parse.inline import make_group_units, read_bracket, read_field
from tgbe.parse.units import default_aliases
from tgbe.vocab import UnitRole

LEVEL = FIXTURES / "units" / "notice_level.txt"


def _canonicals(measure_id: str) -> list[tuple[str, str]]:
    notice = tgbe.parse_file(LEVEL)
    measure = next(item for item in notice.measures() if item.id == measure_id)
    return [(unit.name, unit.key) for unit in measure.units]


def test_unprefixed_core_names_take_the_notice_level() -> None:
    # 市场监管局 first in its list: the 市 of 市场 is part of the core, not a prefix
    assert _canonicals("1.1") == [("市场监管局", "市市场监督管理局"), ("市税务局", "市税务局")]
    assert _canonicals("1.3")[1] == ("市监局", "市市场监督管理局")
    # a big-data centre is not the 数据局, and a name outside the alias table keeps its form
    assert _canonicals("2.2")[1] == ("大数据中心", "大数据中心")


def test_list_and_units_see_one_city_market_regulator(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", str(LEVEL), "--unit", "市市场监管局", "-f", "json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)["measures"]] == ["1.1", "1.2", "1.3"]
    code, out, _ = run_cli("units", str(LEVEL), "-f", "json")
    units = json.loads(out)["units"]
    regulators = [unit for unit in units if "市监局" in unit["aliases"]]
    # one unit, shown as the notice writes it most often, its other spellings as aliases
    assert [(unit["canonical"], unit["aliases"]) for unit in regulators] == [
        ("市市场监管局", ["市市场监管局", "市场监管局", "市监局"])]
    assert "市市场监督管理局" not in [unit["canonical"] for unit in units]


def test_a_core_starting_with_a_prefix_character_passes_on_no_prefix() -> None:
    table = default_aliases()
    groups = read_field(UnitRole.RESPONSIBLE, "县发改委、市场监管局、财政局")
    units = make_group_units(groups, table)
    assert [unit["canonical"] for unit in units] == [
        "县发展和改革委员会", "县市场监督管理局", "县财政局"]


@pytest.mark.parametrize(
    "value", ["区财政局，2023年6月底前", "区财政局；2023年6月底前完成梳理；区税务局"])
def test_a_date_phrase_in_a_unit_list_is_never_a_unit(value: str) -> None:
    names = [name for _, batch in read_field(UnitRole.RESPONSIBLE, value) for name in batch]
    assert not any("2023" in name for name in names)
    reading = read_bracket(value)
    assert reading is not None
    assert not any("2023" in name for _, batch in reading.groups for name in batch)


def test_a_shorter_tail_of_a_longer_unit_name_is_inconsistent() -> None:
    findings = run_rule(InconsistentUnitName, LEVEL)
    tails = [f for f in findings if f.suggestion == "某州高新技术开发区管委会"]
    assert [(f.line, f.measure_id) for f in tails] == [(21, "2.1")]


NOTICE = """某县营商环境提升举措
一、开办企业指标
1.推行开办企业一网通办。
完成时限：2023年6月底
责任单位：县财政局、市财政局、{a}
2.推行电子营业执照。
完成时限：2023年6月底
责任单位：{b}、{c}
"""


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        # two longer names end with the shorter one: which is meant is not known
        ("甲高新区管委会", "乙高新区管委会", "高新区管委会"),
        # a prefix is not an abbreviation: 县/市 are other units
        ("县税务局", "市税务局", "县人社局"),
    ],
)
def test_tails_link_only_one_longer_name_and_never_across_prefixes(
    a: str, b: str, c: str
) -> None:
    findings = run_rule(InconsistentUnitName, NOTICE.format(a=a, b=b, c=c))
    assert findings == []
