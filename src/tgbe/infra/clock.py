"""Dates given by people: ``--today``, ``TGBE_TODAY``, time zones and ``14d`` windows."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo

TODAY_ENV = "TGBE_TODAY"
DEFAULT_TZ = "Asia/Shanghai"
# China Standard Time has had no daylight saving since 1991: a fixed offset is exact, and is
# used when the system has no time-zone database (and the tzdata package is not installed).
_DEFAULT_OFFSET = timezone(timedelta(hours=8), "CST")
_SPAN = re.compile(r"^\s*(?P<count>[0-9]+)\s*(?P<unit>[dw]?)\s*$")


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_day(text: str) -> date:
    """An ISO date ``YYYY-MM-DD``; raises ``ValueError`` with a readable message.

    Only that form: ``20230630`` and ``2023-W26-5``, which Python's ISO parser also takes,
    are refused (a ledger or CI variable in them is almost surely a mistake).
    """
    stripped = text.strip()
    try:
        if not _DAY.fullmatch(stripped):
            raise ValueError(stripped)
        return date.fromisoformat(stripped)
    except ValueError:
        raise ValueError(f"expected a date YYYY-MM-DD, found {text!r}") from None


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
