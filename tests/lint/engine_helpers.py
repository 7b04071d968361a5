"""Helpers of the lint tests: lint a fixture file with some rules, list (line, column, code)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES
from tgbe.infra.i18n import Lang
from tgbe.lint.config import LintConfig
from tgbe.lint.engine import lint
from tgbe.lint.rules.base import Finding
from tgbe.parse.api import parse_source
from tgbe.read.reader import read_path

LINT_FIXTURES = FIXTURES / "lint"


def lint_fixture(name: str, *select: str, lang: Lang = "en",
                 config: LintConfig | None = None) -> list[Finding]:
    """Findings of the rules ``select`` (default: all) on ``tests/fixtures/lint/<name>``."""
    return lint_path(LINT_FIXTURES / name, *select, lang=lang, config=config)


def lint_path(path: Path, *select: str, lang: Lang = "en",
              config: LintConfig | None = None) -> list[Finding]:
    """Findings of the rules ``select`` (default: all) on the notice at ``path``."""
    source = read_path(path)
    chosen = config or LintConfig(select=select or ("ALL",))
    return lint(parse_source(source, chosen.alias_table()), chosen, lang,
                lines=source.original_lines)


def places(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """``(line, column, code)`` of every finding, in report order."""
    return [(finding.line, finding.column, finding.code) for finding in findings]
