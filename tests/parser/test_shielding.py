"""Unit lists are split outside brackets only: the run-by-run shielding decides as a plain
character-by-character walk of the bracket depth (各县（市、区）政府 stays one name, an
unbalanced closing bracket lowers the depth as it did)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tgbe.lang.patterns import CLOSE_BRACKETS, OPEN_BRACKETS
from tgbe.parse.inline import _SHIELD, _shielded, split_names

_PIECES = [*OPEN_BRACKETS, *CLOSE_BRACKETS, *"、，,；;/／ ", "县", "局", "a"]


def _walk(text: str) -> str:
    """The reference: the depth counted at every character."""
    if not any(char in text for char in OPEN_BRACKETS):
        return text
    depth, shielded = 0, []
    for char in text:
        depth += (char in OPEN_BRACKETS) - (char in CLOSE_BRACKETS)
        shielded.append(char.translate(_SHIELD) if depth > 0 else char)
    return "".join(shielded)


@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_shielding_run_by_run_equals_the_walk(text: str) -> None:
    assert _shielded(text) == _walk(text)


def test_separators_inside_brackets_do_not_split_names() -> None:
    assert split_names("各县（市、区）政府、县发改局") == ["各县（市、区）政府", "县发改局"]
