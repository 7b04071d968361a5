"""The outline's records: pieces of text with positions, lines, numbered blocks, the outline.

The grammar driver (:mod:`tgbe.parse.outline`) and the task-table reader
(:mod:`tgbe.parse.table`) produce them; the builder reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Piece(NamedTuple):
    """Text cut from the normalised notice with where it stands (1-based; end exclusive).

    A marker (``1.``), a field label (``完成时限：``) or the text after it.  The lines and
    columns are those of the normalised text; :meth:`tgbe.read.reader.SourceText.locate` maps
    them to the user's file.
    """

    text: str
    line: int
    column: int
    end_line: int
    end_column: int


class Line(NamedTuple):
    """A plain line (``key`` is None) or a field line ``key：text`` of the outline."""

    key: Piece | None
    text: Piece | None

    @property
    def first(self) -> Piece:
        """The first piece of the line (for its position)."""
        piece = self.key or self.text
        assert piece is not None
        return piece

    @property
    def last(self) -> Piece:
        """The last piece of the line (for its end position)."""
        piece = self.text or self.key
        assert piece is not None
        return piece

    @property
    def label(self) -> str:
        """The field label without its colon and spaces (``""`` for a plain line)."""
        if self.key is None:
            return ""
        return self.key.text.rstrip(":：").strip()

    @property
    def value(self) -> str:
        """The line's text with trailing spaces removed."""
        return self.text.text.rstrip() if self.text is not None else ""


@dataclass
class Block:
    """A numbered block: its marker, the rest of its first line, own lines and children.

    ``level`` is 1–4 by numbering style, 0 for an attachment marker (附件).  ``uncertain``
    marks a table row read by shape (its cells ran together), which the builder reports.
    """

    level: int
    marker: Piece
    text: Piece | None
    lines: list[Line] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)
    uncertain: bool = False

    @property
    def heading(self) -> str:
        """The text after the marker on the block's first line."""
        return self.text.text.rstrip() if self.text is not None else ""

    def rebuilt(self, text: Piece | None, lines: list[Line], children: list[Block]) -> Block:
        """This block with other text, lines and children (its level, marker and uncertainty
        kept): what :func:`dataclasses.replace` does, at a fifth of its cost — the
        preparing passes rebuild every block of a notice."""
        return Block(self.level, self.marker, text, lines, children, self.uncertain)


@dataclass
class Outline:
    """A notice as the grammar sees it: preface lines, then top-level blocks (a task table's
    rows among them), and the lines the task tables took (of the normalised text)."""

    preface: list[Line]
    blocks: list[Block]
    table_lines: frozenset[int] = frozenset()
