"""``tgbe rules`` and ``tgbe explain``: the rule catalogue and one rule's documentation."""

from __future__ import annotations

import json

import pytest

from tests.conftest import RunCli
from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.registry import RULES


def test_rules_table_lists_every_rule(run_cli: RunCli) -> None:
    code, out, _ = run_cli("rules")
    assert code == 0
    assert f"{len(RULES)} rules" in out
    for rule in RULES:
        assert rule.code in out and rule.name in out


def test_rules_json(run_cli: RunCli) -> None:
    code, out, _ = run_cli("rules", "-f", "json")
    data = json.loads(out)
    assert code == 0 and data["schema_version"] == "1.0"
    by_code = {rule["code"]: rule for rule in data["rules"]}
    assert set(by_code) == {rule.code for rule in RULES}
    assert by_code["PUN001"]["options"] == [{"name": "marks", "type": "str", "default": ":,;("}]
    assert by_code["NUM002"]["parser_diagnostics"] == [
        "duplicate-number", "duplicate-section-number",
    ]
    assert by_code["BEN002"]["severity"] == "info"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_rule_documents_what_why_and_examples(rule: type[Rule]) -> None:
    doc = rule.documentation()
    assert "What it finds" in doc and "Why it matters" in doc and "example" in doc.lower()
    assert rule.summary().endswith(".")


def test_explain_prints_documentation_and_options(run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", "DLN002")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == ("DLN002 missing-deadline  (group: deadlines, default severity: "
                        "warning)")
    assert "  min_share = 0.5  (float)" in lines
    assert lines[-1] == "Reports the parser diagnostics: missing-deadline"


def test_explain_by_name_and_as_json(run_cli: RunCli) -> None:
    code, out, _ = run_cli("explain", "empty-pair", "-f", "json")
    assert code == 0 and json.loads(out)["code"] == "PUN003"
    assert "Options: none." in run_cli("explain", "pun003")[1]


def test_explain_unknown_code_suggests_close_ones(run_cli: RunCli) -> None:
    code, out, err = run_cli("explain", "DLN01")
    assert code == 2 and out == ""
    assert err.endswith('explain: error: unknown rule "DLN01"; did you mean DLN001, DLN004, '
                        "DLN003? (see tgbe rules)\n"), err
