"""Progress figures of a notice on a day: per measure, per indicator, per unit and in total.

The one place the figures of ``tgbe status summary`` and ``tgbe report`` come from.  They
are built on :func:`tgbe.track.deadlines.check`, so *overdue* and *due soon* are exactly
the measures ``tgbe check-deadlines`` lists for the same notice, ledger, day and window.

Every measure falls in one *stage* (the stacked bars of the report add up to the total):

- ``done`` / ``dropped``: the ledger says so;
- ``overdue``: past its due date and not closed (whatever the ledger's open status);
- ``in_progress`` / ``not_started``: the ledger's open statuses otherwise.

Two more counts cut across the stages: ``due_soon`` (due from today up to ``within`` days
later, not closed) and ``undated`` (open, with no usable due date: ongoing work or an
unreadable deadline).  A unit's figures count the measures that list it (as
``check-deadlines`` groups them); measures without a unit go to :data:`NO_UNIT`.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from tgbe.models import SCHEMA_VERSION, Model, Notice
from tgbe.track.deadlines import DeadlineError, Report, check, unit_names
from tgbe.track.ledger import Ledger, Status
from tgbe.track.query import NO_UNIT

DEFAULT_WITHIN_DAYS = 30


class Stage(StrEnum):
    """Where a measure stands on the day, one per measure (see the module docstring)."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    OVERDUE = "overdue"
    DROPPED = "dropped"


# The ledger's statuses as stages; a new status slots in here and nowhere else.
STAGE_OF_STATUS: dict[Status, Stage] = {
    Status.TODO: Stage.NOT_STARTED,
    Status.IN_PROGRESS: Stage.IN_PROGRESS,
    Status.DONE: Stage.DONE,
    Status.DROPPED: Stage.DROPPED,
    Status.EXTENDED: Stage.IN_PROGRESS,
}


def stage_of(status: Status, overdue: bool) -> Stage:
    """The stage of a measure with the ledger ``status``; open and past due is overdue."""
    stage = STAGE_OF_STATUS[status]
    if overdue and stage in (Stage.IN_PROGRESS, Stage.NOT_STARTED):
        return Stage.OVERDUE
    return stage


class Tally(Model):
    """Counts of measures: by stage (they add up to ``total``), due soon and undated."""

    total: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    overdue: int = 0
    dropped: int = 0
    due_soon: int = Field(0, description="Open measures due within the window.")
    undated: int = Field(0, description="Open measures with no usable due date.")


class IndicatorProgress(Tally):
    """The figures of one indicator."""

    number: int
    name: str


class UnitProgress(Tally):
    """The figures of one unit (canonical name) over the measures that list it."""

    unit: str


class MeasureProgress(Model):
    """One measure on the day."""

    id: str
    indicator: int = Field(description="Number of its indicator.")
    text: str
    units: list[str] = Field(description="Canonical names of the measure's units.")
    status: Status = Field(description="From the ledger (todo when it does not list it).")
    stage: Stage
    due: date | None = Field(description="Due date (the ledger's new_deadline if any).")
    extended: bool = Field(False, description="Whether due is the ledger's new_deadline.")
    days_overdue: int | None = None
    days_left: int | None = Field(None, description="Set when due within the window.")


class Progress(Model):
    """The figures of a notice on a day (the ``progress`` JSON Schema)."""

    schema_version: str = SCHEMA_VERSION
    source: str
    title: str | None
    today: date
    within_days: int = Field(description="The window of due_soon, in days.")
    totals: Tally
    indicators: list[IndicatorProgress]
    units: list[UnitProgress] = Field(description="Most overdue first, then most measures.")
    measures: list[MeasureProgress]
    errors: list[DeadlineError] = Field(
        default_factory=list, description="Deadlines that cannot be read (counted undated).")


def progress(
    notice: Notice, today: date, ledger: Ledger | None = None,
    within: int = DEFAULT_WITHIN_DAYS,
) -> Progress:
    """The figures of ``notice`` on ``today`` with ``ledger`` (see the module docstring)."""
    book = ledger or Ledger({})
    report = check(notice, today, book, within)
    overdue = {item.id: item for item in report.overdue}
    soon = {item.id: item for item in report.due_soon}
    policy_due = notice.completion_policy.due if notice.completion_policy else None
    measures: list[MeasureProgress] = []
    for indicator in notice.indicators:
        for measure in indicator.measures:
            entry = book.entry(measure.id)
            own = measure.deadline.due if measure.deadline else policy_due
            late, near = overdue.get(measure.id), soon.get(measure.id)
            stage = stage_of(entry.status, late is not None)
            measures.append(MeasureProgress(
                id=measure.id, indicator=indicator.number, text=measure.text,
                units=unit_names(measure), status=entry.status, stage=stage,
                due=entry.new_deadline or own, extended=entry.new_deadline is not None,
                days_overdue=late.days_overdue if late else None,
                days_left=near.days_left if near else None,
            ))
    indicators = [
        IndicatorProgress(number=indicator.number, name=indicator.name,
                          **_tally([m for m in measures if m.indicator == indicator.number]
                                   ).model_dump())
        for indicator in notice.indicators
    ]
    return Progress(
        source=notice.source.path, title=notice.title, today=today, within_days=within,
        totals=_tally(measures), indicators=indicators,
        units=_units(measures), measures=measures, errors=_unreadable(report),
    )


def _unreadable(report: Report) -> list[DeadlineError]:
    """The deadlines written but not readable, as warnings (they are counted undated)."""
    return [DeadlineError(id=item.id, deadline=item.deadline, line=item.line, column=item.column,
                          message=f"cannot read the deadline of measure {item.id}: "
                                  f"{item.deadline!r}")
            for item in report.undated if item.reason == "unreadable"]


def is_open(measure: MeasureProgress) -> bool:
    """Whether the measure is still to be done (neither done nor dropped)."""
    return measure.stage not in (Stage.DONE, Stage.DROPPED)


def _tally(measures: list[MeasureProgress]) -> Tally:
    counts = dict.fromkeys(Stage, 0)
    for measure in measures:
        counts[measure.stage] += 1
    return Tally(
        total=len(measures), **{stage.value: count for stage, count in counts.items()},
        due_soon=sum(measure.days_left is not None for measure in measures),
        undated=sum(is_open(measure) and measure.due is None for measure in measures),
    )


def _units(measures: list[MeasureProgress]) -> list[UnitProgress]:
    groups: dict[str, list[MeasureProgress]] = {}
    for measure in measures:
        for unit in measure.units or [NO_UNIT]:
            groups.setdefault(unit, []).append(measure)
    units = [UnitProgress(unit=unit, **_tally(items).model_dump())
             for unit, items in groups.items()]
    units.sort(key=lambda unit: (-unit.overdue, -unit.total, unit.unit))
    return units


def unit_measures(figures: Progress, unit: str) -> list[MeasureProgress]:
    """The measures that count towards ``unit`` (see :data:`NO_UNIT`), in document order."""
    return [measure for measure in figures.measures
            if unit in measure.units or (unit == NO_UNIT and not measure.units)]
