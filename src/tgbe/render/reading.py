"""The one-line reading summary ``tgbe parse`` prints on stderr when a notice is not clean:
how many measures were read, how many unit names are unsure, how many lines were not read,
and where to look line by line (``tgbe parse --explain``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tgbe.infra.i18n import Lang, count_of, tr

#: Parser diagnostic codes counted as an unsure unit and as a line not read.
UNSURE_UNIT = "suspicious-unit"
NOT_READ = "stray-line"


def reading_summary(path: str, measures: int, diagnostics: Iterable[Mapping[str, Any]],
                    lang: Lang) -> str | None:
    """``PATH: 18 measures; 1 unit uncertain; 0 lines not read — see tgbe parse --explain
    PATH``, or ``None`` when the notice was read without an unsure unit or a line left out."""
    codes = [str(item["code"]) for item in diagnostics]
    unsure, unread = codes.count(UNSURE_UNIT), codes.count(NOT_READ)
    if not unsure and not unread:
        return None
    return tr("cli.reading_summary", lang, path=path, measures=measures, unsure=unsure,
              unread=unread, measures_text=count_of(measures, "count.measure", lang),
              unsure_text=count_of(unsure, "count.unit", lang),
              unread_text=count_of(unread, "count.line", lang))
