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


class Comparator(StrEnum):
    """How a target's value is meant: a bound to reach or keep within, or a change by it.

    ``>=`` 达到/以上/不少于/超, ``<=`` 以内/控制在/压缩至/不超过, ``=`` a plain figure,
    ``increase`` 增长/提升 by the value, ``decrease`` 压减/降低/压缩 by the value.
    """

    AT_LEAST = ">="
    AT_MOST = "<="
    EQUAL = "="
    INCREASE = "increase"
    DECREASE = "decrease"

