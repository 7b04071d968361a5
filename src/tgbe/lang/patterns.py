"""Small building blocks of the parser's regular expressions, shared by every layer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

# Brackets a unit list or a deadline may be written in (full- and half-width).
OPEN_BRACKETS = "（(〔[【［"
CLOSE_BRACKETS = "）)〕]】］"
# Dashes that set a measure's units off its text (…——县市场监管局): a run of one or two.
DASHES = "—―－"
# A point or measure numbered with a closing bracket only (1）, 2)); grammars/notice.lark's
# L4 terminal holds the same alternative.
HALF_BRACKET_MARKER = r"[0-9]{1,2}[ \t\u3000]*[）)]"


def either(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first (so 中旬 is tried before 中)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A getter of ``pattern`` compiled at its first use, for a pattern that a plain run
    never needs (error paths, escapes, rare inputs): compiling every module-level pattern
    at import is a large share of a cold start."""
    return cache(lambda: re.compile(pattern, flags))


def any_of(words: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A test for any of ``words`` in a text: the search of their alternation, several times
    quicker than ``any(word in text for word in words)`` on the parser's hot paths."""
    return re.compile(either(words)).search
