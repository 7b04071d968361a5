"""Chinese numerals (一 … 九十九, 一百零二, 〇) and numbering markers as integers."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMBER = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百千]+|[\u2460-\u2473]")
_CIRCLED_ONE = 0x2460  # ① … ⑳ number points inside a measure

# The marker of a numbered measure (level 3): 1.  1．  1﹒  1、  (the separator ends the match).
# After 1. or 1． a digit reads as a decimal (1.5倍以上 on a hard-wrapped line is text),
# unless it opens a year: 1.2024年… and 1. 2024 年… are measures.  After 1、 a digit is
# always the measure's text (2、2025年…, 3、12345热线…): 、 never makes a decimal.  The
# grammar (grammars/notice.lark, L3) spells the same pattern; a test keeps them equal.
MEASURE_MARKER = (
    r"[0-9]+[ \t\u3000]*"
    r"(?:[.．﹒](?![0-9])|[.．﹒](?=(?:19|20)[0-9]{2}[ \t\u3000]*年)|、)"
)


def chinese_to_int(numeral: str) -> int:
    """Value of a Chinese numeral such as ``十四`` or ``一百零二`` (ASCII digits pass through,
    a circled digit ① … ⑳ is its value)."""
    if len(numeral) == 1 and 0 <= ord(numeral) - _CIRCLED_ONE < 20:
        return ord(numeral) - _CIRCLED_ONE + 1
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for char in numeral:
        if char in _DIGITS:
            current = _DIGITS[char]
        elif char in _UNITS:
            total += (current or 1) * _UNITS[char]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return total + current


def marker_number(marker: str) -> tuple[int, str]:
    """The number in a marker (``十四、``, ``（三）``, ``15.``) and its numeral as written."""
    match = _NUMBER.search(marker)
    if match is None:
        raise ValueError(f"no number in marker {marker!r}")
    return chinese_to_int(match.group()), match.group()
