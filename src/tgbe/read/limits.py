"""Bounds for documents with pages: a ten-thousand-page PDF is a clear error.

Zip archives (.docx, .xlsx) are bounded by :mod:`tgbe.read.archive`; text by
``--max-bytes``.  The page limit is ``--max-pages``, which the command line passes to
worker processes through the ``TGBE_MAX_PAGES`` environment variable (also settable by
hand).
"""

from __future__ import annotations

import os

from tgbe.errors import TgbeError

DEFAULT_MAX_PAGES = 500  # pages of one document
MAX_PAGES_VARIABLE = "TGBE_MAX_PAGES"


def max_pages() -> int:
    """The page limit: ``TGBE_MAX_PAGES`` when it is a positive number, else 500."""
    value = os.environ.get(MAX_PAGES_VARIABLE, "")
    return int(value) if value.isdigit() and 0 < int(value) < 10**9 else DEFAULT_MAX_PAGES


def check_pages(path: str, pages: int, limit: int) -> None:
    """Refuse a document with more than ``limit`` pages."""
    if pages > limit:
        raise TgbeError.at(path, f"document has {pages} pages, over the limit of {limit} "
                                 "(raise it with --max-pages)")
