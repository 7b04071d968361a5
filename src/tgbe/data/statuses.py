"""Words for a measure's status in a progress ledger (工作台账), Chinese and English.

Status value -> the words an analyst may write for it; the first Chinese word is the one
tgbe writes in Chinese sheets (the 状态 drop-down).  Users write any of them.
"""

from __future__ import annotations

STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "todo": ("未启动", "未开始"),
    "in_progress": ("推进中", "进行中"),
    "done": ("已完成", "完成"),
    "extended": ("延期", "已延期"),
    "dropped": ("不再实施", "取消"),
}

# Ledger keys in Chinese -> the ledger's field names.
FIELD_WORDS: dict[str, str] = {
    "状态": "status",
    "日期": "date",
    "更新日期": "date",
    "新时限": "new_deadline",
    "备注": "note",
    "进展": "progress",
    "进展情况": "progress",
    "佐证": "evidence",
    "佐证材料": "evidence",
    "历史": "history",
}
