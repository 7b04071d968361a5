"""The seed in other encodings and layouts parses to the same model (spans aside)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import tgbe
from tests.conftest import FIXTURES
from tgbe.models import Notice

_POSITIONAL = {"span", "text_span", "summary_span", "heading_span", "source", "diagnostics"}


def comparable(notice: Notice) -> Any:
    """The notice's data without source positions and source information."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key not in _POSITIONAL}
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    return strip(notice.model_dump(mode="json"))


@pytest.mark.parametrize(
    ("fixture", "encoding"),
    [
        ("seed-gbk.txt", "gb18030"),
        ("seed-utf8-bom.txt", "utf-8-sig"),
        ("seed-utf16.txt", "utf-16"),
        ("seed-crlf.txt", "utf-8"),
        ("seed-fullwidth-digits.txt", "utf-8"),
        ("seed-blank-lines-indented.txt", "utf-8"),
        ("seed-hard-wrapped.txt", "utf-8"),
    ],
)
def test_variant_parses_like_the_seed(seed_notice: Notice, fixture: str, encoding: str) -> None:
    notice = tgbe.parse_file(FIXTURES / "parser" / fixture)
    assert notice.source.encoding == encoding
    assert comparable(notice) == comparable(seed_notice)
    assert notice.diagnostics == []


def test_explicit_encoding_overrides_detection() -> None:
    notice = tgbe.parse_file(FIXTURES / "parser" / "seed-gbk.txt", encoding="gbk")
    assert notice.source.encoding == "gbk"
    assert len(notice.measures()) == 213


def test_crlf_keeps_line_numbers(seed_notice: Notice) -> None:
    notice = tgbe.parse_file(FIXTURES / "parser" / "seed-crlf.txt")
    assert [m.span for m in notice.measures()] == [m.span for m in seed_notice.measures()]


def test_hard_wrapped_measure_spans_cover_all_its_lines() -> None:
    notice = tgbe.parse_file(FIXTURES / "parser" / "seed-hard-wrapped.txt")
    first = notice.indicators[0].measures[1]
    assert first.text_span.end_line > first.text_span.start_line


def test_hard_wrapped_lines_starting_with_a_decimal_stay_text(
    seed_notice: Notice, tmp_path: Path
) -> None:
    # rewrap the hard-wrapped seed so that wrapped lines start with 3.6；… and 94.44%…:
    # a decimal at a line start is not a measure marker (1.2024年… is, see test_layouts)
    lines = (FIXTURES / "parser" / "seed-hard-wrapped.txt").read_text(encoding="utf-8")
    rows = lines.split("\n")
    moved = 0
    for index, row in enumerate(rows):
        found = re.search(r"(?<![0-9.])[0-9]+\.[0-9]+", row)
        wrapped = (index > 0 and rows[index - 1][-1:] not in ("", "。", "）", "；")
                   and not re.match(r"[0-9一二三四五六七八九十（(]|\S{1,12}[：:]", row))
        if found and found.start() > 0 and wrapped:
            rows[index - 1] += row[: found.start()]
            rows[index] = row[found.start() :]
            moved += 1
    assert moved >= 2
    assert [row for row in rows if re.match(r"[0-9]+\.[0-9]", row)]
    path = tmp_path / "rewrapped.txt"
    path.write_text("\n".join(rows), encoding="utf-8")
    notice = tgbe.parse_file(path)
    assert comparable(notice) == comparable(seed_notice)
    assert notice.diagnostics == []
