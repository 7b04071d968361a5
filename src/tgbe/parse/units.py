"""Unit names: canonical forms through the alias table, collective phrases, unit lists."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tgbe.data.aliases import ALIASES, PATTERNS, PREFIXES
from tgbe.data.lexicon import (
    COLLECTIVE_MARKERS,
    COLLECTIVE_SUFFIXES,
    UNIT_LIST_TRAILERS,
    UNIT_SUFFIXES,
)
from tgbe.parse.records import UnitRecord
from tgbe.vocab import UnitRole

if TYPE_CHECKING:
    from tgbe.models import Unit

_SEPARATORS = re.compile(r"[、，,；;/／\s]+")
# A bracket closing a unit's name: a second nameplate (省市场监管局（省知识产权局）) or a note
# (各街道（功能区）).
_SECOND_NAME = re.compile(r"[（(][^（()）]+[）)]$")


class AliasTable:
    """Variants of unit names mapped to canonical core names, plus whole-name patterns.

    Not changed after it is made (:meth:`extended` makes a new table).  A plain class: a
    frozen dataclass is created at every start, which costs more than the table's use.
    """

    __slots__ = ("_memo", "cores", "official", "patterns", "prefixes", "wholes")

    def __init__(self, cores: Mapping[str, str], patterns: Sequence[tuple[re.Pattern[str], str]],
                 prefixes: tuple[str, ...], wholes: Mapping[str, str] | None = None,
                 official: frozenset[str] = frozenset()) -> None:
        self.cores = cores
        self.patterns = patterns
        self.prefixes = prefixes
        self.wholes: Mapping[str, str] = {} if wholes is None else wholes
        self.official = official
        self._memo: dict[str, str] = {}

    def canonical(self, name: str) -> str:
        """Canonical form of ``name``: prefix kept, core replaced by its canonical name."""
        known = self._memo.get(name)
        if known is None:
            known = self._memo[name] = self._resolve(name)
        return known

    def _resolve(self, name: str) -> str:
        second = _SECOND_NAME.search(name)
        if second is not None and _is_single_unit(name[: second.start()]) and _is_single_unit(
            second.group()[1:-1]
        ):  # A（B）, both names of one unit: B is A's other nameplate
            return self.canonical(name[: second.start()])
        for pattern, template in self.patterns:
            match = pattern.match(name)
            if match:
                return template.format(**match.groupdict())
        if name in self.wholes:
            return self.wholes[name]
        if name in self.cores:
            return self.cores[name]
        for prefix in self.prefixes:
            if name.startswith(prefix) and name[len(prefix) :] in self.cores:
                return prefix + self.cores[name[len(prefix) :]]
        return name

    def extended(self, aliases: Mapping[str, Sequence[str]]) -> AliasTable:
        """A copy with user aliases (canonical -> variants) added.

        A canonical name that starts with an administrative prefix (县自来水公司) and is not
        a known core is a whole name: its variants map to it as they are, never prefixed.
        """
        cores, wholes = dict(self.cores), dict(self.wholes)
        official = set(self.official)
        for canonical, variants in aliases.items():
            official.add(canonical)
            target = wholes if self._is_whole(canonical) else cores
            target[canonical] = canonical
            target.update({variant: canonical for variant in variants})
        return AliasTable(cores, self.patterns, self.prefixes, wholes, frozenset(official))

    def is_official(self, key: str) -> bool:
        """Whether the user's configuration names ``key`` (with or without its prefix)."""
        return key in self.official or (
            key[:1] in self.prefixes and key[1:] in self.official)

    def _is_whole(self, canonical: str) -> bool:
        return canonical not in self.cores and canonical.startswith(self.prefixes)


@cache
def default_aliases() -> AliasTable:
    """The alias table shipped in ``tgbe/data/aliases.py``."""
    cores: dict[str, str] = {}
    for canonical, variants in ALIASES.items():
        cores[canonical] = canonical
        cores.update({variant: canonical for variant in variants})
    patterns = [(re.compile(pattern), template) for pattern, template in PATTERNS]
    return AliasTable(cores, patterns, PREFIXES)


@lru_cache(maxsize=4096)
def is_collective(name: str) -> bool:
    """Whether ``name`` is a collective phrase (各相关单位, 县直各单位, 县工改成员单位).

    A collective phrase holds a marker (各, 相关, 成员单位 …) or ends in a generic noun
    (…部门, …单位, …企业) instead of the name of one unit.
    """
    return has_collective_marker(name) or name.endswith(COLLECTIVE_SUFFIXES)


def has_collective_marker(name: str) -> bool:
    """Whether ``name`` holds a marker of a collective phrase (各, 有关, 相关, 成员单位)."""
    return any(marker in name for marker in COLLECTIVE_MARKERS)


def _is_single_unit(name: str) -> bool:
    return looks_like_unit(name) and not is_collective(name)


def looks_like_unit(name: str) -> bool:
    """Whether ``name`` ends like the name of a unit (…局, …委, …中心, …公司)."""
    return 2 <= len(name) <= 30 and name.endswith(UNIT_SUFFIXES)


def split_unit_names(text: str) -> list[str]:
    """Split a unit list (``A、B，C；D``) into names, dropping trailing words and full stops."""
    cleaned = text.strip().rstrip("。.；;，,")
    stripped = True
    while stripped:
        stripped = False
        for trailer in UNIT_LIST_TRAILERS:
            if cleaned.endswith(trailer) and len(cleaned) > len(trailer):
                cleaned = cleaned[: -len(trailer)].rstrip("、，,")
                stripped = True
                break
    return [name for name in _SEPARATORS.split(cleaned) if name]


def unit_record(
    name: str, role: UnitRole, aliases: AliasTable, canonical: str | None = None
) -> UnitRecord:
    """A unit as plain data in the shape of :class:`tgbe.models.Unit`."""
    key = canonical or aliases.canonical(name)
    return {"name": name, "canonical": key, "key": key,
            "collective": is_collective(name), "role": role}


def make_units(
    names: Sequence[str], role: UnitRole, aliases: AliasTable | None = None
) -> list[Unit]:
    """Build :class:`Unit` models for names as written, with canonical names and flags."""
    from tgbe.models import Unit

    table = aliases or default_aliases()
    return [Unit(**unit_record(name, role, table)) for name in names]
