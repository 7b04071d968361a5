"""A .docx notice read by streaming its main XML part: body paragraphs and table cells.

The archive is opened with :func:`tgbe.read.archive.open_archive` (entry count, unpacked
size and ratio checked first, every byte counted).  The document part is parsed
incrementally: each top-level paragraph or table is read when it ends and then dropped,
so memory holds one block at a time, never the whole document tree.

What is read matches what Word shows in the body, as python-docx reads it: one line per
paragraph (runs and hyperlinks; tabs, breaks and non-breaking hyphens as characters), and
for each table its cells row by row, a merged cell read once where it starts (a
horizontally merged cell spans grid columns; a vertically merged one continues the cell
above), its paragraphs being its lines.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from typing import IO

from tgbe.errors import TgbeError
from tgbe.read.archive import Archive, open_archive
from tgbe.read.grid import Grid, GridCell

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAX_SPAN = 63  # Word's largest number of table columns
_RUN_TEXT = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}

def docx_lines(name: str, data: bytes, max_bytes: int, lines: list[str]) -> tuple[Grid, ...]:
    """Append the document's lines to ``lines``; return each table's grid."""
    with open_archive(name, data, max_bytes, "a Word document") as archive, \
            archive.open(_main_part(archive)) as stream:
        try:
            return tuple(_body(stream, lines))
        except ElementTree.ParseError as error:
            raise TgbeError.at(name, f"cannot read .docx: damaged document XML ({error}); "
                                     "expected a Word document") from error


def _main_part(archive: Archive) -> str:
    """The member holding the document body, as the package's relationships name it."""
    try:
        relations = ElementTree.fromstring(archive.read("_rels/.rels"))
    except (TgbeError, ElementTree.ParseError) as error:
        raise TgbeError.at(archive.name, "cannot read .docx: no package relationships; "
                                         "expected a Word document") from error
    for relation in relations.iter(_RELS):
        if relation.get("Type", "").endswith("/officeDocument"):
            return relation.get("Target", "").lstrip("/")
    raise TgbeError.at(archive.name, "cannot read .docx: no main document part; "
                                     "expected a Word document")


def _body(stream: IO[bytes], lines: list[str]) -> Iterator[Grid]:
    """Read the body's paragraphs into ``lines`` as they end; yield each table's grid."""
    open_elements: list[ElementTree.Element] = []
    for event, element in ElementTree.iterparse(stream, events=("start", "end")):
        if event == "start":
            open_elements.append(element)
            continue
        open_elements.pop()
        parent = open_elements[-1] if open_elements else None
        if parent is None or parent.tag != f"{W}body":
            continue
        if element.tag == f"{W}p":
            lines.append(paragraph_text(element))
        elif element.tag == f"{W}tbl":
            yield _table(element, lines)
        parent.remove(element)  # done with this block: keep memory flat


def paragraph_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's text: its runs and its hyperlinks' runs."""
    return "".join(
        _run_text(run)
        for child in paragraph
        for run in ([child] if child.tag == f"{W}r" else
                    child.findall(f"{W}r") if child.tag == f"{W}hyperlink" else [])
    )


def _run_text(run: ElementTree.Element) -> str:
    parts: list[str] = []
    for child in run:
        if child.tag == f"{W}t":
            parts.append(child.text or "")
        elif child.tag == f"{W}br":
            parts.append("\n" if child.get(f"{W}type", "textWrapping") == "textWrapping" else "")
        else:
            parts.append(_RUN_TEXT.get(child.tag, ""))
    return "".join(parts)


def _table(table: ElementTree.Element, lines: list[str]) -> Grid:
    """A table's cells row by row; a merged cell only where it starts (as a web copy shows)."""
    seen: set[int] = set()
    above: dict[int, ElementTree.Element] = {}  # grid column -> the cell that starts there
    rows: list[tuple[GridCell, ...]] = []
    for row in table.findall(f"{W}tr"):
        offset = _number(row.find(f"{W}trPr/{W}gridBefore"))
        here: dict[int, ElementTree.Element] = {}
        cells: list[GridCell] = []
        for cell in row.findall(f"{W}tc"):
            span = max(1, _number(cell.find(f"{W}tcPr/{W}gridSpan")))
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            continues = merge is not None and merge.get(f"{W}val", "continue") == "continue"
            origin = above.get(offset, cell) if continues else cell
            for column in range(offset, offset + span):
                here[column] = origin
            offset += span
            for _ in range(span):
                cells.append(_cell_lines(origin, seen, lines))
        above = here
        rows.append(tuple(cells))
    return tuple(rows)


def _cell_lines(cell: ElementTree.Element, seen: set[int], lines: list[str]) -> GridCell:
    """The numbers of ``cell``'s lines, appended now; None when it was read already."""
    if id(cell) in seen:
        return None
    seen.add(id(cell))
    first = len(lines) + 1
    lines.extend(paragraph_text(paragraph) for paragraph in cell.findall(f"{W}p"))
    return tuple(range(first, len(lines) + 1))


def _number(element: ElementTree.Element | None) -> int:
    """The ``w:val`` of a count element (0 when absent or not a small number)."""
    value = "" if element is None else element.get(f"{W}val", "")
    return min(int(value), _MAX_SPAN) if value.isdigit() and len(value) < 4 else 0
