"""DLN rules: unreadable, missing, after-policy and before-issue deadlines."""

from __future__ import annotations

import pytest

from tests.lint.engine_helpers import lint_fixture, places
from tgbe.lint.config import LintConfig


@pytest.mark.parametrize(
    ("code", "expected", "measure"),
    [
        ("DLN001", (16, 6), "1.2"),
        ("DLN002", (18, 1), "1.3"),
        ("DLN003", (21, 6), "1.4"),
        ("DLN004", (24, 6), "1.5"),
    ],
)
def test_each_rule_finds_its_measure_at_the_exact_place(
    code: str, expected: tuple[int, int], measure: str
) -> None:
    found = lint_fixture("deadlines-fail.txt", code)
    assert places(found) == [(*expected, code)]
    assert found[0].measure_id == measure


def test_a_clean_notice_passes() -> None:
    assert lint_fixture("deadlines-pass.txt", "DLN") == []


def test_messages_give_both_dates() -> None:
    after = lint_fixture("deadlines-fail.txt", "DLN003")[0]
    assert "2023-12-31" in after.message and "2023-09-30" in after.message
    before = lint_fixture("deadlines-fail.txt", "DLN004", lang="zh")[0]
    assert before.message == "举措1.5完成时限2022年12月（2022-12-31）早于发文日期2023-03-01"
    assert before.severity == "error"


def test_missing_deadline_follows_the_share_option() -> None:
    strict = LintConfig(select=("DLN002",), rules={"DLN002": {"min_share": 0.9}})
    assert lint_fixture("deadlines-fail.txt", config=strict) == []


def test_the_parsers_missing_deadline_diagnostic_is_not_reported_twice() -> None:
    found = lint_fixture("deadlines-fail.txt", "DLN", "PAR")
    assert [f.code for f in found if f.line == 18] == ["DLN002"]


def test_the_policy_sentence_is_a_related_place() -> None:
    after = lint_fixture("deadlines-fail.txt", "DLN003")[0]
    assert [(r.line, r.column, r.message) for r in after.related] == [
        (6, 1, "completion policy: 2023年9月底")]


def test_articles_of_a_supplementary_provisions_chapter_need_no_deadline() -> None:
    assert lint_fixture("numbering-articles-general.txt", "DLN") == []
