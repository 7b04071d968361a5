"""What keeps the lint of a large notice linear: per finding, no walk over every measure and
no list of every earlier use unless the finding is kept; no notice kept alive after its lint
(issue 15, item 3).  Counts and references, never timings."""

from __future__ import annotations

import gc
import weakref

import pytest

import tgbe
from tgbe.lint.engine import lint, lint_capped
from tgbe.lint.rules import benchmark
from tgbe.lint.rules.base import LintContext, Location, related_at
from tgbe.lint.rules.benchmark import SharedBenchmark
from tgbe.models import Span

from .helpers import FIXTURES

_NUMERALS = "一二三四五六七八九十"


def _same_city(indicators: int) -> str:
    """A notice whose ``indicators`` indicators all name 丙市 as their benchmark."""
    sections = "".join(
        f"{_NUMERALS[n % 10]}、第{n + 1}项指标（县甲局牵头）\n对标城市：丙市。\n"
        f"1.推进第{n + 1}项工作。\n完成时限：2024年6月\n责任单位：县甲局\n"
        for n in range(indicators))
    return "关于印发某县营商环境提升举措的通知\n" + sections


@pytest.fixture
def located(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages of the related locations BEN002 builds, in the order built."""
    messages: list[str] = []
    original = related_at  # as benchmark imports it

    def counting(context: LintContext, span: Span, message: str = "",
                 measure_id: str | None = None) -> Location:
        messages.append(message)
        return original(context, span, message, measure_id)

    monkeypatch.setattr(benchmark, "related_at", counting)
    return messages


def test_earlier_uses_are_listed_only_for_the_findings_kept(located: list[str]) -> None:
    notice = tgbe.parse_text(_same_city(60))
    linted = lint_capped(notice, lines=(), rules=[SharedBenchmark()], limit=3)
    assert [len(finding.related) for finding in linted.findings] == [1, 2, 3]
    assert linted.omitted == {("BEN002", "info"): 56}
    assert len(located) == 1 + 2 + 3  # not 59 × 60 / 2 locations for 59 findings


def test_uncapped_findings_still_list_every_earlier_use(located: list[str]) -> None:
    found = lint(tgbe.parse_text(_same_city(12)), lines=(), rules=[SharedBenchmark()])
    assert [len(finding.related) for finding in found] == list(range(1, 12))
    assert found[-1].message.endswith("is also the benchmark of indicator "
                                      + "、".join(f"{_NUMERALS[n % 10]}（第{n + 1}项）"
                                                 for n in range(11)))
    assert len(located) == sum(range(1, 12))


def test_measure_at_finds_the_measure_covering_a_line() -> None:
    notice = tgbe.parse_file(FIXTURES / "benchmark-fail.txt")
    context = LintContext(notice, ())
    spans = {line: getattr(context.measure_at(line), "id", None) for line in range(0, 23)}
    texts = {line: getattr(context.measure_at(line, text=True), "id", None)
             for line in range(0, 23)}
    assert [line for line, found in spans.items() if found == "1.1"] == [4, 5, 6]
    assert [line for line, found in texts.items() if found == "1.1"] == [4]
    for line in range(0, 23):  # the same as a walk over every measure
        assert spans[line] == next((m.id for m in notice.measures()
                                    if m.span.start_line <= line <= m.span.end_line), None)
        assert texts[line] == next((m.id for m in notice.measures()
                                    if m.text_span.start_line <= line <= m.text_span.end_line),
                                   None)


def test_lint_keeps_no_notice_alive() -> None:
    # Freed by reference counting alone: no cache holds it, no cycle waits for the collector
    # (the lint of a file frees its notice before the collector resumes).
    notice = tgbe.parse_file(FIXTURES / "benchmark-fail.txt")
    alive = weakref.ref(notice)
    assert lint(notice, lines=())
    enabled = gc.isenabled()
    gc.disable()
    try:
        del notice
        assert alive() is None
    finally:
        if enabled:
            gc.enable()
