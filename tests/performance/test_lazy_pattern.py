"""LazyPattern: compiled at its first use, and then answers as the compiled pattern does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tgbe.lang.patterns import LazyPattern

_SOURCE = r"(?P<year>[0-9]{4})\s{0,3}年|[（(][^）)]{1,8}[）)]"
_COMPILED = re.compile(_SOURCE)
_TEXTS = st.lists(st.sampled_from(["2024", "年", " ", "（", "）", "(", ")", "县", "局", "1"]),
                  max_size=16).map("".join)


def test_nothing_is_compiled_before_the_first_use() -> None:
    lazy = LazyPattern(_SOURCE)
    assert lazy._compiled is None
    assert lazy.search("2024年") is not None
    assert lazy.compiled() is lazy.compiled()
    assert lazy.compiled().pattern == _SOURCE


@given(_TEXTS, st.integers(min_value=0, max_value=4))
def test_it_answers_as_the_compiled_pattern(text: str, pos: int) -> None:
    lazy = LazyPattern(_SOURCE)
    found = lazy.search(text, pos)
    expected = _COMPILED.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())
    matched, expected_match = lazy.match(text, pos), _COMPILED.match(text, pos)
    assert (matched and matched.span()) == (expected_match and expected_match.span())
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in _COMPILED.finditer(text)]
    assert lazy.sub("#", text) == _COMPILED.sub("#", text)
    assert lazy.split(text, 1) == _COMPILED.split(text, 1)
