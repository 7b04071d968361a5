"""CHR001 suspicious-character."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.characters import SuspiciousCharacter


def test_title_variant_and_rare_word_next_to_a_frequent_one() -> None:
    findings = run_rule(SuspiciousCharacter, "chr001-fail.txt")
    assert where(findings) == [("CHR001", 15, 6, "1.4"), ("CHR001", 12, 6, "1.3")]
    title, word = findings
    assert (title.severity, title.suggestion) == ("warning", "某省高价值专利培育项目管理办法")
    assert [(r.line, r.column, r.measure_id) for r in title.related] == [(6, 6, "1.1")]
    assert (word.severity, word.suggestion, word.end_column) == ("info", "中小微企业", 11)
    assert word.message == (
        "“中小为企业” looks like a slip for “中小微企业” (written 5× in this notice)")


def test_consistent_spelling_passes() -> None:
    assert run_rule(SuspiciousCharacter, "chr001-pass.txt") == []


def test_min_count_option() -> None:
    assert where(run_rule(SuspiciousCharacter, "chr001-fail.txt", min_count=6)) == [
        ("CHR001", 15, 6, "1.4")]


def test_message_in_chinese() -> None:
    findings = run_rule(SuspiciousCharacter, "chr001-fail.txt", lang="zh")
    assert findings[1].message == "“中小为企业”疑为“中小微企业”之误（本文出现5次）"
