"""Traditional characters read as simplified, one character for one character.

Web copies of notices are sometimes converted to traditional characters.  The parser's
words (牵头, 责任单位, 完成时限 …) are simplified, so such a text is folded to simplified
before parsing.  The fold maps single characters only (from the traditional→simplified
table shipped by the ``zhconv`` package), so every line keeps its length and every span
still points at the same characters of the user's file.  Word-level substitutions of some
copies (最佳化 for 优化) are left as written.

The table is loaded only when a cheap test says the text may be traditional: many of its
characters fall outside GB2312, the simplified character set.
"""

from __future__ import annotations

import json
from functools import cache

# A text is looked at closely when at least this many characters are outside GB2312 …
_MIN_UNUSUAL = 5
# … and is folded when traditional-only characters outnumber simplified-only ones this much.
_RATIO = 3


@cache
def _tables() -> tuple[dict[int, str], frozenset[str], frozenset[str]]:
    # Imported here: importlib.resources costs ~3 ms of every start-up, and only the
    # rare traditional-character text needs the table.
    from importlib import resources

    raw = resources.files("zhconv").joinpath("zhcdict.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    fold = {
        ord(source): target
        for source, target in data["zh2Hans"].items()
        if len(source) == 1 and len(target) == 1 and source != target
    }
    return fold, frozenset(data["TRADONLY"]), frozenset(data["SIMPONLY"])


def _unusual(text: str) -> int:
    """How many characters of ``text`` GB2312 (simplified Chinese) cannot encode."""
    kept = text.encode("gb2312", errors="ignore").decode("gb2312")
    return len(text) - len(kept)


def looks_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters."""
    if _unusual(text) < _MIN_UNUSUAL:
        return False
    _, traditional, simplified = _tables()
    trad = sum(1 for char in text if char in traditional)
    simp = sum(1 for char in text if char in simplified)
    return trad >= _MIN_UNUSUAL and trad >= _RATIO * simp


def to_simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form."""
    fold, _, _ = _tables()
    return text.translate(fold)


def fold_if_traditional(text: str) -> str:
    """``text`` folded to simplified characters if it looks traditional, else unchanged."""
    return to_simplified(text) if looks_traditional(text) else text


def for_matching(text: str) -> str:
    """``text`` with any traditional characters folded to simplified, to compare names and
    texts across scripts (縣法院 matches 县法院); a text within GB2312 is returned as is."""
    return to_simplified(text) if _unusual(text) else text
