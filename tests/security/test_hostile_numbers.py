"""A number is an attack: no rule's cost depends on the value of a number (issue 17, item 1)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.security.conftest import RunBounded, seed_with

HUGE = "99999999999"


def test_a_huge_measure_number_is_a_range_and_a_finding_of_its_own(
    run_bounded: RunBounded, tmp_path: Path
) -> None:
    notice = seed_with(tmp_path, [("\n2.完善企业开办", f"\n{HUGE}.完善企业开办")])
    done = run_bounded("lint", str(notice), "--select", "NUM", "-f", "json", timeout=60)
    assert done.returncode == 1, done.stderr
    assert len(done.stdout) < 100_000
    findings = json.loads(done.stdout)["findings"]
    messages = {(item["code"], item["message"]) for item in findings}
    assert ("NUM001", f"measure 1.{HUGE} is numbered {HUGE} after 1: numbers 2, 14–99999999998 "
                      "are missing") in messages
    assert ("NUM004", f"measure 1.{HUGE} is numbered {HUGE} after 1: more than 100 above it, "
                      "not a plausible count") in messages
    # the items after the typo number on from the item before it: no cascade
    assert not any(item["code"] == "NUM003" for item in findings)


def test_every_command_stays_small_on_a_huge_number(
    run_bounded: RunBounded, tmp_path: Path
) -> None:
    notice = seed_with(tmp_path, [("\n2.完善企业开办", f"\n{HUGE}.完善企业开办"),
                                  ("\n二、", f"\n{HUGE}、")])
    for args in (("lint",), ("check-deadlines", "--today", "2023-07-01"), ("list",),
                 ("parse", "-f", "json"), ("units",), ("targets",)):
        done = run_bounded(args[0], str(notice), *args[1:], timeout=60)
        assert done.returncode in (0, 1), (args, done.stderr)
        assert len(done.stdout) < 2_000_000, args


def test_chinese_messages_give_ranges_too(run_bounded: RunBounded, tmp_path: Path) -> None:
    notice = seed_with(tmp_path, [("\n2.完善企业开办", f"\n{HUGE}.完善企业开办")])
    done = run_bounded("lint", str(notice), "--select", "NUM001,NUM004", "--lang", "zh")
    assert done.returncode == 1
    assert "缺少第2、14至99999999998项" in done.stdout
    assert "编号不合常理" in done.stdout
