"""Linting files: per-file configuration, reading, parsing, rules.

:func:`lint_file` lints one file with its nearest configuration and returns plain data
(picklable: it is what a ``tgbe lint --jobs N`` worker process sends back);
:class:`LintRun` gathers those results in the parent for reports that are one document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tgbe.infra.i18n import Lang
from tgbe.infra.perf import gc_paused
from tgbe.lint.config import LintConfig, config_path_for, load_config
from tgbe.lint.engine import active_rules, at_or_above, lint_capped
from tgbe.lint.rules.base import Finding
from tgbe.lint.rules.crossdoc import CrossDocumentDuplicate
from tgbe.models import FailedInput, Severity
from tgbe.parse.api import parse_source_capped
from tgbe.read.reader import DEFAULT_MAX_BYTES, read_path


@dataclass(frozen=True)
class Overrides:
    """Command-line choices that override the configuration files."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str | None = None
    config: str | None = None

    def apply(self, config: LintConfig) -> LintConfig:
        """``config`` with these choices: ``select`` replaces, the others add or replace."""
        update: dict[str, object] = {
            "ignore": (*config.ignore, *self.ignore),
            "extend_select": (*config.extend_select, *self.extend_select),
        }
        if self.select is not None:
            update["select"] = self.select
        if self.fail_on is not None:
            update["fail_on"] = self.fail_on
        return config.model_copy(update=update)


@dataclass(frozen=True)
class FileLint:
    """The lint result of one file, as plain data."""

    path: str
    findings: tuple[Finding, ...]
    fail_on: str = "error"
    lines: tuple[str, ...] = ()  # the original lines, when the caller asked for them
    cross: bool = False  # whether the file's configuration enables cross-document findings
    #: Findings left out by the cap: (code, severity) → count.
    omitted: dict[tuple[str, str], int] = field(default_factory=dict)

    def failing(self) -> bool:
        """Whether any finding, kept or left out, is at or above the file's fail-on."""
        return any(at_or_above(finding.severity, self.fail_on) for finding in self.findings) \
            or any(at_or_above(Severity(severity), self.fail_on) for _, severity in self.omitted)

    def omitted_by_path(self) -> dict[tuple[str, str, str], int]:
        """The left-out counts keyed (path, code, severity), as reports sum them."""
        return {(self.path, code, severity): count
                for (code, severity), count in self.omitted.items()}


def lint_file(
    path: str, *, overrides: Overrides | None = None, lang: Lang = "en",
    encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, keep_lines: bool = True,
    strict_encoding: bool = False, limit: int | None = None,
) -> FileLint:
    """Lint one notice file with the configuration nearest to it.

    A bad configuration, an unreadable or unparseable file raises :class:`TgbeError`.
    ``keep_lines`` returns the file's original lines (text output and baselines need them);
    ``limit`` keeps at most that many findings per code and counts the rest.
    """
    overrides = overrides or Overrides()
    config_file = config_path_for(path, overrides.config)
    config = overrides.apply(load_config(config_file) if config_file else LintConfig())
    rules = active_rules(config)
    source = read_path(path, encoding, max_bytes, strict=strict_encoding)
    # From the text to the findings the collector is paused, and the notice is freed before
    # it resumes: a pass over the notice's models costs as much as the rules of many checks.
    with gc_paused():
        notice, unread = parse_source_capped(source, config.alias_table(), limit,
                                             config.parse, targets=False)
        linted = lint_capped(notice, config, lang, lines=source.original_lines, rules=rules,
                             limit=limit, unread=unread)
        del notice
    return FileLint(
        path, tuple(linted.findings), config.fail_on,
        source.original_lines if keep_lines else (),
        any(rule.code == CrossDocumentDuplicate.code for rule in rules), linted.omitted,
    )


@dataclass
class LintRun:
    """The outcome of linting several files."""

    findings: list[Finding] = field(default_factory=list)
    lines: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fail_on: dict[str, str] = field(default_factory=dict)
    files: int = 0
    errors: list[FailedInput] = field(default_factory=list)  # the inputs that failed
    #: Findings left out by the cap: (path, code, severity) → count.
    omitted: dict[tuple[str, str, str], int] = field(default_factory=dict)

    @classmethod
    def of(cls, results: Iterable[FileLint], errors: Iterable[FailedInput] = ()) -> LintRun:
        """Gather per-file results and the records of the files that failed."""
        run = cls(errors=list(errors))
        for result in results:
            run.files += 1
            run.lines[result.path] = result.lines
            run.fail_on[result.path] = result.fail_on
            run.findings.extend(result.findings)
            run.omitted.update(result.omitted_by_path())
        return run

    def add(self, findings: Iterable[Finding]) -> None:
        """Add findings of linted files, keeping file order, then line, column and code."""
        order = {path: index for index, path in enumerate(self.lines)}
        self.findings = sorted(
            [*self.findings, *findings],
            key=lambda item: (order.get(item.path, len(order)), item.line, item.column,
                              item.code),
        )

    def failing(self, findings: Sequence[Finding] | None = None) -> bool:
        """Whether any of ``findings`` (default: all kept) or of the left-out ones is at or
        above its file's fail-on."""
        return any(at_or_above(finding.severity, self.fail_on.get(finding.path, "error"))
                   for finding in (self.findings if findings is None else findings)) or any(
            at_or_above(Severity(severity), self.fail_on.get(path, "error"))
            for path, _, severity in self.omitted)
