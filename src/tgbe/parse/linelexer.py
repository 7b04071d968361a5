"""The line lexer of the notice grammar: one token per numbered line with the lines after it.

The grammar (``grammars/notice.lark``) defines the kinds of lines as terminals — numbered
lines (``L1`` … ``L4``), attachment markers, field lines and text lines — and the structure
over them.  Lark's own lexer would hand the parser one token per line (~700 on a notice of
200 measures) and the LALR parser, written in Python, pays per token.  Only numbered lines
and attachment markers open a block, so this lexer hands over one token per such line,
carrying the field and text lines that follow it (~240 tokens): a :class:`LineToken` of the
opening line's kind, with the kind and position of every line it carries.  The preface (the
lines before the first numbered line) is one token of its first line's kind.

A line's kind is decided exactly as Lark's lexer decides it: the grammar's terminals, sorted
by Lark's rule (priority, then width, then length, then name), are tried in order at the
line's first non-space character.  Lines are split at ``\\n`` only, as the grammar's
end-of-line pattern does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from lark import Token
from lark.common import LexerConf
from lark.lexer import Lexer

#: Kinds of lines that stay inside the token of the numbered line before them.
CARRIED = frozenset({"TEXT", "FIELD"})
_FIRST_CHARACTER = re.compile(r"\S")


class CarriedLine(NamedTuple):
    """One line of a :class:`LineToken`: its kind, text from its first non-space character
    to its end, and its 1-based line and column."""

    kind: str
    value: str
    line: int
    column: int


class LineToken(Token):
    """A token of the line lexer: its first line's kind and text, and every line it carries
    (``lines[0]`` is the first line itself)."""

    __slots__ = ("lines",)
    lines: tuple[CarriedLine, ...]


class NoticeLexer(Lexer):
    """Lark lexer of :mod:`tgbe.parse.outline`: lines classified by the grammar's terminals."""

    def __init__(self, lexer_conf: LexerConf) -> None:
        terminals = sorted(
            (terminal for terminal in lexer_conf.terminals
             if terminal.name not in lexer_conf.ignore),
            key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
        self._kind = re.compile("|".join(f"(?P<{terminal.name}>{terminal.pattern.to_regexp()})"
                                         for terminal in terminals),
                                lexer_conf.g_regex_flags)

    def lex(self, lexer_state: Any, parser_state: Any = None) -> Iterator[Token]:
        """The tokens of ``lexer_state``, the whole text (Lark's custom lexer interface 0)."""
        del parser_state
        text = str(lexer_state)
        lines: list[CarriedLine] = []
        start = 0
        for number, line in enumerate(text.split("\n"), start=1):
            first = _FIRST_CHARACTER.search(line)
            if first is not None:
                match = self._kind.match(text, start + first.start())
                kind = match.lastgroup if match is not None else None
                assert kind is not None, "the grammar's TEXT terminal matches any character"
                if lines and kind not in CARRIED:
                    yield _token(lines)
                    lines = []
                lines.append(CarriedLine(kind, line[first.start():], number, first.start() + 1))
            start += len(line) + 1
        if lines:
            yield _token(lines)


def _token(lines: list[CarriedLine]) -> LineToken:
    """One token of ``lines``: the first line's kind, text and position."""
    first, last = lines[0], lines[-1]
    token = LineToken(first.kind, first.value, None, first.line, first.column, last.line,
                      last.column + len(last.value))
    token.lines = tuple(lines)
    return token
