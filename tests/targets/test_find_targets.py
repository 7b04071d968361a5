"""Targets read from small texts: each comparator, each kind of unit, lists and metrics."""

from __future__ import annotations

import pytest

from tgbe.parse.targets import find_targets
from tgbe.vocab import Comparator

GE, LE, EQ = Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.EQUAL
UP, DOWN = Comparator.INCREASE, Comparator.DECREASE


def one(text: str) -> tuple[str, Comparator, float, str, str]:
    """The only target of ``text`` as (metric, comparator, value, unit, raw)."""
    found = find_targets(text)
    assert len(found) == 1, found
    target = found[0]
    assert text[target.start : target.end] == target.raw
    return target.metric, target.comparator, target.value, target.unit, target.raw


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("网上办件率达到90%。", ("网上办件率", GE, 90, "%", "达到90%")),
        ("企业开办“一日办结率”98%以上。", ("一日办结率", GE, 98, "%", "98%以上")),
        ("新增市场主体不少于500户。", ("新增市场主体", GE, 500, "户", "不少于500户")),
        ("研发强度超1.9%。", ("研发强度", GE, 1.9, "%", "超1.9%")),
        ("审批用时控制在18个工作日。", ("审批用时", LE, 18, "个工作日", "控制在18个工作日")),
        ("审批时间压缩至3个工作日以内。", ("审批时间", LE, 3, "个工作日", "压缩至3个工作日以内")),
        ("平均审理时限20天以内。", ("平均审理时限", LE, 20, "天", "20天以内")),
        ("道路宽度不超过20米。", ("道路宽度", LE, 20, "米", "不超过20米")),
        ("综合费率控制在1%以下。", ("综合费率", LE, 1, "%", "控制在1%以下")),
        ("压缩开办时间至1个工作日。", ("开办时间", LE, 1, "个工作日", "至1个工作日")),
        ("提升网办覆盖率至90%。", ("网办覆盖率", GE, 90, "%", "至90%")),
        ("参保率增长3%。", ("参保率", UP, 3, "%", "增长3%")),
        ("营业收入提升5个百分点。", ("营业收入", UP, 5, "个百分点", "提升5个百分点")),
        ("平均停电时间压缩8%以上。", ("平均停电时间", DOWN, 8, "%", "压缩8%以上")),
        ("压缩合同签订平均用时50%以上。", ("合同签订平均用时", DOWN, 50, "%", "50%以上")),
        ("实现城镇新增就业1500人。", ("城镇新增就业", EQ, 1500, "人", "1500人")),
        ("新增贷款10亿元。", ("新增贷款", EQ, 10, "亿元", "10亿元")),
        ("登记金额达3500万元以上。", ("登记金额", GE, 3500, "万元", "达3500万元以上")),
        ("新增上市后备库公司3家。", ("新增上市后备库公司", EQ, 3, "家", "3家")),
        ("有效发明专利拥有量达40件以上。", ("有效发明专利拥有量", GE, 40, "件", "达40件以上")),
        ("推出不少于40项高频事项。", ("高频事项", GE, 40, "项", "不少于40项")),
        ("将10个高频事项纳入改革范围。", ("高频事项", EQ, 10, "个", "10个")),
        ("线上办电率稳定在95%左右。", ("线上办电率", EQ, 95, "%", "稳定在95%左右")),
        ("每千人口托位数达到3.6。", ("每千人口托位数", GE, 3.6, "", "达到3.6")),
        ("办理时限压缩至一个工作日。", ("办理时限", LE, 1, "个工作日", "压缩至一个工作日")),
        ("办理时限压缩至三个工作日。", ("办理时限", LE, 3, "个工作日", "压缩至三个工作日")),
        ("力争2023年底结案率100%。", ("结案率", EQ, 100, "%", "100%")),
        ("年度新增58个5G基站。", ("新增5G基站", EQ, 58, "个", "58个")),
        ("提供电子发票24小时服务。", ("提供电子发票", EQ, 24, "小时", "24小时")),
    ],
)
def test_each_comparator_and_unit(
    text: str, expected: tuple[str, Comparator, float, str, str]
) -> None:
    assert one(text) == expected


def test_a_list_shares_its_last_unit_and_its_comparator_words() -> None:
    found = find_targets("低压、高压接入审批时间分别压减到5个、12个工作日以内。")
    assert [(t.metric, t.comparator, t.value, t.unit, t.raw) for t in found] == [
        ("低压、高压接入审批时间", LE, 5, "个工作日", "压减到5个"),
        ("低压、高压接入审批时间", LE, 12, "个工作日", "12个工作日以内"),
    ]


def test_a_clause_holds_several_targets_each_with_its_own_metric() -> None:
    found = find_targets("培育专精特新企业5家以上、“小巨人”企业1家，引进人才1人以上。")
    assert [(t.metric, t.comparator, t.value, t.unit) for t in found] == [
        ("专精特新企业", GE, 5, "家"),
        ("“小巨人”企业", EQ, 1, "家"),
        ("人才", GE, 1, "人"),
    ]


def test_a_bound_word_earlier_in_the_clause_sets_the_comparator() -> None:
    found = find_targets("办理时长压减至单电源16个工作日、双电源26个工作日以内。")
    assert [(t.comparator, t.value) for t in found] == [(LE, 16), (LE, 26)]


@pytest.mark.parametrize(
    "text",
    [
        "2023年底前完成。",  # a year
        "6月底前上线，12月31日前完成。",  # dates
        "建设第3幼儿园。",  # an ordinal
        "根据某政发〔2023〕12号文件。",  # a document number
        "打造“15分钟政务服务圈”。",  # a name in quotes
        "推进一件事一次办改革。",  # set phrases
        "落实“4+N”区域评估，明确3+2的产业定位。",  # labels
        "打造1-2个返乡创业园。",  # a range
        "10千伏线路改造。",  # a specification
        "拨打12345热线，建设5G网络。",  # numbers without a unit
        "进一步统一标准，三大平台上线。",  # numerals inside words, no unit
        "测绘事项委托一家机构。",  # 一 as an article
    ],
)
def test_figures_that_are_not_targets(text: str) -> None:
    assert find_targets(text) == []
