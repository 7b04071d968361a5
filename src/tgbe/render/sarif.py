"""Lint findings as SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers).

Columns are Unicode code points (``columnKind: unicodeCodePoints``), as everywhere in tgbe.
Every registered rule is listed in ``tool.driver.rules`` with its documentation as help, so
``ruleIndex`` is stable between runs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tgbe.lint.rules.base import Finding, Location
from tgbe.lint.rules.registry import RULES
from tgbe.models import Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(findings: Sequence[Finding], version: str) -> str:
    """A SARIF 2.1.0 log with one run of tgbe."""
    index = {rule.code: number for number, rule in enumerate(RULES)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": rule.documentation()},
            "help": {"text": rule.documentation()},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"group": rule.group},
        }
        for rule in RULES
    ]
    results = [_result(finding, index) for finding in findings]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "tgbe", "version": version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding)],
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    if finding.related:
        result["relatedLocations"] = [
            _location(related) | {"id": number, "message": {"text": related.message or
                                                             f"{related.path}:{related.line}"}}
            for number, related in enumerate(finding.related)
        ]
    properties = {key: value for key, value in (
        ("measure_id", finding.measure_id), ("suggestion", finding.suggestion),
        ("details", finding.details or None)) if value is not None}
    if properties:
        result["properties"] = properties
    return result


def _location(place: Finding | Location) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": place.line, "startColumn": place.column}
    if place.end_line is not None:
        region["endLine"] = place.end_line
    if place.end_column is not None:
        region["endColumn"] = place.end_column
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(place.path)},
                                 "region": region}}


def _uri(path: str) -> str:
    file = Path(path)
    if file.is_absolute():
        return file.as_uri()
    return quote(file.as_posix())
