"""The content rules never fail on damaged notices: every finding points inside the file."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tgbe
from tests.conftest import SEED
from tests.lint.test_seed_golden_content import CONTENT_RULES
from tgbe.errors import TgbeError
from tgbe.lint.rules.base import LintContext

SEED_LINES = SEED.read_text(encoding="utf-8").splitlines()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, len(SEED_LINES) - 1), max_size=60),
       st.integers(0, len(SEED_LINES) - 1), st.integers(1, 120))
def test_rules_survive_dropped_lines(dropped: list[int], start: int, length: int) -> None:
    kept = [line for number, line in enumerate(SEED_LINES[start : start + length * 6])
            if number not in set(dropped)]
    text = "\n".join(kept)
    try:
        notice = tgbe.parse_text(text)
    except TgbeError:
        return
    context = LintContext(notice, tuple(text.splitlines()))
    for rule in CONTENT_RULES:
        for finding in rule().check(context):
            assert 1 <= finding.line <= max(len(kept), 1)
            assert finding.column >= 1
