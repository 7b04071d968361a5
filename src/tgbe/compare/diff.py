"""Differences between two editions of a notice (``tgbe diff OLD NEW``).

Indicators are aligned by name and measures by text — identical texts first, then the
most similar pairs above a threshold — never by number, so a measure that was renumbered
or moved to another indicator is recognised as the same measure.  For every aligned pair
the diff reports rewording (with a character-level diff), moves, renumbering, deadline,
unit and target changes; per indicator, renames, benchmark cities, lead units, summary
wording and summary targets.  A unit that disappears everywhere while another appears in
the same places is reported once as renamed, not as many removals and additions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from pydantic import Field

from tgbe.compare.align import Alignment, align
from tgbe.models import SCHEMA_VERSION, Indicator, Measure, Model, Notice, Span, Target, Unit
from tgbe.read.hanzi import for_matching

DEFAULT_THRESHOLD = 60.0
RENAME_OVERLAP = 0.5


class ChangeKind(StrEnum):
    """What changed (the order is the order of the text report)."""

    HEADER_CHANGED = "header-changed"
    INDICATOR_ADDED = "indicator-added"
    INDICATOR_REMOVED = "indicator-removed"
    INDICATOR_RENAMED = "indicator-renamed"
    INDICATOR_RENUMBERED = "indicator-renumbered"
    MEASURE_ADDED = "measure-added"
    MEASURE_REMOVED = "measure-removed"
    MEASURE_REWORDED = "measure-reworded"
    MEASURE_MOVED = "measure-moved"
    MEASURE_RENUMBERED = "measure-renumbered"
    DEADLINE_CHANGED = "deadline-changed"
    UNIT_RENAMED = "unit-renamed"
    UNIT_ADDED = "unit-added"
    UNIT_REMOVED = "unit-removed"
    LEAD_CHANGED = "lead-changed"
    BENCHMARK_CHANGED = "benchmark-changed"
    SUMMARY_REWORDED = "summary-reworded"
    TARGET_CHANGED = "target-changed"
    TARGET_ADDED = "target-added"
    TARGET_REMOVED = "target-removed"


class Change(Model):
    """One difference.  ``old``/``new`` are the values before and after (texts, deadlines,
    unit names, cities, targets as written); ``diff`` marks a rewording character by
    character as ``[-removed-]{+added+}``; ``field`` names the header field of a
    ``header-changed`` change (``title``, ``doc_number`` …)."""

    kind: ChangeKind
    field: str | None = None
    indicator: int | None = None
    old_id: str | None = None
    new_id: str | None = None
    old: str | None = None
    new: str | None = None
    diff: str | None = None
    similarity: float | None = None
    measure_ids: list[str] = Field(default_factory=list)
    old_span: Span | None = None
    new_span: Span | None = None


class NoticeDiff(Model):
    """Output of ``tgbe diff -f json``: every difference between two editions."""

    schema_version: str = SCHEMA_VERSION
    old_path: str
    new_path: str
    threshold: float
    equal: bool
    counts: dict[str, int]
    changes: list[Change]


def diff_segments(old: str, new: str) -> list[tuple[str, str]]:
    """``old`` turned into ``new`` as ``(operation, text)`` runs: ``=`` kept, ``-`` removed,
    ``+`` added, compared character by character."""
    segments: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            segments.append(("=", old[a1:a2]))
            continue
        if a2 > a1:
            segments.append(("-", old[a1:a2]))
        if b2 > b1:
            segments.append(("+", new[b1:b2]))
    return segments


MARKERS: dict[str, tuple[str, str]] = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}


def char_diff(old: str, new: str) -> str:
    """``old`` turned into ``new``, marked character by character: ``[-gone-]{+added+}``."""
    return "".join(MARKERS[op][0] + text + MARKERS[op][1] for op, text in diff_segments(old, new))


def diff_notices(old: Notice, new: Notice, threshold: float = DEFAULT_THRESHOLD) -> NoticeDiff:
    """All differences between ``old`` and ``new`` (see the module docstring)."""
    indicators = align([i.name for i in old.indicators], [i.name for i in new.indicators],
                       threshold)
    old_measures, new_measures = old.measures(), new.measures()
    old_home = {m.id: i for i in old.indicators for m in i.measures}
    new_home = {m.id: i for i in new.indicators for m in i.measures}
    indicator_map = {old.indicators[p.old].number: new.indicators[p.new].number
                     for p in indicators.pairs}
    measures = align(
        [m.text for m in old_measures], [m.text for m in new_measures], threshold,
        prefer=lambda i, j: (
            indicator_map.get(old_home[old_measures[i].id].number)
            != new_home[new_measures[j].id].number
        ) * 1000 + abs(i - j),
    )
    places = _Places.collect(old, new, indicators, measures)
    renames = places.renames()
    changes = [
        *_header_changes(old, new),
        *_indicator_changes(old, new, indicators, renames, threshold),
        *_measure_changes(old_measures, new_measures, measures, old_home, new_home,
                          indicator_map, renames, threshold),
        *(
            Change(kind=ChangeKind.UNIT_RENAMED, old=places.old_names[before],
                   new=places.new_names[after], measure_ids=places.shared(before, after))
            for before, after in renames.items()
        ),
    ]
    order = list(ChangeKind)
    changes.sort(key=lambda change: order.index(change.kind))
    counts = Counter(change.kind.value for change in changes)
    return NoticeDiff(old_path=old.source.path, new_path=new.source.path, threshold=threshold,
                      equal=not changes, counts=dict(counts), changes=changes)


@dataclass
class _Places:
    """Where each unit (by alias key) stands in the aligned pairs of both editions.

    A place is an aligned measure pair (its new id) or an aligned indicator's lead units.
    """

    old_at: dict[str, set[str]]
    new_at: dict[str, set[str]]
    old_names: dict[str, str]
    new_names: dict[str, str]
    old_all: frozenset[str] = frozenset()
    new_all: frozenset[str] = frozenset()

    @classmethod
    def collect(cls, old: Notice, new: Notice, indicators: Alignment,
                measures: Alignment) -> _Places:
        old_measures, new_measures = old.measures(), new.measures()
        places = cls({}, {}, {}, {}, _all_units(old), _all_units(new))
        for pair in measures.pairs:
            place = new_measures[pair.new].id
            places.add(old_measures[pair.old].units, new_measures[pair.new].units, place)
        for pair in indicators.pairs:
            place = f"lead:{new.indicators[pair.new].number}"
            places.add(old.indicators[pair.old].lead_units, new.indicators[pair.new].lead_units,
                       place)
        return places

    def add(self, old: Iterable[Unit], new: Iterable[Unit], place: str) -> None:
        for unit in old:
            self.old_at.setdefault(unit.key, set()).add(place)
            self.old_names.setdefault(unit.key, unit.canonical)
        for unit in new:
            self.new_at.setdefault(unit.key, set()).add(place)
            self.new_names.setdefault(unit.key, unit.canonical)

    def renames(self) -> dict[str, str]:
        """Old unit key -> new one, for units gone everywhere and replaced in place."""
        gone = [name for name in self.old_at if name not in self.new_all]
        came = [name for name in self.new_at if name not in self.old_all]
        scored = sorted(
            ((-_overlap(self.old_at[a], self.new_at[b]), a, b) for a in gone for b in came),
        )
        result: dict[str, str] = {}
        for negative, before, after in scored:
            if -negative >= RENAME_OVERLAP and before not in result and (
                after not in result.values()
            ):
                result[before] = after
        return result

    def shared(self, before: str, after: str) -> list[str]:
        """Measure ids (new edition) where ``before`` was replaced by ``after``."""
        both = self.old_at[before] & self.new_at[after]
        return sorted((p for p in both if not p.startswith("lead:")), key=_id_key)


def _reworded(before: str | None, after: str | None) -> bool:
    """Whether two texts differ in more than their script (縣法院 and 县法院 are the same)."""
    if before is None or after is None:
        return before != after
    return before != after and for_matching(before) != for_matching(after)


def _change(kind: ChangeKind, where: dict[str, object], **fields: object) -> Change:
    """A change of ``kind`` at ``where`` (indicator, ids, spans) with the given fields."""
    return Change.model_validate({"kind": kind, **where, **fields})


def _all_units(notice: Notice) -> frozenset[str]:
    """Alias keys of every unit named anywhere in ``notice`` (measures and leads)."""
    leads = (unit for indicator in notice.indicators for unit in indicator.lead_units)
    units = (unit for measure in notice.measures() for unit in measure.units)
    return frozenset(unit.key for unit in (*leads, *units))


def _overlap(first: set[str], second: set[str]) -> float:
    return len(first & second) / len(first | second)


def _id_key(measure_id: str) -> tuple[int, ...]:
    return tuple(int("".join(c for c in part if c.isdigit()) or 0)
                 for part in measure_id.split("."))


def _label(indicator: Indicator) -> str:
    return f"{indicator.number} {indicator.name}"


# Header fields compared by ``tgbe diff``, in report order.
HEADER_FIELDS = ("issuer", "doc_number", "title", "recipients", "issue_date",
                 "completion_policy", "attachment_title")


def _header_changes(old: Notice, new: Notice) -> Iterator[Change]:
    """Changes of the notice's own facts: issuer, document number, title, dates …"""
    for name in HEADER_FIELDS:
        before, after = _header_value(old, name), _header_value(new, name)
        if _reworded(before, after):
            yield Change(kind=ChangeKind.HEADER_CHANGED, field=name, old=before, new=after,
                         old_span=_header_span(old, name), new_span=_header_span(new, name))


def _header_value(notice: Notice, name: str) -> str | None:
    """A header field as written (document number and completion policy as raw text)."""
    if name == "doc_number":
        return notice.doc_number.raw if notice.doc_number else None
    if name == "completion_policy":
        return notice.completion_policy.raw if notice.completion_policy else None
    if name == "recipients":
        return "、".join(notice.recipients) or None
    value = getattr(notice, name)
    return None if value is None else str(value)


def _header_span(notice: Notice, name: str) -> Span | None:
    if name == "doc_number" and notice.doc_number is not None:
        return notice.doc_number.span
    if name == "completion_policy" and notice.completion_policy is not None:
        return notice.completion_policy.span
    return None


def _indicator_changes(
    old: Notice, new: Notice, alignment: Alignment, renames: dict[str, str], threshold: float
) -> Iterator[Change]:
    for index in alignment.removed:
        gone = old.indicators[index]
        yield _change(ChangeKind.INDICATOR_REMOVED, {"indicator": gone.number},
                      old=_label(gone), old_span=gone.heading_span)
    for index in alignment.added:
        came = new.indicators[index]
        yield _change(ChangeKind.INDICATOR_ADDED, {"indicator": came.number},
                      new=_label(came), new_span=came.heading_span)
    for pair in alignment.pairs:
        before, after = old.indicators[pair.old], new.indicators[pair.new]
        where: dict[str, object] = {"indicator": after.number, "old_span": before.heading_span,
                                    "new_span": after.heading_span}
        if _reworded(before.name, after.name):
            yield _change(ChangeKind.INDICATOR_RENAMED, where, old=before.name, new=after.name,
                          similarity=pair.score)
        if before.number != after.number:
            yield _change(ChangeKind.INDICATOR_RENUMBERED, where, old=_label(before),
                          new=_label(after))
        if _unit_keys(before.lead_units, renames) != _unit_keys(after.lead_units, {}):
            yield _change(ChangeKind.LEAD_CHANGED, where,
                          old="、".join(unit.canonical for unit in before.lead_units),
                          new="、".join(unit.canonical for unit in after.lead_units))
        was, now = ([c.name for c in before.benchmark_cities],
                    [c.name for c in after.benchmark_cities])
        if _reworded("、".join(was), "、".join(now)):
            yield _change(ChangeKind.BENCHMARK_CHANGED, where, old="、".join(was),
                          new="、".join(now))
        if _reworded(before.summary, after.summary):
            yield _change(ChangeKind.SUMMARY_REWORDED, where, old=before.summary,
                          new=after.summary, diff=char_diff(before.summary, after.summary),
                          old_span=before.summary_span, new_span=after.summary_span)
        yield from _target_changes(before.targets, after.targets, threshold,
                                   {"indicator": after.number})


def _unit_keys(units: Sequence[Unit], renames: dict[str, str]) -> list[str]:
    """Alias keys of ``units``, renamed units under their new keys."""
    return sorted(renames.get(unit.key, unit.key) for unit in units)


def _measure_changes(
    old: list[Measure], new: list[Measure], alignment: Alignment,
    old_home: dict[str, Indicator], new_home: dict[str, Indicator],
    indicator_map: dict[int, int], renames: dict[str, str], threshold: float,
) -> Iterator[Change]:
    for index in alignment.removed:
        gone = old[index]
        yield _change(ChangeKind.MEASURE_REMOVED, {"indicator": old_home[gone.id].number},
                      old_id=gone.id, old=gone.text, old_span=gone.span)
    for index in alignment.added:
        came = new[index]
        yield _change(ChangeKind.MEASURE_ADDED, {"indicator": new_home[came.id].number},
                      new_id=came.id, new=came.text, new_span=came.span)
    for pair in alignment.pairs:
        before, after = old[pair.old], new[pair.new]
        home_before, home_after = old_home[before.id], new_home[after.id]
        where: dict[str, object] = {"indicator": home_after.number, "old_id": before.id,
                                    "new_id": after.id}
        spans = {"old_span": before.span, "new_span": after.span}
        if _reworded(before.text, after.text):
            yield _change(ChangeKind.MEASURE_REWORDED, where | spans, old=before.text,
                          new=after.text, diff=char_diff(before.text, after.text),
                          similarity=pair.score)
        if indicator_map.get(home_before.number) != home_after.number:
            yield _change(ChangeKind.MEASURE_MOVED, where | spans, old=_label(home_before),
                          new=_label(home_after))
        elif before.number != after.number:
            yield _change(ChangeKind.MEASURE_RENUMBERED, where | spans)
        deadlines = (before.deadline.raw if before.deadline else None,
                     after.deadline.raw if after.deadline else None)
        if _reworded(*deadlines):
            yield _change(ChangeKind.DEADLINE_CHANGED, where | {
                "old_span": before.deadline.span if before.deadline else None,
                "new_span": after.deadline.span if after.deadline else None,
            }, old=deadlines[0], new=deadlines[1])
        yield from _unit_changes(before, after, renames, where | spans)
        yield from _target_changes(before.targets, after.targets, threshold, where)


def _unit_changes(
    before: Measure, after: Measure, renames: dict[str, str], where: dict[str, object]
) -> Iterator[Change]:
    old_names = {renames.get(u.key, u.key): u.name for u in before.units}
    new_names = {u.key: u.name for u in after.units}
    for key, name in old_names.items():
        if key not in new_names:
            yield _change(ChangeKind.UNIT_REMOVED, where, old=name)
    for key, name in new_names.items():
        if key not in old_names:
            yield _change(ChangeKind.UNIT_ADDED, where, new=name)


def _target_changes(
    old: list[Target], new: list[Target], threshold: float, where: dict[str, object]
) -> Iterator[Change]:
    alignment = align([t.metric for t in old], [t.metric for t in new], threshold)
    for index in alignment.removed:
        yield _change(ChangeKind.TARGET_REMOVED, where, old=_shown(old[index]),
                      old_span=old[index].span)
    for index in alignment.added:
        yield _change(ChangeKind.TARGET_ADDED, where, new=_shown(new[index]),
                      new_span=new[index].span)
    for pair in alignment.pairs:
        before, after = old[pair.old], new[pair.new]
        if _figure(before) != _figure(after):
            yield _change(ChangeKind.TARGET_CHANGED, where, old=_shown(before),
                          new=_shown(after), old_span=before.span, new_span=after.span)


def _shown(target: Target) -> str:
    return f"{target.metric} {target.raw}"


def _figure(target: Target) -> tuple[str, float, str]:
    return target.comparator.value, target.value, for_matching(target.unit)
