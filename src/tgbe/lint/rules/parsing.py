"""Parse rules (``PAR…``): what the parser noticed while reading the notice
(``Notice.diagnostics``), reported as findings with their own codes.

A diagnostic another rule reports itself (see ``Rule.diagnostics``, e.g. ``duplicate-number``
→ NUM002) is left to that rule; any diagnostic no rule claims is reported by PAR000.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tgbe.lint.rules.base import REPORTED_BY, Draft, LintContext, Rule, reported_by
from tgbe.lint.rules.text import first_line
from tgbe.models import Diagnostic, Severity


class DiagnosticRule(Rule):
    """Report the parser diagnostics with this rule's diagnostic codes."""

    zh_message: ClassVar[str] = ""

    def check(self, context: LintContext) -> Iterator[Draft]:
        """One finding per matching diagnostic."""
        for diagnostic in context.notice.diagnostics:
            if self.wants(diagnostic):
                yield self._finding(context, diagnostic)

    def wants(self, diagnostic: Diagnostic) -> bool:
        """Whether this rule reports ``diagnostic``."""
        return self.reports(diagnostic.code)

    def reports(self, code: str) -> bool:
        """Whether this rule reports the parser diagnostics with ``code``, one finding each."""
        return code in self.diagnostics

    def severity_for(self, diagnostic_severity: Severity) -> Severity:
        """The severity of the finding for a diagnostic of ``diagnostic_severity``."""
        return self.severity if self.diagnostics else diagnostic_severity

    def _finding(self, context: LintContext, diagnostic: Diagnostic) -> Draft:
        span = diagnostic.span
        measure = next((m for m in context.notice.measures()
                        if m.span.start_line <= span.start_line <= m.span.end_line), None)
        prefix = f"举措{measure.id}：" if measure else ""
        return self.finding(
            context, first_line(span, context),
            en=diagnostic.message,
            zh=prefix + (self.zh_message or diagnostic.message),
            measure_id=measure.id if measure else None,
            severity=self.severity_for(diagnostic.severity),
        )


class ParseDiagnostic(DiagnosticRule):
    """Any other problem the parser noticed and recovered from.

    What it finds: a parser diagnostic that no more specific rule reports; its message says
    what was expected and what was found, and its severity is the parser's.

    Why it matters: the parser kept going, but part of the notice may have been read
    differently from what its author meant.

    Example: depends on the diagnostic; see its message.
    """

    code = "PAR000"
    name = "parse-diagnostic"
    group = "parsing"
    severity = Severity.WARNING

    def reports(self, code: str) -> bool:
        """Diagnostics no registered rule claims."""
        return code not in REPORTED_BY


class StrayLine(DiagnosticRule):
    """A line after a measure's fields that is neither a field nor the next measure.

    What it finds: text after a measure's 完成时限/责任单位 lines that does not start a new
    numbered measure and is not a field line.  The line is left out of the measure.

    Why it matters: such a line is usually a measure whose number was lost, or a sentence
    pasted below the wrong measure; either way it is not tracked.

    Example (fails: the last line has lost its number)::

        1.深化企业开办改革。
        完成时限：2023年9月
        责任单位：县商务局
        推行电子营业执照。

    Passes::

        1.深化企业开办改革。
        完成时限：2023年9月
        责任单位：县商务局
        2.推行电子营业执照。
    """

    code = "PAR001"
    name = "stray-line"
    group = "parsing"
    severity = Severity.WARNING
    diagnostics = reported_by("PAR001")
    zh_message = ("字段之后的这一行既不是字段也不是编号举措；"
                  "应为“完成时限：…”“责任单位：…”或下一项编号举措")


class TruncatedMeasure(DiagnosticRule):
    """The last measure ends mid-sentence and names no units: the text looks cut off.

    What it finds: a notice whose final measure does not end with sentence punctuation and
    has no responsible units.

    Why it matters: a file cut short (a partial download, a copy of one page) silently loses
    measures; this is the visible end of the damage.

    Example (fails: the file ends here)::

        5.深化投资审批制度改革，探索创新投资管理

    Passes::

        5.深化投资审批制度改革，探索创新投资管理服务方式。（责任单位：县发改委）
    """

    code = "PAR002"
    name = "truncated-measure"
    group = "parsing"
    severity = Severity.WARNING
    diagnostics = reported_by("PAR002")
    zh_message = "在句中结束且没有责任单位，文本疑似被截断"


class SuspiciousUnit(DiagnosticRule):
    """A unit name the parser is unsure of: it holds a colon or a verb phrase, or is too long.

    What it finds: a unit of a measure whose name contains ``：``/``:``, a phrase such as
    按职责分工, 负责 or 落实, or more than 25 characters — usually a label the parser did not
    recognise, or a sentence read as a unit list.

    Why it matters: such a "unit" is counted, tracked and summarised as if it were one; the
    real units of the measure are probably missing or merged.

    Example (fails: the bracket's words are no unit name)::

        1.推行企业开办一日办结。（由区市场监管所会同有关部门按照要求抓好推进工作）

    Passes::

        1.推行企业开办一日办结。（牵头单位：区市场监管所；配合单位：区税务所）
    """

    code = "PAR003"
    name = "suspicious-unit"
    group = "parsing"
    severity = Severity.WARNING
    diagnostics = reported_by("PAR003")
    zh_message = "单位名称疑似读错（含冒号、动词短语或过长），请核对该举措的责任单位"
