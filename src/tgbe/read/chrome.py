"""Lines that are not part of a notice: metadata comments of a copy and web page chrome.

Page chrome of a web copy is a labelled metadata line (来源：… 浏览量：…), a line of buttons and
tools (【打印本页】【关闭窗口】) or a QR-code hint (扫一扫在手机打开当前页), wherever it stands.

A line whose first non-space character is ``#`` before the notice's first section is a
metadata comment (``# source: …``, ``# completeness: …``), and a breadcrumb trail
(``首页 > 政策文件``) is page chrome.  The builder leaves such lines out of the header, and
the lint rules that read the text (``tgbe.lint.rules.base.LintContext.text_lines``) skip them.

A page number left between the lines of a copied PDF (``- 5 -``, ``— 12 —``, ``第 3 页``,
``3/12``, a bare number) is a line of its own shape (:func:`is_page_number`).
"""

from __future__ import annotations

import re

from tgbe.data.lexicon import (
    CHROME_BREADCRUMB_SEPARATORS,
    CHROME_BUTTONS,
    CHROME_LABELS,
    CHROME_PAGE_WORDS,
    CHROME_QR_WORDS,
    SENTENCE_END,
)
from tgbe.lang.patterns import either

_BREADCRUMB = re.compile("[" + re.escape(CHROME_BREADCRUMB_SEPARATORS) + "]")
_BREADCRUMB_SEGMENT_LIMIT = 16  # characters: a longer segment is text
_BREADCRUMB_LINE_LIMIT = 80
_BUTTONS = re.compile(
    f"(?:{either(CHROME_BUTTONS)})+"
)
_TOOL_SEPARATORS = re.compile(r"[\s|｜/／·•:：【】\[\]［］<>＜＞]+")
# Any button or QR-code word: a line without one is no tool line (one C-level scan).
_TOOL_WORD = re.compile(either((*CHROME_BUTTONS, *CHROME_QR_WORDS)))
_TOOL_LINE_LIMIT = 30  # characters: a QR-code line longer than this is text
PAGE_NUMBER = re.compile(
    r"^[\s\-—–－_·•]*(?:第\s*[0-9]+\s*页(?:\s*[/，,]?\s*共\s*[0-9]+\s*页)?|[0-9]+\s*/\s*[0-9]+"
    r"|[0-9]{1,4})[\s\-—–－_·•]*$"
)


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


def is_page_chrome(text: str) -> bool:
    """Whether a preface line is page chrome of a web copy (来源：… 浏览量：… 发布时间：…)."""
    compact = re.sub(r"\s", "", text).lstrip("•·●▪")
    return is_tool_line(text) or any(
        compact.startswith((label + ":", label + "：")) for label in CHROME_LABELS
    )


def is_tool_line(text: str) -> bool:
    """Whether a line holds only a web page's buttons and tools (【打印本页】【关闭窗口】,
    [ 返回顶部 ] | [ 加入收藏 ]) or points at its QR code (扫一扫在手机打开当前页)."""
    if _TOOL_WORD.search(text) is None:
        return False
    words = [word for word in _TOOL_SEPARATORS.split(text) if word]
    if words and all(_BUTTONS.fullmatch(word) for word in words):
        return True
    return (len(text.strip()) <= _TOOL_LINE_LIMIT
            and any(word in text for word in CHROME_QR_WORDS)
            and any(word in text for word in CHROME_PAGE_WORDS)
            and not any(c in SENTENCE_END for c in text))


def is_page_number(text: str) -> bool:
    """Whether a line is only a page number: ``- 5 -``, ``— 12 —``, ``第 3 页``, ``第3页 共9页``,
    ``3/12`` or a bare number of up to four digits."""
    return PAGE_NUMBER.match(text) is not None
