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
