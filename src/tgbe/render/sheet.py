"""Spreadsheet-shaped output: CSV text and openpyxl sheets fitted to Chinese text."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from tgbe.infra.i18n import tr
from tgbe.infra.width import display_width
from tgbe.render.safe import xml_safe

Cell = str | int | date | None
# A cell a spreadsheet would run as a formula (OWASP "CSV injection"); plain numbers are fine.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31
MAX_COLUMN_WIDTH = 60


def headers(*keys: str, prefix: str = "col") -> tuple[str, ...]:
    """Column headers in the run's language, from their message ids (``col.…``)."""
    return tuple(tr(f"{prefix}.{key}") for key in keys)


def neutralised(text: str) -> str:
    """``text`` made inert for a spreadsheet: formula-like text gets a leading ``'``.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run
    as a formula by Excel or LibreOffice; a plain number (``-5``, ``+3.5%``) and a lone sign
    (a ``=`` comparator, a ``-`` placeholder) are left alone.
    """
    if len(text) > 1 and text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """CSV text (dates as ISO, empty cells for ``None``), ``\\r\\n`` line ends.

    Formula-like cells are :func:`neutralised`; the byte-order mark is added by the writer
    (:func:`tgbe.infra.output.emit`), once per file.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralised(header) for header in headers])
    for row in rows:
        writer.writerow(["" if cell is None else neutralised(str(cell)) for cell in row])
    return buffer.getvalue()


def sheet_names(names: Iterable[str]) -> list[str]:
    """Excel-safe sheet names: no ``[]:*?/\\``, at most 31 characters, all different."""
    taken: set[str] = set()
    result: list[str] = []
    for name in names:
        base = _SHEET_FORBIDDEN.sub("_", xml_safe(name)).strip("'") or "Sheet"
        candidate, number = base[:MAX_SHEET_NAME], 1
        while candidate.casefold() in taken:
            number += 1
            suffix = f"~{number}"
            candidate = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


def fill_sheet(sheet: Any, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    """Write a header and rows into an openpyxl sheet.

    Bold frozen header, wrapped cells, dates as real date cells (``yyyy-mm-dd``), and
    column widths fitted to the text's display width (CJK characters count double).  Text
    is always stored as text: openpyxl would store a string starting with ``=`` as a live
    formula, so such cells are typed as strings (shown exactly as written, never run).
    """
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        if cell.data_type == "f":
            cell.data_type = "s"
    for row in rows:
        sheet.append([xml_safe(value) if isinstance(value, str) else value for value in row])
    wrap = Alignment(wrap_text=True, vertical="top")
    for column, header in enumerate(headers, start=1):
        values = [row[column - 1] for row in rows]
        widest = max([display_width(header)] + [display_width(_text(value)) for value in values])
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(widest, MAX_COLUMN_WIDTH) + 2
        for cells in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cells[0].alignment = wrap
            if cells[0].data_type == "f":
                cells[0].data_type = "s"
            if isinstance(cells[0].value, date):
                cells[0].number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"


def _text(value: Cell) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
