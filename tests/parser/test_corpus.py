"""The real notices of the corpus parse to what a person reads in them (written by hand).

Each expected measure is (id, start of text, end of text, deadline, units): the deadline as
(raw, kind, due) and the units as (name as written, alias key, role).  Texts are checked by
their first and last characters; the unit brackets and convention notes must be gone.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from tests.parser.corpus import corpus_text, parse_corpus
from tgbe.models import Notice


class Expected(NamedTuple):
    """One measure as a reader sees it."""

    id: str
    starts: str
    ends: str
    deadline: tuple[str, str, date | None] | None
    units: list[tuple[str, str, str]]


ONGOING = ("持续推进", "ongoing", None)

XIAMEN_2019 = [
    Expected("1.1", "推进完善PPP健康运行长效机制", "确保PPP项目协议落实到位。", ONGOING,
             [("市发改委", "市发展和改革委员会", "lead"), ("市财政局", "市财政局", "support")]),
    Expected("1.2", "严格落实全省统一的招投标政策", "原则上不再强制要求进行工程监理。", ONGOING,
             [("市建设局", "市建设局", "lead")]),
    Expected("1.3", "畅通货币信贷政策传导机制", "加强政策效果监测与评估,提高政策精准", None, []),
]
GANGCHENG_2021 = [
    Expected("1.1", "及时承接落实国务院和省、市政府", "保障各承接事项有效落实。", None,
             [("区政府办公室", "区政府办公室", "lead"),
              ("区政府有关部门", "区政府有关部门", "support"),
              ("各街道(功能区)", "各街道(功能区)", "support")]),
    Expected("1.2", "严格落实行政许可设定审查制度", "实施行政许可案卷评查。", None,
             [("区政府办公室", "区政府办公室", "lead"), ("区司法局", "区司法局", "lead"),
              ("区行政审批服务局", "区行政审批局", "lead"),
              ("区政府有关部门", "区政府有关部门", "support")]),
    Expected("1.3", "规范行政备案事项管理", "编制并公布区级层面设定的行政备案事项清单。", None,
             # 区司法局等有关部门: the named unit and the collective phrase after 等
             [("区政府办公室", "区政府办公室", "lead"), ("区司法局", "区司法局", "support"),
              ("有关部门", "有关部门", "support")]),
    Expected("1.4", "深入研究论证区级行政权力事项", "分类实施取消或转变管理方式。", None,
             [("区司法局", "区司法局", "lead"), ("区政府有关部门", "区政府有关部门", "support")]),
    # cut inside its bracket: the two complete lead units are read, the cut "区政" is not
    Expected("1.5", "深化投资审批制度改革", "不断优化“一张表单、一套材料”申报模式。", None,
             [("区行政审批服务局", "区行政审批局", "lead"),
              ("区发展改革局", "区发展和改革局", "lead")]),
]
TAIZHOU_2019 = [
    # 住建局 and 司法局 follow 市行政审批局: the 市 is understood
    Expected("1.1", "持续加大简政放权力度。", "审核、备案、确认、告知等各种繁琐手续。", None,
             [("市行政审批局", "市行政审批局", "responsible"),
              ("住建局", "市住房和城乡建设局", "responsible"),
              ("司法局", "市司法局", "responsible"),
              ("各市(区)人民政府", "各市(区)人民政府", "responsible"),
              ("医药高新区管委会", "医药高新区管委会", "responsible")]),
    # 缩短至100个工作日内 is a target, not a deadline
    Expected("1.2", "优化工程项目许可办理。", "推动消防设计审核、人防设计审查、工程施", None, []),
]
XIANYANG_2022 = [  # a traditional-script notice: names as written, keys simplified
    Expected("1.1", "全面實施行政許可事項清單管理。", "工程建設項目審批事項清單的銜接。",
             ("2022年10月底前", "month", date(2022, 10, 31)),
             [("市政府辦公室", "市政府办公室", "lead"),
              ("市行政審批制度改革工作領導小組辦公室", "市行政审批制度改革工作领导小组办公室",
               "lead"),
              ("市級各有關部門", "市级各有关部门", "support"),
              ("各縣市區政府", "各县市区政府", "support")]),
    Expected("1.2", "持續深化相對集中行政許可權改革。", "要同步落實監管責任和措施。", None,
             [("市政府辦公室", "市政府办公室", "responsible")]),
]
XIANGYIN_2019 = [
    Expected("2.2", "推进“一件事”一窗办。", "事项联合办理、限定时限办结”。", None,
             [("县政务服务中心", "县政务服务中心", "lead"),
              ("各相关单位", "各相关单位", "support")]),
    # 2019年实现90%事项网上办 is a target for the year, not a deadline phrase
    Expected("2.3", "推进政务服务事项网上办。", "2019年实现90%事项网上办。", None,
             [("县政务服务中心", "县政务服务中心", "lead"),
              ("各相关单位", "各相关单位", "support")]),
    Expected("2.4", "推行全程无偿代办制。", "对应实施“绿色通道”服务,保证企", None, []),
]
XIAMEN_2023 = [
    Expected("1.1", "严格落实“全国一张清单管理要求", "推动破除市场准入隐性壁垒”。", None,
             [("市发改委", "市发展和改革委员会", "lead")]),
    Expected("1.2", "对具有稳定收益、可获得较好预期", "鼓励支持民间资本参与。", None,
             [("市发改委", "市发展和改革委员会", "lead"),
              ("各行业主管部门", "各行业主管部门", "lead")]),
    Expected("1.3", "深入实施住所、经营场所", "优化全程网办功能。", None,
             [("市市场监管局", "市市场监督管理局", "lead")]),
    Expected("1.4", "持续优化简易注销和一般注销办理程序", "提升市场主体注销便利化水平。", None,
             [("市市场监管局", "市市场监督管理局", "lead")]),
    Expected("1.5", "健全企业歇业备案制度", "实现歇业备案数据共享共用。", None,
             [("市市场监管局", "市市场监督管理局", "lead")]),
    Expected("2.6", "严格执行国家关于垄断行为", "交易款等行为,组织开展制止滥", None, []),
]

CASES = {
    "01_xiamen_2019_measures.txt": XIAMEN_2019,
    "02_gangcheng_2021_division.txt": GANGCHENG_2021,
    "06_taizhou_2019_action_plan.txt": TAIZHOU_2019,
    "08_xianyang_2022_workpoints_trad.txt": XIANYANG_2022,
    "10_xiangyin_2019_regulations.txt": XIANGYIN_2019,
    "11_xiamen_2023_task_table.txt": XIAMEN_2023,
}


def _measures_as_read(notice: Notice) -> list[Expected]:
    return [
        Expected(
            measure.id, "", "",
            (measure.deadline.raw, measure.deadline.kind.value, measure.deadline.due)
            if measure.deadline else None,
            [(unit.name, unit.key, unit.role.value) for unit in measure.units],
        )
        for measure in notice.measures()
    ]


@pytest.mark.parametrize("name", sorted(CASES))
def test_measures_units_and_deadlines_are_those_a_reader_sees(name: str) -> None:
    notice = parse_corpus(name)
    expected = CASES[name]
    assert _measures_as_read(notice) == [case._replace(starts="", ends="") for case in expected]
    for measure, case in zip(notice.measures(), expected, strict=True):
        assert measure.text.startswith(case.starts), measure.id
        assert measure.text.endswith(case.ends), measure.id


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_cut_last_measure_is_reported_not_a_crash(name: str) -> None:
    notice = parse_corpus(name)
    last = notice.measures()[-1]
    truncated = [item for item in notice.diagnostics if item.code == "truncated-measure"]
    assert [item.span.start_line for item in truncated] == [last.span.start_line]


@pytest.mark.parametrize("name", sorted(CASES))
def test_spans_point_at_the_measure_text_in_the_file(name: str) -> None:
    lines = corpus_text(name).split("\n")
    for measure in parse_corpus(name).measures():
        span = measure.text_span
        written = lines[span.start_line - 1][span.start_column - 1 :]
        assert written[:4] == measure.text[:4], measure.id
        if span.end_line == span.start_line:  # the span ends where the text does
            end = span.end_column - span.start_column
            assert written[:end] == measure.text, measure.id
        if measure.deadline is not None and measure.deadline.span is not None:
            where = measure.deadline.span
            line = lines[where.start_line - 1]
            assert line[where.start_column - 1 : where.end_column - 1] == measure.deadline.raw


def test_headers_are_read_past_page_chrome() -> None:
    xiangyin = parse_corpus("10_xiangyin_2019_regulations.txt")
    assert xiangyin.title == "关于印发《湘阴县进一步优化营商环境的若干规定》的通知"
    assert xiangyin.doc_number is not None and xiangyin.doc_number.raw == "湘阴发〔2019〕4号"
    assert xiangyin.issue_date == date(2019, 2, 18)
    assert xiangyin.issuer == "中共湘阴县委、湘阴县人民政府"
    table = parse_corpus("11_xiamen_2023_task_table.txt")
    assert table.issuer == "厦门市优化营商环境工作推进小组办公室"
    assert table.doc_number is not None and table.doc_number.raw == "厦营商办〔2023〕7号"
    assert table.issue_date == date(2023, 6, 20)
    assert table.recipients == ["各区人民政府", "市直各委、办、局", "各开发区管委会", "各有关单位"]


def test_general_provisions_chapter_is_not_an_indicator() -> None:
    notice = parse_corpus("10_xiangyin_2019_regulations.txt")
    # the heading 总  则 is read without its inner spaces, and the text is 第一条's (the
    # expectation used to be the heading as title and text, losing the article)
    assert [principle.title for principle in notice.principles] == ["总则"]
    assert notice.principles[0].text.startswith("为全面提升行政效能")
    assert notice.principles[0].text.endswith("特制定本规定。")
    assert [(item.number, item.name) for item in notice.indicators] == [
        (2, "推进“最多跑一次”改革高效落地")
    ]


def test_table_groups_become_indicators() -> None:
    notice = parse_corpus("11_xiamen_2023_task_table.txt")
    assert [(item.number, item.name) for item in notice.indicators] == [
        (1, "便利市场准入退出"), (2, "促进市场公平竞争"),
    ]


def test_subsection_headings_group_the_measures_under_them() -> None:
    notice = parse_corpus("02_gangcheng_2021_division.txt")
    assert {measure.group for measure in notice.measures()} == {"规范精简审批,进一步提高行政效能。"}
    assert notice.issuer == "济南市钢城区人民政府办公室"
    assert notice.issue_date == date(2021, 4, 10)


def test_traditional_text_is_read_as_written_with_the_same_columns() -> None:
    text = corpus_text("08_xianyang_2022_workpoints_trad.txt")
    notice = parse_corpus("08_xianyang_2022_workpoints_trad.txt")
    assert notice.indicators[0].name == "堅持系統集成,推動審批全鏈條最佳化"
    assert notice.measures()[0].units[0].key == "市政府办公室"  # matching stays simplified
    span = notice.measures()[0].text_span
    assert text.split("\n")[span.start_line - 1][span.start_column - 1 :].startswith("全面實施")
