"""Office files (.docx, .pdf) turned into pages of text lines, within size limits.

* ``.docx`` (python-docx): body paragraphs and table cells in document order, one line per
  paragraph (a cell's paragraphs are its lines; a merged cell is read once).  A .docx is a
  zip archive: its uncompressed size is checked before anything is unpacked.
* ``.pdf`` (pypdf): each page's extracted text, split into lines.  Page counts are bounded.

The lines go to :mod:`tgbe.prepass`, which drops page chrome and rejoins wrapped lines.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from tgbe.errors import TgbeError

OFFICE_SUFFIXES: tuple[str, ...] = (".docx", ".pdf")
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_PAGES = 2000

Pages = list[list[str]]


def read_office(name: str, data: bytes) -> tuple[Pages, str]:
    """Pages of text lines of a .docx or .pdf file, and the format's name."""
    if name.lower().endswith(".docx"):
        return [list(_docx_lines(name, data))], "docx"
    return _pdf_pages(name, data), "pdf"


def _docx_lines(name: str, data: bytes) -> Iterator[str]:
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
            yield item.text
        elif isinstance(item, Table):
            yield from _table_lines(item)


def _table_lines(table: Any) -> Iterator[str]:
    """A table's cells row by row; a merged cell only where it starts (as a web copy shows)."""
    seen: set[Any] = set()  # the cells' XML elements (kept alive, so identity holds)
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell appears once per row and column it spans
                continue
            seen.add(cell._tc)
            yield from (paragraph.text for paragraph in cell.paragraphs)


def _check_zip(name: str, data: bytes) -> None:
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
