"""Timing of the content lint rules (DUP/TGT/UNT/HDG/CHR) against parsing the seed.

Run: ``.venv/bin/python bench/content_rules.py``.  Prints the best of several runs of parsing
the seed, of each content rule on it, their ratio, and the near-duplicate index over the
measures of 50 and 200 generated notices (near-linear growth expected, not quadratic).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import tgbe
from tgbe.rules.base import LintContext, Rule
from tgbe.rules.characters import SuspiciousCharacter
from tgbe.rules.conflicts import ConflictingTarget
from tgbe.rules.duplicates import (
    CopiedBlockRule,
    DuplicatedMeasure,
    RepeatedClause,
    measure_copies,
)
from tgbe.rules.headings import HeadingSummaryMismatch, LeadNotMarked
from tgbe.rules.unitnames import InconsistentUnitName, LeadNotResponsible
from tgbe.similarity import NearDuplicateIndex, normalise

SEED = Path(__file__).resolve().parent.parent / "seeds" / "tonggu-2023.txt"
RULES: tuple[type[Rule], ...] = (
    DuplicatedMeasure, CopiedBlockRule, RepeatedClause, ConflictingTarget,
    InconsistentUnitName, LeadNotResponsible, LeadNotMarked, HeadingSummaryMismatch,
    SuspiciousCharacter,
)


def best_of(action: Callable[[], object], runs: int = 7,
            reset: Callable[[], None] = lambda: None) -> float:
    """The fastest of ``runs`` timings of ``action`` in milliseconds."""
    timings = []
    for _ in range(runs):
        reset()
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings) * 1000


def clear_caches() -> None:
    """Forget memoised work so each run pays the full cost."""
    normalise.cache_clear()
    measure_copies.__globals__["_CACHE"].clear()


def generated_texts(notices: int, seed_texts: list[str]) -> list[str]:
    """Measure texts of ``notices`` generated notices: the seed's measures with 30% of their
    characters replaced at random, so that the notices share most of their wording."""
    rng = random.Random(notices)
    return ["".join(chr(rng.randint(0x4E00, 0x9FA5)) if rng.random() < 0.3 else char
                    for char in text)
            for _ in range(notices) for text in seed_texts]


def main() -> None:
    """Print the timings."""
    parse = best_of(lambda: tgbe.parse_file(SEED))
    notice = tgbe.parse_file(SEED)
    context = LintContext(notice, tuple(SEED.read_text(encoding="utf-8").splitlines()))
    total = 0.0
    for rule in RULES:
        cost = best_of(lambda rule=rule: list(rule().check(context)), reset=clear_caches)
        total += cost
        print(f"{rule.code} {rule.name:28} {cost:7.2f} ms")
    both = best_of(lambda: [list(rule().check(context)) for rule in RULES], reset=clear_caches)
    print(f"parse seed {parse:.2f} ms; content rules together {both:.2f} ms "
          f"(ratio {both / parse:.2f})")
    texts = [measure.text for measure in notice.measures()]
    for notices in (50, 200):
        corpus = generated_texts(notices, texts)

        def search(corpus: list[str] = corpus) -> None:
            index: NearDuplicateIndex[int] = NearDuplicateIndex()
            index.extend(enumerate(corpus))
            index.pairs(90)

        cost = best_of(search, runs=2, reset=clear_caches)
        print(f"near-duplicate pairs over {notices} notices ({len(corpus)} measures): "
              f"{cost:.0f} ms")


if __name__ == "__main__":
    main()
