"""Typed model of a notice: the public contract of every tgbe command.

All models are frozen Pydantic v2 models.  Every node read from the text carries a
:class:`Span` (1-based line and column in the user's original file; ``end_column`` is
exclusive).  Derived facts (canonical unit names, due dates) are computed once by the
parser and stored here, so later layers never re-parse strings.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from tgbe.vocab import SCHEMA_VERSION, Comparator, DeadlineKind, Severity, UnitRole

__all__ = [
    "SCHEMA_VERSION", "BenchmarkCity", "Comparator", "Deadline", "DeadlineKind", "Diagnostic",
    "DocNumber", "FailedInput", "Indicator", "InputError", "Measure", "Model", "Notice",
    "Principle", "Severity", "SourceInfo", "Span", "Target", "Unit", "UnitRole",
]


class Model(BaseModel):
    """Base class: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Model):
    """A region of the original file: 1-based lines and columns, end column exclusive."""

    start_line: int = Field(ge=1)
    start_column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)


class Diagnostic(Model):
    """Something the parser noticed but could recover from (or could not)."""

    code: str
    severity: Severity
    message: str
    span: Span


class Deadline(Model):
    """A completion deadline as written, with the last day of the period it names."""

    raw: str
    kind: DeadlineKind
    due: date | None = None
    span: Span | None = None


class Unit(Model):
    """A responsible unit: the name as written, the name shown for it and its grouping key."""

    name: str
    canonical: str = Field(description=(
        "The name shown for the unit: the notice's most frequent written form of it, or the "
        "official name the user's configuration gives."))
    key: str = Field(description=(
        "Grouping key from the alias table (the same in every notice, for comparing "
        "editions); not a name to show."))
    collective: bool = False
    role: UnitRole = UnitRole.RESPONSIBLE


class Target(Model):
    """A quantitative target: metric, comparator, value and unit of measure, as found.

    ``raw`` is the figure as written with its comparator words (``达到98%以上``) and
    ``span`` is where ``raw`` is in the original file.
    """

    metric: str
    comparator: Comparator
    value: float
    unit: str
    raw: str
    span: Span


class Measure(Model):
    """One numbered measure of an indicator: text, deadline and responsible units."""

    id: str
    number: int
    text: str
    group: str | None = None
    deadline: Deadline | None = None
    units: list[Unit] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    span: Span
    text_span: Span


class BenchmarkCity(Model):
    """A city or county named as the benchmark (对标城市) of an indicator."""

    name: str
    span: Span


class Indicator(Model):
    """An indicator section: heading, lead units, summary, level, benchmarks, measures."""

    number: int
    numeral: str
    name: str
    heading: str
    lead_units: list[Unit] = Field(default_factory=list)
    lead_marked: bool = False
    summary: str = ""
    summary_span: Span | None = None
    level: str | None = None
    level_wording: str | None = None
    benchmark_cities: list[BenchmarkCity] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    span: Span
    heading_span: Span


class Principle(Model):
    """A numbered paragraph of the notice's preamble (工作要求)."""

    number: int
    numeral: str
    title: str
    text: str
    span: Span


class DocNumber(Model):
    """A document number such as 某营商发〔2023〕1号, split into its parts."""

    raw: str
    prefix: str
    year: int
    serial: int
    span: Span


class SourceInfo(Model):
    """Where the notice was read from and how it was decoded."""

    path: str
    encoding: str
    line_count: int


class InputError(Model):
    """Why an input could not be processed: where, what, and a stable ``code``."""

    line: int
    column: int
    message: str
    code: str


class FailedInput(Model):
    """The result of an input that failed, in batch output (a JSON array item, a jsonl line)."""

    path: str
    error: InputError


class Notice(Model):
    """A whole notice: header facts, preamble principles and indicator sections."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    issuer: str | None = None
    doc_number: DocNumber | None = None
    title: str | None = None
    recipients: list[str] = Field(default_factory=list)
    issue_date: date | None = None
    principles: list[Principle] = Field(default_factory=list)
    completion_policy: Deadline | None = None
    attachment_title: str | None = None
    indicators: list[Indicator] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    def measures(self) -> list[Measure]:
        """Every measure of every indicator, in document order."""
        return [measure for indicator in self.indicators for measure in indicator.measures]
