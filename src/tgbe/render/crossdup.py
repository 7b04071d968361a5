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
    if lang == "zh":
        edition = f"{original.edition} 年" if len(original.edition or "") == 4 else original.edition
        how = f"抄自 {edition}版" if pair.direction == "copied" else "先后不明"
        return (f"{_where(copy)}: 举措 {copy.measure_id} 与 {_where(original)} 举措 "
                f"{original.measure_id} 相同或相近（相似度 {pair.similarity:g}，{how}）")
    how = (f"copied from the {original.edition} edition" if pair.direction == "copied"
           else "order undetermined")
    return (f"{_where(copy)}: measure {copy.measure_id} repeats {_where(original)} measure "
            f"{original.measure_id} (similarity {pair.similarity:g}, {how})")


def _summary(report: CrossDupReport, lang: Lang) -> str:
    if lang == "zh":
        return (f"{report.notices} 份文件（{report.measures} 条举措）中有 "
                f"{len(report.shared)} 对举措相同或相近")
    return (f"{len(report.shared)} shared measure pair(s) among {report.notices} notices "
            f"({report.measures} measures)")
