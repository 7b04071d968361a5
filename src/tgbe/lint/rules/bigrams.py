"""One bigram index of a notice's prose, shared by every question CHR001 asks of it.

The texts are joined by line breaks (so no bigram spans two of them).  A bigram is kept as
one integer, the two code points side by side, copied straight from the UTF-32 encoding of
the text into 64-bit words (a ``memoryview``, 8 bytes a position): no two-character string
and no Python integer is kept per position.  Counts, rare positions and frames are then
computed in C-level passes (``map``/``compress``) over those words rather than in
per-character Python loops.  On the seed this halves the rule's time; on a 20 MB notice a
list of integers per position cost 40 bytes each, 0.4 GB (see
``docs/reference/speed-profiles.md``).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, count, islice
from operator import and_, or_

_LITTLE = sys.byteorder == "little"
_ENCODING = "utf-32-le" if _LITTLE else "utf-32-be"
# Where the first and the second character of a bigram sit in its 64-bit key.
_FIRST, _SECOND = (0, 32) if _LITTLE else (32, 0)
_CHAR = 0xFFFFFFFF
# Positions keyed in one piece (12 bytes each while it is built).
_RUN = 1 << 18


def bigram_key(gram: str) -> int:
    """The integer key of a two-character string (``-1``, never a key, for any other)."""
    if len(gram) != 2:
        return -1
    return ord(gram[0]) << _FIRST | ord(gram[1]) << _SECOND


def _chars(key: int) -> tuple[str, str]:
    """The two characters of a bigram key."""
    return chr(key >> _FIRST & _CHAR), chr(key >> _SECOND & _CHAR)


def bigram_keys(text: str) -> memoryview:
    """The key of every bigram of ``text`` in order: ``text[i:i+2]`` at ``i``."""
    return _pair_keys(text, 1)


def _pair_keys(text: str, gap: int) -> memoryview:
    """The key of ``text[i] + text[i + gap]`` at every ``i``, as 64-bit words.

    Byte ``b`` of the key at ``i`` is byte ``b`` of the UTF-32 encoding from character
    ``i`` (the first four) or from character ``i + gap`` (the last four): eight strided
    copies in C, whatever the length of the text.
    """
    raw = text.encode(_ENCODING)
    size = max(len(text) - gap, 0)
    words = bytearray(8 * size)
    for byte in range(4):
        words[byte::8] = raw[byte::4][:size]
        words[4 + byte::8] = raw[4 * gap + byte::4][:size]
    return memoryview(words).cast("Q")


def _pair_key_runs(text: str, gap: int) -> Iterator[memoryview]:
    """The keys of :func:`_pair_keys`, :data:`_RUN` positions at a time: a notice of any
    size is worked on in pieces of a few megabytes."""
    for start in range(0, len(text) - gap, _RUN):
        yield _pair_keys(text[start : start + _RUN + gap], gap)


@dataclass(frozen=True)
class BigramIndex:
    """Bigrams of ``texts`` joined by ``\\n``, counted by key.

    The keys of the positions (:func:`bigram_keys`) are not kept but made again, a piece at
    a time, by each pass that reads them: a notice's worth of them (8 bytes a position)
    alongside the other passes' was the rule's largest allocation.
    """

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
        for keys in _pair_key_runs(text, 1):
            counts.update(keys)
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

        The neighbours of every position are keyed like bigrams (the characters two apart),
        and both tests are set look-ups in C-level passes.
        """
        text, counts = self.text, self.counts
        rare_keys = set(compress(counts, map(max_rare.__ge__, counts.values())))
        rare = b"".join(bytes(map(rare_keys.__contains__, keys))  # one byte a position
                        for keys in _pair_key_runs(text, 1))
        touching = map(or_, rare, islice(rare, 1, None))  # position p: rare[p - 1] or rare[p]
        # position p: text[p - 1] + text[p + 1]
        around = chain.from_iterable(_pair_key_runs(text, 2))
        framed = map(self.frequent(min_count).frames.__contains__, around)
        return compress(count(1), map(and_, touching, framed))


@dataclass(frozen=True)
class Frequent:
    """The frequent bigrams: the characters after and before each character, and frames.

    ``frames`` holds the key of every ``left + right`` pair of characters that some
    character joins into two frequent bigrams: only there can a frequent word be meant.
    """

    after: dict[str, set[str]]
    before: dict[str, set[str]]
    frames: frozenset[int]

    @classmethod
    def of(cls, counts: Counter[int], min_count: int) -> Frequent:
        """The bigrams of ``counts`` written at least ``min_count`` times."""
        after: dict[str, set[str]] = {}
        before: dict[str, set[str]] = {}
        for key in compress(counts, map(min_count.__le__, counts.values())):
            first, second = _chars(key)
            after.setdefault(first, set()).add(second)
            before.setdefault(second, set()).add(first)
        frames = frozenset(ord(left) << _FIRST | ord(right) << _SECOND
                           for middle, lefts in before.items()
                           for left in lefts for right in after.get(middle, ()))
        return cls(after, before, frames)
