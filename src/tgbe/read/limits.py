"""Bounds for container formats, checked before anything is decompressed or rendered.

Office readers (.docx is a zip archive; .pdf has pages) call these first, so that a zip
bomb or a ten-thousand-page file gives a clear ``FILE:1:1: error: …`` instead of
exhausting memory or time.  The byte limit is the same ``--max-bytes`` as for text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tgbe.errors import TgbeError

MAX_MEMBERS = 10_000  # entries in one archive
MAX_RATIO = 200  # uncompressed / compressed size of one entry (zip bombs go far beyond)
MAX_PAGES = 2_000  # pages of one document


def check_archive(path: str | Path, max_bytes: int) -> None:
    """Refuse a zip archive whose entries would unpack to too much, or look like a bomb.

    Reads only the archive's directory (sizes as declared); readers must still stop
    reading an entry at ``max_bytes`` in case a declared size is a lie.
    """
    name = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise TgbeError.at(name, f"not a readable zip archive (.docx): {error}") from error
    if len(entries) > MAX_MEMBERS:
        raise TgbeError.at(name, f"archive has {len(entries)} entries, over the limit of "
                                 f"{MAX_MEMBERS}")
    total = sum(entry.file_size for entry in entries)
    if total > max_bytes:
        raise TgbeError.at(name, f"archive unpacks to {total} bytes, over the limit of "
                                 f"{max_bytes} (raise it with --max-bytes)")
    for entry in entries:
        if entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise TgbeError.at(name, f"archive entry {entry.filename!r} expands "
                                     f"{entry.file_size // max(entry.compress_size, 1)}-fold: "
                                     "refusing a likely zip bomb")


def check_pages(path: str | Path, pages: int, max_pages: int = MAX_PAGES) -> None:
    """Refuse a document with more than ``max_pages`` pages."""
    if pages > max_pages:
        raise TgbeError.at(str(path), f"document has {pages} pages, over the limit of "
                                      f"{max_pages}")
