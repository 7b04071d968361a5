"""The seed notice, linted family by family: every finding listed and reviewed by hand.

Each ``tests/fixtures/lint/seed-golden-<family>.json`` lists the findings a run must give,
each with the reviewer's note on why a human reviewer would agree with it.  When a rule
changes, review the new findings before updating the file.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEED
from tests.lint.engine_helpers import LINT_FIXTURES
from tgbe.lint.config import LintConfig
from tgbe.lint.engine import lint
from tgbe.models import Notice
from tgbe.read.reader import read_path

FAMILIES = ["PUN", "NUM", "DLN", "BEN", "PAR"]


@pytest.mark.parametrize("family", FAMILIES)
def test_seed_findings_match_the_reviewed_list(seed_notice: Notice, family: str) -> None:
    golden = json.loads((LINT_FIXTURES / f"seed-golden-{family.lower()}.json")
                        .read_text(encoding="utf-8"))
    lines = read_path(SEED).original_lines
    found = lint(seed_notice, LintConfig(select=(family,)), "en", lines=lines)
    expected = [{key: value for key, value in entry.items() if key != "review"}
                for entry in golden["findings"]]
    assert [
        {"code": f.code, "line": f.line, "column": f.column, "end_column": f.end_column,
         "measure_id": f.measure_id, "message": f.message}
        for f in found
    ] == expected
    assert all(entry["review"].startswith("agree") for entry in golden["findings"])


def test_the_seed_has_no_errors_from_these_families(seed_notice: Notice) -> None:
    lines = read_path(SEED).original_lines
    found = lint(seed_notice, LintConfig(select=tuple(FAMILIES)), "en", lines=lines)
    assert {f.severity.value for f in found} == {"warning", "info"}
    assert len(found) == 19
