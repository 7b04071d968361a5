"""The result of reading: normalised text, the user's original text and a map between them.

:class:`SourceText` is what every reader returns and what the parser consumes; positions in
its normalised text map back to the user's file through :class:`LineMap`.
"""

from __future__ import annotations

from typing import NamedTuple

from tgbe.read.grid import Grid


class LineMap(NamedTuple):
    """Where each normalised line's characters come from in the original file.

    ``pieces[i]`` describes normalised line ``i + 1`` as one or more pieces
    ``(start_column, original_line, original_column)``: from ``start_column`` on, the line's
    characters are those of ``original_line`` from ``original_column`` on.  A line joined
    from two original lines (a hard-wrapped PDF line) has two pieces.  An empty map is the
    identity.  (A named tuple, not a dataclass: it is created at every start.)
    """

    pieces: tuple[tuple[tuple[int, int, int], ...], ...] = ()

    def locate(self, line: int, column: int) -> tuple[int, int]:
        """Map a normalised (line, column) to the original file's (line, column)."""
        if not self.pieces or line > len(self.pieces):
            return line, column
        start, original_line, original_column = self.pieces[line - 1][0]
        for piece in self.pieces[line - 1]:
            if piece[0] > column:
                break
            start, original_line, original_column = piece
        return original_line, original_column + column - start


class BadBytes(NamedTuple):
    """A run of bytes that the file's encoding cannot decode, read as U+FFFD characters.

    ``line`` and ``column`` (1-based, columns in characters) point at the first of them in
    the user's file; the text holds one U+FFFD per byte.
    """

    line: int
    column: int
    data: bytes


class SourceText:
    """Decoded, normalised text of one input and how to point back into it.

    Not changed once made.  A plain slotted class: the frozen dataclass it was cost every
    start ~0.8 ms to create (nothing compares or hashes source texts).
    """

    __slots__ = ("_original_lines", "as_written", "bad_bytes", "encoding", "glosses",
                 "line_map", "notes", "original", "path", "tables", "text")

    def __init__(self, path: str, text: str, encoding: str, original: str,
                 line_map: LineMap | None = None, tables: tuple[Grid, ...] = (),
                 notes: tuple[str, ...] = (), bad_bytes: tuple[BadBytes, ...] = (),
                 as_written: str = "", glosses: tuple[tuple[int, int], ...] = ()) -> None:
        self.path = path
        self.text = text
        self.encoding = encoding
        self.original = original
        self.line_map = LineMap() if line_map is None else line_map
        self.tables = tables  # office tables' cells as lines of :attr:`text`
        self.notes = notes  # what the file's reader warned about (pypdf's repairs)
        self.bad_bytes = bad_bytes  # undecodable bytes read leniently, in file order
        # the normalised text before its traditional characters were folded ("" if none were)
        self.as_written = as_written
        self.glosses = glosses  # (line, column) of pinyin glosses taken out
        self._original_lines: tuple[str, ...] | None = None

    @property
    def original_lines(self) -> tuple[str, ...]:
        """The user's lines as decoded (line endings removed, nothing folded)."""
        if self._original_lines is None:
            self._original_lines = tuple(self.original.split("\n"))
        return self._original_lines

    def locate(self, line: int, column: int) -> tuple[int, int]:
        """Original (line, column) of a position in :attr:`text`."""
        return self.line_map.locate(line, column)

    def original_line(self, line: int) -> str:
        """The user's original line ``line`` (1-based), or ``""`` past the end."""
        if 1 <= line <= len(self.original_lines):
            return self.original_lines[line - 1]
        return ""
