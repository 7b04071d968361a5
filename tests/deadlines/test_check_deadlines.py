"""``tgbe check-deadlines`` against the seed on chosen days, with and without a ledger.

Expected counts, derived by hand from the seed's 完成时限 lines (``grep -c``): 181 measures
due 2023年9月 (180 with a full-width colon, 1 with an ASCII one), 27 due 2023年6月, 2 due
2023年7月, 2 due 2023年12月 and 1 due 2023年4月 — 213 in all.  A month deadline falls due
on the month's last day and is overdue from the next day on.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.models import Notice
from tgbe.track.deadlines import check
from tgbe.track.ledger import load_ledger

PROGRESS = FIXTURES / "ledger" / "progress.yaml"
MIXED = FIXTURES / "deadlines" / "mixed.txt"


@pytest.mark.parametrize(
    ("today", "overdue"),
    [
        ("2023-04-30", 0),  # the April measure is due today, not yet overdue
        ("2023-05-01", 1),  # 4月
        ("2023-07-01", 28),  # 4月 + 27×6月
        ("2023-08-01", 30),  # + 2×7月
        ("2023-09-30", 30),  # 181×9月 due today
        ("2023-10-08", 211),  # + 181×9月
        ("2024-01-01", 213),  # + 2×12月
    ],
)
def test_overdue_counts_on_chosen_days(run_cli: RunCli, today: str, overdue: int) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", today, "-f", "json")
    report = json.loads(out)
    assert len(report["overdue"]) == overdue
    assert code == (1 if overdue else 0)
    assert report["today"] == today and report["errors"] == []


def test_the_ledger_removes_done_and_moves_extended_measures(seed_notice: Notice) -> None:
    ledger = load_ledger(str(PROGRESS), seed_notice)
    july = check(seed_notice, date(2023, 7, 1), ledger)
    assert len(july.overdue) == 25  # 28 - done 1.10 - dropped 1.11 - 11.2 moved to December
    assert {"1.10", "1.11", "11.2"}.isdisjoint(item.id for item in july.overdue)
    assert july.closed == 2
    assert len(check(seed_notice, date(2023, 10, 8), ledger).overdue) == 208
    new_year = check(seed_notice, date(2024, 1, 1), ledger)
    moved = next(item for item in new_year.overdue if item.id == "11.2")
    assert (moved.due, moved.extended, moved.days_overdue) == (date(2023, 12, 31), True, 1)
    assert len(new_year.overdue) == 211


def test_most_overdue_first_with_days_and_canonical_units(seed_notice: Notice) -> None:
    report = check(seed_notice, date(2023, 7, 1))
    first = report.overdue[0]
    assert (first.id, first.due, first.days_overdue) == ("11.2", date(2023, 4, 30), 62)
    assert first.units == ["县税务局"]
    assert all(item.days_overdue == 1 for item in report.overdue[1:])


def test_due_soon_is_listed_without_failing(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2023-09-20",
                           "--warn-within", "2w", "-f", "json")
    report = json.loads(out)
    assert code == 1 and len(report["overdue"]) == 30
    assert len(report["due_soon"]) == 181 and report["due_soon"][0]["days_left"] == 10
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2023-04-20",
                           "--warn-within", "10d", "-f", "json")
    assert code == 0 and [item["id"] for item in json.loads(out)["due_soon"]] == ["11.2"]


def test_text_groups_by_unit_most_overdue_first(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2023-07-01", "--lang", "en",
                           env={"COLUMNS": "200"})
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == ("On 2023-07-01: 28 overdue, 0 due within 14 days, 0 without a "
                        "deadline (213 measures, 0 done or dropped, 0 ongoing).")
    assert lines[2] == "县税务局 — 10 overdue"
    assert lines[3].startswith("  11.2   2023-04-30  62 days overdue  深化")
    # the unit as the seed writes it, not an official name it never uses
    assert "\n县住建局 — 9 overdue\n" in out and "县住房和城乡建设局" not in out


def test_text_marks_extended_deadlines(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2024-01-01", "--ledger",
                           str(PROGRESS), "--lang", "en")
    assert code == 1
    assert "  11.2   2023-12-31 (extended)  1 day overdue " in out
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2024-01-01", "--ledger",
                           str(PROGRESS), "--lang", "zh")
    assert "截至 2024-01-01：逾期 211 项" in out and "2023-12-31（已延期）  逾期 1 天" in out


def test_today_comes_from_the_environment_when_not_given(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "-f", "json",
                           env={"TGBE_TODAY": "2023-05-01"})
    assert code == 1 and json.loads(out)["today"] == "2023-05-01"


def test_a_bad_date_in_the_environment_names_the_variable(run_cli: RunCli) -> None:
    code, out, err = run_cli("check-deadlines", str(SEED), env={"TGBE_TODAY": "garbage"})
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "TGBE_TODAY: expected a date YYYY-MM-DD, found 'garbage'" in err


def test_default_today_is_a_real_date_in_the_zone(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "-f", "json", "--tz", "Asia/Shanghai",
                           env={"TGBE_TODAY": ""})
    assert code in (0, 1)
    assert date.fromisoformat(json.loads(out)["today"]).year >= 2024


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--today", "2023-02-30"], "no such day: 2023-02-30 (February 2023 has 28 days)"),
        (["--tz", "Mars/Olympus"], "expected an IANA time zone such as Asia/Shanghai"),
        (["--warn-within", "soon"], "expected a number of days such as 14d or 2w"),
    ],
)
def test_bad_flags_are_usage_errors(run_cli: RunCli, flags: list[str], message: str) -> None:
    code, out, err = run_cli("check-deadlines", str(SEED), *flags, env={"TGBE_TODAY": ""})
    assert code == 2 and out == "" and message in err


def test_unreadable_and_missing_deadlines_are_undated_findings(run_cli: RunCli) -> None:
    code, out, err = run_cli("check-deadlines", str(MIXED), "--today", "2023-10-08", "-f", "json")
    assert (code, err) == (1, "")  # 1.1 is overdue; the undated ones are no input error
    report = json.loads(out)
    assert [item["id"] for item in report["overdue"]] == ["1.1"]
    assert report["ongoing"] == 1 and report["errors"] == []
    assert [(u["id"], u["line"], u["column"], u["reason"], u["deadline"], u["units"])
            for u in report["undated"]] == [
        ("1.3", 12, 6, "unreadable", "视情况而定", ["县发改委"]),
        ("1.4", 14, 1, "missing", None, ["县人社局"])]


def test_undated_measures_fail_only_when_asked(run_cli: RunCli) -> None:
    early = ("check-deadlines", str(MIXED), "--today", "2023-01-01")
    code, out, err = run_cli(*early, "--lang", "en", env={"COLUMNS": "200"})
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == ("On 2023-01-01: 0 overdue, 0 due within 14 days, 2 without a "
                                   "deadline (4 measures, 0 done or dropped, 1 ongoing).")
    assert "\nNo deadline — 2\n" in out and "cannot read '视情况而定'" in out
    code, out, _ = run_cli(*early, "--fail-on", "undated", "--lang", "zh")
    assert code == 1 and "\n无完成时限 — 2 项\n" in out and "未写时限" in out


def test_unit_filter_and_due_soon_grouped_by_unit(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(MIXED), "--today", "2023-09-20",
                           "--unit", "行政服务中心", "--lang", "en")
    assert code == 0
    assert out.splitlines()[0].startswith("On 2023-09-20: 0 overdue, 1 due within 14 days, "
                                          "0 without a deadline (1 measures,")
    assert "\n县行政服务中心 — 1 due within 14 days\n  1.1  2023-09-30  10 days left  优化" in out
    assert "县市场监管局 —" not in out  # only the unit asked for has a group
    code, _, err = run_cli("check-deadlines", str(MIXED), "--unit", "县教体局")
    assert code == 2 and "unknown unit '县教体局'" in err


def test_a_ledger_deadline_settles_an_unreadable_one(run_cli: RunCli, tmp_path: object) -> None:
    from pathlib import Path

    ledger = Path(str(tmp_path)) / "ledger.yaml"
    ledger.write_text('"1.3": {new_deadline: 2023-12-31}\n"1.4": dropped\n', encoding="utf-8")
    code, out, err = run_cli("check-deadlines", str(MIXED), "--today", "2023-10-08",
                             "--ledger", str(ledger), "-f", "json")
    assert (code, err) == (1, "")
    assert json.loads(out)["errors"] == []


def test_seed_deadlines_use_the_completion_policy_when_a_measure_has_none(
    seed_notice: Notice,
) -> None:
    bare = seed_notice.indicators[0].measures[0].model_copy(update={"deadline": None})
    indicator = seed_notice.indicators[0].model_copy(update={"measures": [bare]})
    notice = seed_notice.model_copy(update={"indicators": [indicator]})
    report = check(notice, date(2023, 10, 1))
    assert [(item.id, item.due) for item in report.overdue] == [("1.1", date(2023, 9, 30))]


def test_junit_has_one_testcase_per_measure_failing_when_overdue(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2023-07-01", "-f", "junit")
    assert code == 1
    root = ET.fromstring(out)
    cases = root.findall("testsuite/testcase")
    assert len(cases) == 213 and len(root.findall("testsuite")) == 16
    failed = [case for case in cases if case.find("failure") is not None]
    assert len(failed) == 28 and root.get("failures") == "28"
    assert failed[0].get("name", "").startswith("1.10 ")
    failure = failed[0].find("failure")
    assert failure is not None and failure.get("message") == "due 2023-06-30, 1 day overdue"


def test_github_annotations_point_at_the_deadline_line(run_cli: RunCli) -> None:
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2023-05-01", "-f", "github")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"::error file={SEED},line=")
    assert "title=overdue measure 11.2::11.2 纳税: due 2023-04-30, 1 day overdue (县税务局)" in (
        lines[0])


def test_output_file_and_exit_code_are_independent_of_format(run_cli: RunCli, tmp_path: object
                                                             ) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "report.json"
    code, out, _ = run_cli("check-deadlines", str(SEED), "--today", "2023-05-01", "-f", "json",
                           "-o", str(target))
    assert (code, out) == (1, "")
    assert json.loads(target.read_text(encoding="utf-8"))["overdue"][0]["id"] == "11.2"


def test_the_default_zone_works_without_a_time_zone_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import zoneinfo

    from tgbe.infra.clock import DEFAULT_TZ, zone_info

    def missing(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(key)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)
    assert zone_info(DEFAULT_TZ).utcoffset(None) == timedelta(hours=8)
    with pytest.raises(ValueError, match="expected an IANA time zone"):
        zone_info("Europe/Paris")


def test_supplementary_provisions_are_not_undated_measures(run_cli: RunCli) -> None:
    notice = FIXTURES / "lint" / "numbering-articles-general.txt"
    code, out, _ = run_cli("check-deadlines", str(notice), "--today", "2021-06-01", "-f", "json")
    report = json.loads(out)
    assert (code, report["errors"], report["overdue"]) == (0, [], [])


def test_every_corpus_notice_checks_with_findings_not_errors(run_cli: RunCli) -> None:
    corpus = sorted((FIXTURES / "corpus").glob("*.txt"))
    assert corpus
    for path in corpus:
        code, out, err = run_cli("check-deadlines", str(path), "--today", "2030-01-01",
                                 "-f", "json")
        assert code in (0, 1) and "error:" not in err, (path.name, err)
        report = json.loads(out)
        assert report["errors"] == []
        checked = len(report["overdue"]) + len(report["undated"]) + report["ongoing"]
        assert checked + report["closed"] == report["measures"], path.name


def test_a_unit_leading_the_indicator_gets_its_measures_in_its_group(run_cli: RunCli) -> None:
    notice = FIXTURES / "returns" / "notice.txt"
    code, out, _ = run_cli("check-deadlines", str(notice), "--today", "2024-01-05",
                           "--unit", "县市监局", "--lang", "zh")
    assert code == 1
    # 1.3 lists 县行政服务中心 and 各相关单位; 县市场监管局 leads its indicator
    assert "\n县市场监管局 — 逾期 3 项\n" in out and "县行政服务中心 —" not in out
