"""Pathological input completes: 2 MB lines of one terminal's characters, many odd lines.

No timings here (they live in ``bench/run.py``, which checks linearity); these tests pin
that each input finishes with a notice or a located :class:`tgbe.TgbeError`.
"""

from __future__ import annotations

import pytest

import tgbe
from tests.conftest import SEED

TWO_MB = 2 * 1024 * 1024
SEED_TEXT = SEED.read_text(encoding="utf-8")
# Characters that start, end or repeat inside the grammar's terminals (markers, field
# keys, indentation, text) and the builder's bracket and list splitting.
PIECES = ["（", " ", "1.", "：", "\u3000", "一、", "附件", "县", "责任单位：", "（一）", "1",
          "、", "“", "（县", "1.\t"]


def _long_line(piece: str) -> str:
    return piece * (TWO_MB // len(piece.encode("utf-8")))


@pytest.mark.parametrize("piece", PIECES)
def test_a_2mb_line_without_newline_completes(piece: str) -> None:
    try:
        notice = tgbe.parse_text(_long_line(piece))
    except tgbe.TgbeError as error:
        assert error.problems[0].line == 1
    else:
        assert notice.source.line_count == 1


@pytest.mark.parametrize("piece", PIECES)
def test_a_2mb_measure_line_inside_the_seed_completes(piece: str) -> None:
    text = SEED_TEXT.replace("1.深化应用", "1.深化应用" + _long_line(piece), 1)
    assert len(tgbe.parse_text(text).measures()) >= 200


@pytest.mark.parametrize(
    "line", ["附件\n", "一、文字\n", "1.做事\n", "（\n", "责任单位：县甲局\n", "\u3000\n"]
)
def test_twenty_thousand_repeated_lines_complete(line: str) -> None:
    notice = tgbe.parse_text(SEED_TEXT + line * 20_000)
    assert notice.indicators
