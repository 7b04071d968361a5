"""Traditional characters read as simplified, character for character."""

from __future__ import annotations

from tests.conftest import SEED
from tests.parser.corpus import corpus_text
from tgbe.read.hanzi import fold_if_traditional, looks_traditional, to_simplified

TRADITIONAL = corpus_text("08_xianyang_2022_workpoints_trad.txt")


def test_traditional_text_is_recognised_and_simplified_text_is_not() -> None:
    assert looks_traditional(TRADITIONAL)
    assert not looks_traditional(SEED.read_text(encoding="utf-8"))


def test_folding_keeps_every_line_and_column() -> None:
    folded = to_simplified(TRADITIONAL)
    assert [len(line) for line in folded.split("\n")] == [
        len(line) for line in TRADITIONAL.split("\n")
    ]
    assert "市政府办公室、市行政审批制度改革工作领导小组办公室牵头" in folded


def test_a_simplified_text_with_a_few_traditional_characters_is_left_alone() -> None:
    text = "一、开办企业\n1.推进“一網通办”，優化服务。（县市场监管局）\n"
    assert fold_if_traditional(text) == text
