"""``tgbe diff`` output: changes grouped by kind in rich tables, or the model as JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tgbe.compare.diff import MARKERS, Change, ChangeKind, NoticeDiff, diff_segments
from tgbe.infra.i18n import Lang, count_of, tr
from tgbe.render.serialize import to_json

if TYPE_CHECKING:
    from rich.text import Text

TITLES: dict[ChangeKind, tuple[str, str]] = {
    ChangeKind.HEADER_CHANGED: ("Notice header changed", "文件信息变更"),
    ChangeKind.INDICATOR_ADDED: ("Indicators added", "新增指标"),
    ChangeKind.INDICATOR_REMOVED: ("Indicators removed", "删除指标"),
    ChangeKind.INDICATOR_RENAMED: ("Indicators renamed", "指标更名"),
    ChangeKind.INDICATOR_RENUMBERED: ("Indicators renumbered", "指标重新编号"),
    ChangeKind.MEASURE_ADDED: ("Measures added", "新增举措"),
    ChangeKind.MEASURE_REMOVED: ("Measures removed", "删除举措"),
    ChangeKind.MEASURE_REWORDED: ("Measures reworded", "举措改写"),
    ChangeKind.MEASURE_MOVED: ("Measures moved to another indicator", "举措移至其他指标"),
    ChangeKind.MEASURE_RENUMBERED: ("Measures renumbered", "举措重新编号"),
    ChangeKind.DEADLINE_CHANGED: ("Deadlines changed", "完成时限变更"),
    ChangeKind.UNIT_RENAMED: ("Units renamed everywhere", "单位更名"),
    ChangeKind.UNIT_ADDED: ("Units added to a measure", "举措新增责任单位"),
    ChangeKind.UNIT_REMOVED: ("Units removed from a measure", "举措删除责任单位"),
    ChangeKind.LEAD_CHANGED: ("Lead units changed", "牵头单位变更"),
    ChangeKind.BENCHMARK_CHANGED: ("Benchmark cities changed", "对标城市变更"),
    ChangeKind.SUMMARY_REWORDED: ("Indicator summaries reworded", "指标概述改写"),
    ChangeKind.TARGET_CHANGED: ("Targets changed", "目标值变更"),
    ChangeKind.TARGET_ADDED: ("Targets added", "新增目标"),
    ChangeKind.TARGET_REMOVED: ("Targets removed", "删除目标"),
}
_STYLES = {"=": "", "-": "bold red strike", "+": "bold green"}


def render_diff(result: NoticeDiff, fmt: str, lang: Lang) -> str:
    """Render ``result`` as ``text`` (tables grouped by kind, then a summary) or ``json``."""
    if fmt == "json":
        return to_json(result)
    return diff_text(result, lang)


def _title(kind: ChangeKind, lang: Lang) -> str:
    """The title of a kind of change in ``lang`` (``TITLES`` holds English, Chinese)."""
    return TITLES[kind][("en", "zh").index(lang)]


def summary_line(result: NoticeDiff, lang: Lang) -> str:
    """One line: how many differences of which kinds (``no differences`` when equal)."""
    total = len(result.changes)
    if not total:
        return tr("diff.none", lang, old=result.old_path, new=result.new_path)
    parts = tr("diff.separator", lang).join(
        tr("diff.count", lang, kind=kind, title=_title(ChangeKind(kind), lang), n=n)
        for kind, n in result.counts.items())
    return count_of(total, "diff.total", lang, parts=parts)


def diff_text(result: NoticeDiff, lang: Lang) -> str:
    """One rich table per kind of change, in a fixed order, then the summary line."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from tgbe.render.console import render_to_text

    parts: list[Table | Text] = []
    for kind in TITLES:
        changes = [change for change in result.changes if change.kind is kind]
        if not changes:
            continue
        title = _title(kind, lang)
        parts.append(Text(tr("diff.title", lang, title=title, n=len(changes)), style="bold"))
        table = Table()
        table.add_column(tr("col.where", lang), max_width=24, overflow="fold")
        wording = any(change.diff is not None for change in changes)
        columns: list[tuple[str, Callable[[Change], str | Text]]] = (
            [(tr("diff.change", lang), _marked)] if wording else [
                (header, getter) for header, getter, present in (
                    (tr("diff.before", lang), _old, any(change.old for change in changes)),
                    (tr("diff.after", lang), _new, any(change.new for change in changes)),
                ) if present
            ]
        )
        for header, _ in columns:
            table.add_column(header, overflow="fold")
        for change in changes:
            table.add_row(_where(change, lang), *(getter(change) for _, getter in columns))
        parts.append(table)
    return render_to_text(Group(*parts)) + summary_line(result, lang) + "\n"


def _old(change: Change) -> str:
    return change.old or ""


def _new(change: Change) -> str:
    return change.new or ""


def _where(change: Change, lang: Lang) -> str:
    if change.field is not None:
        return change.field
    if change.measure_ids:
        return " ".join(change.measure_ids)
    if change.old_id and change.new_id and change.old_id != change.new_id:
        return f"{change.old_id} → {change.new_id}"
    measure = change.new_id or change.old_id
    if measure:
        return measure
    return tr("diff.indicator", lang, n=change.indicator) if change.indicator is not None else ""


def _marked(change: Change) -> Text:
    from rich.text import Text

    text = Text()
    for operation, part in diff_segments(change.old or "", change.new or ""):
        opening, closing = MARKERS[operation]
        text.append(opening + part + closing, style=_STYLES[operation])
    return text
