"""The builder's records (tgbe.parse.records) have exactly the fields of the models they fill,
and the seed's records hold every key in the models' field order (the JSON's key order)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from tests.conftest import SEED
from tgbe import models
from tgbe.parse import records
from tgbe.parse.api import notice_data

# Each record is named after its model, but for these; the header's keys are the notice's.
MODEL_NAMES = {"SourceRecord": "SourceInfo", "HeaderRecord": None}
RECORDS = [name for name in records.__all__ if MODEL_NAMES.get(name, "") is not None]


@pytest.mark.parametrize("name", RECORDS)
def test_a_record_has_the_fields_of_its_model(name: str) -> None:
    model: type[BaseModel] = getattr(models, MODEL_NAMES.get(name) or name.removesuffix("Record"))
    assert set(getattr(records, name).__annotations__) == set(model.model_fields)


def test_the_seed_records_validate_into_the_parsed_notice() -> None:
    data = notice_data(SEED)
    notice = models.Notice.model_validate(data)
    assert set(data) == set(models.Notice.model_fields)
    measure = data["indicators"][0]["measures"][0]
    assert set(measure) == set(models.Measure.model_fields)
    assert notice.measures()[0].id == measure["id"]
