"""Choosing rules by code (``PUN001``), code prefix (``PUN``), name or ``ALL``.

A rule runs when its most specific matching ``select``/``extend-select`` entry is more
specific than its most specific ``ignore`` entry (a full code or name beats a prefix, a
longer prefix beats a shorter one, anything beats ``ALL``) — the way ruff decides.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from tgbe.lint.rules.base import Rule
from tgbe.lint.rules.registry import RULES

ALL = "ALL"
_EXACT = 1000


def specificity(selector: str, rule: type[Rule]) -> int | None:
    """How specifically ``selector`` names ``rule`` (None: it does not)."""
    if selector.upper() == ALL:
        return 0
    if selector == rule.name or selector.upper() == rule.code:
        return _EXACT
    if rule.code.startswith(selector.upper()):
        return len(selector)
    return None


def matches_any_rule(selector: str) -> bool:
    """Whether ``selector`` names at least one registered rule."""
    return any(specificity(selector, rule) is not None for rule in RULES)


def suggest(selector: str) -> str:
    """``"; did you mean X, Y?"`` with registered codes and names close to ``selector``."""
    candidates = [rule.code for rule in RULES] + [rule.name for rule in RULES]
    close = difflib.get_close_matches(selector, candidates, n=3, cutoff=0.5)
    close += [code for code in difflib.get_close_matches(selector.upper(), candidates, n=3,
                                                          cutoff=0.5) if code not in close]
    for length in range(len(selector) - 1, 1, -1):
        if close:
            break
        close = [code for code in candidates if code.startswith(selector[:length].upper())]
    return f"; did you mean {', '.join(close[:3])}?" if close else ""


def enabled(selected: Iterable[str], ignored: Iterable[str]) -> list[type[Rule]]:
    """The registered rules chosen by ``selected`` minus ``ignored``, in registry order."""
    selected, ignored = list(selected), list(ignored)
    chosen = []
    for rule in RULES:
        best_select = _best(selected, rule)
        best_ignore = _best(ignored, rule)
        if best_select is not None and (best_ignore is None or best_select > best_ignore):
            chosen.append(rule)
    return chosen


def _best(selectors: list[str], rule: type[Rule]) -> int | None:
    scores = [score for selector in selectors
              if (score := specificity(selector, rule)) is not None]
    return max(scores, default=None)
