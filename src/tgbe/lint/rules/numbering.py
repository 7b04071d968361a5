"""Numbering rules (``NUM…``): gaps, repeats and out-of-order numbers of principles,
indicators and measures.

Measures are numbered as written: the marker at the start of each measure's first line is
read from the original line (the builder renumbers measures whose numbering restarts in
every sub-section, and a restart is not a problem).  A run of measures of one sub-section
that starts again at 1 is its own sequence.  Indicators numbered like sub-sections (（一）,
taken out of a container section such as 一、主要任务) are a sequence per container, and the
container headings, read from the text, number with the sections around them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from tgbe.lang.numerals import marker_number
from tgbe.lint.rules.base import Draft, LintContext, Rule, reported_by
from tgbe.lint.rules.text import first_line
from tgbe.models import Indicator, Measure, Principle, Severity, Span

_MARKER = re.compile(r"[（(]?[ \t\u3000]{0,4}(?:[0-9]+|[一二三四五六七八九十百千零〇]+)")
_SUB_SECTION = re.compile(r"[ \t\u3000]*[（(]")
_SECTION = re.compile(r"[ \t\u3000]*(?P<numeral>[一二三四五六七八九十百千零〇]+)[、．.]")
_ARTICLE = re.compile(r"[ \t\u3000]*第(?P<numeral>[0-9]+|[一二三四五六七八九十百千零〇]+)条")


class Problem(Enum):
    """What is wrong with one number of a sequence."""

    GAP = "gap"
    REPEAT = "repeat"
    OUT_OF_ORDER = "out-of-order"
    IMPLAUSIBLE = "implausible"


# A number this far above the one before it is no skipped item but a typo or an attack
# (99999999999.完善企业开办): it is reported as such, besides the gap.
MAX_PLAUSIBLE_JUMP = 100


@dataclass(frozen=True)
class Item:
    """One numbered thing: its number as written, where it is, how to name it."""

    number: int
    span: Span
    label: str
    measure_id: str | None = None


@dataclass(frozen=True)
class Issue:
    """A numbering problem at ``item``; ``previous`` is the number before it.

    ``missing`` holds the numbers skipped by a gap as inclusive ranges ``(low, high)``.
    """

    problem: Problem
    item: Item
    previous: int
    missing: tuple[tuple[int, int], ...] = ()


def sequence_issues(items: list[Item]) -> Iterator[Issue]:
    """Gaps, repeats, out-of-order and implausible numbers of one sequence (1, 2, 3 …).

    The cost depends on the number of items, never on the value of their numbers.
    """
    present = sorted({item.number for item in items})
    seen: set[int] = set()
    previous = 0
    for item in items:
        if item.number in seen:
            yield Issue(Problem.REPEAT, item, previous)
        elif item.number < previous:
            yield Issue(Problem.OUT_OF_ORDER, item, previous)
        elif item.number > previous + 1:
            missing = _missing_ranges(present, previous + 1, item.number - 1)
            if missing:
                yield Issue(Problem.GAP, item, previous, missing)
            if item.number - previous > MAX_PLAUSIBLE_JUMP:
                yield Issue(Problem.IMPLAUSIBLE, item, previous)
                continue  # a typo: the items after it number on from the one before
        seen.add(item.number)
        previous = max(previous, item.number)


def _missing_ranges(present: list[int], low: int, high: int) -> tuple[tuple[int, int], ...]:
    """The runs of ``low..high`` (inclusive) not in the sorted ``present`` numbers."""
    ranges: list[tuple[int, int]] = []
    start = low
    for number in present[bisect_left(present, low):bisect_right(present, high)]:
        if number > start:
            ranges.append((start, number - 1))
        start = number + 1
    if start <= high:
        ranges.append((start, high))
    return tuple(ranges)


def notice_sequences(context: LintContext) -> Iterator[list[Item]]:
    """Every numbered sequence of the notice: principles, indicators, measures of each.

    Sections of one body share a numbering: when no attachment marker (附件) separates the
    preamble from the indicators and the first indicator is numbered above 1 (第二章 after
    第一章 总则), the preamble's sections and the indicators are one sequence.  Provision
    sections after the indicators (第四章 附则) always number on from the indicators.

    Measures numbered on from the previous indicator's last one (articles 第N条 counted
    through the whole document) continue that indicator's sequence: a run that starts above
    1 and above the previous run's last number.  The articles of the preamble's sections
    (第一章 总则 / 第一条 …) start that count.
    """
    notice = context.notice
    numbered = [i for i in notice.indicators if i.numeral]
    first = numbered[0].heading_span.start_line if numbered else None
    leading: list[Principle] = []
    trailing: list[Principle] = []  # split by position: ``p not in leading`` was quadratic
    for principle in notice.principles:
        before = first is None or principle.span.start_line < first
        (leading if before else trailing).append(principle)
    indicators, runs = _indicator_sequences(
        context, numbered, max((p.span.end_line for p in leading), default=0)
    )
    sections = [Item(p.number, p.span, f"principle {p.numeral}") for p in leading]
    if notice.attachment_title is not None or not indicators or indicators[0].number <= 1:
        yield sections
        sections = []
    yield [*sections, *indicators,
           *(Item(p.number, p.span, f"principle {p.numeral}") for p in trailing)]
    yield from runs
    pending = [item for principle in leading for item in _article_items(context, principle.span)]
    for indicator in notice.indicators:
        for run in _measure_runs(context, indicator):
            if pending and run[0].number > 1 and run[0].number > pending[-1].number:
                pending.extend(run)
                continue
            if pending:
                yield pending
            pending = list(run)
    if pending:
        yield pending


def _indicator_sequences(
    context: LintContext, indicators: list[Indicator], start: int
) -> tuple[list[Item], list[list[Item]]]:
    """The sequence of the indicators numbered like sections (一、), and the sequences of
    those numbered like sub-sections (（一）: the builder's indicators taken out of a container
    section such as 一、主要任务).

    The container's heading is no indicator; it is read back from the lines between the
    indicators (a line starting 一、 …), takes its place in the sections' sequence and starts
    a new sequence of sub-sections.  ``start`` is the last line before the indicators.
    """
    sections: list[Item] = []
    runs: list[list[Item]] = []
    after = start
    for indicator in indicators:
        item = Item(indicator.number, indicator.heading_span, f"indicator {indicator.numeral}")
        line = indicator.heading_span.start_line
        if _SUB_SECTION.match(context.line_text(line), indicator.heading_span.start_column - 1):
            container = _container_item(context, after + 1, line)
            if container is not None:
                sections.append(container)
            if container is not None or not runs:
                runs.append([])
            runs[-1].append(item)
        else:
            sections.append(item)
            runs.append([])
        after = indicator.span.end_line
    return sections, [run for run in runs if run]


def _container_item(context: LintContext, start: int, end: int) -> Item | None:
    """The last section heading (一、主要任务) on the lines ``start`` to ``end - 1``."""
    for line in range(end - 1, start - 1, -1):
        text = context.line_text(line)
        match = _SECTION.match(text)
        if match:
            return Item(marker_number(match["numeral"])[0],
                        Span(start_line=line, start_column=match.start("numeral") + 1,
                             end_line=line, end_column=len(text) + 1),
                        f"section {match['numeral']}")
    return None


def _article_items(context: LintContext, span: Span) -> Iterator[Item]:
    """The articles (第一条 …) on the lines of ``span``: a preamble section's own articles."""
    for line in range(span.start_line, span.end_line + 1):
        text = context.line_text(line)
        match = _ARTICLE.match(text)
        if match:
            yield Item(marker_number(match["numeral"])[0],
                       Span(start_line=line, start_column=match.start("numeral"),
                            end_line=line, end_column=len(text) + 1),
                       f"article 第{match['numeral']}条")


def _measure_runs(context: LintContext, indicator: Indicator) -> Iterator[list[Item]]:
    items = [_measure_item(context, measure) for measure in indicator.measures]
    if not items:
        return
    runs: list[list[Item]] = []
    for item, measure, before in zip(
        items, indicator.measures, [None, *indicator.measures], strict=False
    ):
        if before is None or measure.group != before.group:
            runs.append([])
        runs[-1].append(item)
    if len(runs) > 1 and all(run[0].number == 1 for run in runs):
        yield from runs
    else:
        yield items


def _notice_issues(context: LintContext) -> list[Issue]:
    """The issues of every numbered sequence of the notice (shared by NUM001–NUM004)."""
    return [issue for items in notice_sequences(context) for issue in sequence_issues(items)]


def _measure_item(context: LintContext, measure: Measure) -> Item:
    line = context.line_text(measure.span.start_line)
    match = _MARKER.match(line, measure.span.start_column - 1)
    number = marker_number(match.group())[0] if match else measure.number
    return Item(number, measure.span, f"measure {measure.id}", measure.id)


class _SequenceRule(Rule):
    """Shared check of the numbering rules: report the issues of one kind."""

    problem: Problem

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Walk every sequence and report this rule's kind of issue."""
        for issue in context.shared("numbering-issues", lambda: _notice_issues(context)):
            if issue.problem is self.problem:
                yield self._report(context, issue, first_line(issue.item.span, context))

    def _report(self, context: LintContext, issue: Issue, span: Span) -> Draft:
        """The finding for ``issue``, placed at ``span`` (the item's first line)."""
        raise NotImplementedError


class NumberingGap(_SequenceRule):
    """A number skipped in a sequence of principles, indicators or measures.

    What it finds: an item numbered more than one above the item before it, where the
    numbers in between appear nowhere in the sequence (a sequence starts at 1).

    Why it matters: a gap usually means an item was deleted (or never pasted in) and the
    rest were not renumbered; readers citing "measure 14.6" then point at the wrong text.

    Example (fails: 2 is missing)::

        1.深化企业开办改革。
        3.推行电子营业执照。

    Passes::

        1.深化企业开办改革。
        2.推行电子营业执照。
    """

    code = "NUM001"
    name = "numbering-gap"
    doc_zh = (
        "原则、指标或举措的编号中跳过了某个序号。\n\n"
        "发现什么：某项的序号比前一项大一以上，而中间的序号在整个序列中都没有出现"
        "（序列从 1 开始）。\n\n"
        "为何重要：跳号通常说明删掉了某项（或漏贴了某项）而其余没有重新编号；引用"
        "“举措 14.6”时就会指向错误的内容。")
    group = "numbering"
    severity = Severity.ERROR
    problem = Problem.GAP

    def _report(self, context: LintContext, issue: Issue, span: Span) -> Draft:
        missing = issue.missing
        if len(missing) == 1 and missing[0][0] == missing[0][1]:
            en, zh = f"number {missing[0][0]} is missing", f"缺少第{missing[0][0]}项"
        else:
            en = f"numbers {_listed(missing, ', ', '–')} are missing"
            zh = f"缺少第{_listed(missing, '、', '至')}项"
        return self.finding(
            context, span,
            en=f"{issue.item.label} is numbered {issue.item.number} {_after(issue)}: {en}",
            zh=f"{_zh(issue.item.label)}编号为{issue.item.number}，{_zh_after(issue)}：{zh}",
            measure_id=issue.item.measure_id,
        )


class NumberingRepeat(_SequenceRule):
    """A number used twice in one sequence of principles, indicators or measures.

    What it finds: an item whose number was already used earlier in the same sequence.

    Why it matters: two measures with one number cannot both be cited, tracked or reported
    on; one of them was usually meant to be the next number.

    Example (fails: 2 twice)::

        1.深化企业开办改革。
        2.推行电子营业执照。
        2.优化企业注销流程。

    Passes::

        1.深化企业开办改革。
        2.推行电子营业执照。
        3.优化企业注销流程。
    """

    code = "NUM002"
    name = "numbering-repeat"
    doc_zh = (
        "同一序列的原则、指标或举措中，一个序号用了两次。\n\n"
        "发现什么：某项的序号在同一序列中前面已经用过。\n\n"
        "为何重要：两项举措同一个序号，就无法分别引用、跟踪和报告；其中一项通常本"
        "应是下一个序号。")
    group = "numbering"
    severity = Severity.ERROR
    problem = Problem.REPEAT
    diagnostics = reported_by("NUM002")

    def _report(self, context: LintContext, issue: Issue, span: Span) -> Draft:
        return self.finding(
            context, span,
            en=f"{issue.item.label}: number {issue.item.number} is used again; expected "
               f"{issue.previous + 1}",
            zh=f"{_zh(issue.item.label)}：编号{issue.item.number}重复，应为{issue.previous + 1}",
            measure_id=issue.item.measure_id,
        )


class NumberingOutOfOrder(_SequenceRule):
    """A number lower than the one before it (and not a repeat).

    What it finds: an item numbered below the highest number so far in its sequence, where
    that number was not used before — the items are out of order.

    Why it matters: out-of-order numbers usually come from moving paragraphs around without
    renumbering; cross-references and tracking tables then disagree with the text.

    Example (fails: 3 after 4)::

        1.深化企业开办改革。
        2.推行电子营业执照。
        4.简化企业迁移手续。
        3.优化企业注销流程。

    Passes::

        1.深化企业开办改革。
        2.推行电子营业执照。
        3.优化企业注销流程。
        4.简化企业迁移手续。
    """

    code = "NUM003"
    name = "numbering-out-of-order"
    doc_zh = (
        "序号小于前一项（且不是重复）。\n\n"
        "发现什么：某项的序号小于该序列中迄今最大的序号，且此前没有用过——各项顺"
        "序颠倒了。\n\n"
        "为何重要：顺序颠倒通常是挪动段落后没有重新编号造成的；交叉引用和台账就会"
        "与正文不一致。")
    group = "numbering"
    severity = Severity.ERROR
    problem = Problem.OUT_OF_ORDER

    def _report(self, context: LintContext, issue: Issue, span: Span) -> Draft:
        return self.finding(
            context, span,
            en=f"{issue.item.label} is numbered {issue.item.number} after {issue.previous}: "
               "out of order",
            zh=f"{_zh(issue.item.label)}编号为{issue.item.number}，却排在{issue.previous}之后："
               "顺序错乱",
            measure_id=issue.item.measure_id,
        )


class ImplausibleNumber(_SequenceRule):
    """A number far beyond any plausible count of items.

    What it finds: an item numbered more than 100 above the item before it in its
    sequence (a notice does not skip a hundred measures).

    Why it matters: such a number is a typo (an extra digit, a date pasted over the
    number) or a crafted file; every reference to the items after it is off.

    Example (fails: 99999 after 1)::

        1.深化企业开办改革。
        99999.推行电子营业执照。

    Passes::

        1.深化企业开办改革。
        2.推行电子营业执照。
    """

    code = "NUM004"
    name = "implausible-number"
    doc_zh = (
        "序号远远超出合理的项数。\n\n"
        "发现什么：某项的序号比同一序列中前一项大 100 以上（通知不会跳过上百"
        "项举措）。\n\n"
        "为何重要：这样的序号是笔误（多打了一位数字、日期盖住了序号）或是刻意构造"
        "的文件；其后各项的引用都会错位。")
    group = "numbering"
    severity = Severity.ERROR
    problem = Problem.IMPLAUSIBLE

    def _report(self, context: LintContext, issue: Issue, span: Span) -> Draft:
        return self.finding(
            context, span,
            en=f"{issue.item.label} is numbered {issue.item.number} after {issue.previous}: "
               f"more than {MAX_PLAUSIBLE_JUMP} above it, not a plausible count",
            zh=f"{_zh(issue.item.label)}编号为{issue.item.number}，前一项为{issue.previous}："
               f"跳过{MAX_PLAUSIBLE_JUMP}项以上，编号不合常理",
            measure_id=issue.item.measure_id,
        )


def _listed(ranges: tuple[tuple[int, int], ...], comma: str, dash: str) -> str:
    """``3, 5–9`` (or ``3、5至9``): single numbers and runs of missing numbers."""
    return comma.join(str(low) if low == high else f"{low}{dash}{high}" for low, high in ranges)


_ZH_LABELS = {"principle": "工作要求", "section": "部分", "indicator": "指标", "measure": "举措",
              "article": ""}


def _after(issue: Issue) -> str:
    return f"after {issue.previous}" if issue.previous else "at the start of its sequence"


def _zh_after(issue: Issue) -> str:
    return f"前一项为{issue.previous}" if issue.previous else "位于序列开头"


def _zh(label: str) -> str:
    kind, _, rest = label.partition(" ")
    return f"{_ZH_LABELS.get(kind, kind)}{rest}"
