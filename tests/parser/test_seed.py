"""The bundled seed notice parses to the structure a reader sees in it.

Every expected value below was read off ``seeds/tonggu-2023.txt`` by hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from tgbe.models import DeadlineKind, Notice

# number, name, lead as written, 牵头 written, benchmark city, level wording, level, measures
INDICATORS = [
    (1, "开办企业", "县市场监管局", True, "九江共青城", "达到", "优异", 13),
    (2, "劳动力市场监管", "县人社局", True, "浙江安吉", "达到", "优异", 14),
    (3, "办理建筑许可", "县住建局", True, "湖北孝昌", "达到", "优异", 15),
    (4, "政府采购", "县财政局", True, "湖北竹溪", "力争达到", "优异", 15),
    (5, "招标投标", "县发改委", True, "宜春丰城", "力争达到", "优异", 10),
    (6, "获得电力", "国网铜鼓供电公司", False, "福建柘荣", "达到", "优异", 11),
    (7, "获得用水用气", "县城管局", True, "宜春袁州区", "力争达到", "优异", 13),
    (8, "登记财产", "县自然资源局", True, "宜春万载", "达到", "优异", 9),
    (9, "获得信贷", "县金融办", True, "赣州章贡", "达到", "优秀", 14),
    (10, "知识产权创造、保护和运用", "县市场监管局", True, "宜春樟树", "保持", "优秀", 13),
    (11, "纳税", "县税务局", True, "湖南浏阳", "达到", "优异", 13),
    (12, "执行合同", "县法院", True, "鹰潭贵溪", "达到", "优异", 14),
    (13, "办理破产", "县法院", True, "鹰潭贵溪", "力争达到", "优秀", 17),
    (14, "市场监管", "县市监局", True, "抚州临川", "达到", "优异", 13),
    (15, "政务服务", "县行政服务中心", True, "深圳福田", "达到", "优异", 17),
    (16, "包容普惠创新", "县发改委", True, "江西南昌", None, None, 12),
]
SPOT_CHECKS = [
    ('1.1', 22, '深化应用企业名称、经营范', '达到98%以上。', '2023年9月', '2023-09-30',
     ['县市场监管局', '县行政服务中心']),
    ('1.5', 34, '探索实施“一业一证”改革', '核发综合许可证。', '2023年9月', '2023-09-30',
     ['县行政服务中心', '县市场监管局', '各相关单位']),
    ('1.6', 37, '持续加大电子营业执照推广', '区、跨部门互认。', '2023年9月', '2023-09-30',
     ['县市场监管局', '县行政服务中心', '县发改委', '县人社局', '县交通运输局', '县住建局',
      '县税务局', '县自然资源局', '人行铜鼓县支行']),
    ('1.13', 58, '有效防范市场主体虚假登记', '场主体登记质量。', '2023年9月', '2023-09-30',
     ['县市场监管局']),
    ('2.1', 64, '探索企业员工录用“一件事', '贴“直补快办”。', '2023年9月', '2023-09-30',
     ['县人社局']),
    ('2.14', 103, '依托“赣政通”和“人才江', '补“一网兑付”。', '2023年9月', '2023-09-30',
     ['县委组织部', '县人社局']),
    ('3.15', 151, '提升窗口服务水平，综合窗', '结合的咨询辅导。', '2023年6月', '2023-06-30',
     ['县住建局', '县行政服务中心']),
    ('4.12', 190, '协助上级运用大数据分析打', '围标、串标行为。', '2023年9月', '2023-09-30',
     ['县财政局']),
    ('4.15', 199, '畅通在线异议投诉渠道，推', '议处理全程网办。', '2023年9月', '2023-09-30',
     ['县财政局']),
    ('5.10', 232, '在住建、交通、水利等重点', '拟招标项目信息。', '2023年6月', '2023-06-30',
     ['县发改委', '县住建局', '县交通运输局', '县水利局']),
    ('6.1', 238, '推动供电企业信息系统与政', '证照获取成功率。', '2023年9月', '2023-09-30',
     ['国网铜鼓供电公司', '县行政服务中心', '县公安局', '县自然资源局', '县市场监管局']),
    ('7.8', 295, '对供电、供水、供气市政接', '实行承诺备案制。', '2023年9月', '2023-09-30',
     ['县城管局']),
    ('8.9', 340, '开展“带押过户”不动产登', '至一个业务时限。', '2023年6月', '2023-06-30',
     ['县自然资源局', '县税务局', '县住建局', '县银保监组']),
    ('9.6', 361, '持续推动“银税互动”，扩', '企业融资难问题。', '2023年6月', '2023-06-30',
     ['县税务局', '县银保监组']),
    ('9.14', 385, '加强“赣金普惠”平台数据', '便利度和覆盖面。', '2023年9月', '2023-09-30',
     ['县金融办', '人行铜鼓县支行']),
    ('10.11', 421, '加强知识产权领域信用体系', '用分级分类监管。', '2023年9月', '2023-09-30',
     ['县市场监管局']),
    ('11.6', 448, '优化企业缴费工资申报流程', '上“一网通办”。', '2023年9月', '2023-09-30',
     ['县税务局']),
    ('12.14', 514, '组织开展“猎狐-2023', '击拒执犯罪行为。', '2023年9月', '2023-09-30',
     ['县法院']),
    ('13.7', 538, '提升破产案件受理积极性。', '业“应立尽立”。', '2023年9月', '2023-09-30',
     ['县法院']),
    ('13.17', 568, '加大破产审判工作宣传力度', '大典型破产案件。', '2023年9月', '2023-09-30',
     ['县法院']),
    ('14.1', 574, '深化应用企业名称、经营范', '达到98%以上。', '2023年9月', '2023-09-30',
     ['县市场监管局', '县行政服务中心']),
    ('14.13', 610, '有效防范市场主体虚假登记', '场主体登记质量。', '2023年9月', '2023-09-30',
     ['县市场监管局']),
    ('15.17', 664, '构建“网上申请、自动审批', '项达30项以上。', '2023年12月', '2023-12-31',
     ['县行政服务中心', '县直各部门']),
    ('16.11', 700, '优化科技企业孵化器及众创', '至国家主管部门。', '2023年9月', '2023-09-30',
     ['县工信局']),
    ('16.12', 703, '严格执行市场准入负面清单', '法平等进入市场。', '2023年9月', '2023-09-30',
     ['县发改委']),
]


def test_header(seed_notice: Notice) -> None:
    assert seed_notice.issuer == "铜鼓县营商环境建设工作领导小组"
    assert seed_notice.doc_number is not None
    assert (seed_notice.doc_number.prefix, seed_notice.doc_number.year,
            seed_notice.doc_number.serial) == ("铜营商发", 2023, 1)
    assert seed_notice.title == (
        "铜鼓县营商环境建设工作领导小组关于印发铜鼓县营商环境指标主要提升举措（2023版）的通知"
    )
    assert seed_notice.recipients == ["县直各有关单位"]
    assert seed_notice.attachment_title == "铜鼓县营商环境指标主要提升举措（2023版）"
    assert [p.title for p in seed_notice.principles] == [
        "强化闭环管理", "加强学习借鉴", "及时破解难题", "创新监测督导",
    ]
    policy = seed_notice.completion_policy
    assert policy is not None and policy.due == date(2023, 9, 30)


def test_sixteen_indicators_and_213_measures(seed_notice: Notice) -> None:
    assert len(seed_notice.indicators) == 16
    assert len(seed_notice.measures()) == 213
    assert seed_notice.diagnostics == []


@pytest.mark.parametrize("expected", INDICATORS, ids=lambda row: str(row[0]))
def test_indicator(seed_notice: Notice, expected: tuple[object, ...]) -> None:
    number, name, lead, marked, city, wording, level, count = expected
    indicator = seed_notice.indicators[int(str(number)) - 1]
    assert indicator.number == number
    assert indicator.name == name
    assert [unit.name for unit in indicator.lead_units] == [lead]
    assert indicator.lead_marked is marked
    assert [c.name for c in indicator.benchmark_cities] == [city]
    assert (indicator.level_wording, indicator.level) == (wording, level)
    assert len(indicator.measures) == count
    assert [m.number for m in indicator.measures] == list(range(1, len(indicator.measures) + 1))


@pytest.mark.parametrize("expected", SPOT_CHECKS, ids=lambda row: str(row[0]))
def test_measure(seed_notice: Notice, expected: tuple[object, ...]) -> None:
    measure_id, line, head, tail, raw, due, units = expected
    measure = next(m for m in seed_notice.measures() if m.id == measure_id)
    assert measure.span.start_line == line
    assert measure.text.startswith(str(head)) and measure.text.endswith(str(tail))
    assert measure.deadline is not None
    assert (measure.deadline.raw, str(measure.deadline.due)) == (raw, due)
    assert measure.deadline.kind is DeadlineKind.MONTH
    assert [unit.name for unit in measure.units] == units


def test_collective_and_canonical_units(seed_notice: Notice) -> None:
    units = {unit.name: unit for measure in seed_notice.measures() for unit in measure.units}
    assert units["各相关单位"].collective and units["县直各部门"].collective
    assert not units["县法院"].collective
    lead_14 = seed_notice.indicators[13].lead_units[0]
    assert lead_14.canonical == units["县市场监管局"].canonical


def test_spans_point_at_the_measure_text(seed_notice: Notice) -> None:
    measure = next(m for m in seed_notice.measures() if m.id == "4.15")
    assert (measure.text_span.start_line, measure.text_span.start_column) == (199, 5)
    assert measure.span.end_line == 201
    field_deadline = next(m for m in seed_notice.measures() if m.id == "10.11").deadline
    assert field_deadline is not None and field_deadline.span is not None
    assert (field_deadline.span.start_line, field_deadline.span.start_column) == (422, 10)
