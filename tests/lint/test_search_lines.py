"""``LintContext.search_lines``: one search of the joined text finds what a search of every
line finds, at the same lines and columns."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEED
from tgbe.lint.rules.base import LintContext
from tgbe.parse.api import parse_file

_NOTICE = parse_file(SEED, targets=False)
_LINES = st.lists(st.text(alphabet="企业（）()“”《》 \t\u3000\xa0:：,", max_size=12), max_size=12)
_PATTERNS = [re.compile(r"[:,;(]"), re.compile(r"“[ \t\u3000]*”|[（(][ \t\u3000]*[）)]"),
             re.compile(r"[ \t\u3000\xa0]+$", re.MULTILINE)]


def _by_line(lines: list[str], pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The slow, obvious way: every line on its own (``$`` at the end of the line)."""
    single = re.compile(pattern.pattern)
    return [(number, match.start(), match.group())
            for number, line in enumerate(lines, start=1) for match in single.finditer(line)]


@given(_LINES, st.sampled_from(_PATTERNS), st.sets(st.integers(1, 12)))
def test_search_lines_matches_a_search_of_every_line(
        lines: list[str], pattern: re.Pattern[str], skipped: set[int]) -> None:
    context = LintContext(_NOTICE, tuple(lines), skipped=frozenset(skipped))
    shown = ["" if number in skipped else line for number, line in enumerate(lines, start=1)]
    assert [(number, index, match.group())
            for number, index, match in context.search_lines(pattern)] == _by_line(
        shown, pattern)
