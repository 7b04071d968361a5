"""Helpers shared by the content rules: finding text inside a span, labelling measures."""

from __future__ import annotations

from collections.abc import Sequence

from tgbe.lint.rules.base import LintContext
from tgbe.models import Measure, Span


def find_in_span(context: LintContext, span: Span, needle: str, *, last: bool = False,
                 after: Span | None = None) -> Span | None:
    """Where ``needle`` is written inside ``span`` (first match, or the ``last`` one).

    With ``after``, matches starting before the end of ``after`` are skipped.
    """
    found: list[Span] = []
    for line in range(span.start_line, span.end_line + 1):
        text = context.line_text(line)
        first = span.start_column - 1 if line == span.start_line else 0
        stop = span.end_column - 1 if line == span.end_line else len(text)
        index = text.find(needle, first)
        while index >= 0 and index + len(needle) <= stop:
            hit = Span(start_line=line, start_column=index + 1, end_line=line,
                       end_column=index + 1 + len(needle))
            if after is None or (line, index + 1) >= (after.end_line, after.end_column):
                found.append(hit)
                if not last:
                    return hit
            index = text.find(needle, index + 1)
    return found[-1] if found else None


def span_between(first: Span, last: Span) -> Span:
    """The span from the start of ``first`` to the end of ``last``."""
    return Span(start_line=first.start_line, start_column=first.start_column,
                end_line=last.end_line, end_column=last.end_column)


def id_range(measures: Sequence[Measure]) -> str:
    """``"14.1–14.13"`` for a run of measures (just the id for one)."""
    if len(measures) == 1:
        return measures[0].id
    return f"{measures[0].id}–{measures[-1].id}"


def offset_span(context: LintContext, span: Span, text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``, where ``text`` is the text written at ``span``.

    Exact when ``text`` is written on one line at ``span``; otherwise the first place the
    piece is written inside ``span`` (the whole span if it cannot be found).
    """
    line = context.line_text(span.start_line)
    first = span.start_column - 1
    if line[first : first + len(text)] == text:
        return Span(start_line=span.start_line, start_column=first + start + 1,
                    end_line=span.start_line, end_column=first + end + 1)
    return find_in_span(context, span, text[start:end]) or span
