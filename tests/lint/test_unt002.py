"""UNT002 lead-not-responsible."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.unitnames import LeadNotResponsible


def test_lead_missing_from_its_measures_where_the_habit_holds() -> None:
    findings = run_rule(LeadNotResponsible, "unt002-fail.txt")
    assert where(findings) == [("UNT002", 15, 10, None)]
    assert findings[0].message == (
        "lead unit “县财政局” of indicator 3 is responsible for none of its 1 measures "
        "(leads are listed in 3 of the other 3 sections)")


def test_leads_listed_everywhere_pass() -> None:
    assert run_rule(LeadNotResponsible, "unt002-pass.txt") == []


def test_no_finding_when_the_notice_has_no_such_habit() -> None:
    assert run_rule(LeadNotResponsible, "unt002-no-habit.txt") == []


def test_options_control_the_habit() -> None:
    assert run_rule(LeadNotResponsible, "unt002-fail.txt", min_sections=4) == []
    assert len(run_rule(LeadNotResponsible, "unt002-no-habit.txt", habit=0.0)) == 3
