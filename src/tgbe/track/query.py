"""Selecting measures: by unit (through aliases), indicator, deadline, status, benchmark city.

A unit *takes part* in a measure when the measure lists it or when it leads the measure's
indicator (指标牵头单位); its role is then ``lead`` (indicator lead, or marked 牵头) or the
role the measure gives it.  Names are compared by canonical form, so 区市监局 finds
measures written with 区市场监督管理局 and the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pydantic import Field

from tgbe.infra.i18n import tr
from tgbe.models import SCHEMA_VERSION, Indicator, Measure, Model, Notice, Unit, UnitRole
from tgbe.parse.units import AliasTable, default_aliases
from tgbe.read.hanzi import for_matching
from tgbe.track.ledger import Ledger, Status

NO_UNIT = "(no unit 无责任单位)"


class UnknownName(ValueError):
    """A unit, indicator or city the notice does not have; carries the closest names."""

    def __init__(self, kind: str, name: str, suggestions: list[str],
                 ambiguous: bool = False) -> None:
        self.kind, self.name, self.suggestions = kind, name, suggestions
        hint = tr("query.hint", names=tr("list.separator").join(suggestions)) if suggestions else ""
        what = tr("query.several" if ambiguous else "query.unknown", kind=tr(f"query.{kind}"),
                  name=name)
        super().__init__(what + hint)


class Filters(Model):
    """What ``tgbe list`` keeps; every filter given must hold."""

    unit: str | None = None
    lead_only: bool = False
    indicator: str | None = None
    due_before: date | None = Field(None, description="Due strictly before this day.")
    due_after: date | None = Field(None, description="Due strictly after this day.")
    status: Status | None = None
    city: str | None = None
    include_collective: bool = Field(
        False, description="With unit: also measures given to collective phrases (各相关单位).")


class ListedMeasure(Model):
    """One measure as ``tgbe list`` shows it."""

    id: str
    indicator: str
    text: str
    deadline: date | None = Field(description="Due date (the ledger's new_deadline if any).")
    deadline_raw: str | None = Field(description="The deadline as written in the notice.")
    units: list[Unit]
    status: Status | None = Field(description="From the ledger; null without one.")
    line: int


class MeasureList(Model):
    """The JSON output of ``tgbe list`` (the ``measures`` JSON Schema)."""

    schema_version: str = SCHEMA_VERSION
    measures: list[ListedMeasure]


def roles_in(indicator: Indicator, measure: Measure) -> dict[str, UnitRole]:
    """Shown name -> role of every unit taking part in ``measure`` (lead wins)."""
    roles = {unit.canonical: UnitRole.LEAD for unit in indicator.lead_units}
    for unit in measure.units:
        if roles.get(unit.canonical) != UnitRole.LEAD:
            roles[unit.canonical] = unit.role
    return roles


def all_units(notice: Notice) -> list[Unit]:
    """Every unit of the notice (indicator leads and measure units), in document order."""
    return [unit for indicator in notice.indicators
            for unit in [*indicator.lead_units,
                         *(unit for measure in indicator.measures for unit in measure.units)]]


def suggest(name: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    """The choices closest to ``name`` (fuzzy match), best first."""
    from rapidfuzz import fuzz, process

    found = process.extract(name, list(dict.fromkeys(choices)), scorer=fuzz.WRatio,
                            limit=limit, score_cutoff=50)
    return [choice for choice, _, _ in found]


def resolve_unit(notice: Notice, name: str, aliases: AliasTable | None = None) -> frozenset[str]:
    """The shown names of the units of ``notice`` that ``name`` (any alias, any prefix) means.

    Units are matched by their alias key; a name without its administrative prefix (法院)
    finds the prefixed units (区法院).  Raises :class:`UnknownName` with the closest names
    when nothing matches.
    """
    table = aliases or default_aliases()
    name = for_matching(name)
    target = table.canonical(name.strip())
    units = all_units(notice)
    shown = {unit.key: unit.canonical for unit in units}
    keys = {target} | {prefix + target for prefix in table.prefixes}
    found = {shown[key] for key in keys & shown.keys()} or {
        unit.canonical for unit in units if for_matching(unit.canonical) == name.strip()}
    if found:
        return frozenset(found)
    return _unit_by_part(units, name.strip())


def _unit_by_part(units: list[Unit], part: str) -> frozenset[str]:
    """The unit one of whose written forms contains ``part`` (税务 → 区税务所).

    Several units: :class:`UnknownName` listing them (did you mean …); none: the closest.
    """
    found: dict[str, None] = {}
    for unit in units:
        if part and (part in for_matching(unit.name) or part in for_matching(unit.canonical)):
            found.setdefault(unit.canonical, None)
    if len(found) == 1:
        return frozenset(found)
    if found:
        raise UnknownName("unit", part, list(found), ambiguous=True)
    written = [unit.name for unit in units] + [unit.canonical for unit in units]
    raise UnknownName("unit", part, suggest(part, written))


def resolve_indicator(notice: Notice, given: str) -> Indicator:
    """The indicator numbered ``given`` (``3``), named by it, or the one whose name holds it."""
    text = for_matching(given.strip())
    for indicator in notice.indicators:
        if text in (str(indicator.number), indicator.numeral, for_matching(indicator.name)):
            return indicator
    partial = [indicator for indicator in notice.indicators
               if text in for_matching(indicator.name)]
    if len(partial) == 1:
        return partial[0]
    names = [indicator.name for indicator in partial or notice.indicators]
    raise UnknownName("indicator", given, names if partial else suggest(given, names),
                      ambiguous=bool(partial))


def _cities(notice: Notice, city: str) -> set[int]:
    """Numbers of the indicators benchmarked against ``city`` (a part of its name)."""
    numbers = {indicator.number for indicator in notice.indicators
               if any(city in each.name for each in indicator.benchmark_cities)}
    if not numbers:
        names = [each.name for item in notice.indicators for each in item.benchmark_cities]
        raise UnknownName("benchmark city", city, suggest(city, names))
    return numbers


def check_filters(filters: Filters, has_ledger: bool) -> None:
    """Raise ``ValueError`` when ``lead_only`` or ``status`` is given without what it needs."""
    if (filters.lead_only or filters.include_collective) and not filters.unit:
        flag = "--lead-only" if filters.lead_only else "--include-collective"
        raise ValueError(f"{flag} needs --unit")
    if filters.status and not has_ledger:
        raise ValueError("--status needs --ledger")


def query(
    notice: Notice, filters: Filters, ledger: Ledger | None = None,
    aliases: AliasTable | None = None,
) -> list[ListedMeasure]:
    """The measures of ``notice`` that pass every filter, in document order.

    Raises :class:`UnknownName` for a unit, indicator or city the notice lacks and
    ``ValueError`` when ``lead_only`` or ``status`` is given without what it needs.
    """
    check_filters(filters, ledger is not None)
    targets = resolve_unit(notice, filters.unit, aliases) if filters.unit else None
    chosen = resolve_indicator(notice, filters.indicator).number if filters.indicator else None
    cities = _cities(notice, filters.city) if filters.city else None
    book = ledger or Ledger({})
    found: list[ListedMeasure] = []
    for indicator in notice.indicators:
        if (chosen is not None and indicator.number != chosen) or (
            cities is not None and indicator.number not in cities
        ):
            continue
        for measure in indicator.measures:
            entry = book.entry(measure.id)
            due = entry.new_deadline or (measure.deadline.due if measure.deadline else None)
            if targets is not None and not _takes_part(indicator, measure, targets, filters):
                continue
            if not _due_between(due, filters) or filters.status not in (None, entry.status):
                continue
            found.append(ListedMeasure(
                id=measure.id, indicator=indicator.name, text=measure.text, deadline=due,
                deadline_raw=measure.deadline.raw if measure.deadline else None,
                units=measure.units, status=entry.status if ledger else None,
                line=measure.span.start_line,
            ))
    return found


def _takes_part(
    indicator: Indicator, measure: Measure, targets: frozenset[str], filters: Filters
) -> bool:
    roles = roles_in(indicator, measure)
    if any(roles.get(target) == UnitRole.LEAD for target in targets):
        return True
    if filters.lead_only:
        return False
    if targets & roles.keys():
        return True
    return filters.include_collective and any(unit.collective for unit in measure.units)


def _due_between(due: date | None, filters: Filters) -> bool:
    if filters.due_before is None and filters.due_after is None:
        return True
    if due is None:
        return False
    return (filters.due_before is None or due < filters.due_before) and (
        filters.due_after is None or due > filters.due_after
    )
