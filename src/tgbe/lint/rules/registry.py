"""The explicit list of lint rules.  Add a rule here and nowhere else."""

from __future__ import annotations

from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.benchmark import MissingBenchmark, SharedBenchmark
from tgbe.lint.rules.characters import SuspiciousCharacter
from tgbe.lint.rules.conflicts import ConflictingTarget
from tgbe.lint.rules.crossdoc import CrossDocumentDuplicate
from tgbe.lint.rules.deadlines import (
    DeadlineAfterPolicy,
    DeadlineBeforeIssue,
    MissingDeadline,
    UnparseableDeadline,
)
from tgbe.lint.rules.duplicates import CopiedBlockRule, DuplicatedMeasure, RepeatedClause
from tgbe.lint.rules.encoding import InvalidBytes
from tgbe.lint.rules.headings import HeadingSummaryMismatch, LeadNotMarked
from tgbe.lint.rules.numbering import (
    ImplausibleNumber,
    NumberingGap,
    NumberingOutOfOrder,
    NumberingRepeat,
)
from tgbe.lint.rules.parsing import (
    ParseDiagnostic,
    StrayLine,
    SuspiciousUnit,
    TruncatedMeasure,
    UncertainTableRow,
)
from tgbe.lint.rules.punctuation import (
    EmptyPair,
    HalfWidthPunctuation,
    LeadingWhitespace,
    SpaceAfterNumber,
    TrailingWhitespace,
    UnbalancedPair,
)
from tgbe.lint.rules.unitnames import InconsistentUnitName, LeadNotResponsible

RULES: list[type[Rule]] = [
    # lint-core: benchmark, deadlines, numbering, parsing, punctuation
    MissingBenchmark,
    SharedBenchmark,
    UnparseableDeadline,
    MissingDeadline,
    DeadlineAfterPolicy,
    DeadlineBeforeIssue,
    NumberingGap,
    NumberingRepeat,
    NumberingOutOfOrder,
    ImplausibleNumber,
    ParseDiagnostic,
    StrayLine,
    InvalidBytes,
    TruncatedMeasure,
    SuspiciousUnit,
    UncertainTableRow,
    HalfWidthPunctuation,
    UnbalancedPair,
    EmptyPair,
    SpaceAfterNumber,
    TrailingWhitespace,
    LeadingWhitespace,
    # content rules: duplicates, conflicts, unit names, headings, characters
    DuplicatedMeasure,
    CopiedBlockRule,
    RepeatedClause,
    ConflictingTarget,
    InconsistentUnitName,
    LeadNotResponsible,
    LeadNotMarked,
    HeadingSummaryMismatch,
    SuspiciousCharacter,
    # corpus rules: only active with tgbe lint --cross
    CrossDocumentDuplicate,
]


def rule_by_code(code: str) -> type[Rule] | None:
    """The rule class with ``code`` (case-insensitive) or ``name``, if any."""
    wanted = code.upper()
    for rule in RULES:
        if rule.code == wanted or rule.name == code:
            return rule
    return None
