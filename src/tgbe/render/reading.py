"""The one-line reading summary ``tgbe parse`` prints on stderr when a notice is not clean:
how many measures were read, how many unit names are unsure, how many lines were not read,
how many table rows were read by their shape, and where to look line by line
(``tgbe parse --explain``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from tgbe.infra.i18n import Lang, count_of, tr

#: Parser diagnostic codes counted as an unsure unit, a line not read and a table row read
#: by its shape (its cells ran together).
UNSURE_UNIT = "suspicious-unit"
NOT_READ = "stray-line"
BY_SHAPE = "uncertain-table-row"


def reading_summary(path: str, measures: int, diagnostics: Iterable[Mapping[str, Any]],
                    lang: Lang) -> str | None:
    """``PATH: 18 measures; 1 unit uncertain; 0 lines not read — see tgbe parse --explain
    PATH`` (with ``; 3 table rows read by shape (check them)`` before the dash when there are
    such rows), or ``None`` when the notice was read without an unsure unit, a line left out
    or a row read by shape."""
    codes = [str(item["code"]) for item in diagnostics]
    unsure, unread, rows = codes.count(UNSURE_UNIT), codes.count(NOT_READ), codes.count(BY_SHAPE)
    if not unsure and not unread and not rows:
        return None
    return tr("cli.reading_summary", lang, path=path, measures=measures, unsure=unsure,
              unread=unread, measures_text=count_of(measures, "count.measure", lang),
              unsure_text=count_of(unsure, "count.unit", lang),
              unread_text=count_of(unread, "count.line", lang),
              rows_text=count_of(rows, "cli.reading_summary.rows", lang) if rows else "")
