"""Metadata comments, breadcrumbs and repost titles in a notice's header."""

from __future__ import annotations

import pytest

import tgbe
from tests.conftest import FIXTURES
from tests.parser.corpus import CORPUS, corpus_text
from tgbe.read.chrome import is_breadcrumb, is_metadata_comment

LAYOUTS = FIXTURES / "layouts"


def test_metadata_comment_is_not_issuer_or_title() -> None:
    notice = tgbe.parse_file(LAYOUTS / "metadata_comment.txt")
    assert notice.title == "关于印发《湘阴县进一步优化营商环境的若干规定》的通知"
    assert notice.issuer == "中共湘阴县委、湘阴县人民政府"
    assert notice.diagnostics == []


def test_breadcrumb_is_not_issuer() -> None:
    notice = tgbe.parse_file(LAYOUTS / "breadcrumb.txt")
    assert notice.title == "关于印发《湘阴县若干规定》的通知"
    assert notice.issuer == "湘阴县人民政府"


@pytest.mark.parametrize("name", sorted(path.name for path in CORPUS.glob("*.txt")))
def test_corpus_files_read_the_same_with_their_comments(name: str) -> None:
    with_comments = tgbe.parse_file(CORPUS / name)
    without = tgbe.parse_text(corpus_text(name), name)
    assert (with_comments.issuer, with_comments.title, with_comments.doc_number is None) == (
        without.issuer, without.title, without.doc_number is None)
    assert [item.name for item in with_comments.indicators] == [
        item.name for item in without.indicators]


def test_xiangyin_corpus_file_with_comments() -> None:
    notice = tgbe.parse_file(CORPUS / "10_xiangyin_2019_regulations.txt")
    assert notice.issuer == "中共湘阴县委、湘阴县人民政府"
    assert notice.title == "关于印发《湘阴县进一步优化营商环境的若干规定》的通知"


def test_place_before_guanyu_is_no_issuer() -> None:
    assert tgbe.parse_file(LAYOUTS / "repost_place_title.txt").issuer is None
    assert tgbe.parse_file(CORPUS / "06_taizhou_2019_action_plan.txt").issuer is None


@pytest.mark.parametrize(("text", "expected"), [
    ("# source: http://x", True), ("  # completeness: partial", True),
    ("一、营造环境", False), ("首页 > 政策文件", False),
])
def test_metadata_comment(text: str, expected: bool) -> None:
    assert is_metadata_comment(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("首页 > 政策文件", True), ("当前位置：首页 › 信息公开 › 政策文件", True),
    ("首页»政府文件", True), ("首页 > ", False), ("政策文件", False),
    ("营业收入>1000万元的企业，给予奖励。", False),
])
def test_breadcrumb(text: str, expected: bool) -> None:
    assert is_breadcrumb(text) is expected


def test_chapter_principle_holds_its_articles_text() -> None:
    notice = tgbe.parse_file(LAYOUTS / "chapter_articles.txt")
    principle, = notice.principles
    assert (principle.title, principle.text) == ("总则", "为全面提升行政效能,特制定本规定。")
    assert [measure.id for measure in notice.measures()] == ["2.2"]
