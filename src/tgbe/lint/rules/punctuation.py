"""Punctuation rules (``PUN…``): half-width marks in Chinese text, unbalanced or empty pairs,
a space after an item number, stray whitespace.  They read the original lines; where a
habit decides (half-width marks, spaces, indentation) the document's own majority decides.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from tgbe.lang.patterns import HALF_BRACKET_MARKER
from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions
from tgbe.lint.rules.text import in_chinese_text, span_at
from tgbe.models import Severity

_FULL_WIDTH = {":": "：", ",": "，", ";": "；", "(": "（"}
_PAIRS = {"“": "”", "（": "）", "〔": "〕", "《": "》", "【": "】"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_FOLD_PARENS = str.maketrans({"(": "（", ")": "）"})
# The mate of each mark as written: a half-width bracket is named with its half-width mate.
_MATES = {**_PAIRS, "(": ")"}
_OPENERS = {**_CLOSERS, ")": "("}
_LINE_MARKER = re.compile(rf"[ \t\u3000]*{HALF_BRACKET_MARKER}")
_PAIR_CHARS = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS) + "()") + "]")
_EMPTY_PAIR = re.compile(r"“[ \t\u3000]*”|[（(][ \t\u3000]*[）)]|〔[ \t\u3000]*〕|《[ \t\u3000]*》"
                         r"|【[ \t\u3000]*】")
_ITEM_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:(?P<arabic>[0-9]+[.．、])|(?P<chinese>[一二三四五六七八九十百]+[、．.])"
    r"|(?P<paren_chinese>[（(][一二三四五六七八九十百]+[）)])|(?P<paren_arabic>[（(][0-9]+[）)]))"
    r"(?P<space>[ \t\u3000\xa0]*)(?=\S)"
)
_STYLES = ("arabic", "chinese", "paren_chinese", "paren_arabic")
_LEADING = re.compile(r"^[ \t\u3000\xa0]+")
_TRAILING = re.compile(r"[ \t\u3000\xa0]+$")


class HalfWidthOptions(RuleOptions):
    """Options of PUN001."""

    marks: str = Field(default=":,;(", pattern=r"^[:,;(]*$")


class HalfWidthPunctuation(Rule):
    """Half-width punctuation in Chinese text where the document otherwise uses full-width.

    What it finds: a half-width ``:`` ``,`` ``;`` or ``(`` next to Chinese characters, when
    the same document writes that mark full-width (``：`` ``，`` ``；`` ``（``) more often.
    Each mark is judged on its own; a document written in half-width throughout passes.

    Why it matters: mixed widths are a tell-tale of text pasted from another source, and a
    published notice should read consistently.

    Example (fails, the rest of the document uses ``：``)::

        完成时限:2023年9月

    Passes::

        完成时限：2023年9月

    Option ``marks``: the half-width marks to check (default ``:,;(``).
    """

    code = "PUN001"
    name = "half-width-punctuation"
    doc_zh = (
        "中文文本中使用了半角标点，而本文其他地方使用全角。\n\n"
        "发现什么：中文字符旁边的半角“:”“,”“;”或“(”，而同一文件中该标"
        "点更多写作全角（“：”“，”“；”“（”）。每种标点单独判断；通篇使用半"
        "角的文件不报告。\n\n"
        "为何重要：全角半角混用说明文字是从别处粘贴来的，正式发布的通知应前后一致"
        "。")
    group = "punctuation"
    severity = Severity.WARNING
    Options = HalfWidthOptions

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Count both widths of each mark, then flag the minority half-width uses."""
        assert isinstance(self.options, HalfWidthOptions)
        marks = [mark for mark in self.options.marks if mark in _FULL_WIDTH]
        if not marks:
            return
        pattern = re.compile("[" + re.escape("".join(marks)) + "]")
        text = "\n".join(context.text_lines)
        full = Counter({mark: text.count(_FULL_WIDTH[mark]) for mark in marks})
        half: list[tuple[int, int, str]] = []
        for number, line in enumerate(context.text_lines, start=1):
            half.extend(
                (number, match.start(), match.group())
                for match in pattern.finditer(line)
                if in_chinese_text(line, match.start())
            )
        half_counts = Counter(mark for _, _, mark in half)
        for number, index, mark in half:
            if full[mark] > half_counts[mark]:
                wide = _FULL_WIDTH[mark]
                yield self.finding(
                    context, span_at(number, index),
                    en=f"half-width '{mark}' in Chinese text; this document uses '{wide}' "
                       f"({full[mark]} times)",
                    zh=f"中文文本中使用了半角“{mark}”；本文其他地方使用全角“{wide}”"
                       f"（{full[mark]}处）",
                    suggestion=wide,
                )


class UnbalancedPair(Rule):
    """A quotation mark, bracket or book-title mark that is not closed (or not opened).

    What it finds: on one line, an opening ``“`` ``（`` ``〔`` ``《`` ``【`` without its
    closing mark, or a closing mark without its opening one.  Half- and full-width round
    brackets are matched with each other (their width is PUN001's business); a mark left
    open at the end of a line and closed at the start of the next (hard-wrapped text) is
    matched across the line break.

    Why it matters: a lost quotation mark or bracket changes what a phrase names — usually a
    slip made while editing a sentence.

    Example (fails: the closing ``”`` has no opening ``“``)::

        政务服务”指标达到“优秀”等次。

    Passes::

        “政务服务”指标达到“优秀”等次。
    """

    code = "PUN002"
    name = "unbalanced-pair"
    doc_zh = (
        "引号、括号或书名号没有闭合（或没有开头）。\n\n"
        "发现什么：同一行中有开头的“（〔《【而没有对应的结尾，或有结尾而没有开头"
        "。半角和全角圆括号互相配对（宽度由 PUN001 负责）；行末未闭合、下"
        "一行开头闭合的（硬换行的文字）跨行配对。\n\n"
        "为何重要：丢了引号或括号会改变一个短语所指的内容——通常是修改句子时的疏"
        "忽。")
    group = "punctuation"
    severity = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Match pairs line by line with a stack (see :func:`unbalanced_marks`)."""
        for number, index, char, opened in unbalanced_marks(context.text_lines):
            if opened:
                yield self.finding(
                    context, span_at(number, index),
                    en=f"'{char}' is not closed on this line; expected '{_MATES[char]}'",
                    zh=f"本行的「{char}」没有对应的「{_MATES[char]}」",
                )
            else:
                yield self.finding(
                    context, span_at(number, index),
                    en=f"'{char}' has no opening '{_OPENERS[char]}' on this line",
                    zh=f"本行的「{char}」没有对应的「{_OPENERS[char]}」",
                )


def unbalanced_marks(lines: tuple[str, ...]) -> list[tuple[int, int, str, bool]]:
    """``(line, index, mark, is_opening)`` of unmatched marks, line by line.

    A mark left open at the end of a line and closed at the start of the next one (a
    hard-wrapped sentence) is matched across the line break.
    """
    found: list[list[tuple[int, str, bool]]] = [
        _unbalanced(line) if _PAIR_CHARS.search(line) else [] for line in lines
    ]
    for number in range(len(found) - 1):
        here, there = found[number], found[number + 1]
        while here and there and here[-1][2] and not there[0][2] and (
            _PAIRS[here[-1][1].translate(_FOLD_PARENS)] == there[0][1].translate(_FOLD_PARENS)
        ):
            here.pop()
            there.pop(0)
    return [(number, index, char, opened)
            for number, problems in enumerate(found, start=1)
            for index, char, opened in problems]


def _unbalanced(line: str) -> list[tuple[int, str, bool]]:
    """``(index, mark, is_opening)`` of every unmatched mark of ``line``, in line order (the
    mark as written: ``(`` and ``（`` match either width of closing bracket).  The bracket of
    a number marker opening the line (``1）推行…``) is no mark."""
    folded = line.translate(_FOLD_PARENS)
    stack: list[tuple[int, str]] = []
    problems: list[tuple[int, str, bool]] = []
    marker = _LINE_MARKER.match(line)
    for match in _PAIR_CHARS.finditer(folded, marker.end() if marker else 0):
        char, index = match.group(), match.start()
        if char in _PAIRS:
            stack.append((index, char))
            continue
        opener = _CLOSERS[char]
        if any(open_ == opener for _, open_ in stack):
            while stack:
                open_index, open_ = stack.pop()
                if open_ == opener:
                    break
                problems.append((open_index, open_, True))
        else:
            problems.append((index, char, False))
    problems.extend((index, char, True) for index, char in stack)
    return sorted((index, line[index], opened) for index, _, opened in problems)


class EmptyPair(Rule):
    """Quotation marks, brackets or book-title marks with nothing between them.

    What it finds: ``“”``, ``（）``, ``〔〕``, ``《》`` or ``【】`` enclosing only spaces.

    Why it matters: an empty pair is left behind when a name or a number was deleted or never
    filled in (a document number ``〔〕``, a cited title ``《》``).

    Example (fails)::

        按照《》要求，开展专项整治。

    Passes::

        按照《优化营商环境条例》要求，开展专项整治。
    """

    code = "PUN003"
    name = "empty-pair"
    doc_zh = (
        "引号、括号或书名号中间什么也没有。\n\n"
        "发现什么：只包含空格的“”、（）、〔〕、《》或【】。\n\n"
        "为何重要：空的成对标点是删掉或没有填写名称、数字后留下的（如文号“〔〕”"
        "、引用的标题“《》”）。")
    group = "punctuation"
    severity = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Search every line for an empty pair."""
        for number, line in enumerate(context.text_lines, start=1):
            for match in _EMPTY_PAIR.finditer(line):
                yield self.finding(
                    context, span_at(number, match.start(), match.end()),
                    en=f"empty '{match.group()}': a name or number seems to be missing",
                    zh=f"「{match.group()}」中没有内容：似乎缺少名称或编号",
                )


class SpaceAfterNumber(Rule):
    """A space between an item number and its text (``15. 完善…``).

    What it finds: a space after a numbering marker (``1.`` ``一、`` ``（一）`` ``（1）``) at
    the start of a line, when most items numbered in the same style have none.

    Why it matters: Chinese typography puts no space after an item number; the odd one out
    was usually typed by hand or pasted in, and some tools then fail to see the number.

    Example (fails, other measures are written ``14.加强…``)::

        15. 完善企业诉求快速响应机制。

    Passes::

        15.完善企业诉求快速响应机制。
    """

    code = "PUN004"
    name = "space-after-number"
    doc_zh = (
        "序号和正文之间有空格（如“15. 完善…”）。\n\n"
        "发现什么：行首编号（“1.”“一、”“（一）”“（1）”）之后有空格，而"
        "同一种编号的多数项没有空格。\n\n"
        "为何重要：中文排版中序号后不加空格；个别有空格的通常是手工输入或粘贴的，"
        "有些工具会因此认不出序号。")
    group = "punctuation"
    severity = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Flag spaced markers of a style whose majority is unspaced."""
        found: list[tuple[int, str, int, int]] = []
        counts: Counter[tuple[str, bool]] = Counter()
        for number, line in enumerate(context.text_lines, start=1):
            match = _ITEM_NUMBER.match(line)
            if match is None:
                continue
            style = next(name for name in _STYLES if match.group(name))
            spaced = bool(match.group("space"))
            counts[style, spaced] += 1
            if spaced:
                found.append((number, style, match.start("space"), match.end("space")))
        for number, style, start, end in found:
            if counts[style, True] < counts[style, False]:
                yield self.finding(
                    context, span_at(number, start, end),
                    en="space after the item number; items numbered this way have none "
                       f"elsewhere ({counts[style, False]} times)",
                    zh=f"编号后有空格；本文同类编号均不加空格（{counts[style, False]}处）",
                    suggestion="",
                )


class TrailingWhitespace(Rule):
    """Spaces or tabs at the end of a line (or a line of nothing but spaces).

    What it finds: whitespace (including the full-width space ``\\u3000``) before a line
    break.

    Why it matters: invisible characters make two copies of the same text differ, confuse
    comparisons between editions and are usually left over from editing.

    Example (fails; ``␠`` marks a space)::

        确保各项举措按期落地见效。␠

    Passes::

        确保各项举措按期落地见效。
    """

    code = "PUN005"
    name = "trailing-whitespace"
    doc_zh = (
        "行末有空格或制表符（或整行只有空格）。\n\n"
        "发现什么：换行前的空白（包括全角空格）。\n\n"
        "为何重要：看不见的字符会使同一段文字的两份副本不同，干扰不同版本之间的比"
        "较，通常是编辑时遗留的。")
    group = "punctuation"
    severity = Severity.INFO

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Search every line's end for whitespace."""
        for number, line in enumerate(context.text_lines, start=1):
            match = _TRAILING.search(line)
            if match is None:
                continue
            blank = match.start() == 0
            yield self.finding(
                context, span_at(number, match.start(), match.end()),
                en="line holds only whitespace" if blank else "trailing whitespace",
                zh="空白行中含有空格" if blank else "行尾有多余空格",
                suggestion="",
            )


# Indented lines are outliers when at most one non-blank line in this many is indented.
_OUTLIER_SHARE = 10


class LeadingWhitespace(Rule):
    """Spaces or tabs at the start of a line, where the document's lines are not indented.

    What it finds: indentation on a non-blank line when at most one non-blank line in ten of
    the same document is indented — an outlier.  A document indented throughout
    (``　　为全面…``), or one whose paragraphs are indented and whose headings are not (web
    copies), passes.

    Why it matters: a stray indent is usually a leftover of a copied cell or a centred title,
    and it can hide a field line (``完成时限：…``) from tools reading the notice.

    Example (fails; ``␠`` marks a space)::

        ␠␠␠␠完成时限：2023年9月

    Passes::

        完成时限：2023年9月
    """

    code = "PUN006"
    name = "leading-whitespace"
    doc_zh = (
        "行首有空格或制表符，而本文各行并不缩进。\n\n"
        "发现什么：同一文件中缩进的非空行不超过十分之一时，某个非空行的缩进——一"
        "个例外。通篇缩进的文件（“　　为全面…”），或段落缩进而标题不缩进的文件"
        "（网页副本）不报告。\n\n"
        "为何重要：多余的缩进通常是复制表格单元格或居中标题留下的，还可能使读取通"
        "知的工具看不到字段行（“完成时限：…”）。")
    group = "punctuation"
    severity = Severity.INFO

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Flag indented lines when they are outliers (at most one line in ten)."""
        indented: list[tuple[int, int]] = []
        non_blank = 0
        for number, line in enumerate(context.text_lines, start=1):
            if not line.strip():
                continue
            non_blank += 1
            match = _LEADING.match(line)
            if match is not None:
                indented.append((number, match.end()))
        if len(indented) * _OUTLIER_SHARE > non_blank:
            return
        for number, end in indented:
            yield self.finding(
                context, span_at(number, 0, end),
                en="leading whitespace; the other lines of this document start at the margin",
                zh="行首有多余空格；本文其他行均顶格书写",
                suggestion="",
            )
