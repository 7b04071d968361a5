"""The line lexer classifies every line as Lark's own lexer does, and groups them by block.

Reference: ``notice_parser().lex`` — Lark's standard lexer built from the same grammar
terminals, one token per line.  The line lexer must find the same lines, of the same kinds,
at the same positions, and open a token exactly at each numbered line or attachment marker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, SEED
from tgbe.parse.linelexer import CARRIED, LineToken, NoticeLexer
from tgbe.parse.outline import notice_parser
from tgbe.read.reader import read_path

SAMPLES = [SEED, *sorted((FIXTURES / "layouts").glob("*.txt")),
           *sorted((FIXTURES / "parser").glob("*.txt"))]


def _reference(text: str) -> list[tuple[str, int, int, str]]:
    """Lark's standard lexer: (kind, line, column, the line's text) per line."""
    return [(token.type, token.line or 0, token.column or 0, str(token).split("\n")[0])
            for token in notice_parser().lex(text)]


def _ours(text: str) -> list[LineToken]:
    tokens = list(NoticeLexer(notice_parser().lexer_conf).lex(text))
    assert all(isinstance(token, LineToken) for token in tokens)
    return tokens  # type: ignore[return-value]


def _same_lines(text: str) -> list[LineToken]:
    tokens = _ours(text)
    assert [(line.kind, line.line, line.column, line.value)
            for token in tokens for line in token.lines] == _reference(text)
    for index, token in enumerate(tokens):
        assert token.type == token.lines[0].kind
        assert all(line.kind in CARRIED for line in token.lines[1:])
        assert index == 0 or token.type not in CARRIED
    return tokens


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: Path(path).name)
def test_lines_and_kinds_match_larks_lexer(path: Path) -> None:
    _same_lines(read_path(path).text)


def test_the_seed_is_about_a_third_of_the_tokens() -> None:
    text = read_path(SEED).text
    tokens = _same_lines(text)
    assert len(tokens) * 2 < len(_reference(text))
    assert sum(len(token.lines) for token in tokens) == len(_reference(text))


_PIECES = ["一、", "（一）", "(2)", "1.", "2、", "3.2024年", "1.5倍", "①", "附件", "附件1：",
           "第三章", "第五条", "完成时限：", "责任单位:", "推进", "网办", "：", " ", "\u3000",
           "\t", "\u2003", "\xa0", "\x0c", "A", "5G", "。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=5).map("".join), min_size=1,
                max_size=12))
def test_generated_lines_match_larks_lexer(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    if text.strip():
        _same_lines(text)
