"""Results several rules read are computed once per notice (``LintContext.shared``)."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tests.lint.engine_helpers import LINT_FIXTURES, lint_path
from tgbe.lint.config import LintConfig
from tgbe.lint.engine import lint
from tgbe.lint.rules import numbering
from tgbe.lint.rules.base import LintContext
from tgbe.models import Notice
from tgbe.read.reader import read_path

NUMBERING = ("NUM001", "NUM002", "NUM003", "NUM004")


def test_shared_computes_once_per_context(seed_notice: Notice) -> None:
    calls: list[str] = []

    def compute() -> int:
        calls.append("run")
        return 41 + len(calls)

    first = LintContext(seed_notice, ())
    assert first.shared("answer", compute) == 42
    assert first.shared("answer", compute) == 42
    assert LintContext(seed_notice, ()).shared("answer", compute) == 43
    assert calls == ["run", "run"]


def test_numbering_rules_walk_the_sequences_once(
    seed_notice: Notice, monkeypatch: pytest.MonkeyPatch
) -> None:
    walks: list[int] = []
    real = numbering.notice_sequences

    def counting(context: LintContext) -> object:
        walks.append(1)
        return real(context)

    monkeypatch.setattr(numbering, "notice_sequences", counting)
    lines = read_path(SEED).original_lines
    together = lint(seed_notice, LintConfig(select=NUMBERING), lines=lines)
    assert walks == [1]
    alone = [finding for code in NUMBERING
             for finding in lint(seed_notice, LintConfig(select=(code,)), lines=lines)]
    assert sorted(finding.model_dump_json() for finding in together) == sorted(
        finding.model_dump_json() for finding in alone)


def test_each_numbering_rule_reports_the_same_alone_and_together() -> None:
    reported = 0
    for path in sorted(LINT_FIXTURES.glob("numbering-*.txt")):
        together = lint_path(path, *NUMBERING)
        alone = [finding for code in NUMBERING for finding in lint_path(path, code)]
        assert sorted(f.model_dump_json() for f in together) == sorted(
            f.model_dump_json() for f in alone), path.name
        reported += len(together)
    assert reported >= 5
