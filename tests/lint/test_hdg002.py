"""HDG002 heading-summary-mismatch."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.headings import HeadingSummaryMismatch


def test_summary_naming_another_indicator() -> None:
    findings = run_rule(HeadingSummaryMismatch, "hdg002-fail.txt")
    assert where(findings) == [("HDG002", 10, 9, None)]
    assert findings[0].message == "heading names indicator “纳税” but its summary names “开办企业”"
    assert (findings[0].end_column, findings[0].suggestion) == (13, "纳税")
    assert [r.line for r in findings[0].related] == [9]


def test_lost_opening_quote_and_summary_without_a_name_pass() -> None:
    assert run_rule(HeadingSummaryMismatch, "hdg002-pass.txt") == []
