"""What the builder carries while it walks one notice: the source, aliases, the notice's year,
the first-unit-leads convention, and the diagnostics collected on the way."""

from __future__ import annotations

from dataclasses import dataclass, field

from tgbe.parse.blocks import Piece
from tgbe.parse.records import DiagnosticRecord, SpanRecord
from tgbe.parse.units import AliasTable
from tgbe.read.source import SourceText
from tgbe.vocab import Severity


@dataclass
class BuildContext:
    """The state of one build: where spans point, how units are named, what was noticed.

    ``default_year`` (from the header) dates deadlines that name no year; ``first_leads``
    turns on once a note says the first unit of every later list leads (…，下同).
    """

    source: SourceText
    aliases: AliasTable
    default_year: int | None = None
    first_leads: bool = False
    diagnostics: list[DiagnosticRecord] = field(default_factory=list)

    def span(self, first: Piece, last: Piece) -> SpanRecord:
        """The original-file span from the start of ``first`` to the end of ``last``."""
        start_line, start_column = self.source.locate(first.line, first.column)
        end_line, end_column = self.source.locate(last.end_line, last.end_column)
        return {
            "start_line": start_line,
            "start_column": start_column,
            "end_line": end_line,
            "end_column": end_column,
        }

    def phrase_span(self, phrase: str, pieces: list[Piece]) -> SpanRecord | None:
        """The span of the first occurrence of ``phrase`` in ``pieces`` read one after the
        other (hard-wrapped lines): a phrase wrapped across lines (``20`` / ``23年6月底``)
        starts in one piece and ends in a later one."""
        text = "".join(piece.text for piece in pieces)
        offset = text.find(phrase)
        if offset < 0 or not phrase:
            return None
        start_line, start_column = self._at(pieces, offset, end=False)
        end_line, end_column = self._at(pieces, offset + len(phrase), end=True)
        return {"start_line": start_line, "start_column": start_column,
                "end_line": end_line, "end_column": end_column}

    def _at(self, pieces: list[Piece], offset: int, *, end: bool) -> tuple[int, int]:
        """The original-file position of character ``offset`` of the pieces read in a row
        (an ``end`` position stays on the piece the last character is in)."""
        for piece in pieces:
            size = len(piece.text)
            if offset < size or (end and offset == size):
                return self.source.locate(piece.line, piece.column + offset)
            offset -= size
        last = pieces[-1]
        return self.source.locate(last.end_line, last.end_column)

    def report(self, code: str, severity: Severity, message: str, span: SpanRecord) -> None:
        """Record a recoverable problem."""
        self.diagnostics.append(
            {"code": code, "severity": severity, "message": message, "span": span}
        )
