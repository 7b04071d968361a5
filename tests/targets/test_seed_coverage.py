"""Coverage of the seed: every number in the 16 indicator summaries is a target or excluded.

The expected outcome of each figure is listed by hand below, in the order the figures are
written.  A figure is every Arabic number and every Chinese numeral written before a unit
of measure (一件事: 一 + 件); numerals inside words without a unit (一体化, 三大平台,
进一步) are words, not figures.
"""

from __future__ import annotations

import re

from tests.conftest import SEED
from tgbe.data.targets import UNITS
from tgbe.models import Notice
from tgbe.parse.targets import Exclusion, scan
from tgbe.vocab import Comparator

GE, LE, EQ = Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.EQUAL
UP, DOWN = Comparator.INCREASE, Comparator.DECREASE
NAME, YEAR, SPEC = Exclusion.NAME, Exclusion.YEAR, Exclusion.SPECIFICATION

Outcome = tuple[str, Comparator, float, str] | Exclusion
EXPECTED: dict[int, list[tuple[str, Outcome]]] = {
    1: [
        ("一", NAME),  # “一日办结率”
        ("98", ("一日办结率", GE, 98, "%")),
        ("一", NAME),  # “一件事一次办”: 一件
        ("一", NAME),  # “一件事一次办”: 一次
        ("10", ("高频行政许可事项", EQ, 10, "个")),
        ("100", ("电子营业执照和电子印章发放比例", GE, 100, "%")),
    ],
    2: [
        ("1500", ("城镇新增就业", EQ, 1500, "人")),
        ("90", ("劳动人事争议仲裁结案率", GE, 90, "%")),
        ("60", ("劳动人事争议调解成功率", GE, 60, "%")),
        ("3", ("企业在职职工养老保险参保率", UP, 3, "%")),
        ("1560", ("新增就业", EQ, 1560, "人")),
    ],
    3: [
        ("80", ("电子证照使用率", GE, 80, "%")),
        ("18", ("社会投资小型低风险项目审批用时", LE, 18, "个工作日")),
        ("100", ("新建房屋建筑工程", EQ, 100, "%")),
    ],
    4: [
        ("95", ("占比", GE, 95, "%")),
        ("50", ("采购结果确定和合同签订平均用时", DOWN, 50, "%")),
        ("50", ("法定标准", LE, 50, "%")),
        ("95", ("中小微企业合同金额占全省政府采购规模", GE, 95, "%")),
        ("95", ("电子卖场活跃率", GE, 95, "%")),
    ],
    5: [
        ("100", ("全流程电子化率", EQ, 100, "%")),
        ("100", ("“不见面开标”占比", EQ, 100, "%")),
        ("5", ("非中标候选人投标保证金本息在中标公示信息发出后", LE, 5, "个工作日")),
        ("100", ("保证金退付率", EQ, 100, "%")),
    ],
    6: [
        ("10", SPEC),
        ("5", ("低压、10千伏涉电接入工程行政审批时间", LE, 5, "个工作日")),
        ("12", ("低压、10千伏涉电接入工程行政审批时间", LE, 12, "个工作日")),
        ("95", ("线上办电率", GE, 95, "%")),
        ("8", ("城乡一体化用户平均停电时间", DOWN, 8, "%")),
    ],
    7: [
    ],
    8: [
        ("40", ("登记业务网上可办事项比例", GE, 40, "%")),
        ("一", NAME),  # “一件事一次办”: 一件
        ("一", NAME),  # “一件事一次办”: 一次
    ],
    9: [
        ("3", ("新增上市后备库公司", EQ, 3, "家")),
        ("10", ("新增贷款", EQ, 10, "亿元")),
    ],
    10: [
        ("40", ("全县有效发明专利拥有量", GE, 40, "件")),
        ("4.88", ("每万人有效发明专利拥有量", EQ, 4.88, "件")),
        ("20", ("高价值发明专利", GE, 20, "件")),
        ("2023", YEAR),
        ("3500", ("知识产权质押融资登记金额", GE, 3500, "万元")),
    ],
    11: [
        ("90", ("“非接触式”业务量占比", GE, 90, "%")),
    ],
    12: [
        ("2023", YEAR),
        ("100", ("民商事案件结案率", EQ, 100, "%")),
        ("20", ("民商事案件平均审理时限", LE, 20, "天")),
    ],
    13: [
        ("2022", YEAR),
        ("2023", YEAR),
        ("100", ("立案受理的破产案件、执转破工作目标任务", EQ, 100, "%")),
    ],
    14: [
        ("100", ("双随机检查事项数占总检查事项数", EQ, 100, "%")),
        ("83", ("部门联合双随机事项占比", EQ, 83, "%")),
        ("2023", YEAR),
        ("100", ("对诚信经营者“无事不扰”比例", GE, 100, "%")),
    ],
    15: [
        ("90", ("依申请政务服务事项“一网通办”率", GE, 90, "%")),
        ("85", ("电子证照签发率", GE, 85, "%")),
        ("60", ("用证率", GE, 60, "%")),
        ("60", ("纳税企业电子印章使用率", GE, 60, "%")),
        ("80", ("依申请高频事项办理使用数据、电子证照、电子材料比例", GE, 80, "%")),
        ("90", ("“赣服通”服务事项上线率", GE, 90, "%")),
        ("80", ("查询办理事项覆盖率", GE, 80, "%")),
        ("80", ("企业注册率", GE, 80, "%")),
        ("80", ("财政奖补资金兑现率", GE, 80, "%")),
        ("40", ("高频“一件事”", GE, 40, "项")),
        ("一", NAME),  # “一件事”
        ("一", NAME),  # “一件事一次办”: 一件
        ("一", NAME),  # “一件事一次办”: 一次
        ("100", ("全省部署的“一件事一次办”“跨省通办”“省内通办”事项完成率", EQ, 100, "%")),
    ],
    16: [
        ("2023", YEAR),
        ("1.9", ("全社会投入研发强度", GE, 1.9, "%")),
        ("2023", YEAR),
        ("5", ("专精特新中小企业", GE, 5, "家")),
        ("1", ("“小巨人”企业", EQ, 1, "家")),
        ("1", ("国家级人才", GE, 1, "人")),
        ("3", ("省级人才", GE, 3, "人")),
        ("5", ("高精尖缺人才", GE, 5, "人")),
        ("10", ("高层次、高技能人才", GE, 10, "人")),
    ],
}
_FIGURE = re.compile(
    r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+(?="
    + "|".join(re.escape(unit) for unit in UNITS) + ")"
)


def figures(text: str) -> list[str]:
    """Every figure of ``text``, found independently of the extractor."""
    return [match.group() for match in _FIGURE.finditer(text)
            if re.search("[0-9零〇一二两三四五六七八九十]", match.group())]


def test_every_summary_figure_is_a_target_or_a_deliberate_exclusion(
    seed_notice: Notice,
) -> None:
    assert [indicator.number for indicator in seed_notice.indicators] == list(EXPECTED)
    for indicator in seed_notice.indicators:
        expected = EXPECTED[indicator.number]
        assert [number for number, _ in expected] == figures(indicator.summary), indicator.number
        outcomes: list[tuple[str, Outcome]] = []
        for figure in scan(indicator.summary):
            target = figure.target
            if target is None:
                assert figure.reason is not None
                outcomes.append((figure.number, figure.reason))
            else:
                outcomes.append(
                    (figure.number, (target.metric, target.comparator, target.value, target.unit))
                )
        assert outcomes == expected, indicator.number


def test_summary_targets_are_stored_with_spans_on_their_raw_text(seed_notice: Notice) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    stored = 0
    for indicator in seed_notice.indicators:
        wanted = [outcome for _, outcome in EXPECTED[indicator.number]
                  if not isinstance(outcome, Exclusion)]
        assert [(t.metric, t.comparator, t.value, t.unit) for t in indicator.targets] == wanted
        for target in indicator.targets:
            span = target.span
            assert span.start_line == span.end_line == indicator.heading_span.start_line + 1
            assert lines[span.start_line - 1][span.start_column - 1 : span.end_column - 1] == (
                target.raw
            )
            stored += 1
    assert stored == 56


def test_measure_targets_point_at_their_raw_text(seed_notice: Notice) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    targets = [target for measure in seed_notice.measures() for target in measure.targets]
    assert len(targets) == 36
    for target in targets:
        span = target.span
        assert lines[span.start_line - 1][span.start_column - 1 : span.end_column - 1] == (
            target.raw
        )
    first = seed_notice.indicators[0].measures[0].targets
    assert [(t.metric, t.comparator, t.value, t.unit, t.raw) for t in first] == [
        ("一日办结率", GE, 98, "%", "达到98%以上")
    ]
