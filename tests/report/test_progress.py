"""The progress figures agree with check-deadlines, add up, and map every ledger status."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import tgbe
from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.track.ledger import Status, read_ledger_text
from tgbe.track.progress import STAGE_OF_STATUS, Stage, progress, stage_of

NOTICE = FIXTURES / "report" / "qinghe.txt"
LEDGER = FIXTURES / "report" / "qinghe-ledger.yaml"
SEED_LEDGER = FIXTURES / "report" / "seed-ledger.yaml"
STAGES = ("done", "in_progress", "not_started", "overdue", "dropped")


def _json(run_cli: RunCli, *args: str) -> dict[str, Any]:
    code, out, _ = run_cli(*args)
    assert code in (0, 1, 2), out
    data: dict[str, Any] = json.loads(out)
    return data


@pytest.mark.parametrize(("notice", "ledger", "day"), [
    (NOTICE, LEDGER, "2024-06-10"), (NOTICE, LEDGER, "2024-03-01"),
    (NOTICE, None, "2024-12-31"), (SEED, SEED_LEDGER, "2023-08-01"),
    (SEED, SEED_LEDGER, "2023-09-15"), (SEED, None, "2023-07-01"),
])
def test_summary_agrees_with_check_deadlines(
    run_cli: RunCli, notice: Path, ledger: Path | None, day: str
) -> None:
    """Overdue and due-soon: the same measures, in total and unit by unit."""
    book = ["--ledger", str(ledger)] if ledger else []
    deadlines = _json(run_cli, "check-deadlines", str(notice), *book, "--today", day,
                      "--warn-within", "30d", "-f", "json")
    summary = _json(run_cli, "status", "summary", str(notice), *book, "--today", day,
                    "-f", "json")
    overdue, soon = deadlines["overdue"], deadlines["due_soon"]
    assert isinstance(overdue, list) and isinstance(soon, list)
    totals = summary["totals"]
    assert isinstance(totals, dict)
    assert totals["overdue"] == len(overdue)
    assert totals["due_soon"] == len(soon)
    per_unit: dict[str, int] = {}
    for item in overdue:
        for unit in item["units"]:
            per_unit[unit] = per_unit.get(unit, 0) + 1
    units = summary["units"]
    assert isinstance(units, list)
    assert {unit["unit"]: unit["overdue"] for unit in units if unit["overdue"]} == per_unit
    closed = deadlines["closed"]
    assert totals["done"] + totals["dropped"] == closed
    assert totals["total"] == deadlines["measures"]


def test_stages_add_up_everywhere(seed_notice: tgbe.Notice) -> None:
    """Every indicator's and unit's stages sum to its total; indicators sum to the notice."""
    ledger = read_ledger_text(SEED_LEDGER.read_text(encoding="utf-8"), notice=seed_notice)
    figures = progress(seed_notice, date(2023, 8, 1), ledger)
    for tally in [figures.totals, *figures.indicators, *figures.units]:
        assert sum(getattr(tally, stage) for stage in STAGES) == tally.total
    assert sum(item.total for item in figures.indicators) == figures.totals.total
    assert figures.totals.total == len(seed_notice.measures())


def test_fixture_figures(run_cli: RunCli) -> None:
    """The invented notice on 2024-06-10: each count as worked out by hand."""
    summary = _json(run_cli, "status", "summary", str(NOTICE), "--ledger", str(LEDGER),
                    "--today", "2024-06-10", "-f", "json")
    assert summary["totals"] == {"total": 10, "done": 2, "in_progress": 1, "not_started": 4,
                                 "overdue": 2, "dropped": 1, "due_soon": 1, "undated": 2}
    water = summary["indicators"][2]
    assert (water["name"], water["overdue"], water["due_soon"]) == ("获得用水用气", 1, 1)
    assert summary["within_days"] == 30
    assert [error["id"] for error in summary["errors"]] == ["2.3"]


def test_in_progress_past_due_is_overdue() -> None:
    """An open measure past its due date is overdue whatever its open status."""
    assert stage_of(Status.IN_PROGRESS, overdue=True) is Stage.OVERDUE
    assert stage_of(Status.TODO, overdue=True) is Stage.OVERDUE
    assert stage_of(Status.DONE, overdue=True) is Stage.DONE
    assert stage_of(Status.IN_PROGRESS, overdue=False) is Stage.IN_PROGRESS


def test_every_status_has_a_stage() -> None:
    """A status added to the ledger must be given a stage (one table)."""
    assert set(STAGE_OF_STATUS) == set(Status)


def test_extension_moves_the_due_date(run_cli: RunCli) -> None:
    """1.4 was due 2024-06-15; the ledger's new_deadline 2024-08-31 replaces it."""
    summary = _json(run_cli, "status", "summary", str(NOTICE), "--ledger", str(LEDGER),
                    "--today", "2024-06-10", "--within", "90d", "-f", "json")
    measures = summary["measures"]
    assert isinstance(measures, list)
    extended = next(m for m in measures if m["id"] == "1.4")
    assert (extended["due"], extended["extended"], extended["days_left"]) == (
        "2024-08-31", True, 82)
    assert (extended["status"], extended["stage"]) == ("in_progress", "in_progress")
