"""The model-free JSON of ``tgbe parse -f json`` equals the models' own JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, SEED
from tgbe.parse.api import notice_data
from tgbe.render.fastjson import dumps

SAMPLES = [
    SEED,
    *sorted((FIXTURES / "corpus").glob("*.txt")),
    *sorted(path for path in (FIXTURES / "layouts").glob("*.txt")
            if path.name != "no_measures.txt"),
    FIXTURES / "parser" / "malformed" / "stray-line.txt",
    FIXTURES / "parser" / "seed-hard-wrapped.txt",
]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: Path(path).name)
def test_plain_data_serialises_like_the_model(path: Path) -> None:
    model = tgbe.parse_file(path)
    assert json.loads(dumps(notice_data(path))) == json.loads(model.model_dump_json())
