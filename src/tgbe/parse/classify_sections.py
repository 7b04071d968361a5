"""Which top-level blocks are the preamble's principles and which are indicator sections.

* level-1 sections before an attachment marker (附件) that is followed by more sections
  are the preamble's principles; so are leading sections with no measures or holding
  general provisions (第一章 总则), and trailing provision or closing sections (第四章 附则,
  三、保障措施, and sections whose items carry no measure fields, numbered at another level
  than the measures before them): their articles are not measures;
* a section naming no lead whose sub-sections all read as indicators (（一）开办企业（牵头单位：
  …）, …指标, a benchmark line) is a container (一、主要任务): the sub-sections are the
  indicators and the container's heading is dropped;
* numbered blocks below the sections with no section above them form one indicator.
"""

from __future__ import annotations

from typing import NamedTuple

from tgbe.data.lexicon import DEADLINE_KEYS, PROVISION_HEADINGS, UNIT_KEYS
from tgbe.parse.block_text import (
    carries,
    carries_any,
    carries_measure,
    descendants,
    has_measures,
    is_benchmark,
    split_tail,
)
from tgbe.parse.blocks import Block
from tgbe.parse.build_fields import heading_leads
from tgbe.parse.inline import read_bracket, read_field


class Sections(NamedTuple):
    """The top-level blocks sorted: principles, indicator sections and the title of the
    attachment holding the indicators (附件 …), if any."""

    principles: list[Block]
    indicators: list[Block]
    attachment_title: str | None


def split_sections(blocks: list[Block]) -> Sections:
    """Split top-level blocks into preamble principles and indicator sections."""
    attachment_title: str | None = None
    last_section = max((i for i, block in enumerate(blocks) if block.level == 1), default=0)
    last_marker = max(
        (i for i, block in enumerate(blocks[:last_section]) if block.level == 0), default=None
    )
    if last_marker is not None:
        marker = blocks[last_marker]
        attachment_title = marker.heading or next(
            (line.value for line in marker.lines if line.key is None), None
        )
        principles = [block for block in blocks[:last_marker] if block.level == 1]
        rest = blocks[last_marker + 1 :]
    else:
        start = 0
        while start < len(blocks) and blocks[start].level == 1 and (
            not has_measures(blocks[start]) or _is_provision(blocks[start])
        ):
            start += 1
        principles, rest = blocks[:start], blocks[start:]
    sections = [block for block in rest if block.level == 1]
    end = len(sections)
    levels_before = _measure_levels_before(sections)
    while end > 1 and (_is_provision(sections[end - 1])
                       or _is_closing(sections[end - 1], levels_before[end - 1])):
        end -= 1  # trailing provisions (第四章 附则 / 三、保障措施 / 第六条 本措施自…施行。)
    principles, sections = principles + sections[end:], _with_containers_opened(sections[:end])
    loose = [block for block in rest if block.level >= 2]
    if loose:
        sections.append(Block(level=1, marker=loose[0].marker, text=None, children=loose))
    return Sections(principles, sections, attachment_title)


def _with_containers_opened(sections: list[Block]) -> list[Block]:
    """``sections`` with each container (一、主要任务) replaced by its sub-sections.

    A container names no lead and no benchmark of its own, and every block under it is a
    sub-section that reads as an indicator (:func:`_is_sub_indicator`): those become the
    indicators, numbered by their own numerals (（一）→ 1), and the container's heading is
    dropped.  Sub-sections that are plain groups keep the section as one indicator.
    """
    result: list[Block] = []
    for section in sections:
        opened = (
            bool(section.children)
            and not _names_lead(section)
            and all(_is_sub_indicator(child) for child in section.children)
        )
        result.extend(section.children if opened else [section])
    return result


def _names_lead(section: Block) -> bool:
    """Whether a section's heading or lines name its lead or benchmarks (…（A牵头）,
    牵头单位：A, 对标城市：…)."""
    _, tail = split_tail(section.heading)
    reading = read_bracket(tail[1:-1]) if tail is not None else None
    groups = list(reading.groups) if reading else []
    for line in section.lines:
        if is_benchmark(line):
            return True
        if line.label in UNIT_KEYS:
            groups.extend(read_field(UNIT_KEYS[line.label], line.value))
    return heading_leads(groups)[1]


def _is_sub_indicator(block: Block) -> bool:
    """Whether a sub-section (（一）…) under a section is an indicator in its own right: it
    holds measures (blocks carrying fields or brackets), has no deadline of its own, and its
    heading ends in 指标 or it names its lead (（牵头单位：A）, A牵头) or benchmarks."""
    return (
        block.level == 2
        and any(carries_measure(child) for child in block.children)
        and not any(line.label in DEADLINE_KEYS for line in block.lines)
        and (split_tail(block.heading)[0].endswith("指标") or _names_lead(block))
    )


def _is_provision(block: Block) -> bool:
    """Whether a section holds general provisions (第一章 总则), not measures."""
    return "".join(block.heading.split()) in PROVISION_HEADINGS


def _looks_like_indicator(section: Block) -> bool:
    """Whether a section reads as an indicator: a block under it carries a measure field, a
    unit bracket or a deadline phrase, or its heading names leads (…指标（A牵头）) or it has
    a benchmark or lead line."""
    body, tail = split_tail(section.heading)
    return (
        carries_any(section)
        or body.endswith("指标")
        or (tail is not None and read_bracket(tail[1:-1]) is not None)
        or any(is_benchmark(line) or line.label in UNIT_KEYS for line in section.lines)
    )


def _measure_levels_before(sections: list[Block]) -> list[set[int]]:
    """For each section, the numbering levels of the blocks carrying measures (fields,
    brackets, deadline phrases) in the sections before it."""
    result: list[set[int]] = []
    levels: set[int] = set()
    for section in sections:
        result.append(levels)
        levels = levels | {block.level for block in descendants(section) if carries(block)}
    return result


def _is_closing(section: Block, measure_levels: set[int]) -> bool:
    """Whether a trailing section is a closing one (三、抓好落实 / （一）加强组织领导。…), not an
    indicator: it does not read as one (:func:`_looks_like_indicator`) and its items are
    numbered at another level than the measures of the sections before it (1.…), which carry
    fields or brackets (``measure_levels``).  An indicator whose measures merely lack them is
    kept."""
    item_levels = {block.level for block in descendants(section) if not block.children}
    return (bool(measure_levels) and 1 not in item_levels
            and not item_levels & measure_levels and not _looks_like_indicator(section))
