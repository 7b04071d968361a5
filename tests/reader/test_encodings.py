"""Encoding detection: Big5 next to GB18030, and undecodable bytes located in the right codec."""

from __future__ import annotations

from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, RunCli
from tests.parser.test_variants import comparable

READER = FIXTURES / "reader"


def test_big5_is_detected_and_parses_like_its_utf8_twin() -> None:
    notice = tgbe.parse_file(READER / "hualian-big5.txt")
    twin = tgbe.parse_file(READER / "hualian-utf8.txt")
    assert notice.source.encoding == "cp950"
    assert notice.title is not None and "營商環境" in notice.title  # as written
    assert comparable(notice) == comparable(twin)


def test_big5_hkscs_is_detected_where_cp950_cannot_decode() -> None:
    path = READER / "hualian-big5hkscs.txt"
    notice = tgbe.parse_file(path)
    twin = tgbe.parse_text(path.read_bytes().decode("big5hkscs"))
    assert notice.source.encoding == "big5hkscs"
    assert comparable(notice) == comparable(twin)
    assert "嘅" in notice.measures()[0].text


def test_detected_big5_parses_like_explicit_big5() -> None:
    detected = tgbe.parse_file(READER / "hualian-big5.txt")
    explicit = tgbe.parse_file(READER / "hualian-big5.txt", encoding="big5")
    assert detected.model_dump(exclude={"source"}) == explicit.model_dump(exclude={"source"})


@pytest.mark.parametrize(
    "path",
    [READER / "xinfeng-gbk.txt", READER / "gbk-crlf.txt", FIXTURES / "parser" / "seed-gbk.txt"],
)
def test_gbk_is_still_read_as_gb18030(path: Path) -> None:
    notice = tgbe.parse_file(path)
    assert notice.source.encoding == "gb18030"
    assert notice.measures()


@pytest.mark.parametrize(
    ("name", "place", "message"),
    [
        (
            "bad-byte-gbk.txt",
            "29:5",
            "cannot decode as GB18030: invalid byte(s) ff; expected text in GB18030",
        ),
        (
            "bad-byte-utf8.txt",
            "44:3",
            "cannot decode as UTF-8 or GB18030: invalid byte(s) ff; expected text in UTF-8",
        ),
    ],
)
def test_a_bad_byte_is_located_in_the_encoding_the_file_is_in(
    run_cli: RunCli, name: str, place: str, message: str
) -> None:
    path = READER / name
    code, out, err = run_cli("parse", str(path), "-f", "json", "--strict-encoding")
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith(f"{path}:{place}: error: {message}")
    assert "Traceback" not in err


def test_explicit_gbk_reports_the_same_place_and_names_gbk() -> None:
    with pytest.raises(tgbe.TgbeError) as caught:
        tgbe.parse_file(READER / "bad-byte-gbk.txt", encoding="gbk", strict_encoding=True)
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (29, 5)
    assert problem.message.startswith("cannot decode as gbk: invalid byte(s) ff; expected")
