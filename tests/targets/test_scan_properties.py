"""Properties of the target scanner on arbitrary mixes of the words it reads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tgbe.parse.targets import scan

PIECES = ["达到", "以上", "以内", "2023年", "6月底", "个工作日", "%", "，", "。", "“", "”", "一",
          "三个", "10", "3.5", "压缩", "至", "、", "和", "件", "第", "率", "企业", " ", "4+N",
          "1-2个", "〔2023〕1号", "千伏", "增长", "不少于"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_every_figure_is_a_target_or_excluded_and_raw_is_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    figures = scan(text)
    assert [figure.start for figure in figures] == sorted(figure.start for figure in figures)
    for figure in figures:
        assert (figure.target is None) != (figure.reason is None)
        assert text.startswith(figure.number, figure.start)
        if figure.target is not None:
            target = figure.target
            assert text[target.start : target.end] == target.raw
            assert target.start <= figure.start < target.end
            assert target.value >= 0
