"""Unit names: shipped aliases, collective phrases, unit lists and ``tgbe units``."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.parse.aliasfile import alias_table
from tgbe.parse.inline import read_bracket, read_field
from tgbe.parse.units import default_aliases, is_collective, split_unit_names
from tgbe.vocab import UnitRole


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("县市监局", "县市场监督管理局"),
        ("市市场监管局", "市市场监督管理局"),
        ("县发改委", "县发展和改革委员会"),
        ("区发展改革委", "区发展和改革委员会"),
        ("县人社局", "县人力资源和社会保障局"),
        ("县住建局", "县住房和城乡建设局"),
        ("人行铜鼓县支行", "中国人民银行铜鼓支行"),
        ("人行铜鼓支行", "中国人民银行铜鼓支行"),
        ("中国人民银行某某县支行", "中国人民银行某某支行"),
        ("县委编办", "县委机构编制委员会办公室"),
        ("共青团县委", "团县委"),
        ("县营商办", "县营商环境办公室"),
        ("县退役军人局", "县退役军人事务局"),
        # a second nameplate in closing brackets names the same body
        ("省市场监管局（省知识产权局）", "省市场监督管理局"),
        ("县市监局(县知识产权局)", "县市场监督管理局"),
        ("各县（市、区）政府", "各县（市、区）政府"),
    ],
)
def test_common_abbreviations_have_one_canonical_name(written: str, canonical: str) -> None:
    assert default_aliases().canonical(written) == canonical


@pytest.mark.parametrize(
    ("first", "second"),
    [("县金融办", "县金融服务中心"), ("县行政审批局", "县政务服务中心"),
     ("县行政服务中心", "县政务服务中心"), ("县发改委", "县发改局"), ("县农业局", "县农业农村局")],
)
def test_renamed_or_different_bodies_are_not_merged(first: str, second: str) -> None:
    table = default_aliases()
    assert table.canonical(first) != table.canonical(second)


@pytest.mark.parametrize(
    "phrase",
    ["县直各单位", "各相关单位", "各乡镇", "县工改成员单位", "县中介服务管理工作领导小组成员单位",
     "相关采购单位", "县直各部门", "产业链牵头部门", "各银行业金融机构", "有关单位"],
)
def test_collective_phrases_are_marked(phrase: str) -> None:
    assert is_collective(phrase)


@pytest.mark.parametrize(
    "name",
    ["县市场监管局", "县法院", "团县委", "县委组织部", "国网铜鼓供电公司", "县中等职业学校",
     "县消防救援大队", "人行铜鼓县支行"],
)
def test_single_units_are_not_collective(name: str) -> None:
    assert not is_collective(name)


def test_a_trailing_etc_ends_the_list_not_the_name() -> None:
    assert split_unit_names("县医保局、县交通运输局等") == ["县医保局", "县交通运输局"]
    assert split_unit_names("县财政局等单位按职责分工负责。") == ["县财政局"]


def test_alias_file_extends_the_shipped_table() -> None:
    table = alias_table(str(FIXTURES / "units" / "aliases.yaml"))
    assert table.canonical("润泉供水公司") == "县自来水公司"
    assert table.canonical("县市监局") == "县市场监督管理局"
    assert default_aliases().canonical("润泉供水公司") == "润泉供水公司"


def test_units_lists_each_canonical_unit_with_its_spellings(run_cli: RunCli) -> None:
    code, out, _ = run_cli("units", str(SEED), "-f", "json")
    assert code == 0
    units = {unit["canonical"]: unit for unit in json.loads(out)["units"]}
    # shown as the notice writes them most often, never as an invented official name
    assert "县市场监督管理局" not in units and "县人民法院" not in units
    market = units["县市场监管局"]
    assert market["aliases"] == ["县市场监管局", "县市监局"]
    # leads indicators 一, 十 and 十四 (13 measures each); listed in 9 other measures
    assert (market["lead"], market["responsible"]) == (39, 9)
    assert market["earliest_deadline"] == "2023-06-30"
    assert units["县法院"]["lead"] == 31 and units["县法院"]["responsible"] == 10
    assert units["人行铜鼓县支行"]["aliases"] == ["人行铜鼓县支行", "人行铜鼓支行"]
    assert units["县直各单位"]["collective"] and not market["collective"]
    assert units["县税务局"]["earliest_deadline"] == "2023-04-30"


def test_units_table_and_csv(run_cli: RunCli) -> None:
    code, out, _ = run_cli("units", str(SEED), "-f", "csv")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert code == 0 and rows[0][0] == "Unit"
    assert rows[1] == ["县行政服务中心", "县行政服务中心、行政服务中心", "", "17", "32",
                       "2023-06-30"]
    assert rows[2] == ["县市场监管局", "县市场监管局、县市监局", "", "39", "9", "2023-06-30"]
    code, out, _ = run_cli("units", str(SEED))
    assert code == 0 and "县人社局" in out and "units" in out
    assert "县人力资源和社会保障" not in out


@pytest.mark.parametrize(
    ("value", "groups"),
    [
        ("县财政局牵头，县市场监管局、县发改委配合",
         [("lead", ["县财政局"]), ("support", ["县市场监管局", "县发改委"])]),
        ("县财政局（牵头）、县市场监管局", [("lead", ["县财政局"]), ("support", ["县市场监管局"])]),
        ("县城管局牵头、县住建局牵头", [("lead", ["县城管局", "县住建局"])]),
        ("县金融办、人行某县支行共同牵头", [("lead", ["县金融办", "人行某县支行"])]),
        ("县发改委牵头负责", [("lead", ["县发改委"])]),
        ("县财政局牵头落实，县税务局配合", [("lead", ["县财政局"]), ("support", ["县税务局"])]),
        # 牵头 inside a name is no marker; 等 before a collective phrase names both
        ("县发改委、产业链牵头部门", [("responsible", ["县发改委", "产业链牵头部门"])]),
        ("县财政局、县公共资源交易中心等相关部门",
         [("responsible", ["县财政局", "县公共资源交易中心", "相关部门"])]),
    ],
)
def test_field_values_are_read_like_unit_brackets(
    value: str, groups: list[tuple[str, list[str]]]
) -> None:
    found = read_field(UnitRole.RESPONSIBLE, value)
    assert [(role.value, names) for role, names in found] == groups
    bracket = read_bracket(value)
    assert bracket is not None and bracket.groups == found


def test_every_query_command_reads_the_aliases_of_the_nearest_config(run_cli: RunCli) -> None:
    notice = FIXTURES / "units" / "configured" / "notice.txt"
    code, out, _ = run_cli("list", str(notice), "--unit", "县人民法院", "-f", "json")
    assert code == 0 and [row["id"] for row in json.loads(out)["measures"]] == ["1.1", "1.2"]
    code, out, _ = run_cli("units", str(notice), "-f", "json")
    court = json.loads(out)["units"][0]
    assert code == 0
    assert (court["canonical"], court["aliases"]) == ("县人民法院", ["县人民法院", "县法庭"])
