"""JSON Schemas generated from the models (``tgbe schema``, ``schemas/*.schema.json``)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from tgbe.compare.crossdup import CrossDupReport
from tgbe.compare.diff import NoticeDiff
from tgbe.lint.baseline import Baseline
from tgbe.lint.engine import FileLintReport, LintReport
from tgbe.lint.rules.catalog import RuleCatalog
from tgbe.models import FailedInput, Notice
from tgbe.track.deadlines import Report
from tgbe.track.intake import ImportResult
from tgbe.track.ledger import Ledger
from tgbe.track.progress import Progress
from tgbe.track.query import MeasureList
from tgbe.track.target_list import TargetList
from tgbe.track.unit_summary import UnitList

# schema file name stem -> model; issues add their output models here.
SCHEMAS: dict[str, type[BaseModel]] = {
    "notice": Notice,
    "ledger": Ledger,
    "deadlines": Report,
    "measures": MeasureList,
    "units": UnitList,
    "targets": TargetList,
    "diff": NoticeDiff,
    "lint": LintReport,
    "lint-file": FileLintReport,
    "rules": RuleCatalog,
    "lint-baseline": Baseline,
    "crossdup": CrossDupReport,
    "progress": Progress,
    "import": ImportResult,
    "failed-input": FailedInput,
}


def schema_of(name: str) -> dict[str, Any]:
    """The JSON Schema of the named output."""
    schema = SCHEMAS[name].model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://tgbe.invalid/schemas/{name}.schema.json"
    return schema


def schema_text(name: str) -> str:
    """The schema as stable, indented JSON text ending in a newline."""
    return json.dumps(schema_of(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
