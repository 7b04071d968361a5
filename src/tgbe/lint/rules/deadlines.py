"""Deadline rules (``DLN…``): deadlines that cannot be read, are missing, fall after the
notice's own completion policy or before its issue date.  They read ``Measure.deadline``
(kind and due date computed once by the parser) and never re-read the measure's text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tgbe.infra.i18n import tr
from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions, related_at, reported_by
from tgbe.lint.rules.text import first_line
from tgbe.models import Deadline, DeadlineKind, Measure, Severity, Span


def _due_dates(context: LintContext) -> Iterator[tuple[Measure, Deadline, date]]:
    """Every measure with a known due date, with its deadline and that date."""
    for measure in context.notice.measures():
        deadline = measure.deadline
        if deadline is not None and deadline.due is not None:
            yield measure, deadline, deadline.due


def _deadline_span(measure: Measure, context: LintContext) -> Span:
    if measure.deadline is not None and measure.deadline.span is not None:
        return measure.deadline.span
    return first_line(measure.span, context)


class UnparseableDeadline(Rule):
    """A deadline phrase that names no date tgbe can read.

    What it finds: a measure's 完成时限 whose phrase is neither a date or period
    (``2023年9月底前``, ``第三季度``, ``年底前``) nor an ongoing phrase (``持续推进``).

    Why it matters: nobody can tell when such a measure is due, so it cannot be tracked or
    reported as overdue; it is often a typo (``2023年13月``) or a note pasted in the wrong
    field.

    Example (fails)::

        完成时限：尽快

    Passes::

        完成时限：2023年9月底前
    """

    code = "DLN001"
    name = "unparseable-deadline"
    doc_zh = (
        "完成时限的写法无法识别出日期。\n\n"
        "发现什么：举措的完成时限既不是日期或期间（如“2023年9月底前”“第三"
        "季度”“年底前”），也不是“持续推进”一类的长期说法。\n\n"
        "为何重要：无法知道这项举措何时到期，也就无法跟踪或报告逾期；这往往是笔误"
        "（如“2023年13月”）或把备注填进了时限栏。")
    group = "deadlines"
    severity = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report deadlines of kind ``unknown``."""
        for measure in context.notice.measures():
            deadline = measure.deadline
            if deadline is not None and deadline.kind is DeadlineKind.UNKNOWN:
                yield self.finding(
                    context, _deadline_span(measure, context),
                    en=f"measure {measure.id}: deadline {deadline.raw!r} names no date; expected "
                       "a date or period such as 2023年9月底前, 第三季度 or 持续推进",
                    zh=f"举措{measure.id}：完成时限“{deadline.raw}”无法识别为日期；"
                       "应为“2023年9月底前”“第三季度”“持续推进”等",
                    measure_id=measure.id,
                )


class MissingDeadlineOptions(RuleOptions):
    """Options of DLN002."""

    min_share: float = 0.5


class MissingDeadline(Rule):
    """A measure without a deadline in a notice whose measures normally have one.

    What it finds: a measure with no 完成时限 (or similar) field, when more than
    ``min_share`` (default half) of the notice's measures do have one.

    Why it matters: a measure without a deadline cannot be tracked; in a notice that gives
    every other measure a deadline, the missing one was almost always forgotten.

    Example (fails, the other measures have a 完成时限 line)::

        3.便利企业分支机构信息变更。
        责任单位：县商务局

    Passes::

        3.便利企业分支机构信息变更。
        完成时限：2023年9月
        责任单位：县商务局

    Option ``min_share``: the share of measures with a deadline above which a missing one is
    reported (default 0.5).
    """

    code = "DLN002"
    name = "missing-deadline"
    doc_zh = (
        "在举措通常都有完成时限的通知中，某项举措没有完成时限。\n\n"
        "发现什么：通知中超过 min_share（默认一半）的举措写有完成时限，"
        "而这项举措没有“完成时限”一类的字段。\n\n"
        "为何重要：没有时限的举措无法跟踪；其他举措都有时限时，缺的那一项几乎总是"
        "漏写了。")
    group = "deadlines"
    severity = Severity.WARNING
    Options = MissingDeadlineOptions
    diagnostics = reported_by("DLN002")

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report measures without a deadline when most measures have one."""
        assert isinstance(self.options, MissingDeadlineOptions)
        measures = context.notice.measures()
        dated = sum(1 for measure in measures if measure.deadline is not None)
        if not measures or dated <= self.options.min_share * len(measures):
            return
        for measure in measures:
            if measure.deadline is None:
                yield self.finding(
                    context, first_line(measure.span, context),
                    en=f"measure {measure.id} has no deadline; {dated} of {len(measures)} "
                       "measures have one (expected a 完成时限：… line)",
                    zh=f"举措{measure.id}没有完成时限；全文{len(measures)}项举措中{dated}项有"
                       "（应有“完成时限：…”）",
                    measure_id=measure.id,
                )


class DeadlineAfterPolicy(Rule):
    """A deadline later than the completion date the notice itself sets.

    What it finds: a measure due after the notice's completion policy, the date stated in
    its preamble (``各项任务原则上2023年9月底前完成``), which is given as a related place.

    Why it matters: either the measure breaks the notice's own rule or the policy is out of
    date; a reviewer should confirm the exception is intended ("原则上" allows some).

    Example (fails, the preamble says 原则上2023年9月底前完成)::

        完成时限：2023年12月

    Passes::

        完成时限：2023年9月
    """

    code = "DLN003"
    name = "deadline-after-policy"
    doc_zh = (
        "完成时限晚于通知本身规定的完成日期。\n\n"
        "发现什么：举措的完成时限晚于通知前言中规定的完成期限（如“各项任务原则上"
        "2023年9月底前完成”），该规定作为相关位置给出。\n\n"
        "为何重要：要么这项举措违反了通知自己的规定，要么规定已经过时；审校人员应"
        "确认这一例外是有意的（“原则上”允许少数例外）。")
    group = "deadlines"
    severity = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Compare every due date with the completion policy's."""
        policy = context.notice.completion_policy
        if policy is None or policy.due is None:
            return
        stated = next((principle for principle in context.notice.principles
                       if policy.raw in principle.text), None)
        related = [related_at(context, first_line(stated.span, context),
                              tr("related.policy", context.lang, raw=policy.raw))] if stated else []
        for measure, deadline, due in _due_dates(context):
            if due <= policy.due:
                continue
            yield self.finding(
                context, _deadline_span(measure, context),
                en=f"measure {measure.id} is due {due.isoformat()} ({deadline.raw}), "
                   f"after the notice's completion policy {policy.due.isoformat()} "
                   f"({policy.raw})",
                zh=f"举措{measure.id}完成时限{deadline.raw}（{due.isoformat()}）"
                   f"晚于通知要求的{policy.raw}（{policy.due.isoformat()}）",
                measure_id=measure.id,
                related=related,
            )


class DeadlineBeforeIssue(Rule):
    """A deadline that falls before the notice was issued.

    What it finds: a measure due before the notice's issue date (the 成文日期 in its header),
    when that date is known.

    Why it matters: such a measure is overdue the day it is published — usually a wrong year
    or month (a phrase copied from last year's notice).

    Example (fails, the notice is dated 2023年3月1日)::

        完成时限：2022年12月底前

    Passes::

        完成时限：2023年12月底前
    """

    code = "DLN004"
    name = "deadline-before-issue"
    doc_zh = (
        "完成时限早于通知的印发日期。\n\n"
        "发现什么：已知通知的成文日期时，完成时限早于该日期的举措。\n\n"
        "为何重要：这样的举措在通知发布当天就已逾期，通常是年份或月份写错了（例如"
        "沿用了上一年通知的写法）。")
    group = "deadlines"
    severity = Severity.ERROR

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Compare every due date with the issue date."""
        issued = context.notice.issue_date
        if issued is None:
            return
        for measure, deadline, due in _due_dates(context):
            if due >= issued:
                continue
            yield self.finding(
                context, _deadline_span(measure, context),
                en=f"measure {measure.id} is due {due.isoformat()} ({deadline.raw}), "
                   f"before the notice was issued on {issued.isoformat()}",
                zh=f"举措{measure.id}完成时限{deadline.raw}（{due.isoformat()}）"
                   f"早于发文日期{issued.isoformat()}",
                measure_id=measure.id,
            )
