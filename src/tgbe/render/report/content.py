"""What the report says, whatever its format: figures, rankings, months, overdue, lint.

Built once from :class:`~tgbe.track.progress.Progress` (the figures of ``tgbe status
summary``) so that the HTML page, the Word bulletin and the Markdown text agree.
"""

from __future__ import annotations

import calendar
from datetime import date
from pathlib import PurePath
from typing import NamedTuple

from tgbe.infra.i18n import Lang
from tgbe.lint.rules.base import Finding
from tgbe.models import Notice
from tgbe.render.labels import STAGE_FIELDS, tally_label
from tgbe.render.svg import Bar, Series
from tgbe.track.progress import MeasureProgress, Progress, Stage, Tally, unit_measures

HEADLINE_FIELDS = ("total", "done", "in_progress", "overdue", "due_soon", "undated")
STAGE_COLORS = {"done": "#2e7d32", "in_progress": "#1565c0", "not_started": "#b0b7bf",
                "overdue": "#c62828", "dropped": "#8d6e63"}
RANKED_UNITS = 15  # units shown in each ranking chart
# The lint findings the report summarises: code -> (Chinese, English) heading.
LINT_TOPICS: dict[str, tuple[str, str]] = {
    "DUP002": ("成段重复的举措", "Copied blocks of measures"),
    "TGT001": ("相互矛盾的目标", "Conflicting targets"),
    "UNT001": ("同一单位两种写法", "Unit names written two ways"),
}


class OverdueRow(NamedTuple):
    """One row of the overdue list."""

    id: str
    indicator: str
    text: str
    units: str
    due: date
    days: int


class UnitMeasures(NamedTuple):
    """A unit's measures, for its list a click away from the ranking."""

    anchor: str
    unit: str
    figures: Tally
    measures: list[MeasureProgress]


class Content(NamedTuple):
    """Everything a report shows (see the module docstring)."""

    figures: Progress
    lang: Lang
    title: str
    headline: list[tuple[str, str, int]]  # (field, label, count)
    stages: list[Series]
    by_indicator: list[Bar]
    by_overdue: list[Bar]
    by_load: list[Bar]
    months: list[Bar]
    today_at: float | None
    overdue: list[OverdueRow]
    unit_lists: list[UnitMeasures]
    lint: dict[str, list[Finding]] | None


def label(field: str, content: Content) -> str:
    """A tally field's label in the report's language and window."""
    return tally_label(field, content.lang, content.figures.within_days)


def subject(notice: Notice) -> str:
    """What the notice sets out (its attachment's title, else its own title without 关于…)."""
    name = notice.attachment_title or notice.title or PurePath(notice.source.path).stem
    return name.split("关于", 1)[-1].removeprefix("印发").removesuffix("的通知")


def build_content(notice: Notice, figures: Progress, lang: Lang,
                  findings: list[Finding] | None = None) -> Content:
    """The report's content in ``lang``; ``findings`` (from lint) adds the lint summary."""
    stages = [Series(tally_label(field, lang), STAGE_COLORS[field]) for field in STAGE_FIELDS]
    names = {item.number: item.name for item in figures.indicators}
    lists = [UnitMeasures(f"unit-{index}", unit.unit, unit, unit_measures(figures, unit.unit))
             for index, unit in enumerate(figures.units, start=1)]
    anchors = {each.unit: f"#{each.anchor}" for each in lists}
    overdue = sorted((m for m in figures.measures if m.stage == Stage.OVERDUE),
                     key=lambda m: (-(m.days_overdue or 0), m.indicator, m.id))
    months, today_at = _months(figures)
    by_load = sorted(figures.units, key=lambda unit: (-unit.total, -unit.overdue, unit.unit))
    return Content(
        figures=figures, lang=lang,
        title=(f"关于{subject(notice)}推进情况的通报" if lang == "zh"
               else f"Progress of {subject(notice)}"),
        headline=[(field, tally_label(field, lang, figures.within_days),
                   getattr(figures.totals, field)) for field in HEADLINE_FIELDS],
        stages=stages,
        by_indicator=[_bar(f"{item.number} {item.name}", item) for item in figures.indicators],
        by_overdue=[_bar(unit.unit, unit, anchors[unit.unit])
                    for unit in figures.units if unit.overdue][:RANKED_UNITS],
        by_load=[_bar(unit.unit, unit, anchors[unit.unit]) for unit in by_load][:RANKED_UNITS],
        months=months, today_at=today_at,
        overdue=[OverdueRow(m.id, names[m.indicator], m.text, "、".join(m.units), m.due,
                            m.days_overdue or 0) for m in overdue if m.due],
        unit_lists=lists,
        lint=None if findings is None else {
            code: [finding for finding in findings if finding.code == code]
            for code in LINT_TOPICS},
    )


def _bar(text: str, tally: Tally, href: str | None = None) -> Bar:
    return Bar(text, tuple(getattr(tally, field) for field in STAGE_FIELDS), href)


def _months(figures: Progress) -> tuple[list[Bar], float | None]:
    """Measures due per month, stacked by stage, from the first due month to the last
    (today's month included); and where today falls, in columns."""
    dated = [measure for measure in figures.measures if measure.due]
    if not dated:
        return [], None
    keys = [(m.due.year, m.due.month) for m in dated if m.due]
    today = (figures.today.year, figures.today.month)
    first, last = min([*keys, today]), max([*keys, today])
    months: list[tuple[int, int]] = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    counts = {key: dict.fromkeys(STAGE_FIELDS, 0) for key in months}
    for measure in dated:
        if measure.due:
            counts[(measure.due.year, measure.due.month)][measure.stage.value] += 1
    bars = [Bar(f"{year}-{month:02d}", tuple(counts[(year, month)].values()))
            for year, month in months]
    length = calendar.monthrange(*today)[1]
    return bars, months.index(today) + (figures.today.day - 0.5) / length
