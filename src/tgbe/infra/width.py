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


# 避头尾 (kinsoku): marks that may not start a line, and marks that may not end one.
NO_LINE_START = frozenset("。，、；：？！）」』”’》〉】〕…·%,.;:?!)]}")
NO_LINE_END = frozenset("（「『“‘《〈【〔([{")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./#%+")


def breakable_units(text: str) -> list[str]:
    """``text`` cut where a line may break: between CJK characters, at spaces, never
    inside a Latin word or a number, and never before a closing or after an opening mark.
    """
    units: list[str] = []
    glue_next = False
    for char in text:
        joins_word = char in _WORD and units and units[-1][-1:] in _WORD
        if units and (glue_next or joins_word or char in NO_LINE_START):
            units[-1] += char
        else:
            units.append(char)
        glue_next = char in NO_LINE_END
    return units


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` display columns, broken by 避头尾 rules.

    No line starts with a closing mark (``。，、；：？！）」』”``) or ends with an opening
    one (``（「『“``); words and numbers stay whole unless wider than a line.  Existing
    line breaks are kept; spaces where a line breaks are dropped.
    """
    width = max(2, width)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width))
    return lines


def _wrap_paragraph(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current, used = "", 0
    for unit in breakable_units(text):
        size = display_width(unit)
        if used + size > width and current.strip():
            lines.append(current.rstrip())
            current, used = "", 0
            unit = unit.lstrip()
            size = display_width(unit)
        while size > width:  # a word wider than the line: fold it
            head = clip_to(unit, width - used)
            lines.append((current + head).rstrip())
            current, used = "", 0
            unit = unit[len(head):]
            size = display_width(unit)
        current += unit
        used += size
    lines.append(current.rstrip())
    return lines


def clip_to(text: str, width: int) -> str:
    """The longest start of ``text`` that fits ``width`` columns (at least one character)."""
    used = 0
    for index, char in enumerate(text):
        used += display_width(char)
        if used > width:
            return text[: max(1, index)]
    return text


def widest_unit(text: str) -> int:
    """Columns of the widest piece of ``text`` that :func:`wrap` keeps on one line."""
    return max((display_width(unit.strip()) for unit in breakable_units(text)), default=0)
