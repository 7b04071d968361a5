"""Dates given by people: ``--today``, ``TGBE_TODAY``, time zones and ``14d`` windows."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone, tzinfo

from tgbe.infra.i18n import tr

TODAY_ENV = "TGBE_TODAY"
DEFAULT_TZ = "Asia/Shanghai"
# China Standard Time has had no daylight saving since 1991: a fixed offset is exact, and is
# used when the system has no time-zone database (and the tzdata package is not installed).
_DEFAULT_OFFSET = timezone(timedelta(hours=8), "CST")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPAN = re.compile(r"^\s*(?P<count>[0-9]+)\s*(?P<unit>[dw]?)\s*$")




def parse_day(text: str) -> date:
    """An ISO date written ``YYYY-MM-DD``; raises ``ValueError`` saying what is wrong.

    ``20230901`` is refused (the form is wrong), ``2023-02-30`` too (no such day).
    """
    match = _DAY.fullmatch(text.strip())
    if not match:
        raise ValueError(tr("date.format", text=text))
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise ValueError(tr("date.bad_month", text=text))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(tr("date.no_such_day", text=text, year=year, month=month, days=last,
                            month_name=calendar.month_name[month]))
    return date(year, month, day)


def parse_days(text: str) -> int:
    """A number of days: ``14``, ``14d`` or ``2w``; raises ``ValueError`` otherwise."""
    match = _SPAN.match(text)
    if not match:
        raise ValueError(f"expected a number of days such as 14d or 2w, found {text!r}")
    return int(match.group("count")) * (7 if match.group("unit") == "w" else 1)


def zone_info(zone: str) -> tzinfo:
    """The IANA time zone ``zone``; raises ``ValueError`` with a readable message."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        if zone == DEFAULT_TZ:
            return _DEFAULT_OFFSET
        raise ValueError(f"expected an IANA time zone such as {DEFAULT_TZ}, "
                         f"found {zone!r}") from None


def today_in(zone: str) -> date:
    """The current date in the IANA time zone ``zone`` (``Asia/Shanghai``)."""
    return datetime.now(zone_info(zone)).date()


def resolve_today(option: str | None, env_value: str | None, zone: str) -> date:
    """``--today`` if given, else ``TGBE_TODAY``, else the current date in ``zone``."""
    if option:
        return parse_day(option)
    if env_value:
        try:
            return parse_day(env_value)
        except ValueError as error:
            raise ValueError(f"{TODAY_ENV}: {error}") from None
    return today_in(zone)
