"""XDP001: a measure shared with another notice (``tgbe lint --cross``).

The rule looks at a corpus, not at one notice: its :meth:`check` finds nothing on its own;
``tgbe lint --cross DIR`` compares every measure with the measures of the other notices
(:mod:`tgbe.compare.crossdup`) and :func:`cross_findings` turns each shared pair into findings.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING, ClassVar

from tgbe.infra.i18n import Lang
from tgbe.lint.rules.base import Draft, Finding, LintContext, Location, Rule
from tgbe.models import Severity

if TYPE_CHECKING:  # the cross-document comparison loads only with ``lint --cross``
    from tgbe.compare.crossdup import CrossDupReport, MeasureRef, SharedMeasure


class CrossDocumentDuplicate(Rule):
    """A measure whose text (nearly) repeats a measure of another notice.

    What it finds: with ``tgbe lint --cross DIR``, every measure of a linted notice that is
    at least 90 % similar (rapidfuzz ratio after normalising punctuation and width) to a
    measure of a different notice under DIR or among the linted files.  ``related`` points
    at the other notice's measure; the message says which edition copied which when the
    notices' issue dates, document numbers or titles give their years.  Only active with
    ``--cross`` (a single notice has nothing to compare with).

    Why it matters: a measure carried over unchanged from last year's edition (or another
    county's notice) was often not adapted: its deadline, units or target may be stale.

    Failing example::

        north-2022.txt  1.推行企业登记全程电子化，压缩开办时间至1个工作日内。
        west-2023.txt   1.推行企业登记全程电子化，压缩开办时间至1个工作日内。  ← XDP001

    Passing example::

        north-2022.txt  1.推行企业登记全程电子化，压缩开办时间至1个工作日内。
        west-2023.txt   1.推行企业注销“一网通办”，简易注销公告时间压缩至10天。
    """

    code: ClassVar[str] = "XDP001"
    name: ClassVar[str] = "cross-document-duplicate"
    doc_zh = (
        "一项举措的文字（几乎）重复了另一份通知中的举措。\n\n"
        "发现什么：使用 tgbe lint --cross DIR 时，被检查通"
        "知中与 DIR 下或其他被检查文件中另一份通知的某项举措相似度至少为 9"
        "0% 的每一项举措。related 指向另一份通知中的举措；能从通知的成"
        "文日期、文号或标题得知年份时，信息会说明哪一版抄了哪一版。只在使用 --"
        "cross 时启用。\n\n"
        "为何重要：原样沿用上一年（或其他县）通知的举措往往没有因地制宜：其时限、"
        "单位或目标可能已不再适用。")
    group: ClassVar[str] = "duplicates"
    severity: ClassVar[Severity] = Severity.WARNING

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Nothing for one notice: findings come from :func:`cross_findings`."""
        return iter(())


def cross_findings(report: CrossDupReport, paths: Collection[str], lang: Lang) -> list[Finding]:
    """One finding per side of each shared pair whose notice is among ``paths``."""
    found: list[Finding] = []
    for pair in report.shared:
        for here, there in ((pair.duplicate, pair.original), (pair.original, pair.duplicate)):
            if here.path in paths and here.path != there.path:
                found.append(_finding(pair, here, there, lang))
    return found


def _finding(pair: SharedMeasure, here: MeasureRef, there: MeasureRef, lang: Lang) -> Finding:
    rule = CrossDocumentDuplicate
    related = Location(path=there.path, line=there.line, column=there.column,
                       measure_id=there.measure_id,
                       message=there.measure_id + (f" ({there.edition})" if there.edition else ""))
    return Finding(
        code=rule.code, name=rule.name, severity=rule.severity,
        message=_message(pair, there, lang), path=here.path, line=here.line,
        column=here.column, measure_id=here.measure_id, related=[related],
    )


def _edition(ref: MeasureRef) -> str:
    return f"{ref.path} {ref.measure_id}" + (f" ({ref.edition})" if ref.edition else "")


def _message(pair: SharedMeasure, there: MeasureRef, lang: Lang) -> str:
    copied = pair.direction == "copied"
    if lang == "zh":
        text = f"与 {_edition(there)} 的举措相同（相似度 {pair.similarity:g}%）"
        if copied:
            text += f"：{pair.duplicate.edition} 版抄自 {pair.original.edition} 版"
        return text
    text = f"measure repeats {_edition(there)} ({pair.similarity:g}% similar)"
    if copied:
        text += (f": the {pair.duplicate.edition} edition copied it from the "
                 f"{pair.original.edition} edition")
    return text
