"""Benchmark rules (``BEN…``): an indicator without a benchmark city (对标城市) where the
notice names one for its other indicators; one city named for several indicators.
"""

from __future__ import annotations

from collections.abc import Iterator

from tgbe.infra.i18n import tr
from tgbe.lint.rules.base import Draft, LintContext, Rule, related_at
from tgbe.models import BenchmarkCity, Indicator, Severity
from tgbe.parse.benchmarks import says_no_benchmark


class MissingBenchmark(Rule):
    """An indicator without a benchmark city where the others name one.

    What it finds: an indicator section with no 对标城市 line, when more than half of the
    notice's indicators have one.  Notices that name no benchmarks at all pass.  An indicator
    that says it has none (对标城市：无, 暂无, 不设 …) made a choice: it is neither reported nor
    counted.

    Why it matters: the benchmark is what an indicator's target is measured against; one
    missing among many is an omission, not a choice.

    Example (fails, the other indicators have a 对标城市 line)::

        三、获得电力指标（县供电公司牵头）
        实现用电报装时间压减至15个工作日以内。
        1.推行低压小微企业用电报装“零投资”。

    Passes::

        三、获得电力指标（县供电公司牵头）
        实现用电报装时间压减至15个工作日以内。
        对标城市：甲市。
        1.推行低压小微企业用电报装“零投资”。
    """

    code = "BEN001"
    name = "missing-benchmark"
    doc_zh = (
        "其他指标都写了对标城市，而这个指标没有写。\n\n"
        "发现什么：在超过半数指标写有“对标城市”一行的通知中，没有这一行的指标部"
        "分。通知完全不写对标城市的不报告；写明“对标城市：无”“暂无”“不设”等"
        "的，视为有意为之，既不报告也不计数。\n\n"
        "为何重要：对标城市是衡量指标目标的参照；多数指标都有而个别没有，通常是遗"
        "漏而非选择。")
    group = "benchmark"
    severity = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report indicators without cities when most indicators have them."""
        indicators = [indicator for indicator in context.notice.indicators
                      if not _says_none(context, indicator)]
        with_city = sum(1 for indicator in indicators if indicator.benchmark_cities)
        if with_city * 2 <= len(indicators):
            return
        for indicator in indicators:
            if not indicator.benchmark_cities:
                yield self.finding(
                    context, indicator.heading_span,
                    en=f"indicator {_label(indicator)} names no benchmark city; {with_city} of "
                       f"{len(indicators)} indicators do (expected a 对标城市：… line)",
                    zh=f"指标{_label(indicator)}缺少对标城市；全文{len(indicators)}个指标中"
                       f"{with_city}个有（应有“对标城市：…”）",
                )


class SharedBenchmark(Rule):
    """One benchmark city named for several indicators (for information).

    What it finds: a city already named as the benchmark of an earlier indicator; reported
    at each later use, with the earlier ones as related locations.

    Why it matters: it may well be intended (a neighbour that excels at two related
    indicators), but it is also what a copied section looks like, so it is worth a glance.

    Example (reported, both indicators name 乙市)::

        五、纳税指标（县税务局牵头）
        对标城市：乙市。
        六、获得信贷指标（县金融办牵头）
        对标城市：乙市。

    Passes::

        五、纳税指标（县税务局牵头）
        对标城市：乙市。
        六、获得信贷指标（县金融办牵头）
        对标城市：丙市。
    """

    code = "BEN002"
    name = "shared-benchmark"
    doc_zh = (
        "同一个对标城市用于多个指标（仅供参考）。\n\n"
        "发现什么：某城市已是前面某个指标的对标城市，后面的指标又以它为对标城市；"
        "在每次后续使用处报告，并以前面的用法为相关位置。\n\n"
        "为何重要：这可能是有意的（邻近地区在两个相关指标上都表现突出），但复制整"
        "段内容时也会出现这种情况，值得看一眼。")
    group = "benchmark"
    severity = Severity.INFO

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Report every repeated use of a city."""
        earlier: dict[str, list[tuple[Indicator, BenchmarkCity]]] = {}
        for indicator in context.notice.indicators:
            for city in indicator.benchmark_cities:
                uses = earlier.setdefault(city.name, [])
                if uses:
                    # The earlier uses grow with the notice: listed only if the finding is kept.
                    yield self._repeated(context, indicator, city, uses, len(uses))
                uses.append((indicator, city))

    def _repeated(self, context: LintContext, indicator: Indicator, city: BenchmarkCity,
                  uses: list[tuple[Indicator, BenchmarkCity]], seen: int) -> Draft:
        """The finding of ``city`` named again for ``indicator`` after ``uses[:seen]``."""

        def names() -> str:
            return "、".join(_label(before) for before, _ in uses[:seen])

        return self.finding(
            context, city.span,
            en=lambda: f"benchmark city {city.name} of indicator {_label(indicator)} is "
                       f"also the benchmark of indicator {names()}",
            zh=lambda: f"指标{_label(indicator)}的对标城市{city.name}也是指标{names()}的"
                       "对标城市",
            related=lambda: [related_at(context, used.span,
                                        tr("related.indicator", context.lang,
                                           label=_label(before)))
                             for before, used in uses[:seen]],
        )


def _says_none(context: LintContext, indicator: Indicator) -> bool:
    """Whether the indicator's lines before its first measure say it has no benchmark."""
    last = (indicator.measures[0].span.start_line - 1 if indicator.measures
            else indicator.span.end_line)
    return any(says_no_benchmark(context.line_text(line))
               for line in range(indicator.heading_span.end_line + 1, last + 1))


def _label(indicator: Indicator) -> str:
    numeral = indicator.numeral or str(indicator.number)
    return f"{numeral}（{indicator.name}）"
