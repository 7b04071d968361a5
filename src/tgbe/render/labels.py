"""Words for the progress figures, in Chinese and English (one table for every renderer)."""

from __future__ import annotations

from tgbe.infra.i18n import Lang

# Tally field -> (Chinese, English); the order is the column order of every table.
TALLY_LABELS: dict[str, tuple[str, str]] = {
    "total": ("举措总数", "measures"),
    "done": ("已完成", "done"),
    "in_progress": ("推进中", "in progress"),
    "not_started": ("未启动", "not started"),
    "overdue": ("逾期", "overdue"),
    "dropped": ("已取消", "dropped"),
    "due_soon": ("30天内到期", "due within 30 days"),
    "undated": ("无明确时限", "undated"),
}
TALLY_FIELDS: tuple[str, ...] = tuple(TALLY_LABELS)
# The stages in the order of the stacked bars, left to right.
STAGE_FIELDS: tuple[str, ...] = ("done", "in_progress", "not_started", "overdue", "dropped")


def tally_label(field: str, lang: Lang, within_days: int = 30) -> str:
    """The label of a tally field in ``lang`` (the due-soon window as given)."""
    zh, en = TALLY_LABELS[field]
    text = zh if lang == "zh" else en
    return text.replace("30", str(within_days)) if field == "due_soon" else text
