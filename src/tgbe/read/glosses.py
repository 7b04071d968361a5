"""Pinyin glosses that web copies insert after characters (``發(fā)展``, ``經(jīng)開區(qū)``).

A gloss is a bracketed run of pinyin — Latin letters with at least one tone mark — right
after a Chinese character.  It is no part of the notice: it is taken out of the text tgbe
parses, so that names and matching see ``經開區``, and the line map records the cut, so that
every span still points at the file as written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tgbe.lang.patterns import LazyPattern
from tgbe.read.source import LineMap

_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_GLOSS = LazyPattern(r"(?<=[^\W\d_A-Za-z])[（(][a-z" + _TONES + r" ]{1,16}[)）]")
_TONE = re.compile("[" + _TONES + "]")

Piece = tuple[int, int, int]


class Stripped(NamedTuple):
    """Text without its glosses, the line map into the file, and where each gloss was."""

    text: str
    line_map: LineMap
    glosses: tuple[tuple[int, int], ...]


def strip_glosses(text: str, line_map: LineMap) -> Stripped:
    """``text`` (normalised, mapped to the file by ``line_map``) without pinyin glosses."""
    if not _TONE.search(text):
        return Stripped(text, line_map, ())
    lines = text.split("\n")
    pieces: list[tuple[Piece, ...]] = []
    glosses: list[tuple[int, int]] = []
    for number, line in enumerate(lines, 1):
        cuts = [match for match in _GLOSS.finditer(line) if _TONE.search(match.group())]
        old = _pieces(line_map, number)
        if not cuts:
            pieces.append(old)
            continue
        glosses.extend(line_map.locate(number, cut.start() + 1) for cut in cuts)
        kept, runs = _kept(line, cuts)
        lines[number - 1] = kept
        pieces.append(_remapped(old, runs, line_map, number))
    return Stripped("\n".join(lines), LineMap(tuple(pieces)), tuple(glosses))


def _pieces(line_map: LineMap, number: int) -> tuple[Piece, ...]:
    """The pieces of line ``number`` (the identity when the map has none)."""
    if line_map.pieces and number <= len(line_map.pieces):
        return line_map.pieces[number - 1]
    return ((1, number, 1),)


def _kept(line: str, cuts: list[re.Match[str]]) -> tuple[str, list[tuple[int, int, int]]]:
    """The line without ``cuts``, and its kept runs as (new column, old column, old end)
    (1-based, the end exclusive)."""
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    position, column = 0, 1
    for cut in [*cuts, None]:
        stop = cut.start() if cut is not None else len(line)
        parts.append(line[position:stop])
        runs.append((column, position + 1, stop + 1))
        column += stop - position
        position = cut.end() if cut is not None else stop
    return "".join(parts), runs


def _remapped(old: tuple[Piece, ...], runs: list[tuple[int, int, int]], line_map: LineMap,
              number: int) -> tuple[Piece, ...]:
    """Line ``number``'s pieces after the cuts: one where each kept run starts, and one where
    an old piece starts inside a run (a line the reader joined from two)."""
    pieces: list[Piece] = []
    for new_column, old_column, old_end in runs:
        pieces.append((new_column, *line_map.locate(number, old_column)))
        pieces.extend((new_column + piece[0] - old_column, piece[1], piece[2])
                      for piece in old if old_column < piece[0] < old_end)
    return tuple(pieces)
