"""The garbage collector paused during a parse is always switched back on."""

from __future__ import annotations

import gc

import pytest

import tgbe
from tests.conftest import SEED


def test_the_collector_is_on_again_after_a_parse_and_after_an_error() -> None:
    assert gc.isenabled()
    tgbe.parse_file(SEED)
    assert gc.isenabled()
    with pytest.raises(tgbe.TgbeError):
        tgbe.parse_text("一段没有举措的文字\n")
    assert gc.isenabled()


def test_a_caller_that_disabled_the_collector_keeps_it_disabled() -> None:
    gc.disable()
    try:
        tgbe.parse_file(SEED)
        assert not gc.isenabled()
    finally:
        gc.enable()
