"""The work list by unit: what each unit is asked to do, where it stands, what is late.

:func:`worklist` turns a notice, its ledger and a day into one :class:`UnitWork` per unit
(the sheets of ``tgbe export``) and a :class:`UnitTally` per unit (its 总表 line).  Units
are in ``tgbe units`` order; collective phrases (各相关单位) get no list of their own unless
asked, and measures no single unit takes part in are gathered under :data:`NO_UNIT`, so
nothing is left out.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from tgbe.models import Indicator, Measure, Notice, UnitRole
from tgbe.track.deadlines import check
from tgbe.track.ledger import CLOSED, Ledger, LedgerEntry, Status
from tgbe.track.query import NO_UNIT, roles_in
from tgbe.track.unit_summary import summarise_units


class WorkRow(NamedTuple):
    """One measure on one unit's list."""

    indicator: Indicator
    measure: Measure
    role: UnitRole | None
    entry: LedgerEntry
    due: date | None  # the ledger's new deadline, else the notice's
    days_overdue: int | None


class UnitTally(NamedTuple):
    """One unit's line of the summary: counts and its next open deadline."""

    unit: str
    measures: int
    done: int
    in_progress: int
    overdue: int
    next_deadline: date | None


class UnitWork(NamedTuple):
    """A unit's list of measures and its tally."""

    unit: str
    rows: list[WorkRow]
    tally: UnitTally


_STARTED = frozenset({Status.IN_PROGRESS, Status.EXTENDED})


def worklist(notice: Notice, ledger: Ledger | None, today: date,
             collectives: bool = False) -> list[UnitWork]:
    """Every unit's work list (see the module docstring); ``collectives`` lists them too."""
    book = ledger or Ledger({})
    late = {item.id: item.days_overdue for item in check(notice, today, book).overdue}
    order = [unit.canonical for unit in summarise_units(notice).units
             if collectives or not unit.collective]
    kept = frozenset(order)
    lists: dict[str, list[WorkRow]] = {name: [] for name in order}
    for indicator in notice.indicators:
        for measure in indicator.measures:
            entry = book.entry(measure.id)
            due = entry.new_deadline or (measure.deadline.due if measure.deadline else None)
            roles: dict[str, UnitRole | None] = {
                name: role for name, role in roles_in(indicator, measure).items() if name in kept
            } or {NO_UNIT: None}
            for name, role in roles.items():
                lists.setdefault(name, []).append(
                    WorkRow(indicator, measure, role, entry, due, late.get(measure.id)))
    return [UnitWork(name, rows, _tally(name, rows, today)) for name, rows in lists.items()
            if rows]


def _tally(unit: str, rows: list[WorkRow], today: date) -> UnitTally:
    open_due = [row.due for row in rows
                if row.due and row.due >= today and row.entry.status not in CLOSED]
    return UnitTally(
        unit=unit, measures=len(rows),
        done=sum(row.entry.status == Status.DONE for row in rows),
        in_progress=sum(row.entry.status in _STARTED for row in rows),
        overdue=sum(row.days_overdue is not None for row in rows),
        next_deadline=min(open_due, default=None),
    )
