"""Small text helpers shared by the rules that read the original lines."""

from __future__ import annotations

from tgbe.lint.rules.base import LintContext
from tgbe.models import Span

# Characters that mark text as Chinese: CJK ideographs, CJK and full-width punctuation.
_CHINESE_RANGES: tuple[tuple[str, str], ...] = (
    ("\u3400", "\u9fff"),
    ("\u3000", "\u303f"),
    ("\uff01", "\uff60"),
    ("\u2018", "\u201f"),
    ("\u2014", "\u2026"),
)


def is_chinese(char: str) -> bool:
    """Whether ``char`` is a CJK ideograph or CJK / full-width punctuation."""
    return any(low <= char <= high for low, high in _CHINESE_RANGES)


def in_chinese_text(line: str, index: int) -> bool:
    """Whether the character at ``index`` of ``line`` touches Chinese text on either side."""
    before = line[index - 1] if index > 0 else ""
    after = line[index + 1] if index + 1 < len(line) else ""
    return (bool(before) and is_chinese(before)) or (bool(after) and is_chinese(after))


def span_at(line: int, start: int, end: int | None = None) -> Span:
    """The span of 0-based character offsets ``start``..``end`` (exclusive) on ``line``."""
    stop = start + 1 if end is None or end <= start else end
    return Span(start_line=line, start_column=start + 1, end_line=line, end_column=stop + 1)


def first_line(span: Span, context: LintContext) -> Span:
    """``span`` cut to its first line (the whole rest of that line): where a caret goes."""
    if span.end_line == span.start_line:
        return span
    length = len(context.line_text(span.start_line))
    return Span(start_line=span.start_line, start_column=span.start_column,
                end_line=span.start_line, end_column=max(length, span.start_column) + 1)
