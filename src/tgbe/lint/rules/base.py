"""The rule framework: what a lint rule is and what it reports.

A rule is a class with a stable ``code`` (``DUP001``), a readable ``name``
(``duplicated-measure``), a ``group``, a default ``severity``, an ``Options`` Pydantic model
and a docstring that is its documentation (What it finds / Why it matters / Example).
``check`` is a generator of :class:`Draft` findings built with :meth:`Rule.finding`: plain
data, turned into :class:`Finding` models (:meth:`Draft.build`) only for the findings the
engine keeps (a rule may find a million stray lines; 20 per code are shown).
Rules are registered in ``tgbe.lint.rules.registry.RULES`` — one explicit list.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from tgbe.infra.i18n import Lang
from tgbe.models import Measure, Model, Notice, Severity, Span

FINDINGS_SCHEMA_VERSION = "1.0"


class RuleOptions(BaseModel):
    """Base of every rule's options: unknown keys are configuration errors."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Location(Model):
    """A place in a file, related to a finding (the original of a copy, the other value)."""

    path: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    message: str = ""
    measure_id: str | None = None


class Finding(Model):
    """One problem found by a rule, in the JSON contract of ``tgbe lint -f json``."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    measure_id: str | None = None
    suggestion: str | None = None
    related: list[Location] = Field(default_factory=list)
    details: list[str] = Field(default_factory=list)
    count: int = Field(1, ge=1, description="How many places the finding stands for: 1, or "
                       "the number of copies of a copied block (DUP002).")


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding as a rule yields it: what the engine sorts and caps by, and the other
    fields of the :class:`Finding` model, built on demand (:meth:`build`)."""

    code: str
    line: int
    column: int
    severity: Severity
    fields: dict[str, Any]

    def build(self, severity: Severity | None = None) -> Finding:
        """The :class:`Finding` model (with ``severity`` instead of the rule's, if given);
        a field given as a function (see :meth:`Rule.finding`) is computed now."""
        fields = {name: value() if callable(value) else value
                  for name, value in self.fields.items()}
        return Finding(code=self.code, line=self.line, column=self.column,
                       severity=severity or self.severity, **fields)


#: Parser diagnostic code → the code of the rule that reports it; every other diagnostic is
#: reported by the generic PAR000.  One table, so that no rule needs the rule registry.
REPORTED_BY: dict[str, str] = {
    "missing-deadline": "DLN002",
    "stray-line": "PAR001",
    "truncated-measure": "PAR002",
    "suspicious-unit": "PAR003",
    "uncertain-table-row": "PAR004",
    "duplicate-number": "NUM002",
    "duplicate-section-number": "NUM002",
    "invalid-bytes": "ENC001",
}


def reported_by(rule_code: str) -> frozenset[str]:
    """The parser diagnostic codes that the rule ``rule_code`` reports itself."""
    return frozenset(code for code, rule in REPORTED_BY.items() if rule == rule_code)


_T = TypeVar("_T")


@dataclass(frozen=True)
class LintContext:
    """What a rule may look at: the notice, its source lines, the message language."""

    notice: Notice
    lines: tuple[str, ...]
    lang: Lang = "en"
    #: 1-based numbers of the lines the parser leaves out as metadata or page chrome
    #: (``# source: …``, ``首页 > 政策文件`` before the first section; see ``tgbe.read.chrome``).
    skipped: frozenset[int] = frozenset()
    _shared: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def shared(self, key: str, compute: Callable[[], _T]) -> _T:
        """``compute()``, run once per notice for every rule that asks under ``key``.

        For results several rules read (the numbering issues of NUM001–NUM004): the first
        rule computes them, the others reuse them.
        """
        if key not in self._shared:
            self._shared[key] = compute()
        return self._shared[key]  # type: ignore[no-any-return]

    @cached_property
    def text_lines(self) -> tuple[str, ...]:
        """``lines`` with the skipped lines blank: what the rules reading the text check."""
        if not self.skipped:
            return self.lines
        return tuple("" if number in self.skipped else line
                     for number, line in enumerate(self.lines, start=1))

    @property
    def path(self) -> str:
        """The notice's path as given by the user."""
        return self.notice.source.path

    def line_text(self, line: int) -> str:
        """The original text of 1-based ``line`` (``""`` past the end)."""
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    def measure_at(self, line: int, *, text: bool = False) -> Measure | None:
        """The measure whose span (``text``: whose text's span) covers 1-based ``line``.

        Measures follow each other in document order without overlapping: a bisection over
        their first lines, indexed once per notice, not a walk over every measure (rules
        ask once per finding, and findings grow with the notice as measures do).
        """
        starts, measures = self.shared(f"measure-starts:{text}",
                                       lambda: _measure_starts(self.notice, text))
        found = bisect_right(starts, line) - 1
        if found < 0:
            return None
        measure = measures[found]
        return measure if (measure.text_span if text else measure.span).end_line >= line \
            else None


def _measure_starts(notice: Notice, text: bool) -> tuple[list[int], list[Measure]]:
    """The first line of each measure's span (or text's span) and the measures, in order."""
    measures = notice.measures()
    return [(m.text_span if text else m.span).start_line for m in measures], measures


class Rule:
    """Base class of lint rules (see the module docstring)."""

    code: ClassVar[str]
    name: ClassVar[str]
    group: ClassVar[str]
    severity: ClassVar[Severity]
    Options: ClassVar[type[RuleOptions]] = RuleOptions
    #: Parser diagnostic codes (``Notice.diagnostics``) this rule reports itself (see
    #: :data:`REPORTED_BY`); the generic parse-diagnostic rule leaves them alone.
    diagnostics: ClassVar[frozenset[str]] = frozenset()
    #: The documentation in Chinese: a summary line, then what the rule finds and why it
    #: matters (the docstring, in English, also has examples).
    doc_zh: ClassVar[str] = ""

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options or self.Options()

    def check(self, context: LintContext) -> Iterator[Draft]:
        """Yield the findings of this rule for one notice."""
        raise NotImplementedError

    def reports(self, code: str) -> bool:
        """Whether the rule yields one finding per parser diagnostic with ``code`` (then
        diagnostics left out of the notice count as its left-out findings)."""
        return False

    def severity_for(self, diagnostic_severity: Severity) -> Severity:
        """The severity of the finding the rule gives for such a diagnostic."""
        return self.severity

    def finding(
        self,
        context: LintContext,
        span: Span,
        en: str | Callable[[], str],
        zh: str | Callable[[], str],
        *,
        measure_id: str | None = None,
        suggestion: str | None = None,
        related: list[Location] | Callable[[], list[Location]] | None = None,
        details: list[str] | None = None,
        severity: Severity | None = None,
        count: int = 1,
    ) -> Draft:
        """A finding at ``span`` with the message in the context's language.

        A message or ``related`` list that grows with the notice (every earlier use of a
        name) may be given as a function: it is called only for the findings the engine
        keeps, so that a capped report does not build a quadratic number of locations.
        """
        return Draft(
            self.code, span.start_line, span.start_column, severity or self.severity,
            {"name": self.name, "message": zh if context.lang == "zh" else en,
             "path": context.path, "end_line": span.end_line, "end_column": span.end_column,
             "measure_id": measure_id, "suggestion": suggestion, "related": related or [],
             "details": details or [], "count": count},
        )

    @classmethod
    def documentation(cls, lang: Lang = "en") -> str:
        """The rule's user documentation: its docstring, dedented (:attr:`doc_zh` in zh)."""
        import inspect

        if lang == "zh" and cls.doc_zh:
            return cls.doc_zh
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls, lang: Lang = "en") -> str:
        """The first line of the rule's documentation in ``lang``."""
        return cls.documentation(lang).split("\n", 1)[0].strip()


def related_at(context: LintContext, span: Span, message: str = "",
               measure_id: str | None = None) -> Location:
    """A :class:`Location` in the same file as the notice being linted."""
    return Location(path=context.path, line=span.start_line, column=span.start_column,
                    end_line=span.end_line, end_column=span.end_column, message=message,
                    measure_id=measure_id)
