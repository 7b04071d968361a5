"""Target spans point into the user's file, also for wrapped lines and full-width digits."""

from __future__ import annotations

import tgbe
from tgbe.models import Span
from tgbe.vocab import Comparator

NOTICE = """某县营商环境提升举措
一、开办企业指标（县市场监管局牵头）
企业开办一日办结率达到
９８%以上，开办成本
为零。
对标城市：某市。
1.压缩企业开办时间，办理时限
压缩至1个工作日以内。
（1）推行电子营业执照，发放比例达100%。
完成时限：2023年9月
责任单位：县市场监管局
"""


def test_a_summary_wrapped_over_lines_maps_each_target_to_its_own_line() -> None:
    notice = tgbe.parse_text(NOTICE)
    (target,) = notice.indicators[0].targets
    assert (target.metric, target.comparator, target.value, target.unit, target.raw) == (
        "企业开办一日办结率", Comparator.AT_LEAST, 98, "%", "达到98%以上"
    )
    assert target.span == Span(start_line=3, start_column=10, end_line=4, end_column=6)


def test_a_measure_target_on_a_continued_line_and_in_a_point() -> None:
    notice = tgbe.parse_text(NOTICE)
    measure = notice.indicators[0].measures[0]
    assert [(t.raw, t.span) for t in measure.targets] == [
        ("压缩至1个工作日以内", Span(start_line=8, start_column=1, end_line=8, end_column=11)),
        ("达100%", Span(start_line=9, start_column=17, end_line=9, end_column=22)),
    ]
