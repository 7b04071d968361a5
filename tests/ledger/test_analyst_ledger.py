"""Ledgers analysts write: Chinese statuses and keys, progress, evidence, history, GB18030."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.conftest import FIXTURES, RunCli
from tgbe.track.ledger import Status, load_ledger

NOTICE = str(FIXTURES / "returns" / "notice.txt")
CHINESE = """# 青岚县 工作台账
"1.1": {状态: 已完成, 日期: 2023-06-28, 进展: 全程网办已上线, 佐证: 县市监局通报第3期}
"1.2": 进行中
"1.3": {status: 延期, new_deadline: 2024-03-31, note: 已报县政府同意}
"2.1":
  进展: 首贷中心已挂牌
  history:
    - {date: 2023-05-10, status: 推进中, note: 起草方案}
    - {date: 2023-07-02, status: 完成, note: 方案印发}
    - {date: 2023-06-01, status: in_progress}
"2.2": 取消
"""


def test_chinese_statuses_keys_and_the_latest_history_record(tmp_path: Path) -> None:
    path = tmp_path / "台账.yaml"
    path.write_text(CHINESE, encoding="utf-8")
    ledger = load_ledger(str(path))
    first = ledger.entry("1.1")
    assert (first.status, first.date, first.progress, first.evidence) == (
        Status.DONE, date(2023, 6, 28), "全程网办已上线", "县市监局通报第3期")
    assert ledger.entry("1.2").status == Status.IN_PROGRESS
    assert ledger.entry("1.3").status == Status.EXTENDED
    assert ledger.entry("2.2").status == Status.DROPPED
    kept = ledger.entry("2.1")
    # the records are kept oldest first; the latest one (7-02) gives the status
    assert [record.date for record in kept.history] == [
        date(2023, 5, 10), date(2023, 6, 1), date(2023, 7, 2)]
    assert (kept.status, kept.date, kept.note) == (Status.DONE, date(2023, 7, 2), "方案印发")


def test_an_extension_takes_its_new_deadline(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "台账.yaml"
    path.write_text(CHINESE, encoding="utf-8")
    code, out, err = run_cli("check-deadlines", NOTICE, "--ledger", str(path), "--today",
                             "2024-04-10", "-f", "json")
    assert (code, err) == (1, "")
    overdue = json.loads(out)["overdue"]
    assert [(item["id"], item["due"], item["extended"], item["status"]) for item in overdue] == [
        ("1.2", "2023-09-30", False, "in_progress"), ("1.3", "2024-03-31", True, "extended")]


def test_an_extension_without_a_new_deadline_is_an_error(run_cli: RunCli, tmp_path: Path
                                                         ) -> None:
    path = tmp_path / "台账.yaml"
    path.write_text('"1.3": {status: 延期}\n', encoding="utf-8")
    code, _, err = run_cli("status", "check", NOTICE, str(path))
    assert code == 2
    assert err == (f"{path}:1:8: error: expected a new_deadline (新时限) for measure 1.3, "
                   "whose status is extended (延期)\n")


def test_gbk_and_bom_ledgers_read_like_notices(run_cli: RunCli, tmp_path: Path) -> None:
    for name, encoding in (("gbk.yaml", "gbk"), ("bom.yaml", "utf-8-sig")):
        path = tmp_path / name
        path.write_bytes(CHINESE.encode(encoding))
        code, out, err = run_cli("status", "check", NOTICE, str(path))
        assert (code, err) == (0, ""), name
        assert ("5 of 5 measures listed (todo 0, in_progress 1, done 2, extended 1, "
                "dropped 1)") in out


def test_five_faults_give_five_errors_in_one_run(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "台账.yaml"
    path.write_bytes(("\n".join([
        '"1.1": {status: 已完成}',
        '"7.7": {status: 推进中}',  # unknown id
        '"1.2": {status: 差不多了}',  # bad status word
        '"1.3": {状态: 推进中, 日期: 2023-02-30}',  # impossible date
        '"1.1": {status: 推进中}',  # duplicate key
        '"2.1": {status: [done, todo]}',  # wrong type
    ]) + "\n").encode("gb18030"))
    code, out, err = run_cli("status", "check", NOTICE, str(path))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{path}:2:1: error: expected a measure id of the notice, found '7.7'",
        f"{path}:3:17: error: expected a status todo/未启动/未开始|in_progress/推进中/进行中|"
        "done/已完成/完成|extended/延期/已延期|dropped/不再实施/取消 for measure 1.2, "
        "found '差不多了'",
        f"{path}:4:22: error: expected a date YYYY-MM-DD for date of measure 1.3, "
        "found '2023-02-30'",
        f"{path}:5:1: error: duplicate key '1.1' in the ledger (first given on line 1)",
        f"{path}:6:17: error: expected a value for the status of measure 2.1, found a list",
    ]
