"""A benchmark label inside an indicator heading's bracket (``开办企业（牵头单位：A；对标城市：
杭州市、宁波市）``) ends the unit list and names the indicator's benchmark cities, each with
the span of its own name (``tests/fixtures/layouts/heading_benchmark.txt``)."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import FIXTURES, RunCli

FIXTURE = str(FIXTURES / "layouts" / "heading_benchmark.txt")


def _indicators(run_cli: RunCli) -> list[dict[str, Any]]:
    code, stdout, _ = run_cli("parse", FIXTURE, "-f", "json")
    assert code == 0
    indicators: list[dict[str, Any]] = json.loads(stdout)["indicators"]
    return indicators


def test_the_benchmark_in_the_heading_bracket_is_no_lead_unit(run_cli: RunCli) -> None:
    first, second = _indicators(run_cli)
    assert [(u["name"], u["role"]) for u in first["lead_units"]] == [
        ("县市场监管局", "lead")]
    assert [u["name"] for u in second["lead_units"]] == ["县供电公司"]


def test_it_names_the_benchmark_cities_with_their_spans(run_cli: RunCli) -> None:
    first, second = _indicators(run_cli)
    cities = [(c["name"], c["span"]["start_line"], c["span"]["start_column"],
               c["span"]["end_column"]) for c in first["benchmark_cities"]]
    assert cities == [("杭州市", 3, 25, 28), ("宁波市", 3, 29, 32)]
    assert [c["name"] for c in second["benchmark_cities"]] == ["深圳市"]


def test_lint_reports_nothing(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("lint", FIXTURE)
    assert code == 0, stdout
