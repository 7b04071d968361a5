"""A section named by its units (``一、县发展和改革局``) gives them as the indicator's lead
units, and points numbered ``1）`` are measures like ``（1）``
(``tests/fixtures/layouts/unit_sections.txt``)."""

from __future__ import annotations

import json

from tests.conftest import FIXTURES, RunCli, parsed_measures

FIXTURE = str(FIXTURES / "layouts" / "unit_sections.txt")


def test_a_section_named_by_units_leads_its_measures(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("parse", FIXTURE, "-f", "json")
    assert code == 0
    indicators = json.loads(stdout)["indicators"]
    assert [[unit["name"] for unit in indicator["lead_units"]] for indicator in indicators] == [
        ["县发展和改革局"], ["县市场监督管理局", "县税务局"], []]
    assert indicators[1]["name"] == "县市场监督管理局、县税务局"


def test_list_by_unit_finds_the_measures_of_a_unit_section(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("list", FIXTURE, "--unit", "县税务局", "-f", "json")
    assert code == 0
    assert [measure["id"] for measure in json.loads(stdout)["measures"]] == ["2.1", "2.2"]


def test_points_numbered_with_a_closing_bracket_are_measures() -> None:
    measures = parsed_measures(FIXTURE)
    assert list(measures) == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert measures["2.1"]["text"] == "推行企业开办全程网办。"
    assert measures["2.1"]["deadline"]["due"] == "2025-03-31"
    assert measures["2.2"]["deadline"]["kind"] == "ongoing"
    assert [(u["name"], u["role"]) for u in measures["3.2"]["units"]] == [
        ("县政务服务中心", "lead"), ("各乡镇", "support")]


def test_a_heading_that_names_no_unit_has_no_lead() -> None:
    assert parsed_measures(FIXTURE)["3.1"]["units"][0]["name"] == "县政务服务中心"


def test_lint_does_not_take_the_marker_for_an_unbalanced_bracket(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("lint", FIXTURE, "--select", "PUN002")
    assert code == 0, stdout
