"""DUP003 repeated-clause."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.duplicates import RepeatedClause


def test_identical_and_near_identical_clauses_inside_a_measure() -> None:
    findings = run_rule(RepeatedClause, "dup003-fail.txt")
    assert where(findings) == [("DUP003", 6, 33, "1.1"), ("DUP003", 9, 30, "1.2")]
    assert findings[0].message == (
        "measure 1.1 repeats the clause “加快完善交易担保服务体系” (identical)")
    assert [(r.line, r.column) for r in findings[0].related] == [(6, 12)]
    assert "87% similar" in findings[1].message


def test_distinct_clauses_pass() -> None:
    assert run_rule(RepeatedClause, "dup003-pass.txt") == []


def test_threshold_option() -> None:
    assert where(run_rule(RepeatedClause, "dup003-fail.txt", threshold=95)) == [
        ("DUP003", 6, 33, "1.1")]


def test_a_clause_pasted_many_times_is_one_finding_with_a_count() -> None:
    text = ("某县营商环境指标主要提升举措\n\n一、招标投标指标（县发改委牵头）\n"
            "1.深入推广电子保函，" + "加快完善交易担保服务体系，" * 400 + "规范保证金退还。\n"
            "完成时限：2023年9月\n责任单位：县发改委\n")
    findings = run_rule(RepeatedClause, text)
    assert len(findings) == 1
    assert findings[0].message == (
        "measure 1.1 repeats the clause “加快完善交易担保服务体系” (identical, 399 repeats)")
    zh = run_rule(RepeatedClause, text, lang="zh")
    assert zh[0].message.endswith("（完全相同，共重复399次）")
