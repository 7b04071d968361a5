"""``tgbe status import`` output: what changed in the ledger and what conflicts remain."""

from __future__ import annotations

from tgbe.infra.i18n import Lang
from tgbe.render.serialize import to_json
from tgbe.track.intake import ImportResult
from tgbe.track.ledger import status_label

_FIELDS_ZH = {"status": "状态", "new_deadline": "新时限", "progress": "进展",
              "evidence": "佐证"}


def render_import(result: ImportResult, fmt: str, lang: Lang) -> str:
    """``text`` (a summary line, one line per change and per conflict) or ``json``."""
    if fmt == "json":
        return to_json(result)
    zh = lang == "zh"
    lines = [_summary(result, zh)]
    for change in result.changes:
        units = "、".join(change.units)
        fields = ("、".join(_FIELDS_ZH[name] for name in change.fields) if zh
                  else ", ".join(change.fields))
        before, after = ((status_label(change.before), status_label(change.after)) if zh
                         else (change.before.value, change.after.value))
        moved = f"{before} → {after}" if before != after else before
        lines.append(f"  {change.id:<6} {moved}  [{fields}]  {units}")
    for conflict in result.conflicts:
        reports = ("；" if zh else "; ").join(
            f"{report.unit} {status_label(report.status)}（{report.place}）" if zh
            else f"{report.unit} {report.status.value} ({report.place})"
            for report in conflict.reports)
        lines.append(f"  {'冲突' if zh else 'conflict'} {conflict.id}: {reports}")
    return "\n".join(lines) + "\n"


def _summary(result: ImportResult, zh: bool) -> str:
    changed, conflicts = len(result.changes), len(result.conflicts)
    if zh:
        done = "已写入" if result.written else "未写入（--dry-run 或无变化）"
        return (f"{result.ledger}：读取 {result.rows} 行，更新 {changed} 项举措，"
                f"冲突 {conflicts} 项待核实；{done}")
    done = "written" if result.written else "not written (--dry-run or no change)"
    return (f"{result.ledger}: {result.rows} rows read, {changed} measures changed, "
            f"{conflicts} conflicts to settle; {done}")
