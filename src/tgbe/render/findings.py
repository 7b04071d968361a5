"""Lint findings as text (rich), JSON and GitHub workflow annotations.

SARIF lives in :mod:`tgbe.render.sarif`.  Renderers only format: no rule runs here and no
exit code is decided here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from tgbe.infra.i18n import Lang, count_of, tr
from tgbe.infra.terminal import output_width
from tgbe.lint.engine import LintReport, LintSummary
from tgbe.lint.rules.base import Finding
from tgbe.models import Severity
from tgbe.render.safe import github_escape, safe_text

if TYPE_CHECKING:
    from rich.text import Text

Lines = Mapping[str, Sequence[str]]

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_GUTTER = 8


def render_json(report: LintReport) -> str:
    """The report as indented JSON (Chinese kept readable)."""
    return report.model_dump_json(indent=2) + "\n"


def render_github(findings: Sequence[Finding]) -> str:
    """One ``::error file=…,line=…,col=…,title=CODE name::message`` line per finding."""
    out = []
    for finding in findings:
        properties = {"file": finding.path, "line": str(finding.line), "col": str(finding.column)}
        if finding.end_line is not None and finding.end_column is not None:
            properties |= {"endLine": str(finding.end_line),
                           "endColumn": str(finding.end_column)}
        properties["title"] = f"{finding.code} {finding.name}"
        fields = ",".join(f"{key}={github_escape(value, True)}"
                          for key, value in properties.items())
        message = finding.message + (f" ({finding.measure_id})" if finding.measure_id else "")
        out.append(f"::{_GITHUB_LEVEL[finding.severity]} {fields}::{github_escape(message, False)}")
    return "".join(line + "\n" for line in out)


def render_text(
    findings: Sequence[Finding], summary: LintSummary, lines: Lines, lang: Lang,
    width: int | None = None,
) -> str:
    """Findings grouped by file, each with its source line and a caret, then a summary."""
    from rich.console import Group
    from rich.text import Text

    from tgbe.render.console import render_to_text

    width = width or output_width()
    parts: list[Text] = []
    for path, group in groupby(findings, key=lambda finding: finding.path):
        parts.append(Text(safe_text(path), style="bold underline"))
        for finding in group:
            parts.extend(_finding_text(finding, lines.get(path, ()), lang, width))
        parts.append(Text(""))
    parts.append(Text(summary_line(summary, lang), style="bold"))
    return render_to_text(Group(*parts), width=width, soft_wrap=True)



def _finding_text(finding: Finding, lines: Sequence[str], lang: Lang, width: int) -> list[Text]:
    from rich.text import Text

    severity = tr(f"cli.{finding.severity.value}", lang)
    head = Text("  ")
    head.append(f"{finding.line}:{finding.column}", style="bold")
    head.append("  ")
    head.append(severity, style=_STYLE[finding.severity])
    head.append("  ")
    head.append(finding.code, style="bold")
    head.append(f" {finding.name}  ", style="dim")
    head.append(safe_text(finding.message))
    result = [head]
    source = lines[finding.line - 1] if 0 < finding.line <= len(lines) else None
    if source is not None:
        end = finding.end_column if finding.end_line in (None, finding.line) else None
        shown, offset, caret = excerpt(source, finding.column, end, width - _GUTTER - 2)
        gutter = f"{finding.line:>{_GUTTER - 2}} │ "
        result.append(Text(gutter, style="dim") + Text(safe_text(shown)))
        result.append(Text(" " * (_GUTTER - 2) + " │ ", style="dim")
                      + Text(" " * offset + "^" * caret, style=_STYLE[finding.severity]))
    for related in finding.related:
        note = f"      ↳ {related.path}:{related.line}:{related.column}"
        result.append(Text(safe_text(note + (f" {related.message}" if related.message else "")),
                           style="dim"))
    if finding.suggestion:
        label = tr("lint.suggestion", lang)
        result.append(Text(safe_text(f"      {label}: {finding.suggestion!r}"), style="green"))
    return result


def excerpt(line: str, column: int, end_column: int | None, room: int) -> tuple[str, int, int]:
    """A window of ``line`` at most ``room`` cells wide showing columns ``column``..``end``.

    Returns the text to show, the display width before the caret and the caret's width
    (CJK characters count two cells, as rich measures them).
    """
    from rich.cells import cell_len

    text = line.replace("\t", " ")
    start = max(column - 1, 0)
    stop = len(text) if end_column is None else max(min(end_column - 1, len(text)), start + 1)
    first = 0
    if cell_len(text) > room:
        while first < start and cell_len(text[first:start]) > room // 3:
            first += 1
    last = len(text)
    lead = "…" if first > 0 else ""
    while cell_len(lead + text[first:last]) > room and last > start + 1:
        last -= 1
    shown = lead + text[first:last] + ("…" if last < len(text) else "")
    offset = cell_len(lead + text[first:start])
    caret = max(1, cell_len(text[start:min(stop, last)]))
    return shown, offset, caret


def summary_line(summary: LintSummary, lang: Lang) -> str:
    """``Found 3 findings (1 error, 2 warnings, 0 info) in 1 of 2 files.`` or its Chinese."""
    counts = summary.by_severity
    total = sum(counts.values())
    errors, warnings, infos = (counts.get(level.value, 0) for level in Severity)
    files = count_of(summary.files, "count.file", lang)
    text = tr("lint.clean", lang, files=files) if not total else tr(
        "lint.summary", lang, findings=count_of(total, "count.finding", lang),
        errors=count_of(errors, "count.error", lang),
        warnings=count_of(warnings, "count.warning", lang), infos=infos,
        with_findings=summary.files_with_findings, files=files, n=summary.files)
    suppressed = summary.suppressed_by_baseline
    return text + (tr("lint.suppressed", lang, n=suppressed) if suppressed else "")
