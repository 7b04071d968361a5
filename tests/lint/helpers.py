"""Run one lint rule on a fixture file or a text, without the lint engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import tgbe
from tgbe.lint.engine import skipped_lines
from tgbe.lint.rules.base import Finding, LintContext, Rule
from tgbe.models import Notice

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lint"


def load(text_or_path: str | Path) -> tuple[Notice, tuple[str, ...]]:
    """Parse a fixture (a name under ``tests/fixtures/lint``, a path, or notice text)."""
    if isinstance(text_or_path, Path) or "\n" not in text_or_path:
        path = Path(text_or_path)
        if not path.is_absolute() and not path.exists():
            path = FIXTURES / path
        notice = tgbe.parse_file(path)
        text = path.read_text(encoding="utf-8")
    else:
        text = text_or_path
        notice = tgbe.parse_text(text)
    return notice, tuple(text.splitlines())


def run_rule(rule_cls: type[Rule], text_or_path: str | Path, lang: str = "en",
             **options: Any) -> list[Finding]:
    """The findings of ``rule_cls`` (with ``options``) on one notice."""
    notice, lines = load(text_or_path)
    rule = rule_cls(rule_cls.Options(**options))
    context = LintContext(notice, lines, "zh" if lang == "zh" else "en",
                          skipped_lines(notice, lines))
    return [draft.build() for draft in rule.check(context)]


def where(findings: list[Finding]) -> list[tuple[str, int, int, str | None]]:
    """``(code, line, column, measure_id)`` of each finding, for compact assertions."""
    return [(f.code, f.line, f.column, f.measure_id) for f in findings]
