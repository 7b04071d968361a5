"""Spans of substrings of a model text (a summary, a measure text) in the original file.

A model text is built from one or more lines (joined hard-wrapped lines, points of a
measure) and may leave out parts of them (field lines, a trailing bracket of units), add a
space between joined ASCII words, or differ from the file in folded characters.  So an
offset in the text is not a fixed distance from the text's start: :class:`TextLocator`
aligns the text with the characters of the file region it came from and maps each offset
to the (line, column) of the character it was read from.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from tgbe.read.reader import normalise


class SpanRecord(TypedDict):
    """A span as plain data in the shape of :class:`tgbe.models.Span` (1-based, end exclusive)."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


class TextLocator:
    """Maps offsets in ``text`` to original positions within the region ``start``…``end``.

    ``lines`` are the original file's lines; ``start`` and ``end`` are 1-based
    (line, column) positions, ``end`` exclusive.
    """

    def __init__(
        self, text: str, lines: Sequence[str], start: tuple[int, int], end: tuple[int, int]
    ) -> None:
        self.start = start
        self.line_offset: tuple[int, int] | None = None
        if start[0] == end[0] and start[0] <= len(lines):  # one line: no alignment needed
            found = normalise(lines[start[0] - 1]).find(text, start[1] - 1)
            if found >= 0:
                self.line_offset = (start[0], found + 1)
                return
        chars: list[str] = []
        places: list[tuple[int, int]] = []
        for number in range(start[0], min(end[0], len(lines)) + 1):
            line = lines[number - 1]
            first = start[1] - 1 if number == start[0] else 0
            last = end[1] - 1 if number == end[0] else len(line)
            segment = normalise(line[first:last]).removesuffix("\n")
            for index, char in enumerate(segment):
                chars.append(char)
                places.append((number, first + index + 1))
        stream = "".join(chars)
        found = stream.find(text)
        if found >= 0:  # the text is written as is (one line, or lines joined as they are)
            self.places: list[tuple[int, int] | None] = list(places[found : found + len(text)])
            return
        from difflib import SequenceMatcher  # only for texts not written as they are

        self.places = [None] * len(text)
        matcher = SequenceMatcher(None, text, stream, autojunk=False)
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                self.places[block.a + offset] = places[block.b + offset]

    def position(self, offset: int) -> tuple[int, int]:
        """Original (line, column) of the character at ``offset`` of the text.

        A character not found in the file (an added space) takes the place after the
        nearest character before it that was found.
        """
        if self.line_offset is not None:
            return self.line_offset[0], self.line_offset[1] + offset
        for index in range(min(offset, len(self.places) - 1), -1, -1):
            place = self.places[index]
            if place is not None:
                return place[0], place[1] + offset - index
        return self.start[0], self.start[1] + offset

    def span(self, start: int, end: int) -> SpanRecord:
        """The original span of ``text[start:end]`` (``end`` exclusive, ``end > start``).

        A record in the shape of :class:`tgbe.models.Span`.
        """
        first_line, first_column = self.position(start)
        last_line, last_column = self.position(end - 1)
        return {"start_line": first_line, "start_column": first_column,
                "end_line": last_line, "end_column": last_column + 1}
