"""Near-duplicate search over many short Chinese texts, without comparing all pairs.

:class:`NearDuplicateIndex` keeps, for every text added under a key, its normalised form and
its set of distinct character q-grams (``q`` characters, 3 by default), plus an inverted index
q-gram → keys.  A query only looks at the keys sharing one of its *rarest* q-grams: if two
texts are at least ``threshold`` similar (``rapidfuzz.fuzz.ratio`` of the normalised forms),
each indel edit destroys at most ``q`` of the query's q-grams, so they share at least
``|grams| − q·d_max`` of them, and by the pigeonhole principle one of the query's
``q·d_max + 1`` rarest (the *prefix filter* of similarity joins).  The filter is exact: no
similar pair is missed.  Candidates are verified with rapidfuzz.  Cost grows with the posting
lists of rare q-grams — near-linearly in the number of texts — so a folder-wide
(cross-document) mode can reuse the same index.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Generic, TypeVar

from tgbe.read.hanzi import for_matching

K = TypeVar("K", bound=Hashable)

_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Fold full/half width (NFKC) and traditional characters, drop punctuation, symbols and
    whitespace, lower-case."""
    kept = _NOT_WORD.sub("", text)
    if not unicodedata.is_normalized("NFKC", kept):
        kept = _NOT_WORD.sub("", unicodedata.normalize("NFKC", kept))
    return for_matching(kept.lower())


def qgrams(text: str, q: int) -> frozenset[str]:
    """The distinct ``q``-character pieces of ``text`` (the text itself when shorter)."""
    if len(text) <= q:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i : i + q] for i in range(len(text) - q + 1))


@cache
def _scorer() -> Callable[..., float]:
    """rapidfuzz's ratio, imported on first use (rapidfuzz is not needed to parse)."""
    from rapidfuzz import fuzz

    return fuzz.ratio


def ratio(a: str, b: str, score_cutoff: float = 0.0) -> float:
    """rapidfuzz's normalised indel similarity of two already normalised texts (0–100)."""
    return float(_scorer()(a, b, score_cutoff=score_cutoff))


@cache
def _extract_one() -> Callable[..., tuple[str, float, int] | None]:
    """rapidfuzz's ``process.extractOne``, imported on first use."""
    from rapidfuzz import process

    return process.extractOne


def extract_one(text: str, choices: list[str], threshold: float) -> tuple[int, float] | None:
    """``(index, score)`` of the first best of the normalised ``choices`` similar to ``text``."""
    found = _extract_one()(text, choices, scorer=_scorer(), score_cutoff=threshold)
    return (found[2], float(found[1])) if found is not None else None


@dataclass(frozen=True)
class Match(Generic[K]):
    """Two keys whose texts are at least the requested threshold similar."""

    first: K
    second: K
    score: float


@dataclass(frozen=True)
class _Bounds:
    """What a threshold allows for a text of a given length."""

    low: int
    high: int
    prefix: int

    @classmethod
    def of(cls, length: int, threshold: float, q: int) -> _Bounds:
        """Length window of similar texts and the number of rarest q-grams to search.

        ``ratio >= r`` implies ``|la - lb| <= d <= (1 - r)(la + lb)`` for the indel distance
        ``d``; each indel removes at most ``q`` q-grams, so two similar texts share at least
        ``|grams| - q·d_max`` q-grams, hence one of the ``q·d_max + 1`` rarest.
        """
        share = min(max(threshold, 1.0), 100.0) / 100.0
        max_edits = math.floor((1.0 - share) * length * 2.0 / share + 1e-9)
        return cls(low=math.ceil(length * share / (2.0 - share) - 1e-9),
                   high=math.floor(length * (2.0 - share) / share + 1e-9),
                   prefix=q * max_edits + 1)


@dataclass
class NearDuplicateIndex(Generic[K]):
    """An incremental q-gram index: :meth:`add`, :meth:`candidates`, :meth:`pairs`.

    ``q`` is the q-gram length; up to ``small`` texts, :meth:`pairs` compares each text with
    the texts of compatible length in rapidfuzz's C loop instead (faster for one notice).
    """

    q: int = 3
    small: int = 400

    _keys: list[K] = field(default_factory=list)
    _texts: list[str] = field(default_factory=list)
    _grams: list[frozenset[str]] = field(default_factory=list)
    _by_length: list[tuple[int, int]] = field(default_factory=list)
    _length_sorted: bool = True
    _postings: dict[str, list[int]] | None = None

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: K, text: str) -> None:
        """Index ``text`` under ``key`` (keys are kept in insertion order)."""
        norm = normalise(text)
        self._by_length.append((len(norm), len(self._keys)))
        self._length_sorted = False
        self._keys.append(key)
        self._texts.append(norm)
        self._postings = None

    def extend(self, items: Iterable[tuple[K, str]]) -> None:
        """Index several ``(key, text)`` pairs."""
        for key, text in items:
            self.add(key, text)

    def candidates(self, text: str, threshold: float) -> list[tuple[K, float]]:
        """``(key, score)`` of indexed texts at least ``threshold`` (0–100) similar to ``text``."""
        norm = normalise(text)
        grams = qgrams(norm, self.q)
        bounds = _Bounds.of(len(norm), threshold, self.q)
        postings = self._full_postings()
        if bounds.prefix > len(grams):
            found = self._in_window(bounds, len(self))
        else:
            rare_first = sorted(grams, key=lambda gram: (len(postings.get(gram, ())), gram))
            found = {slot for gram in rare_first[: bounds.prefix]
                     for slot in postings.get(gram, ())}
        return [(self._keys[slot], score)
                for slot, score in self._verified(norm, found, bounds, threshold)]

    def pairs(self, threshold: float) -> list[Match[K]]:
        """Every pair of indexed keys at least ``threshold`` similar, in insertion order.

        Each text probes, then indexes, only its own rarest q-grams (the symmetric prefix
        filter): two similar texts always share a q-gram of both prefixes.
        """
        if len(self) <= self.small:
            found = self._pairs_by_length(threshold)
        else:
            found = self._pairs_by_prefix(threshold)
        return [Match(self._keys[first], self._keys[second], score)
                for first, second, score in sorted(found)]

    def _pairs_by_length(self, threshold: float) -> list[tuple[int, int, float]]:
        """All similar pairs, comparing each text with the longer ones of its length window."""
        from rapidfuzz import process

        by_length = self._length_order()
        lengths = [length for length, _ in by_length]
        texts = [self._texts[slot] for _, slot in by_length]
        found: list[tuple[int, int, float]] = []
        for place, (length, slot) in enumerate(by_length):
            if not length:
                continue
            stop = bisect.bisect_right(lengths, _Bounds.of(length, threshold, self.q).high)
            for _, score, offset in process.extract(
                    texts[place], texts[place + 1 : stop], scorer=_scorer(),
                    score_cutoff=threshold, limit=None):
                other = by_length[place + 1 + offset][1]
                found.append((min(slot, other), max(slot, other), float(score)))
        return found

    def _pairs_by_prefix(self, threshold: float) -> list[tuple[int, int, float]]:
        """All similar pairs through the symmetric prefix filter."""
        gram_sets = self._gram_sets()
        counts: Counter[str] = Counter()
        for grams in gram_sets:
            counts.update(grams)
        postings: dict[str, list[int]] = {}
        found: list[tuple[int, int, float]] = []
        for slot, norm in enumerate(self._texts):
            bounds = _Bounds.of(len(norm), threshold, self.q)
            grams = gram_sets[slot]
            if bounds.prefix > len(grams):
                earlier = self._in_window(bounds, slot)
                prefix: Iterable[str] = grams
            else:
                # One total order for every text: by count, ties by the q-gram itself.
                prefix = sorted(sorted(grams), key=counts.__getitem__)[: bounds.prefix]
                earlier = {other for gram in prefix for other in postings.get(gram, ())}
            found.extend((other, slot, score)
                         for other, score in self._verified(norm, earlier, bounds, threshold))
            for gram in prefix:
                postings.setdefault(gram, []).append(slot)
        return found

    def _gram_sets(self) -> list[frozenset[str]]:
        """The q-gram set of every indexed text (computed for the texts added since)."""
        self._grams.extend(qgrams(norm, self.q) for norm in self._texts[len(self._grams) :])
        return self._grams

    def _full_postings(self) -> dict[str, list[int]]:
        """Q-gram → slots of every indexed text (built on first use after an add)."""
        if self._postings is None:
            postings: dict[str, list[int]] = {}
            for slot, grams in enumerate(self._gram_sets()):
                for gram in grams:
                    postings.setdefault(gram, []).append(slot)
            self._postings = postings
        return self._postings

    def _in_window(self, bounds: _Bounds, before: int) -> set[int]:
        """Slots before ``before`` whose length is inside the bounds' window."""
        by_length = self._length_order()
        start = bisect.bisect_left(by_length, (bounds.low, -1))
        stop = bisect.bisect_right(by_length, (bounds.high, len(self._keys)))
        return {slot for _, slot in by_length[start:stop] if slot < before}

    def _length_order(self) -> list[tuple[int, int]]:
        """``(length, slot)`` of every text, sorted (again only after texts were added)."""
        if not self._length_sorted:
            self._by_length.sort()
            self._length_sorted = True
        return self._by_length

    def _verified(self, norm: str, slots: Iterable[int], bounds: _Bounds,
                  threshold: float) -> Iterator[tuple[int, float]]:
        """``(slot, score)`` of the candidate slots really at least ``threshold`` similar."""
        if not norm:
            return
        for slot in sorted(slots):
            if bounds.low <= len(self._texts[slot]) <= bounds.high and self._texts[slot]:
                score = ratio(norm, self._texts[slot], score_cutoff=threshold)
                if score >= threshold:
                    yield slot, score
