"""The ``tgbe targets`` report: every target of a notice with its indicator and measure."""

from __future__ import annotations

from tgbe.models import SCHEMA_VERSION, Model, Notice, Target


class Placement(Model):
    """Where a target belongs: its indicator and, for a measure's target, the measure id."""

    indicator: int
    measure_id: str | None = None


class TargetRow(Target, Placement):
    """A target with its placement (placement fields first in JSON)."""


class TargetList(Model):
    """Output of ``tgbe targets -f json``: every target of a notice in document order."""

    schema_version: str = SCHEMA_VERSION
    path: str
    targets: list[TargetRow]


def target_list(notice: Notice) -> TargetList:
    """Every target of ``notice``: each indicator's summary targets, then its measures'."""
    rows: list[TargetRow] = []
    for indicator in notice.indicators:
        rows.extend(TargetRow(**target.model_dump(), indicator=indicator.number)
                    for target in indicator.targets)
        rows.extend(
            TargetRow(**target.model_dump(), indicator=indicator.number, measure_id=measure.id)
            for measure in indicator.measures for target in measure.targets
        )
    return TargetList(path=notice.source.path, targets=rows)
