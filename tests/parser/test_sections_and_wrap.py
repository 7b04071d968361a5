"""Per-section sub-headings, boxed examples, hard-wrapped text with page numbers and
progress deadlines inside a measure's sentence (``tests/fixtures/layouts/``)."""

from __future__ import annotations

import json
from datetime import date

import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli
from tgbe.models import Measure, Notice
from tgbe.parse.inline import progress_clause
from tgbe.read.chrome import is_page_number

LAYOUTS = FIXTURES / "layouts"


def _parse(name: str) -> Notice:
    return tgbe.parse_file(LAYOUTS / name)


def _units(measure: Measure) -> list[tuple[str, str]]:
    return [(unit.name, unit.role.value) for unit in measure.units]


def _deadline(measure: Measure) -> tuple[str, str, date | None] | None:
    found = measure.deadline
    return (found.raw, found.kind.value, found.due) if found else None


# -- a （一） that is a sub-heading in one section and a measure in another --------------


def test_sub_headings_in_one_section_measures_in_another(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", "-f", "json", str(LAYOUTS / "per_section_headings.txt"))
    assert code == 0 and "stray" not in err
    indicators = json.loads(out)["indicators"]
    ids = [[m["id"] for m in item["measures"]] for item in indicators]
    # 一、: three （一） sub-headings over five 1./2. measures (one sub-heading holds a single
    # measure, another a measure without units); 二、: four （一） measures; 三、: two
    assert ids == [["1.1", "1.2", "1.3", "1.4", "1.5"], ["2.1", "2.2", "2.3", "2.4"],
                   ["3.1", "3.2"]]
    groups = [m["group"] for m in indicators[0]["measures"]]
    assert groups == ["推进涉企事项“网上办”", "推进涉企事项“网上办”", "提升窗口服务效能",
                      "优化帮办代办服务", "优化帮办代办服务"]
    assert all(m["group"] is None for m in indicators[1]["measures"])


def test_a_measure_with_points_stays_one_measure_next_to_measures() -> None:
    second = _parse("per_section_headings.txt").indicators[1]
    points = second.measures[1]
    assert points.text == ("推行“银税互动”信用贷款。1.每季度推送一次纳税信用名单。"
                           "2.引导银行开发信用贷款产品。")
    assert _units(points) == [("县税务局", "responsible"), ("县金融办", "responsible")]
    assert _units(second.measures[0]) == [("县金融办", "lead"), ("县人民银行", "support")]
    assert _deadline(second.measures[3]) == ("2024年底前完成", "year-end", date(2024, 12, 31))


def test_boxed_examples_are_neither_measures_nor_measure_text_nor_stray() -> None:
    notice = _parse("per_section_headings.txt")
    texts = [measure.text for measure in notice.measures()]
    assert not any(word in text for text in texts for word in ("专栏", "案例"))
    assert notice.measures()[4].text == "编制帮办代办服务指南。"
    # the example after 1. no longer hides the measure's unit bracket
    tax = notice.indicators[2].measures[0]
    assert (tax.text, _units(tax)) == ("推行非接触式办税缴费。", [("县税务局", "responsible")])
    assert not [item for item in notice.diagnostics if item.code == "stray-line"]


# -- hard-wrapped text with page numbers between the lines -------------------------------


WRAPPED = {
    "1.1": ("推行企业开办“一窗通办”，将营业执照、公章刻制、涉税办理、社保登记等事项整合为一个"
            "环节，实现企业开办一日办结。", ("2024年6月底", "month", date(2024, 6, 30)),
            [("市市场监管局", "responsible"), ("市公安局", "responsible"),
             ("市税务局", "responsible")]),
    "1.2": ("推行经营主体登记全程电子化，企业可通过手机办理设立、变更、注销登记，于2024年9月底"
            "前实现全覆盖。", ("2024年9月底前", "month", date(2024, 9, 30)),
            [("市市场监管局", "responsible")]),
    "1.3": ("推行住所申报承诺制，申请人承诺住所真实有效即可登记，6月底前在全市推开。",
            ("6月底前", "month", date(2024, 6, 30)), [("市市场监管局", "responsible")]),
    "2.4": ("压缩社会投资低风险项目审批时间，全流程审批时间压减至15个工作日以内。",
            ("2024年12月底", "month", date(2024, 12, 31)), [("市住建局", "responsible")]),
    "2.5": ("推行施工图审查“多审合一”，建设单位一次申报、部门并联审查，审查时间再压减三分之一。",
            ("2024年11月底", "month", date(2024, 11, 30)),
            [("市住建局", "responsible"), ("市自然资源局", "responsible")]),
}


@pytest.mark.parametrize("measure_id", sorted(WRAPPED))
def test_hard_wrapped_measures_join_without_page_numbers(measure_id: str) -> None:
    measure = next(m for m in _parse("hard_wrap_pages.txt").measures() if m.id == measure_id)
    assert (measure.text, _deadline(measure), _units(measure)) == WRAPPED[measure_id]


def test_hard_wrapped_notice_reads_clean(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", "-f", "json", str(LAYOUTS / "hard_wrap_pages.txt"))
    assert code == 0 and err == ""
    assert len([m for i in json.loads(out)["indicators"] for m in i["measures"]]) == 5


def test_a_date_wrapped_across_lines_keeps_its_span() -> None:
    measures = {m.id: m for m in _parse("hard_wrap_pages.txt").measures()}
    lines = (LAYOUTS / "hard_wrap_pages.txt").read_text(encoding="utf-8").splitlines()
    span = measures["1.2"].deadline.span  # type: ignore[union-attr]
    assert span is not None and (span.start_line, span.end_line) == (22, 23)
    start = lines[span.start_line - 1][span.start_column - 1 :]
    end = lines[span.end_line - 1][: span.end_column - 1]
    assert start + end == "2024年9月底前"
    text_span = measures["1.1"].text_span
    assert (text_span.start_line, text_span.end_line) == (11, 14)  # the page number between


@pytest.mark.parametrize(("line", "expected"), [
    ("- 5 -", True), ("— 12 —", True), ("第 3 页", True), ("第4页 共12页", True),
    ("3/12", True), ("7", True), ("  -3-  ", True),
    ("5月", False), ("一、", False), ("2.推行", False), ("15个工作日", False),
])
def test_page_number_shapes(line: str, expected: bool) -> None:
    assert is_page_number(line) is expected


# -- progress deadlines inside a measure's sentence --------------------------------------


PROGRESS = {
    "1.1": ("5月底取得阶段性成效并持续推进", "month", date(2024, 5, 31)),
    "1.2": None,  # a date inside a quoted title
    "1.3": None,  # a date that describes the past (已建成)
    "1.4": None,  # a start (自…起施行)
    "1.5": ("6月份取得明显成效", "month", date(2024, 6, 30)),
    "1.6": ("三季度实现全覆盖", "quarter", date(2024, 9, 30)),  # 力争 left out
    "1.7": None,  # 2023年以来
    "1.8": ("10月中旬上线运行", "day", date(2024, 10, 20)),
    "1.9": ("11月底取得明显成效", "month", date(2024, 11, 30)),  # the latest of two
}


@pytest.mark.parametrize("measure_id", sorted(PROGRESS))
def test_progress_deadlines_inside_sentences(measure_id: str) -> None:
    measure = next(m for m in _parse("progress_in_text.txt").measures() if m.id == measure_id)
    assert _deadline(measure) == PROGRESS[measure_id]


def test_a_progress_deadline_points_at_its_clause() -> None:
    measure = _parse("progress_in_text.txt").measures()[0]
    span = measure.deadline.span  # type: ignore[union-attr]
    line = (LAYOUTS / "progress_in_text.txt").read_text(encoding="utf-8").splitlines()[3]
    assert span is not None and span.start_line == 4
    assert line[span.start_column - 1 : span.end_column - 1] == "5月底取得阶段性成效并持续推进"


@pytest.mark.parametrize(("text", "expected"), [
    ("推行容缺受理，5月底取得阶段性成效并持续推进。", "5月底取得阶段性成效并持续推进"),
    ("推进互认，确保2024年6月底前建成。", "2024年6月底前建成"),
    ("推进互认，年底前上线。", "年底前上线"),
    ("推进互认，5月底开展调研。", None),  # no word of progress
    ("5月底取得成效，再全面推广。", None),  # the time is not in the last clause
    ("推行承诺制，自2024年1月1日起施行。", None),
    ("推进互认，2023年已实现全覆盖。", None),
])
def test_progress_clause(text: str, expected: str | None) -> None:
    assert progress_clause(text) == expected


# -- a long notice mixing the shapes (every measure is checked in test_label_shapes) -----


def test_long_mixed_notice_spot_checks() -> None:
    notice = _parse("long_mixed_c.txt")
    measures = {m.id: m for m in notice.measures()}
    assert len(measures) == 63 and not notice.diagnostics
    # 一、: （一） are sub-headings, one of them over a single measure; 二、: （一） are measures
    assert [measures[f"1.{n}"].group for n in (1, 5, 6)] == [
        "推进涉企事项网上办", "提升窗口服务效能", "优化帮办代办服务"]
    assert measures["2.1"].group is None
    assert measures["2.1"].text == "深化公共资源交易全程电子化，减少企业跑动次数。"
    # a deadline before the units inside a label-less bracket, and one after them
    assert _deadline(measures["2.3"]) == ("9月底前完成", "month", date(2024, 9, 30))
    assert _deadline(measures["2.4"]) == ("2024年底前完成", "year-end", date(2024, 12, 31))
    # hard wrap: no page number in the text, the wrapped 完成时限 read
    wrapped = measures["3.2"]
    assert wrapped.text.endswith("同步推行线上预约、帮办代办和结果寄递服务。")
    assert not any(char.isdigit() for char in wrapped.text)
    assert _deadline(wrapped) == ("2024年2月底", "month", date(2024, 2, 29))
    assert len(wrapped.units) == 3
    # the boxed example between paragraph measures is not one of them
    assert not any("专栏" in m.text for m in measures.values())
    # several unit brackets in one (1) measure, each keeping its roles
    assert [unit.role.value for unit in measures["6.1"].units] == [
        "responsible", "lead", "support"]
    assert _deadline(measures["7.9"]) == ("11月底取得阶段性成效并持续推进", "month",
                                          date(2024, 11, 30))


def test_titled_sub_headings_give_their_units_to_measures_naming_none() -> None:
    notice = _parse("titled_groups.txt")
    first, second = notice.indicators
    assert [(m.id, m.group) for m in first.measures] == [
        ("1.1", "深化商事制度改革"), ("1.2", "深化商事制度改革"),
        ("1.3", "优化税费服务"), ("1.4", "优化税费服务")]
    assert _units(first.measures[0]) == [("市市场监管局", "lead")]
    assert _deadline(first.measures[1]) == ("2024年9月底前完成", "month", date(2024, 9, 30))
    assert _units(first.measures[2]) == [("市税务局", "lead"), ("市财政局", "support")]
    assert _units(first.measures[3]) == [("市数据局", "responsible")]  # its own units
    # a sentence closed by units over points stays one measure
    assert [m.id for m in second.measures] == ["2.1", "2.2"]
