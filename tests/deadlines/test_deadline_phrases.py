"""Deadline phrases read into a kind and a due date (``tgbe.parse.dates.interpret_deadline``).

The document's year is 2023 throughout, so a phrase that names another year shows it is read
from the phrase.  A qualifier the reader does not know after a year (2024年两会前) must give
``unknown``, never the end of that year.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import tgbe
from tgbe.parse.dates import interpret_deadline
from tgbe.vocab import DeadlineKind

DAY, MONTH, QUARTER = DeadlineKind.DAY, DeadlineKind.MONTH, DeadlineKind.QUARTER
HALF, YEAR_END, UNKNOWN = DeadlineKind.HALF_YEAR, DeadlineKind.YEAR_END, DeadlineKind.UNKNOWN


@pytest.mark.parametrize(
    ("raw", "kind", "due"),
    [
        # the forms that worked before stay as they were
        ("2023年9月", MONTH, date(2023, 9, 30)),
        ("2023年9月30日", DAY, date(2023, 9, 30)),
        ("2023年下半年", HALF, date(2023, 12, 31)),
        ("2023年年中", HALF, date(2023, 6, 30)),
        ("2024年一季度末", QUARTER, date(2024, 3, 31)),
        ("2023年底", YEAR_END, date(2023, 12, 31)),
        ("2025年", YEAR_END, date(2025, 12, 31)),
        ("2023—2025年", YEAR_END, date(2025, 12, 31)),
        ("2023年前", YEAR_END, date(2023, 12, 31)),
        ("2023年9月至12月", MONTH, date(2023, 12, 31)),
        # a year's own 年内 / 年中 / 年底 belong to that year, not the document's
        ("2024年内", YEAR_END, date(2024, 12, 31)),
        ("2024年中", HALF, date(2024, 6, 30)),
        ("2024年全年", YEAR_END, date(2024, 12, 31)),
    ],
)
def test_known_forms(raw: str, kind: DeadlineKind, due: date) -> None:
    assert interpret_deadline(raw, 2023) == (kind, due)


@pytest.mark.parametrize(
    "raw",
    ["2023年Q3", "2023年q3", "2023年Ｑ3", "2023Q3", "Q3", "2023年第3季度", "2023年3季度",
     "三季度", "第三季度末"],
)
def test_quarters_written_with_q_or_numerals(raw: str) -> None:
    assert interpret_deadline(raw, 2023) == (QUARTER, date(2023, 9, 30))


@pytest.mark.parametrize(("raw", "quarter_end"), [
    ("2024年Q1", date(2024, 3, 31)), ("2024年Q2", date(2024, 6, 30)),
    ("2024年Q4", date(2024, 12, 31)),
])
def test_every_q_quarter(raw: str, quarter_end: date) -> None:
    assert interpret_deadline(raw, 2023) == (QUARTER, quarter_end)


@pytest.mark.parametrize("raw", ["Q5", "Q30", "HQ3", "2023年Q"])
def test_q_that_is_not_a_quarter(raw: str) -> None:
    assert interpret_deadline(raw, 2023)[0] is not QUARTER


@pytest.mark.parametrize(
    ("raw", "due"),
    [
        # a part of a month is due on its last day
        ("2023年11月上旬", date(2023, 11, 10)),
        ("2023年11月中旬", date(2023, 11, 20)),
        ("2023年11月下旬", date(2023, 11, 30)),
        ("2024年2月下旬", date(2024, 2, 29)),
        ("2023年11月上中旬", date(2023, 11, 20)),
        ("2023年11月中下旬", date(2023, 11, 30)),
        ("2023年11月初", date(2023, 11, 10)),  # 月初 counts as 上旬
        ("2023年11月中", date(2023, 11, 15)),
        ("11月中旬前", date(2023, 11, 20)),
        # before a holiday of a stated year: the day before it
        ("2024年春节前", date(2024, 2, 9)),
        ("2023年春节之前", date(2023, 1, 21)),
        ("2035年春节前", date(2035, 2, 7)),
        ("2015年春节前", date(2015, 2, 18)),
        ("2023年国庆前", date(2023, 9, 30)),
        ("2023年国庆节前", date(2023, 9, 30)),
        ("2024年元旦前", date(2023, 12, 31)),
    ],
)
def test_parts_of_a_month_and_holiday_eves_are_days(raw: str, due: date) -> None:
    assert interpret_deadline(raw, 2023) == (DAY, due)


@pytest.mark.parametrize(
    "raw",
    [
        "2024年两会前", "2023年汛期前", "2023年中秋前", "2023年年初", "2023年初",
        "2024年春节后", "2024年春节期间", "2040年春节前", "2014年春节前", "春节前",
        "2023年第一阶段", "2023年秋季",
    ],
)
def test_an_unread_qualifier_after_a_year_is_unknown_not_year_end(raw: str) -> None:
    assert interpret_deadline(raw, 2023) == (UNKNOWN, None)


def test_full_width_q_in_a_file_is_a_quarter(tmp_path: Path) -> None:
    text = "某县2023年营商环境提升举措\n一、开办企业指标\n1.推行某项举措。\n完成时限：2023年Ｑ３\n"
    path = tmp_path / "q.txt"
    path.write_text(text, encoding="utf-8")
    deadline = tgbe.parse_file(path).indicators[0].measures[0].deadline
    assert deadline is not None
    assert (deadline.raw, deadline.kind, deadline.due) == ("2023年Ｑ3", QUARTER, date(2023, 9, 30))


@pytest.mark.parametrize("raw", ["2023年起长期坚持", "自2023年起持续推进", "2023年起，每年"])
def test_an_ongoing_phrase_after_a_starting_year_is_ongoing(raw: str) -> None:
    # "from 2023 on, for good": the year says when it starts, not when it falls due
    assert interpret_deadline(raw, 2023) == (DeadlineKind.ONGOING, None)


@pytest.mark.parametrize("raw", ["每月", "每个月", "每季度", "每半年", "每旬", "每周五前报送",
                                 "每月15日前", "2024年起每季度", "2024年起，每个季度"])
def test_work_repeated_every_period_is_ongoing(raw: str) -> None:
    # a recurring period never falls due, with or without a starting year before it
    assert interpret_deadline(raw, 2023) == (DeadlineKind.ONGOING, None)


def test_a_dated_phrase_naming_a_recurring_task_keeps_its_date() -> None:
    # 每月 names the task (a monthly meeting), the date names the deadline
    assert interpret_deadline("2023年6月底前建立每月调度机制", 2023) == (MONTH, date(2023, 6, 30))


def test_a_measure_with_a_monthly_deadline_is_not_overdue(tmp_path: Path) -> None:
    text = ("某县2023年营商环境提升举措\n一、获得信贷指标\n1.通报信贷投放进度。\n"
            "完成时限：每月10日前\n责任单位：县金融办\n")
    path = tmp_path / "monthly.txt"
    path.write_text(text, encoding="utf-8")
    deadline = tgbe.parse_file(path).indicators[0].measures[0].deadline
    assert deadline is not None
    assert (deadline.kind, deadline.due) == (DeadlineKind.ONGOING, None)
