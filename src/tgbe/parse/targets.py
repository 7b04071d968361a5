"""Quantitative targets in indicator summaries and measure texts (一日办结率98%以上).

A *figure* is an Arabic number, or a Chinese numeral followed by a unit of measure.  Every
figure becomes either a :class:`~tgbe.models.Target` or an exclusion with a reason (a
year, a date, an ordinal, a name in quotes …), so nothing is dropped silently:
:func:`scan` returns both and is what the coverage tests read.

A target is read as *metric + comparator + value + unit*:

* the unit is the longest unit word after the number (``个工作日`` before ``个``); in a
  list ``5个、12个工作日以内`` the earlier figures share the last unit and suffix;
* the comparator comes from, in order: a change verb right before the figure (增长3%), a
  change verb opening the metric phrase (压缩…用时50%以上), a suffix (以上, 以内), a
  bound word right before the figure (达到, 控制在), a bound word earlier in the clause;
  otherwise the figure is plain (``=``);
* the metric is the clause before the figure, without years, leading verbs (实现, 力争)
  and comparator words; when nothing is left, the phrase after the figure.

All word lists are in :mod:`tgbe.data.targets`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from tgbe.data.targets import (
    ADJACENT_WORDS,
    ARTICLE_NUMERALS,
    CHANGE_COMPARATORS,
    CLAUSE_BREAKS,
    ITEM_NUMBER_PATTERN,
    METRIC_CUT_WORDS,
    METRIC_LEAD_WORDS,
    METRIC_LIST_SEPARATORS,
    METRIC_SUFFIXES,
    METRIC_TRAIL_WORDS,
    MONTH_PATTERN,
    QUOTE_PAIRS,
    RESPECTIVELY_WORDS,
    SET_PHRASES,
    SPECIFICATION_UNITS,
    SUFFIX_WORDS,
    TAIL_STOP_WORDS,
    TAIL_VERBS,
    TO_LEVEL,
    TO_WORDS,
    UNIT_MAGNITUDES,
    UNITS,
    YEAR_PATTERN,
)
from tgbe.lang.numerals import chinese_to_int
from tgbe.lang.patterns import either
from tgbe.parse.records import IndicatorRecord, TargetRecord
from tgbe.read.source import SourceText
from tgbe.read.textspans import SpanRecord, TextLocator
from tgbe.vocab import Comparator


class Exclusion(StrEnum):
    """Why a figure is not a target."""

    YEAR = "year"
    DATE = "date"
    ORDINAL = "ordinal"
    DOCUMENT_NUMBER = "document number"
    NAME = "name in quotes"
    SET_PHRASE = "set phrase"
    LABEL = "label"
    RANGE = "range"
    SPECIFICATION = "specification"
    ARTICLE = "article"
    NO_UNIT = "no unit"


class Found(NamedTuple):
    """A target found in a text; ``start``/``end`` are offsets of ``raw`` in that text."""

    metric: str
    comparator: Comparator
    value: float
    unit: str
    raw: str
    start: int
    end: int


class Figure(NamedTuple):
    """A number in a text and what it became: a target, or an exclusion with its reason."""

    number: str
    start: int
    target: Found | None = None
    reason: Exclusion | None = None


_ARABIC = r"[0-9]+(?:\.[0-9]+)?"
_DIGIT = "零〇一二两三四五六七八九十"
_CHINESE = rf"[{_DIGIT}百千]*[{_DIGIT}][{_DIGIT}百千]*"
_NUMBER = re.compile(rf"(?<![0-9.]){_ARABIC}(?![0-9])|{_CHINESE}")
_YEAR = re.compile(rf"(?<![0-9]){YEAR_PATTERN}")
_YEAR_ONLY = re.compile(r"(?:19|20)[0-9]{2}")
_MONTH = re.compile(rf"(?<![0-9.]){MONTH_PATTERN}")
_DOCUMENT = re.compile(r"[〔\[【［(（][0-9]{4}[〕\]】］)）][0-9]+号")
_TERM = rf"[0-9A-Za-z{_DIGIT}]+"
# Patterns start only where a run of digits starts and allow a few spaces, so that a
# megabyte of digits or spaces is scanned in linear time.
_LABEL = re.compile(rf"(?<![0-9A-Za-z{_DIGIT}]){_TERM}(?:\s{{0,3}}[+＋]\s{{0,3}}{_TERM})+")
_RANGE = re.compile(rf"(?<![0-9.]){_ARABIC}\s{{0,3}}(?:个)?\s{{0,3}}[-~～—至到]\s{{0,3}}{_ARABIC}")
_SET_PHRASE = re.compile("|".join(re.escape(phrase) for phrase in SET_PHRASES))
_ENUMERATION = re.compile(r"\s{0,3}[、和及与或]\s{0,3}")
_UNIT_WORD = re.compile(
    " {0,3}(" + "|".join(map(re.escape, UNIT_MAGNITUDES)) + ")?("
    + either(UNITS) + ")"
)
# One pre-test per text: an Arabic digit, or a Chinese numeral with a unit word after it.
# A text without either holds no figure (see ``_Text.candidates``), and most measure texts
# have none, so :func:`scan` returns at once for them.
_MAY_HOLD_FIGURE = re.compile(f"[0-9]|{_CHINESE}{_UNIT_WORD.pattern}")
_ITEM_NUMBER = re.compile(rf"\s{{0,3}}{ITEM_NUMBER_PATTERN}")
_METRIC_LIST = re.compile(f"[{METRIC_LIST_SEPARATORS}]")
_CLAUSE_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAKS)}]")
# The longest phrase after a figure read as (part of) its metric.
_MAX_TAIL = 100
_ADJACENT = sorted((*ADJACENT_WORDS, *TO_WORDS), key=len, reverse=True)
_ADJACENT_AT_END = re.compile("(?:" + "|".join(map(re.escape, _ADJACENT)) + r")\Z")
_SUFFIXES = tuple(sorted(SUFFIX_WORDS, key=len, reverse=True))
_LEAD = tuple(sorted(METRIC_LEAD_WORDS, key=len, reverse=True))
_TRAIL = tuple(sorted(METRIC_TRAIL_WORDS, key=len, reverse=True))
_BOUND = tuple(word for word in _ADJACENT
               if word in ADJACENT_WORDS and ADJACENT_WORDS[word] not in CHANGE_COMPARATORS)
_CHANGE = tuple(word for word in _ADJACENT if ADJACENT_WORDS.get(word) in CHANGE_COMPARATORS)


def attach_targets(indicators: list[IndicatorRecord], source: SourceText) -> None:
    """Fill in the targets of every indicator summary and measure text of built records.

    Targets are records in the shape of :class:`tgbe.models.Target`; a measure's targets may
    stand anywhere in its span from the start of its text on.  One pass after the build
    (rather than one call per record while building) is measurably faster.
    """
    lines = source.original_lines
    for indicator in indicators:
        indicator["targets"] = _targets(indicator["summary"], indicator["summary_span"], lines)
        for measure in indicator["measures"]:
            region = measure["text_span"] | {"end_line": measure["span"]["end_line"],
                                             "end_column": measure["span"]["end_column"]}
            measure["targets"] = _targets(measure["text"], region, lines)


def _targets(
    text: str, region: SpanRecord | None, lines: tuple[str, ...]
) -> list[TargetRecord]:
    found = find_targets(text)
    if not found or region is None:
        return []
    locator = TextLocator(text, lines,
                          (region["start_line"], region["start_column"]),
                          (region["end_line"], region["end_column"]))
    return [
        {"metric": item.metric, "comparator": item.comparator, "value": item.value,
         "unit": item.unit, "raw": item.raw, "span": locator.span(item.start, item.end)}
        for item in found
    ]


def find_targets(text: str) -> list[Found]:
    """The targets in ``text``, in order."""
    return [figure.target for figure in scan(text) if figure.target is not None]


def scan(text: str) -> list[Figure]:
    """Every figure of ``text`` in order, each a target or an exclusion with a reason."""
    if _MAY_HOLD_FIGURE.search(text) is None:
        return []
    context = _Text(text)
    figures: list[Figure] = []
    pending: list[_Candidate] = []
    for candidate in context.candidates():
        reason = context.exclusion(candidate)
        if reason is not None:
            figures.append(Figure(candidate.number, candidate.start, reason=reason))
            continue
        if pending and not _continues_list(text, pending[-1], candidate):
            figures.extend(context.targets(pending))
            pending = []
        pending.append(candidate)
        if not _continues_list(text, candidate, None):
            figures.extend(context.targets(pending))
            pending = []
    figures.extend(context.targets(pending))
    return sorted(figures, key=lambda figure: figure.start)


class _Candidate(NamedTuple):
    """A number with the unit written after it (``unit_end`` is where the unit ends)."""

    number: str
    start: int
    end: int
    unit: str
    unit_end: int


def _continues_list(text: str, candidate: _Candidate, following: _Candidate | None) -> bool:
    """Whether ``candidate`` is followed by a list separator and (if given) ``following``."""
    match = _ENUMERATION.match(text, candidate.unit_end)
    if match is None or not re.match(_ARABIC, text[match.end() :]):
        return False
    return following is None or following.start == match.end()


class _Text:
    """One text with the regions that rule figures out (quotes, years, dates …)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.previous_end = 0

    @cached_property
    def regions(self) -> list[tuple[list[tuple[int, int]], Exclusion]]:
        """Regions of the text whose figures are excluded, with the reason, in check order."""
        text = self.text
        return [
            (_quoted_regions(text), Exclusion.NAME),
            (_spans(_DOCUMENT, text), Exclusion.DOCUMENT_NUMBER),
            (self.years, Exclusion.YEAR),
            (self.months, Exclusion.DATE),
            (_spans(_SET_PHRASE, text), Exclusion.SET_PHRASE),
            (_spans(_LABEL, text), Exclusion.LABEL),
            (_spans(_RANGE, text), Exclusion.RANGE),
        ]

    @cached_property
    def breaks(self) -> list[int]:
        """Offsets of the clause breaks (``CLAUSE_BREAKS``), in order."""
        return [match.start() for match in _CLAUSE_BREAK.finditer(self.text)]

    @cached_property
    def years(self) -> list[tuple[int, int]]:
        """Year phrases (2023年底前)."""
        return _spans(_YEAR, self.text)

    @cached_property
    def months(self) -> list[tuple[int, int]]:
        """Date phrases (6月底, 12月31日)."""
        return _spans(_MONTH, self.text)

    def candidates(self) -> Iterable[_Candidate]:
        """Arabic numbers, and Chinese numerals followed by a unit."""
        for match in _NUMBER.finditer(self.text):
            unit, unit_end = self.unit_after(match.end())
            chinese = not match.group()[0].isdigit()
            if chinese and not unit:
                continue
            yield _Candidate(match.group(), match.start(), match.end(), unit, unit_end)

    def unit_after(self, position: int) -> tuple[str, int]:
        """The unit word written at ``position`` (spaces allowed before it) and its end."""
        match = _UNIT_WORD.match(self.text, position)
        if match is None:
            return "", position
        return (match.group(1) or "") + UNITS[match.group(2)], match.end()

    def exclusion(self, candidate: _Candidate) -> Exclusion | None:
        """Why ``candidate`` is not a target, or None when it may be one."""
        start, end = candidate.start, candidate.end
        for regions, reason in self.regions:
            if _inside(regions, start, end):
                return reason
        if self.text[max(0, start - 1) : start] == "第":
            return Exclusion.ORDINAL
        if candidate.unit in SPECIFICATION_UNITS:
            return Exclusion.SPECIFICATION
        if not candidate.unit and _YEAR_ONLY.fullmatch(candidate.number):
            return Exclusion.YEAR
        word = self.adjacent(start)
        if not candidate.unit and word is None:
            return Exclusion.NO_UNIT
        if candidate.number in ARTICLE_NUMERALS and not self.compared(word, candidate):
            return Exclusion.ARTICLE
        return None

    def compared(self, word: str | None, candidate: _Candidate) -> bool:
        """Whether a bound or change word (not a plain 为) is written around ``candidate``."""
        suffix = self.text.startswith(_SUFFIXES, candidate.unit_end)
        return suffix or (word is not None and ADJACENT_WORDS.get(word) is not Comparator.EQUAL)

    def adjacent(self, start: int) -> str | None:
        """The comparator word written right before position ``start``, if any."""
        before = self.text[max(0, start - 8) : start].rstrip(" ")
        match = _ADJACENT_AT_END.search(before)
        return match.group() if match else None

    def targets(self, group: list[_Candidate]) -> list[Figure]:
        """Targets of a list of figures that share a metric, unit and comparator words."""
        if not group:
            return []
        first, last = group[0], group[-1]
        word = self.adjacent(first.start)
        suffix = next((s for s in _SUFFIXES if self.text.startswith(s, last.unit_end)), "")
        raw_start = self.text.rindex(word, 0, first.start) if word is not None else first.start
        metric, comparator = self.metric_and_comparator(raw_start, word, suffix, last)
        metrics = [metric] * len(group)
        if len(group) > 1 and self.text[max(0, raw_start - 4) : raw_start].rstrip().endswith(
                RESPECTIVELY_WORDS):
            metrics = _distribute(metric, len(group)) or metrics
        figures: list[Figure] = []
        for index, candidate in enumerate(group):
            unit = candidate.unit
            if last.unit.startswith(unit) or not unit:
                unit = last.unit
            start = raw_start if index == 0 else candidate.start
            end = last.unit_end + len(suffix) if candidate is last else candidate.unit_end
            found = Found(metrics[index], comparator, _value(candidate.number), unit,
                          self.text[start:end], start, end)
            figures.append(Figure(candidate.number, candidate.start, target=found))
        self.previous_end = last.unit_end + len(suffix)
        return figures

    def metric_and_comparator(
        self, raw_start: int, word: str | None, suffix: str, last: _Candidate
    ) -> tuple[str, Comparator]:
        """The metric phrase before ``raw_start`` and the comparator the words imply."""
        before = bisect_left(self.breaks, raw_start)
        clause_start = max(self.previous_end, self.breaks[before - 1] + 1 if before else 0)
        phrase = self.without_years(clause_start, raw_start)
        metric, earlier = _clean_metric(phrase)
        verb = next((w for w in _CHANGE if metric.startswith(w)), None)
        opening = ADJACENT_WORDS[verb] if verb is not None else None
        comparator = _choose_comparator(word, opening, suffix, earlier)
        if opening is not None and (word is None or word in TO_WORDS):
            metric = _strip_words(metric, _CHANGE, leading=True)
        if not metric or metric.endswith(TAIL_VERBS):
            metric += self.tail_metric(last.unit_end + len(suffix))
        return metric, comparator

    def without_years(self, start: int, end: int) -> str:
        """``text[start:end]`` with year and date phrases cut out."""
        keep = [True] * (end - start)
        for low, high in (*_overlapping(self.years, start, end),
                          *_overlapping(self.months, start, end)):
            for index in range(max(low, start), min(high, end)):
                keep[index - start] = False
        return "".join(char for char, kept in zip(self.text[start:end], keep, strict=True)
                       if kept)

    def tail_metric(self, position: int) -> str:
        """The phrase after a figure, up to a clause break or a stop word."""
        after = bisect_left(self.breaks, position)
        end = self.breaks[after] if after < len(self.breaks) else len(self.text)
        tail = self.text[position : min(end, position + _MAX_TAIL)]
        cut = min((i for i in (tail.find(word) for word in TAIL_STOP_WORDS) if i > 0),
                  default=len(tail))
        return tail[:cut].strip()


def _inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the ordered, disjoint ``regions``."""
    index = bisect_right(regions, (start, sys.maxsize)) - 1
    return index >= 0 and regions[index][0] <= start and end <= regions[index][1]


def _overlapping(regions: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The ordered, disjoint ``regions`` that overlap ``start:end``."""
    first = bisect_right(regions, (start, start))
    if first and regions[first - 1][1] > start:
        first -= 1
    last = bisect_left(regions, (end, end))
    return regions[first:last]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


_QUOTED = re.compile("|".join(
    f"{re.escape(open_)}([^{re.escape(close)}]{{0,200}}){re.escape(close)}"
    for open_, close in QUOTE_PAIRS.items()
))


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """Offsets of the insides of quotation marks and book-title marks."""
    return [next(match.span(group) for group in range(1, len(QUOTE_PAIRS) + 1)
                 if match.group(group) is not None)
            for match in _QUOTED.finditer(text)]


def _strip_words(text: str, words: tuple[str, ...], *, leading: bool) -> str:
    """Remove any of ``words`` from the start (or end) of ``text``, repeatedly."""
    while text and (text.startswith(words) if leading else text.endswith(words)):
        for word in words:
            if leading and text.startswith(word):
                text = text[len(word) :]
            elif not leading and text.endswith(word):
                text = text[: -len(word)]
    return text


def _clean_metric(phrase: str) -> tuple[str, Comparator | None]:
    """The metric named by ``phrase`` and a comparator word it contains (控制在法定标准)."""
    positions = {word: phrase.rfind(word) for word in _BOUND if word in phrase}
    last = max(positions, key=lambda word: (positions[word], len(word)), default=None)
    earlier = ADJACENT_WORDS[last] if last is not None else None
    metric = _strip_words(phrase.strip(), _TRAIL, leading=False)
    if metric.endswith(METRIC_CUT_WORDS):
        return "", earlier
    item = _ITEM_NUMBER.match(metric)
    metric = _strip_words(metric[item.end() :] if item else metric, _LEAD, leading=True)
    metric = _strip_words(metric, _BOUND, leading=True)
    for opening, closing in QUOTE_PAIRS.items():
        inner_start = metric.rfind(opening)
        if metric.endswith(closing) and inner_start >= 0:
            inner = metric[inner_start + 1 : -1]
            if inner.endswith(METRIC_SUFFIXES):
                return inner, earlier
    return metric, earlier


def _distribute(metric: str, count: int) -> list[str] | None:
    """The ``count`` metrics of a list ``metric`` that ``分别`` hands one figure each, or None.

    The listed names share the ending of the last one after where the first one ends:
    企业间转移登记和存量房转移登记办理时间 -> 企业间转移登记办理时间, 存量房转移登记办理时间.
    """
    items = _METRIC_LIST.split(metric)
    if len(items) != count or not all(items):
        return None
    first, last = items[0], items[-1]
    for length in range(min(len(first), len(last) - 1, _MAX_SHARED), 1, -1):
        at = last.find(first[-length:])
        if at >= 0 and at + length < len(last):
            ending = last[at + length :]
            return [item + ending for item in items[:-1]] + [last]
    return None


_MAX_SHARED = 20
"""The longest ending of a listed name looked up in the last one (a bound on the work)."""


def _choose_comparator(
    word: str | None, opening: Comparator | None, suffix: str, earlier: Comparator | None
) -> Comparator:
    """The comparator from the word before the figure, the change verb opening the metric
    phrase, the suffix and a bound word earlier in the clause (see the module docstring)."""
    adjacent = ADJACENT_WORDS.get(word or "")
    if adjacent in CHANGE_COMPARATORS:
        return adjacent
    if opening is not None and word in TO_WORDS:
        return TO_LEVEL[opening]
    if opening is not None and word is None:
        return opening
    if suffix:
        return SUFFIX_WORDS[suffix]
    return adjacent or earlier or Comparator.EQUAL


def _value(number: str) -> float:
    return float(number) if number[0].isdigit() else float(chinese_to_int(number))
