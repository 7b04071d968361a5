"""Parse rules (``PAR…``): what the parser noticed while reading the notice
(``Notice.diagnostics``), reported as findings with their own codes.

A diagnostic another rule reports itself (see ``Rule.diagnostics``, e.g. ``duplicate-number``
→ NUM002) is left to that rule; any diagnostic no rule claims is reported by PAR000.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from tgbe.infra.i18n import translated
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
        measure = context.measure_at(span.start_line)
        prefix = f"举措{measure.id}：" if measure else ""
        return self.finding(
            context, first_line(span, context),
            en=diagnostic.message,
            zh=prefix + (self.zh_message
                         or translated("diag." + diagnostic.code, diagnostic.message, "zh")),
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
    doc_zh = (
        "解析时发现并已绕过的其他问题。\n\n"
        "发现什么：没有更具体规则报告的解析诊断；诊断信息说明应为什么、实际是什么"
        "，严重程度与解析器给出的相同。\n\n"
        "为何重要：解析器继续往下读了，但通知的某部分可能被读成了与作者本意不同的"
        "样子。")
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
    doc_zh = (
        "举措字段之后的一行，既不是字段也不是下一条举措。\n\n"
        "发现什么：举措的“完成时限”“责任单位”行之后，既不以新的编号举措开头、"
        "也不是字段行的文字。这一行不计入该举措。\n\n"
        "为何重要：这样的行通常是丢了序号的举措，或是贴错位置的句子；无论哪种，它"
        "都不会被跟踪。")
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
    doc_zh = (
        "最后一条举措在句中结束且没有责任单位：正文似乎被截断。\n\n"
        "发现什么：通知的最后一条举措不以句末标点结束，也没有责任单位。\n\n"
        "为何重要：被截断的文件（下载不完整、只复制了一页）会悄无声息地丢失举措；"
        "这是损坏处可见的末端。")
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
    doc_zh = (
        "解析器拿不准的单位名称：含有冒号或动词短语，或者过长。\n\n"
        "发现什么：举措的某个单位名称含有“：”或“:”，含有“按职责分工”“负责"
        "”“落实”等词语，或超过 25 个字——通常是解析器没有认出的标签，或被"
        "当成单位清单的句子。\n\n"
        "为何重要：这样的“单位”会像真正的单位一样被计数、跟踪和汇总；该举措真正"
        "的责任单位很可能缺失或被合并了。")
    group = "parsing"
    severity = Severity.WARNING
    diagnostics = reported_by("PAR003")
    zh_message = "单位名称疑似读错（含冒号、动词短语或过长），请核对该举措的责任单位"


class UncertainTableRow(DiagnosticRule):
    """A task table's row whose cells ran together: read by shape, not by its columns.

    What it finds: a numbered row after a table's header (序号 / 具体措施 / 责任单位 /
    完成时限 …) that has fewer cells than the header, usually a table pasted as one run of
    text.  tgbe reads its serial number, its text up to the unit names (known by how they
    end: 局, 中心, 单位 …) and the date at its end as the deadline, and asks you to check.

    Why it matters: without separators the cut between text, units and deadline is a guess;
    a unit glued to the text, or several unit columns read as one, changes who is tracked.

    Example (fails: the row's cells run together)::

        序号 具体措施 责任单位 完成时限
        1 推行并联审批，限时督办。区行政服务中心区司法局2024年9月底

    Passes::

        序号 | 具体措施 | 责任单位 | 完成时限
        1 | 推行并联审批，限时督办。 | 区行政服务中心、区司法局 | 2024年9月底
    """

    code = "PAR004"
    name = "uncertain-table-row"
    doc_zh = (
        "任务表中单元格连在一起的一行：按形状读取，而不是按列读取。\n\n"
        "发现什么：表头（序号／具体措施／责任单位／完成时限……）之后的某个编号行，单元格"
        "少于表头，通常是整张表被粘贴成了一段文字。tgbe 读出其序号、单位名称（按“局”“中心”"
        "“单位”等结尾认出）之前的正文，以及行末的日期作为完成时限，并提请核对。\n\n"
        "为何重要：没有分隔符时，正文、单位和时限之间的切分只是推测；单位粘在正文里，或几列"
        "单位被读成一列，都会改变被跟踪的责任单位。")
    group = "parsing"
    severity = Severity.WARNING
    diagnostics = reported_by("PAR004")
    zh_message = "表格行没有单元格分隔符，正文、单位和时限按形状读取，请核对"
