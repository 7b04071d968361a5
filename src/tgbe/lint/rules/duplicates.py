"""Copy-paste in a notice: duplicated measures, copied blocks, repeated clauses.

DUP001 and DUP002 share one computation (:func:`measure_copies`).  Measures with the same
normalised text form one *group*; only the distinct texts are compared, through
:class:`~tgbe.compare.similarity.NearDuplicateIndex`, so a measure pasted a thousand times
costs a list entry, not a thousand pairs.  Each copy is traced to its *first occurrence*
(the earliest similar measure), and runs of consecutive copies of consecutive first
occurrences are the copied blocks; the copies of one block are grouped into one DUP002
finding with their count.  DUP001 reports the copies outside blocks.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import ClassVar

from pydantic import Field

from tgbe.compare.similarity import NearDuplicateIndex, extract_one, normalise
from tgbe.infra.i18n import tr
from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions, related_at
from tgbe.lint.rules.locate import find_in_span, id_range, span_between
from tgbe.models import Measure, Notice, Severity

_CLAUSE = re.compile(r"[^。；;！？!?，,]+")


@dataclass(frozen=True)
class CopiedBlock:
    """``length`` consecutive measures at ``original`` copied at each of ``copies``."""

    original: int
    length: int
    copies: tuple[int, ...]
    scores: tuple[float, ...]  # of the first copy, measure by measure


@dataclass(frozen=True)
class Copies:
    """The measures of a notice grouped by text, their similar groups and copied blocks."""

    measures: tuple[Measure, ...]
    group: tuple[int, ...]  # position → its group (same normalised text)
    members: tuple[tuple[int, ...], ...]  # group → its positions, ascending
    similar: tuple[dict[int, float], ...]  # group → the other groups similar to it: score
    blocks: tuple[CopiedBlock, ...]

    def score(self, original: int, copy: int) -> float:
        """The similarity of two measures known to be similar."""
        first, second = self.group[original], self.group[copy]
        return 100.0 if first == second else self.similar[first][second]

    def groups_like(self, position: int) -> list[int]:
        """The groups of the measures similar to the one at ``position`` (its own first)."""
        group = self.group[position]
        return [group, *self.similar[group]]

    def first_of(self, position: int) -> int | None:
        """The earliest measure similar to the one at ``position``, if any is earlier."""
        earlier = [self.members[group][0] for group in self.groups_like(position)
                   if self.members[group][0] < position]
        return min(earlier, default=None)

    def earlier(self, position: int, named: int) -> tuple[list[int], int]:
        """The first ``named`` earlier measures similar to ``position`` and how many in all."""
        runs = [self.members[group][: bisect.bisect_left(self.members[group], position)]
                for group in self.groups_like(position)]
        first = list(itertools.islice(heapq.merge(*runs), named))
        return first, sum(len(run) for run in runs)

    def in_blocks(self) -> set[int]:
        """The positions of every copy of every block."""
        return {copy + offset for block in self.blocks for copy in block.copies
                for offset in range(block.length)}


# Earlier measures (or further copies) named in one finding; the rest are counted.
_MAX_NAMED = 5


def measure_copies(notice: Notice, threshold: float, min_block: int) -> Copies:
    """The measures' groups, similar groups and copied blocks at ``threshold``."""
    measures = tuple(notice.measures())
    by_text: dict[str, int] = {}
    group: list[int] = []
    members: list[list[int]] = []
    for position, measure in enumerate(measures):
        norm = normalise(measure.text)
        # An empty text is similar to nothing, not even another empty one.
        found = by_text.setdefault(norm, len(members)) if norm else len(members)
        if found == len(members):
            members.append([])
        group.append(found)
        members[found].append(position)
    index: NearDuplicateIndex[int] = NearDuplicateIndex()
    index.extend((number, measures[positions[0]].text)
                 for number, positions in enumerate(members))
    similar: list[dict[int, float]] = [{} for _ in members]
    for match in index.pairs(threshold):
        similar[match.first][match.second] = similar[match.second][match.first] = match.score
    copies = Copies(measures, tuple(group), tuple(tuple(found) for found in members),
                    tuple(similar), ())
    return replace(copies, blocks=_blocks(copies, min_block))


def _indicator(measure: Measure) -> str:
    return measure.id.split(".", 1)[0]


def _blocks(copies: Copies, min_block: int) -> tuple[CopiedBlock, ...]:
    """Maximal runs of copies of consecutive first occurrences, inside one indicator on each
    side and ending before the copy starts, grouped by the run they copy."""
    measures = copies.measures
    first = [copies.first_of(position) for position in range(len(measures))]

    def linked(copy: int) -> bool:
        """Whether the copy at ``copy`` continues the copy at ``copy - 1``."""
        original, before = first[copy], first[copy - 1] if copy else None
        return (original is not None and before is not None and original == before + 1
                and _indicator(measures[original]) == _indicator(measures[before])
                and _indicator(measures[copy]) == _indicator(measures[copy - 1]))

    found: dict[tuple[int, int], list[int]] = {}
    scores: dict[tuple[int, int], tuple[float, ...]] = {}
    for copy, original in enumerate(first):
        if original is None or linked(copy):
            continue
        length = 1
        while (copy + length < len(measures) and original + length < copy
               and linked(copy + length)):
            length += 1
        if length >= min_block:
            found.setdefault((original, length), []).append(copy)
            scores.setdefault((original, length), tuple(
                copies.score(original + offset, copy + offset) for offset in range(length)))
    return tuple(CopiedBlock(original, length, tuple(starts), scores[original, length])
                 for (original, length), starts in found.items())


def _similarity(score: float) -> tuple[str, str]:
    """English and Chinese wording of a similarity score."""
    if score >= 100.0:
        return "identical", "完全相同"
    return f"{score:.0f}% similar", f"相似度{score:.0f}%"


class ThresholdOptions(RuleOptions):
    """Options of DUP001 and DUP002 (give both the same values to keep them in step)."""

    threshold: float = Field(90.0, ge=50.0, le=100.0,
                             description="minimum similarity (0–100) of normalised texts")
    block_size: int = Field(3, ge=2, description="consecutive copied measures that form a block")


class _CopiesRule(Rule):
    """Base of DUP001 and DUP002: both read the one shared :func:`measure_copies`."""

    group: ClassVar[str] = "duplicates"
    Options: ClassVar[type[RuleOptions]] = ThresholdOptions

    def copies(self, context: LintContext) -> Copies:
        """The measure pairs and copied blocks of the notice, with this rule's options
        (computed once per notice for both rules, and freed with the notice's context)."""
        options = self.options
        assert isinstance(options, ThresholdOptions)
        return context.shared(
            f"measure-copies:{options.threshold}:{options.block_size}",
            lambda: measure_copies(context.notice, options.threshold, options.block_size))


class DuplicatedMeasure(_CopiesRule):
    """Two measures with identical or near-identical text.

    What it finds: a measure whose text, after dropping punctuation and whitespace and folding
    full/half width, is at least ``threshold`` % similar (rapidfuzz ratio) to an earlier
    measure, in the same indicator or another.  The earlier look-alikes are named (five, then
    a count).  Measures inside a copied block of ``block_size`` or more consecutive measures
    are reported once, as the block, by DUP002.

    Why it matters: a repeated measure is counted twice in the ledger, usually with different
    deadlines or units, and hides a measure that was meant to be written there.

    Failing example::

        1.推行企业登记全程电子化。        (indicator 一)
        3.推行企业登记全程电子化。        (indicator 二)  ← DUP001: identical to 1.1

    Passing example::

        1.推行企业登记全程电子化。
        3.推行企业注销全程电子化，压缩办理时间。
    """

    code: ClassVar[str] = "DUP001"
    name: ClassVar[str] = "duplicated-measure"
    doc_zh = (
        "两项举措的文字相同或几乎相同。\n\n"
        "发现什么：去掉标点和空白、统一全角半角之后，与前面某项举措（同一指标或其"
        "他指标）的相似度至少为 threshold%（rapidfuzz 比率）"
        "的举措。连续 block_size 项以上的复制块中的各对举措，由 DU"
        "P002 作为一个整块报告一次。\n\n"
        "为何重要：重复的举措在台账中被计算两次，通常时限或单位还不同，而且掩盖了"
        "本应写在那里的举措。")
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report each measure duplicating earlier ones (outside copied blocks)."""
        copies = self.copies(context)
        in_blocks = copies.in_blocks()
        for position, measure in enumerate(copies.measures):
            if position in in_blocks or copies.first_of(position) is None:
                continue
            named, total = copies.earlier(position, _MAX_NAMED)
            best = max(100.0 if group == copies.group[position]
                       else copies.similar[copies.group[position]][group]
                       for group in copies.groups_like(position)
                       if copies.members[group][0] < position)
            en_how, zh_how = _similarity(best)
            ids = ", ".join(copies.measures[original].id for original in named)
            more = total - len(named)
            en_more, zh_more = (f" and {more} more", f"等{total}项") if more > 0 else ("", "")
            yield self.finding(
                context, measure.text_span,
                en=f"measure {measure.id} duplicates {ids}{en_more} ({en_how})",
                zh=f"举措{measure.id}与{ids}{zh_more}重复（{zh_how}）",
                measure_id=measure.id,
                related=[related_at(context, copies.measures[original].text_span,
                                    f"{copies.measures[original].id} "
                                    f"({_similarity(copies.score(original, position))[0]})",
                                    copies.measures[original].id)
                         for original in named])


class CopiedBlockRule(_CopiesRule):
    """Three or more consecutive measures repeating a run of measures elsewhere.

    What it finds: a run of at least ``block_size`` consecutive measures of one indicator whose
    texts are each at least ``threshold`` % similar to the measures of a consecutive run in
    another indicator (or earlier in the same one).  The copy is reported once, at its first
    measure, as "measures 14.1–14.13 repeat 1.1–1.13"; ``details`` and ``related`` list every
    measure pair.  A run copied several times is one finding, at its first copy, with
    ``count`` = the number of copies and the further copies named (five, then a count) in
    the message and ``related``: a block pasted 100 times is one finding, not 4,950 pairs.

    Why it matters: a whole section pasted from another one means the real measures of that
    indicator were never written.

    Failing example::

        一、A指标 … 1.甲。 2.乙。 3.丙。
        二、B指标 … 1.甲。 2.乙。 3.丙。   ← DUP002: measures 2.1–2.3 repeat 1.1–1.3

    Passing example (two single repeats are DUP001 findings, not a block)::

        一、A指标 … 1.甲。 2.乙。 3.丙。
        二、B指标 … 1.甲。 2.丁。 3.丙。
    """

    code: ClassVar[str] = "DUP002"
    name: ClassVar[str] = "copied-block"
    doc_zh = (
        "连续三项以上的举措重复了别处连续的一组举措。\n\n"
        "发现什么：某指标中至少 block_size 项连续举措，与另一指标（或"
        "同一指标前面）中连续的一组举措逐项相似度至少为 threshold%。整"
        "个复制块只在其第一项举措处报告一次，如“举措 14.1–14.13 重复"
        "了 1.1–1.13”；details 和 related 列出每一对举"
        "措。\n\n"
        "为何重要：整段照搬另一部分，说明这个指标真正的举措从未写出。")
    severity: ClassVar[Severity] = Severity.ERROR

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report each copied block once, at its first copy, with the number of copies."""
        copies = self.copies(context)
        for block in copies.blocks:
            runs = [copies.measures[start : start + block.length] for start in block.copies]
            copied = runs[0]
            originals = copies.measures[block.original : block.original + block.length]
            en_how, zh_how = _similarity(sum(block.scores) / block.length)
            en_copies, zh_copies = _further_copies([id_range(run) for run in runs[1:]])
            yield self.finding(
                context, span_between(copied[0].text_span, copied[-1].text_span),
                en=(f"measures {id_range(copied)} repeat {id_range(originals)} "
                    f"({block.length} measures, {en_how}){en_copies}"),
                zh=(f"举措{id_range(copied)}照搬了{id_range(originals)}"
                    f"（共{block.length}条，{zh_how}）{zh_copies}"),
                measure_id=copied[0].id,
                related=[*(related_at(context, original.text_span,
                                      tr("related.original_of", context.lang, id=copy.id),
                                      original.id)
                           for original, copy in zip(originals, copied, strict=True)),
                         *(related_at(context, span_between(run[0].text_span,
                                                            run[-1].text_span),
                                      tr("related.copy", context.lang, ids=id_range(run)),
                                      run[0].id)
                           for run in runs[1 : 1 + _MAX_NAMED])],
                details=[f"{copy.id} ≈ {original.id} ({score:.0f}%)"
                         for copy, original, score
                         in zip(copied, originals, block.scores, strict=True)],
                count=len(runs))


def _further_copies(ranges: list[str]) -> tuple[str, str]:
    """English and Chinese wording of the further copies of a block (``""`` for none)."""
    if not ranges:
        return "", ""
    more = len(ranges) - _MAX_NAMED
    en_more, zh_more = (f" and {more} more", f"等{len(ranges)}处") if more > 0 else ("", "")
    return (f"; copied {len(ranges) + 1} times, also at {', '.join(ranges[:_MAX_NAMED])}"
            f"{en_more}",
            f"；共照搬{len(ranges) + 1}次，另见{'、'.join(ranges[:_MAX_NAMED])}{zh_more}")


class RepeatedClause(Rule):
    """A sentence or clause written twice inside one measure.

    What it finds: two clauses of one measure (split at 。；，！？ and their half-width forms)
    of at least ``min_length`` characters whose normalised texts are at least ``threshold`` %
    similar.  Reported once per repeated clause, at its second occurrence, with the number of
    repeats when there are several (a clause pasted 700 times is one finding, and the rule
    stays linear on such a measure).

    Why it matters: a repeated clause is a copy-paste slip; often the second one was meant to
    say something else.

    Failing example::

        1.加快完善交易担保服务体系，规范保证金退还，加快完善交易担保服务体系。

    Passing example::

        1.加快完善交易担保服务体系，规范保证金收取和退还。
    """

    code: ClassVar[str] = "DUP003"
    name: ClassVar[str] = "repeated-clause"
    doc_zh = (
        "同一项举措中一句话或一个分句写了两遍。\n\n"
        "发现什么：同一项举措中（在。；，！？及其半角形式处分句）两个至少 min"
        "_length 个字的分句，规范化后相似度至少为 threshold%。"
        "每个重复的分句在第二次出现处报告一次，重复多次时给出次数。\n\n"
        "为何重要：重复的分句是复制粘贴的疏忽；第二处往往本应写别的内容。")
    group: ClassVar[str] = "duplicates"
    severity: ClassVar[Severity] = Severity.WARNING

    class Options(RuleOptions):
        """Options of DUP003."""

        threshold: float = Field(85.0, ge=50.0, le=100.0,
                                 description="minimum similarity of two clauses")
        min_length: int = Field(6, ge=2, description="shortest clause compared (characters)")

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report repeated clauses measure by measure."""
        options = self.options
        assert isinstance(options, RepeatedClause.Options)
        for measure in context.notice.measures():
            clauses = [(match.group(), normalise(match.group()))
                       for match in _CLAUSE.finditer(measure.text)]
            clauses = [(raw, norm) for raw, norm in clauses if len(norm) >= options.min_length]
            for first, (second, score, times) in _repeats(clauses, options.threshold).items():
                yield self._repeat(context, measure, first, second, score, times)

    def _repeat(self, context: LintContext, measure: Measure, first: str, second: str,
                score: float, times: int = 1) -> Draft:
        """The finding for ``second`` repeating ``first`` in ``measure`` (``times`` in all)."""
        first_at = find_in_span(context, measure.text_span, first.strip())
        second_at = find_in_span(context, measure.text_span, second.strip(), last=True,
                                 after=first_at) or measure.text_span
        en_how, zh_how = _similarity(score)
        if times > 1:
            en_how, zh_how = f"{en_how}, {times} repeats", f"{zh_how}，共重复{times}次"
        return self.finding(
            context, second_at,
            en=f"measure {measure.id} repeats the clause “{first.strip()}” ({en_how})",
            zh=f"举措{measure.id}重复了语句“{first.strip()}”（{zh_how}）",
            measure_id=measure.id,
            related=[related_at(context, first_at, tr("related.first", context.lang),
                                measure.id)]
            if first_at else [])


def _repeats(clauses: list[tuple[str, str]], threshold: float
             ) -> dict[str, tuple[str, float, int]]:
    """Clauses repeated later: first raw text → (second raw text, best score, repeats).

    Each clause is looked up among the distinct earlier ones (an identical one by its
    normalised text, else the most similar at or above ``threshold``).
    """
    distinct: list[tuple[str, str]] = []
    known: dict[str, int] = {}  # normalised clause → index in ``distinct`` it repeats
    repeats: dict[str, tuple[str, float, int]] = {}
    for raw, norm in clauses:
        earlier, score = known.get(norm), 100.0
        if earlier is None:
            match = extract_one(norm, [text for _, text in distinct], threshold)
            if match is None:
                known[norm] = len(distinct)
                distinct.append((raw, norm))
                continue
            earlier, score = match
            known[norm] = earlier
        first = distinct[earlier][0]
        second, best, times = repeats.get(first, (raw, score, 0))
        repeats[first] = (second, max(best, score), times + 1)
    return repeats
