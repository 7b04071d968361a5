"""Deadline phrases (2023年9月, 9月底前, 2023年第三季度, 年底前, 持续推进) as typed deadlines.

``due`` is the last day of the period a phrase names.  A phrase without a year takes the
document's year (``default_year``); without one either, it stays ``unknown``.  When a phrase
names several dates (``6月底前完成初稿，12月底前全面完成``) the latest one is the deadline.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tgbe.data.lexicon import HALF_YEAR_WORDS, ONGOING_PHRASES
from tgbe.numerals import chinese_to_int
from tgbe.vocab import DeadlineKind

if TYPE_CHECKING:
    from tgbe.models import Deadline, Span

_NUM = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
_PERIOD = re.compile(
    rf"(?P<year>[0-9]{{4}})[-./](?P<nmonth>[0-9]{{1,2}})(?:[-./](?P<nday>[0-9]{{1,2}}))?"
    rf"|(?:(?P<cyear>[0-9]{{4}})\s{{0,3}}年)?\s{{0,3}}(?:"
    rf"(?P<month>{_NUM})\s{{0,3}}月(?:\s{{0,3}}(?P<day>{_NUM})\s{{0,3}}[日号])?(?:底|末|份)?"
    rf"|第?(?P<quarter>[1-4一二三四])\s{{0,3}}季度"
    rf"|(?P<half>上半年|下半年|年中)"
    rf"|(?P<yearend>年底|年末|年内|全年|(?<=年)底|(?<=年)末)"
    rf")"
)
_YEAR_ONLY = re.compile(r"(?P<year>[0-9]{4})\s*年(?![0-9一二三四五六七八九十第上下])")


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _due(match: re.Match[str], year: int) -> tuple[DeadlineKind, date] | None:
    month_text = match.group("month") or match.group("nmonth")
    day_text = match.group("day") or match.group("nday")
    if month_text:
        month = chinese_to_int(month_text)
        if not 1 <= month <= 12:
            return None
        if day_text:
            day = chinese_to_int(day_text)
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                return None
            return DeadlineKind.DAY, date(year, month, day)
        return DeadlineKind.MONTH, _last_day(year, month)
    if match.group("quarter"):
        quarter = chinese_to_int(match.group("quarter"))
        return DeadlineKind.QUARTER, _last_day(year, quarter * 3)
    if match.group("half"):
        month, kind = HALF_YEAR_WORDS[match.group("half")]
        return kind, _last_day(year, month)
    return DeadlineKind.YEAR_END, date(year, 12, 31)


@lru_cache(maxsize=1024)
def interpret_deadline(raw: str, default_year: int | None) -> tuple[DeadlineKind, date | None]:
    """The kind of period ``raw`` names and its last day (``None`` if not a date)."""
    text = raw.strip()
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
    if any(phrase in text for phrase in ONGOING_PHRASES):
        return DeadlineKind.ONGOING, None
    return DeadlineKind.UNKNOWN, None


def deadline_record(
    raw: str, default_year: int | None = None, span: dict[str, int] | None = None
) -> dict[str, Any]:
    """A deadline as plain data in the shape of :class:`tgbe.models.Deadline`."""
    kind, due = interpret_deadline(raw, default_year)
    return {"raw": raw, "kind": kind, "due": due, "span": span}


def parse_deadline(raw: str, default_year: int | None = None, span: Span | None = None) -> Deadline:
    """Read a deadline phrase; unrecognised phrases get kind ``unknown`` and no due date."""
    from tgbe.models import Deadline

    kind, due = interpret_deadline(raw, default_year)
    return Deadline(raw=raw, kind=kind, due=due, span=span)
