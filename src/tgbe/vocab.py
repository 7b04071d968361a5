"""Closed vocabularies of the data contract, importable without Pydantic.

The enumerations here are shared by the models and by the fast serialisation path of
``tgbe parse -f json``, which never builds Pydantic models.
"""

from __future__ import annotations

from enum import StrEnum

SCHEMA_VERSION = "1.0"


class Severity(StrEnum):
    """How serious a diagnostic or finding is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class DeadlineKind(StrEnum):
    """What kind of period a deadline phrase names."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half-year"
    YEAR_END = "year-end"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"


class UnitRole(StrEnum):
    """The part a unit plays in a measure."""

    LEAD = "lead"
    SUPPORT = "support"
    RESPONSIBLE = "responsible"
