"""The explicit list of lint rules.  Add a rule here and nowhere else."""

from __future__ import annotations

from tgbe.rules.base import Rule
from tgbe.rules.characters import SuspiciousCharacter
from tgbe.rules.conflicts import ConflictingTarget
from tgbe.rules.duplicates import CopiedBlockRule, DuplicatedMeasure, RepeatedClause
from tgbe.rules.headings import HeadingSummaryMismatch, LeadNotMarked
from tgbe.rules.unitnames import InconsistentUnitName, LeadNotResponsible

RULES: list[type[Rule]] = [
    DuplicatedMeasure,
    CopiedBlockRule,
    RepeatedClause,
    ConflictingTarget,
    InconsistentUnitName,
    LeadNotResponsible,
    LeadNotMarked,
    HeadingSummaryMismatch,
    SuspiciousCharacter,
]


def rule_by_code(code: str) -> type[Rule] | None:
    """The rule class with ``code`` (case-insensitive) or ``name``, if any."""
    wanted = code.upper()
    for rule in RULES:
        if rule.code == wanted or rule.name == code:
            return rule
    return None
