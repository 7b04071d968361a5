"""Measures shared between different notices, and which notice copied which.

Counties copy measures from each other and from their own earlier editions, usually with
small edits (a county's name, a number, a unit).  :func:`find_shared` finds measure pairs
from *different* notices whose texts are at least ``threshold`` similar (rapidfuzz's
``ratio``, 0–100) and orders each pair by edition: the earlier notice (issue date, else
document-number year, else a year in the title) is the original, the later one the copy.

Cost grows near-linearly with the number of measures: texts are cut into character
n-grams (shingles); each measure is indexed by its *rarest* shingles only (prefix
filtering: two texts that share most shingles share one of their rarest), every posting
list is capped, and each measure verifies at most a fixed number of candidates.  Only
candidates are compared with rapidfuzz.  In a large cluster of near-identical copies,
each copy is linked to the first members of the cluster, not to every other member.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from math import ceil
from typing import Literal

from pydantic import Field

from tgbe.infra.perf import gc_paused
from tgbe.models import SCHEMA_VERSION, Model, Notice

DEFAULT_THRESHOLD = 85.0
SHINGLE = 3  # characters per shingle
MIN_CHARS = 8  # shorter measures (after normalisation) are too generic to compare
JACCARD_FLOOR = 0.6  # texts sharing fewer shingles than this are never candidates
POSTING_CAP = 64  # measures remembered per shingle
CANDIDATE_CAP = 32  # candidates verified per measure
_NOISE = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")

Basis = Literal["issue_date", "doc_number", "title"]


@dataclass(frozen=True)
class Edition:
    """When a notice was issued, as precisely as it says, and how that was found."""

    year: int
    day: date | None
    basis: Basis

    def label(self) -> str:
        """``2023-03-01`` or ``2023``."""
        return self.day.isoformat() if self.day else str(self.year)


@dataclass(frozen=True)
class MeasureText:
    """The part of a measure the index needs (picklable, small)."""

    measure_id: str
    line: int
    column: int
    text: str


@dataclass(frozen=True)
class NoticeDigest:
    """What cross-document comparison needs from one notice (cheap to send between processes)."""

    path: str
    doc_number: str | None
    edition: Edition | None
    measures: tuple[MeasureText, ...]


class MeasureRef(Model):
    """One side of a shared measure: where it is and which edition it belongs to."""

    path: str
    doc_number: str | None = None
    edition: str | None = Field(None, description="ISO date or year of the notice")
    edition_basis: Basis | None = None
    measure_id: str
    line: int
    column: int
    text: str


class SharedMeasure(Model):
    """Two measures of different notices with (nearly) the same text."""

    original: MeasureRef = Field(description="The measure in the earlier edition")
    duplicate: MeasureRef = Field(description="The measure in the later edition")
    similarity: float = Field(ge=0, le=100, description="rapidfuzz ratio of the two texts")
    direction: Literal["copied", "undetermined"] = Field(
        description="'copied' when the editions are ordered; 'undetermined' when equal or "
        "unknown (then 'original' is simply the first file)"
    )


class CrossDupReport(Model):
    """The output of ``tgbe crossdup``: shared measures across a set of notices."""

    schema_version: str = SCHEMA_VERSION
    threshold: float
    notices: int
    measures: int
    candidates: int = Field(description="Pairs the index proposed and rapidfuzz verified")
    shared: list[SharedMeasure] = Field(default_factory=list)


def edition_of(notice: Notice) -> Edition | None:
    """The notice's edition: issue date, else document-number year, else a year in its title."""
    if notice.issue_date is not None:
        return Edition(notice.issue_date.year, notice.issue_date, "issue_date")
    if notice.doc_number is not None:
        return Edition(notice.doc_number.year, None, "doc_number")
    for title in (notice.title, notice.attachment_title):
        found = _YEAR.search(title or "")
        if found:
            return Edition(int(found.group(0)), None, "title")
    return None


def digest(notice: Notice) -> NoticeDigest:
    """The small, picklable summary of ``notice`` that :func:`find_shared` compares."""
    return NoticeDigest(
        path=notice.source.path,
        doc_number=notice.doc_number.raw if notice.doc_number else None,
        edition=edition_of(notice),
        measures=tuple(
            MeasureText(m.id, m.span.start_line, m.span.start_column, m.text)
            for m in notice.measures()
        ),
    )


def cross_duplicates(
    notices: Iterable[Notice], threshold: float = DEFAULT_THRESHOLD
) -> CrossDupReport:
    """Shared measures between the given notices (see :func:`find_shared`)."""
    return find_shared([digest(notice) for notice in notices], threshold)


def find_shared(
    digests: Sequence[NoticeDigest], threshold: float = DEFAULT_THRESHOLD
) -> CrossDupReport:
    """Pairs of measures from different notices at least ``threshold`` (0–100) similar."""
    with gc_paused():
        return _find_shared(digests, threshold)


def _find_shared(digests: Sequence[NoticeDigest], threshold: float) -> CrossDupReport:
    from rapidfuzz.fuzz import ratio

    entries = [(owner, measure) for owner, each in enumerate(digests) for measure in each.measures]
    keys = [normalise(measure.text) for _, measure in entries]
    prefixes = _prefixes(keys, [owner for owner, _ in entries])
    postings: dict[str, list[int]] = {}
    shared: list[SharedMeasure] = []
    verified = 0
    for index, prefix in enumerate(prefixes):
        owner = entries[index][0]
        votes: Counter[int] = Counter()
        for shingle in prefix:
            posting = postings.setdefault(shingle, [])
            votes.update(other for other in posting if entries[other][0] != owner)
            if len(posting) < POSTING_CAP:
                posting.append(index)
        best: dict[int, tuple[float, int]] = {}
        for other, _ in votes.most_common(CANDIDATE_CAP):
            verified += 1
            score = ratio(keys[index], keys[other], score_cutoff=threshold)
            other_owner = entries[other][0]
            if score and score > best.get(other_owner, (0.0, 0))[0]:
                best[other_owner] = (score, other)
        shared.extend(
            _pair(digests, entries[other], entries[index], score) for score, other in best.values()
        )
    shared.sort(key=_order)
    return CrossDupReport(
        threshold=threshold, notices=len(digests), measures=len(entries), candidates=verified,
        shared=shared,
    )


def _prefixes(keys: Sequence[str], owners: Sequence[int]) -> list[list[str]]:
    """For each text, the rarest of its shingles that also occur in another notice.

    Shingles found in one notice only (its county's name, say) cannot link two notices and
    are dropped.  Two texts with Jaccard similarity at least :data:`JACCARD_FLOOR` share a
    shingle among the first ``len(useful) - ceil(floor * len(all)) + 1`` of each, in a
    global rarest-first order; a text too short to compare gets an empty prefix.
    """
    sets = [shingles(key) if len(key) >= MIN_CHARS else set() for key in keys]
    frequency: Counter[str] = Counter()
    notices: dict[str, int] = {}
    spread: Counter[str] = Counter()
    for owner, each in zip(owners, sets, strict=True):
        frequency.update(each)
        for shingle in each:
            if notices.setdefault(shingle, owner) != owner and spread[shingle] == 0:
                spread[shingle] = 1
    prefixes = []
    for each in sets:
        useful = sorted((s for s in each if spread[s]), key=lambda s: (frequency[s], s))
        prefixes.append(useful[: len(useful) - ceil(JACCARD_FLOOR * len(each)) + 1])
    return prefixes


def normalise(text: str) -> str:
    """The comparable core of a measure's text: NFKC, lower case, letters/digits/CJK only."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


def shingles(key: str) -> set[str]:
    """The set of character n-grams (:data:`SHINGLE` long) of a normalised text."""
    if len(key) <= SHINGLE:
        return {key} if key else set()
    return {key[start : start + SHINGLE] for start in range(len(key) - SHINGLE + 1)}


def _pair(
    digests: Sequence[NoticeDigest],
    first: tuple[int, MeasureText],
    second: tuple[int, MeasureText],
    score: float,
) -> SharedMeasure:
    order = _compare(digests[first[0]].edition, digests[second[0]].edition)
    if order == 0:
        direction: Literal["copied", "undetermined"] = "undetermined"
        if digests[second[0]].path < digests[first[0]].path:
            first, second = second, first
    else:
        direction = "copied"
        if order > 0:
            first, second = second, first
    return SharedMeasure.model_validate({
        "original": _ref(digests[first[0]], first[1]),
        "duplicate": _ref(digests[second[0]], second[1]),
        "similarity": round(score, 1),
        "direction": direction,
    })


def _compare(left: Edition | None, right: Edition | None) -> int:
    """-1 if ``left`` is the earlier edition, 1 if ``right`` is, 0 if unknown or equal."""
    if left is None or right is None:
        return 0
    if left.day is not None and right.day is not None:
        left_key, right_key = left.day.toordinal(), right.day.toordinal()
    else:
        left_key, right_key = left.year, right.year
    return (left_key > right_key) - (left_key < right_key)


def _ref(notice: NoticeDigest, measure: MeasureText) -> MeasureRef:
    edition = notice.edition
    return MeasureRef(
        path=notice.path,
        doc_number=notice.doc_number,
        edition=edition.label() if edition else None,
        edition_basis=edition.basis if edition else None,
        measure_id=measure.measure_id,
        line=measure.line,
        column=measure.column,
        text=measure.text,
    )


def _order(pair: SharedMeasure) -> tuple[str, int, str, int]:
    return (pair.original.path, pair.original.line, pair.duplicate.path, pair.duplicate.line)
