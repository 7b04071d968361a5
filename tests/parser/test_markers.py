"""Which lines open a numbered measure (L3): ``1.``, ``1．``, ``1、``, also before a year."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from tgbe.lang.numerals import MEASURE_MARKER
from tgbe.parse.linelexer import LineToken, NoticeLexer
from tgbe.parse.outline import notice_parser, split_line


def test_the_grammar_spells_the_shared_measure_marker() -> None:
    grammar = resources.files("tgbe.grammars").joinpath("notice.lark").read_text(
        encoding="utf-8")
    assert f"L3.4: /{MEASURE_MARKER}/ _EOL" in grammar


@pytest.mark.parametrize(
    ("line", "kind", "marker", "text"),
    [
        ("1.2024年6月底前完成平台上线。", "L3", "1.", "2024年6月底前完成平台上线。"),
        ("12．2025年底前实现全程网办。", "L3", "12．", "2025年底前实现全程网办。"),
        ("2、2024年12月已上线。", "L3", "2、", "2024年12月已上线。"),
        ("3. 2024 年底前推广。", "L3", "3.", "2024 年底前推广。"),
        ("4.2024 年底前推广。", "L3", "4.", "2024 年底前推广。"),
        ("5 、12345热线整合。", "L3", "5 、", "12345热线整合。"),
        ("6、5G基站建设。", "L3", "6、", "5G基站建设。"),
        ("7.推进全程网办。", "L3", "7.", "推进全程网办。"),
        # decimals at a line start (a hard-wrapped line) stay text
        ("1.5倍以上，实现全程网办。", "TEXT", None, "1.5倍以上，实现全程网办。"),
        ("2.5万份以上证照免提交。", "TEXT", None, "2.5万份以上证照免提交。"),
        ("1.2024亿元。", "TEXT", None, "1.2024亿元。"),
        ("1.20245年。", "TEXT", None, "1.20245年。"),
        ("3.6；推动教育高质量发展。", "TEXT", None, "3.6；推动教育高质量发展。"),
    ],
)
def test_measure_marker_lines(line: str, kind: str, marker: str | None, text: str) -> None:
    (token,) = list(NoticeLexer(notice_parser().lexer_conf).lex(line + "\n"))
    assert isinstance(token, LineToken)
    assert token.type == kind
    head, rest = split_line(token.lines[0])
    assert (head.text if head else None) == marker
    assert rest is not None and rest.text == text
    assert rest.column == len(line) - len(text) + 1
    assert bool(re.match(MEASURE_MARKER, line)) == (kind == "L3")
