"""Golden test: every finding of the content rules on the seed, each reviewed by hand.

Regenerate after a deliberate change with ``python -m tests.lint.test_seed_golden_content``
and review the diff finding by finding.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import SEED
from tests.lint.helpers import FIXTURES, run_rule
from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.characters import SuspiciousCharacter
from tgbe.lint.rules.conflicts import ConflictingTarget
from tgbe.lint.rules.duplicates import CopiedBlockRule, DuplicatedMeasure, RepeatedClause
from tgbe.lint.rules.headings import HeadingSummaryMismatch, LeadNotMarked
from tgbe.lint.rules.unitnames import InconsistentUnitName, LeadNotResponsible

CONTENT_RULES: tuple[type[Rule], ...] = (
    DuplicatedMeasure, CopiedBlockRule, RepeatedClause, ConflictingTarget,
    InconsistentUnitName, LeadNotResponsible, LeadNotMarked, HeadingSummaryMismatch,
    SuspiciousCharacter,
)
GOLDEN = FIXTURES / "seed-golden-content.json"


def seed_findings() -> list[dict[str, Any]]:
    """The content rules' findings on the seed, reduced to their reviewed facts."""
    return [
        {"code": f.code, "line": f.line, "column": f.column, "measure_id": f.measure_id,
         "severity": f.severity.value, "message": f.message, "suggestion": f.suggestion,
         "related": [r.measure_id or f"line {r.line}" for r in f.related]}
        for rule in CONTENT_RULES for f in run_rule(rule, SEED)
    ]


def test_seed_findings_match_the_reviewed_golden_file() -> None:
    assert seed_findings() == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_copied_block_of_indicator_14_is_found() -> None:
    blocks = [f for f in seed_findings() if f["code"] == "DUP002"]
    assert [b["message"] for b in blocks] == [
        "measures 14.1–14.13 repeat 1.1–1.13 (13 measures, identical)"]
    assert blocks[0]["related"] == [f"1.{n}" for n in range(1, 14)]


if __name__ == "__main__":
    Path(GOLDEN).write_text(json.dumps(seed_findings(), ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
