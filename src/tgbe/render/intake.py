"""``tgbe status import`` output: what changed in the ledger and what conflicts remain."""

from __future__ import annotations

from tgbe.infra.i18n import Lang, tr
from tgbe.render.serialize import to_json
from tgbe.track.intake import ImportResult
from tgbe.track.ledger import Status, status_label


def render_import(result: ImportResult, fmt: str, lang: Lang) -> str:
    """``text`` (a summary line, one line per change and per conflict) or ``json``."""
    if fmt == "json":
        return to_json(result)
    lines = [tr("import.summary", lang, ledger=result.ledger, rows=result.rows,
                changed=len(result.changes), conflicts=len(result.conflicts),
                done=tr("import.written" if result.written else "import.not_written", lang))]
    for change in result.changes:
        units = "、".join(change.units)
        fields = tr("list.separator", lang).join(tr(f"import.field.{name}", lang)
                                                 for name in change.fields)
        before, after = _status(change.before, lang), _status(change.after, lang)
        moved = f"{before} → {after}" if before != after else before
        lines.append(f"  {change.id:<6} {moved}  [{fields}]  {units}")
    for conflict in result.conflicts:
        reports = tr("import.separator", lang).join(
            tr("import.report", lang, unit=report.unit, status=_status(report.status, lang),
               place=report.place)
            for report in conflict.reports)
        lines.append(tr("import.conflict", lang, id=conflict.id, reports=reports))
    return "\n".join(lines) + "\n"


def _status(status: Status, lang: Lang) -> str:
    """A status as the reader of ``lang`` writes it: 已完成, ``done``."""
    return tr("import.status", lang, word=status_label(status), value=status.value)
