"""DUP001 duplicated-measure."""

from __future__ import annotations

from tests.lint.helpers import load, run_rule, where
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


def test_a_measure_copied_many_times_names_five_originals_and_counts_the_rest() -> None:
    measures = "".join(f"{n}.推行企业登记全程电子化，压缩办理时间。\n完成时限：2023年9月\n"
                       "责任单位：县市场监管局\n" for n in range(1, 9))
    text = "某县营商环境指标主要提升举措\n\n一、开办企业指标（县市场监管局牵头）\n" + measures
    findings = run_rule(DuplicatedMeasure, text, block_size=20)
    assert len(findings) == 7
    assert findings[-1].message == (
        "measure 1.8 duplicates 1.1, 1.2, 1.3, 1.4, 1.5 and 2 more (identical)")
    assert len(findings[-1].related) == 5


def test_copies_inside_a_block_copied_four_times_are_left_to_dup002() -> None:
    assert run_rule(DuplicatedMeasure, "dup002-five-copies.txt") == []


def test_a_thousand_identical_measures_are_one_group_not_half_a_million_pairs() -> None:
    from tgbe.lint.rules.duplicates import measure_copies

    measures = "".join(f"{n}.推行企业登记全程电子化，压缩办理时间。\n" for n in range(1, 1001))
    notice, _ = load("某县营商环境指标主要提升举措\n\n一、开办企业指标（县市场监管局牵头）\n"
                     + measures)
    copies = measure_copies(notice, 90.0, 3)
    assert len(copies.members) == 1 and copies.similar == ({},)
    findings = run_rule(DuplicatedMeasure, notice_text(measures))
    assert len(findings) == 999
    assert findings[-1].message == (
        "measure 1.1000 duplicates 1.1, 1.2, 1.3, 1.4, 1.5 and 994 more (identical)")


def notice_text(measures: str) -> str:
    """A one-indicator notice holding ``measures``."""
    return "某县营商环境指标主要提升举措\n\n一、开办企业指标（县市场监管局牵头）\n" + measures


def test_a_copy_in_the_other_script_is_a_duplicate() -> None:
    # the same measure once in simplified, once in traditional characters
    findings = run_rule(DuplicatedMeasure, "dup001-scripts.txt")
    assert where(findings) == [("DUP001", 5, 3, "2.1")]
    assert findings[0].message == "measure 2.1 duplicates 1.1 (identical)"
