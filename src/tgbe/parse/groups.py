"""Sub-headings or measures: which numbered blocks under a section are groups over measures.

The decision is made for the siblings under one section (or sub-section) together, never for
the whole notice, so the same ``（一）`` is a sub-heading in one section and a measure in the
next:

* a block is a group by its own shape: several blocks below it carry measures, or none does
  and it carries nothing itself (at level 2); so is a sub-section holding a single carrying
  measure next to such groups;
* siblings vote (:func:`_votes`): a sub-heading has numbered blocks below it and no field of
  its own, and either (at the level of ``（一）`` or above; a ``1.`` over ``（1）`` is a measure
  with its points) a block below it other than the last carries a measure (or its only one
  does), or its first line is a title closed by a unit bracket (``（一）深化商事制度改革（牵头
  单位：A）``: no sentence end before the bracket); a measure has nothing below it and carries
  fields or a unit bracket.  When more siblings read as sub-headings than as measures, every
  sibling with numbered blocks below it is a group;
* a group's title is its heading without the unit bracket, whose units go to the measures
  below that name none of their own (:func:`group_heading`).
"""

from __future__ import annotations

from tgbe.data.lexicon import SENTENCE_END
from tgbe.parse.block_text import carries_measure, has_fields, split_tail
from tgbe.parse.blocks import Block
from tgbe.parse.inline import UnitGroup, read_bracket

# Blocks below this level (``1.`` over ``（1）``) are measures with points unless titled.
_SUB_SECTION = 2


def sibling_groups(blocks: list[Block]) -> list[bool]:
    """Which of the sibling blocks under one section (or sub-section) are groups (see the
    module docstring)."""
    groups = [_is_group(block) for block in blocks]
    headings, measures = _votes(blocks)
    for index, block in enumerate(blocks):
        lone = (len(block.children) == 1 and carries_measure(block.children[0])
                and not carries_measure(block))
        if (any(groups) and lone) or (headings > measures and block.children):
            groups[index] = True
    return groups


def group_heading(block: Block) -> tuple[str, list[UnitGroup]]:
    """A group's title and the units its heading's closing bracket names (``深化商事制度改革``,
    ``[(lead, [A])]`` for ``深化商事制度改革（牵头单位：A）``); the whole heading and no units
    when it names none."""
    body, tail = split_tail(block.heading)
    reading = read_bracket(tail[1:-1]) if tail is not None else None
    if reading is None or not body:
        return block.heading, []
    return body, list(reading.groups)


def _votes(blocks: list[Block]) -> tuple[int, int]:
    """How many siblings read as sub-headings and how many as measures (module docstring)."""
    headings = measures = 0
    for block in blocks:
        if not block.children:
            measures += carries_measure(block)
        elif not has_fields(block) and (
            (block.level <= _SUB_SECTION and (
                (len(block.children) == 1 and carries_measure(block.children[0]))
                or any(carries_measure(child) for child in block.children[:-1])))
            or _is_titled(block)
        ):
            headings += 1
    return headings, measures


def _is_titled(block: Block) -> bool:
    """Whether a block's first line is a title closed by a unit bracket: no sentence end
    before the bracket (``深化商事制度改革（牵头单位：A）``, not ``推行…。（A负责）``)."""
    body, tail = split_tail(block.heading)
    return (tail is not None and bool(body) and not any(char in SENTENCE_END for char in body)
            and read_bracket(tail[1:-1]) is not None)


def _is_group(block: Block) -> bool:
    """Whether a block holds measures (several children carrying fields, or none carrying
    any at level 2) rather than being one (a measure's points (1)(2) carry its last fields)."""
    carriers = sum(1 for child in block.children if carries_measure(child))
    return bool(block.children) and (
        carriers >= 2 or (carriers == 0 and not carries_measure(block) and block.level <= 2)
    )
