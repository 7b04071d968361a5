"""A measure's deadline and units, from its field lines (完成时限：…, 责任单位：…) and from the
brackets and phrases of its text (…。（A牵头，B配合）, …2023年6月底前…); an indicator's lead
units from its heading's bracket and lead lines.  The phrases themselves are read by
:mod:`tgbe.parse.inline` and :mod:`tgbe.parse.dates`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from tgbe.lang.patterns import CLOSE_BRACKETS, OPEN_BRACKETS, LazyPattern
from tgbe.parse.block_text import (
    last_piece,
    split_tail,
    trailing_brackets,
    trimmed,
    unclosed_open,
)
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.build_context import BuildContext
from tgbe.parse.dates import deadline_record
from tgbe.parse.inline import (
    BracketReading,
    Convention,
    UnitGroup,
    closing_clause,
    inline_deadlines,
    inner_brackets,
    progress_clause,
    read_bracket,
    read_field,
    split_names,
    strip_convention,
)
from tgbe.parse.labels import (
    is_deadline_label,
    is_field_label,
    is_person_label,
    unit_label_role,
)
from tgbe.parse.records import DeadlineRecord
from tgbe.parse.units import AliasTable, has_collective_marker, looks_like_unit
from tgbe.vocab import Severity, UnitRole


class TextUnits(NamedTuple):
    """What a measure's text says in its closing brackets: the text without them, the unit
    groups of the closing bracket, the deadline phrase (of either bracket), a first-unit-leads
    note, and the groups of each unit bracket closing a sentence before (each bracket keeps
    its own roles: ``（A负责）…。（B牵头，C配合）``)."""

    text: str
    groups: list[UnitGroup]
    deadline: str | None
    convention: Convention | None
    inner: tuple[list[UnitGroup], ...] = ()


class FieldReading(NamedTuple):
    """What a measure's field lines say: the deadline (the last 完成时限 line), the unit
    groups in order, and the first first-unit-leads note among the unit fields."""

    deadline: DeadlineRecord | None
    groups: list[UnitGroup]
    convention: Convention | None


def heading_leads(groups: list[UnitGroup]) -> tuple[list[str], bool]:
    """The lead units of an indicator among unit groups, and whether they are marked as such.

    Marked leads (A牵头, 牵头单位：A) are the leads and supporting units are left out (the
    indicator has no place for them); an unmarked list of units (（A、B）) is the leads.
    """
    marked = [name for role, names in groups if role is UnitRole.LEAD for name in names]
    if marked:
        return marked, True
    return [name for role, names in groups if role is UnitRole.RESPONSIBLE for name in names], False


def text_units(text: str, measure_id: str, block: Block, context: BuildContext) -> TextUnits:
    """Split units named in closing brackets (closed, or cut off by truncation) off ``text``.

    A deadline bracket next to the unit bracket, before or after it (``…。（2023年9月底前完成）
    （A牵头，B配合）``), is split off as well and gives the deadline.
    """
    body, readings, deadline = trailing_brackets(text)
    inner_readings = inner_brackets(body)
    inner = tuple(list(found.groups) for found in inner_readings)
    deadline = deadline or next((found.deadline for found in inner_readings if found.deadline),
                                None)
    if readings:
        reading = readings[0]
        return TextUnits(body, list(reading.groups), reading.deadline or deadline,
                         reading.convention, inner)
    cut, fragment = _open_tail(body)
    truncated = read_bracket(fragment) if fragment is not None else None
    if truncated is None:
        clause = closing_clause(body)
        if clause is None:
            return TextUnits(body, [], deadline, None, inner)
        return TextUnits(clause[0], list(clause[1].groups), clause[1].deadline or deadline,
                         clause[1].convention, inner)
    context.report("truncated-measure", Severity.WARNING,
                   f"measure {measure_id} ends inside an unclosed unit bracket: the text "
                   "looks truncated; the last, cut unit name is left out",
                   context.span(block.marker, last_piece(block)))
    return TextUnits(cut, list(truncated.groups), truncated.deadline or deadline,
                     truncated.convention)


# A unit list before a colon opening a measure's text: ``县供电公司：推行…``, ``A、B：…``.
_LEADING_LIST = re.compile(r"(?P<names>[^：:。；;，,]{2,80}?)[ \t\u3000]*[：:][ \t\u3000]*")


def leading_units(text: str, aliases: AliasTable) -> tuple[int, list[UnitGroup]]:
    """Units named before a colon at the start of a measure's text (``区发改局、区供电公司：
    压缩…``), and where the text after them starts; ``(0, [])`` when there are none.

    Every name must look like a government unit (:func:`are_government_units`), so that a
    heading ending in a unit-like word (``召开推进会：…``) stays text.  A field label
    (``责任单位：``) is not a unit.
    """
    match = _LEADING_LIST.match(text)
    if match is None or is_field_label(match["names"].strip()):
        return 0, []
    groups = read_field(UnitRole.RESPONSIBLE, match["names"])
    if not are_government_units([name for _, group in groups for name in group], aliases):
        return 0, []
    return match.end(), groups


def are_government_units(names: list[str], aliases: AliasTable) -> bool:
    """Whether every name (at least one) ends like a unit and starts like one of a government:
    an administrative prefix (县, 区 …), a core name the alias table knows, or a collective
    marker (各乡镇, 有关部门) — so that a phrase ending in a unit-like word (推进会) is not
    taken for one."""
    return bool(names) and all(
        looks_like_unit(name) and (name[:1] in aliases.prefixes or name in aliases.cores
                                   or has_collective_marker(name))
        for name in names)


def heading_bracket(heading: str) -> BracketReading | None:
    """The units in a bracket closing a measure's first line when its text goes on below it
    (``1.推行…（A牵头）`` and then the body); the bracket stays in the text."""
    _, tail = split_tail(heading)
    return read_bracket(tail[1:-1]) if tail else None


def _open_tail(text: str) -> tuple[str, str | None]:
    """The text before an unclosed last bracket, and that bracket's complete names."""
    if sum(map(text.count, OPEN_BRACKETS)) <= sum(map(text.count, CLOSE_BRACKETS)):
        return text, None
    index = unclosed_open(text)
    if index is None:
        return text, None
    fragment = text[index + 1 :]
    cut = max(fragment.rfind(sep) for sep in "、，,；;")
    return text[:index].rstrip(), fragment[:cut] if cut > 0 else None


def read_fields(fields: list[Line], context: BuildContext) -> FieldReading:
    """The deadline and unit groups of a measure's field lines (see :class:`FieldReading`)."""
    deadline = None
    groups: list[UnitGroup] = []
    convention = None
    for line in fields:
        if is_deadline_label(line.label):
            phrase = line.value.rstrip("。；;")
            piece = trimmed(line.text, len(line.value) - len(phrase)) if line.text else None
            span = context.span(piece, piece) if piece else None
            deadline = deadline_record(phrase, context.default_year, span)
        elif not is_person_label(line.label):
            value, note = strip_convention(line.value)
            convention = convention or note
            groups.extend(read_field(unit_label_role(line.label) or UnitRole.RESPONSIBLE, value))
    return FieldReading(deadline, groups, convention)


def text_deadline(
    bracket: str | None, text: str, pieces: list[Piece], context: BuildContext
) -> DeadlineRecord | None:
    """The deadline a measure names in its unit bracket or, failing that, in its text: the
    latest of its deadline phrases and its last clause (:func:`progress_clause`); its span is
    where the phrase is in ``pieces``."""
    progress = None if bracket else progress_clause(text)
    phrases = [bracket] if bracket else [found.raw for found in inline_deadlines(text)]
    phrases += [progress] if progress and all(found not in progress for found in phrases) else []
    best: tuple[DeadlineRecord, str] | None = None
    for phrase in phrases:
        parsed = deadline_record(phrase, context.default_year)
        if best is None or (parsed["due"] or date.max) >= (best[0]["due"] or date.max):
            best = (parsed, phrase)
    if best is None:
        return None
    record, phrase = best
    record["span"] = context.phrase_span(phrase, pieces)
    return record


def merge_pieces(first: Piece | None, line: Line, joiner: str = "") -> Piece:
    """A field value continued on the next line, as one piece spanning both."""
    base = first or line.first
    return Piece((first.text + joiner if first else "") + line.value, base.line, base.column,
                 line.last.end_line, line.last.end_column)


# A date cut by a wrap: the value ends in a digit, 年 or 月, the next line goes on with a
# digit or the word after them (2024年 / 12月底, 6 / 月底前).
_DATE_END = LazyPattern(r"[0-9年月]$")
_DATE_GOES_ON = LazyPattern(r"[0-9年月日号底末前份]")
_LIST_SEPARATORS = ("、", "，", ",", "；", ";")


def field_joiner(field: Line, line: Line) -> str | None:
    """How a plain line goes on with a field's value (a hard-wrapped field), or ``None``
    when it does not: ``""`` (joined as written) or ``"、"`` (one more unit list line).

    It goes on after a value ending in a list separator, when it starts with one (``、县市场
    监管局``), when a date of a deadline field's value is wrapped inside (``完成时限：2`` /
    ``024年6月底``, ``2024年`` / ``12月底``), when a unit name is wrapped inside (the value's
    last name is no unit, joined with the line's first it is: ``县市场监`` / ``督管理局、…``,
    ``县公安`` / ``局``), and when every name in it looks like a unit after a unit field
    (joined with ``、``).
    """
    if line.key is not None or line.text is None:
        return None
    value, more = field.value, line.value
    if value.endswith(_LIST_SEPARATORS) or more.startswith(_LIST_SEPARATORS):
        return ""
    if is_deadline_label(field.label):
        return "" if _DATE_END.search(value) and _DATE_GOES_ON.match(more) else None
    names = split_names(more)
    if "。" in more or not names:
        return None
    before = split_names(value)
    if before and not looks_like_unit(before[-1]) and looks_like_unit(before[-1] + names[0]):
        return ""  # a name wrapped inside: 县市场监 / 督管理局、…, 县公安 / 局
    return "、" if all(looks_like_unit(name) for name in names) else None
