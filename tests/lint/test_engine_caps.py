"""The lint engine caps findings per code while the rules run: a rule producing 10,000
findings costs 20 models and a count (issue 16), and keeps the same 20 a cap of the sorted
list would keep."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import tgbe
from tgbe.infra.caps import Smallest
from tgbe.lint.engine import lint, lint_capped
from tgbe.lint.rules import base
from tgbe.lint.rules.base import Draft, LintContext, Rule
from tgbe.models import Severity, Span

NOTICE = "某县营商环境提升举措\n\n一、开办企业指标（县市场监管局牵头）\n1.推行全程电子化。\n"


class Flood(Rule):
    """A rule yielding one finding per line of a long imaginary file, in ``order``."""

    code: ClassVar[str] = "TST001"
    name: ClassVar[str] = "flood"
    group: ClassVar[str] = "test"
    severity: ClassVar[Severity] = Severity.WARNING
    lines: ClassVar[range] = range(1, 10_001)

    def check(self, context: LintContext) -> Iterator[Draft]:
        """10,000 findings, one per line."""
        for line in self.lines:
            yield self.finding(context, Span(start_line=line, start_column=1, end_line=line,
                                             end_column=2), en=f"line {line}", zh=f"第{line}行")


class BackwardFlood(Flood):
    """The same findings as errors, last line first."""

    code: ClassVar[str] = "TST002"
    severity: ClassVar[Severity] = Severity.ERROR
    lines: ClassVar[range] = range(10_000, 0, -1)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The codes of the findings built into models, in the order built."""
    codes: list[str] = []
    original = base.Draft.build

    def counting(self: Draft, severity: Severity | None = None) -> base.Finding:
        codes.append(self.code)
        return original(self, severity)

    monkeypatch.setattr(base.Draft, "build", counting)
    return codes


def test_ten_thousand_findings_keep_twenty_and_count_the_rest(built: list[str]) -> None:
    linted = lint_capped(tgbe.parse_text(NOTICE), lines=(), rules=[Flood()], limit=20)
    assert [finding.line for finding in linted.findings] == list(range(1, 21))
    assert linted.omitted == {("TST001", "warning"): 9_980}
    assert built == ["TST001"] * 20  # models built only for the kept findings


def test_the_cap_keeps_the_first_lines_whatever_order_the_rule_yields(built: list[str]) -> None:
    linted = lint_capped(tgbe.parse_text(NOTICE), lines=(), rules=[BackwardFlood()], limit=20)
    assert [finding.line for finding in linted.findings] == list(range(1, 21))
    assert linted.omitted == {("TST002", "error"): 9_980}
    assert len(built) == 20


def test_the_cap_is_per_code_and_counts_by_severity() -> None:
    linted = lint_capped(tgbe.parse_text(NOTICE), lines=(),
                         rules=[Flood(), BackwardFlood()], limit=3)
    assert [(f.code, f.line) for f in linted.findings] == [
        ("TST001", 1), ("TST002", 1), ("TST001", 2), ("TST002", 2), ("TST001", 3),
        ("TST002", 3)]
    assert linted.findings[1].severity is Severity.ERROR
    assert linted.omitted == {("TST001", "warning"): 9_997, ("TST002", "error"): 9_997}


def test_without_a_limit_every_finding_is_kept() -> None:
    found = lint(tgbe.parse_text(NOTICE), lines=(), rules=[Flood()])
    assert len(found) == 10_000 and found[-1].line == 10_000


def test_smallest_keeps_the_first_in_order_and_returns_what_it_leaves_out() -> None:
    kept: Smallest[str] = Smallest(2)
    assert kept.offer("a", (5, 1), "a5") is None
    assert kept.offer("a", (3, 1), "a3") is None
    assert kept.offer("a", (4, 1), "a4") == "a5"  # evicted: a smaller one came
    assert kept.offer("a", (9, 1), "a9") == "a9"  # left out at once
    assert kept.offer("b", (4, 1), "b4") is None
    assert kept.offer("a", (3, 1), "a3 again") == "a4"  # ties keep the earlier offer first
    assert kept.kept() == ["a3", "a3 again", "b4"]


def test_parser_diagnostics_left_out_of_the_notice_count_as_findings(tmp_path: Path) -> None:
    from tgbe.lint.files import lint_file
    from tgbe.parse.api import parse_source_capped
    from tgbe.read.reader import read_path

    path = tmp_path / "stray.txt"
    path.write_text(NOTICE + "完成时限：2024年6月\n" + "杂项说明\n" * 50, encoding="utf-8")
    notice, unread = parse_source_capped(read_path(path), limit=3)
    assert [d.code for d in notice.diagnostics] == ["stray-line"] * 3
    assert unread == {("stray-line", "warning"): 47}
    result = lint_file(str(path), limit=3)
    assert [f.code for f in result.findings].count("PAR001") == 3
    assert result.omitted[("PAR001", "warning")] == 47
