"""Office files (.docx, .pdf) turned into pages of text lines, within limits.

* ``.docx``: streamed by :mod:`tgbe.read.docx` through the one checked archive opener
  (:mod:`tgbe.read.archive`): body paragraphs and table cells in document order, one line
  per paragraph, each table's shape kept as a :data:`Grid` (rows of cells, each cell the
  line numbers of its paragraphs), so :mod:`tgbe.parse.table` can read rows and columns.
* ``.pdf`` (pypdf): each page's extracted text, split into lines; at most
  :func:`tgbe.read.limits.max_pages` pages.  pypdf's own warnings (a damaged
  cross-reference table it repaired …) are returned as notes, never printed raw.

The lines go to :mod:`tgbe.read.prepass`, which drops page chrome and rejoins wrapped lines.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from tgbe.errors import TgbeError
from tgbe.read.grid import Grid
from tgbe.read.limits import check_pages, max_pages

OFFICE_SUFFIXES: tuple[str, ...] = (".docx", ".pdf")

Pages = list[list[str]]


def read_office(name: str, data: bytes, max_bytes: int
                ) -> tuple[Pages, str, tuple[Grid, ...], tuple[str, ...]]:
    """Pages of text lines of a .docx or .pdf file, the format's name, the .docx tables
    and the notes of the PDF reader (its warnings)."""
    if name.lower().endswith(".docx"):
        from tgbe.read.docx import docx_lines

        lines: list[str] = []
        grids = docx_lines(name, data, max_bytes, lines)
        return [lines], "docx", grids, ()
    notes: list[str] = []
    with _pdf_warnings(notes):
        pages = _pdf_pages(name, data)
    return pages, "pdf", (), tuple(notes)


class _Collect(logging.Handler):
    def __init__(self, notes: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.notes = notes

    def emit(self, record: logging.LogRecord) -> None:
        self.notes.append(f"PDF reader: {record.getMessage()}")


@contextmanager
def _pdf_warnings(notes: list[str]) -> Iterator[None]:
    """Collect pypdf's log warnings into ``notes`` instead of printing them."""
    import warnings

    logger = logging.getLogger("pypdf")
    handler = _Collect(notes)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        notes.extend(f"PDF reader: {warning.message}" for warning in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _pdf_pages(name: str, data: bytes) -> Pages:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise TgbeError.at(name, "encrypted PDF: expected a PDF without a password")
        check_pages(name, len(reader.pages), max_pages())
        return [page.extract_text().replace("\r", "").split("\n") for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, RecursionError) as error:
        raise TgbeError.at(name, f"cannot read PDF: {error}; expected a text PDF") from error
