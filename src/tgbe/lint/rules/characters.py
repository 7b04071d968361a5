"""CHR001: a rare word one character away from a frequent word or a cited title.

Purely statistical: the notice's own bigram counts say which character is out of place and
which word was probably meant.  No list of typos.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field

from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions, related_at
from tgbe.lint.rules.bigrams import BigramIndex
from tgbe.lint.rules.locate import offset_span
from tgbe.models import Severity, Span

_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE = re.compile(r"《([^《》\n]{2,60})》")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")


@dataclass(frozen=True)
class Slip:
    """A rare word at ``start:end`` of a text and the frequent word probably meant."""

    start: int
    end: int
    written: str
    meant: str
    count: int

    def shifted(self, offset: int) -> Slip:
        """The same slip with its offsets moved by ``offset``."""
        return Slip(self.start + offset, self.end + offset, self.written, self.meant,
                    self.count)


class SuspiciousCharacter(Rule):
    """A rare word one character away from a frequent word or a cited title.

    What it finds: (1) a character whose neighbours it rarely meets in this notice, inside a
    word (``ngram_lengths`` characters, written at most ``max_rare`` times) that differs in
    that one character from a word written at least ``min_count`` times, where the other
    character is at least ``ratio`` times as common next to both neighbours — e.g. 中小为企业
    in a notice that writes 中小微企业 nine times (reported as ``info``: a statistical hint);
    (2) a title in 《》 that differs in one character from another title cited in the notice,
    the rarer spelling reported (``warning``).  The suggestion is the word probably meant.

    Why it matters: input-method slips survive proof-reading because every character is a
    real one; the notice itself shows the usual spelling.

    Failing example::

        按照《某省高价值专利培育项目管理办法》… 按照《某省高价值专利培育项月管理办法》

    Passing example::

        按照《某省高价值专利培育项目管理办法》… 按照《某省高价值专利培育项目管理办法》
    """

    code: ClassVar[str] = "CHR001"
    name: ClassVar[str] = "suspicious-character"
    doc_zh = (
        "一个少见的词与一个常见词或引用的标题只差一个字。\n\n"
        "发现什么：（1）词中某个字与其相邻的字在本通知中很少同时出现，而该词（n"
        "gram_lengths 个字，最多出现 max_rare 次）与一个至"
        "少出现 min_count 次的词只差这个字，且另一个字与两侧相邻字同时"
        "出现的频率至少高 ratio 倍——以提示级别报告，是统计上的提示；（2"
        "）《》中的标题与通知引用的另一个标题只差一个字，报告较少见的写法（警告）"
        "。建议是可能想写的词。\n\n"
        "为何重要：输入法选错的字都是真实存在的字，校对时很难发现；通知本身显示了"
        "通常的写法。")
    group: ClassVar[str] = "characters"
    severity: ClassVar[Severity] = Severity.WARNING

    class Options(RuleOptions):
        """Options of CHR001."""

        min_count: int = Field(5, ge=2, description="times the intended word must be written")
        max_rare: int = Field(1, ge=1, description="times the suspicious word may be written")
        ratio: float = Field(3.0, ge=1.0, description="how much more common the intended "
                             "character must be next to both neighbours")
        ngram_lengths: tuple[int, ...] = Field((4, 5), min_length=1,
                                               description="word lengths compared")

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report cited-title variants, then slips in the prose."""
        options = self.options
        assert isinstance(options, SuspiciousCharacter.Options)
        prose = _prose(context)
        index = BigramIndex.of([text for text, _, _ in prose])
        yield from self._titles(context, index)
        for slip in find_slips(index, options):
            part = bisect_right(index.starts, slip.start) - 1
            text, span, measure_id = prose[part]
            slip = slip.shifted(-index.starts[part])
            yield self.finding(
                context, offset_span(context, span, text, slip.start, slip.end),
                en=(f"“{slip.written}” looks like a slip for “{slip.meant}” (written "
                    f"{slip.count}× in this notice)"),
                zh=f"“{slip.written}”疑为“{slip.meant}”之误（本文出现{slip.count}次）",
                measure_id=measure_id, suggestion=slip.meant, severity=Severity.INFO)

    def _titles(self, context: LintContext, index: BigramIndex) -> Iterator[Draft]:
        """Titles cited in 《》 that differ from another cited title in one character."""
        places: dict[str, list[Span]] = {}
        for number, line in enumerate(context.text_lines, 1):
            for match in _TITLE.finditer(line):
                places.setdefault(match.group(1), []).append(Span(
                    start_line=number, start_column=match.start(1) + 1, end_line=number,
                    end_column=match.end(1) + 1))
        by_pattern: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for title in places:
            for position, char in enumerate(title):
                if _CJK.match(char):
                    key = (title[:position], title[position + 1 :])
                    by_pattern.setdefault(key, []).append((title, position))
        for variants in by_pattern.values():
            if len(variants) != 2:
                continue
            (first, position), (second, _) = variants
            rarer, usual = _rarer(first, second, position, index)
            if rarer is None or usual is None:
                continue
            for span in places[rarer]:
                yield self.finding(
                    context, span,
                    en=f"title 《{rarer}》 differs by one character from 《{usual}》 cited "
                       "elsewhere",
                    zh=f"书名《{rarer}》与本文另处引用的《{usual}》相差一字",
                    measure_id=_measure_id(context, span.start_line), suggestion=usual,
                    related=[related_at(context, places[usual][0], f"《{usual}》",
                                        _measure_id(context, places[usual][0].start_line))])


def _rarer(first: str, second: str, position: int,
           index: BigramIndex) -> tuple[str | None, str | None]:
    """Of two titles differing at ``position``, the spelling whose character is out of place."""

    def fit(title: str) -> int:
        char = title[position]
        left = title[position - 1] + char if position else ""
        right = char + title[position + 1] if position + 1 < len(title) else ""
        return index.count(left) + index.count(right)

    if fit(first) == fit(second):
        return None, None
    return (first, second) if fit(first) < fit(second) else (second, first)


def find_slips(index: BigramIndex, options: SuspiciousCharacter.Options) -> list[Slip]:
    """Rare words of the prose one character away from a frequent word of the notice.

    A candidate position stands next to a rare bigram, and its neighbours form a frame that
    some other character fills frequently.
    """
    text, counts = index.text, index.count
    frequent = index.frequent(options.min_count)
    slips: list[Slip] = []
    for position in index.next_to_rare(options.max_rare, options.min_count):
        left, char, right = text[position - 1], text[position], text[position + 1]
        if not "\u4e00" <= char <= "\u9fff" or char in _NUMERALS:
            continue
        seen_left, seen_right = counts(left + char), counts(char + right)
        if max(seen_left, seen_right) >= options.min_count:
            continue
        meant = {other for other in frequent.after[left] & frequent.before[right]
                 if other not in _NUMERALS
                 and counts(left + other) >= options.ratio * max(seen_left, 1)
                 and counts(other + right) >= options.ratio * max(seen_right, 1)}
        best = _best_window(index, position, meant, options) if meant else None
        if best is not None:
            slips.append(best)
    return slips


def _best_window(index: BigramIndex, position: int, meant: set[str],
                 options: SuspiciousCharacter.Options) -> Slip | None:
    """The most convincing word around ``position`` for one of the ``meant`` characters.

    Every window holds ``position`` inside, hence its rare bigram: the written word is rare
    by construction.  The intended word is counted only when all its bigrams are frequent.
    Lengths are tried shortest first: a longer word holding ``position`` inside contains a
    shorter one that does too, so when no word of one length is frequent, none longer is.
    """
    text, counts = index.text, index.count
    best: Slip | None = None
    for length in sorted(options.ngram_lengths):
        found = False
        for start in range(max(0, position - length + 2),
                           min(position - 1, len(text) - length) + 1):
            written = text[start : start + length]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in written):
                continue
            for other in sorted(meant):
                intended = written[: position - start] + other + written[position - start + 1 :]
                if any(counts(intended[i : i + 2]) < options.min_count
                       for i in range(length - 1)):
                    continue
                times = text.count(intended)
                if times < options.min_count:
                    continue
                found = True
                if best is None or (times, length) > (best.count, len(best.written)):
                    best = Slip(start, start + length, written, intended, times)
        if not found:
            break
    return best


def _prose(context: LintContext) -> list[tuple[str, Span, str | None]]:
    """The running text of the notice: principles, indicator summaries, measure texts."""
    notice = context.notice
    prose: list[tuple[str, Span, str | None]] = [
        (principle.text, principle.span, None) for principle in notice.principles]
    for indicator in notice.indicators:
        if indicator.summary_span is not None:
            prose.append((indicator.summary, indicator.summary_span, None))
        prose.extend((m.text, m.text_span, m.id) for m in indicator.measures)
    return prose


def _measure_id(context: LintContext, line: int) -> str | None:
    """The id of the measure whose text covers ``line``, if any."""
    measure = context.measure_at(line, text=True)
    return measure.id if measure else None

