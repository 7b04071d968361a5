"""UNT001 inconsistent-unit-name."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.unitnames import InconsistentUnitName


def test_alias_and_dropped_character_forms_get_the_frequent_form_suggested() -> None:
    findings = run_rule(InconsistentUnitName, "unt001-fail.txt")
    assert where(findings) == [("UNT001", 11, 13, "1.2"), ("UNT001", 12, 10, None)]
    assert [f.suggestion for f in findings] == ["县行政服务中心", "县市场监管局"]
    assert findings[1].message == "unit written “县市监局” (1×) but “县市场监管局” elsewhere (4×)"
    assert [(r.line, r.column) for r in findings[1].related] == [(3, 10)]


def test_consistent_names_collectives_and_other_units_pass() -> None:
    assert run_rule(InconsistentUnitName, "unt001-pass.txt") == []


def test_message_in_chinese() -> None:
    findings = run_rule(InconsistentUnitName, "unt001-fail.txt", lang="zh")
    assert findings[1].message == (
        "单位名称“县市监局”（1次）与其他处的“县市场监管局”（4次）写法不一致")
