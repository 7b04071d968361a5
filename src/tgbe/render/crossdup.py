"""``tgbe crossdup`` output: one line per shared measure, or the report as JSON."""

from __future__ import annotations

from tgbe.compare.crossdup import CrossDupReport, MeasureRef, SharedMeasure
from tgbe.infra.i18n import Lang, tr
from tgbe.render.safe import safe_text
from tgbe.render.serialize import to_json
from tgbe.render.sheet import csv_text, headers


def render_crossdup(report: CrossDupReport, fmt: str, lang: Lang) -> str:
    """Render ``report`` as ``text`` (one line per pair and a summary), ``json`` or ``csv``."""
    if fmt == "json":
        return to_json(report)
    if fmt == "csv":
        return crossdup_csv(report)
    lines = [safe_text(_pair_line(pair, lang)) for pair in report.shared]
    lines.append(_summary(report, lang))
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ("original_path", "original_id", "original_line", "duplicate_path",
               "duplicate_id", "duplicate_line", "similarity", "direction", "text")


def crossdup_csv(report: CrossDupReport) -> str:
    """One row per shared pair: both places, the similarity, the direction and the text."""
    return csv_text(headers(*CSV_COLUMNS), (
        [pair.original.path, pair.original.measure_id, pair.original.line,
         pair.duplicate.path, pair.duplicate.measure_id, pair.duplicate.line,
         f"{pair.similarity:g}", tr(f"direction.{pair.direction}"), pair.duplicate.text]
        for pair in report.shared
    ))


def _where(ref: MeasureRef) -> str:
    return f"{ref.path}:{ref.line}:{ref.column}"


def _pair_line(pair: SharedMeasure, lang: Lang) -> str:
    copy, original = pair.duplicate, pair.original
    year = "year" if len(original.edition or "") == 4 else "other"
    how = (tr(f"crossdup.copied.{year}", lang, edition=original.edition)
           if pair.direction == "copied" else tr("crossdup.undetermined", lang))
    return tr("crossdup.pair", lang, copy=_where(copy), copy_id=copy.measure_id,
              original=_where(original), original_id=original.measure_id,
              similarity=f"{pair.similarity:g}", how=how)


def _summary(report: CrossDupReport, lang: Lang) -> str:
    return tr("crossdup.summary", lang, notices=report.notices, measures=report.measures,
              pairs=len(report.shared))
