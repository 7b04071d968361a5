"""TGT001 conflicting-target."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.conflicts import ConflictingTarget, extract_figures


def test_two_values_in_the_summary_and_a_measure_contradicting_it() -> None:
    findings = run_rule(ConflictingTarget, "tgt001-fail.txt")
    assert where(findings) == [("TGT001", 4, 32, None), ("TGT001", 6, 3, "1.1")]
    assert findings[0].message == ("indicator 1: “全年新增就业” is 1560人 here but 1500人 in "
                                   "the summary (“城镇新增就业”)")
    assert [(r.line, r.column) for r in findings[0].related] == [(4, 1)]
    assert "is 95% here but 90% in the summary" in findings[1].message


def test_consistent_per_capita_change_and_list_figures_pass() -> None:
    assert run_rule(ConflictingTarget, "tgt001-pass.txt") == []


def test_min_shared_option() -> None:
    assert where(run_rule(ConflictingTarget, "tgt001-fail.txt", min_shared=8)) == [
        ("TGT001", 6, 3, "1.1")]


def test_extract_figures_reads_metric_value_unit() -> None:
    figures = extract_figures("力争2023年底结案率达到100%，新增贷款10亿元，参保率增长3%。")
    assert [(f.metric, f.shown, f.delta) for f in figures] == [
        ("结案率", "100%", False), ("新增贷款", "10亿元", False), ("参保率", "3%", True)]


def test_dates_ranges_and_lists_are_not_figures() -> None:
    assert extract_figures("2023年9月底前完成，打造1-2个示范点，分别压减到5个、12个工作日。") == []


def test_a_different_content_character_is_a_different_metric() -> None:
    """用水 and 用气 differ in a content character: their times do not conflict; a measure
    naming the same metric with 时间 added contradicts the summary (5 vs 3)."""
    findings = run_rule(ConflictingTarget, "tgt001-metrics.txt")
    assert where(findings) == [("TGT001", 6, 15, "1.1"), ("TGT001", 15, 17, "2.2")]
    assert findings[0].message == (
        "indicator 1: “一般不动产登记时间” is 5个工作日 here but 3个工作日 in the summary "
        "(“一般不动产登记”)")
    assert findings[1].message == (
        "indicator 2: “用气报装时间” is 3个工作日 here but 4个工作日 in the summary "
        "(“用气报装时间”)")
    assert [(r.line, r.column) for r in findings[1].related] == [(10, 18)]


def test_a_figure_after_a_sub_point_number_is_read() -> None:
    figures = extract_figures("优化退税服务。1.简化材料。"
                              "2.将出口退税平均办理时间压缩至3个工作日以内。")
    assert [(f.metric, f.shown, f.start) for f in figures] == [
        ("出口退税平均办理时间", "3个工作日", 16)]
