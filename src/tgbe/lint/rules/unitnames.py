"""Unit names: one unit written two ways (UNT001); a lead absent from its measures (UNT002)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field

from tgbe.lint.rules.base import Draft, LintContext, Rule, RuleOptions, related_at
from tgbe.lint.rules.locate import find_in_span
from tgbe.models import Indicator, Measure, Severity, Span, Unit
from tgbe.parse.units import default_aliases, looks_like_unit

# The shortest name read as the tail of a longer one (开发区管委会 of 某州经济技术开发区管委会).
MIN_TAIL = 4


@dataclass(frozen=True)
class Mention:
    """A unit named in a heading (lead) or in a measure's unit list."""

    unit: Unit
    heading: Span | None
    measure: Measure | None

    @property
    def measure_id(self) -> str | None:
        """The id of the measure naming the unit (``None`` for a heading's lead)."""
        return self.measure.id if self.measure else None

    def span(self, context: LintContext) -> Span:
        """Where the name is written: in the heading, or in the measure's unit fields."""
        if self.measure is None:
            assert self.heading is not None
            return find_in_span(context, self.heading, self.unit.name) or self.heading
        measure = self.measure
        fields = Span(start_line=measure.text_span.end_line,
                      start_column=measure.text_span.end_column,
                      end_line=measure.span.end_line,
                      end_column=len(context.line_text(measure.span.end_line)) + 1)
        return (find_in_span(context, fields, self.unit.name)
                or find_in_span(context, measure.span, self.unit.name) or measure.span)


def unit_mentions(context: LintContext) -> Iterator[Mention]:
    """Every lead unit of a heading and every unit of a measure, in document order."""
    for indicator in context.notice.indicators:
        for unit in indicator.lead_units:
            yield Mention(unit, indicator.heading_span, None)
        for measure in indicator.measures:
            for unit in measure.units:
                yield Mention(unit, None, measure)


class _Groups:
    """Union-find over written names."""

    def __init__(self, names: list[str]) -> None:
        self.parent = {name: name for name in names}

    def root(self, name: str) -> str:
        """The representative of ``name``'s group."""
        while self.parent[name] != name:
            self.parent[name] = self.parent[self.parent[name]]
            name = self.parent[name]
        return name

    def join(self, first: str, second: str) -> None:
        """Put both names in one group."""
        self.parent[self.root(first)] = self.root(second)


def _one_dropped(name: str, prefixes: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """``(position, shorter)`` for each one-character drop a writer plausibly makes.

    A character inside the name, or an administrative prefix (县, 市 …) at its start; never
    the last character, which names the kind of unit (委 vs 委办).
    """
    for position in range(len(name) - 1):
        if position > 0 or name[0] in prefixes:
            yield position, name[:position] + name[position + 1 :]


def _tails(names: list[str]) -> Iterator[tuple[str, str]]:
    """``(shorter, longer)`` where a name abbreviates one other name of the notice by its tail.

    开发区管委会 is the tail of 某州经济技术开发区管委会: the shorter name ends like a unit
    (…委会, …局), is at least ``MIN_TAIL`` characters long, and ends exactly one longer name
    (two longer ones leave it ambiguous).  The longer name adds at least two characters: one
    is at most an administrative prefix (县财政局 vs 财政局), left to the canonical names and
    to the one-character check.
    """
    for shorter in names:
        if len(shorter) < MIN_TAIL or not looks_like_unit(shorter):
            continue
        longer = [name for name in names
                  if len(name) > len(shorter) + 1 and name.endswith(shorter)]
        if len(longer) == 1:
            yield shorter, longer[0]


class InconsistentUnitName(Rule):
    """The same unit written two ways in one notice.

    What it finds: unit names (heading leads and measures' unit lists) that the alias table
    (``tgbe/data/aliases.py`` plus configured aliases) maps to one canonical unit but that are
    written differently (区市监局 vs 区市场监管局), that differ by one dropped character
    (行政服务中心 vs 县行政服务中心), or where one is the tail of one longer name of the notice
    (开发区管委会 vs 某州经济技术开发区管委会).  Every occurrence of a less frequent form is
    reported, with the most frequent form as ``suggestion``.

    Why it matters: the ledger and ``tgbe list --unit`` count one unit as two; readers wonder
    whether two bodies are meant.

    Failing example::

        一、A指标（区市场监管局牵头） … 责任单位：区市场监管局
        二、B指标（区市监局牵头）   ← UNT001: write 区市场监管局

    Passing example::

        一、A指标（县市场监管局牵头） … 二、B指标（县市场监管局牵头）
    """

    code: ClassVar[str] = "UNT001"
    name: ClassVar[str] = "inconsistent-unit-name"
    doc_zh = (
        "同一个单位在一份通知中有两种写法。\n\n"
        "发现什么：别名表（tgbe/data/aliases.py 及配置中的别"
        "名）映射到同一规范名称但写法不同的单位名称（如某局的全称与简称），相差一"
        "个被省略的字的名称，或一个是通知中另一个较长名称的尾部。较少见写法的每次"
        "出现都会报告，并以最常见的写法作为建议。\n\n"
        "为何重要：台账和 tgbe list --unit 会把一个单位算成两个"
        "；读者也会疑惑所指是否为两个机关。")
    group: ClassVar[str] = "units"
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Group the written forms of each unit and report the rarer forms."""
        mentions = [m for m in unit_mentions(context) if not m.unit.collective]
        counts = Counter(m.unit.name for m in mentions)
        groups = _Groups(list(counts))
        by_canonical: dict[str, str] = {}
        for mention in mentions:
            first = by_canonical.setdefault(mention.unit.canonical, mention.unit.name)
            groups.join(first, mention.unit.name)
        prefixes = default_aliases().prefixes
        for name in counts:
            for _, shorter in _one_dropped(name, prefixes):
                if shorter in counts:
                    groups.join(shorter, name)
        for shorter, longer in _tails(list(counts)):
            groups.join(shorter, longer)
        preferred: dict[str, str] = {}
        for name in sorted(counts, key=lambda n: (-counts[n], -len(n))):
            preferred.setdefault(groups.root(name), name)
        first_seen = {m.unit.name: m for m in reversed(mentions)}
        for mention in mentions:
            best = preferred[groups.root(mention.unit.name)]
            if best != mention.unit.name:
                yield self.finding(
                    context, mention.span(context),
                    en=(f"unit written “{mention.unit.name}” ({counts[mention.unit.name]}×) but "
                        f"“{best}” elsewhere ({counts[best]}×)"),
                    zh=(f"单位名称“{mention.unit.name}”（{counts[mention.unit.name]}次）与其他"
                        f"处的“{best}”（{counts[best]}次）写法不一致"),
                    measure_id=mention.measure_id, suggestion=best,
                    related=[related_at(context, first_seen[best].span(context), best,
                                        first_seen[best].measure_id)])


class LeadNotResponsible(Rule):
    """A section's lead unit is responsible for none of its measures, against the habit.

    What it finds: an indicator whose heading names a lead unit (…牵头) that appears in none
    of its measures' unit lists (compared by canonical name), when in at least ``habit`` of the
    notice's other sections (and at least ``min_sections`` of them) the lead does appear.

    Why it matters: the lead answers for the indicator; when the notice's own habit is to list
    it under the measures, its absence usually means the heading or the units are wrong.

    Failing example (in a notice where other leads are listed in their measures)::

        三、C指标（县住建局牵头）
        1.… 责任单位：县城管局          ← UNT002

    Passing example::

        三、C指标（县住建局牵头）
        1.… 责任单位：县住建局、县城管局
    """

    code: ClassVar[str] = "UNT002"
    name: ClassVar[str] = "lead-not-responsible"
    doc_zh = (
        "某部分的牵头单位不负责其中任何一项举措，与通知的惯例不符。\n\n"
        "发现什么：标题写明牵头单位（…牵头）的指标，该单位不在其任何一项举措的单"
        "位清单中（按规范名称比较），而通知中其他部分至少 habit 比例（且至"
        "少 min_sections 个）的牵头单位都出现在本部分举措中。\n\n"
        "为何重要：牵头单位对指标负责；通知的惯例是把它列入举措时，它的缺席通常说"
        "明标题或单位写错了。")
    group: ClassVar[str] = "units"
    severity: ClassVar[Severity] = Severity.WARNING

    class Options(RuleOptions):
        """Options of UNT002."""

        habit: float = Field(0.75, ge=0.0, le=1.0, description="share of the other sections "
                             "whose lead is among their measures' units for the rule to apply")
        min_sections: int = Field(3, ge=1, description="other sections needed to judge habit")

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report leads missing from their sections' measures where the habit holds."""
        options = self.options
        assert isinstance(options, LeadNotResponsible.Options)
        judged = [(indicator, lead, _is_listed(indicator, lead))
                  for indicator in context.notice.indicators if indicator.measures
                  for lead in indicator.lead_units if not lead.collective]
        listed = sum(1 for _, _, ok in judged if ok)
        for indicator, lead, ok in judged:
            others = len(judged) - 1
            if ok or others < options.min_sections or listed < options.habit * others:
                continue
            at = find_in_span(context, indicator.heading_span, lead.name)
            yield self.finding(
                context, at or indicator.heading_span,
                en=(f"lead unit “{lead.name}” of indicator {indicator.number} is responsible "
                    f"for none of its {len(indicator.measures)} measures (leads are listed in "
                    f"{listed} of the other {others} sections)"),
                zh=(f"指标{indicator.number}的牵头单位“{lead.name}”未出现在其"
                    f"{len(indicator.measures)}条举措的责任单位中（其他{others}个指标中有"
                    f"{listed}个的牵头单位列入了责任单位）"))


def _is_listed(indicator: Indicator, lead: Unit) -> bool:
    """Whether ``lead`` is among the units of any measure of ``indicator``."""
    return any(unit.canonical == lead.canonical
               for measure in indicator.measures for unit in measure.units)
