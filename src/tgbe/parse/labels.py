"""Field labels by shape: a short phrase before a colon is a label, its role read from its words.

``牵头考核单位：``, ``责任地区：``, ``实施主体：`` and ``完成时间：`` are labels because they
are short and end like one (单位, 部门, 地区, 时限, 时间 …), not because a list names them;
a unit label's role comes from the words it holds (牵头 → lead, 配合 → support, 责任 →
responsible), in the order of ``LABEL_ROLE_WORDS``.  Labels a user taught in ``tgbe.toml``
(:mod:`tgbe.parse.layout`) come first: their role is the one taught.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from tgbe.data.lexicon import (
    DEADLINE_KEYS,
    DEADLINE_LABEL_WORDS,
    LABEL_MAX_LENGTH,
    LABEL_ROLE_WORDS,
    PERSON_LABEL_ENDINGS,
    SUSPICIOUS_UNIT_LENGTH,
    SUSPICIOUS_UNIT_WORDS,
    UNIT_KEYS,
    UNIT_LABEL_ENDINGS,
)
from tgbe.lang.patterns import any_of
from tgbe.parse.benchmarks import is_benchmark_label
from tgbe.parse.taught import Taught, active
from tgbe.vocab import UnitRole

_HAS_SUSPICIOUS_WORD = any_of(SUSPICIOUS_UNIT_WORDS)
#: A label candidate inside a line or bracket: a short run of Han characters before a colon,
#: at the start or after a separator.
LABEL_SHAPE = re.compile(
    r"(?:(?<=^)|(?<=[，,；;。、\s（(]))(?P<label>[^\W\d_A-Za-z]{2,"
    + str(LABEL_MAX_LENGTH) + r"})[ \t\u3000]*[：:]"
)


def _role_of(label: str) -> UnitRole | None:
    return next((role for role, words in LABEL_ROLE_WORDS
                 if any(word in label for word in words)), None)


def is_deadline_label(label: str) -> bool:
    """Whether ``label`` (without its colon) introduces a deadline (完成时间, 时间节点)."""
    role = active().roles.get(label)
    return role == "deadline" if role is not None else _is_deadline_label(label)


@lru_cache(maxsize=1024)
def _is_deadline_label(label: str) -> bool:
    return label in DEADLINE_KEYS or (
        len(label) <= LABEL_MAX_LENGTH and any(word in label for word in DEADLINE_LABEL_WORDS)
        and not label.endswith(UNIT_LABEL_ENDINGS))


def unit_label_role(label: str) -> UnitRole | None:
    """The role of the units a label introduces (牵头考核单位 → lead), or ``None``.

    A label ends in a unit word (单位, 部门, 地区, 主体 …) or is a short role phrase (牵头,
    配合); a benchmark label (对标地区) and a deadline label are not unit labels.  A taught
    label has the role it was taught.
    """
    role = active().roles.get(label)
    if role is not None:
        return None if role == "deadline" else UnitRole(role)
    return _unit_label_role(label)


@lru_cache(maxsize=1024)
def _unit_label_role(label: str) -> UnitRole | None:
    if label in UNIT_KEYS:
        return UNIT_KEYS[label]
    if (not label or len(label) > LABEL_MAX_LENGTH or _is_deadline_label(label)
            or is_benchmark_label(label) or is_person_label(label)):
        return None
    role = _role_of(label)
    if label.endswith(UNIT_LABEL_ENDINGS):
        return role or UnitRole.RESPONSIBLE
    return role if len(label) <= 4 else None


def is_person_label(label: str) -> bool:
    """Whether ``label`` introduces persons rather than units (牵头领导, 责任领导, 联系人)."""
    return (2 < len(label) <= LABEL_MAX_LENGTH and label.endswith(PERSON_LABEL_ENDINGS)
            and label not in active().roles)


def is_measure_label(label: str) -> bool:
    """Whether ``label`` introduces a measure's deadline, units or responsible persons."""
    return _is_measure_label(label, active())


@lru_cache(maxsize=4096)
def _is_measure_label(label: str, layout: Taught) -> bool:
    # ``layout`` keys the cache (a taught label may be a measure label); the builder asks
    # about the same few labels thousands of times per notice.
    del layout
    return is_deadline_label(label) or unit_label_role(label) is not None or is_person_label(label)


def is_field_label(label: str) -> bool:
    """Whether ``label`` starts a field line: a measure label or a benchmark label."""
    return is_measure_label(label) or is_benchmark_label(label)


def label_values(text: str, *, fields_only: bool = False) -> Iterator[tuple[str, int, int]]:
    """``(label, start, end)`` for each label found by shape in ``text``
    (:data:`LABEL_SHAPE`), its value being ``text[start:end]``: up to the next label, or with
    ``fields_only`` up to the next field label (a label-shaped phrase that is no field, and
    is no label of its own, stays inside the value before it)."""
    labels = [match for match in LABEL_SHAPE.finditer(text)
              if not fields_only or is_field_label(match["label"])]
    for index, match in enumerate(labels, start=1):
        end = labels[index].start() if index < len(labels) else len(text)
        yield match["label"], match.end(), end


def is_suspicious_unit(name: str) -> bool:
    """Whether a unit name looks misread: too long, or holding a colon or a verb phrase."""
    return len(name) > SUSPICIOUS_UNIT_LENGTH or _HAS_SUSPICIOUS_WORD(name) is not None
