"""Shared test helpers: paths to fixtures, the parsed seed and an in-process CLI runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import tgbe
from tgbe.cli import cli
from tgbe.models import Notice

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tonggu-2023.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

RunResult = tuple[int, str, str]
RunCli = Callable[..., RunResult]


@pytest.fixture(scope="session")
def seed_notice() -> Notice:
    """The bundled seed, parsed once per test session."""
    return tgbe.parse_file(SEED)


@pytest.fixture()
def run_cli() -> RunCli:
    """Run ``tgbe ARGS`` in-process exactly as the console script does.

    Returns ``(exit_code, stdout, stderr)``.
    """

    def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None
            ) -> RunResult:
        result = CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


def parsed_measures(path: str) -> dict[str, dict[str, Any]]:
    """The measures ``tgbe parse -f json PATH`` writes, by id, as a user's script reads them."""
    result = CliRunner().invoke(cli, ["parse", "-f", "json", path], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    notice = json.loads(result.stdout)
    return {m["id"]: m for i in notice["indicators"] for m in i["measures"]}
