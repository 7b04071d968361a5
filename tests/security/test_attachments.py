"""No measure is dropped silently (issue 17, item 6).

Measures under two attachments are refused with an error naming both; indicators
numbered past 999 (一千、) are read.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES, SEED, RunCli
from tests.security.conftest import seed_with

TWO = FIXTURES / "security" / "two-attachments.txt"


def test_measures_under_two_attachments_are_refused_naming_both(run_cli: RunCli) -> None:
    for command in (("parse",), ("check-deadlines", "--today", "2024-07-01"), ("lint",)):
        code, out, err = run_cli(*command[:1], str(TWO), *command[1:])
        assert code == 2 and out == ""
        assert err == (
            f"{TWO}:18:1: error: measures under two attachments: 附件1 青溪县营商环境提升任务清单 "
            "(line 6) and 附件2 青溪县营商环境补充任务清单 (line 18); reading one would drop "
            "the other's measures: expected one attachment of measures per file (split the "
            "file at the second)\n")


def test_the_seed_with_a_second_attachment_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    appended = tmp_path / "appended.txt"
    extra = ("\n附件2\n\n补充任务清单\n\n一、政务服务指标\n"
             "1.推行帮办代办服务。\n完成时限：2023年10月\n责任单位：县行政审批局\n"
             "2.推进证照联办。\n完成时限：2023年11月\n责任单位：县行政审批局\n")
    appended.write_text(SEED.read_text(encoding="utf-8") + extra, encoding="utf-8")
    code, _, err = run_cli("check-deadlines", str(appended), "--today", "2023-07-01")
    assert code == 2
    assert "measures under two attachments: 附件 " in err and "附件2 补充任务清单" in err


def test_one_attachment_after_a_preamble_is_read_as_before(run_cli: RunCli) -> None:
    code, out, _ = run_cli("parse", str(SEED),
                           "-f", "json")
    assert code == 0 and '"attachment_title"' in out


def test_indicators_numbered_past_nine_hundred_ninety_nine_are_read(
    run_cli: RunCli, tmp_path: Path
) -> None:
    notice = seed_with(tmp_path, [("\n十六、", "\n一千、")])
    code, out, err = run_cli("list", str(notice), "-f", "json")
    assert code == 0, err
    assert '"1000.1"' in out
