"""The one-line reading summary ``tgbe parse`` prints on stderr when a notice is not clean:
how many measures were read, how many unit names are unsure, how many lines were not read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tgbe.infra.i18n import Lang

#: Parser diagnostic codes counted as an unsure unit and as a line not read.
UNSURE_UNIT = "suspicious-unit"
NOT_READ = "stray-line"


def reading_summary(path: str, measures: int, diagnostics: Iterable[Mapping[str, Any]],
                    lang: Lang) -> str | None:
    """``PATH: 18 measures; 1 unit uncertain; 0 lines not read``, or ``None`` when the
    notice was read without an unsure unit or a line left out."""
    codes = [str(item["code"]) for item in diagnostics]
    unsure, unread = codes.count(UNSURE_UNIT), codes.count(NOT_READ)
    if not unsure and not unread:
        return None
    if lang == "zh":
        return f"{path}：{measures} 项举措；{unsure} 个单位存疑；{unread} 行未读取"
    return (f"{path}: {measures} measure{'s' * (measures != 1)}; "
            f"{unsure} unit{'s' * (unsure != 1)} uncertain; "
            f"{unread} line{'s' * (unread != 1)} not read")
