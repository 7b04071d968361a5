"""Deadline phrases (2023年9月, 9月底前, 2023年第三季度, 年底前, 持续推进) as typed deadlines.

``due`` is the last day of the period a phrase names.  A phrase without a year takes the
document's year (``default_year``); without one either, it stays ``unknown``.  When a phrase
names several dates (``6月底前完成初稿，12月底前全面完成``) the latest one is the deadline.

Besides months, days, quarters (``第三季度``, ``Q3``), halves and year ends: parts of a month
(``11月中旬``: kind ``day``, due the 10th/20th/last day for 上/中/下旬, the 10th for 月初, the
15th for 月中) and the eve of a holiday of a stated year (``2024年春节前``; the tables are in
:mod:`tgbe.data.lexicon`).  A bare year means its end only when nothing unread follows its 年:
``2024年两会前`` is ``unknown``, not year-end.  An ongoing phrase after a starting year
(``2023年起长期坚持``) is ``ongoing``: the year says when the work starts; so is work
repeated every period (``每月``, ``每季度``, ``2024年起每半年``) when no date is named.  A user may
teach more ongoing phrases (``tgbe.toml``, see :mod:`tgbe.parse.layout`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from tgbe.data.lexicon import (
    BEFORE_WORDS,
    FIXED_HOLIDAYS,
    HALF_YEAR_WORDS,
    MONTH_PART_DAYS,
    NOT_MID_YEAR,
    ONGOING_PHRASES,
    ONWARD_WORDS,
    QUARTER_LETTERS,
    RECURRING_PERIODS,
    SPRING_FESTIVAL,
    SPRING_FESTIVAL_WORDS,
    YEAR_END_WORDS,
    YEAR_FOLLOWERS,
)
from tgbe.lang.numerals import chinese_to_int
from tgbe.lang.patterns import LazyPattern, either
from tgbe.parse.records import DeadlineRecord, SpanRecord
from tgbe.parse.taught import active
from tgbe.vocab import DeadlineKind

if TYPE_CHECKING:
    from tgbe.models import Deadline, Span


def _after_year(words: Iterable[str]) -> str:
    """``words``, and those starting with 年 also without it right after a 年 (2023年底)."""
    words = list(words)
    short = [word[1:] for word in words if word.startswith("年")]
    return f"{either(words)}|(?<=年)(?:{either(short)})"


_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_Q = f"[{QUARTER_LETTERS}]"
_HOLIDAYS = either([*FIXED_HOLIDAYS, *SPRING_FESTIVAL_WORDS])
_PERIOD = re.compile(
    rf"(?P<year>[0-9]{{4}})[-./](?P<nmonth>[0-9]{{1,2}})(?:[-./](?P<nday>[0-9]{{1,2}}))?"
    rf"|(?:(?P<cyear>[0-9]{{4}})\s{{0,3}}(?:年|(?={_Q})))?\s{{0,3}}(?:"
    rf"(?P<month>{_NUM})\s{{0,3}}月"
    rf"(?:\s{{0,3}}(?P<day>{_NUM})\s{{0,3}}[日号]|(?P<part>{either(MONTH_PART_DAYS)}))?(?:底|末|份)?"
    rf"|第?(?P<quarter>[1-4一二三四])\s{{0,3}}季度"
    rf"|(?<![A-Za-z]){_Q}(?P<qquarter>[1-4])(?![0-9])"
    rf"|(?P<half>(?:{_after_year(HALF_YEAR_WORDS)})(?![{NOT_MID_YEAR}]))"
    rf"|(?P<yearend>{_after_year(YEAR_END_WORDS)})"
    rf"|(?P<holiday>{_HOLIDAYS})\s{{0,3}}(?:{either(BEFORE_WORDS)})"
    rf")"
)
# A bare year (2025年, 2023年前) means its end only when nothing unread follows the 年.
_YEAR_ONLY = LazyPattern(
    rf"(?P<year>[0-9]{{4}})\s{{0,3}}年(?=\s{{0,3}}(?:$|[^\w]|{either(YEAR_FOLLOWERS)}))"
)
# Work repeated every period (每月, 每个季度, 每半年): ongoing, when no date is named.
_RECURRING = f"每个?(?:{either(RECURRING_PERIODS)})"
# A starting year before an ongoing phrase or a recurring period (2023年起长期坚持, 2024年起
# 每季度): when it starts, never a due date.
def _onward(phrases: str) -> re.Pattern[str]:
    """A starting year's word (年起 …) followed by one of ``phrases`` (a regex)."""
    return re.compile(rf"(?:{either(ONWARD_WORDS)})\s{{0,3}}[，,]?\s{{0,3}}(?:{phrases})")


_ONWARD = _onward(f"{either(ONGOING_PHRASES)}|{_RECURRING}")
_RECURRING_PERIOD = re.compile(_RECURRING)


def _last_day(year: int, month: int) -> date:
    # Day 28 plus four days is always in the next month; step back by its day of the
    # month (the calendar module would cost a millisecond of every start).
    following = date(year, month, 28) + timedelta(days=4)
    return following - timedelta(days=following.day)


def _holiday_eve(name: str, year: int) -> date | None:
    """The day before holiday ``name`` of ``year`` (``None`` if its date is not known)."""
    month_day = FIXED_HOLIDAYS.get(name) or SPRING_FESTIVAL.get(year)
    return date(year, *month_day) - timedelta(days=1) if month_day else None


def _month_due(match: re.Match[str], year: int, month: int) -> tuple[DeadlineKind, date] | None:
    day_text = match.group("day") or match.group("nday")
    if day_text:
        day = chinese_to_int(day_text)
        if not 1 <= day <= _last_day(year, month).day:
            return None
        return DeadlineKind.DAY, date(year, month, day)
    part = match.group("part")
    if part:
        part_day = MONTH_PART_DAYS[part]
        last = _last_day(year, month)
        return DeadlineKind.DAY, last if part_day is None else last.replace(day=part_day)
    return DeadlineKind.MONTH, _last_day(year, month)


def _due(match: re.Match[str], year: int) -> tuple[DeadlineKind, date] | None:
    month_text = match.group("month") or match.group("nmonth")
    if month_text:
        month = chinese_to_int(month_text)
        return _month_due(match, year, month) if 1 <= month <= 12 else None
    quarter_text = match.group("quarter") or match.group("qquarter")
    if quarter_text:
        return DeadlineKind.QUARTER, _last_day(year, chinese_to_int(quarter_text) * 3)
    half = match.group("half")
    if half:
        month, kind = HALF_YEAR_WORDS.get(half) or HALF_YEAR_WORDS["年" + half]
        return kind, _last_day(year, month)
    holiday = match.group("holiday")
    if holiday:
        eve = _holiday_eve(holiday, year) if match.group("cyear") else None
        return (DeadlineKind.DAY, eve) if eve else None
    return DeadlineKind.YEAR_END, date(year, 12, 31)


def interpret_deadline(raw: str, default_year: int | None) -> tuple[DeadlineKind, date | None]:
    """The kind of period ``raw`` names and its last day (``None`` if not a date).

    Phrases taught in ``tgbe.toml`` (``[parse.deadlines] ongoing``) are ongoing periods too.
    """
    return _interpret(raw, default_year, active().ongoing)


@lru_cache(maxsize=16)
def _taught_onward(taught: tuple[str, ...]) -> re.Pattern[str]:
    """:data:`_ONWARD` for phrases taught in ``tgbe.toml`` (2025年起常抓不懈)."""
    return _onward(either(taught))


@lru_cache(maxsize=1024)
def _interpret(raw: str, default_year: int | None, taught: tuple[str, ...]
               ) -> tuple[DeadlineKind, date | None]:
    text = raw.strip()
    if _ONWARD.search(text) or (taught and _taught_onward(taught).search(text)):
        return DeadlineKind.ONGOING, None
    best: tuple[DeadlineKind, date] | None = None
    for match in _PERIOD.finditer(text):
        if not match.group(0).strip():
            continue
        year_text = match.group("year") or match.group("cyear")
        year = int(year_text) if year_text else default_year
        if year is None:
            continue
        found = _due(match, year)
        if found is not None and (best is None or found[1] >= best[1]):
            best = found
    if best is None:
        for match in _YEAR_ONLY.finditer(text):
            candidate = (DeadlineKind.YEAR_END, date(int(match.group("year")), 12, 31))
            if best is None or candidate[1] >= best[1]:
                best = candidate
    if best is not None:
        return best
    if any(phrase in text for phrase in (*ONGOING_PHRASES, *taught)) or (
            _RECURRING_PERIOD.search(text)):
        return DeadlineKind.ONGOING, None
    return DeadlineKind.UNKNOWN, None


def deadline_record(
    raw: str, default_year: int | None = None, span: SpanRecord | None = None
) -> DeadlineRecord:
    """A deadline as plain data in the shape of :class:`tgbe.models.Deadline`."""
    kind, due = interpret_deadline(raw, default_year)
    return {"raw": raw, "kind": kind, "due": due, "span": span}


def parse_deadline(raw: str, default_year: int | None = None, span: Span | None = None) -> Deadline:
    """Read a deadline phrase; unrecognised phrases get kind ``unknown`` and no due date."""
    from tgbe.models import Deadline

    kind, due = interpret_deadline(raw, default_year)
    return Deadline(raw=raw, kind=kind, due=due, span=span)
