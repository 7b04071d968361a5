"""Units named before a colon at the start of a measure (``区水务局：推行…``) are its units,
and dashes or bullets before a field label (``——牵头单位：A``, ``● 完成时限：B``) are
decoration (``tests/fixtures/layouts/leading_units_and_bullets.txt``)."""

from __future__ import annotations

from tests.conftest import FIXTURES, RunCli, parsed_measures
from tgbe.parse.build_fields import leading_units
from tgbe.parse.label_forms import with_known_labels
from tgbe.parse.units import default_aliases

FIXTURE = str(FIXTURES / "layouts" / "leading_units_and_bullets.txt")


def _units(measure: dict[str, object]) -> list[tuple[str, str]]:
    return [(unit["name"], unit["role"]) for unit in measure["units"]]  # type: ignore[attr-defined]


def test_units_before_a_colon_open_the_measure() -> None:
    measures = parsed_measures(FIXTURE)
    assert _units(measures["1.1"]) == [("区水务局", "responsible")]
    assert measures["1.1"]["text"] == "推行小微企业用水报装“零投资”，2025年6月底前完成。"
    assert measures["1.1"]["deadline"]["due"] == "2025-06-30"
    assert _units(measures["1.2"]) == [("区住建局", "responsible"), ("区燃气公司", "responsible")]
    assert measures["1.2"]["text"] == "压缩燃气接入时间至5个工作日以内。"


def test_the_text_span_starts_after_the_units() -> None:
    span = parsed_measures(FIXTURE)["1.1"]["text_span"]
    assert (span["start_line"], span["start_column"]) == (4, 8)


def test_a_heading_ending_like_a_unit_stays_text() -> None:
    measure = parsed_measures(FIXTURE)["1.3"]
    assert measure["units"] == []
    assert measure["text"].startswith("召开用气保障推进会：")
    assert leading_units("召开用气保障推进会：每季度研究。", default_aliases()) == (0, [])
    assert leading_units("责任单位：区水务局", default_aliases()) == (0, [])


def test_dashes_and_bullets_before_labels_are_decoration() -> None:
    measures = parsed_measures(FIXTURE)
    assert _units(measures["2.4"]) == [("区自然资源局", "lead"), ("区税务局", "support"),
                                       ("区住建局", "support")]
    assert measures["2.4"]["text"] == "推行不动产登记“一窗办理”。"
    assert measures["2.4"]["deadline"]["due"] == "2025-12-31"
    assert [name for name, _ in _units(measures["2.5"])] == ["区自然资源局", "区金融办"]
    assert measures["2.5"]["deadline"]["due"] == "2025-10-31"
    assert [name for name, _ in _units(measures["2.6"])] == ["区不动产登记中心"]
    assert measures["2.6"]["deadline"]["kind"] == "ongoing"


def test_the_rewrite_keeps_every_line_the_same_length() -> None:
    text = "——牵头单位：A\n● 完成时限：B\n——这是一句话：不是标签\n"
    rewritten = with_known_labels(text)
    assert [len(line) for line in rewritten.splitlines()] == [
        len(line) for line in text.splitlines()]
    assert rewritten.splitlines()[:2] == ["  牵头单位：A", "  完成时限：B"]
    assert rewritten.splitlines()[2] == "——这是一句话：不是标签"


def test_lint_finds_no_stray_lines(run_cli: RunCli) -> None:
    code, stdout, stderr = run_cli("lint", FIXTURE, "--lang", "en")
    assert "stray" not in stdout + stderr
    assert code == 0, stdout
