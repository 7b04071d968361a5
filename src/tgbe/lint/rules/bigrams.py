"""One bigram index of a notice's prose, shared by every question CHR001 asks of it.

The texts are joined by line breaks (so no bigram spans two of them).  A bigram is kept as
one integer, the two code points side by side, read straight from the UTF-32 encoding of
the text through ``memoryview``\\ s cast to 64-bit words (one from character 0, one from
character 1: the bigrams at even and at odd positions): no two-character string and no
list of integers is built per position.  Counting is a C-level ``Counter`` pass over those
words; which positions CHR001 looks at is decided with one byte of flags per position (a
set look-up in C), and the flags are combined as big integers — a handful of machine-word
operations instead of a Python-level pass per condition.  Long prose is worked on
:data:`_RUN` positions at a time, so a notice of any size costs a few megabytes here.
See ``docs/reference/speed-profiles.md``, section 11.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count

_LITTLE = sys.byteorder == "little"
_ENCODING = "utf-32-le" if _LITTLE else "utf-32-be"
# Where the first and the second character of a bigram sit in its 64-bit key.
_FIRST, _SECOND = (0, 32) if _LITTLE else (32, 0)
_CHAR = 0xFFFFFFFF
# Positions worked on in one piece (about 14 bytes each while a piece is worked on).
_RUN = 1 << 18


def bigram_key(gram: str) -> int:
    """The integer key of a two-character string (``-1``, never a key, for any other)."""
    if len(gram) != 2:
        return -1
    return ord(gram[0]) << _FIRST | ord(gram[1]) << _SECOND


def _halves(text: str) -> tuple[memoryview, memoryview]:
    """The keys of the bigrams of ``text`` at even positions and at odd positions.

    Two views of the UTF-32 bytes as 64-bit words, from character 0 and from character 1.
    """
    raw = memoryview(text.encode(_ENCODING))
    even = raw[: 8 * (len(text) // 2)].cast("Q")
    odd = raw[4 : 4 + 8 * max((len(text) - 1) // 2, 0)].cast("Q")
    return even, odd


def member_flags(text: str, keys: Collection[int]) -> bytearray:
    """One byte per bigram of ``text``: 1 where the key of ``text[i:i+2]`` is in ``keys``."""
    even, odd = _halves(text)
    flags = bytearray(max(len(text) - 1, 0))
    flags[0::2] = bytes(map(keys.__contains__, even))
    flags[1::2] = bytes(map(keys.__contains__, odd))
    return flags


def _pieces(text: str, gap: int) -> Iterator[tuple[int, str]]:
    """``(start, piece)``: the text cut every :data:`_RUN` positions, each piece running
    ``gap`` characters into the next, so that every pair ``gap`` apart is in one piece."""
    for start in range(0, len(text) - gap, _RUN):
        yield start, text[start : start + _RUN + gap]


@dataclass(frozen=True)
class BigramIndex:
    """Bigram counts of ``texts`` joined by ``\\n`` (``starts``: their offsets in ``text``)."""

    text: str
    starts: list[int]
    counts: Counter[int]
    _frequent: dict[int, Frequent] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, texts: Sequence[str]) -> BigramIndex:
        """Index ``texts``; ``starts`` are their offsets in the joined text."""
        text = "\n".join(texts)
        starts = list(accumulate((len(part) + 1 for part in texts[:-1]), initial=0))
        counts: Counter[int] = Counter()
        for _, piece in _pieces(text, 1):
            for half in _halves(piece):
                counts.update(half)
        return cls(text, starts, counts)

    def count(self, gram: str) -> int:
        """How many times the two characters ``gram`` are written (0 for other lengths)."""
        return self.counts.get(bigram_key(gram), 0)

    def frequent(self, min_count: int) -> Frequent:
        """The bigrams written at least ``min_count`` times, by character (computed once)."""
        found = self._frequent.get(min_count)
        if found is None:
            found = self._frequent[min_count] = Frequent.of(self.counts, min_count)
        return found

    def next_to_rare(self, max_rare: int, min_count: int) -> Iterator[int]:
        """Positions of characters in a bigram written at most ``max_rare`` times whose
        neighbours form a frame (:attr:`Frequent.frames`) of the bigrams written at least
        ``min_count`` times.

        In a piece starting at position ``start - 1``, ``rare[i]`` flags its bigram at
        ``i``; position ``p = start + i`` touches a rare bigram when ``rare[i]`` or
        ``rare[i + 1]`` is set.  The neighbours of the characters at odd positions are the
        bigrams of the even characters (``piece[0::2]``) and the other way round, so
        ``framed[i]`` interleaves the flags of those two strings.  Read as little-endian
        integers (byte ``i`` is bit ``8 i``), "``rare[i]`` or ``rare[i + 1]``, and
        ``framed[i]``" is ``(rare | rare >> 8) & framed``.
        """
        rare_keys = set(compress(self.counts, map(max_rare.__ge__, self.counts.values())))
        frames = self.frequent(min_count).frames
        return chain.from_iterable(_positions(piece, start + 1, rare_keys, frames)
                                   for start, piece in _pieces(self.text, 2))


def _positions(piece: str, first: int, rare_keys: Collection[int],
               frames: Collection[int]) -> Iterator[int]:
    """The positions of :meth:`BigramIndex.next_to_rare` among the middle characters of
    ``piece``, the first of which is position ``first``."""
    rare = int.from_bytes(member_flags(piece, rare_keys), "little")
    framed = bytearray(len(piece) - 2)
    framed[0::2] = member_flags(piece[0::2], frames)
    framed[1::2] = member_flags(piece[1::2], frames)
    found = ((rare | rare >> 8) & int.from_bytes(framed, "little")).to_bytes(
        len(framed), "little")
    return compress(count(first), found)


@dataclass(frozen=True)
class Frequent:
    """The frequent bigrams, grouped by character code, and the frames they make.

    ``after[a]`` lists the codes of the characters written after ``a`` in a frequent bigram
    (each once), ``before[b]`` those written before ``b``.  ``frames`` holds the key of every
    ``left + right`` pair of characters that some character joins into two frequent
    bigrams: only there can a frequent word be meant.
    """

    after: dict[int, list[int]]
    before: dict[int, list[int]]
    frames: frozenset[int]

    @classmethod
    def of(cls, counts: Counter[int], min_count: int) -> Frequent:
        """The bigrams of ``counts`` written at least ``min_count`` times."""
        after: dict[int, list[int]] = {}
        before: dict[int, list[int]] = {}
        for key in compress(counts, map(min_count.__le__, counts.values())):
            first, second = key >> _FIRST & _CHAR, key >> _SECOND & _CHAR
            after.setdefault(first, []).append(second)
            before.setdefault(second, []).append(first)
        frames: set[int] = set()
        for middle, lefts in before.items():
            rights = [right << _SECOND for right in after.get(middle, ())]
            for left in lefts:
                frames.update(map((left << _FIRST).__or__, rights))
        return cls(after, before, frozenset(frames))

    def between(self, left: str, right: str) -> set[str]:
        """The characters that ``left`` and ``right`` each make a frequent bigram with."""
        return set(map(chr, set(self.after.get(ord(left), ()))
                       .intersection(self.before.get(ord(right), ()))))
