"""The progress ledger: loading, its errors (file:line:col, exit 2) and ``tgbe status``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.errors import TgbeError
from tgbe.models import Notice
from tgbe.track.ledger import Status, ledger_template, load_ledger, read_ledger_text

LEDGERS = FIXTURES / "ledger"


def test_progress_ledger_loads_statuses_dates_and_extensions(seed_notice: Notice) -> None:
    ledger = load_ledger(str(LEDGERS / "progress.yaml"), seed_notice)
    assert ledger.entry("1.10").status == Status.DONE
    assert ledger.entry("1.10").date == date(2023, 6, 20)
    assert ledger.entry("1.11").status == Status.DROPPED
    assert ledger.entry("11.2").new_deadline == date(2023, 12, 31)
    assert ledger.entry("11.2").note == "延期已批准"
    assert ledger.entry("2.1").status == Status.TODO
    assert ledger.counts() == {"todo": 0, "in_progress": 1, "done": 1, "extended": 0,
                               "dropped": 1}


@pytest.mark.parametrize(
    ("name", "line", "column", "expected"),
    [
        ("unknown-id.yaml", 2, 1, "expected a measure id of the notice, found '99.1'"),
        ("duplicate.yaml", 3, 1, "duplicate key '1.1' in the ledger (first given on line 1)"),
        ("bad-date.yaml", 1, 29, "expected a date YYYY-MM-DD for date of measure 1.1, "
                                 "found '2023-13-01'"),
        ("bad-status.yaml", 1, 17, "expected a status todo/未启动/未开始|in_progress/推进中/"
                                   "进行中|done/已完成/完成|extended/延期/已延期|dropped/"
                                   "不再实施/取消 for measure 1.1, found 'finished'"),
        ("syntax.yaml", 2, 6, "invalid YAML: did not find expected ',' or '}'"),
        ("python-tag.yaml", 1, 8, "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:"
                                  "os.system'"),
        ("unquoted.yaml", 1, 1, 'expected a quoted measure id such as "1.10", found the unquoted'
                                " number 1.10 (YAML reads unquoted 1.10 as the number 1.1)"),
    ],
)
def test_bad_ledgers_are_located_errors_with_exit_2(
    run_cli: RunCli, name: str, line: int, column: int, expected: str
) -> None:
    path = LEDGERS / name
    before = path.read_bytes()
    code, out, err = run_cli("status", "check", str(SEED), str(path))
    assert code == 2 and out == ""
    assert err.splitlines()[0] == f"{path}:{line}:{column}: error: {expected}"
    assert path.read_bytes() == before
    code, _, err = run_cli("check-deadlines", str(SEED), "--ledger", str(path), "--today",
                           "2023-10-08")
    assert code == 2 and f"{path}:{line}:{column}: error: " in err


def test_every_bad_entry_is_reported_not_just_the_first(tmp_path: Path, seed_notice: Notice
                                                         ) -> None:
    path = tmp_path / "ledger.yaml"
    path.write_text('"1.1": {status: nope}\n"1.2": {date: 2023-02-30}\n"0.9": done\n',
                    encoding="utf-8")
    with pytest.raises(TgbeError) as caught:
        load_ledger(str(path), seed_notice)
    assert [(p.line, p.column) for p in caught.value.problems] == [(1, 17), (2, 15), (3, 1)]


def test_template_quotes_ids_so_1_10_stays_1_10(seed_notice: Notice) -> None:
    text = ledger_template(seed_notice)
    data = yaml.safe_load(text)
    assert list(data) == [measure.id for measure in seed_notice.measures()]
    assert "1.10" in data and 1.1 not in data
    assert data["1.10"] == {"status": "todo"}
    assert '"1.10": {status: todo}' in text


def test_status_init_writes_a_ledger_that_status_check_accepts(run_cli: RunCli,
                                                              tmp_path: Path) -> None:
    target = tmp_path / "ledger.yaml"
    code, out, _ = run_cli("status", "init", str(SEED), "-o", str(target))
    assert code == 0 and out == ""
    code, out, _ = run_cli("status", "check", str(SEED), str(target))
    assert code == 0
    assert out == (f"{target}: ok — 213 of 213 measures listed (todo 213, in_progress 0, "
                   "done 0, extended 0, dropped 0); unlisted measures count as todo\n")


def test_status_init_refuses_to_overwrite_without_force(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "ledger.yaml"
    target.write_text('"1.1": done\n', encoding="utf-8")
    code, _, err = run_cli("status", "init", str(SEED), "-o", str(target))
    assert code == 2 and "use --force" in err
    assert target.read_text(encoding="utf-8") == '"1.1": done\n'
    code, _, _ = run_cli("status", "init", str(SEED), "-o", str(target), "--force")
    assert code == 0 and len(yaml.safe_load(target.read_text(encoding="utf-8"))) == 213


def test_status_check_json_is_the_normalised_ledger(run_cli: RunCli) -> None:
    code, out, _ = run_cli("status", "check", str(SEED), str(LEDGERS / "progress.yaml"),
                           "-f", "json")
    assert code == 0
    assert json.loads(out)["1.10"] == {"status": "done", "date": "2023-06-20",
                                       "new_deadline": None, "note": None, "progress": None,
                                       "evidence": None, "history": []}


def test_status_without_a_subcommand_prints_its_help(run_cli: RunCli) -> None:
    code, out, _ = run_cli("status")
    assert code == 0
    assert "init" in out and "check" in out and "Progress ledger" in out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('"1.0{}[]:, \n-#!&*?|>%@`\'abdonet\t2')),
               max_size=60))
def test_any_text_is_a_ledger_or_located_errors(text: str) -> None:
    try:
        ledger = read_ledger_text(text, "fuzz.yaml")
    except TgbeError as error:
        assert error.problems
        assert all(p.path == "fuzz.yaml" and p.line >= 1 and p.column >= 1
                   for p in error.problems)
    else:
        assert all(isinstance(key, str) for key in ledger.root)
