"""Which measures are overdue on a given day, given the notice and its progress ledger.

A measure is *overdue* when its due date (or the ``new_deadline`` the ledger records as
approved) is before ``today`` and the ledger does not mark it ``done`` or ``dropped``.
Ongoing measures (持续推进) never fall due.  A measure without a deadline of its own takes
the notice's completion policy (原则上2023年9月底前完成) when there is one.  A deadline
that cannot be read, or a missing one with no policy to fall back on, is an *error*
listed in ``Report.errors`` — never silently skipped.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import Field

from tgbe.infra.i18n import tr
from tgbe.models import SCHEMA_VERSION, DeadlineKind, Indicator, Measure, Model, Notice, Span
from tgbe.track.ledger import CLOSED, Ledger, Status


class DueItem(Model):
    """A measure with a due date: where it is, what it says, who carries it out."""

    id: str
    indicator: str
    text: str
    deadline: str | None = Field(description="The deadline as written in the notice.")
    due: date
    extended: bool = Field(description="Whether the due date is a new_deadline from the ledger.")
    status: Status
    units: list[str] = Field(description="Canonical names of the measure's units.")
    line: int
    column: int


class OverdueItem(DueItem):
    """A measure past its due date."""

    days_overdue: int = Field(ge=1)


class DueSoonItem(DueItem):
    """A measure due within the warning window (today counts as 0 days left)."""

    days_left: int = Field(ge=0)


class DeadlineError(Model):
    """A measure whose due date cannot be determined."""

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
    measures: int = Field(description="Number of measures checked.")
    closed: int = Field(description="Measures the ledger marks done or dropped.")
    ongoing: int = Field(description="Measures with an ongoing deadline (never due).")
    overdue: list[OverdueItem] = Field(default_factory=list)
    due_soon: list[DueSoonItem] = Field(default_factory=list)
    errors: list[DeadlineError] = Field(default_factory=list)


def check(
    notice: Notice, today: date, ledger: Ledger | None = None, warn_within: int = 0
) -> Report:
    """Check every measure of ``notice`` against ``today`` (see the module docstring).

    ``warn_within`` days: measures due from today up to that many days later are listed
    in ``due_soon``.
    """
    book = ledger or Ledger({})
    policy_due = notice.completion_policy.due if notice.completion_policy else None
    overdue: list[OverdueItem] = []
    due_soon: list[DueSoonItem] = []
    errors: list[DeadlineError] = []
    closed = ongoing = 0
    for indicator in notice.indicators:
        for measure in indicator.measures:
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
                errors.append(_error(measure))
                continue
            item = _item(indicator, measure, due, entry.new_deadline is not None, entry.status)
            if due < today:
                overdue.append(OverdueItem(days_overdue=(today - due).days, **item.model_dump()))
            elif due <= today + timedelta(days=warn_within):
                due_soon.append(DueSoonItem(days_left=(due - today).days, **item.model_dump()))
    return Report(
        source=notice.source.path, today=today, warn_within_days=warn_within,
        measures=len(notice.measures()), closed=closed, ongoing=ongoing,
        overdue=sorted(overdue, key=lambda item: -item.days_overdue),
        due_soon=sorted(due_soon, key=lambda item: item.days_left), errors=errors,
    )


def _due(measure: Measure, policy_due: date | None) -> date | None:
    """The measure's own due date, else the policy's when it has no deadline at all."""
    if measure.deadline is None:
        return policy_due
    return measure.deadline.due


def _position(measure: Measure) -> Span:
    return measure.deadline.span if measure.deadline and measure.deadline.span else measure.span


def _error(measure: Measure) -> DeadlineError:
    span = _position(measure)
    if measure.deadline is None:  # in the run's language, as the JSON ``message`` too
        message = tr("deadline.no_deadline", id=measure.id)
    else:
        message = tr("deadline.unreadable", id=measure.id, raw=measure.deadline.raw)
    return DeadlineError(
        id=measure.id, message=message, deadline=measure.deadline.raw if measure.deadline else None,
        line=span.start_line, column=span.start_column,
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
    """Canonical names of a measure's units, each once, in the order written."""
    return list(dict.fromkeys(unit.canonical for unit in measure.units))
