"""Pairing two lists of texts by content: exact matches first, then the most similar.

Used by :mod:`tgbe.compare.diff` to align indicators (by name), measures (by text) and targets
(by metric) of two editions of a notice, whatever their numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tgbe.read.hanzi import for_matching


@dataclass(frozen=True)
class Pair:
    """Item ``old`` of the first list matched with item ``new`` of the second."""

    old: int
    new: int
    score: float


@dataclass(frozen=True)
class Alignment:
    """Matched pairs (in the order of the first list) and the items left on each side."""

    pairs: list[Pair]
    removed: list[int]
    added: list[int]


def align(
    old: Sequence[str],
    new: Sequence[str],
    threshold: float,
    prefer: Callable[[int, int], float] | None = None,
) -> Alignment:
    """Pair ``old`` and ``new`` texts: identical texts first (in order), then, greedily,
    the most similar remaining pairs whose similarity (0–100) is at least ``threshold``.

    ``prefer(i, j)`` breaks ties between equally similar pairs: lower is preferred.
    """
    from rapidfuzz import fuzz, process

    old, new = [for_matching(text) for text in old], [for_matching(text) for text in new]
    pairs: list[Pair] = []
    waiting: dict[str, list[int]] = {}
    for index, text in enumerate(new):
        waiting.setdefault(text, []).append(index)
    left_old: list[int] = []
    for index, text in enumerate(old):
        if waiting.get(text):
            pairs.append(Pair(index, waiting[text].pop(0), 100.0))
        else:
            left_old.append(index)
    taken = {pair.new for pair in pairs}
    left_new = [index for index in range(len(new)) if index not in taken]
    if left_old and left_new:
        choices = [new[j] for j in left_new]
        tie = prefer or (lambda i, j: abs(i - j))
        candidates = sorted(
            (-score, tie(i, left_new[b]), i, left_new[b])
            for i in left_old
            for _, score, b in process.extract(old[i], choices, scorer=fuzz.ratio,
                                               score_cutoff=threshold, limit=None)
        )
        used_old: set[int] = set()
        used_new: set[int] = set()
        for negative, _, i, j in candidates:
            if i not in used_old and j not in used_new:
                pairs.append(Pair(i, j, round(-negative, 1)))
                used_old.add(i)
                used_new.add(j)
    matched_old = {pair.old for pair in pairs}
    matched_new = {pair.new for pair in pairs}
    return Alignment(
        pairs=sorted(pairs, key=lambda pair: pair.old),
        removed=[i for i in range(len(old)) if i not in matched_old],
        added=[j for j in range(len(new)) if j not in matched_new],
    )
