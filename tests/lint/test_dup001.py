"""DUP001 duplicated-measure."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.duplicates import DuplicatedMeasure


def test_identical_and_near_identical_measures_are_reported_at_the_later_one() -> None:
    findings = run_rule(DuplicatedMeasure, "dup001-fail.txt")
    assert where(findings) == [("DUP001", 12, 3, "1.3"), ("DUP001", 21, 3, "2.2")]
    assert findings[0].message == "measure 1.3 duplicates 1.1 (identical)"
    assert [(r.line, r.measure_id) for r in findings[1].related] == [(6, "1.1"), (12, "1.3")]
    assert "94% similar" in findings[1].message


def test_different_measures_pass() -> None:
    assert run_rule(DuplicatedMeasure, "dup001-pass.txt") == []


def test_threshold_option_controls_near_duplicates() -> None:
    assert where(run_rule(DuplicatedMeasure, "dup001-fail.txt", threshold=100)) == [
        ("DUP001", 12, 3, "1.3")]


def test_pairs_inside_a_copied_block_are_left_to_dup002() -> None:
    assert run_rule(DuplicatedMeasure, "dup002-fail.txt") == []
    assert where(run_rule(DuplicatedMeasure, "dup002-pass.txt")) == [
        ("DUP001", 21, 3, "2.1"), ("DUP001", 27, 3, "2.3")]


def test_message_in_chinese() -> None:
    findings = run_rule(DuplicatedMeasure, "dup001-fail.txt", lang="zh")
    assert findings[0].message == "举措1.3与1.1重复（完全相同）"
