"""Every unit of a notice: the names it is written with, its measures and first deadline."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from tgbe.models import SCHEMA_VERSION, Model, Notice, UnitRole
from tgbe.track.query import all_units, roles_in


class UnitSummary(Model):
    """One unit (by canonical name) and its share of the notice."""

    canonical: str
    aliases: list[str] = Field(description="The names the notice writes it with.")
    collective: bool
    lead: int = Field(description="Measures it leads (indicator lead or marked 牵头).")
    responsible: int = Field(description="Measures that list it as responsible or supporting.")
    earliest_deadline: date | None


class UnitList(Model):
    """The JSON output of ``tgbe units`` (the ``units`` JSON Schema)."""

    schema_version: str = SCHEMA_VERSION
    units: list[UnitSummary]


def summarise_units(notice: Notice) -> UnitList:
    """Every canonical unit, most measures first (then by name)."""
    names: dict[str, list[str]] = {}
    collective: dict[str, bool] = {}
    for unit in all_units(notice):
        written = names.setdefault(unit.canonical, [])
        if unit.name not in written:
            written.append(unit.name)
        collective[unit.canonical] = unit.collective
    lead = dict.fromkeys(names, 0)
    responsible = dict.fromkeys(names, 0)
    earliest: dict[str, date] = {}
    for indicator in notice.indicators:
        for measure in indicator.measures:
            due = measure.deadline.due if measure.deadline else None
            for canonical, role in roles_in(indicator, measure).items():
                (lead if role == UnitRole.LEAD else responsible)[canonical] += 1
                if due and (canonical not in earliest or due < earliest[canonical]):
                    earliest[canonical] = due
    units = [
        UnitSummary(canonical=canonical, aliases=written, collective=collective[canonical],
                    lead=lead[canonical], responsible=responsible[canonical],
                    earliest_deadline=earliest.get(canonical))
        for canonical, written in names.items()
    ]
    units.sort(key=lambda unit: (-(unit.lead + unit.responsible), unit.canonical))
    return UnitList(units=units)
