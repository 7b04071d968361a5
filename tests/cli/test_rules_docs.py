"""``tgbe rules -f md``: the committed rule reference is the generated one, and complete."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, RunCli
from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.registry import RULES
from tgbe.render.rule_docs import docstring_markdown, rule_reference

REFERENCE = ROOT / "docs" / "reference" / "rules.md"


def test_committed_rule_reference_is_current(run_cli: RunCli) -> None:
    code, out, _ = run_cli("rules", "--format", "md", "--lang", "en")
    assert code == 0
    assert REFERENCE.read_text(encoding="utf-8") == out, (
        "stale docs/reference/rules.md: run `make docs` and commit")


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_rule_has_a_section_and_a_table_row(rule: type[Rule]) -> None:
    text = rule_reference(RULES)
    assert f"\n## {rule.code} {rule.name}\n" in text
    assert f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) | {rule.name} |" in text
    for heading in ("What it finds", "Why it matters"):
        assert heading in docstring_markdown(rule.documentation())
    assert docstring_markdown(rule.documentation()).split("\n", 1)[1].strip() in text


def test_options_are_listed_with_their_defaults() -> None:
    text = rule_reference(RULES)
    assert "| `marks` | str | `\":,;(\"` |" in text
    assert "Reports the parser diagnostics: `duplicate-number`, `duplicate-section-number`." in text


def test_chinese_headings(run_cli: RunCli) -> None:
    code, out, _ = run_cli("rules", "-f", "md", "--lang", "zh")
    assert code == 0 and out.startswith("# 检查规则参考\n")
    assert "| 代码 | 名称 | 严重程度 | 分组 | 概要 |" in out
    assert all(f"## {rule.code} {rule.name}" in out for rule in RULES)
