"""A unit name hard-wrapped inside a field value (``县市场监`` / ``督管理局、县税务局``,
``县公安`` / ``局``) joins without a separator; a wrap after a separator goes on with the next
name (``tests/fixtures/layouts/wrapped_unit_names.txt``)."""

from __future__ import annotations

from tests.conftest import FIXTURES, RunCli, parsed_measures

FIXTURE = str(FIXTURES / "layouts" / "wrapped_unit_names.txt")


def _names(measure: dict[str, object]) -> list[str]:
    return [unit["name"] for unit in measure["units"]]  # type: ignore[attr-defined]


def test_a_name_wrapped_inside_joins_whole() -> None:
    measures = parsed_measures(FIXTURE)
    assert _names(measures["1.1"]) == ["县行政审批局", "县市场监督管理局", "县税务局"]
    assert _names(measures["1.2"]) == ["县市场监督管理局", "县公安局"]
    assert _names(measures["1.3"]) == ["县市场监督管理局", "县档案馆"]


def test_wrapped_dates_and_texts_join_too() -> None:
    measures = parsed_measures(FIXTURE)
    assert [measures[key]["deadline"]["due"] for key in ("1.1", "1.2", "1.3")] == [
        "2025-06-30", "2025-09-30", "2025-10-31"]
    assert measures["1.1"]["text"] == "推行企业开办全程网上办理，压缩开办时间至1个工作日以内。"


def test_lint_finds_no_stray_line_or_odd_unit(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("lint", FIXTURE)
    assert code == 0, stdout
