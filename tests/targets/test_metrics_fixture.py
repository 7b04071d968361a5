"""Metrics of lists (分别), of numbered sub-points, of wrapped lines; counted-noun units."""

from __future__ import annotations

from pathlib import Path

import tgbe
from tgbe.models import Target
from tgbe.parse.targets import find_targets
from tgbe.vocab import Comparator

GE, LE = Comparator.AT_LEAST, Comparator.AT_MOST
FIXTURE = Path(__file__).parent.parent / "fixtures" / "targets" / "metrics.txt"


def rows(targets: list[Target]) -> list[tuple[str, Comparator, float, str, str]]:
    return [(t.metric, t.comparator, t.value, t.unit, t.raw) for t in targets]


def test_a_counted_noun_is_part_of_the_unit_and_respectively_distributes_metrics() -> None:
    indicator = tgbe.parse_text(FIXTURE.read_text(encoding="utf-8")).indicators[0]
    assert rows(indicator.targets) == [
        ("不动产登记办理环节", LE, 2, "个环节", "不超过2个环节"),
        ("企业间转移登记办理时间", LE, 5, "个工作日", "压减到5个"),
        ("存量房转移登记办理时间", LE, 12, "个工作日", "12个工作日"),
    ]


def test_sub_point_numbers_and_lead_verbs_are_not_part_of_a_metric() -> None:
    measure = tgbe.parse_text(FIXTURE.read_text(encoding="utf-8")).indicators[0].measures[0]
    assert rows(measure.targets) == [
        ("正常出口退税平均办理时间", LE, 3, "个工作日", "压缩至3个工作日以内"),
        ("政府性融资担保费率", LE, 1, "%", "降至1%以下"),
    ]


def test_a_figure_opening_a_wrapped_line_and_a_metric_ending_in_a_preposition() -> None:
    measure = tgbe.parse_text(FIXTURE.read_text(encoding="utf-8")).indicators[0].measures[1]
    assert [(t.metric, t.value, t.unit, t.span.start_line) for t in measure.targets] == [
        ("证照免提交", 2.5, "万份", 13),
        ("电子证照在高频场景应用", 12, "个", 14),
    ]


def test_item_numbers_of_each_form_are_stripped() -> None:
    found = find_targets("（1）全年新增就业1500人。2、把网办率提高到90%。(3)办结率达到98%。")
    assert [t.metric for t in found] == ["新增就业", "网办率", "办结率"]


def test_a_list_without_a_shared_ending_keeps_one_metric() -> None:
    found = find_targets("低压、10千伏接入审批时间分别压减到5个、12个工作日以内。")
    assert [t.metric for t in found] == ["低压、10千伏接入审批时间"] * 2


def test_a_comparison_base_is_not_part_of_the_metric() -> None:
    notice = tgbe.parse_file(FIXTURE.with_name("comparison-base.txt"))
    summary = [(t.metric, t.value) for t in notice.indicators[0].targets]
    assert summary == [("网上办税率", 5.0), ("电子发票占比", 90.0)]
    assert [t.metric for t in notice.measures()[0].targets] == ["网上申报率"]
