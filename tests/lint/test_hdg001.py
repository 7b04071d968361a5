"""HDG001 lead-not-marked."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.headings import LeadNotMarked


def test_unmarked_lead_among_marked_ones() -> None:
    findings = run_rule(LeadNotMarked, "hdg001-fail.txt")
    assert where(findings) == [("HDG001", 21, 10, None)]
    assert findings[0].suggestion == "国网某县供电公司牵头"
    assert findings[0].message == (
        "lead of indicator 4 is not marked “牵头” (3 of the other 3 headings mark it)")


def test_all_marked_pass() -> None:
    assert run_rule(LeadNotMarked, "hdg001-pass.txt") == []


def test_no_finding_when_marking_is_not_the_habit() -> None:
    assert run_rule(LeadNotMarked, "hdg001-no-habit.txt") == []
    assert len(run_rule(LeadNotMarked, "hdg001-no-habit.txt", habit=0.3)) == 3
