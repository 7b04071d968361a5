"""The parser's cheap test for a task table written one row per line decides as the regex
it replaced: a 序号/编号 heading, a cell separator (| ｜ tab), or cells between a run of two
spaces or of ideographic spaces."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tgbe.parse.outline import _may_hold_table

_REFERENCE = re.compile(r"序号|编号|[|｜\t]|\S(?: {2,}|\u3000+)\S")
_PIECES = ["县", "a", " ", "  ", "   ", "\u3000", "\u3000\u3000", " \u3000", "\xa0", "\n",
           "\t", "|", "｜", "序号", "编", "号"]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_the_table_hint_decides_as_the_regex(text: str) -> None:
    assert _may_hold_table(text) == bool(_REFERENCE.search(text))


def test_cells_between_spaces_are_a_hint_and_a_single_space_is_not() -> None:
    assert _may_hold_table("1  推进建设  县发改局\n")
    assert _may_hold_table("推进\u3000县发改局\n")
    assert not _may_hold_table("Section 1 推进 建设\n")
    assert not _may_hold_table("\u3000\u3000推进建设。\n")  # an indent is no cell gap
