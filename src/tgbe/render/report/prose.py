"""The report's figures as sentences and tables of plain cells (for Word and Markdown)."""

from __future__ import annotations

from datetime import date

from tgbe.render.labels import TALLY_FIELDS
from tgbe.render.report.content import Content, label
from tgbe.render.report.words import say
from tgbe.track.progress import Tally

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
OVERDUE_COLUMNS = ("id", "indicator", "measure", "unit", "due", "days_overdue")
UNIT_FIELDS = ("total", "overdue", "done", "in_progress", "due_soon")


def long_date(day: date, content: Content) -> str:
    """``2023年8月1日`` or ``August 1, 2023``."""
    return say("date_line", content.lang, year=day.year, month=day.month, day=day.day,
               month_name=MONTHS[day.month - 1])


def summary_sentence(content: Content) -> str:
    """The figures as one paragraph: 截至…，…项举措中已完成…项，…"""
    totals, day = content.figures.totals, long_date(content.figures.today, content)
    worst = [unit for unit in content.figures.units if unit.overdue][:3]
    lang = content.lang
    text = say("summary", lang, day=day, total=totals.total, done=totals.done,
               in_progress=totals.in_progress, not_started=totals.not_started,
               overdue=totals.overdue, dropped=totals.dropped, due_soon=totals.due_soon,
               within_days=content.figures.within_days, undated=totals.undated)
    if worst:
        text += say("most_overdue", lang, units=say("list_joiner", lang).join(
            say("unit_overdue", lang, unit=unit.unit, overdue=unit.overdue) for unit in worst))
    return text


def tally_table(content: Content, first: str, rows: list[tuple[str, Tally]],
                fields: tuple[str, ...] = TALLY_FIELDS) -> list[list[str]]:
    """A header row and one row per ``(name, tally)``."""
    table = [[first, *(label(field, content) for field in fields)]]
    table.extend([name, *(str(getattr(tally, field)) for field in fields)]
                 for name, tally in rows)
    return table


def indicator_table(content: Content) -> list[list[str]]:
    """Progress by indicator (every stage, due soon, undated), then the total row."""
    return tally_table(content, say("indicator", content.lang),
                       [*((f"{item.number} {item.name}", item)
                          for item in content.figures.indicators),
                        (say("total_row", content.lang), content.figures.totals)])


def unit_table(content: Content) -> list[list[str]]:
    """Units with overdue measures, most overdue first (their load beside); no total row,
    as a measure with several units counts for each."""
    return tally_table(content, say("unit", content.lang),
                       [(unit.unit, unit) for unit in content.figures.units if unit.overdue],
                       UNIT_FIELDS)


def overdue_table(content: Content) -> list[list[str]]:
    """The overdue list: 编号, 指标, 举措, 责任单位, 应完成, 逾期天数."""
    table = [[say(key, content.lang) for key in OVERDUE_COLUMNS]]
    table.extend([row.id, row.indicator, row.text, row.units, row.due.isoformat(),
                  str(row.days)] for row in content.overdue)
    return table
