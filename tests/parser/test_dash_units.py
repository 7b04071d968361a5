"""Units set off a measure's text by a dash (``…——县市场监管局（2025年9月底）``, ``…。——A、B，
2025年10月底前``, ``…——责任单位：A；完成时限：B``); a dash before words that are no units
stays in the text (``tests/fixtures/layouts/dash_units.txt``)."""

from __future__ import annotations

from typing import Any

from tests.conftest import FIXTURES, RunCli, parsed_measures

FIXTURE = str(FIXTURES / "layouts" / "dash_units.txt")


def _read(measure: dict[str, Any]) -> tuple[str, list[str], str]:
    return (measure["text"], [unit["name"] for unit in measure["units"]],
            measure["deadline"]["due"])


def test_fields_after_a_dash() -> None:
    assert _read(parsed_measures(FIXTURE)["1.1"]) == (
        "推行企业开办“一日办结”", ["县市场监管局"], "2025-06-30")


def test_units_after_a_dash_with_a_deadline_bracket_or_segment() -> None:
    measures = parsed_measures(FIXTURE)
    assert _read(measures["1.2"]) == ("推行电子营业执照应用", ["县市场监管局"], "2025-09-30")
    assert _read(measures["1.3"]) == (
        "推行企业注销“一网服务”。", ["县市场监管局", "县税务局"], "2025-10-31")


def test_a_dash_before_words_that_are_no_units_stays_text() -> None:
    assert _read(parsed_measures(FIXTURE)["1.4"]) == (
        "打造“一窗通办”——提升群众办事体验。", ["县政务服务中心"], "2025-12-31")


def test_lint_reports_nothing(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("lint", FIXTURE)
    assert code == 0, stdout
