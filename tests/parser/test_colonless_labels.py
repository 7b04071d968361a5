"""Field labels written without a colon — ``【责任单位】A``, ``[完成时限]B``, ``责任单位　A`` —
are fields (``tests/fixtures/layouts/colonless_labels.txt``); a bracketed phrase that is no
label stays text, and spans point at the file as written."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, parsed_measures
from tgbe.parse.label_forms import with_known_labels

FIXTURE = str(FIXTURES / "layouts" / "colonless_labels.txt")


def test_bracketed_and_spaced_labels_are_fields() -> None:
    measures = parsed_measures(FIXTURE)
    assert [(u["name"], u["role"]) for u in measures["1.1"]["units"]] == [
        ("县行政审批局", "lead"), ("县市场监管所", "support"), ("县卫健委", "support")]
    assert measures["1.1"]["deadline"]["due"] == "2025-09-30"
    assert [u["name"] for u in measures["1.2"]["units"]] == ["县政务服务中心"]
    assert measures["1.2"]["deadline"]["due"] == "2025-12-31"
    assert [u["name"] for u in measures["1.3"]["units"]] == ["县发改局", "县财政局"]
    assert measures["1.3"]["deadline"]["due"] == "2025-10-31"
    assert measures["1.1"]["text"] == "推行“一业一证”改革，覆盖行业不少于15个。"


def test_bracketed_labels_within_a_line_are_fields() -> None:
    measure = parsed_measures(FIXTURE)["1.5"]
    assert measure["text"] == "推行涉企收费清单管理。"
    assert [u["name"] for u in measure["units"]] == ["县发改局"]
    assert measure["deadline"]["due"] == "2025-08-31"


def test_a_deadline_span_points_after_the_closing_bracket() -> None:
    span = parsed_measures(FIXTURE)["1.1"]["deadline"]["span"]
    assert (span["start_line"], span["start_column"], span["end_column"]) == (7, 7, 15)


def test_a_bracketed_phrase_that_is_no_label_stays_text() -> None:
    measure = parsed_measures(FIXTURE)["1.4"]
    assert "【工作要求】每季度组织一次体验活动。" in measure["text"]
    assert [u["name"] for u in measure["units"]] == ["县营商办"]


@pytest.mark.parametrize(("line", "expected"), [
    ("【责任单位】甲局", " 责任单位：甲局"),
    ("  [完成时限]6月底", "   完成时限：6月底"),
    ("责任单位 甲局", "责任单位：甲局"),
    ("【工作要求】每季度", "【工作要求】每季度"),
    ("甲。【责任单位】乙局【完成时限】6月", "甲。 责任单位：乙局 完成时限：6月"),
    ("推进改革 提升效率", "推进改革 提升效率"),
    ("任务1：压缩", "  1、压缩"),
    ("措施十二：推行", "  12、推行"),
    ("专栏1：案例", "专栏1：案例"),
    ("附件1：清单", "附件1：清单"),
])
def test_rewrite_keeps_length(line: str, expected: str) -> None:
    assert with_known_labels(line) == expected
    assert len(with_known_labels(line)) == len(line)


def test_numbered_task_labels_start_measures() -> None:
    measures = parsed_measures(str(FIXTURES / "layouts" / "task_labels.txt"))
    assert list(measures) == ["1.1", "1.2", "2.3"]
    assert measures["1.1"]["text"].startswith("压缩企业开办时间具体措施：推行企业开办")
    assert [u["name"] for u in measures["1.2"]["units"]] == ["县公安分局", "县市场监管所"]
    assert measures["2.3"]["deadline"]["due"] == "2024-12-31"
    assert "专栏" not in measures["2.3"]["text"]
