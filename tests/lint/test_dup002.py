"""DUP002 copied-block."""

from __future__ import annotations

from tests.lint.helpers import run_rule, where
from tgbe.lint.rules.duplicates import CopiedBlockRule


def test_a_run_of_copied_measures_is_reported_once() -> None:
    findings = run_rule(CopiedBlockRule, "dup002-fail.txt")
    assert where(findings) == [("DUP002", 24, 3, "2.2")]
    block = findings[0]
    assert block.message == "measures 2.2–2.5 repeat 1.1–1.4 (4 measures, 99% similar)"
    assert (block.end_line, block.severity) == (33, "error")
    assert [r.measure_id for r in block.related] == ["1.1", "1.2", "1.3", "1.4"]
    assert block.details[1] == "2.3 ≈ 1.2 (95%)"


def test_isolated_repeats_are_not_a_block() -> None:
    assert run_rule(CopiedBlockRule, "dup002-pass.txt") == []


def test_min_block_option() -> None:
    assert run_rule(CopiedBlockRule, "dup002-fail.txt", block_size=5) == []


def test_a_block_copied_four_times_is_one_finding_with_its_count() -> None:
    findings = run_rule(CopiedBlockRule, "dup002-five-copies.txt")
    assert where(findings) == [("DUP002", 14, 3, "2.1")]
    block = findings[0]
    assert block.count == 4
    assert block.message == ("measures 2.1–2.3 repeat 1.1–1.3 (3 measures, identical); "
                             "copied 4 times, also at 3.2–3.4, 4.1–4.3, 5.1–5.3")
    assert [(r.line, r.measure_id, r.message) for r in block.related[3:]] == [
        (27, "3.2", "another copy 3.2–3.4"), (37, "4.1", "another copy 4.1–4.3"),
        (47, "5.1", "another copy 5.1–5.3")]
    zh = run_rule(CopiedBlockRule, "dup002-five-copies.txt", lang="zh")[0]
    assert zh.message.endswith("；共照搬4次，另见3.2–3.4、4.1–4.3、5.1–5.3")


def test_a_single_copy_has_count_one() -> None:
    assert [f.count for f in run_rule(CopiedBlockRule, "dup002-fail.txt")] == [1]


def test_two_hundred_copies_name_five_and_count_all() -> None:
    sections = "".join(
        f"{n}、第{n}项指标（县政务服务中心牵头）\n1.推行审批材料线上一次提交。\n"
        "2.建立重点项目帮办代办机制。\n3.公开办理流程和时限。\n"
        for n in ("一", "二", "三"))
    text = "云溪县优化营商环境重点任务清单\n\n" + sections * 67  # the block 201 times
    findings = run_rule(CopiedBlockRule, text)
    assert len(findings) == 1 and findings[0].count == 200
    assert findings[0].message.endswith(", 1c.1–1c.3 and 194 more")
    assert len(findings[0].related) == 3 + 5
