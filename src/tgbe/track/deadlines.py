"""Which measures are overdue on a given day, given the notice and its progress ledger.

A measure is *overdue* when its due date (or the ``new_deadline`` the ledger records as
approved) is before ``today`` and the ledger does not mark it ``done`` or ``dropped``.
Ongoing measures (持续推进) never fall due.  A measure without a deadline of its own takes
the notice's completion policy (原则上2023年9月底前完成) when there is one.  A deadline
that cannot be read, or a missing one with no policy to fall back on, makes the measure
*undated*: a finding listed in ``Report.undated`` (an incomplete notice is not broken
input), never silently skipped.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import Field

from tgbe.models import SCHEMA_VERSION, DeadlineKind, Indicator, Measure, Model, Notice, Span
from tgbe.track.ledger import CLOSED, Ledger, Status
from tgbe.track.query import roles_in


class DueItem(Model):
    """A measure with a due date: where it is, what it says, who carries it out."""

    id: str
    indicator: str
    text: str
    deadline: str | None = Field(description="The deadline as written in the notice.")
    due: date
    extended: bool = Field(description="Whether the due date is a new_deadline from the ledger.")
    status: Status
    units: list[str] = Field(description="Names of the measure's units, as shown.")
    line: int
    column: int


class OverdueItem(DueItem):
    """A measure past its due date."""

    days_overdue: int = Field(ge=1)


class DueSoonItem(DueItem):
    """A measure due within the warning window (today counts as 0 days left)."""

    days_left: int = Field(ge=0)


class UndatedItem(Model):
    """A measure whose due date cannot be determined: none written (and no completion
    policy), or one that cannot be read."""

    id: str
    indicator: str
    text: str
    deadline: str | None = Field(description="The deadline as written; null when none is.")
    reason: Literal["missing", "unreadable"]
    status: Status
    units: list[str] = Field(description="Names of the measure's units, as shown.")
    line: int
    column: int


class DeadlineError(Model):
    """Kept for the JSON contract: ``errors`` is always empty (see ``undated``)."""

    id: str
    message: str
    deadline: str | None
    line: int
    column: int


class Report(Model):
    """The result of ``tgbe check-deadlines`` (the ``deadlines`` JSON Schema)."""

    schema_version: str = SCHEMA_VERSION
    source: str
    today: date
    warn_within_days: int
    unit_filter: list[str] | None = Field(
        None, description="The units asked for with --unit (names as shown); null for all.")
    measures: int = Field(description="Number of measures checked.")
    closed: int = Field(description="Measures the ledger marks done or dropped.")
    ongoing: int = Field(description="Measures with an ongoing deadline (never due).")
    overdue: list[OverdueItem] = Field(default_factory=list)
    due_soon: list[DueSoonItem] = Field(default_factory=list)
    undated: list[UndatedItem] = Field(
        default_factory=list, description="Open measures without a usable deadline.")
    errors: list[DeadlineError] = Field(
        default_factory=list, description="Always empty; kept for compatibility (see undated).")


def check(
    notice: Notice, today: date, ledger: Ledger | None = None, warn_within: int = 0,
    units: frozenset[str] | None = None,
) -> Report:
    """Check every measure of ``notice`` against ``today`` (see the module docstring).

    ``warn_within`` days: measures due from today up to that many days later are listed
    in ``due_soon``.  ``units`` (shown names, see :func:`tgbe.track.query.resolve_unit`):
    only the measures one of them takes part in are checked.
    """
    book = ledger or Ledger({})
    policy_due = notice.completion_policy.due if notice.completion_policy else None
    overdue: list[OverdueItem] = []
    due_soon: list[DueSoonItem] = []
    undated: list[UndatedItem] = []
    checked = closed = ongoing = 0
    for indicator in notice.indicators:
        for measure in indicator.measures:
            if units is not None and not units & roles_in(indicator, measure).keys():
                continue
            checked += 1
            entry = book.entry(measure.id)
            if entry.status in CLOSED:
                closed += 1
                continue
            kind = measure.deadline.kind if measure.deadline else None
            due = entry.new_deadline or _due(measure, policy_due)
            if due is None and kind == DeadlineKind.ONGOING:
                ongoing += 1
                continue
            if due is None:
                undated.append(_undated(indicator, measure, entry.status))
                continue
            item = _item(indicator, measure, due, entry.new_deadline is not None, entry.status)
            if due < today:
                overdue.append(OverdueItem(days_overdue=(today - due).days, **item.model_dump()))
            elif due <= today + timedelta(days=warn_within):
                due_soon.append(DueSoonItem(days_left=(due - today).days, **item.model_dump()))
    return Report(
        source=notice.source.path, today=today, warn_within_days=warn_within,
        unit_filter=sorted(units) if units is not None else None,
        measures=checked, closed=closed, ongoing=ongoing,
        overdue=sorted(overdue, key=lambda item: -item.days_overdue),
        due_soon=sorted(due_soon, key=lambda item: item.days_left), undated=undated,
    )


def _due(measure: Measure, policy_due: date | None) -> date | None:
    """The measure's own due date, else the policy's when it has no deadline at all."""
    if measure.deadline is None:
        return policy_due
    return measure.deadline.due


def _position(measure: Measure) -> Span:
    return measure.deadline.span if measure.deadline and measure.deadline.span else measure.span


def _undated(indicator: Indicator, measure: Measure, status: Status) -> UndatedItem:
    span = _position(measure)
    return UndatedItem(
        id=measure.id, indicator=indicator.name, text=measure.text,
        deadline=measure.deadline.raw if measure.deadline else None,
        reason="missing" if measure.deadline is None else "unreadable", status=status,
        units=unit_names(measure), line=span.start_line, column=span.start_column,
    )


def _item(
    indicator: Indicator, measure: Measure, due: date, extended: bool, status: Status
) -> DueItem:
    span = _position(measure)
    return DueItem(
        id=measure.id, indicator=indicator.name, text=measure.text,
        deadline=measure.deadline.raw if measure.deadline else None, due=due,
        extended=extended, status=status, units=unit_names(measure),
        line=span.start_line, column=span.start_column,
    )


def unit_names(measure: Measure) -> list[str]:
    """Shown names of a measure's units, each once, in the order written."""
    return list(dict.fromkeys(unit.canonical for unit in measure.units))
