"""Lines that are not part of a notice: metadata comments of a copy and web page chrome.

A line whose first non-space character is ``#`` before the notice's first section is a
metadata comment (``# source: …``, ``# completeness: …``), and a breadcrumb trail
(``首页 > 政策文件``) is page chrome.  The builder leaves such lines out of the header, and
the lint rules that read the text (``tgbe.rules.base.LintContext.text_lines``) skip them.
"""

from __future__ import annotations

import re

from tgbe.data.lexicon import CHROME_BREADCRUMB_SEPARATORS, SENTENCE_END

_BREADCRUMB = re.compile("[" + re.escape(CHROME_BREADCRUMB_SEPARATORS) + "]")
_BREADCRUMB_SEGMENT_LIMIT = 16  # characters: a longer segment is text
_BREADCRUMB_LINE_LIMIT = 80


def is_metadata_comment(text: str) -> bool:
    """Whether a line is a metadata comment: its first non-space character is ``#``."""
    return text.lstrip(" \t\u3000\xa0").startswith("#")


def is_breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb trail: two or more short segments separated by
    ``>`` ``›`` ``»`` ``＞`` (首页 > 政策文件, 当前位置：首页 » 信息公开)."""
    stripped = text.strip()
    if len(stripped) > _BREADCRUMB_LINE_LIMIT or any(c in SENTENCE_END for c in stripped):
        return False
    segments = [segment.strip() for segment in _BREADCRUMB.split(stripped)]
    return (len(segments) >= 2 and all(segments[1:])
            and all(len(segment) <= _BREADCRUMB_SEGMENT_LIMIT for segment in segments))


def is_skipped_line(text: str) -> bool:
    """Whether a line before the notice's first section is left out (metadata or a
    breadcrumb); see the module docstring."""
    return is_metadata_comment(text) or is_breadcrumb(text)
