"""Layout rules of the genre on small fixtures (``tests/fixtures/layouts/``)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli
from tgbe.models import Measure, Notice
from tgbe.parse.benchmarks import is_benchmark_label

LAYOUTS = FIXTURES / "layouts"


def _parse(name: str) -> Notice:
    return tgbe.parse_file(LAYOUTS / name)


def _units(measure: Measure) -> list[tuple[str, str, str]]:
    return [(unit.name, unit.key, unit.role.value) for unit in measure.units]


def _deadline(measure: Measure) -> tuple[str, str, date | None] | None:
    found = measure.deadline
    return (found.raw, found.kind.value, found.due) if found else None


def test_parenthesised_measures_with_lead_and_supporting_field_lines() -> None:
    notice = _parse("paren_fields.txt")
    assert [item.name for item in notice.indicators] == ["开办企业", "获得电力"]
    first, second, power = notice.measures()
    assert first.text == "推行企业开办全程网上办理，压缩开办时间至1个工作日以内。"
    assert _units(first) == [
        ("市市场监管局", "市市场监督管理局", "lead"),
        ("市税务局", "市税务局", "support"),
        ("人社局", "市人力资源和社会保障局", "support"),
        ("各县（市、区）人民政府", "各县（市、区）人民政府", "support"),
    ]
    assert _deadline(first) == ("2024年6月底", "month", date(2024, 6, 30))
    assert _deadline(second) == ("持续推进", "ongoing", None)
    assert _deadline(power) == ("2024年第三季度", "quarter", date(2024, 9, 30))
    assert _units(power) == [("国网某某供电公司", "国网某某供电公司", "responsible")]


def test_recipients_keep_bracketed_lists_whole() -> None:
    assert _parse("paren_fields.txt").recipients == ["各县（市、区）人民政府", "市直各单位"]


EXPECTED_INLINE = {
    "1.1": (("2023年6月底前", "month", date(2023, 6, 30)),
            [("县政务服务中心", "县政务服务中心", "lead"),
             ("县直各单位", "县直各单位", "support")]),
    # 9月底前 takes the year of the document's date line
    "1.2": (("9月底前", "month", date(2023, 9, 30)),
            [("县政务服务中心", "县政务服务中心", "lead"), ("县数据局", "县数据局", "lead"),
             ("县直有关单位", "县直有关单位", "support")]),
    "1.3": (("2023年12月31日前", "day", date(2023, 12, 31)),
            [("县营商办", "县营商环境办公室", "responsible")]),
    # a deadline trailing inside the unit bracket
    "1.4": (("6月底完成", "month", date(2023, 6, 30)),
            [("县发改委", "县发展和改革委员会", "lead"), ("县财政局", "县财政局", "support")]),
    "1.5": (("年底前", "year-end", date(2023, 12, 31)),
            [("县营商办", "县营商环境办公室", "responsible")]),
    "1.6": (("持续推进", "ongoing", None),
            [("县财政局", "县财政局", "responsible"), ("税务局", "县税务局", "responsible")]),
    # 到2025年 and 缩短至100个工作日内 are a target, not a deadline
    "1.7": (None, [("县住建局", "县住房和城乡建设局", "responsible")]),
    # 持续推进 opening the text is a verb; 长期坚持 closing a clause is the deadline
    "1.8": (("长期坚持", "ongoing", None), [("县司法局", "县司法局", "responsible")]),
}


@pytest.mark.parametrize("measure_id", sorted(EXPECTED_INLINE))
def test_inline_units_and_deadline_phrases(measure_id: str) -> None:
    measure = next(item for item in _parse("dotted_inline.txt").measures() if item.id == measure_id)
    assert (_deadline(measure), _units(measure)) == EXPECTED_INLINE[measure_id]
    assert not measure.text.endswith(("）", "〕"))


def test_inline_deadline_span_points_at_the_phrase() -> None:
    lines = (LAYOUTS / "dotted_inline.txt").read_text(encoding="utf-8").split("\n")
    for measure in _parse("dotted_inline.txt").measures():
        if measure.deadline is not None and measure.deadline.span is not None:
            span = measure.deadline.span
            written = lines[span.start_line - 1][span.start_column - 1 : span.end_column - 1]
            assert written == measure.deadline.raw


def test_articles_under_sections_and_leading_general_section() -> None:
    notice = _parse("articles.txt")
    assert [principle.title for principle in notice.principles] == ["总体要求"]
    assert [measure.id for measure in notice.measures()] == ["2.2", "2.3"]
    power = notice.measures()[0]
    assert _units(power) == [("区发改委", "区发展和改革委员会", "lead"),
                             ("区财政局", "区财政局", "support")]
    assert _deadline(power) == ("2023年9月底前", "month", date(2023, 9, 30))


def test_first_unit_leads_convention_for_one_measure_or_onward() -> None:
    measures = {item.id: item for item in _parse("convention.txt").measures()}
    assert _units(measures["1.1"]) == [("市行政审批局", "市行政审批局", "lead"),
                                       ("市司法局", "市司法局", "support")]
    # without 下同 the note holds for its own measure only
    assert {unit.role.value for unit in measures["1.2"].units} == {"responsible"}
    # with 下同 it holds onward; 发改委 and 财政局 take the 市 of the unit before them
    assert _units(measures["2.1"]) == [
        ("市自然资源局", "市自然资源局", "lead"),
        ("发改委", "市发展和改革委员会", "support"),
        ("财政局", "市财政局", "support"),
    ]
    assert [unit.role.value for unit in measures["2.2"].units] == ["lead", "support"]


def test_web_page_chrome_is_not_the_header() -> None:
    notice = _parse("web_chrome.txt")
    assert notice.title == "某某县人民政府关于印发某某县营商环境提升方案的通知"
    assert notice.issuer == "某某县人民政府"
    assert notice.doc_number is not None and notice.doc_number.raw == "某政发〔2023〕5号"
    assert notice.issue_date is None
    assert [measure.id for measure in notice.measures()] == ["1.1"]


def test_flattened_table_without_group_column() -> None:
    notice = _parse("task_table.txt")
    first, second = notice.measures()
    assert (first.id, first.text, _deadline(first)) == (
        "1.1", "推行企业登记全程电子化。", ("2023年6月底", "month", date(2023, 6, 30)))
    assert _units(second) == [("市自然资源局", "市自然资源局", "responsible"),
                              ("税务局", "市税务局", "responsible")]
    assert second.deadline is not None and second.deadline.span is not None
    assert second.deadline.span.start_line == 13


def test_text_without_measures_is_a_clear_error() -> None:
    with pytest.raises(tgbe.TgbeError) as caught:
        _parse("no_measures.txt")
    assert "no recognisable measures" in str(caught.value)
    assert str(caught.value).startswith(str(LAYOUTS / "no_measures.txt") + ":1:1: error:")


def test_text_without_measures_exits_2_with_one_line(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", str(LAYOUTS / "no_measures.txt"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no recognisable measures" in err


def test_truncated_last_measure_is_a_diagnostic() -> None:
    text = (LAYOUTS / "paren_fields.txt").read_text(encoding="utf-8")
    notice = tgbe.parse_text(text + "（二）推进用电报装“零跑腿”，实现线上办理全")
    assert notice.measures()[-1].id == "2.2"
    assert "truncated-measure" in [item.code for item in notice.diagnostics]


def test_labelled_deadline_in_a_bracket_and_a_policy_in_the_preface() -> None:
    notice = tgbe.parse_file(LAYOUTS / "bracket_fields.txt")
    assert notice.doc_number is not None and notice.doc_number.raw == "XX营商办〔2024〕5号"
    assert notice.completion_policy is not None
    assert str(notice.completion_policy.due) == "2024-10-31"
    deadlines = [(m.id, m.deadline.raw if m.deadline else None) for m in notice.measures()]
    assert deadlines == [("1.1", "2024年6月底前"), ("1.2", "持续推进"),
                         ("2.1", "2024年12月31日"), ("2.2", "第三季度")]
    power = notice.indicators[1].measures[0]
    assert [(u.name, u.role.value) for u in power.units] == [
        ("国网XX供电公司", "lead"), ("市发改委", "support"), ("市住建局", "support")]


def test_trailing_supplementary_provisions_are_not_an_indicator() -> None:
    notice = tgbe.parse_file(FIXTURES / "lint" / "numbering-articles-general.txt")
    assert [indicator.numeral for indicator in notice.indicators] == ["二", "三"]
    assert [measure.id for measure in notice.measures()] == ["2.2", "2.3", "3.4", "3.5"]
    assert [(p.numeral, p.title) for p in notice.principles] == [("一", "总则"),
                                                                 ("四", "附则")]
    assert [p.text for p in notice.principles] == [  # the articles' text
        "为进一步优化营商环境，结合我县实际，制定本措施。", "本措施自印发之日起施行。"]
    assert notice.diagnostics == []


def test_benchmark_labels_with_qualifiers_and_an_explicit_none() -> None:
    notice = _parse("benchmark_labels.txt")
    cities = [[city.name for city in indicator.benchmark_cities]
              for indicator in notice.indicators]
    assert cities == [["深圳福田", "上海浦东"], [], ["福建晋江"], ["湖南浏阳"], ["赣州章贡"], []]
    assert [indicator.summary for indicator in notice.indicators] == [
        "全县企业开办时间压缩至0.5个工作日以内。", "", "", "", "", ""]
    assert notice.diagnostics == []


def test_each_benchmark_city_spans_its_own_name() -> None:
    lines = (LAYOUTS / "benchmark_labels.txt").read_text(encoding="utf-8").splitlines()
    spans = [(city.name, city.span.start_line, city.span.start_column, city.span.end_column)
             for indicator in _parse("benchmark_labels.txt").indicators
             for city in indicator.benchmark_cities]
    assert spans == [("深圳福田", 4, 6, 10), ("上海浦东", 4, 11, 15), ("福建晋江", 14, 10, 14),
                     ("湖南浏阳", 19, 9, 13), ("赣州章贡", 24, 10, 14)]
    for name, line, start, end in spans:
        assert lines[line - 1][start - 1 : end - 1] == name


def test_list_by_city_does_not_match_an_explicit_none(run_cli: RunCli) -> None:
    code, _, err = run_cli("list", str(LAYOUTS / "benchmark_labels.txt"), "--city", "无")
    assert code == 2 and "unknown benchmark city '无'" in err


@pytest.mark.parametrize(
    ("label", "benchmark"),
    [("对标城市", True), ("对标城市（地区）", True), ("对标城市(县区)", True),
     ("对标城市/地区", True), ("对标地区、城市", True), ("对 标 城 市", True),
     ("标杆城市【县】", True), ("责任单位", False), ("对标城市的做法", False), ("城市", False)],
)
def test_benchmark_labels_are_read_generally(label: str, benchmark: bool) -> None:
    assert is_benchmark_label(label) is benchmark


def test_web_page_footer_chrome_is_skipped() -> None:
    notice = _parse("web_footer.txt")
    assert notice.diagnostics == []
    first, last = notice.measures()
    assert first.text == "推行不动产登记“交房即交证”，推广“扫码亮证”"
    assert (last.span.end_line, last.span.end_column) == (15, 14)
    assert notice.indicators[0].span.end_line == 15


def test_inline_deadlines_with_parts_of_months_quarters_and_holidays() -> None:
    measures = _parse("inline_deadline_words.txt").measures()
    assert [_deadline(measure) for measure in measures] == [
        ("2024年11月中旬前", "day", date(2024, 11, 20)),
        ("2024年春节前", "day", date(2024, 2, 9)),
        ("2024年Q3前", "quarter", date(2024, 9, 30)),
        ("6月下旬前", "day", date(2024, 6, 30)),
    ]


def test_flattened_tables_under_each_indicator_heading() -> None:
    notice = _parse("task_tables_per_indicator.txt")
    assert [(item.name, item.summary, [m.id for m in item.measures])
            for item in notice.indicators] == [
        ("获得信贷", "小微企业贷款余额增长15%以上。", ["1.1", "1.2"]),
        ("保护中小投资者", "", ["2.1"]),
    ]
    last = notice.measures()[-1]
    assert (last.text, _deadline(last), _units(last)) == (
        "建立中小投资者纠纷多元化解机制。", ("2023年9月底", "month", date(2023, 9, 30)),
        [("市法院", "市人民法院", "lead")])
    assert [city.name for city in notice.indicators[1].benchmark_cities] == ["厦门思明"]


def test_bracket_deadlines_of_several_phrases_and_ongoing_clauses_after_a_year() -> None:
    notice = _parse("bracket_deadlines.txt")
    first, second, third = notice.measures()
    # both phrases of the bracket's tail are its deadline (the latest date wins); no unit of
    # the list is a date phrase
    assert _units(first) == [("区行政审批局", "区行政审批局", "lead"),
                             ("区直各有关单位", "区直各有关单位", "support")]
    assert _deadline(first) == ("2023年6月底前完成梳理，12月底前全面上线", "month",
                                date(2023, 12, 31))
    assert first.text == "深化“一件事一次办”改革，新增20个集成套餐。"
    assert _deadline(second) == ("2023年起长期坚持", "ongoing", None)
    assert _deadline(third) == ("长期坚持", "ongoing", None)
    assert [unit.name for unit in third.units] == ["区市场监管局", "区司法局"]


def test_trailing_sections_without_measure_fields_are_principles() -> None:
    notice = _parse("trailing_sections.txt")
    assert [item.name for item in notice.indicators] == ["开办企业", "获得信贷"]
    assert [principle.title for principle in notice.principles] == ["保障措施", "抓好落实"]
    # 获得信贷 names units but no deadlines: still an indicator with its measures
    assert [measure.id for measure in notice.measures()] == ["1.1", "1.2", "2.1", "2.2"]


def test_trailing_indicator_with_lead_and_benchmark_but_no_fields_is_kept() -> None:
    notice = _parse("trailing_plain_indicator.txt")
    assert [item.name for item in notice.indicators] == ["开办企业", "获得电力"]
    assert [measure.id for measure in notice.indicators[1].measures] == ["2.1", "2.2"]
    assert [principle.title for principle in notice.principles] == ["保障措施"]


@pytest.mark.parametrize("marker", ["附件2：", "附件2", "附件 2", "附件二："])
def test_a_later_attachment_without_measures_is_ignored(marker: str, tmp_path: Path) -> None:
    text = (LAYOUTS / "attachments_two.txt").read_text(encoding="utf-8")
    path = tmp_path / "notice.txt"
    path.write_text(text.replace("附件2：\n", marker + "\n"), encoding="utf-8")
    notice = tgbe.parse_file(path)
    assert [item.name for item in notice.indicators] == ["执行合同", "办理破产"]
    assert [measure.id for measure in notice.measures()] == ["1.1", "2.1"]
    assert notice.attachment_title == "某区优化营商环境攻坚行动方案"
    assert notice.principles == []
    ignored = [d for d in notice.diagnostics if d.code == "ignored-attachment"]
    assert len(ignored) == 1 and ignored[0].span.start_line == 20


def test_attachment_list_before_the_signature_keeps_the_issue_date() -> None:
    notice = _parse("attachments_two.txt")
    assert notice.issue_date == date(2023, 5, 10)
    assert notice.doc_number is not None and notice.doc_number.raw == "某政办〔2023〕9号"
    assert notice.title == "某区人民政府办公室关于印发某区优化营商环境攻坚行动方案的通知"


def test_a_group_holding_one_measure_is_a_group_like_its_siblings() -> None:
    notice = _parse("group_single.txt")
    measures = notice.measures()
    assert [(m.id, m.group) for m in measures] == [
        ("1.1", "精简报装流程"), ("1.2", "精简报装流程"), ("1.3", "提升服务质量"),
    ]
    assert measures[2].text == "建立水电气联合报装机制，与获得电力同步受理。"
    assert measures[2].number == 3
    assert not [d for d in notice.diagnostics if d.code == "duplicate-number"]


def test_a_last_indicator_numbered_like_the_measures_is_kept_without_fields(
    tmp_path: Path,
) -> None:
    text = (LAYOUTS / "trailing_plain_indicator.txt").read_text(encoding="utf-8")
    path = tmp_path / "notice.txt"
    path.write_text(text.replace("（县供电公司牵头）", "").replace("对标城市：浙江安吉。\n", ""),
                    encoding="utf-8")
    notice = tgbe.parse_file(path)
    assert [item.name for item in notice.indicators] == ["开办企业", "获得电力"]
    assert len(notice.indicators[1].measures) == 2


@pytest.mark.parametrize(
    ("name", "absent"),
    [("trailing_sections.txt", ("BEN001", "DLN002")), ("group_single.txt", ("NUM002",)),
     ("attachments_two.txt", ("NUM002", "DLN002")),
     ("container_leads.txt", ("NUM001", "NUM002", "NUM003"))],
)
def test_lint_reports_no_findings_from_misread_structure(
    name: str, absent: tuple[str, ...], run_cli: RunCli
) -> None:
    code, out, _ = run_cli("lint", str(LAYOUTS / name))
    assert code in (0, 1)
    assert not [rule for rule in absent if rule in out]
    code, out, err = run_cli("check-deadlines", str(LAYOUTS / name), "--today", "2023-01-01",
                             "-f", "json")
    # the closing sections 三、四 hold no measures; 获得信贷 has none with a deadline
    # (listed as undated, a finding that fails only with --fail-on undated)
    assert code == 0 and not err
    undated = [item["id"] for item in json.loads(out)["undated"]]
    assert not [item for item in undated if item.startswith(("3.", "4."))]
    assert bool(undated) == (name == "trailing_sections.txt")


def test_measures_whose_text_starts_with_a_year() -> None:
    # 1.2024年 / 2、2025年 / 3. 2024 年 / 4．2025年 are measure markers; the wrapped line
    # 1.5倍以上 stays text of measure 1.1 (a decimal at a line start is not a marker)
    notice = _parse("year_measures.txt")
    (indicator,) = notice.indicators
    assert indicator.summary == "企业开办时间压缩至0.5个工作日，“开办企业”指标达到“优异”水平。"
    measures = indicator.measures
    assert [(m.id, m.number) for m in measures] == [("1.1", 1), ("1.2", 2), ("1.3", 3),
                                                    ("1.4", 4)]
    assert [m.text for m in measures] == [
        "2024年6月底前完成企业开办平台上线，企业开办审批效率比上年提高1.5倍以上，实现全程网办。",
        "2025年3月底前实现企业变更登记全程网办。",
        "2024 年底前推广电子营业执照应用。",
        "2025年9月底前电子营业执照覆盖10个以上高频事项。",
    ]
    assert [_deadline(m) for m in measures] == [
        ("2024年6月", "month", date(2024, 6, 30)),
        ("2025年3月", "month", date(2025, 3, 31)),
        ("2024年12月", "month", date(2024, 12, 31)),
        ("2025年9月", "month", date(2025, 9, 30)),
    ]
    assert [[unit.name for unit in m.units] for m in measures] == [
        ["县市场监管局"], ["县行政审批局"], ["县市场监管局", "县税务局"], ["县数据局"]]
    spans = [(m.span.start_line, m.span.start_column, m.span.end_line) for m in measures]
    assert spans == [(6, 1, 9), (10, 1, 12), (13, 1, 15), (16, 1, 18)]
    texts = [(m.text_span.start_line, m.text_span.start_column, m.text_span.end_line,
              m.text_span.end_column) for m in measures]
    assert texts == [(6, 3, 7, 15), (10, 3, 10, 25), (13, 4, 13, 23), (16, 3, 16, 30)]
    assert not notice.diagnostics


def test_year_measures_lint_without_numbering_findings(run_cli: RunCli) -> None:
    code, out, _ = run_cli("lint", str(LAYOUTS / "year_measures.txt"))
    assert code in (0, 1)
    assert "NUM00" not in out and "PAR001" not in out
    code, out, _ = run_cli("check-deadlines", str(LAYOUTS / "year_measures.txt"),
                           "--today", "2024-01-01", "-f", "json")
    assert code == 0
    assert json.loads(out)["measures"] == 4


def test_sub_sections_naming_leads_under_a_container_are_indicators() -> None:
    notice = _parse("container_leads.txt")
    assert [(item.number, item.name) for item in notice.indicators] == [
        (1, "开办企业"), (2, "办理建筑许可"), (1, "获得电力"), (2, "纳税"),
    ]
    assert [[unit.name for unit in item.lead_units] for item in notice.indicators] == [
        ["市市场监管局"], [], ["市供电局"], ["市税务局"],
    ]
    assert [item.lead_marked for item in notice.indicators] == [True, False, True, True]
    assert [city.name for city in notice.indicators[1].benchmark_cities] == ["深圳"]
    # the second container restarts at （一）: its indicators take lettered ids
    assert [[m.id for m in item.measures] for item in notice.indicators] == [
        ["1.1", "1.2"], ["2.1", "2.2"], ["1b.1", "1b.2"], ["2b.1"],
    ]
    assert all(m.group is None for m in notice.measures())
    assert notice.measures()[0].text == "推行企业开办“一件事”集成服务。"
    duplicates = [d for d in notice.diagnostics if d.code == "duplicate-section-number"]
    assert [d.span.start_line for d in duplicates] == [22, 29]
    # the containers' own headings are neither indicators nor principles
    assert [principle.title for principle in notice.principles] == ["保障措施"]


def test_plain_sub_sections_under_a_container_stay_groups() -> None:
    notice = _parse("container_groups.txt")
    assert [item.name for item in notice.indicators] == ["主要任务"]
    assert [(m.id, m.group) for m in notice.measures()] == [
        ("1.1", "优化开办流程"), ("1.2", "优化开办流程"),
        ("1.3", "提升审批效率"), ("1.4", "提升审批效率"),
    ]
    assert [principle.title for principle in notice.principles] == ["保障措施"]


def test_list_by_lead_finds_a_promoted_sub_section(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", str(LAYOUTS / "container_leads.txt"),
                           "--unit", "市供电局", "--lead-only")
    assert code == 0
    assert "1b.1" in out and "1b.2" in out


@pytest.mark.parametrize(
    ("edits", "finding"),
    [  # the containers are a sequence of their own
     ({"二、重点改革": "三、重点改革", "三、保障措施": "四、保障措施"}, "NUM001"),
     ({"（二）纳税": "（一）纳税"}, "NUM002"),  # a repeat inside one container is still one
     ({"三、保障措施": "二、保障措施"}, "NUM002")],  # closing sections number on from them
)
def test_lint_numbers_promoted_sub_sections_within_their_container(
    edits: dict[str, str], finding: str, tmp_path: Path, run_cli: RunCli
) -> None:
    text = (LAYOUTS / "container_leads.txt").read_text(encoding="utf-8")
    for old, new in edits.items():
        text = text.replace(old, new)
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run_cli("lint", str(path))
    assert code == 1
    assert finding in out
    assert out.count("NUM00") == 1
