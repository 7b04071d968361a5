"""Display width of text: CJK (wide and full-width) characters take two columns."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal or spreadsheet (CJK characters count double)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def clip(text: str, width: int) -> str:
    """``text`` on one line, cut to at most ``width`` columns with ``…`` when cut."""
    flat = " ".join(text.split())
    if display_width(flat) <= width:
        return flat
    kept: list[str] = []
    used = 1
    for char in flat:
        used += display_width(char)
        if used > width:
            break
        kept.append(char)
    return "".join(kept) + "…"


def pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` display columns."""
    return text + " " * max(0, width - display_width(text))
