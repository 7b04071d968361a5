"""Office files (.docx, .pdf) turned into pages of text lines, within size limits.

* ``.docx`` (python-docx): body paragraphs and table cells in document order, one line per
  paragraph (a cell's paragraphs are its lines; a merged cell is read once).  Each table's
  shape is kept as a :data:`Grid` (rows of cells, each cell the line numbers of its
  paragraphs), so :mod:`tgbe.parse.table` can read rows and columns by position.  A .docx is a
  zip archive: its uncompressed size is checked before anything is unpacked.
* ``.pdf`` (pypdf): each page's extracted text, split into lines.  Page counts are bounded.

The lines go to :mod:`tgbe.read.prepass`, which drops page chrome and rejoins wrapped lines.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from tgbe.errors import TgbeError

OFFICE_SUFFIXES: tuple[str, ...] = (".docx", ".pdf")
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_PAGES = 2000

Pages = list[list[str]]
# A table's rows; a cell is the 1-based numbers of its extracted lines, or None where a
# merged cell continues (it was read in the row and column where it starts).
GridCell = tuple[int, ...] | None
Grid = tuple[tuple[GridCell, ...], ...]


def read_office(name: str, data: bytes) -> tuple[Pages, str, tuple[Grid, ...]]:
    """Pages of text lines of a .docx or .pdf file, the format's name and the .docx tables."""
    if name.lower().endswith(".docx"):
        lines: list[str] = []
        grids = tuple(_docx_lines(name, data, lines))
        return [lines], "docx", grids
    return _pdf_pages(name, data), "pdf", ()


def _docx_lines(name: str, data: bytes, lines: list[str]) -> Iterator[Grid]:
    """Append the document's lines to ``lines``; yield each table's grid."""
    _check_zip(name, data)
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise TgbeError.at(name, f"cannot read .docx: {error}; expected a Word document") from error
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(item.text)
        elif isinstance(item, Table):
            yield _table_lines(item, lines)


def _table_lines(table: Any, lines: list[str]) -> Grid:
    """A table's cells row by row; a merged cell only where it starts (as a web copy shows)."""
    seen: set[Any] = set()  # the cells' XML elements (kept alive, so identity holds)
    rows: list[tuple[GridCell, ...]] = []
    for row in table.rows:
        cells: list[GridCell] = []
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell appears once per row and column it spans
                cells.append(None)
                continue
            seen.add(cell._tc)
            first = len(lines) + 1
            lines.extend(paragraph.text for paragraph in cell.paragraphs)
            cells.append(tuple(range(first, len(lines) + 1)))
        rows.append(tuple(cells))
    return tuple(rows)


def _check_zip(name: str, data: bytes) -> None:
    import zipfile  # here, not at the top: reading a .txt notice never needs it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise TgbeError.at(name, "not a .docx file: expected a Word (zip) document") from error
    if size > MAX_UNZIPPED_BYTES:
        raise TgbeError.at(
            name, f".docx unpacks to {size} bytes, over the limit of {MAX_UNZIPPED_BYTES}: "
            "expected an ordinary Word document",
        )


def _pdf_pages(name: str, data: bytes) -> Pages:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise TgbeError.at(name, "encrypted PDF: expected a PDF without a password")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise TgbeError.at(
                name, f"PDF has {count} pages, over the limit of {MAX_PAGES}: expected a notice",
            )
        return [page.extract_text().replace("\r", "").split("\n") for page in reader.pages]
    except (PyPdfError, ValueError, KeyError) as error:
        raise TgbeError.at(name, f"cannot read PDF: {error}; expected a text PDF") from error
