"""The measures of an indicator section: which blocks are measures and which are groups, their
numbers and ids, text, deadline and units.

* a block is a measure if it carries measure fields (完成时限, 责任单位 …) or inline units,
  or is a leaf; which blocks are groups (sub-headings) is decided per section by
  :mod:`tgbe.parse.groups`; a measure naming no units takes those of its group's heading;
* measures whose numbering restarts across groups are numbered through; a number used
  twice gets a letter (3, 3b) and a ``duplicate-number`` note;
* plain lines before a measure's first field continue its text (hard-wrapped lines);
  plain lines after its fields are stray lines, reported and left out.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import groupby, pairwise
from typing import NamedTuple

from tgbe.data.lexicon import DOCUMENT_CLAUSE_WORDS, DOCUMENT_NOUNS
from tgbe.lang.numerals import marker_number
from tgbe.lang.patterns import either
from tgbe.parse.block_text import (
    continued_text,
    has_fields,
    join_wrapped,
    joined,
    last_piece,
    last_text_piece,
    split_tail,
    trimmed,
)
from tgbe.parse.blocks import Block, Line
from tgbe.parse.build_context import BuildContext
from tgbe.parse.build_fields import (
    field_joiner,
    heading_bracket,
    leading_units,
    merge_pieces,
    read_fields,
    text_deadline,
    text_units,
)
from tgbe.parse.groups import group_heading, sibling_groups
from tgbe.parse.inline import UnitGroup, inline_deadlines, make_group_units, resolve_roles
from tgbe.parse.labels import is_measure_label
from tgbe.parse.records import MeasureRecord
from tgbe.vocab import Severity


class _MeasureLines(NamedTuple):
    """A measure's own lines sorted: those continuing its text, its fields, and the text of
    its points (1)(2)."""

    text_lines: list[Line]
    fields: list[Line]
    points: list[str]


def measures(section: Block, indicator: int, context: BuildContext) -> list[MeasureRecord]:
    """The measures under an indicator section numbered ``indicator``, in order (a closing
    article about the notice itself left out, :func:`_is_closing_article`)."""
    found: list[tuple[Block, str | None]] = []
    inherited: dict[int, list[UnitGroup]] = {}
    _collect(section.children, None, found, inherited, [])
    found = [(block, group) for block, group in found
             if not _is_closing_article(block, id(block) in inherited, context)]
    unnumbered = any(not block.marker.text for block, _ in found)  # paragraph measures
    numbers = [marker_number(block.marker.text)[0] if block.marker.text else 0
               for block, _ in found]
    restarts = any(b <= a for a, b in pairwise(numbers)) and len(
        {group for _, group in found}
    ) > 1
    if restarts or unnumbered:
        numbers = list(range(1, len(found) + 1))
    seen: Counter[int] = Counter()
    result = []
    for (block, group), number in zip(found, numbers, strict=True):
        seen[number] += 1
        suffix = "" if seen[number] == 1 else chr(ord("a") + seen[number] - 1)
        measure = _measure(block, group, f"{indicator}.{number}{suffix}", number, context)
        if not measure["units"] and id(block) in inherited:  # the group heading's units
            measure["units"] = make_group_units(inherited[id(block)], context.aliases)
        if suffix:
            context.report("duplicate-number", Severity.WARNING,
                           f"measure number {number} is used again; this one is {measure['id']}",
                           measure["span"])
        result.append(measure)
    _share_closing_fields(found, result, context)
    return result


def _share_closing_fields(found: list[tuple[Block, str | None]], result: list[MeasureRecord],
                          context: BuildContext) -> None:
    """Field lines closing a group whose other measures name neither units nor a deadline and
    end in no bracket (``（一）…（二）…责任单位：A 完成时限：B``) hold for the whole group: its
    measures take the last one's units and deadline, and an info ``shared-fields`` note says
    so."""
    for _, members in groupby(zip(found, result, strict=True), key=lambda pair: pair[0][1]):
        *earlier, ((last_block, _), last) = list(members)
        if not earlier or not has_fields(last_block) or not all(
                _is_bare(block, measure) for (block, _), measure in earlier):
            continue
        for _, measure in earlier:
            measure["units"] = [unit.copy() for unit in last["units"]]
            measure["deadline"] = last["deadline"]
        context.report("shared-fields", Severity.INFO,
                       f"measures {earlier[0][1]['id']}–{last['id']} share the fields written "
                       "after the last of them", last["span"])


def _is_bare(block: Block, measure: MeasureRecord) -> bool:
    """Whether a measure names nothing of its own: no units, deadline, fields or bracket."""
    return (not measure["units"] and measure["deadline"] is None and not has_fields(block)
            and split_tail(continued_text(block))[1] is None)


_CLOSING_ARTICLE = re.compile(f"本(?:{either(DOCUMENT_NOUNS)})")


def _is_closing_article(block: Block, has_group_units: bool, context: BuildContext) -> bool:
    """Whether a measure-like block is a sentence about the notice itself — ``第十条 本措施自
    印发之日起施行``, ``本方案由…负责解释`` — rather than a measure: its text opens with 本 and a
    noun the notice calls itself, says when it takes effect, who interprets it or how long
    it holds, and names no units, deadline or fields.  Such a block is reported (info
    ``closing-article``) and left out."""
    if _CLOSING_ARTICLE.match(block.heading) is None:  # the heading opens the text
        return False
    text = continued_text(block)
    if (has_group_units or block.children or has_fields(block)
            or not any(word in text for word in DOCUMENT_CLAUSE_WORDS)
            or split_tail(text)[1] is not None or any(inline_deadlines(text))):
        return False
    marker = "".join(block.marker.text.split()) or text[:8]
    context.report("closing-article", Severity.INFO,
                   f"{marker} is about the notice itself (when it takes effect, who interprets "
                   "it, how long it holds), not a measure; left out",
                   context.span(block.marker, last_piece(block)))
    return True


def _collect(blocks: list[Block], group: str | None, found: list[tuple[Block, str | None]],
             inherited: dict[int, list[UnitGroup]], units: list[UnitGroup]) -> None:
    """Append the measure blocks among ``blocks`` to ``found``, each with its group's title,
    and note in ``inherited`` (by block) the units its group's heading names."""
    for block, is_group in zip(blocks, sibling_groups(blocks), strict=True):
        if is_group:
            title, own = group_heading(block)
            _collect(block.children, title, found, inherited, own or units)
        else:
            found.append((block, group))
            if units:
                inherited[id(block)] = units


def _measure_lines(block: Block, context: BuildContext) -> _MeasureLines:
    """Sort a measure's lines; a field value ending with a list separator goes on in the next
    plain line, and other plain lines after the fields are reported as stray."""
    own_lines = list(block.lines)
    points: list[str] = []
    for child in block.children:  # points (1)(2) of a measure belong to its text
        points.append(child.marker.text + continued_text(child))
        own_lines.extend(line for line in child.lines if line.key is not None)
    text_lines: list[Line] = []
    fields: list[Line] = []
    for line in own_lines:
        if line.key is not None and is_measure_label(line.label):
            fields.append(line)
        elif not fields:
            text_lines.append(line)
        elif (joiner := field_joiner(fields[-1], line)) is not None:
            fields[-1] = Line(fields[-1].key, merge_pieces(fields[-1].text, line, joiner))
        else:
            context.report("stray-line", Severity.WARNING,
                           "line after the measure's fields is not a field or a measure; "
                           "expected 完成时限：… / 责任单位：… or the next numbered measure",
                           context.span(line.first, line.last))
    return _MeasureLines(text_lines, fields, points)


def _measure(
    block: Block, group: str | None, measure_id: str, number: int, context: BuildContext
) -> MeasureRecord:
    """One measure: its text without unit brackets, deadline, units and spans (its targets
    are filled in after the build)."""
    text_lines, fields, points = _measure_lines(block, context)
    written = join_wrapped([block.heading, *(joined(line) for line in text_lines), *points])
    start, leading = leading_units(written, context.aliases)
    full_text = written[start:]
    in_text = text_units(full_text, measure_id, block, context)
    heading = heading_bracket(block.heading) if text_lines or points else None
    if heading is not None:
        in_text = in_text._replace(groups=[*heading.groups, *in_text.groups],
                                   deadline=in_text.deadline or heading.deadline)
    text = in_text.text
    in_fields = read_fields(fields, context)
    convention = in_text.convention or in_fields.convention
    deadline = in_fields.deadline
    text_pieces = [piece for piece in (block.text, *(line.first for line in text_lines),
                                       *(line.text for line in text_lines if line.key))
                   if piece is not None]
    if deadline is None:
        deadline = text_deadline(in_text.deadline, text, text_pieces, context)
    first_leads = context.first_leads or convention is not None
    if convention is not None and convention.onward:
        context.first_leads = True
    groups = [group for bracket in in_text.inner for group in resolve_roles(bracket, first_leads)]
    units = make_group_units(
        groups + resolve_roles(leading + in_text.groups + in_fields.groups, first_leads),
        context.aliases)
    last_text = last_text_piece(block.children[-1]) if block.children else (
        text_lines[-1].last if text_lines else block.text or block.marker)
    span = context.span(block.marker, last_piece(block))
    if block.uncertain:
        context.report("uncertain-table-row", Severity.WARNING,
                       f"measure {measure_id}: table row without cell separators; its text, "
                       "units and deadline were read by their shape — check them", span)
    first_text = block.text or block.marker
    if start and block.text is not None and start < len(block.text.text):
        first_text = block.text._replace(text=block.text.text[start:],
                                         column=block.text.column + start)
    text_span = context.span(first_text, trimmed(last_text, len(full_text) - len(text)))
    return {
        "id": measure_id, "number": number, "text": text, "group": group,
        "deadline": deadline, "units": units, "span": span, "text_span": text_span,
        "targets": [],  # filled in by tgbe.parse.targets.attach_targets
    }
