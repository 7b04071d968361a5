"""The meaning layer: an :class:`~tgbe.parse.outline.Outline` becomes a Notice model.

The build runs in steps, each in a module of its own, and produces typed records
(:mod:`tgbe.parse.records`, in the shape of the models) that are validated into a
:class:`~tgbe.models.Notice` in one call:

1. :mod:`~tgbe.parse.prepare_blocks` leaves out page tool lines, moves an attachment list
   to the header, drops idle attachments and cuts inline field labels into field lines;
2. :mod:`~tgbe.parse.build_header` reads issuer, document number, title, recipients, issue
   date and the notice's year from the preface;
3. :mod:`~tgbe.parse.classify_sections` sorts the top-level blocks into principles and
   indicator sections (opening containers such as 一、主要任务);
4. :mod:`~tgbe.parse.build_sections` builds each indicator and principle, with the
   measures of :mod:`~tgbe.parse.build_measures` (deadlines and units read by
   :mod:`~tgbe.parse.build_fields`);
5. :mod:`~tgbe.parse.notice_checks` checks the whole notice (duplicate section numbers,
   missing deadlines, truncation); diagnostics are collected in the
   :class:`~tgbe.parse.build_context.BuildContext` on the way;
6. :func:`~tgbe.parse.targets.attach_targets` fills in the targets of summaries and
   measure texts — a step of its own, which :func:`tgbe.parse.api.source_data` runs only
   when the caller needs targets (about a quarter of the parse when it runs).

Each module's docstring lists the decisions it makes, from the shape of the outline rather
than from any one document.
"""

from __future__ import annotations

from tgbe.errors import TgbeError
from tgbe.parse.attachments import refuse_measures_in_two_attachments
from tgbe.parse.block_text import block_pieces, joined
from tgbe.parse.blocks import Outline
from tgbe.parse.build_context import BuildContext
from tgbe.parse.build_header import completion_policy, header
from tgbe.parse.build_sections import indicator, principle
from tgbe.parse.classify_sections import split_sections
from tgbe.parse.inline import take_notice_level
from tgbe.parse.notice_checks import check_truncation, check_units, disambiguate_ids
from tgbe.parse.paragraphs import with_paragraph_measures
from tgbe.parse.prepare_blocks import (
    attachment_list,
    with_inline_fields,
    without_idle_attachments,
    without_tool_lines,
)
from tgbe.parse.records import NoticeRecord
from tgbe.parse.units import AliasTable, default_aliases
from tgbe.read.chrome import is_skipped_line
from tgbe.read.source import SourceText
from tgbe.vocab import SCHEMA_VERSION


def build_notice_data(
    outline: Outline, source: SourceText, aliases: AliasTable | None = None
) -> NoticeRecord:
    """The notice as typed records with every field of :class:`Notice` (JSON-ready but dates).

    This is what :func:`build_notice` validates; ``tgbe parse -f json`` serialises it
    directly, which keeps the command's start-up free of model building.  The targets are
    left empty (see :func:`tgbe.parse.targets.attach_targets`).  Raises
    :class:`TgbeError` when the outline holds no recognisable measures.
    """
    context = BuildContext(source, aliases or default_aliases())
    # metadata comments (# source: …) and breadcrumbs before the first section are no text
    preface = [line for line in outline.preface if not is_skipped_line(joined(line))]
    listed, blocks = attachment_list([without_tool_lines(block) for block in outline.blocks])
    header_record, context.default_year = header(preface + listed, context)
    blocks = without_idle_attachments(
        with_paragraph_measures(with_inline_fields(blocks)), context)
    refuse_measures_in_two_attachments(blocks, source)
    principle_blocks, sections, attachment_title = split_sections(blocks)
    indicators = [indicator(block, context) for block in sections]
    disambiguate_ids(indicators, context)
    take_notice_level([unit for record in indicators
                       for unit in (*record["lead_units"],
                                    *(unit for measure in record["measures"]
                                      for unit in measure["units"]))], context.aliases)
    if not any(record["measures"] for record in indicators):
        raise TgbeError.at(
            source.path,
            "no recognisable measures: expected section headings such as 一、… and numbered "
            "measures such as 1.… or （一）… with 完成时限/责任单位 lines or units in brackets; "
            f"found {len(preface)} unnumbered lines and {len(sections)} sections "
            "without measures",
        )
    principles = [principle(block, context) for block in principle_blocks]
    policy = completion_policy(
        [record["text"] for record in principles] + [joined(line) for line in preface],
        [*(piece for block in principle_blocks for piece in block_pieces(block)),
         *(piece for line in preface for piece in (line.key, line.text) if piece)],
        context,
    )
    check_truncation(indicators, context)
    check_units(indicators, context)
    return {
        "schema_version": SCHEMA_VERSION,
        **header_record,
        "source": {"path": source.path, "encoding": source.encoding,
                   "line_count": source.original.rstrip("\n").count("\n") + 1},
        "principles": principles,
        "attachment_title": attachment_title,
        "indicators": indicators,
        "completion_policy": policy,
        "diagnostics": context.diagnostics,
    }
