"""Taking units' returned rows into the ledger: changes, history and conflicts.

For each measure the rows of every unit are compared with the ledger: a status a unit
reports that differs from the ledger's is a change; two units reporting *different* new
statuses for a shared measure is a :class:`Conflict`, left for the analyst (that measure
is not touched).  A change of status is added to the entry's ``history`` (the previous
state first when the history was empty), dated by the row's 更新日期 or by ``today``.
Progress and evidence from several units are kept side by side, each with its unit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from pydantic import Field

from tgbe.models import SCHEMA_VERSION, Model
from tgbe.track.ledger import HistoryRecord, Ledger, LedgerEntry, Status
from tgbe.track.returns import ReturnedRow


class UnitReport(Model):
    """One unit's status for a measure, and where it wrote it."""

    unit: str
    status: Status
    place: str = Field(description="FILE:SHEET:ROW of the returned row.")


class Conflict(Model):
    """Units reporting different new statuses for one measure: nothing was changed."""

    id: str
    reports: list[UnitReport]


class Change(Model):
    """A measure whose ledger entry the returned rows change."""

    id: str
    units: list[str] = Field(description="The units whose rows changed it.")
    before: Status
    after: Status
    fields: list[str] = Field(description="Ledger fields changed: status, progress, …")


class ImportResult(Model):
    """What ``tgbe status import`` found (the ``import`` JSON Schema)."""

    schema_version: str = SCHEMA_VERSION
    ledger: str
    files: list[str]
    rows: int = Field(description="Filled-in rows read from the workbooks.")
    written: bool = Field(description="False with --dry-run or when nothing changed.")
    changes: list[Change] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


def take_in(ledger: Ledger, rows: Sequence[ReturnedRow], today: date
            ) -> tuple[Ledger, list[Change], list[Conflict]]:
    """The ledger with ``rows`` taken in, the changes made and the conflicts left."""
    by_id: dict[str, list[ReturnedRow]] = {}
    for row in rows:
        by_id.setdefault(row.id, []).append(row)
    entries = dict(ledger.root)
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    for measure, reported in by_id.items():
        current = ledger.entry(measure)
        new = {row.status for row in reported if row.status and row.status != current.status}
        if len(new) > 1:
            conflicts.append(Conflict(id=measure, reports=[
                UnitReport(unit=row.sheet, status=row.status, place=row.place)
                for row in reported if row.status in new]))
            continue
        entry = _updated(current, reported, new.pop() if new else current.status, today)
        changed = [name for name in ("status", "new_deadline", "progress", "evidence")
                   if getattr(entry, name) != getattr(current, name)]
        if changed:
            entries[measure] = entry
            changes.append(Change(
                id=measure, units=list(dict.fromkeys(row.sheet for row in reported)),
                before=current.status, after=entry.status, fields=changed))
    return Ledger(entries), changes, conflicts


def _updated(current: LedgerEntry, rows: Sequence[ReturnedRow], status: Status,
             today: date) -> LedgerEntry:
    day = max((row.updated for row in rows if row.updated), default=None) or today
    fields = current.model_dump()
    fields.update(
        progress=_joined((row.sheet, row.progress) for row in rows) or current.progress,
        evidence=_joined((row.sheet, row.evidence) for row in rows) or current.evidence,
        new_deadline=max((row.new_deadline for row in rows if row.new_deadline),
                         default=current.new_deadline),
    )
    if status != current.status:
        history = list(current.history)
        if not history and current.date is not None:
            history.append(HistoryRecord(date=current.date, status=current.status,
                                         note=current.note))
        history.append(HistoryRecord(date=day, status=status, note=fields["progress"]))
        fields.update(status=status, date=day, history=history)
    return LedgerEntry.model_validate(fields)


def _joined(texts: Iterable[tuple[str, str | None]]) -> str | None:
    """One unit's text as it is; several different ones each after its unit's name."""
    found = {text: unit for unit, text in texts if text}
    if len(found) <= 1:
        return next(iter(found), None)
    return "；".join(f"{unit}：{text}" for text, unit in found.items())
