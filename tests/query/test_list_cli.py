"""``tgbe list``: unit matching through aliases, filters, suggestions and every format.

Counts derived from the seed with grep: 41 责任单位 lines name 县法院 and 48 name
县市场监管局; indicators 十二 and 十三 (both 县法院牵头) hold 14 + 17 = 31 measures, all of which
list 县法院 too.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.infra.width import display_width
from tgbe.models import Notice
from tgbe.track.query import Filters, UnknownName, query


def ids(run_cli: RunCli, *args: str) -> list[str]:
    code, out, err = run_cli("list", str(SEED), *args, "-f", "json")
    assert code == 0, err
    return [measure["id"] for measure in json.loads(out)["measures"]]


@pytest.mark.parametrize("name", ["县法院", "县人民法院", "法院", "人民法院"])
def test_court_found_by_full_abbreviated_and_bare_names(run_cli: RunCli, name: str) -> None:
    found = ids(run_cli, "--unit", name)
    assert len(found) == 41
    assert found[:3] == ["2.3", "2.4", "2.13"]


@pytest.mark.parametrize(
    "name", ["县市监局", "县市场监管局", "县市场监督管理局", "县市场监督管理分局"]
)
def test_market_regulator_found_whatever_its_spelling(run_cli: RunCli, name: str) -> None:
    assert len(ids(run_cli, "--unit", name)) == 48


def test_lead_only_keeps_the_indicators_the_unit_leads(run_cli: RunCli) -> None:
    found = ids(run_cli, "--unit", "县人民法院", "--lead-only")
    assert len(found) == 31
    assert {item.split(".")[0] for item in found} == {"12", "13"}


def test_include_collective_adds_measures_given_to_everyone(run_cli: RunCli) -> None:
    found = ids(run_cli, "--unit", "县法院", "--include-collective")
    assert len(found) == 77
    code, out, _ = run_cli("list", str(SEED), "--unit", "县法院", "--include-collective",
                           "-f", "json")
    assert code == 0
    extra = [m for m in json.loads(out)["measures"]
             if not any(u["canonical"] == "县法院" for u in m["units"])]
    assert extra and all(any(u["collective"] for u in m["units"]) for m in extra)


def test_unknown_unit_exits_2_with_the_closest_names(run_cli: RunCli) -> None:
    code, out, err = run_cli("list", str(SEED), "--unit", "县法园")
    assert code == 2 and out == ""
    assert err.endswith(
        " list: error: unknown unit '县法园'; did you mean 县法院, 县司法局, 县产业园区?\n")


def test_indicator_by_number_or_name_and_unknown_indicator(run_cli: RunCli) -> None:
    assert len(ids(run_cli, "--indicator", "13")) == 17
    assert ids(run_cli, "--indicator", "办理破产") == ids(run_cli, "--indicator", "十三")
    code, _, err = run_cli("list", str(SEED), "--indicator", "办理破铲")
    assert code == 2 and "unknown indicator '办理破铲'; did you mean 办理破产" in err


def test_due_dates_are_strict_bounds(run_cli: RunCli) -> None:
    assert ids(run_cli, "--due-before", "2023-06-30") == ["11.2"]
    assert len(ids(run_cli, "--due-before", "2023-07-01")) == 28
    assert len(ids(run_cli, "--due-after", "2023-09-30")) == 2
    assert len(ids(run_cli, "--due-after", "2023-06-30", "--due-before", "2023-09-30")) == 2


def test_status_needs_a_ledger_and_filters_by_it(run_cli: RunCli) -> None:
    ledger = str(FIXTURES / "ledger" / "progress.yaml")
    assert ids(run_cli, "--status", "done", "--ledger", ledger) == ["1.10"]
    assert len(ids(run_cli, "--status", "todo", "--ledger", ledger)) == 210
    code, _, err = run_cli("list", str(SEED), "--status", "done")
    assert code == 2 and "--status needs --ledger" in err


def test_city_filter_and_unknown_city(run_cli: RunCli, seed_notice: Notice) -> None:
    city = seed_notice.indicators[1].benchmark_cities[0].name
    assert len(ids(run_cli, "--city", city)) == len(seed_notice.indicators[1].measures)
    code, _, err = run_cli("list", str(SEED), "--city", "火星")
    assert code == 2 and "unknown benchmark city '火星'" in err


def test_json_contract(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", str(SEED), "--unit", "县检察院", "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["schema_version"] == "1.0"
    first = data["measures"][0]
    assert {"id", "indicator", "text", "deadline", "units", "status"} <= first.keys()
    assert (first["deadline"], first["status"]) == ("2023-09-30", None)


def test_csv_parses_back(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", str(SEED), "--unit", "县检察院", "-f", "csv")
    assert out.startswith("\ufeffID,")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert code == 0 and rows[0][0] == "ID" and len(rows) == 7
    assert all(row[3] == "2023-09-30" and "县检察院" in row[5] for row in rows[1:])


def test_xlsx_needs_output_and_parses_back(run_cli: RunCli, tmp_path: Path) -> None:
    code, _, err = run_cli("list", str(SEED), "-f", "xlsx")
    assert code == 2 and "-f xlsx needs -o FILE" in err
    target = tmp_path / "list.xlsx"
    code, out, _ = run_cli("list", str(SEED), "--indicator", "1", "-f", "xlsx", "-o", str(target))
    assert (code, out) == (0, "")
    sheet = load_workbook(target).active
    assert sheet.max_row == 14 and sheet["A2"].value == "1.1"
    assert sheet["D2"].value.date().isoformat() == "2023-09-30"


def test_table_wraps_long_text_aligned_by_display_width(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", str(SEED), "--indicator", "12")
    assert code == 0 and "14 measures" in out and "项举措" not in out
    assert "…" not in out  # wrapped, not cut
    table = [line for line in out.splitlines() if line.startswith(("┃", "│", "├", "┏", "└"))]
    assert len({display_width(line) for line in table}) == 1
    assert len(table) > 3 * 14


def test_alias_file_adds_names(run_cli: RunCli) -> None:
    aliases = str(FIXTURES / "units" / "aliases.yaml")
    code, _, err = run_cli("list", str(SEED), "--unit", "县自来水公司")
    assert code == 2 and "unknown unit '县自来水公司'" in err
    code, out, _ = run_cli("list", str(SEED), "--unit", "县供水公司", "--alias-file", aliases,
                           "-f", "json")
    assert code == 0
    [measure] = json.loads(out)["measures"]
    assert [u["canonical"] for u in measure["units"] if u["name"] == "润泉供水公司"] == [
        "县自来水公司"]


def test_bad_alias_file_is_a_located_error(run_cli: RunCli) -> None:
    path = FIXTURES / "units" / "bad-aliases.yaml"
    code, _, err = run_cli("list", str(SEED), "--alias-file", str(path))
    assert code == 2
    assert err.splitlines()[0] == (f"{path}:1:9: error: expected a list for the variants of "
                                   "县自来水公司, found '润泉供水公司'")


def test_query_library_refuses_lead_only_without_unit(seed_notice: Notice) -> None:
    with pytest.raises(ValueError, match="--lead-only needs --unit"):
        query(seed_notice, Filters(lead_only=True))
    with pytest.raises(ValueError, match="--include-collective needs --unit"):
        query(seed_notice, Filters(include_collective=True))
    with pytest.raises(UnknownName) as caught:
        query(seed_notice, Filters(unit="县法园"))
    assert caught.value.suggestions[0] == "县法院"
