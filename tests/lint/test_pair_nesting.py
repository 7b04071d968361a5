"""PUN002's fast check of a line's marks against the plain stack that matches them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tgbe.lint.rules.punctuation import _PEELS, _unbalanced, _well_nested

_MARKS = "“”（）()〔〕《》【】"
_CLOSING = {"”": "“", "）": "（", "〕": "〔", "》": "《", "】": "【"}


def _depth(marks: str) -> int | None:
    """How deep the marks nest when every one is closed in order (None when not), the
    slow, obvious way."""
    stack: list[str] = []
    deepest = 0
    for mark in marks.replace("(", "（").replace(")", "）"):
        if mark not in _CLOSING:
            stack.append(mark)
            deepest = max(deepest, len(stack))
        elif not stack or stack.pop() != _CLOSING[mark]:
            return None
    return None if stack else deepest


def _nested_by_stack(marks: str) -> bool:
    return _depth(marks) is not None


@given(st.text(alphabet=_MARKS, max_size=40))
def test_well_nested_is_the_stack_match_up_to_its_depth(marks: str) -> None:
    depth = _depth(marks)
    expected = depth is not None and depth <= _PEELS
    assert _well_nested(marks.replace("(", "（").replace(")", "）")) == expected


@given(st.text(alphabet=_MARKS + "企业开办", max_size=40))
def test_a_line_has_unmatched_marks_exactly_when_it_is_not_nested(line: str) -> None:
    assert (_unbalanced(line) == []) == _nested_by_stack(
        "".join(char for char in line if char in _MARKS))


def test_deep_nesting_is_left_to_the_stack() -> None:
    line = "（" * (_PEELS + 2) + "）" * (_PEELS + 2)
    assert not _well_nested(line)
    assert _unbalanced(line) == []
