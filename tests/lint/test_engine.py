"""The lint engine: rule selection, options, severity overrides, ordering."""

from __future__ import annotations

import pytest

from tests.lint.engine_helpers import LINT_FIXTURES, lint_fixture
from tgbe.lint.config import LintConfig
from tgbe.lint.engine import active_rules, lint
from tgbe.lint.rules.registry import RULES
from tgbe.lint.rules.selection import enabled, suggest
from tgbe.models import Severity


def _codes(*select: str, ignore: tuple[str, ...] = ()) -> list[str]:
    return [rule.code for rule in enabled(select, ignore)]


def test_everything_runs_by_default() -> None:
    assert [rule.code for rule in active_rules()] == [rule.code for rule in RULES]


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (("PUN001",), (), ["PUN001"]),
        (("half-width-punctuation",), (), ["PUN001"]),
        (("PUN",), ("PUN00",), []),
        (("PUN",), ("PUN005", "leading-whitespace"), ["PUN001", "PUN002", "PUN003", "PUN004"]),
        (("PUN005",), ("PUN",), ["PUN005"]),
        (("BEN", "NUM"), ("NUM",), ["BEN001", "BEN002"]),
    ],
)
def test_the_most_specific_selector_wins(
    select: tuple[str, ...], ignore: tuple[str, ...], expected: list[str]
) -> None:
    assert _codes(*select, ignore=ignore) == expected


def test_extend_select_adds_to_select() -> None:
    config = LintConfig(select=("BEN001",), extend_select=("NUM",))
    assert [rule.code for rule in active_rules(config)] == [
        "BEN001", "NUM001", "NUM002", "NUM003", "NUM004"]


def test_severity_override_by_code_or_name() -> None:
    config = LintConfig(select=("PUN",), severity={"trailing-whitespace": Severity.ERROR,
                                                   "PUN001": Severity.INFO})
    found = {f.code: f.severity for f in lint_fixture("punctuation-fail.txt", config=config)}
    assert found["PUN005"] is Severity.ERROR and found["PUN001"] is Severity.INFO
    assert found["PUN002"] is Severity.WARNING


def test_findings_are_sorted_by_line_then_column() -> None:
    found = lint_fixture("punctuation-fail.txt", "PUN")
    keys = [(f.line, f.column) for f in found]
    assert keys == sorted(keys) and len(keys) == 7


def test_lines_are_read_from_the_file_when_not_given() -> None:
    import tgbe

    notice = tgbe.parse_file(LINT_FIXTURES / "punctuation-fail.txt")
    assert [f.code for f in lint(notice, LintConfig(select=("PUN001",)))] == ["PUN001"]


def test_close_codes_are_suggested() -> None:
    assert suggest("PUN01").startswith("; did you mean PUN001")
    assert suggest("zzzzzz") == ""
