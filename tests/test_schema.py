"""The published JSON Schemas are generated from the models and describe real output."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import ROOT, RunCli
from tgbe.models import Notice
from tgbe.render.schema import SCHEMAS, schema_of, schema_text


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_current(name: str) -> None:
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(name), "stale schema: run `make schema` and commit"


def test_parse_json_validates_against_the_schema(run_cli: RunCli, seed_notice: Notice) -> None:
    code, out, _ = run_cli("parse", str(seed_notice.source.path), "-f", "json")
    assert code == 0
    jsonschema.Draft202012Validator(schema_of("notice")).validate(json.loads(out))


def test_json_round_trips_to_an_equal_model(seed_notice: Notice) -> None:
    assert Notice.model_validate_json(seed_notice.model_dump_json()) == seed_notice


def test_schema_command_prints_the_notice_schema(run_cli: RunCli) -> None:
    code, out, _ = run_cli("schema")
    assert code == 0 and json.loads(out) == schema_of("notice")
