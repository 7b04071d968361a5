"""A notice's records given back in the file's own script.

A traditional-character notice is parsed folded to simplified characters (see
:mod:`tgbe.read.hanzi`), so that its labels and role words are recognised and its units
match the alias table.  What tgbe reports keeps the file's script: every string of the
records — measure texts, unit names, headings, deadlines as written, messages — is written
back with the characters the file used.  A string found in the folded text (a unit name, a
heading, a deadline) is taken from the same place of the text as written; any other string
(a text joined from several lines, a message) is written back character by character, each
folded character as the file most often wrote it.  A unit's ``key`` stays simplified: it is
what queries, the ledger and comparisons match on, whatever script a notice is written in.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum
from typing import cast

from tgbe.parse.records import NoticeRecord

# Record fields kept folded: they are for matching, not for reading.
_MATCHING_FIELDS = frozenset({"key"})
# Strings up to this length are looked up in the folded text before a character-wise restore.
_LOOKUP_LENGTH = 64


class _Restorer:
    """Gives strings of the folded text back as written."""

    def __init__(self, folded: str, written: str) -> None:
        self.folded, self.written = folded, written
        votes: dict[str, Counter[str]] = {}
        for after, before in zip(folded, written, strict=True):
            if after != before:
                votes.setdefault(after, Counter())[before] += 1
        counts = Counter(written)
        for char, counter in votes.items():
            counter[char] += counts[char]  # written simplified as well
        self.table = {ord(char): counter.most_common(1)[0][0]
                      for char, counter in votes.items()}
        self.seen: dict[str, str] = {}

    def restore(self, text: str) -> str:
        """``text`` as the file wrote it."""
        found = self.seen.get(text)
        if found is None:
            start = self.folded.find(text) if len(text) <= _LOOKUP_LENGTH else -1
            found = (self.written[start : start + len(text)] if start >= 0
                     else text.translate(self.table))
            self.seen[text] = found
        return found

    def walk(self, value: object) -> object:
        """``value`` (a record, a list or a string) with its strings restored in place."""
        if isinstance(value, dict):
            for name, item in value.items():
                if name not in _MATCHING_FIELDS:
                    value[name] = self.walk(item)
            return value
        if isinstance(value, list):
            value[:] = [self.walk(item) for item in value]
            return value
        if isinstance(value, str) and not isinstance(value, Enum):
            return self.restore(value)
        return value


def restore_script(data: NoticeRecord, folded: str, written: str) -> NoticeRecord:
    """``data`` with its strings in the file's own script; ``written`` is the text before
    folding (``""`` when nothing was folded: then ``data`` is returned as it is)."""
    if not written:
        return data
    return cast(NoticeRecord, _Restorer(folded, written).walk(data))
