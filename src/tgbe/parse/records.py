"""The builder's typed records: plain data in the shape of the models of :mod:`tgbe.models`.

The builder assembles a notice from these (each key typed as the model field it fills) and
validates the whole tree into a :class:`~tgbe.models.Notice` in one call, which costs less
than building every model on its own; ``tgbe parse -f json`` serialises the records
directly.  Key order is the JSON's key order.  A test pins each record's keys to its model.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from tgbe.read.textspans import SpanRecord
from tgbe.vocab import Comparator, DeadlineKind, Severity, UnitRole

__all__ = [
    "BenchmarkCityRecord", "DeadlineRecord", "DiagnosticRecord", "DocNumberRecord",
    "HeaderRecord", "IndicatorRecord", "MeasureRecord", "NoticeRecord", "PrincipleRecord",
    "SourceRecord", "SpanRecord", "TargetRecord", "UnitRecord",
]


class DiagnosticRecord(TypedDict):
    """A :class:`~tgbe.models.Diagnostic`."""

    code: str
    severity: Severity
    message: str
    span: SpanRecord


class DeadlineRecord(TypedDict):
    """A :class:`~tgbe.models.Deadline`."""

    raw: str
    kind: DeadlineKind
    due: date | None
    span: SpanRecord | None


class UnitRecord(TypedDict):
    """A :class:`~tgbe.models.Unit`."""

    name: str
    canonical: str
    key: str
    collective: bool
    role: UnitRole


class TargetRecord(TypedDict):
    """A :class:`~tgbe.models.Target`."""

    metric: str
    comparator: Comparator
    value: float
    unit: str
    raw: str
    span: SpanRecord


class MeasureRecord(TypedDict):
    """A :class:`~tgbe.models.Measure`."""

    id: str
    number: int
    text: str
    group: str | None
    deadline: DeadlineRecord | None
    units: list[UnitRecord]
    span: SpanRecord
    text_span: SpanRecord
    targets: list[TargetRecord]


class BenchmarkCityRecord(TypedDict):
    """A :class:`~tgbe.models.BenchmarkCity`."""

    name: str
    span: SpanRecord


class IndicatorRecord(TypedDict):
    """An :class:`~tgbe.models.Indicator`."""

    number: int
    numeral: str
    name: str
    heading: str
    lead_units: list[UnitRecord]
    lead_marked: bool
    summary: str
    summary_span: SpanRecord | None
    level: str | None
    level_wording: str | None
    benchmark_cities: list[BenchmarkCityRecord]
    measures: list[MeasureRecord]
    span: SpanRecord
    heading_span: SpanRecord
    targets: list[TargetRecord]


class PrincipleRecord(TypedDict):
    """A :class:`~tgbe.models.Principle`."""

    number: int
    numeral: str
    title: str
    text: str
    span: SpanRecord


class DocNumberRecord(TypedDict):
    """A :class:`~tgbe.models.DocNumber`."""

    raw: str
    prefix: str
    year: int
    serial: int
    span: SpanRecord


class SourceRecord(TypedDict):
    """A :class:`~tgbe.models.SourceInfo`."""

    path: str
    encoding: str
    line_count: int


class HeaderRecord(TypedDict):
    """The header facts of a :class:`~tgbe.models.Notice` (the issue date as ISO text)."""

    issuer: str | None
    doc_number: DocNumberRecord | None
    title: str | None
    recipients: list[str]
    issue_date: str | None


class NoticeRecord(HeaderRecord):
    """A whole :class:`~tgbe.models.Notice`."""

    schema_version: str
    source: SourceRecord
    principles: list[PrincipleRecord]
    attachment_title: str | None
    indicators: list[IndicatorRecord]
    completion_policy: DeadlineRecord | None
    diagnostics: list[DiagnosticRecord]
