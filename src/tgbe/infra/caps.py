"""Diagnostics that cannot flood: at most N shown per code per file, then one count line."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from tgbe.infra.i18n import Lang

DEFAULT_MAX_DIAGNOSTICS = 20
T = TypeVar("T")


def capped(
    items: Iterable[T], key: Callable[[T], tuple[str, str]], limit: int | None
) -> tuple[list[T], Counter[tuple[str, str]]]:
    """The first ``limit`` items of each ``key`` (file, code), in order, and what was left out.

    ``limit=None`` keeps everything.
    """
    kept: list[T] = []
    seen: Counter[tuple[str, str]] = Counter()
    omitted: Counter[tuple[str, str]] = Counter()
    for item in items:
        group = key(item)
        seen[group] += 1
        if limit is None or seen[group] <= limit:
            kept.append(item)
        else:
            omitted[group] += 1
    return kept, omitted


def omitted_lines(omitted: Counter[tuple[str, str]], what: str, lang: Lang) -> list[str]:
    """``FILE: … and 999,966 more stray-line warnings`` per (file, code) left out."""
    if lang == "zh":
        names = {"warning": "警告", "error": "错误", "finding": "问题"}
        return [f"{path}: …另有 {count:,} 条 {code} {names.get(what, what)}未显示"
                f"（--max-diagnostics N 或 --all 可显示更多）"
                for (path, code), count in omitted.items()]
    return [f"{path}: … and {count:,} more {code} {what}s (show more with --max-diagnostics N "
            "or --all)" for (path, code), count in omitted.items()]


class Smallest(Generic[T]):
    """The ``limit`` smallest items of each group, chosen as they are offered.

    Memory stays at ``limit`` items per group however many are offered; ``limit=None``
    keeps everything.  Ties keep the order of offering.
    """

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self._heaps: dict[str, list[tuple[tuple[int, ...], int, T]]] = {}
        self._offered = 0

    def offer(self, group: str, order: tuple[int, ...], item: T) -> T | None:
        """Offer ``item`` of ``group`` at ``order``; return the item left out, if any."""
        self._offered += 1
        key = tuple(-part for part in order), -self._offered
        heap = self._heaps.setdefault(group, [])
        if self.limit is None or len(heap) < self.limit:
            heapq.heappush(heap, (*key, item))
            return None
        if key > heap[0][:2]:
            return heapq.heapreplace(heap, (*key, item))[2]
        return item

    def kept(self) -> list[T]:
        """The kept items, sorted by order, then group, then order of offering."""
        found = [(tuple(-part for part in order), group, -offered, item)
                 for group, heap in self._heaps.items() for order, offered, item in heap]
        found.sort(key=lambda entry: entry[:3])
        return [entry[3] for entry in found]
