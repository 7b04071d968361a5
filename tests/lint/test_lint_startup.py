"""What a plain ``tgbe lint`` builds and loads at start-up, and that the shortcuts change
nothing: default rule options taken without validation equal the validated defaults."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import SEED
from tgbe.lint.engine import active_rules
from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.registry import RULES

_PROBE = """
import sys
from tgbe.cli import cli
from tgbe.lint.rules.registry import RULES
code = cli.main(["lint", sys.argv[1], "-f", "json"], standalone_mode=False)
print(code, file=sys.stderr)
built = sorted(rule.code for rule in RULES if rule.Options.__pydantic_complete__)
print(" ".join(built) or "-", file=sys.stderr)
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def test_plain_lint_builds_no_options_validator_and_no_cross_comparison() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(SEED)], capture_output=True,
                          text=True, check=True)
    code, built, modules = done.stderr.strip().splitlines()[-3:]
    assert code == "1"  # the seed has findings
    assert done.stdout.startswith("{")
    assert built == "-"
    assert "tgbe.compare.crossdup" not in modules.split()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_default_options_equal_the_validated_defaults(rule: type[Rule]) -> None:
    taken = next(found for found in active_rules() if found.code == rule.code).options
    assert taken == rule.Options.model_validate({})
    assert taken.model_fields_set == set()
