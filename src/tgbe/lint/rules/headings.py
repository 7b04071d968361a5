"""Indicator headings: lead without 牵头 (HDG001); name differing from the summary (HDG002)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from pydantic import Field

from tgbe.compare.similarity import normalise
from tgbe.data.lexicon import LEAD_MARKERS
from tgbe.infra.i18n import tr
from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions, related_at
from tgbe.lint.rules.locate import find_in_span, offset_span
from tgbe.models import Indicator, Severity

# “开办企业”指标 — also with the opening quote lost: 劳动力市场监管”指标.
_NAMED_INDICATOR = re.compile(r"(?:“([^“”]{1,40})|([^“”，。；、\s]{1,40}))”指标")


class LeadNotMarked(Rule):
    """One heading's lead unit without 牵头 where the other headings have it.

    What it finds: an indicator heading whose bracketed lead unit lacks the lead marker
    (牵头) when at least ``habit`` of the other headings with a lead (and at least
    ``min_sections`` of them) carry it.  The suggestion is the bracket as the others write it.

    Why it matters: readers (and tools) take an unmarked bracket for a remark, not for the
    unit answerable for the indicator.

    Failing example::

        五、招标投标指标（县发改委牵头）
        六、获得电力指标（国网某县供电公司）      ← HDG001

    Passing example::

        六、获得电力指标（国网某县供电公司牵头）
    """

    code: ClassVar[str] = "HDG001"
    name: ClassVar[str] = "lead-not-marked"
    doc_zh = (
        "其他标题的牵头单位都写了“牵头”，这个标题没有写。\n\n"
        "发现什么：指标标题括号中的牵头单位没有“牵头”二字，而其他写有牵头单位的"
        "标题中至少 habit 比例（且至少 min_sections 个）都写"
        "了。建议写法按其他标题的括号给出。\n\n"
        "为何重要：读者（和工具）会把没有标明的括号当作备注，而不是对该指标负责的"
        "单位。")
    group: ClassVar[str] = "headings"
    severity: ClassVar[Severity] = Severity.WARNING

    class Options(RuleOptions):
        """Options of HDG001."""

        habit: float = Field(0.75, ge=0.0, le=1.0,
                             description="share of the other headings that mark their lead")
        min_sections: int = Field(3, ge=1, description="other headings needed to judge habit")

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report unmarked leads where marking them is the notice's habit."""
        options = self.options
        assert isinstance(options, LeadNotMarked.Options)
        with_lead = [indicator for indicator in context.notice.indicators
                     if indicator.lead_units]
        marked = sum(1 for indicator in with_lead if indicator.lead_marked)
        others = len(with_lead) - 1
        if others < options.min_sections or marked < options.habit * others:
            return
        for indicator in with_lead:
            if indicator.lead_marked:
                continue
            names = "、".join(unit.name for unit in indicator.lead_units)
            at = find_in_span(context, indicator.heading_span, names)
            yield self.finding(
                context, at or indicator.heading_span,
                en=(f"lead of indicator {indicator.number} is not marked “{LEAD_MARKERS[0]}” "
                    f"({marked} of the other {others} headings mark it)"),
                zh=(f"指标{indicator.number}标题中的牵头单位缺少“{LEAD_MARKERS[0]}”（其他{others}"
                    f"个标题中有{marked}个标明）"),
                suggestion=names + LEAD_MARKERS[0])


class HeadingSummaryMismatch(Rule):
    """A heading whose indicator name differs from the one its summary names.

    What it finds: the summary paragraph under a heading names an indicator in the phrase
    “…”指标 (达到“优异”水平); when that name, ignoring punctuation and width, differs from
    the heading's indicator name, the summary is reported (suggestion: the heading's name).
    Summaries naming no indicator are not checked.

    Why it matters: a summary copied from another section promises the level of the wrong
    indicator.

    Failing example::

        二、劳动力市场监管指标（县人社局牵头）
        …，“开办企业”指标达到“优异”水平。      ← HDG002

    Passing example::

        二、劳动力市场监管指标（县人社局牵头）
        …，“劳动力市场监管”指标达到“优异”水平。
    """

    code: ClassVar[str] = "HDG002"
    name: ClassVar[str] = "heading-summary-mismatch"
    doc_zh = (
        "标题中的指标名称与其概述中的指标名称不一致。\n\n"
        "发现什么：标题下的概述段以“…”指标的形式点名一个指标（如达到“优异”水"
        "平）；忽略标点和宽度后该名称与标题中的指标名称不同时，报告该概述（建议："
        "标题中的名称）。不点名指标的概述不检查。\n\n"
        "为何重要：从别的部分复制来的概述，承诺的是另一个指标的水平。")
    group: ClassVar[str] = "headings"
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Compare each heading's name with the last indicator its summary names."""
        for indicator in context.notice.indicators:
            named = _summary_name(indicator)
            if named is None or indicator.summary_span is None:
                continue
            name, start, end = named
            if normalise(name) == normalise(indicator.name):
                continue
            yield self.finding(
                context, offset_span(context, indicator.summary_span, indicator.summary,
                                     start, end),
                en=(f"heading names indicator “{indicator.name}” but its summary names "
                    f"“{name}”"),
                zh=f"标题指标为“{indicator.name}”，但概述中写的是“{name}”指标",
                suggestion=indicator.name,
                related=[related_at(context, indicator.heading_span,
                                    tr("related.heading", context.lang))])


def _summary_name(indicator: Indicator) -> tuple[str, int, int] | None:
    """The last indicator name of the summary's “…”指标 phrases, with its offsets."""
    matches = list(_NAMED_INDICATOR.finditer(indicator.summary))
    if not matches:
        return None
    last = matches[-1]
    group = 1 if last.group(1) is not None else 2
    return last.group(group), last.start(group), last.end(group)
