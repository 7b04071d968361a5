"""TGT001: one metric given two different values inside one indicator.

:func:`extract_figures` is a small, self-contained reader of "metric + comparator + number +
unit" phrases; a fuller target extractor can replace it (same inputs, same :class:`Figure`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import ClassVar

from pydantic import Field

from tgbe.data.quantities import (
    DELTA_COMPARATORS,
    DURATION_NOUNS,
    LEAD_IN_WORDS,
    LEVEL_COMPARATORS,
    LIST_MARKERS,
    MEASURE_UNITS,
    METRIC_FUNCTION_WORDS,
    NOT_A_VALUE_AFTER,
    RATE_MARKERS,
    SCOPE_WORDS,
)
from tgbe.data.targets import ITEM_NUMBER_PATTERN
from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions, related_at
from tgbe.lint.rules.locate import offset_span
from tgbe.models import Indicator, Severity, Span


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_NUMBER = re.compile(rf"(?<![\d.．+\-－~～])(\d+(?:\.\d+)?)\s*({_alternation(MEASURE_UNITS)})?")
_COMPARATOR = re.compile(_alternation(DELTA_COMPARATORS + LEVEL_COMPARATORS))
_TRAILING = re.compile(rf"^(.+?)((?:{_COMPARATOR.pattern})+)$")
_LEADING = re.compile(rf"^(?:{_alternation(LEAD_IN_WORDS)})+(?=.)")
_SEPARATOR = re.compile(r"[，。；：、,;:（）()！？!?\n]")
_DATE = re.compile(r"\d{4}年(?:\d{1,2}月)?(?:底|末|内|度)?(?:前)?|\d{1,2}月(?:底|末)?(?:前)?")
_SCOPE = re.compile(rf"^(?:{_alternation(SCOPE_WORDS)})+(?=.)")
_FUNCTION_WORD = re.compile(_alternation(METRIC_FUNCTION_WORDS))
_DURATION_AT_END = re.compile(rf"(?<=.)(?:{_alternation(DURATION_NOUNS)})\Z")
_ITEM_NUMBER = re.compile(ITEM_NUMBER_PATTERN)
# The most characters before a number read as its metric (a bound on the work per number).
_MAX_METRIC = 100
_QUOTES = re.compile(r"[“”‘’\"'《》「」\s]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Figure:
    """A figure in a text: metric name, value, unit, whether it states a change."""

    metric: str
    value: float
    unit: str
    delta: bool
    start: int
    end: int

    @property
    def shown(self) -> str:
        """The value as written in messages (``1500人``, ``95%``)."""
        return f"{self.value:g}{self.unit}"

    def same_metric(self, other: Figure, min_shared: int) -> bool:
        """Whether both name one metric: same unit and kind, and one name (without function
        words, lead-in words and a closing duration noun) ends the other and is at least
        ``min_shared`` characters long.  Names differing in a content character (用水报装时间,
        用气报装时间) are different metrics; a prefix (城镇新增就业, 全年新增就业) is not."""
        if (self.unit, self.delta, self.is_rate) != (other.unit, other.delta, other.is_rate):
            return False
        if self.metric == other.metric:
            return True
        mine, theirs = sorted((self.key, other.key), key=len)
        return min_shared <= len(mine) and theirs.endswith(mine)

    @cached_property
    def key(self) -> str:
        """The metric name as compared: function words, lead-in and scope words (全年) and
        a closing duration noun (时间, 用时) dropped."""
        name = _FUNCTION_WORD.sub("", self.metric)
        name = _SCOPE.sub("", _LEADING.sub("", name, count=1), count=1)
        return _DURATION_AT_END.sub("", name, count=1)

    @cached_property
    def is_rate(self) -> bool:
        """Whether the metric is per capita or an average."""
        return any(marker in self.metric for marker in RATE_MARKERS)




def _strip(metric: str) -> tuple[str, bool, bool]:
    """The metric without trailing comparators and lead-in words.

    Also returns whether a comparator was found and whether it states a change.
    """
    delta = compared = False
    trailing = _TRAILING.match(metric)
    if trailing:
        metric, compared = trailing.group(1), True
        delta = any(word in DELTA_COMPARATORS
                    for word in _COMPARATOR.findall(trailing.group(2)))
    return _LEADING.sub("", metric, count=1), delta, compared


def extract_figures(text: str) -> list[Figure]:
    """The figures of ``text`` whose metric can be read from the words before the number.

    A figure needs a unit of measure or a comparator (达到, 控制在 …): a bare number after a
    name is more often a list number than a target.
    """
    figures: list[Figure] = []
    if not _DIGIT.search(text):
        return figures
    separators = [sep.end() for sep in _SEPARATOR.finditer(text)]
    for match in _NUMBER.finditer(text):
        after = text[match.end(1) : match.end(1) + 1]
        if after and after in NOT_A_VALUE_AFTER and not match.group(2):
            continue
        before_number = bisect_right(separators, match.start())
        start = max(separators[before_number - 1] if before_number else 0,
                    match.start() - _MAX_METRIC)
        item = _ITEM_NUMBER.match(text, start, match.start())
        start = item.end() if item else start
        before = _QUOTES.sub("", _DATE.sub("", text[start : match.start()]))
        if not before or _DIGIT.search(before) or any(w in before for w in LIST_MARKERS):
            continue
        metric, delta, compared = _strip(before)
        if len(metric) >= 2 and (compared or match.group(2)):
            figures.append(Figure(metric, float(match.group(1)), match.group(2) or "", delta,
                                  start, match.end()))
    return figures


@dataclass(frozen=True)
class _Placed:
    """A figure with the text it was found in (its span is located only when reported)."""

    figure: Figure
    text: str
    text_span: Span
    measure_id: str | None

    def span(self, context: LintContext) -> Span:
        """Where the figure is written in the file."""
        return offset_span(context, self.text_span, self.text, self.figure.start,
                           self.figure.end)


class ConflictingTarget(Rule):
    """One metric given two different values in one indicator.

    What it finds: inside one indicator (its summary and its measures), two figures for the
    same metric — the same unit, and one name ending the other (function words, 全年/累计 and
    a closing 时间/用时 aside) in at least ``min_shared`` characters, e.g. 城镇新增就业 and
    全年新增就业, but not 用水报装时间 and 用气报装时间 — with different values.  Reported at the
    later figure, pointing at the earlier one; a measure contradicting the summary is named so.
    Per-capita metrics (每万人…, 人均…) and changes (增长3%) never match plain levels.

    Why it matters: a notice that promises 1500 and 1560 new jobs cannot be checked; one of
    the figures is a leftover from an earlier draft.

    Failing example::

        实现城镇新增就业1500人，…，确保全年新增就业1560人。

    Passing example::

        summary: 线上办电率达到95%以上   measure: 2023年线上办电率稳定在95%左右
    """

    code: ClassVar[str] = "TGT001"
    name: ClassVar[str] = "conflicting-target"
    doc_zh = (
        "同一指标中同一项目标给出了两个不同的数值。\n\n"
        "发现什么：在同一指标（其概述和各项举措）中，同一指标项的两个数字——计量"
        "单位相同，一个名称以另一个结尾（如“城镇新增就业”和“全年新增就业”，但"
        "不包括“用水报装时间”和“用气报装时间”）——而数值不同。在后出现的数字"
        "处报告，指向先出现的数字。人均类指标和增幅（增长3%）不与一般水平值比较"
        "。\n\n"
        "为何重要：一份同时承诺新增就业 1500 人和 1560 人的通知无法核"
        "查；其中一个数字是早期稿件留下的。")
    group: ClassVar[str] = "targets"
    severity: ClassVar[Severity] = Severity.WARNING

    class Options(RuleOptions):
        """Options of TGT001."""

        min_shared: int = Field(4, ge=2, description="characters the shorter metric name "
                                "must have to match a longer name ending in it")

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Compare the figures of each indicator's summary and measures."""
        options = self.options
        assert isinstance(options, ConflictingTarget.Options)
        for indicator in context.notice.indicators:
            placed = list(_figures_of(indicator))
            for later, item in enumerate(placed):
                earlier = next((other for other in placed[:later]
                                if other.figure.same_metric(item.figure, options.min_shared)),
                               None)
                if earlier is not None and earlier.figure.value != item.figure.value:
                    yield self._conflict(context, indicator, item, earlier)

    def _conflict(self, context: LintContext, indicator: Indicator, item: _Placed,
                  earlier: _Placed) -> Draft:
        """The finding for ``item`` contradicting ``earlier``."""
        where_en = f"measure {earlier.measure_id}" if earlier.measure_id else "the summary"
        where_zh = f"举措{earlier.measure_id}" if earlier.measure_id else "指标概述"
        figure, first = item.figure, earlier.figure
        return self.finding(
            context, item.span(context),
            en=(f"indicator {indicator.number}: “{figure.metric}” is {figure.shown} here but "
                f"{first.shown} in {where_en} (“{first.metric}”)"),
            zh=(f"指标{indicator.number}：“{figure.metric}”此处为{figure.shown}，"
                f"而{where_zh}中“{first.metric}”为{first.shown}"),
            measure_id=item.measure_id,
            related=[related_at(context, earlier.span(context), f"{first.metric} {first.shown}",
                                earlier.measure_id)])


def _figures_of(indicator: Indicator) -> Iterator[_Placed]:
    """The figures of the indicator's summary, then of each measure, with their spans."""
    texts: list[tuple[str, Span | None, str | None]] = [
        (indicator.summary, indicator.summary_span, None)]
    texts += [(measure.text, measure.text_span, measure.id) for measure in indicator.measures]
    for text, span, measure_id in texts:
        if span is None:
            continue
        for figure in extract_figures(text):
            yield _Placed(figure, text, span, measure_id)
