"""Inputs found by the property tests, kept as plain regression tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import tgbe


def test_a_cut_multibyte_character_that_is_not_gb18030_either_is_a_located_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes("\n\n铜营商发〔2023〕1号\n\n铜".encode() + b"\xe9")
    with pytest.raises(tgbe.TgbeError) as caught:
        tgbe.parse_file(path)
    assert caught.value.problems[0].format() == (
        f"{path}:5:2: error: cannot decode as UTF-8 or GB18030: invalid byte(s) e9; "
        "expected text in UTF-8 or GB18030 (use --encoding to choose another)"
    )
