"""NUM rules: gaps, repeats and out-of-order numbers of measures and indicators."""

from __future__ import annotations

import pytest

import tgbe
from tests.conftest import FIXTURES, SEED
from tests.lint.engine_helpers import lint_fixture, lint_path, places
from tgbe.lint.rules.base import LintContext
from tgbe.lint.rules.numbering import Item, NumberingGap, Problem, sequence_issues
from tgbe.models import Span


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("NUM001", [(7, 1), (24, 1)]),
        ("NUM002", [(10, 1)]),
        ("NUM003", [(21, 1)]),
    ],
)
def test_each_rule_finds_its_problem_at_the_exact_place(
    code: str, expected: list[tuple[int, int]]
) -> None:
    found = places(lint_fixture("numbering-fail.txt", code))
    assert found == [(line, column, code) for line, column in expected]


def test_messages_name_the_measure_and_the_missing_number() -> None:
    gap, indicator_gap = lint_fixture("numbering-fail.txt", "NUM001")
    assert gap.measure_id == "1.3"
    assert gap.message == "measure 1.3 is numbered 3 after 1: number 2 is missing"
    assert indicator_gap.message == "indicator 四 is numbered 4 after 2: number 3 is missing"
    repeat = lint_fixture("numbering-fail.txt", "NUM002", lang="zh")[0]
    assert repeat.message == "举措1.3b：编号3重复，应为4"


def test_sub_sections_that_restart_at_one_pass() -> None:
    assert lint_fixture("numbering-pass.txt", "NUM") == []


def test_the_parsers_duplicate_number_diagnostic_is_reported_once() -> None:
    found = lint_fixture("numbering-fail.txt", "NUM", "PAR")
    assert [f.code for f in found if f.line == 10] == ["NUM002"]


def _items(*numbers: int) -> list[Item]:
    span = Span(start_line=1, start_column=1, end_line=1, end_column=2)
    return [Item(number, span, f"item {number}") for number in numbers]


@pytest.mark.parametrize(
    ("numbers", "problems"),
    [
        ((1, 2, 3), []),
        ((2, 3), [(Problem.GAP, 2, ((1, 1),))]),
        ((1, 2, 4, 3, 5), [(Problem.OUT_OF_ORDER, 3, ())]),
        ((1, 2, 2, 3), [(Problem.REPEAT, 2, ())]),
        ((1, 5), [(Problem.GAP, 5, ((2, 4),))]),
        ((1, 7, 3, 4), [(Problem.GAP, 7, ((2, 2), (5, 6))), (Problem.OUT_OF_ORDER, 3, ()),
                        (Problem.OUT_OF_ORDER, 4, ())]),
        ((1, 99999999999, 2), [(Problem.GAP, 99999999999, ((3, 99999999998),)),
                               (Problem.IMPLAUSIBLE, 99999999999, ())]),
    ],
)
def test_sequence_issues_reports_each_problem_once(
    numbers: tuple[int, ...], problems: list[tuple[Problem, int, tuple[tuple[int, int], ...]]]
) -> None:
    issues = list(sequence_issues(_items(*numbers)))
    assert [(i.problem, i.item.number, i.missing) for i in issues] == problems


def test_articles_numbered_through_the_document_continue_across_chapters() -> None:
    found = lint_fixture("numbering-articles.txt", "NUM")
    assert places(found) == [(8, 1, "NUM001")]
    assert found[0].message == "measure 3.5 is numbered 5 after 3: number 4 is missing"


@pytest.mark.parametrize(
    ("numbers", "english", "chinese"),
    [
        ((3,), "is numbered 3 at the start of its sequence: numbers 1–2 are missing",
         "编号为3，位于序列开头：缺少第1至2项"),
        ((1, 2, 4, 6), "is numbered 4 after 2: number 3 is missing",
         "编号为4，前一项为2：缺少第3项"),
    ],
)
def test_gap_messages_name_the_missing_numbers(
    numbers: tuple[int, ...], english: str, chinese: str
) -> None:

    notice = tgbe.parse_file(SEED)
    issue = next(sequence_issues(_items(*numbers)))
    span = issue.item.span
    for lang, text in (("en", english), ("zh", chinese)):
        context = LintContext(notice, ("x",), lang)  # type: ignore[arg-type]
        assert text in NumberingGap()._report(context, issue, span).build().message


def test_articles_after_a_general_provisions_chapter_pass() -> None:
    # 第一章 总则 / 第一条 is preamble; chapters and articles number on from it
    assert lint_fixture("numbering-articles-general.txt", "NUM") == []


def test_real_gaps_in_an_article_layout_are_still_reported() -> None:
    found = lint_fixture("numbering-articles-gaps.txt", "NUM")
    assert places(found) == [(6, 1, "NUM001"), (7, 1, "NUM001"), (10, 1, "NUM001")]
    assert [finding.message for finding in found] == [
        "indicator 三 is numbered 3 after 1: number 2 is missing",
        "measure 3.3 is numbered 3 after 1: number 2 is missing",
        "measure 4.6 is numbered 6 after 4: number 5 is missing",
    ]


def test_bundled_article_layouts_have_no_numbering_errors() -> None:
    for path in (FIXTURES / "layouts" / "articles.txt",
                 FIXTURES / "corpus" / "10_xiangyin_2019_regulations.txt"):
        assert lint_path(path, "NUM") == [], path
