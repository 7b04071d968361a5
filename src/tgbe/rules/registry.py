"""The explicit list of lint rules.  Add a rule here and nowhere else."""

from __future__ import annotations

from functools import cache

from tgbe.rules.base import Rule
from tgbe.rules.benchmark import MissingBenchmark, SharedBenchmark
from tgbe.rules.characters import SuspiciousCharacter
from tgbe.rules.conflicts import ConflictingTarget
from tgbe.rules.crossdoc import CrossDocumentDuplicate
from tgbe.rules.deadlines import (
    DeadlineAfterPolicy,
    DeadlineBeforeIssue,
    MissingDeadline,
    UnparseableDeadline,
)
from tgbe.rules.duplicates import CopiedBlockRule, DuplicatedMeasure, RepeatedClause
from tgbe.rules.headings import HeadingSummaryMismatch, LeadNotMarked
from tgbe.rules.numbering import NumberingGap, NumberingOutOfOrder, NumberingRepeat
from tgbe.rules.parsing import ParseDiagnostic, StrayLine, TruncatedMeasure
from tgbe.rules.punctuation import (
    EmptyPair,
    HalfWidthPunctuation,
    LeadingWhitespace,
    SpaceAfterNumber,
    TrailingWhitespace,
    UnbalancedPair,
)
from tgbe.rules.unitnames import InconsistentUnitName, LeadNotResponsible

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
    ParseDiagnostic,
    StrayLine,
    TruncatedMeasure,
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


@cache
def claimed_diagnostics() -> frozenset[str]:
    """Parser diagnostic codes some registered rule reports itself."""
    return frozenset(code for rule in RULES for code in rule.diagnostics)
