"""Unnumbered measures: a paragraph that ends in a unit bracket is a measure of its own.

Notices that write one paragraph per measure number none of them:

    一、获得用水用气
    推行报装“一站式”服务。（县水务局牵头，县燃气公司配合）
    推行接入工程并联审批。（牵头单位：区建设局）
    推行水电气联合报装。由区建设局牵头，区燃气公司配合。

Each such line under a section becomes a block of its own (with an empty marker), the field
lines after it are its fields; other plain lines (a boxed example, 专栏) stay with the section.
A paragraph ending in a unit bracket after a numbered measure that already has its units
(``1.…（牵头单位：A）`` then ``…。（B牵头）``) is the next measure, not a stray line.
"""

from __future__ import annotations

from tgbe.parse.block_text import carries_measure, trailing_brackets
from tgbe.parse.blocks import Block, Line, Piece
from tgbe.parse.inline import closing_clause
from tgbe.parse.labels import is_measure_label

_MEASURE_LEVEL = 3  # the level a paragraph measure takes under a section or sub-section


def with_paragraph_measures(blocks: list[Block]) -> list[Block]:
    """``blocks`` with every unnumbered paragraph measure made a block of its own."""
    result: list[Block] = []
    for block in blocks:
        children = with_paragraph_measures(block.children)
        if block.level == 0:
            result.append(block.rebuilt(block.text, block.lines, children))
        elif block.level >= 2 and (carries_measure(block)
                                   or trailing_brackets(block.heading)[1]):
            result.extend(_split_measure(block, children))
        else:
            result.append(_split_section(block, children))
    return result


def is_paragraph_measure(line: Line) -> bool:
    """Whether a plain line ends in a unit bracket or a sentence naming units with their
    roles (a measure written without a number)."""
    return line.key is None and line.text is not None and bool(
        trailing_brackets(line.value)[1] or closing_clause(line.value))


def _paragraph_block(line: Line, level: int) -> Block:
    first = line.first
    marker = Piece("", first.line, first.column, first.line, first.column)
    return Block(level, marker, line.text)


def _split_section(block: Block, children: list[Block]) -> Block:
    """A section's paragraph measures as child blocks before its numbered children."""
    own: list[Line] = []
    made: list[Block] = []
    for line in block.lines:
        if is_paragraph_measure(line):
            made.append(_paragraph_block(line, max(block.level + 1, _MEASURE_LEVEL)))
        elif made and line.key is not None and is_measure_label(line.label):
            made[-1].lines.append(line)
        else:
            own.append(line)
    return block.rebuilt(block.text, own, made + children)


def _split_measure(block: Block, children: list[Block]) -> list[Block]:
    """A measure and the paragraph measures written after its units, as siblings."""
    has_units = bool(trailing_brackets(block.heading)[1])
    blocks = [block.rebuilt(block.text, [], children)]
    for line in block.lines:
        if has_units and is_paragraph_measure(line):
            blocks.append(_paragraph_block(line, block.level))
            continue
        has_units = has_units or (line.key is not None and is_measure_label(line.label))
        blocks[-1].lines.append(line)
    if len(blocks) > 1 and children:  # points (1)(2) belong to the numbered measure
        blocks[0].children, blocks[-1].children = children, []
    return blocks
