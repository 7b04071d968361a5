"""The lint engine: run the selected rules over a notice and collect sorted findings.

``lint(notice, config, lang)`` is the library entry point; the CLI adds file discovery,
configuration files, baselines and renderers around it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field

from tgbe.infra.caps import Smallest
from tgbe.infra.i18n import Lang
from tgbe.infra.perf import gc_paused
from tgbe.lint.config import LintConfig
from tgbe.lint.rules.base import FINDINGS_SCHEMA_VERSION, Draft, Finding, LintContext, Rule
from tgbe.lint.rules.selection import ALL, enabled
from tgbe.models import FailedInput, Model, Notice, Severity
from tgbe.read.chrome import is_skipped_line
from tgbe.read.reader import read_path

_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def active_rules(config: LintConfig | None = None) -> list[Rule]:
    """Instances of the rules ``config`` selects, with their configured options."""
    config = config or LintConfig()
    selected = (*(config.select if config.select is not None else (ALL,)),
                *config.extend_select)
    return [rule(config.rule_options(rule.code)) for rule in enabled(selected, config.ignore)]


def lint(
    notice: Notice,
    config: LintConfig | None = None,
    lang: Lang = "en",
    *,
    lines: Sequence[str] | None = None,
    rules: Sequence[Rule] | None = None,
) -> list[Finding]:
    """Findings of the selected rules for ``notice``, sorted by path, line and column.

    ``lines`` are the original lines of the notice's file (read again from
    ``notice.source.path`` when not given); ``rules`` skips the selection step when the
    caller lints many notices with one configuration.
    """
    return lint_capped(notice, config, lang, lines=lines, rules=rules).findings


@dataclass(frozen=True)
class Linted:
    """The findings kept of one notice and how many of each (code, severity) were left out."""

    findings: list[Finding]
    omitted: dict[tuple[str, str], int] = field(default_factory=dict)


def lint_capped(
    notice: Notice,
    config: LintConfig | None = None,
    lang: Lang = "en",
    *,
    lines: Sequence[str] | None = None,
    rules: Sequence[Rule] | None = None,
    limit: int | None = None,
    unread: Mapping[tuple[str, str], int] | None = None,
) -> Linted:
    """Like :func:`lint`, keeping the first ``limit`` findings of each code (``None``: all).

    The cap is applied while the rules run: a left-out finding is only counted, never
    built into a model, so a million stray lines cost a counter, not a million findings.
    Which findings are kept does not depend on the cap's timing: the first ``limit`` by
    line and column, as a cap applied to the sorted list would keep.  ``unread`` counts the
    parser diagnostics left out of the notice (:func:`tgbe.parse.api.parse_source_capped`)
    by (code, severity): each is a left-out finding of the rule that reports it.
    """
    config = config or LintConfig()
    text = tuple(lines if lines is not None else _lines_of(notice))
    context = LintContext(notice, text, lang, skipped_lines(notice, text))
    kept: Smallest[tuple[Draft, Severity]] = Smallest(limit)
    omitted: Counter[tuple[str, str]] = Counter()
    with gc_paused():  # rules allocate much and free it at once; see tgbe.infra.perf
        for rule in rules if rules is not None else active_rules(config):
            override = config.severity_of(rule.code)
            for (code, severity), count in (unread or {}).items():
                if rule.reports(code):
                    found = override or rule.severity_for(Severity(severity))
                    omitted[rule.code, found.value] += count
            for draft in rule.check(context):
                left_out = kept.offer(draft.code, (draft.line, draft.column),
                                      (draft, override or draft.severity))
                if left_out is not None:
                    omitted[left_out[0].code, left_out[1].value] += 1
        findings = [draft.build(severity) for draft, severity in kept.kept()]
    return Linted(findings, dict(omitted))


def skipped_lines(notice: Notice, lines: Sequence[str]) -> frozenset[int]:
    """The lines before the notice's first section that the parser leaves out (metadata
    comments and breadcrumbs, :func:`tgbe.read.chrome.is_skipped_line`)."""
    starts = [*(item.span.start_line for item in notice.principles),
              *(item.span.start_line for item in notice.indicators)]
    first = min(starts, default=len(lines) + 1)
    return frozenset(number for number, line in enumerate(lines[: first - 1], start=1)
                     if is_skipped_line(line))


def _lines_of(notice: Notice) -> tuple[str, ...]:
    path = notice.source.path
    if path == "-" or not Path(path).is_file():
        return ()
    return read_path(path, notice.source.encoding).original_lines


def at_or_above(severity: Severity, threshold: str) -> bool:
    """Whether ``severity`` is at least as serious as ``threshold``."""
    return _RANK[severity] >= _RANK[Severity(threshold)]


class LintSummary(Model):
    """Counts of a lint run: by severity, by code, and the files linted."""

    by_severity: dict[str, int] = Field(default_factory=dict)
    by_code: dict[str, int] = Field(default_factory=dict)
    files: int = 0
    files_with_findings: int = 0
    suppressed_by_baseline: int = 0


class LintReport(Model):
    """The JSON document of ``tgbe lint -f json``."""

    schema_version: str = FINDINGS_SCHEMA_VERSION
    findings: list[Finding] = Field(default_factory=list)
    summary: LintSummary = Field(default_factory=LintSummary)
    #: The inputs that could not be linted, in input order (they make the exit code 2).
    errors: list[FailedInput] = Field(default_factory=list)


class FileLintReport(Model):
    """One line of ``tgbe lint -f jsonl``: the findings of one file."""

    schema_version: str = FINDINGS_SCHEMA_VERSION
    path: str
    findings: list[Finding] = Field(default_factory=list)
    summary: LintSummary = Field(default_factory=LintSummary)


def summarize(findings: Iterable[Finding], files: int, suppressed: int = 0,
              omitted: Mapping[tuple[str, str, str], int] | None = None) -> LintSummary:
    """Count ``findings`` and the ``omitted`` ones (path, code, severity → count)."""
    counts: Counter[tuple[str, str, str]] = Counter(omitted or {})
    counts.update((finding.path, finding.code, finding.severity.value) for finding in findings)
    severities: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for (_, code, severity), count in counts.items():
        severities[severity] += count
        codes[code] += count
    return LintSummary(
        by_severity={level.value: severities.get(level.value, 0) for level in Severity},
        by_code=dict(sorted(codes.items())),
        files=files,
        files_with_findings=len({path for path, _, _ in counts}),
        suppressed_by_baseline=suppressed,
    )
