"""Hostile shapes of input at any size, for the cost benchmarks of ``make bench`` (f).

Each generator writes one file of about ``size`` bytes into a folder and returns its path.
The shapes are the ones that used to cost far more than their size: many short stray
lines, many measures, one huge measure, many tables (a .docx) and many pages (a PDF made
of copies of the seed's pages).  Usage: ``python bench/shapes.py OUTDIR SHAPE SIZE``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tonggu-2023.txt"
SEED_PDF = ROOT / "tests" / "fixtures" / "office" / "seed.pdf"

_HEAD = ("青岩县优化营商环境工作领导小组\n关于印发青岩县营商环境提升举措的通知\n"
         "附件\n青岩县营商环境提升举措\n一、开办企业指标（县市场监管局牵头）\n")
_MEASURE = ("{n}.深化企业开办“一网通办”改革，压缩办理时间至{d}个工作日以内。\n"
            "完成时限：2024年{m}月\n责任单位：县市场监管局、县税务局\n")


def stray_lines(folder: Path, size: int) -> Path:
    """One measure followed by short lines (4 bytes each) that belong to nothing."""
    body = _HEAD + _MEASURE.format(n=1, d=3, m=6)
    lines = max(1, (size - len(body.encode())) // 4)
    return _write(folder / "stray-lines.txt", body + "杂\n" * lines)


def many_measures(folder: Path, size: int) -> Path:
    """Numbered measures with their deadline and unit lines, about 150 bytes each."""
    one = len(_MEASURE.format(n=100, d=10, m=10).encode())
    count = max(1, size // one)
    measures = "".join(_MEASURE.format(n=n, d=n % 20 + 1, m=n % 12 + 1)
                       for n in range(1, count + 1))
    return _write(folder / "many-measures.txt", _HEAD + measures)


def huge_measure(folder: Path, size: int) -> Path:
    """A single measure whose text is one line of ``size`` bytes."""
    sentence = "推进政务服务事项标准化，实现网上可办率达到百分之九十以上；"
    text = sentence * max(1, size // len(sentence.encode()))
    return _write(folder / "huge-measure.txt",
                  _HEAD + f"1.{text}。\n完成时限：2024年6月\n责任单位：县政务服务中心\n")


def many_tables(folder: Path, size: int) -> Path:
    """A .docx of one heading and small two-row tables, each a measure (~90 bytes each)."""
    from docx import Document

    document = Document()
    for line in _HEAD.splitlines():
        document.add_paragraph(line)
    for number in range(1, max(2, size // 90)):
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ("序号", "工作举措", "责任单位"), strict=True):
            cell.text = text
        cells = table.rows[1].cells
        cells[0].text = str(number)
        cells[1].text = f"优化第{number}项审批流程，压缩办理时间。"
        cells[2].text = "县政务服务中心"
    path = folder / "many-tables.docx"
    folder.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def many_pages(folder: Path, size: int) -> Path:
    """A PDF of the seed's pages repeated until the file holds about ``size`` bytes of text."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(SEED_PDF)
    text_per_page = len(SEED.read_bytes()) / len(reader.pages)
    writer = PdfWriter()
    for index in range(max(1, round(size / text_per_page))):
        writer.add_page(reader.pages[index % len(reader.pages)])
    path = folder / "many-pages.pdf"
    folder.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        writer.write(file)
    return path


def repeated_seed(folder: Path, copies: int) -> Path:
    """The seed notice with its measures ``copies`` times, in one file."""
    return _write(folder / f"seed-x{copies}.txt", repeated_seed_text(copies))


def repeated_seed_text(copies: int) -> str:
    """The seed's text up to its first indicator, then its indicators ``copies`` times.

    Not the whole seed repeated: a second cover letter and 附件 make a second attachment of
    measures, which tgbe rejects (exit 2) — that would time an error, not a parse.
    """
    import tgbe

    first = tgbe.parse_file(SEED).indicators[0].span.start_line
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(lines[: first - 1]) + "".join(lines[first - 1 :]) * copies


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


SHAPES: dict[str, Callable[[Path, int], Path]] = {
    "stray-lines": stray_lines,
    "many-measures": many_measures,
    "huge-measure": huge_measure,
    "many-tables": many_tables,
    "many-pages": many_pages,
}


def main() -> None:
    """Command line: write one shape of one size into a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("directory", type=Path)
    parser.add_argument("shape", choices=sorted(SHAPES))
    parser.add_argument("size", type=int, help="bytes of text")
    arguments = parser.parse_args()
    print(SHAPES[arguments.shape](arguments.directory, arguments.size))


if __name__ == "__main__":
    main()
