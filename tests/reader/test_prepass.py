"""The page pre-pass: page numbers, running headers and footers, hard-wrapped lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tgbe.read.prepass import rebuild
from tgbe.read.source import LineMap

WIDE = "推进企业开办全程网上办理，进一步压缩企业开办时间，实现企业开办"  # fills the width
WRAPPED = ["1.推进企业开办全程网上办理，" + WIDE, "一日办结。", "完成时限：2023年9月"]


@pytest.mark.parametrize("number", ["— 3 —", "-3-", "- 12 -", "第3页", "第 3 页 共 9 页", "3/9"])
def test_page_numbers_are_dropped(number: str) -> None:
    assert rebuild([["一、开办企业", number]]).text == "一、开办企业\n"


def test_a_bare_number_is_a_page_number_only_at_the_page_edge_near_the_page() -> None:
    rows = ["序号", "工作任务", "责任单位"]
    for serial in range(1, 4):
        rows += [str(serial), f"第{serial}项任务。", "市市场监管局"]
    page = ["标题", *rows, "1"]
    lines = rebuild([page], rejoin=False).text.splitlines()
    assert lines == ["标题", *rows]


def _page(number: int) -> list[str]:
    body = [f"{number}{index}.第{index}项举措。\n完成时限：2023年9月" for index in range(1, 6)]
    return ["某某县营商环境提升举措", *"\n".join(body).split("\n"), f"第{number}页"]


def test_running_headers_and_footers_are_dropped_but_repeated_fields_are_not() -> None:
    pages = [_page(number) for number in range(1, 5)]
    lines = rebuild(pages, rejoin=False).text.splitlines()
    assert "某某县营商环境提升举措" not in lines
    assert not any(line.startswith("第") for line in lines)
    assert lines.count("完成时限：2023年9月") == 20


def test_wrapped_lines_are_rejoined_and_mapped_back() -> None:
    rebuilt = rebuild([WRAPPED])
    first, second = rebuilt.text.splitlines()
    assert first == WRAPPED[0] + "一日办结。" and second == WRAPPED[2]
    assert rebuilt.original_lines == tuple(WRAPPED)
    joined_at = len(WRAPPED[0]) + 1
    assert rebuilt.line_map.locate(1, 3) == (1, 3)
    assert rebuilt.line_map.locate(1, joined_at + 2) == (2, 3)
    assert rebuilt.line_map.locate(2, 1) == (3, 1)


@pytest.mark.parametrize(
    "following", ["2.下一项举措。", "（一）分组", "责任单位：县财政局", "二、获得电力"]
)
def test_a_line_starting_a_block_or_field_is_not_joined(following: str) -> None:
    assert rebuild([[WRAPPED[0], following]]).text.splitlines() == [WRAPPED[0], following]


def test_a_wide_line_ending_a_sentence_is_not_joined() -> None:
    ended = WRAPPED[0] + "。"
    assert rebuild([[ended, "下一段。"]]).text.splitlines() == [ended, "下一段。"]


def test_docx_paragraphs_are_never_joined() -> None:
    assert rebuild([WRAPPED[:2]], rejoin=False).text.splitlines() == WRAPPED[:2]


def test_an_empty_line_map_is_the_identity() -> None:
    assert LineMap().locate(7, 4) == (7, 4)


_CHARS = st.sampled_from([*"推进企业开办一日办结。，：1 2（）-—第页", WIDE[:20]])
_LINES = st.lists(st.lists(_CHARS, max_size=12).map("".join), max_size=12)


@given(st.lists(_LINES, min_size=1, max_size=5))
def test_every_kept_character_maps_back_to_itself(pages: list[list[str]]) -> None:
    rebuilt = rebuild(pages)
    for number, line in enumerate(rebuilt.text.split("\n")[:-1], start=1):
        for column, char in enumerate(line, start=1):
            original_line, original_column = rebuilt.line_map.locate(number, column)
            assert rebuilt.original_lines[original_line - 1][original_column - 1] == char
