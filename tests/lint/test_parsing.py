"""PAR rules: the parser's diagnostics as findings, each reported by one rule."""

from __future__ import annotations

from tests.conftest import SEED
from tests.lint.engine_helpers import lint_fixture, places
from tgbe.lint.rules.base import LintContext
from tgbe.lint.rules.parsing import ParseDiagnostic
from tgbe.models import Diagnostic, Severity, Span


def test_stray_line_and_truncated_measure_are_located() -> None:
    found = lint_fixture("parsing-fail.txt", "PAR")
    assert places(found) == [(7, 1, "PAR001"), (13, 1, "PAR002")]
    assert [f.measure_id for f in found] == ["1.1", "2.2"]


def test_chinese_messages_name_the_measure() -> None:
    found = lint_fixture("parsing-fail.txt", "PAR002", lang="zh")
    assert found[0].message == "举措2.2：在句中结束且没有责任单位，文本疑似被截断"


def test_a_clean_notice_has_no_parse_findings() -> None:
    assert lint_fixture("deadlines-pass.txt", "PAR") == []


def test_unclaimed_diagnostics_keep_their_message_and_severity() -> None:
    import tgbe

    notice = tgbe.parse_file(SEED)
    span = Span(start_line=3, start_column=2, end_line=3, end_column=5)
    odd = Diagnostic(code="something-new", severity=Severity.ERROR, message="odd", span=span)
    claimed = Diagnostic(code="stray-line", severity=Severity.WARNING, message="x", span=span)
    notice = notice.model_copy(update={"diagnostics": [odd, claimed]})
    found = [draft.build() for draft
             in ParseDiagnostic().check(LintContext(notice, ("", "", "abcdef")))]
    assert places(found) == [(3, 2, "PAR000")]
    assert (found[0].message, found[0].severity) == ("odd", Severity.ERROR)


def test_every_reporting_rule_is_registered() -> None:
    from tgbe.lint.rules.base import REPORTED_BY
    from tgbe.lint.rules.registry import RULES

    codes = {rule.code for rule in RULES}
    assert set(REPORTED_BY.values()) <= codes
    claimed = {code for rule in RULES for code in rule.diagnostics}
    assert claimed == set(REPORTED_BY)
