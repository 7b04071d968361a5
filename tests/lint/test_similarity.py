"""The near-duplicate index finds exactly the pairs an all-pairs comparison finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tgbe.compare.similarity import NearDuplicateIndex, normalise, ratio
from tgbe.models import Notice

TEXTS = st.lists(st.text(alphabet="推进企业开办登记电子化税务，。", min_size=0, max_size=14),
                 max_size=12)


def brute_force(texts: list[str], threshold: float) -> set[tuple[int, int]]:
    """Every pair, compared directly."""
    norms = [normalise(text) for text in texts]
    return {(i, j) for j in range(len(norms)) for i in range(j)
            if norms[i] and ratio(norms[i], norms[j]) >= threshold}


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.sampled_from([60.0, 80.0, 90.0, 100.0]), st.sampled_from([2, 3, 4]),
       st.sampled_from([0, 1000]))
def test_pairs_equal_brute_force(texts: list[str], threshold: float, q: int,
                                 small: int) -> None:
    """Both strategies: the prefix filter (``small=0``) and length windows."""
    index: NearDuplicateIndex[int] = NearDuplicateIndex(q=q, small=small)
    index.extend(enumerate(texts))
    assert {(m.first, m.second) for m in index.pairs(threshold)} == brute_force(texts, threshold)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.text(alphabet="推进企业开办登记电子化", max_size=14))
def test_candidates_equal_brute_force(texts: list[str], query: str) -> None:
    index: NearDuplicateIndex[int] = NearDuplicateIndex()
    index.extend(enumerate(texts))
    norm = normalise(query)
    expected = {i for i, text in enumerate(texts)
                if norm and normalise(text) and ratio(norm, normalise(text)) >= 80}
    assert {key for key, _ in index.candidates(query, 80)} == expected


def test_normalise_folds_width_and_drops_punctuation() -> None:
    assert normalise("Ａ１，“开办”　企业（ＡＢ）") == "a1开办企业ab"


def test_seed_measure_pairs(seed_notice: Notice) -> None:
    for small in (0, 1000):
        index: NearDuplicateIndex[str] = NearDuplicateIndex(small=small)
        index.extend((m.id, m.text) for m in seed_notice.measures())
        assert [(m.first, m.second) for m in index.pairs(90)] == [
            (f"1.{n}", f"14.{n}") for n in range(1, 14)]
