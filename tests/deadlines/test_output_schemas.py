"""The JSON outputs of status/check-deadlines/list/units match their committed schemas."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import FIXTURES, ROOT, SEED, RunCli
from tgbe.render.schema import schema_text

PROGRESS = str(FIXTURES / "ledger" / "progress.yaml")


@pytest.mark.parametrize("name", ["ledger", "deadlines", "measures", "units"])
def test_committed_schema_is_current(name: str) -> None:
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(name), "run: make schema"


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("ledger", ["status", "check", str(SEED), PROGRESS]),
        ("deadlines", ["check-deadlines", str(SEED), "--today", "2023-09-25",
                       "--ledger", PROGRESS, "--warn-within", "7d"]),
        ("measures", ["list", str(SEED), "--unit", "县法院", "--ledger", PROGRESS]),
        ("units", ["units", str(SEED)]),
    ],
)
def test_json_output_validates_against_its_schema(
    run_cli: RunCli, name: str, args: list[str]
) -> None:
    code, out, _ = run_cli(*args, "-f", "json")
    assert code in (0, 1)
    data = json.loads(out)
    jsonschema.validate(data, json.loads(schema_text(name)))
    assert data  # a non-empty document
