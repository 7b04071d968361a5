"""Each content rule documents itself and declares its contract fields."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.lint.test_seed_golden_content import CONTENT_RULES
from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.registry import RULES, rule_by_code


@pytest.mark.parametrize("rule", CONTENT_RULES, ids=lambda rule: rule.code)
def test_rule_is_registered_and_documented(rule: type[Rule]) -> None:
    assert rule in RULES
    assert rule_by_code(rule.code) is rule and rule_by_code(rule.name) is rule
    docs = rule.documentation()
    for section in ("What it finds", "Why it matters", "Failing example", "Passing example"):
        assert section in docs
    assert rule.severity in ("error", "warning", "info")
    with pytest.raises(ValidationError):
        rule.Options.model_validate({"no_such_option": 1})
