"""Page text → notice text: what a grammar cannot express about printed pages.

Office readers (:mod:`tgbe.read.office`) give pages of text lines.  Before the grammar sees
them, this pre-pass

* drops page numbers (``— 3 —``, ``-3-``, ``第3页``, ``第3页 共9页``, ``3/9``);
* drops running headers and footers: a line repeated (digits aside) at the same place among
  the first or last lines of most pages, unless it is a field or starts a numbered block;
* rejoins hard-wrapped lines: a line as wide as the widest lines of the text that does not
  end a sentence continues on the next line, unless that line starts a numbered block or a
  field (一、 （一） 1. 完成时限：…).

The result's lines are joined kept lines; :class:`~tgbe.read.reader.LineMap` says where each
piece came from, so spans point at the extracted lines (``original_lines``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from tgbe.data.lexicon import SENTENCE_END
from tgbe.lang.numerals import MEASURE_MARKER
from tgbe.read.chrome import is_page_number
from tgbe.read.source import LineMap

_BLOCK_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十百千零〇]+\s*[、，,．.]|第[一二三四五六七八九十百千零〇0-9]+[章编部条]"
    r"|[（(]\s*[一二三四五六七八九十0-9]+\s*[）)]|" + MEASURE_MARKER + r"|附\s*件"
    r"|[\u3400-\u9fff][^\s：:，,。；;、（）()]{1,11}[：:])"
)
_EDGE = 3  # lines at the top and bottom of a page where headers and footers sit
_WIDE = 0.85  # a line at least this share of the widest lines' width may be wrapped
_CLAUSE_END = SENTENCE_END + "：:"
_PAGE_SLACK = 2


@dataclass(frozen=True)
class Rebuilt:
    """Text for the grammar, the extracted lines it came from and the map between them."""

    text: str
    original_lines: tuple[str, ...]
    line_map: LineMap


def rebuild(pages: list[list[str]], rejoin: bool = True) -> Rebuilt:
    """Drop page chrome and (if ``rejoin``) rejoin wrapped lines (see the module docstring)."""
    original: list[str] = []
    kept: list[tuple[int, str]] = []  # (original line number, text)
    repeated = _running_lines(pages)
    for page_number, page in enumerate(pages, start=1):
        for index, line in enumerate(page):
            original.append(line.replace("\r", ""))
            edge = _edge_keys(page, index)
            if _is_page_chrome(line, page_number, edge, repeated):
                continue
            kept.append((len(original), original[-1].rstrip()))
    limit = _WIDE * _typical_width([text for _, text in kept]) if rejoin else float("inf")
    out_lines: list[str] = []
    pieces: list[tuple[tuple[int, int, int], ...]] = []
    physical = ""
    for number, text in kept:
        if out_lines and _continues(physical, text, limit):
            stripped = text.lstrip()
            offset = len(text) - len(stripped)
            pieces[-1] += ((len(out_lines[-1]) + 1, number, offset + 1),)
            out_lines[-1] += stripped
        else:
            out_lines.append(text)
            pieces.append(((1, number, 1),))
        physical = text
    return Rebuilt("\n".join(out_lines) + "\n", tuple(original), LineMap(pieces=tuple(pieces)))


def _is_page_chrome(
    line: str, page: int, edge: set[tuple[int, str]], repeated: frozenset[tuple[int, str]]
) -> bool:
    """Whether a line is a page number or a running header or footer.

    A bare number (a table's serial number too) counts only at the page's edge and close to
    the page's place in the file (printed numbering may start a little off).
    """
    if is_page_number(line):
        bare = line.strip()
        return not bare.isdigit() or (bool(edge) and abs(int(bare) - page) <= _PAGE_SLACK)
    return bool(edge & repeated) and not _BLOCK_START.match(line)


def _shape(line: str) -> str:
    """A line with digits and spaces removed: page headers differ only in their numbers."""
    return re.sub(r"[\s0-9]+", "", line)


def _edge_keys(page: list[str], index: int) -> set[tuple[int, str]]:
    """Where a line sits among a page's edge lines (from the top: 0, 1 …; bottom: -1, -2 …)."""
    keys: set[tuple[int, str]] = set()
    if index < _EDGE:
        keys.add((index, _shape(page[index])))
    if index >= len(page) - _EDGE:
        keys.add((index - len(page), _shape(page[index])))
    return keys


def _running_lines(pages: list[list[str]]) -> frozenset[tuple[int, str]]:
    """(position, shape) of lines repeated at the same place on most pages."""
    if len(pages) < 3:
        return frozenset()
    counts: Counter[tuple[int, str]] = Counter()
    for page in pages:
        counts.update({key for index in range(len(page)) for key in _edge_keys(page, index)
                       if key[1]})
    return frozenset(key for key, count in counts.items() if count * 2 > len(pages))


def width(text: str) -> int:
    """Display width: wide (CJK) characters count two columns."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _typical_width(lines: list[str]) -> float:
    widths = sorted(width(line.strip()) for line in lines if line.strip())
    return float(widths[int(len(widths) * 0.9)]) if widths else 0.0


def _continues(previous: str, text: str, limit: float) -> bool:
    """Whether ``text`` continues ``previous``, a hard-wrapped line."""
    return (
        bool(text.strip()) and bool(previous.strip()) and width(previous.strip()) >= limit
        and previous.rstrip()[-1] not in _CLAUSE_END and not _BLOCK_START.match(text)
    )
