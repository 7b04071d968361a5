"""The bigram index of CHR001 against a plain string-bigram reference."""

from __future__ import annotations

from collections import Counter
from unittest.mock import patch

from hypothesis import example, given
from hypothesis import strategies as st

from tgbe.lint.rules import bigrams
from tgbe.lint.rules.bigrams import BigramIndex, bigram_key, bigram_keys

# A small alphabet so that frequent and rare bigrams both occur; one character outside the
# Basic Multilingual Plane checks that keys hold any code point.
_TEXT = st.text(alphabet="企业开办中小微为\n，。𠀀", max_size=300)


def _reference_rare(text: str, max_rare: int, min_count: int) -> list[int]:
    """The positions ``next_to_rare`` must yield, computed the slow, obvious way."""
    counts = Counter(text[i : i + 2] for i in range(len(text) - 1))
    frequent = {gram for gram, seen in counts.items() if seen >= min_count}
    found = []
    for position in range(1, len(text) - 1):
        left, right = text[position - 1], text[position + 1]
        framed = any(left + middle in frequent and middle + right in frequent
                     for middle in {gram[1] for gram in frequent if gram[0] == left})
        rare = (counts[text[position - 1 : position + 1]] <= max_rare
                or counts[text[position : position + 2]] <= max_rare)
        if framed and rare:
            found.append(position)
    return found


@given(_TEXT)
def test_keys_and_counts_match_string_bigrams(text: str) -> None:
    index = BigramIndex.of([text])
    assert bigram_keys(text).tolist() == [bigram_key(text[i : i + 2])
                                          for i in range(len(text) - 1)]
    for gram, seen in Counter(text[i : i + 2] for i in range(len(text) - 1)).items():
        assert index.count(gram) == seen


@given(_TEXT, st.integers(1, 2), st.integers(2, 4))
def test_next_to_rare_matches_the_reference(text: str, max_rare: int, min_count: int) -> None:
    index = BigramIndex.of([text])
    assert list(index.next_to_rare(max_rare, min_count)) == _reference_rare(
        text, max_rare, min_count)


@given(_TEXT, st.integers(1, 7), st.integers(1, 2), st.integers(2, 4))
@example("中小微企业" * 5 + "中小为企业", 1, 1, 5)
@example("中小微企业" * 5 + "中小为企业", 2, 1, 5)
@example("中小微企业" * 5 + "中小为企业", 3, 1, 5)
def test_keys_made_in_pieces_give_the_same_counts_and_positions(
        text: str, run: int, max_rare: int, min_count: int) -> None:
    # A large notice's keys are made a piece at a time (bigrams._RUN positions); pieces of
    # a few positions must join seamlessly, pairs two apart across a cut included.
    with patch.object(bigrams, "_RUN", run):
        index = BigramIndex.of([text])
        assert index.counts == Counter(bigram_keys(text).tolist())
        assert list(index.next_to_rare(max_rare, min_count)) == _reference_rare(
            text, max_rare, min_count)


def test_texts_are_joined_by_line_breaks_with_their_offsets() -> None:
    index = BigramIndex.of(["中小微企业", "企业", "微"])
    assert index.text == "中小微企业\n企业\n微"
    assert index.starts == [0, 6, 9]
    assert index.count("企业") == 2
    assert index.count("业\n") == 2
    assert index.count("") == index.count("企业开") == 0


def test_frequent_lists_continuations_and_frames() -> None:
    index = BigramIndex.of(["中小微企业"] * 5 + ["中小为企业"])
    frequent = index.frequent(5)
    assert frequent.after["小"] == {"微"} and frequent.before["企"] == {"微"}
    assert bigram_key("小企") in frequent.frames
    assert list(index.next_to_rare(1, 5)) == [index.text.index("为")]
