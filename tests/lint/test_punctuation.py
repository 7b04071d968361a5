"""PUN rules: each on a failing fixture (exact line and column) and on passing ones."""

from __future__ import annotations

import pytest

from tests.lint.engine_helpers import lint_fixture, places
from tests.lint.helpers import load, run_rule, where
from tgbe.lint.engine import skipped_lines
from tgbe.lint.rules.punctuation import unbalanced_marks as unbalanced_marks_of

PASSING = ["punctuation-pass.txt", "punctuation-halfwidth.txt", "punctuation-indented.txt",
           "punctuation-paragraphs-indented.txt"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("PUN001", [(8, 5)]),
        ("PUN002", [(13, 19)]),
        ("PUN003", [(10, 16), (13, 5)]),
        ("PUN004", [(10, 3)]),
        ("PUN005", [(13, 25)]),
        ("PUN006", [(14, 1)]),
    ],
)
def test_each_rule_finds_its_problem_at_the_exact_place(
    code: str, expected: list[tuple[int, int]]
) -> None:
    found = places(lint_fixture("punctuation-fail.txt", code))
    assert found == [(line, column, code) for line, column in expected]


@pytest.mark.parametrize("name", PASSING)
def test_clean_and_consistently_styled_documents_pass(name: str) -> None:
    assert lint_fixture(name, "PUN") == []


def test_half_width_mark_is_judged_by_the_documents_majority() -> None:
    finding = lint_fixture("punctuation-fail.txt", "PUN001")[0]
    assert finding.suggestion == "："
    assert (finding.end_line, finding.end_column) == (8, 6)
    assert "'：'" in finding.message


def test_options_choose_which_marks_are_checked() -> None:
    from tgbe.lint.config import LintConfig

    config = LintConfig(select=("PUN001",), rules={"PUN001": {"marks": ","}})
    assert lint_fixture("punctuation-fail.txt", config=config) == []


def test_unbalanced_pair_names_the_missing_mark_in_chinese() -> None:
    finding = lint_fixture("punctuation-fail.txt", "PUN002", lang="zh")[0]
    assert finding.message == "本行的「”」没有对应的「“」"


def test_unbalanced_marks_nested_in_the_wrong_order() -> None:
    from tgbe.lint.rules.punctuation import _unbalanced

    assert _unbalanced("（《条例）》") == [(1, "《", True), (5, "》", False)]
    assert _unbalanced("“a”（b)") == []
    assert _unbalanced("“未闭合") == [(0, "“", True)]


def test_space_after_number_span_covers_every_space() -> None:
    finding = lint_fixture("punctuation-fail.txt", "PUN004")[0]
    assert (finding.column, finding.end_column) == (3, 4)
    indented = lint_fixture("punctuation-fail.txt", "PUN006")[0]
    assert (indented.column, indented.end_column) == (1, 5)


def test_a_quotation_wrapped_onto_the_next_line_is_balanced() -> None:
    from tgbe.lint.rules.punctuation import unbalanced_marks

    wrapped = ("推行“一网通", "办”改革，按照《条例》执行。", "未闭合“的引号")
    assert unbalanced_marks(wrapped) == [(3, 3, "“", True)]
    assert unbalanced_marks(("甲“", "乙）")) == [(1, 1, "“", True), (2, 1, "）", False)]


def test_unbalanced_pair_quotes_the_bracket_as_written() -> None:
    finding, = lint_fixture("half_width_bracket_open.txt", "PUN002")
    assert finding.message == "'(' is not closed on this line; expected ')'"
    assert unbalanced_marks_of(("甲）", "乙)")) == [(1, 1, "）", False), (2, 1, ")", False)]
    assert lint_fixture("half_width_bracket_open.txt", "PUN002", lang="zh")[0].message == (
        "本行的「(」没有对应的「)」")


def test_metadata_comment_lines_are_not_linted() -> None:
    from tgbe.lint.engine import lint
    from tgbe.lint.rules.punctuation import EmptyPair

    assert run_rule(EmptyPair, "metadata_comment_line.txt") == []
    notice, lines = load("metadata_comment_line.txt")
    assert skipped_lines(notice, lines) == frozenset({1})
    assert [f.code for f in lint(notice, lines=lines) if f.line == 1] == []
    # the same line in a measure's text is linted
    assert where(run_rule(EmptyPair, "一、营造环境\n1.推进改革( )。(牵头单位:区司法局)\n")) == [
        ("PUN003", 2, 7, None)]
