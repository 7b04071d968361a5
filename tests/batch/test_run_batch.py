"""``run_batch``: ordered outcomes, per-file failures, the same results with a process pool."""

from __future__ import annotations

from functools import partial

import pytest

from tgbe.cli.batch import Outcome, attempt, default_jobs, run_batch
from tgbe.errors import TgbeError


def shout(path: str, *, suffix: str) -> str:
    """A picklable worker: fails for names starting with 'bad', crashes for 'boom'."""
    if path.startswith("bad"):
        raise TgbeError.at(path, "expected good input, found bad", 3, 4)
    if path.startswith("boom"):
        raise ValueError("unexpected")
    return path.upper() + suffix


ITEMS = [f"file{index}" for index in range(12)] + ["bad1", "boom", "last"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_outcomes_come_in_input_order_and_failures_stay_per_file(jobs: int) -> None:
    outcomes = list(run_batch(ITEMS, partial(shout, suffix="!"), jobs))
    assert [outcome.path for outcome in outcomes] == ITEMS
    assert outcomes[0].value == "FILE0!" and outcomes[-1].value == "LAST!"
    bad, boom = outcomes[-3], outcomes[-2]
    assert bad.failed and bad.error().problems[0].format() == (
        "bad1:3:4: error: expected good input, found bad"
    )
    assert boom.failed and "internal error: ValueError: unexpected" in boom.problems[0].message


def test_on_done_sees_every_outcome() -> None:
    seen: list[str] = []
    list(run_batch(["a", "b"], partial(shout, suffix=""), 1, lambda done: seen.append(done.path)))
    assert seen == ["a", "b"]


def test_attempt_wraps_a_value() -> None:
    assert attempt(partial(shout, suffix="?"), "x") == Outcome("x", "X?")
    assert default_jobs() >= 1
