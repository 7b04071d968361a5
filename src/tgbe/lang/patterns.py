"""Small building blocks of the parser's regular expressions, shared by every layer."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

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


class LazyPattern:
    """A regular expression compiled at its first use, used like the compiled pattern.

    For module-level patterns that a plain run never or rarely needs (error paths, escapes,
    rare inputs, tests behind a cheaper pre-test): compiling every module-level pattern at
    import is the largest share of a cold start.  Each call goes through one more Python
    call, so a pattern searched on every line stays a plain :func:`re.compile`.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if this is its first use)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.search`."""
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """:meth:`re.Pattern.match`."""
        return self.compiled().match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """:meth:`re.Pattern.finditer`."""
        return self.compiled().finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """:meth:`re.Pattern.sub`."""
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """:meth:`re.Pattern.split`."""
        return self.compiled().split(string, maxsplit)


def any_of(words: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A test for any of ``words`` in a text: the search of their alternation, several times
    quicker than ``any(word in text for word in words)`` on the parser's hot paths."""
    return re.compile(either(words)).search


#: Whether a text holds a colon, full- or half-width (labels end so).
has_colon = any_of("：:")
