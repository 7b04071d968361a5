"""The text renderer's source window: the caret stays under the problem at any width."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tgbe.lint.rules.punctuation import _unbalanced
from tgbe.render.findings import excerpt


def _char_at(shown: str, offset: int) -> str:
    """The character of ``shown`` that starts at display column ``offset``."""
    width = 0
    for char in shown:
        if width == offset:
            return char
        width += cell_len(char)
    return ""


_TEXT = st.text(alphabet="完成时限：，。ab 12“”《》（）", min_size=0, max_size=300)


@given(line=_TEXT, column=st.integers(1, 320), length=st.integers(0, 40),
       room=st.integers(10, 200))
def test_the_window_fits_and_the_caret_points_at_the_column(
    line: str, column: int, length: int, room: int
) -> None:
    shown, offset, caret = excerpt(line, column, column + length, room)
    assert cell_len(shown) <= room + 2
    assert caret >= 1
    if column <= len(line):
        assert offset + caret <= cell_len(shown)
        assert _char_at(shown, offset) == line[column - 1]


def test_a_short_line_is_shown_whole_with_cjk_widths() -> None:
    assert excerpt("完成时限:2023年9月", 5, 6, 80) == ("完成时限:2023年9月", 8, 1)
    assert excerpt("优化“”流程", 3, 5, 80) == ("优化“”流程", 4, 2)


def test_a_long_line_is_cut_around_the_problem() -> None:
    line = "甲" * 100 + "," + "乙" * 100
    shown, offset, caret = excerpt(line, 101, 102, 40)
    assert shown.startswith("…") and shown.endswith("…")
    assert _char_at(shown, offset) == ","
    assert caret == 1 and cell_len(shown) <= 42


_PAIRS = ["“”", "《》", "（）", "〔〕", "【】", "()", "（)"]
_BALANCED = st.recursive(
    st.text(alphabet="ab甲，", max_size=4),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(_PAIRS), inner).map(lambda p: p[0][0] + p[1] + p[0][1]),
        st.lists(inner, max_size=3).map("".join),
    ),
    max_leaves=12,
)


@given(_BALANCED)
def test_properly_nested_pairs_pass(text: str) -> None:
    assert _unbalanced(text) == []


@given(_BALANCED, st.sampled_from("“《（〔【"))
def test_a_lost_closing_mark_is_found_at_its_opening(text: str, opening: str) -> None:
    assert _unbalanced(opening + text) == [(0, opening, True)]
