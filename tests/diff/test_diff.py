"""``tgbe.compare.diff``: two editions aligned by content; each change of the edited seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli
from tgbe.compare.align import align
from tgbe.compare.diff import ChangeKind, char_diff, diff_notices
from tgbe.models import Notice

EDITED = FIXTURES / "diff" / "tonggu-2023-edited.txt"

# (kind, indicator, old id, new id, old, new) of every change, in report order.
EXPECTED = [
    (ChangeKind.MEASURE_ADDED, 7, None, "7.14", None,
     "推行供水供气报装“零跑腿”，实现线上报装全覆盖。"),
    (ChangeKind.MEASURE_REMOVED, 5, "5.8", None,
     "持续清理招投标领域设置非必要条件排斥潜在竞争者行为。清理取消企业在招投标方面存在的差别化"
     "待遇；清理通过划分企业等级、增设证明事项、设立项目库、注册、认证、认定等非必要条件排除和"
     "限制竞争的行为。", None),
    (ChangeKind.MEASURE_REWORDED, 2, "2.3", "2.3",
     "大力推广全国“互联网+调解”服务平台和江西省“智慧仲裁”信息系统，推动人社争议仲裁院线上开庭"
     "“云”办案。",
     "大力推广全国“互联网+调解”服务平台和江西省“智慧仲裁”信息系统，推动劳动人事争议仲裁院线上"
     "开庭“云”办案，提升办案效率。"),
    (ChangeKind.MEASURE_MOVED, 10, "9.14", "10.14", "9 获得信贷", "10 知识产权创造、保护和运用"),
    (ChangeKind.MEASURE_RENUMBERED, 5, "5.9", "5.8", None, None),
    (ChangeKind.MEASURE_RENUMBERED, 5, "5.10", "5.9", None, None),
    (ChangeKind.DEADLINE_CHANGED, 4, "4.2", "4.2", "2023年6月", "2023年8月"),
    (ChangeKind.UNIT_RENAMED, None, None, None, "县银保监组", "县金融监管支局"),
    (ChangeKind.BENCHMARK_CHANGED, 9, None, None, "赣州章贡", "赣州南康"),
    (ChangeKind.SUMMARY_REWORDED, 10, None, None, None, None),
    (ChangeKind.TARGET_CHANGED, 10, None, None, "全县有效发明专利拥有量 达40件以上",
     "全县有效发明专利拥有量 达45件以上"),
]


@pytest.fixture(scope="module")
def edited() -> Notice:
    """The edited copy of the seed, parsed."""
    return tgbe.parse_file(EDITED)


def test_every_recorded_edit_is_reported_exactly(seed_notice: Notice, edited: Notice) -> None:
    result = diff_notices(seed_notice, edited)
    assert not result.equal
    got = [
        (c.kind, c.indicator, c.old_id, c.new_id,
         None if c.kind is ChangeKind.SUMMARY_REWORDED else c.old,
         None if c.kind is ChangeKind.SUMMARY_REWORDED else c.new)
        for c in result.changes
    ]
    assert got == EXPECTED
    assert result.counts == {
        "measure-added": 1, "measure-removed": 1, "measure-reworded": 1, "measure-moved": 1,
        "measure-renumbered": 2, "deadline-changed": 1, "unit-renamed": 1,
        "benchmark-changed": 1, "summary-reworded": 1, "target-changed": 1,
    }


def test_details_of_the_changes(seed_notice: Notice, edited: Notice) -> None:
    changes = {c.kind: c for c in diff_notices(seed_notice, edited).changes}
    reworded = changes[ChangeKind.MEASURE_REWORDED]
    assert reworded.diff is not None and reworded.similarity == 90.3
    assert reworded.diff.endswith(
        "推动{+劳动+}人[-社-]{+事+}争议仲裁院线上开庭“云”办案{+，提升办案效率+}。"
    )
    renamed = changes[ChangeKind.UNIT_RENAMED]
    assert renamed.measure_ids == ["8.1", "8.2", "8.9", "9.1", "9.2", "9.3", "9.4", "9.5",
                                   "9.6", "9.7", "9.8", "9.9", "10.2"]
    summary = changes[ChangeKind.SUMMARY_REWORDED]
    assert summary.diff is not None and "达4[-0-]{+5+}件以上" in summary.diff
    target = changes[ChangeKind.TARGET_CHANGED]
    assert target.new_span is not None and target.new_span.start_line == 386
    deadline = changes[ChangeKind.DEADLINE_CHANGED]
    assert deadline.old_span is not None and deadline.old_span.start_line == 161


def test_an_edition_equals_itself(seed_notice: Notice) -> None:
    result = diff_notices(seed_notice, seed_notice)
    assert result.equal and result.changes == [] and result.counts == {}


def test_a_threshold_of_100_treats_a_reworded_measure_as_removed_and_added(
    seed_notice: Notice, edited: Notice
) -> None:
    result = diff_notices(seed_notice, edited, threshold=100)
    assert "measure-reworded" not in result.counts
    assert result.counts["measure-removed"] == 2 and result.counts["measure-added"] == 2


def test_a_unit_replaced_wherever_it_stood_is_renamed_but_a_moved_unit_is_not() -> None:
    base = "一、开办企业指标\n1.推行电子营业执照。\n完成时限：2023年9月\n责任单位：{units}\n"
    second = "2.压缩开办时间。\n完成时限：2023年9月\n责任单位：县税务局\n"
    old = tgbe.parse_text(base.format(units="县税务局、县公安局") + second)
    new = tgbe.parse_text(base.format(units="县税务局、县财政局") + second)
    assert [(c.kind, c.old_id, c.old, c.new) for c in diff_notices(old, new).changes] == [
        (ChangeKind.UNIT_RENAMED, None, "县公安局", "县财政局"),
    ]
    newer = tgbe.parse_text(base.format(units="县税务局") + second.replace("县税务局", "县公安局"))
    assert [(c.kind, c.old_id, c.old, c.new) for c in diff_notices(old, newer).changes] == [
        (ChangeKind.UNIT_ADDED, "1.2", None, "县公安局"),
        (ChangeKind.UNIT_REMOVED, "1.1", "县公安局", None),
        (ChangeKind.UNIT_REMOVED, "1.2", "县税务局", None),
    ]


def test_char_diff_marks_removed_and_added_characters() -> None:
    assert char_diff("压缩至5个工作日", "压缩至3个工作日以内") == "压缩至[-5-]{+3+}个工作日{+以内+}"
    assert char_diff("相同", "相同") == "相同"


def test_alignment_takes_identical_texts_first_then_the_most_similar() -> None:
    old, new = ["甲乙丙丁戊", "子丑寅卯", "天地玄黄"], ["子丑寅卯", "甲乙丙丁己", "宇宙洪荒"]
    result = align(old, new, 60)
    assert [(p.old, p.new, p.score) for p in result.pairs] == [(0, 1, 80.0), (1, 0, 100.0)]
    assert result.removed == [2] and result.added == [2]


def test_a_unit_still_named_elsewhere_in_the_new_edition_is_not_renamed() -> None:
    text = ("一、开办企业指标\n1.推行电子营业执照。\n完成时限：2023年9月\n责任单位：{first}\n"
            "{more}")
    old = tgbe.parse_text(text.format(first="县公安局", more=""))
    added = "2.新增一项完全不同的便民服务举措。\n完成时限：2023年9月\n责任单位：县公安局\n"
    new = tgbe.parse_text(text.format(first="县财政局", more=added))
    assert [(c.kind, c.old_id, c.new_id) for c in diff_notices(old, new).changes] == [
        (ChangeKind.MEASURE_ADDED, None, "1.2"),
        (ChangeKind.UNIT_ADDED, "1.1", "1.1"),
        (ChangeKind.UNIT_REMOVED, "1.1", "1.1"),
    ]


OLD_EDITION = """一、开办企业指标（县市场监管局牵头）
企业开办一日办结率达到98%以上，新增市场主体500户。
1.推行企业开办全程网上办理，压缩开办时间至1个工作日。
完成时限：2023年9月
责任单位：县市场监管局
二、纳税指标（县税务局牵头）
办税时间压缩至80小时以内。
1.推广电子发票应用，扩大电子发票开具范围。
完成时限：2023年12月
责任单位：县税务局
"""
NEW_EDITION = """一、开办企业和注销指标（县行政服务中心牵头）
企业开办一日办结率达到99%以上，新增市场主体500户，注销一日办结率达到90%。
1.推行企业开办全程网上办理，压缩开办时间至0.5个工作日。
完成时限：2023年9月
责任单位：县市场监管局
二、获得电力指标（县供电公司牵头）
1.推行低压用户“零上门、零审批、零投资”服务。
完成时限：2023年6月
责任单位：县供电公司
"""


def test_indicator_level_changes_and_measure_targets() -> None:
    old, new = tgbe.parse_text(OLD_EDITION), tgbe.parse_text(NEW_EDITION)
    got = [(c.kind, c.indicator, c.old_id, c.new_id, c.old, c.new)
           for c in diff_notices(old, new).changes]
    assert got == [
        (ChangeKind.INDICATOR_ADDED, 2, None, None, None, "2 获得电力"),
        (ChangeKind.INDICATOR_REMOVED, 2, None, None, "2 纳税", None),
        (ChangeKind.INDICATOR_RENAMED, 1, None, None, "开办企业", "开办企业和注销"),
        (ChangeKind.MEASURE_ADDED, 2, None, "2.1", None,
         "推行低压用户“零上门、零审批、零投资”服务。"),
        (ChangeKind.MEASURE_REMOVED, 2, "2.1", None,
         "推广电子发票应用，扩大电子发票开具范围。", None),
        (ChangeKind.MEASURE_REWORDED, 1, "1.1", "1.1",
         "推行企业开办全程网上办理，压缩开办时间至1个工作日。",
         "推行企业开办全程网上办理，压缩开办时间至0.5个工作日。"),
        (ChangeKind.LEAD_CHANGED, 1, None, None, "县市场监管局", "县行政服务中心"),
        (ChangeKind.SUMMARY_REWORDED, 1, None, None,
         "企业开办一日办结率达到98%以上，新增市场主体500户。",
         "企业开办一日办结率达到99%以上，新增市场主体500户，注销一日办结率达到90%。"),
        (ChangeKind.TARGET_CHANGED, 1, None, None, "企业开办一日办结率 达到98%以上",
         "企业开办一日办结率 达到99%以上"),
        (ChangeKind.TARGET_CHANGED, 1, "1.1", "1.1", "开办时间 至1个工作日",
         "开办时间 至0.5个工作日"),
        (ChangeKind.TARGET_ADDED, 1, None, None, None, "注销一日办结率 达到90%"),
    ]


def test_header_changes_name_the_field_and_where_it_stands(seed_notice: Notice) -> None:
    reissued = tgbe.parse_file(FIXTURES / "diff" / "tonggu-2023-reissued.txt")
    changes = diff_notices(seed_notice, reissued).changes
    assert [(c.kind, c.field, c.old, c.new) for c in changes] == [
        (ChangeKind.HEADER_CHANGED, "doc_number", "铜营商发〔2023〕1号", "铜营商发〔2023〕3号"),
        (ChangeKind.HEADER_CHANGED, "title",
         "铜鼓县营商环境建设工作领导小组关于印发铜鼓县营商环境指标主要提升举措（2023版）的通知",
         "铜鼓县营商环境建设工作领导小组关于印发铜鼓县营商环境指标主要提升举措（2023修订版）的通知"),
        (ChangeKind.HEADER_CHANGED, "completion_policy", "2023年9月底", "2023年10月底"),
    ]
    number, policy = changes[0], changes[2]
    assert number.new_span is not None and number.new_span.start_line == 4
    assert policy.new_span is not None
    assert (policy.new_span.start_line, policy.new_span.start_column) == (11, 120)


FINANCE_OLD = """一、获得信贷指标（县金融办牵头）
1.扩大首贷、续贷规模。
完成时限：2023年9月
责任单位：县金融办、人行青岚县支行
2.推广“政采贷”线上办理。
完成时限：2023年10月
责任单位：县金融办
"""


def test_a_unit_renamed_between_editions_is_reported_not_merged(run_cli: RunCli,
                                                                 tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(FINANCE_OLD, encoding="utf-8")
    new.write_text(FINANCE_OLD.replace("县金融办", "县金融服务中心"), encoding="utf-8")
    code, out, err = run_cli("diff", str(old), str(new), "-f", "json")
    assert code == 1, err
    changes = json.loads(out)["changes"]
    assert [(c["kind"], c["old"], c["new"], c["measure_ids"]) for c in changes] == [
        ("unit-renamed", "县金融办", "县金融服务中心", ["1.1", "1.2"])]
