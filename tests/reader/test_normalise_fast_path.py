"""The reader's fold test in two steps (Basic Multilingual Plane, then astral characters)
decides as the one-class pattern it replaced: every control, BOM, full-width digit and
noncharacter — of any plane — is folded, and a text holding none is returned as it is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tgbe.read.reader import _FOLD, _NEEDS_FOLD, normalise

# Plain Chinese, an astral Han character, astral noncharacters (U+1FFFE, U+10FFFF), BMP
# controls and marks, a full-width digit, a BOM and line endings.
_PIECES = ["县", "推进", "𠀀", "\U0001fffe", "\U0010ffff", "\x01", "\u200f", "\ufdd0",
           "\uff11", "\ufeff", "\r\n", "\r", "\n", " ", "1"]


def _reference(text: str) -> str:
    """What normalise did with the single pattern."""
    folded = text
    if _NEEDS_FOLD.search(text):
        folded = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FOLD)
    return folded if folded.endswith("\n") else folded + "\n"


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_normalise_folds_as_the_single_pattern_did(text: str) -> None:
    assert normalise(text) == _reference(text)


def test_an_astral_noncharacter_alone_is_folded() -> None:
    assert normalise("推进\U0001fffe建设") == "推进 建设\n"


def test_an_astral_han_character_is_kept() -> None:
    assert normalise("𠀀县") == "𠀀县\n"
