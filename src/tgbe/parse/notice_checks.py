"""Checks over the whole notice once every indicator is built: section numbers used twice
(their measures get ids such as ``2b.1``), measures missing a deadline most others have, and
a last measure that looks cut off."""

from __future__ import annotations

from collections import Counter

from tgbe.data.lexicon import SENTENCE_END
from tgbe.parse.build_context import BuildContext
from tgbe.parse.records import IndicatorRecord
from tgbe.vocab import Severity


def disambiguate_ids(indicators: list[IndicatorRecord], context: BuildContext) -> None:
    """Keep measure ids unique when two sections share a number (二、… 二、…): "2b.1"."""
    seen: Counter[int] = Counter()
    for indicator in indicators:
        seen[indicator["number"]] += 1
        if seen[indicator["number"]] == 1:
            continue
        prefix = f"{indicator['number']}{chr(ord('a') + seen[indicator['number']] - 1)}"
        for measure in indicator["measures"]:
            measure["id"] = f"{prefix}.{measure['id'].split('.', 1)[1]}"
        context.report("duplicate-section-number", Severity.WARNING,
                       f"section number {indicator['number']} is used again; its measures "
                       f"are numbered {prefix}.N", indicator["heading_span"])


def check_truncation(indicators: list[IndicatorRecord], context: BuildContext) -> None:
    """Report measures without a deadline when most measures have one, and a last measure
    ending mid-sentence without units (a truncated file)."""
    measures = [measure for indicator in indicators for measure in indicator["measures"]]
    with_deadline = sum(1 for measure in measures if measure["deadline"] is not None)
    for measure in measures:
        if measure["deadline"] is None and with_deadline * 2 > len(measures):
            context.report("missing-deadline", Severity.WARNING,
                           f"measure {measure['id']} has no deadline; expected a 完成时限：… line",
                           measure["span"])
    last = measures[-1] if measures else None
    if last and last["text"] and last["text"][-1] not in SENTENCE_END and not last["units"]:
        context.report("truncated-measure", Severity.WARNING,
                       f"measure {last['id']} ends mid-sentence without units: the text looks "
                       "truncated", last["span"])
