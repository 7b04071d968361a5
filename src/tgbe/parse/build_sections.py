"""Records of the sections: an indicator (heading, lead units, summary, level, benchmark
cities and measures) and a preamble principle (title and text).  Targets are filled in
after the build (:func:`tgbe.parse.targets.attach_targets`)."""

from __future__ import annotations

import re

from tgbe.data.lexicon import LEVEL_WORDINGS, LEVEL_WORDS, SENTENCE_END
from tgbe.lang.numerals import marker_number
from tgbe.parse.benchmarks import city_spans, is_benchmark_label
from tgbe.parse.block_text import (
    SPACE,
    benchmark_value,
    continued_text,
    descendants,
    is_benchmark,
    joined,
    last_piece,
    split_tail,
)
from tgbe.parse.blocks import Block, Line
from tgbe.parse.build_context import BuildContext
from tgbe.parse.build_fields import are_government_units, heading_leads
from tgbe.parse.build_measures import measures
from tgbe.parse.inline import make_group_units, read_bracket, read_field, split_names
from tgbe.parse.labels import label_values, unit_label_role
from tgbe.parse.records import BenchmarkCityRecord, IndicatorRecord, PrincipleRecord
from tgbe.vocab import UnitRole

_LEVEL = re.compile(
    "(?P<wording>" + "|".join(LEVEL_WORDINGS) + r")[“\"]?(?P<level>"
    + "|".join(LEVEL_WORDS) + r")[”\"]?水平"
)
_SHORT_HEADING = 8  # characters: a heading this short loses its inner spaces (总  则)


def indicator(block: Block, context: BuildContext) -> IndicatorRecord:
    """An indicator section: its number and name, lead units from its heading's bracket and
    lead lines (or the heading itself when it only names units), summary (with the level it
    aims at), benchmark cities and measures."""
    if block.text is None and block.level != 1:
        number, numeral = 0, ""
    else:
        number, numeral = marker_number(block.marker.text)
    heading = block.heading
    body, tail = split_tail(heading)
    reading = read_bracket(tail[1:-1]) if tail is not None else None
    leads, lead_marked = heading_leads(list(reading.groups) if reading else [])
    if not leads:
        body = heading
        named = split_names(body)  # a section named by its units: 一、县发改局、县财政局
        if are_government_units(named, context.aliases):
            leads = named
    for line in block.lines:  # 牵头单位：… under the heading
        role = unit_label_role(line.label)
        if role is not None:
            more, marked = heading_leads(read_field(role, line.value))
            leads, lead_marked = leads + more, lead_marked or marked
    lead_units = make_group_units([(UnitRole.LEAD, leads)], context.aliases)
    name = body.removesuffix("指标") if body.endswith("指标") else body
    summary_lines = [line for line in block.lines
                     if not is_benchmark(line) and unit_label_role(line.label) is None]
    summary = "".join(joined(line) for line in summary_lines)
    summary_span = (context.span(summary_lines[0].first, summary_lines[-1].last)
                    if summary_lines else None)
    level_match = _LEVEL.search(summary)
    cities = _heading_cities(block, tail, context) + _benchmark_cities(block.lines, context)
    heading_span = context.span(block.marker, block.text or block.marker)
    return {
        "number": number, "numeral": numeral, "name": name, "heading": heading,
        "lead_units": lead_units, "lead_marked": lead_marked, "summary": summary,
        "summary_span": summary_span,
        "level": level_match["level"] if level_match else None,
        "level_wording": level_match["wording"] if level_match else None,
        "benchmark_cities": cities, "measures": measures(block, number, context),
        "span": context.span(block.marker, last_piece(block)), "heading_span": heading_span,
        "targets": [],  # filled in by tgbe.parse.targets.attach_targets
    }


def _heading_cities(block: Block, tail: str | None, context: BuildContext
                    ) -> list[BenchmarkCityRecord]:
    """The benchmark cities a benchmark label names in the heading's closing bracket ``tail``
    (``开办企业（牵头单位：A；对标城市：杭州市）``), each with the span of its own name."""
    if block.text is None or tail is None:
        return []
    inner = tail[1:-1]
    offset = block.text.column + len(block.heading) - len(tail) + 1  # where ``inner`` starts
    cities: list[BenchmarkCityRecord] = []
    for label, value_start, value_end in label_values(inner):
        if not is_benchmark_label(label):
            continue
        for name, start, stop in city_spans(inner[value_start:value_end]):
            piece = block.text._replace(text=name, column=offset + value_start + start,
                                        end_column=offset + value_start + stop)
            cities.append({"name": name, "span": context.span(piece, piece)})
    return cities


def _benchmark_cities(lines: list[Line], context: BuildContext) -> list[BenchmarkCityRecord]:
    """The benchmark cities of an indicator's lines, each with the span of its own name."""
    cities: list[BenchmarkCityRecord] = []
    for line in lines:
        value = benchmark_value(line)
        if value is None:
            continue
        for name, start, end in city_spans(value.text):
            piece = value._replace(text=name, column=value.column + start,
                                   end_column=value.column + end)
            cities.append({"name": name, "span": context.span(piece, piece)})
    return cities


def principle(block: Block, context: BuildContext) -> PrincipleRecord:
    """A principle: its heading (a short one without its inner spaces: ``总  则`` → ``总则``)
    as the title, and its text followed by the text of its articles or items."""
    number, numeral = marker_number(block.marker.text)
    text = continued_text(block)
    if text == block.heading:
        text = _compact_heading(text)
    title = re.split(r"[。；;]", text, maxsplit=1)[0]
    below = "".join(continued_text(child) for child in descendants(block)[1:])
    if below:  # 第一章 总则 / 第一条 为…：the articles' text
        text = below if text == title else text + below
    return {"number": number, "numeral": numeral, "title": title, "text": text,
            "span": context.span(block.marker, last_piece(block))}


def _compact_heading(text: str) -> str:
    """A short heading without sentence punctuation, its inner spaces removed (``总  则``)."""
    compact = re.sub(r"[" + SPACE + r"]+", "", text)
    if len(compact) <= _SHORT_HEADING and not any(c in SENTENCE_END for c in compact):
        return compact
    return text
