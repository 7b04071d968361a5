"""The meaning layer: an :class:`~tgbe.parse.outline.Outline` becomes a Notice model.

Decisions made here, from the shape of the outline rather than from any one document:

* a list of attachments before the signature (附件：1.… / 2.…) is part of the header, and a
  later attachment none of whose sections holds measures (附件2, a list of contacts) is left
  out with an ``ignored-attachment`` note;
* level-1 sections before an attachment marker (附件) that is followed by more sections
  are the preamble's principles; so are leading sections with no measures or holding
  general provisions (第一章 总则), and trailing provision or closing sections (第四章 附则,
  三、保障措施, and sections whose items carry no measure fields, numbered at another level
  than the measures before them): their articles are not measures;
* a section naming no lead whose sub-sections all read as indicators (（一）开办企业（牵头单位：
  …）, …指标, a benchmark line) is a container (一、主要任务): the sub-sections are the
  indicators and the container's heading is dropped;
* a block is a measure if it carries measure fields (完成时限, 责任单位 …) or inline units,
  or is a leaf; a block whose children carry them is a group (sub-section), and so is a
  sub-section holding a single measure next to such groups;
* plain lines before a measure's first field continue its text (hard-wrapped lines);
  plain lines after its fields are stray lines, reported and left out.

The builder produces plain dictionaries and validates them into models in one call.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from tgbe.data.lexicon import (
    BENCHMARK_KEYS,
    DEADLINE_KEYS,
    ISSUER_SUFFIXES,
    LEVEL_WORDINGS,
    LEVEL_WORDS,
    PROVISION_HEADINGS,
    SENTENCE_END,
    UNIT_KEYS,
)
from tgbe.errors import TgbeError
from tgbe.lang.numerals import marker_number
from tgbe.parse.attachments import refuse_measures_in_two_attachments
from tgbe.parse.benchmarks import benchmark_value_start, city_spans, is_benchmark_label
from tgbe.parse.blocks import Block, Line, Outline, Piece
from tgbe.parse.dates import deadline_record
from tgbe.parse.inline import (
    BracketReading,
    Convention,
    UnitGroup,
    deadline_bracket,
    inline_deadlines,
    make_group_units,
    read_bracket,
    read_field,
    resolve_roles,
    split_names,
    strip_convention,
    take_notice_level,
)
from tgbe.read.chrome import is_page_chrome, is_skipped_line, is_tool_line
from tgbe.read.source import SourceText
from tgbe.vocab import SCHEMA_VERSION, Severity, UnitRole

if TYPE_CHECKING:
    from tgbe.models import Notice
from tgbe.lang.patterns import CLOSE_BRACKETS, OPEN_BRACKETS, either
from tgbe.parse.targets import attach_targets
from tgbe.parse.units import (
    AliasTable,
    default_aliases,
    is_collective,
    looks_like_unit,
)

# The prefix is letters of any script ([^\W\d_]: cheaper to compile than a CJK range).
_DOC_NUMBER = re.compile(
    r"(?P<prefix>[^\W\d_]{1,16})[〔\[【［(（](?P<year>[0-9]{4})[〕\]】］)）]"
    r"(?P<serial>[0-9]+)号"
)
_TITLE_END = re.compile(r"(?:通知|意见|方案|决定|办法|规定|措施|要点|细则|清单|分解表)$")
_DATE = re.compile(r"^[（(]?(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日[）)]?$")
_POLICY = re.compile(r"原则上(?P<phrase>[^，。；,;]{2,20}?)前?(?:全部|全面|基本)?完成")
_YEAR_IN_TITLE = re.compile(r"(?P<y>20[0-9]{2})")
_LEVEL = re.compile(
    "(?P<wording>" + "|".join(LEVEL_WORDINGS) + r")[“\"]?(?P<level>"
    + "|".join(LEVEL_WORDS) + r")[”\"]?水平"
)
_MEASURE_KEYS = DEADLINE_KEYS | frozenset(UNIT_KEYS)
_FIELD_KEYS = _MEASURE_KEYS | BENCHMARK_KEYS
_SPACE = " \t\u3000\xa0"
# A field label inside a line, after a sentence or a space: …建设。完成时限：…；责任单位：…
_INLINE_LABEL = re.compile(
    r"(?<=[。；;，," + _SPACE + r"])(?:"
    + either(_FIELD_KEYS)
    + r")[" + _SPACE + r"]*[：:]"
)
_SHORT_HEADING = 8  # characters: a heading this short loses its inner spaces (总  则)


@dataclass
class _Context:
    """What the builder needs while walking one notice."""

    source: SourceText
    aliases: AliasTable
    default_year: int | None = None
    first_leads: bool = False
    diagnostics: list[dict[str, Any]] = field(default_factory=list)

    def span(self, first: Piece, last: Piece) -> dict[str, int]:
        """The original-file span from the start of ``first`` to the end of ``last``."""
        start_line, start_column = self.source.locate(first.line, first.column)
        end_line, end_column = self.source.locate(last.end_line, last.end_column)
        return {
            "start_line": start_line,
            "start_column": start_column,
            "end_line": end_line,
            "end_column": end_column,
        }

    def report(self, code: str, severity: Severity, message: str, span: dict[str, int]) -> None:
        """Record a recoverable problem."""
        self.diagnostics.append(
            {"code": code, "severity": severity, "message": message, "span": span}
        )


def build_notice(outline: Outline, source: SourceText, aliases: AliasTable | None = None) -> Notice:
    """Turn an outline into a validated :class:`Notice` (see the module docstring)."""
    from tgbe.models import Notice

    return Notice.model_validate(build_notice_data(outline, source, aliases))


def build_notice_data(
    outline: Outline, source: SourceText, aliases: AliasTable | None = None
) -> dict[str, Any]:
    """The notice as plain data with every field of :class:`Notice` (JSON-ready but dates).

    This is what :func:`build_notice` validates; ``tgbe parse -f json`` serialises it
    directly, which keeps the command's start-up free of model building.
    """
    context = _Context(source, aliases or default_aliases())
    # metadata comments (# source: …) and breadcrumbs before the first section are no text
    preface = [line for line in outline.preface if not is_skipped_line(_joined(line))]
    listed, blocks = _attachment_list([_without_tool_lines(block) for block in outline.blocks])
    header = _header(preface + listed, context)
    context.default_year = header.pop("_year")
    blocks = _without_idle_attachments(_with_inline_fields(blocks), context)
    refuse_measures_in_two_attachments(blocks, source)
    principles, sections, attachment_title = _split_sections(blocks)
    indicators = [_indicator(block, context) for block in sections]
    _disambiguate_ids(indicators, context)
    take_notice_level([unit for indicator in indicators
                       for unit in (*indicator["lead_units"],
                                    *(unit for measure in indicator["measures"]
                                      for unit in measure["units"]))], context.aliases)
    if not any(indicator["measures"] for indicator in indicators):
        raise TgbeError.at(
            source.path,
            "no recognisable measures: expected section headings such as 一、… and numbered "
            "measures such as 1.… or （一）… with 完成时限/责任单位 lines or units in brackets; "
            f"found {len(preface)} unnumbered lines and {len(sections)} sections "
            "without measures",
        )
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        **header,
        "source": {"path": source.path, "encoding": source.encoding,
                   "line_count": source.original.rstrip("\n").count("\n") + 1},
        "principles": [_principle(block, context) for block in principles],
        "attachment_title": attachment_title,
        "indicators": indicators,
    }
    data["completion_policy"] = _completion_policy(
        [principle["text"] for principle in data["principles"]]
        + [_joined(line) for line in preface],
        [*(piece for block in principles for piece in _block_pieces(block)),
         *(piece for line in preface for piece in (line.key, line.text) if piece)],
        context,
    )
    _check_truncation(indicators, context)
    data["diagnostics"] = context.diagnostics
    return attach_targets(data, source)


# -- header ------------------------------------------------------------------------------


def _header(preface: list[Line], context: _Context) -> dict[str, Any]:
    chrome = [line for line in preface if is_page_chrome(_joined(line))]
    preface = [line for line in preface if line not in chrome]
    texts = [_joined(line) for line in preface]
    result: dict[str, Any] = {"issuer": None, "doc_number": None, "title": None,
                              "recipients": [], "issue_date": None}
    title_index = next((i for i, text in enumerate(texts) if _TITLE_END.search(text)), None)
    date_index = None
    for index, (line, text) in enumerate(zip(preface, texts, strict=True)):
        if result["doc_number"] is None:
            result["doc_number"] = _doc_number(line, text, context)
        date_match = _DATE.match(text)
        if date_match and result["issue_date"] is None:
            date_index = index
            result["issue_date"] = (
                f"{int(date_match['y']):04d}-{int(date_match['m']):02d}-{int(date_match['d']):02d}"
            )
        if not result["recipients"] and text.endswith(("：", ":")):
            result["recipients"] = _recipients(text)
    for line in chrome:  # a web page's 文号 field, when the notice itself does not show it
        if result["doc_number"] is None:
            result["doc_number"] = _doc_number(line, _joined(line), context)
    if title_index is not None:
        result["title"], result["issuer"] = _title(texts, title_index)
    if result["issuer"] is None and texts and texts[0].endswith("文件"):
        result["issuer"] = texts[0].removesuffix("文件").strip()
    if result["issuer"] is None and date_index:
        result["issuer"] = _signature(texts[date_index - 1])
    year = result["doc_number"]["year"] if result["doc_number"] else None
    if year is None and result["title"]:
        found = _YEAR_IN_TITLE.search(result["title"])
        year = int(found["y"]) if found else None
    if year is None and result["issue_date"]:
        year = int(result["issue_date"][:4])
    result["_year"] = year
    return result


def _without_tool_lines(block: Block) -> Block:
    """``block`` without web page tool lines (``is_tool_line``), at every level."""
    return Block(block.level, block.marker, block.text,
                 [line for line in block.lines if not is_tool_line(_joined(line))],
                 [_without_tool_lines(child) for child in block.children])


def _doc_number(line: Line, text: str, context: _Context) -> dict[str, Any] | None:
    match = _DOC_NUMBER.search(text)
    if match is None or len(text) > 40:
        return None
    return {
        "raw": match.group(0), "prefix": match.group("prefix"),
        "year": int(match.group("year")), "serial": int(match.group("serial")),
        "span": context.span(line.first, line.last),
    }


def _recipients(text: str) -> list[str]:
    """The addressees of a line ending with a colon, if most of its names are units."""
    names = split_names(text.rstrip("：:"))
    known = sum(1 for name in names if looks_like_unit(name) or is_collective(name))
    return names if names and known * 2 > len(names) else []


def _signature(text: str) -> str | None:
    """The issuing units signed on the line above the date, if that line names units only."""
    names = text.split()
    return "、".join(names) if names and all(looks_like_unit(name) for name in names) else None


def _title(texts: list[str], index: int) -> tuple[str, str | None]:
    title = texts[index]
    previous = texts[index - 1] if index > 0 else ""
    if title.startswith("关于") and previous and not _DOC_NUMBER.search(previous) and not (
        previous.endswith(("文件", "。", "：", ":"))
    ):
        title = previous + title
    issuer = title.split("关于", 1)[0] or None if "关于" in title else None
    if issuer is not None and not _is_issuer(issuer):
        issuer = None  # a place (泰州关于印发…): a repost's title names no issuing body
    if issuer is None and texts[0].endswith("文件"):
        issuer = texts[0].removesuffix("文件").strip()
    return title, issuer


def _is_issuer(text: str) -> bool:
    """Whether ``text`` names issuing bodies only: each name ends like one (人民政府, 办公室,
    领导小组, 委员会, 局, 委 … ``ISSUER_SUFFIXES``), so a place name (泰州, 泰州市) does not."""
    names = [name for name in re.split(r"[、，,\s]+", text) if name]
    return bool(names) and all(name.endswith(ISSUER_SUFFIXES) for name in names)


def _joined(line: Line) -> str:
    return (line.key.text if line.key else "") + line.value


# -- fields written inside lines ---------------------------------------------------------


def _with_inline_fields(blocks: list[Block]) -> list[Block]:
    """The blocks with field labels inside lines cut into field lines of their own.

    A field value holding another label (``牵头单位：A   配合单位：B``) is two fields, and so
    is the text of a numbered line below the sections that goes on with fields
    (``3、推进…建设。完成时限：…。责任单位：…``); section headings and summaries stay whole.
    """
    result = []
    for block in blocks:
        text: Piece | None = block.text
        lines: list[Line] = []
        if block.level >= 2 and text is not None:
            text, lines = _cut_fields(text, None)
        for line in block.lines:
            if line.text is not None and (line.label in _FIELD_KEYS or (
                line.key is None and block.level >= 2
            )):
                head, more = _cut_fields(line.text, line.key)
                lines.extend([Line(line.key, head)] if head or line.key else [])
                lines.extend(more)
            else:
                lines.append(line)
        result.append(Block(block.level, block.marker, text, lines,
                            _with_inline_fields(block.children)))
    return result


def _cut_fields(piece: Piece, key: Piece | None) -> tuple[Piece | None, list[Line]]:
    """``piece`` up to the first field label inside it, and the fields from there on.

    Labels inside brackets (``（牵头单位：A，责任单位：B）``) belong to a unit bracket.
    """
    if piece.end_line != piece.line:
        return piece, []
    labels = [label for label in _INLINE_LABEL.finditer(piece.text)
              if _unclosed_open(piece.text[: label.start()]) is None]  # not inside brackets
    if not labels:
        return piece, []
    head = _sub_piece(piece, 0, labels[0].start())
    if head is None and key is None:
        return piece, []
    ends = [label.start() for label in labels[1:]] + [len(piece.text)]
    fields = [Line(_sub_piece(piece, label.start(), label.end()),
                   _sub_piece(piece, label.end(), end))
              for label, end in zip(labels, ends, strict=True)]
    return head, fields


def _sub_piece(piece: Piece, start: int, end: int) -> Piece | None:
    """The part ``start:end`` of a one-line piece, spaces at both ends left out."""
    text = piece.text[start:end]
    stripped = text.strip(_SPACE)
    if not stripped:
        return None
    start += len(text) - len(text.lstrip(_SPACE))
    column = piece.column + start
    return Piece(stripped, piece.line, column, piece.line, column + len(stripped))


# -- sections ----------------------------------------------------------------------------


def _attachment_list(blocks: list[Block]) -> tuple[list[Line], list[Block]]:
    """The lines under lists of attachments (附件：1.… / 2.… before the signature), and the
    blocks without those lists.

    An attachment marker is a list when another marker follows it with no section and no
    measure in between; the plain lines after its items (the signature and the date) belong
    to the notice's header.
    """
    markers = [index for index, block in enumerate(blocks) if block.level == 0]
    listed: set[int] = set()
    for here, following in pairwise(markers):
        between = blocks[here + 1 : following]
        if not any(block.level == 1 or _carries_any(block) for block in between):
            listed.update(range(here, following))
    lines = [line for index in sorted(listed) for line in _all_lines(blocks[index])]
    return lines, [block for index, block in enumerate(blocks) if index not in listed]


def _all_lines(block: Block) -> list[Line]:
    """A block's own lines and those of its children, in order (numbered lines left out)."""
    return [*block.lines, *(line for child in block.children for line in _all_lines(child))]


def _without_idle_attachments(blocks: list[Block], context: _Context) -> list[Block]:
    """``blocks`` up to a later attachment (附件2) none of whose sections holds measures, such
    as a list of contacts; what is left out is noted as an ``ignored-attachment``."""
    idle = [True] * (len(blocks) + 1)  # idle[i]: no block from i on holds measures
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        idle[index] = idle[index + 1] and block.level < 2 and not _has_measures(block)
    marker_seen = measures_seen = False
    for index, block in enumerate(blocks):
        if block.level == 0 and marker_seen and measures_seen and idle[index + 1]:
            sections = sum(1 for later in blocks[index + 1 :] if later.level == 1)
            if sections:
                name = "".join(block.marker.text.split()).rstrip("：:")
                context.report("ignored-attachment", Severity.INFO,
                               f"{name} holds no measures (no numbered measures, fields or "
                               f"benchmarks); its {sections} sections are left out",
                               context.span(block.marker, _last_piece(block)))
            return blocks[:index]
        marker_seen = marker_seen or block.level == 0
        measures_seen = measures_seen or (block.level >= 1 and _has_measures(block))
    return blocks


def _split_sections(blocks: list[Block]) -> tuple[list[Block], list[Block], str | None]:
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
            not _has_measures(blocks[start]) or _is_provision(blocks[start])
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
    return principles, sections, attachment_title


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
    _, tail = _split_tail(section.heading)
    reading = read_bracket(tail[1:-1]) if tail is not None else None
    groups = list(reading.groups) if reading else []
    for line in section.lines:
        if _is_benchmark(line):
            return True
        if line.label in UNIT_KEYS:
            groups.extend(read_field(UNIT_KEYS[line.label], line.value))
    return _heading_leads(groups)[1]


def _is_sub_indicator(block: Block) -> bool:
    """Whether a sub-section (（一）…) under a section is an indicator in its own right: it
    holds measures (blocks carrying fields or brackets), has no deadline of its own, and its
    heading ends in 指标 or it names its lead (（牵头单位：A）, A牵头) or benchmarks."""
    return (
        block.level == 2
        and any(_carries_measure(child) for child in block.children)
        and not any(line.label in DEADLINE_KEYS for line in block.lines)
        and (_split_tail(block.heading)[0].endswith("指标") or _names_lead(block))
    )


def _is_provision(block: Block) -> bool:
    """Whether a section holds general provisions (第一章 总则), not measures."""
    return "".join(block.heading.split()) in PROVISION_HEADINGS


def _looks_like_indicator(section: Block) -> bool:
    """Whether a section reads as an indicator: a block under it carries a measure field, a
    unit bracket or a deadline phrase, or its heading names leads (…指标（A牵头）) or it has
    a benchmark or lead line."""
    body, tail = _split_tail(section.heading)
    return (
        _carries_any(section)
        or body.endswith("指标")
        or (tail is not None and read_bracket(tail[1:-1]) is not None)
        or any(_is_benchmark(line) or line.label in UNIT_KEYS for line in section.lines)
    )


def _measure_levels_before(sections: list[Block]) -> list[set[int]]:
    """For each section, the numbering levels of the blocks carrying measures (fields,
    brackets, deadline phrases) in the sections before it."""
    result: list[set[int]] = []
    levels: set[int] = set()
    for section in sections:
        result.append(levels)
        levels = levels | {block.level for block in _descendants(section) if _carries(block)}
    return result


def _is_closing(section: Block, measure_levels: set[int]) -> bool:
    """Whether a trailing section is a closing one (三、抓好落实 / （一）加强组织领导。…), not an
    indicator: it does not read as one (:func:`_looks_like_indicator`) and its items are
    numbered at another level than the measures of the sections before it (1.…), which carry
    fields or brackets (``measure_levels``).  An indicator whose measures merely lack them is
    kept."""
    item_levels = {block.level for block in _descendants(section) if not block.children}
    return (bool(measure_levels) and 1 not in item_levels
            and not item_levels & measure_levels and not _looks_like_indicator(section))


def _descendants(block: Block) -> list[Block]:
    """``block`` and every block under it, in order."""
    return [block, *(below for child in block.children for below in _descendants(child))]


def _carries(block: Block) -> bool:
    """Whether a block below the sections carries a measure: fields, a unit bracket or a
    deadline phrase in its text."""
    return block.level >= 2 and (
        _carries_measure(block) or any(inline_deadlines(_continued_text(block)))
    )


def _carries_any(block: Block) -> bool:
    """Whether ``block`` or a block under it carries a measure (:func:`_carries`)."""
    return any(_carries(below) for below in _descendants(block))


def _has_measures(block: Block) -> bool:
    return bool(block.children) or any(_is_benchmark(line) for line in block.lines)


def _principle(block: Block, context: _Context) -> dict[str, Any]:
    """A principle: its heading (a short one without its inner spaces: ``总  则`` → ``总则``)
    as the title, and its text followed by the text of its articles or items."""
    number, numeral = marker_number(block.marker.text)
    text = _continued_text(block)
    if text == block.heading:
        text = _compact_heading(text)
    title = re.split(r"[。；;]", text, maxsplit=1)[0]
    below = "".join(_continued_text(child) for child in _descendants(block)[1:])
    if below:  # 第一章 总则 / 第一条 为…：the articles' text
        text = below if text == title else text + below
    return {"number": number, "numeral": numeral, "title": title, "text": text,
            "span": context.span(block.marker, _last_piece(block))}


def _compact_heading(text: str) -> str:
    """A short heading without sentence punctuation, its inner spaces removed (``总  则``)."""
    compact = re.sub(r"[" + _SPACE + r"]+", "", text)
    if len(compact) <= _SHORT_HEADING and not any(c in SENTENCE_END for c in compact):
        return compact
    return text


def _indicator(block: Block, context: _Context) -> dict[str, Any]:
    if block.text is None and block.level != 1:
        number, numeral = 0, ""
    else:
        number, numeral = marker_number(block.marker.text)
    heading = block.heading
    body, tail = _split_tail(heading)
    reading = read_bracket(tail[1:-1]) if tail is not None else None
    leads, lead_marked = _heading_leads(reading.groups if reading else [])
    if not leads:
        body = heading
    for line in block.lines:  # 牵头单位：… under the heading
        if line.label in UNIT_KEYS:
            more, marked = _heading_leads(read_field(UNIT_KEYS[line.label], line.value))
            leads, lead_marked = leads + more, lead_marked or marked
    lead_units = make_group_units([(UnitRole.LEAD, leads)], context.aliases)
    name = body.removesuffix("指标") if body.endswith("指标") else body
    summary_lines = [line for line in block.lines
                     if not _is_benchmark(line) and line.label not in UNIT_KEYS]
    summary = "".join(_joined(line) for line in summary_lines)
    level_match = _LEVEL.search(summary)
    cities = _benchmark_cities(block.lines, context)
    heading_span = context.span(block.marker, block.text or block.marker)
    measures = _measures(block, number, context)
    return {
        "number": number, "numeral": numeral, "name": name, "heading": heading,
        "lead_units": lead_units, "lead_marked": lead_marked, "summary": summary,
        "summary_span": context.span(summary_lines[0].first, summary_lines[-1].last)
        if summary_lines else None,
        "level": level_match["level"] if level_match else None,
        "level_wording": level_match["wording"] if level_match else None,
        "benchmark_cities": cities, "measures": measures,
        "span": context.span(block.marker, _last_piece(block)), "heading_span": heading_span,
    }


def _heading_leads(groups: list[UnitGroup]) -> tuple[list[str], bool]:
    """The lead units of an indicator among unit groups, and whether they are marked as such.

    Marked leads (A牵头, 牵头单位：A) are the leads and supporting units are left out (the
    indicator has no place for them); an unmarked list of units (（A、B）) is the leads.
    """
    marked = [name for role, names in groups if role is UnitRole.LEAD for name in names]
    if marked:
        return marked, True
    return [name for role, names in groups if role is UnitRole.RESPONSIBLE for name in names], False


def _benchmark_value(line: Line) -> Piece | None:
    """The value of a benchmark line (对标城市：…, 对标城市（地区）：…), or None for other lines.

    A benchmark field with nothing after its colon has an empty value at the colon's end.
    """
    if line.key is not None:
        if not is_benchmark_label(line.label):
            return None
        key = line.key
        return line.text or Piece("", key.end_line, key.end_column, key.end_line, key.end_column)
    piece = line.text
    start = benchmark_value_start(piece.text) if piece is not None else None
    if piece is None or start is None:
        return None
    return piece._replace(text=piece.text[start:], column=piece.column + start)


def _is_benchmark(line: Line) -> bool:
    return _benchmark_value(line) is not None


def _benchmark_cities(lines: list[Line], context: _Context) -> list[dict[str, Any]]:
    """The benchmark cities of an indicator's lines, each with the span of its own name."""
    cities = []
    for line in lines:
        value = _benchmark_value(line)
        if value is None:
            continue
        for name, start, end in city_spans(value.text):
            piece = value._replace(text=name, column=value.column + start,
                                   end_column=value.column + end)
            cities.append({"name": name, "span": context.span(piece, piece)})
    return cities


def _split_tail(text: str) -> tuple[str, str | None]:
    """Split a closing bracketed group (nesting allowed) off the end of ``text``."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in CLOSE_BRACKETS:
        return text, None
    index = _unclosed_open(stripped[:-1])
    if index is None:
        return text, None
    return stripped[:index].rstrip(), stripped[index:]


def _unclosed_open(text: str) -> int | None:
    """Index of the last opening bracket of ``text`` that no later bracket closes."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char in CLOSE_BRACKETS:
            depth += 1
        elif char in OPEN_BRACKETS:
            if depth == 0:
                return index
            depth -= 1
    return None


def _block_pieces(block: Block) -> list[Piece]:
    """The text pieces of a block's own lines, in order (markers and labels left out)."""
    return [piece for piece in (block.text, *(line.text for line in block.lines)) if piece]


def _last_piece(block: Block) -> Piece:
    if block.children:
        return _last_piece(block.children[-1])
    if block.lines:
        return block.lines[-1].last
    return block.text or block.marker


# -- measures ----------------------------------------------------------------------------


def _carries_measure(block: Block) -> bool:
    if any(line.label in _MEASURE_KEYS for line in block.lines):
        return True
    return bool(_trailing_brackets(_continued_text(block))[1])


def _measures(section: Block, indicator: int, context: _Context) -> list[dict[str, Any]]:
    found: list[tuple[Block, str | None]] = []
    _collect(section.children, None, found)
    numbers = [marker_number(block.marker.text)[0] for block, _ in found]
    restarts = any(b <= a for a, b in pairwise(numbers)) and len(
        {group for _, group in found}
    ) > 1
    if restarts:
        numbers = list(range(1, len(found) + 1))
    seen: Counter[int] = Counter()
    measures = []
    for (block, group), number in zip(found, numbers, strict=True):
        seen[number] += 1
        suffix = "" if seen[number] == 1 else chr(ord("a") + seen[number] - 1)
        measure = _measure(block, group, indicator, number, suffix, context)
        if suffix:
            context.report("duplicate-number", Severity.WARNING,
                           f"measure number {number} is used again; this one is {measure['id']}",
                           measure["span"])
        measures.append(measure)
    return measures


def _collect(blocks: list[Block], group: str | None, found: list[tuple[Block, str | None]]) -> None:
    groups = [_is_group(block) for block in blocks]
    for block, is_group in zip(blocks, groups, strict=True):
        # a sub-section holding one measure, next to sub-sections holding several
        lone = len(block.children) == 1 and _carries_measure(block.children[0]) and any(groups)
        if is_group or (lone and not _carries_measure(block)):
            _collect(block.children, block.heading, found)
        else:
            found.append((block, group))


def _is_group(block: Block) -> bool:
    """Whether a block holds measures (several children carrying fields, or none carrying
    any at level 2) rather than being one (a measure's points (1)(2) carry its last fields)."""
    carriers = sum(1 for child in block.children if _carries_measure(child))
    return bool(block.children) and (
        carriers >= 2 or (carriers == 0 and not _carries_measure(block) and block.level <= 2)
    )


def _continued_text(block: Block) -> str:
    return _join_wrapped([block.heading, *(_joined(line) for line in _text_lines(block))])


def _text_lines(block: Block) -> list[Line]:
    """The lines continuing a block's text: those before its first field."""
    lines = []
    for line in block.lines:
        if (line.key is not None and line.label in _MEASURE_KEYS) or _is_benchmark(line):
            break
        lines.append(line)
    return lines


def _last_text_piece(block: Block) -> Piece:
    """Where a block's text (:func:`_continued_text`) ends."""
    lines = _text_lines(block)
    return lines[-1].last if lines else block.text or block.marker


def _join_wrapped(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text and text[-1].isascii() and text[-1].isalnum() and part[:1].isascii():
            text += " "
        text += part
    return text


def _measure(
    block: Block, group: str | None, indicator: int, number: int, suffix: str, context: _Context
) -> dict[str, Any]:
    own_lines = list(block.lines)
    extra_text: list[str] = []
    for child in block.children:  # points (1)(2) of a measure belong to its text
        extra_text.append(child.marker.text + _continued_text(child))
        own_lines.extend(line for line in child.lines if line.key is not None)
    text_lines: list[Line] = []
    fields: list[Line] = []
    for line in own_lines:
        if line.key is not None and line.label in _MEASURE_KEYS:
            fields.append(line)
        elif not fields:
            text_lines.append(line)
        elif fields[-1].value.endswith(("、", "，", ",")):
            fields[-1] = Line(fields[-1].key, _merge_pieces(fields[-1].text, line))
        else:
            context.report("stray-line", Severity.WARNING,
                           "line after the measure's fields is not a field or a measure; "
                           "expected 完成时限：… / 责任单位：… or the next numbered measure",
                           context.span(line.first, line.last))
    text = _join_wrapped([block.heading, *(_joined(line) for line in text_lines), *extra_text])
    measure_id = f"{indicator}.{number}{suffix}"
    full_text = text
    text, groups, bracket_deadline, convention = _inline_units(text, measure_id, block, context)
    deadline = None
    for line in fields:
        if line.label in DEADLINE_KEYS:
            phrase = line.value.rstrip("。；;")
            piece = _trimmed(line.text, len(line.value) - len(phrase)) if line.text else None
            span = context.span(piece, piece) if piece else None
            deadline = deadline_record(phrase, context.default_year, span)
        else:
            value, note = strip_convention(line.value)
            convention = convention or note
            groups.extend(read_field(UNIT_KEYS[line.label], value))
    text_pieces = [piece for piece in (block.text, *(line.first for line in text_lines),
                                       *(line.text for line in text_lines if line.key))
                   if piece is not None]
    if deadline is None:
        deadline = _text_deadline(bracket_deadline, text, text_pieces, context)
    first_leads = context.first_leads or convention is not None
    if convention is not None and convention.onward:
        context.first_leads = True
    units = make_group_units(resolve_roles(groups, first_leads), context.aliases)
    last_piece = _last_text_piece(block.children[-1]) if block.children else (
        text_lines[-1].last if text_lines else block.text or block.marker)
    last_text_piece = _trimmed(last_piece, len(full_text) - len(text))
    return {
        "id": measure_id, "number": number, "text": text, "group": group,
        "deadline": deadline, "units": units,
        "span": context.span(block.marker, _last_piece(block)),
        "text_span": context.span(block.text or block.marker, last_text_piece),
    }


def _merge_pieces(first: Piece | None, line: Line) -> Piece:
    """A field value continued on the next line, as one piece spanning both."""
    base = first or line.first
    return Piece((first.text if first else "") + line.value, base.line, base.column,
                 line.last.end_line, line.last.end_column)


# -- inline units and deadlines (tgbe.parse.inline) ---------------------------------------------


def _inline_units(
    text: str, measure_id: str, block: Block, context: _Context
) -> tuple[str, list[UnitGroup], str | None, Convention | None]:
    """Split units named in closing brackets (closed, or cut off by truncation) off ``text``.

    A deadline bracket next to the unit bracket, before or after it (``…。（2023年9月底前完成）
    （A牵头，B配合）``), is split off as well and gives the deadline.
    """
    body, readings, deadline = _trailing_brackets(text)
    if readings:
        reading = readings[0]
        return body, list(reading.groups), reading.deadline or deadline, reading.convention
    cut, fragment = _open_tail(body)
    truncated = read_bracket(fragment) if fragment is not None else None
    if truncated is None:
        return body, [], deadline, None
    context.report("truncated-measure", Severity.WARNING,
                   f"measure {measure_id} ends inside an unclosed unit bracket: the text "
                   "looks truncated; the last, cut unit name is left out",
                   context.span(block.marker, _last_piece(block)))
    return cut, list(truncated.groups), truncated.deadline or deadline, truncated.convention


def _trailing_brackets(text: str) -> tuple[str, list[BracketReading], str | None]:
    """The text before its closing unit bracket and deadline bracket (either order), the unit
    bracket's reading (none or one) and the deadline bracket's phrase."""
    readings: list[BracketReading] = []
    deadline: str | None = None
    while len(readings) + (deadline is not None) < 2:
        body, tail = _split_tail(text)
        if tail is None:
            break
        reading = None if readings else read_bracket(tail[1:-1])
        phrase = None if deadline or reading else deadline_bracket(tail[1:-1])
        if reading is None and phrase is None:
            break
        readings.extend([reading] if reading else [])
        deadline = deadline or phrase
        text = body
    return text, readings, deadline


def _trimmed(piece: Piece, removed: int) -> Piece:
    """``piece`` without the last ``removed`` characters (a unit bracket taken off the text)."""
    keep = len(piece.text.rstrip()) - removed
    if removed <= 0 or keep <= 0 or piece.end_line != piece.line:
        return piece
    return piece._replace(text=piece.text[:keep], end_column=piece.column + keep)


def _open_tail(text: str) -> tuple[str, str | None]:
    """The text before an unclosed last bracket, and that bracket's complete names."""
    if sum(map(text.count, OPEN_BRACKETS)) <= sum(map(text.count, CLOSE_BRACKETS)):
        return text, None
    index = _unclosed_open(text)
    if index is None:
        return text, None
    fragment = text[index + 1 :]
    cut = max(fragment.rfind(sep) for sep in "、，,；;")
    return text[:index].rstrip(), fragment[:cut] if cut > 0 else None


def _text_deadline(
    bracket: str | None, text: str, pieces: list[Piece], context: _Context
) -> dict[str, Any] | None:
    """The deadline a measure names in its unit bracket or, failing that, in its text."""
    phrases = [bracket] if bracket else [found.raw for found in inline_deadlines(text)]
    best: tuple[dict[str, Any], str] | None = None
    for phrase in phrases:
        parsed = deadline_record(phrase, context.default_year)
        if best is None or (parsed["due"] or date.max) >= (best[0]["due"] or date.max):
            best = (parsed, phrase)
    if best is None:
        return None
    return best[0] | {"span": _phrase_span(best[1], pieces, context)}


def _phrase_span(phrase: str, pieces: list[Piece], context: _Context) -> dict[str, int] | None:
    for piece in pieces:
        offset = piece.text.find(phrase)
        if offset >= 0:
            line, column = piece.line, piece.column + offset
            start_line, start_column = context.source.locate(line, column)
            end_line, end_column = context.source.locate(line, column + len(phrase))
            return {"start_line": start_line, "start_column": start_column,
                    "end_line": end_line, "end_column": end_column}
    return None


def _completion_policy(paragraphs: list[str], pieces: list[Piece], context: _Context) -> Any:
    """The date the notice sets for all its tasks (…原则上2023年9月底前完成), if it does.

    Its span is where the phrase stands in ``pieces`` (the paragraphs' line pieces), unless
    the phrase is broken across two lines.
    """
    for paragraph in paragraphs:
        match = _POLICY.search(paragraph)
        if match:
            phrase = match["phrase"]
            return deadline_record(phrase, context.default_year,
                                   _phrase_span(phrase, pieces, context))
    return None


def _disambiguate_ids(indicators: list[dict[str, Any]], context: _Context) -> None:
    """Keep measure ids unique when two sections share a number (二、… 二、…): "2b.1"."""
    seen: Counter[int] = Counter()
    for indicator in indicators:
        seen[indicator["number"]] += 1
        if seen[indicator["number"]] == 1:
            continue
        prefix = f"{indicator['number']}{chr(ord('a') + seen[indicator['number']] - 1)}"
        for measure in indicator["measures"]:
            measure["id"] = f"{prefix}.{measure['id'].split('.', 1)[1]}"
        context.report("duplicate-section-number", Severity.WARNING,
                       f"section number {indicator['number']} is used again; its measures "
                       f"are numbered {prefix}.N", indicator["heading_span"])


def _check_truncation(indicators: list[dict[str, Any]], context: _Context) -> None:
    measures = [measure for indicator in indicators for measure in indicator["measures"]]
    with_deadline = sum(1 for measure in measures if measure["deadline"] is not None)
    for measure in measures:
        if measure["deadline"] is None and with_deadline * 2 > len(measures):
            context.report("missing-deadline", Severity.WARNING,
                           f"measure {measure['id']} has no deadline; expected a 完成时限：… line",
                           measure["span"])
    last = measures[-1] if measures else None
    if last and last["text"] and last["text"][-1] not in SENTENCE_END and not last["units"]:
        context.report("truncated-measure", Severity.WARNING,
                       f"measure {last['id']} ends mid-sentence without units: the text looks "
                       "truncated", last["span"])
