"""Units and deadlines written inside a measure's text rather than on field lines.

* a closing bracket lists units: ``〔牵头单位：A，责任单位：B〕``, ``（A、B牵头，C负责）``,
  ``（A、B）``, possibly ending with a deadline (``…，6月底完成``); a field value is read the
  same way (``责任单位：A牵头，B配合``, ``A（牵头）、B``), and so is a heading's bracket;
* a bracket may hold only a deadline (``（2023年9月底前完成）``), next to the unit bracket;
* the text names its own deadline: ``2023年6月底前``, ``9月底前`` (the document's year),
  ``2023年12月31日前``, ``年底前``, or an ongoing clause such as ``…，持续推进。``;
  target phrases (``到2025年``, ``缩短至100个工作日内``) are not deadlines;
* failing those, a last clause that starts with a time and says what is reached by then
  (``…，5月底取得阶段性成效并持续推进。``) is the deadline, all of it (:func:`progress_clause`);
  a clause whose date describes the past or a start (``已``, ``以来``, ``起``) is not;
* a note such as ``（第一责任单位为牵头单位，下同）`` says the first unit of a list leads;
* units after the first may drop the administrative prefix (``市发改委、财政局``): the
  canonical name takes the prefix back (市财政局), the written name is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from tgbe.data.lexicon import (
    BEFORE_WORDS,
    CONVENTION_NOTE,
    CONVENTION_NOTE_START,
    CONVENTION_ONWARD,
    DUTY_QUALIFIERS,
    FIXED_HOLIDAYS,
    INLINE_ONGOING,
    LEAD_MARKERS,
    LEVEL_MIN_UNITS,
    LEVEL_SHARE,
    MONTH_PART_DAYS,
    NOT_PROGRESS_WORDS,
    ONWARD_WORDS,
    PROGRESS_LEADS,
    PROGRESS_WORDS,
    QUARTER_LETTERS,
    SEGMENT_ROLE_WORDS,
    SPRING_FESTIVAL_WORDS,
    UNIT_ETC,
    UNIT_JOINERS,
    UNIT_LIST_TRAILERS,
)
from tgbe.lang.patterns import (
    CLOSE_BRACKETS,
    DASHES,
    OPEN_BRACKETS,
    LazyPattern,
    any_of,
    either,
    has_colon,
)
from tgbe.parse.dates import interpret_deadline
from tgbe.parse.labels import is_deadline_label, label_values, unit_label_role
from tgbe.parse.records import UnitRecord
from tgbe.parse.taught import Taught, active
from tgbe.parse.units import (
    AliasTable,
    is_collective,
    looks_like_unit,
    split_unit_names,
    unit_record,
)
from tgbe.vocab import DeadlineKind, UnitRole

UnitGroup = tuple[UnitRole, list[str]]

_CONVENTION = LazyPattern(  # after a cheap test for its opening word
    r"[（(]?\s{0,3}(?P<note>" + CONVENTION_NOTE + r")\s{0,3}[，,；;]?\s{0,3}(?P<onward>"
    + "|".join(CONVENTION_ONWARD) + r")?\s{0,3}[）)]?"
)
_BEFORE = f"(?:{either(BEFORE_WORDS)})"
_HOLIDAY = either([*FIXED_HOLIDAYS, *SPRING_FESTIVAL_WORDS])
_INLINE_DEADLINE = re.compile(
    rf"(?:[0-9]{{4}}年)?(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}[日号]|{either(MONTH_PART_DAYS)}|底|末|份)?"
    rf"|第?[一二三四1-4]季度末?|[{QUARTER_LETTERS}][1-4]|上半年|下半年|年底|年末|{_HOLIDAY})"
    + _BEFORE
    + r"|[0-9]{4}年(?:底|末)?" + _BEFORE
    + r"|(?:(?<=^)|(?<=[，。；,;：:（(]))"
    + rf"(?:[自从]?[0-9]{{4}}(?:{either(ONWARD_WORDS)}))?"
    + rf"(?:{either(INLINE_ONGOING)})(?=[。；;，,）)]|$)"
)
_SEGMENTS = re.compile(r"[，,；;]")
# The last clause of a sentence that opens with a time: 5月底取得…, 2024年6月份实现…, 三季度…
_PROGRESS_CLAUSE = LazyPattern(
    rf"(?:^|[，,；;。])(?P<clause>(?:{either(PROGRESS_LEADS)})?"
    rf"(?:[0-9]{{4}}年)?(?:[0-9]{{1,2}}月(?:[0-9]{{1,2}}[日号]|{either(MONTH_PART_DAYS)}|底|末|份)?"
    rf"|第?[一二三四1-4]季度末?|上半年|下半年|年底|年末|年内)[^，,；;。]*)[。；;]?$"
)
# Role words closing a segment of a label-less list, longest first (分别负责 before 负责).
_SEGMENT_ROLES: tuple[tuple[str, UnitRole], ...] = tuple(sorted(
    ((word, role) for role, words in ((UnitRole.LEAD, LEAD_MARKERS), *SEGMENT_ROLE_WORDS)
     for word in words),
    key=lambda pair: -len(pair[0])))
# Words closing a segment that give no role: 等, 等单位, 按职责分工.
_NEUTRAL_TAILS: tuple[str, ...] = tuple(sorted(
    {tail for tail in (*UNIT_LIST_TRAILERS, *DUTY_QUALIFIERS)
     if not any(tail.endswith(word) for word, _ in _SEGMENT_ROLES)}, key=len, reverse=True))
_ROLE_WORDS = tuple(word for word, _ in _SEGMENT_ROLES)
# A role given by a unit label after 为 (A为牵头单位, B为责任单位); it ends the segment, so
# it is searched for in the segment's last _ROLE_CLAUSE_LENGTH characters only.
_ROLE_CLAUSE = re.compile(r"(?:作为|为|是)(?P<label>[^\W\d_A-Za-z]{2,8})$")
_ROLE_CLAUSE_LENGTH = 10
# A text giving roles holds a role word or the 为/是 of a role clause (a cheap test before
# reading it segment by segment).
_HAS_ROLE_HINT = any_of((*_ROLE_WORDS, "为", "是"))
# A unit label before 为 at the start of a segment (牵头单位为A): the label of the names after it.
_UNIT_LABEL_IS = re.compile(r"(?:(?<=^)|(?<=[，,；;]))(?P<label>[^\W\d_A-Za-z]{2,8}?)为")
# A lead marker, bracketed or not (A牵头、B牵头, A（牵头）), before a separator, the end or a
# list's trailing word (A牵头负责).
_LEAD_MARK = re.compile(
    r"(?:[（(][ \t\u3000]*)?(?:" + either(LEAD_MARKERS)
    + r")(?:[ \t\u3000]*[）)])?(?=$|[、，,；;/／\s）)]|"
    + either(UNIT_LIST_TRAILERS) + ")"
)
# A text holding no lead marker's word has no lead marker: cheaper to find out than with the
# pattern, which may start anywhere.
_HAS_LEAD_WORD = any_of(LEAD_MARKERS)
_HAS_OPENING = any_of(OPEN_BRACKETS)
_INNER_BRACKET = re.compile(r"[（(](?P<inner>[^（）()]{2,80})[）)](?=.)")
_SENTENCE_STOPS = frozenset("。；;")
_CLAUSE_NAME_LENGTH = 16  # the longest unit name read from an unbracketed closing sentence
# The last dash of a text and what follows it (no further dash).
_CLOSING_DASH = re.compile(f"[{DASHES}]{{1,2}}(?=[^{DASHES}]+$)")
_DEADLINE_SENTENCE_LENGTH = 24  # the longest sentence read as only a deadline (长期坚持。)
_ANY_YEAR = 2000  # a year for phrases without one, when only the kind of phrase matters
# Separators inside brackets are shielded (private-use characters) while a list is split.
_SHIELD = {ord(char): chr(0xE000 + index) for index, char in enumerate("、，,；;/／ ")}
_UNSHIELD = {ord(shield): chr(char) for char, shield in _SHIELD.items()}
_BRACKET = LazyPattern("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "]")


class Convention(NamedTuple):
    """A note read from a unit list: the first unit leads (for later measures too if onward)."""

    first_leads: bool
    onward: bool


def strip_convention(text: str) -> tuple[str, Convention | None]:
    """Remove a unit-list convention note from ``text`` and say what it meant."""
    match = _CONVENTION.search(text) if CONVENTION_NOTE_START in text else None
    if match is None:
        return text, None
    cleaned = (text[: match.start()] + text[match.end() :]).strip()
    return cleaned, Convention(first_leads=True, onward=match.group("onward") is not None)


@lru_cache(maxsize=4096)
def _split_list(text: str, layout: Taught) -> tuple[str, ...]:
    # ``layout`` keys the cache: what reads as a deadline depends on the taught phrases.
    return tuple(_split_names(text))


def split_names(text: str) -> list[str]:
    """Split a unit list into names.

    Also splits at 及 between two names that both look like units, keeps one-character
    pieces with the name before them (市直各委、办、局 is one name) and drops deadline phrases
    (:func:`reads_as_deadline`): a date is never a unit.  Lists repeat across a notice's
    measures, so each distinct list is split once.
    """
    return list(_split_list(text, active()))


def _split_names(text: str) -> list[str]:
    names: list[str] = []
    for written in _split_outside_brackets(text):
        name = _without_qualifier(written)
        if not name or reads_as_deadline(name):
            continue
        if len(name) == 1 and names:
            names[-1] += "、" + name
        else:
            names.extend(_split_joined(name))
    return names


def _without_qualifier(name: str) -> str:
    """``name`` without a duty qualifier at its end (区建设局按职责分工 → 区建设局) and the
    word 由 ("by") before it (由区建设局牵头)."""
    name = name.removeprefix("由")
    for qualifier in DUTY_QUALIFIERS:
        if name.endswith(qualifier):
            return name[: -len(qualifier)]
    return name


def _shielded(text: str) -> str:
    """``text`` with the separators inside its brackets shielded (各县（市、区）政府).

    The nesting depth changes only at brackets, so the text is read run by run between
    them: a run inside brackets (depth above 0) is shielded as a whole.
    """
    if not _HAS_OPENING(text):
        return text
    depth, start, shielded = 0, 0, []
    for bracket in _BRACKET.finditer(text):
        run = text[start : bracket.start()]
        shielded.append(run.translate(_SHIELD) if depth > 0 else run)
        depth += 1 if bracket.group() in OPEN_BRACKETS else -1
        shielded.append(bracket.group())
        start = bracket.end()
    run = text[start:]
    shielded.append(run.translate(_SHIELD) if depth > 0 else run)
    return "".join(shielded)


def _split_outside_brackets(text: str) -> list[str]:
    """:func:`split_unit_names`, except at separators inside brackets."""
    shielded = _shielded(text)
    names = split_unit_names(shielded)
    return names if shielded is text else [name.translate(_UNSHIELD) for name in names]


def _segments(text: str) -> list[str]:
    """The segments of a unit list between ``，`` and ``；`` (not those inside brackets)."""
    shielded = _shielded(text)
    parts = _SEGMENTS.split(shielded)
    return parts if shielded is text else [part.translate(_UNSHIELD) for part in parts]


def _segment_role(segment: str) -> tuple[str, UnitRole | None]:
    """A segment without its closing role words, and the role they give (``A、B等按职责分工配合``
    → ``A、B``, support; ``A配合落实`` → support: the first role word counts; ``由A牵头``, ``A为
    牵头单位`` → lead: a unit label after 为 gives its role)."""
    body, role = segment.strip().rstrip("。."), None
    stripped = True
    while stripped:
        stripped = False
        clause = _ROLE_CLAUSE.search(body, max(0, len(body) - _ROLE_CLAUSE_LENGTH))
        if clause and unit_label_role(clause["label"]):
            body, role, stripped = body[: clause.start()], unit_label_role(clause["label"]), True
            continue
        if body.endswith(_ROLE_WORDS):
            word, role = next(pair for pair in _SEGMENT_ROLES if body.endswith(pair[0]))
            body, stripped = body[: -len(word)].rstrip("、，, "), True
        if body.endswith(_NEUTRAL_TAILS):
            tail = next((tail for tail in _NEUTRAL_TAILS
                         if body.endswith(tail) and len(body) > len(tail)), "")
            if tail:
                body, stripped = body[: -len(tail)], True
    return body, role


def _split_joined(name: str) -> list[str]:
    for joiner in UNIT_JOINERS:
        left, found, right = name.partition(joiner)
        if found and looks_like_unit(left) and looks_like_unit(right):
            return [left, *_split_joined(right)]
    for etc in UNIT_ETC:  # 县公共资源交易中心等相关部门: a unit and a collective phrase
        left, found, right = name.partition(etc)
        if found and looks_like_unit(left) and is_collective(right) and looks_like_unit(right):
            return [left, right]
    return [name]


class BracketReading(NamedTuple):
    """What a closing bracket says: unit groups and an optional trailing deadline phrase."""

    groups: list[UnitGroup]
    deadline: str | None = None
    convention: Convention | None = None


def read_bracket(inner: str) -> BracketReading | None:
    """Units (and a trailing deadline) named inside a measure's closing bracket, if any.

    Forms: ``牵头单位：A；责任单位：B``, ``A、B牵头，C负责``, ``A、B``, each possibly
    followed by ``，6月底完成``.  Returns ``None`` when the bracket is not a unit list.
    """
    text, convention = strip_convention(inner.strip())
    text, deadline = _split_deadline(text)
    groups = _labelled(text) or _lead_marked(text) or _units_only(_role_marked(text))
    if not groups:
        return None
    return BracketReading(groups, deadline or _labelled_deadline(text), convention)


def inner_brackets(text: str) -> list[BracketReading]:
    """Unit brackets closing a sentence inside a measure's text, before its last bracket
    (``…台账。（牵头单位：A）完善…。（B配合）``): only brackets that name their roles (a label,
    a lead marker or a closing role word) count, so that a bracket in a sentence is not read
    as units."""
    readings: list[BracketReading] = []
    for match in _INNER_BRACKET.finditer(text):
        before, after = text[match.start() - 1 : match.start()], text[match.end() :][:1]
        inner = match["inner"]
        if not (before in _SENTENCE_STOPS or after in _SENTENCE_STOPS):
            continue
        if not (_labelled(inner) or _has_lead_mark(inner) or _names_roles(inner)):
            continue
        reading = read_bracket(inner)
        readings.extend([reading] if reading else [])
    return readings


def closing_clause(text: str) -> tuple[str, BracketReading] | None:
    """Units named without a bracket in a measure's last sentence (``…。由A牵头，B配合，9月底
    前完成。``, ``…。牵头单位为A，B配合。``): the text before that sentence and its reading, if
    the sentence gives roles in words and every name in it looks like a unit of a plausible
    length.  A last sentence that is only a deadline (``…。A负责。长期坚持。``) is the reading's
    deadline, and the units are read from the sentence before it."""
    dashed = _dash_clause(text)
    if dashed is not None:
        return dashed
    stripped, start = _last_sentence(text)
    clause, deadline = stripped[start:], None
    if start > 0 and len(clause) <= _DEADLINE_SENTENCE_LENGTH and all(
            reads_as_deadline(segment) for segment in _segments(clause)):
        deadline = clause
        stripped, start = _last_sentence(stripped[:start])
        clause = stripped[start:]
    if "为" in clause:
        clause = _UNIT_LABEL_IS.sub(_label_colon, clause)
    if start <= 0 or not (_names_roles(clause) or _has_lead_mark(clause) or (
            has_colon(clause) and _labelled(clause))):
        return None
    reading = read_bracket(clause)
    if reading is None or not _units_only(reading.groups) or any(
            len(name) > _CLAUSE_NAME_LENGTH or "由" in name
            for _, names in reading.groups for name in names):
        return None
    return stripped[:start], reading._replace(deadline=reading.deadline or deadline)


def _dash_clause(text: str) -> tuple[str, BracketReading] | None:
    """Units set off the text by a closing dash (``…服务。——县市场监管局、县税务局，2025年10月
    底前``): read like a bracket's, when every name looks like a unit."""
    dash = _CLOSING_DASH.search(text)
    if dash is None:
        return None
    reading = read_bracket(text[dash.end() :])
    if reading is None or not _units_only(reading.groups):
        return None
    return text[: dash.start()].rstrip(), reading


def _last_sentence(text: str) -> tuple[str, int]:
    """``text`` without its closing stops, and where its last sentence starts (0: it has one
    sentence only)."""
    stripped = text.rstrip().rstrip("。；;")
    return stripped, max(stripped.rfind(stop) for stop in _SENTENCE_STOPS) + 1


def _label_colon(match: re.Match[str]) -> str:
    """``牵头单位为`` as ``牵头单位：`` when the words before 为 are a unit label."""
    return match["label"] + "：" if unit_label_role(match["label"]) else match[0]


def read_field(role: UnitRole, value: str) -> list[UnitGroup]:
    """Units of a field line's value, read as in a bracket: ``责任单位：A牵头，B配合``.

    ``role`` is the label's (责任单位 → responsible); lead markers in the value override it,
    and so do role words closing a segment (``牵头单位：A，B配合`` → B supports).
    """
    marked = _lead_marked(value)
    if marked:
        return marked
    return _role_marked(value, role) if _names_roles(value) else [(role, split_names(value))]


def deadline_bracket(inner: str) -> str | None:
    """The deadline phrase a bracket holds and nothing else (``（2023年9月底前完成）``), if so.

    Targets (``到2025年``) and unit names are not deadlines.
    """
    phrase = _unlabelled(inner.strip())
    if not phrase or phrase.startswith(("到", "至")) or looks_like_unit(phrase):
        return None
    kind = interpret_deadline(phrase, _ANY_YEAR)[0]
    return phrase if kind is not DeadlineKind.UNKNOWN else None


def _split_deadline(text: str) -> tuple[str, str | None]:
    """A unit list and the deadline phrases closing it (``…；6月底前完成梳理，12月底前上线``).

    Every trailing segment that reads as a deadline belongs to the phrase (the latest date
    is its due date, as on a field line); at least one segment is left for the units.
    """
    parts = _SEGMENTS.split(text)
    if len(parts) > 1 and reads_as_deadline(parts[0]) and not reads_as_deadline(parts[-1]):
        head = len(parts[0])  # （6月底完成，牵头单位：A）: the deadline before the units
        return text[head + 1 :].lstrip("，,；; "), _unlabelled(parts[0].strip())
    count = 0
    while count < len(parts) - 1 and reads_as_deadline(parts[len(parts) - 1 - count]):
        count += 1
    if not count:
        return text, None
    tail = sum(len(part) + 1 for part in parts[len(parts) - count :]) - 1
    return text[: len(text) - tail].rstrip("，,；; "), _unlabelled(text[len(text) - tail :].strip())


def reads_as_deadline(segment: str) -> bool:
    """Whether a segment of a unit list is a deadline phrase (``2023年6月底前完成梳理``).

    It does when the inline deadline pattern finds a phrase in it, or when it does not end
    like a unit and names a date or an ongoing period; such a segment is never a unit.
    """
    phrase = segment.strip()
    if not phrase:
        return False
    if _INLINE_DEADLINE.search(phrase):
        return True
    return (not looks_like_unit(phrase)
            and interpret_deadline(phrase, _ANY_YEAR)[0] is not DeadlineKind.UNKNOWN)


def _unlabelled(phrase: str) -> str:
    """A deadline phrase without its label (``完成时限：2024年6月底前`` → ``2024年6月底前``)."""
    label, colon, rest = phrase.partition("：") if "：" in phrase else phrase.partition(":")
    return rest.strip() if colon and is_deadline_label(label.strip()) else phrase


def _labelled(text: str) -> list[UnitGroup]:
    """Groups after unit labels found by shape (``牵头考核单位：A；配合部门：B``); a value
    after a deadline label (``完成时间：6月底``) or a benchmark label (``对标城市：杭州市``)
    is no unit."""
    groups: list[UnitGroup] = []
    for label, start, end in label_values(text, fields_only=True):
        role = unit_label_role(label)
        value = text[start:end].strip().rstrip("，,；;。")
        if role is not None and split_names(value):
            groups.extend(read_field(role, value))
    return groups


def _has_lead_mark(text: str) -> bool:
    """Whether ``text`` holds a lead marker (A牵头, A（主办）)."""
    return bool(_HAS_LEAD_WORD(text)) and _LEAD_MARK.search(text) is not None


def _lead_marked(text: str) -> list[UnitGroup]:
    """``A、B牵头，C配合``, ``A牵头、B牵头``, ``A（牵头）、B``: units up to the last marker lead,
    the units after it support."""
    if not _HAS_LEAD_WORD(text):
        return []
    marks = list(_LEAD_MARK.finditer(text))
    if not marks:
        return []
    leads = split_names(_LEAD_MARK.sub("、", text[: marks[-1].start()]))
    if not leads:
        return []
    return [(UnitRole.LEAD, leads), *_role_marked(text[marks[-1].end() :], UnitRole.SUPPORT)]


def _role_marked(text: str, role: UnitRole = UnitRole.RESPONSIBLE) -> list[UnitGroup]:
    """Units of a label-less list, segment by segment (``A负责，B、C配合``): a segment's closing
    role word gives its units' role; a segment without one keeps the role before it (``role``
    for the first)."""
    groups: list[UnitGroup] = []
    for segment in _segments(text):
        body, marked = _segment_role(segment)
        role = marked or role
        names = [name for name in split_names(body) if name not in UNIT_LIST_TRAILERS]
        if names:
            groups.append((role, names))
    return groups


def _names_roles(text: str) -> bool:
    """Whether a label-less list gives a role in words (``A负责``, ``B配合``)."""
    return bool(_HAS_ROLE_HINT(text)) and any(
        _segment_role(segment)[1] for segment in _segments(text))


def _units_only(groups: list[UnitGroup]) -> list[UnitGroup]:
    """``groups`` when every name in them looks like a unit, else none (a remark bracket)."""
    if groups and all(looks_like_unit(name) for _, names in groups for name in names):
        return groups
    return []


def _labelled_deadline(text: str) -> str | None:
    """The value of a deadline label among unit labels (``责任单位：A　时间节点：9月``)."""
    for label, start, end in label_values(text):
        if is_deadline_label(label):
            return text[start:end].strip().rstrip("，,；;。") or None
    return None


def resolve_roles(groups: list[UnitGroup], first_leads: bool) -> list[UnitGroup]:
    """Lead and supporting units kept apart.

    When a list names its lead units, the units it calls responsible (责任单位) support them;
    under a first-unit-leads convention an unlabelled list's first unit leads, the others
    support.
    """
    roles = {role for role, _ in groups}
    if UnitRole.LEAD in roles:
        return [(UnitRole.SUPPORT if role is UnitRole.RESPONSIBLE else role, names)
                for role, names in groups]
    if first_leads and roles == {UnitRole.RESPONSIBLE}:
        names = [name for _, batch in groups for name in batch]
        result: list[UnitGroup] = [(UnitRole.LEAD, names[:1])]
        return result + ([(UnitRole.SUPPORT, names[1:])] if names[1:] else [])
    return groups


def make_group_units(groups: list[UnitGroup], aliases: AliasTable) -> list[UnitRecord]:
    """Units of every group (as unit records), dropped prefixes taken back in canonicals; a
    unit named again in the same role (one bracket per sentence, each naming it) once."""
    units: list[UnitRecord] = []
    prefix = ""
    seen: set[tuple[str, UnitRole]] = set()
    for role, names in groups:
        for name in names:
            if (name, role) in seen:
                continue
            seen.add((name, role))
            own = written_prefix(name, aliases)
            if own:
                prefix = own
            canonical = aliases.canonical(name)
            if not own and prefix and name in aliases.cores:
                canonical = aliases.canonical(prefix + name)
            units.append(unit_record(name, role, aliases, canonical))
    return units


def written_prefix(name: str, aliases: AliasTable) -> str:
    """The administrative prefix ``name`` is written with (区 of 区市监局), or ``""``.

    A core name's own first character is no prefix: 市场监管局 is a core, not 市 + 场监管局.
    """
    if name[:1] in aliases.prefixes and name not in aliases.cores:
        return name[0]
    return ""


def notice_level(units: list[UnitRecord], aliases: AliasTable) -> str:
    """The prefix a notice writes its units with (市 when they are 市…局), or ``""``.

    Read from names written as prefix + core name (市住建局): the prefix that at least
    ``LEVEL_SHARE`` of them (and at least ``LEVEL_MIN_UNITS``) carry.  A notice mixing levels
    (县 units beside 市 units) has none.
    """
    prefixes = Counter(name[0] for name in (unit["name"] for unit in units)
                       if written_prefix(name, aliases) and name[1:] in aliases.cores)
    if not prefixes:
        return ""
    prefix, count = prefixes.most_common(1)[0]
    total = prefixes.total()
    return prefix if count >= LEVEL_MIN_UNITS and count >= LEVEL_SHARE * total else ""


def take_notice_level(units: list[UnitRecord], aliases: AliasTable) -> None:
    """Give the notice's level to unprefixed core names no prefixed name precedes in their
    list (``市场监管局、市税务局`` in a 市 notice → 市市场监督管理局)."""
    level = notice_level(units, aliases)
    if not level:
        return
    for unit in units:
        name = unit["name"]
        if name in aliases.cores and unit["canonical"] == aliases.canonical(name):
            unit["canonical"] = aliases.canonical(level + name)


class InlineDeadline(NamedTuple):
    """A deadline phrase found in a measure's text, with its offset in that text."""

    raw: str
    start: int


def inline_deadlines(text: str) -> Iterator[InlineDeadline]:
    """Deadline phrases written in a measure's text (see the module docstring)."""
    for match in _INLINE_DEADLINE.finditer(text):
        yield InlineDeadline(match.group(0), match.start())


def progress_clause(text: str) -> str | None:
    """The last clause of ``text`` when it starts with a time and says what is reached by then
    (``5月底取得阶段性成效并持续推进``, ``三季度实现全覆盖``), without a leading 力争/确保/于;
    ``None`` when there is none or its date describes the past or a start (``已``, ``起``)."""
    match = _PROGRESS_CLAUSE.search(text.rstrip())
    if match is None:
        return None
    clause = match.group("clause")
    if not any(word in clause for word in PROGRESS_WORDS) or any(
            word in clause for word in NOT_PROGRESS_WORDS):
        return None
    for lead in PROGRESS_LEADS:
        clause = clause.removeprefix(lead)
    return clause
