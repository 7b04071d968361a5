"""Office files: the seed as .docx and as a printed .pdf parse to the same measures as .txt."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

import tgbe
from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.models import Notice

SEED_PDF = FIXTURES / "office" / "seed.pdf"

MeasureKey = tuple[str, str, object, list[tuple[str, str, str]]]


def _measures(notice: Notice) -> list[MeasureKey]:
    return [
        (measure.id, measure.text,
         (measure.deadline.raw, measure.deadline.kind, measure.deadline.due)
         if measure.deadline else None,
         [(unit.name, unit.key, unit.role.value) for unit in measure.units])
        for measure in notice.measures()
    ]


def _seed_docx(path: Path) -> Path:
    document = docx.Document()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_seed_as_docx_parses_like_the_text(seed_notice: Notice, tmp_path: Path) -> None:
    notice = tgbe.parse_file(_seed_docx(tmp_path / "seed.docx"))
    assert len(notice.indicators) == 16 and len(notice.measures()) == 213
    assert _measures(notice) == _measures(seed_notice)
    assert notice.source.encoding == "docx"
    # one paragraph per seed line: spans are the text file's spans
    assert [m.span for m in notice.measures()] == [m.span for m in seed_notice.measures()]


def test_seed_as_printed_pdf_parses_like_the_text(seed_notice: Notice) -> None:
    notice = tgbe.parse_file(SEED_PDF)
    assert _measures(notice) == _measures(seed_notice)
    assert notice.doc_number is not None and seed_notice.doc_number is not None
    assert (notice.title, notice.doc_number.raw, notice.issue_date) == (
        seed_notice.title, seed_notice.doc_number.raw, seed_notice.issue_date)
    assert notice.diagnostics == []


def test_pdf_spans_point_at_extracted_lines() -> None:
    from pypdf import PdfReader

    lines = [line for page in PdfReader(SEED_PDF).pages
             for line in page.extract_text().split("\n")]
    for measure in tgbe.parse_file(SEED_PDF).measures():
        start = lines[measure.span.start_line - 1][measure.span.start_column - 1 :]
        assert start.startswith(f"{measure.number}."), measure.id
        if measure.deadline is not None and measure.deadline.span is not None:
            where = measure.deadline.span
            line = lines[where.start_line - 1]
            assert line[where.start_column - 1 : where.end_column - 1] == measure.deadline.raw


def _docx_table(title: str, rows: list[tuple[str, ...]]) -> tuple[Any, Any]:
    """A document with a title paragraph and a table of ``rows``."""
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return document, table


def test_docx_tables_are_read_cell_by_cell(tmp_path: Path) -> None:
    document, _ = _docx_table("某某市营商环境任务清单", [
        ("序号", "工作任务", "责任单位", "完成时限"),
        ("1", "推行企业登记全程电子化。", "市市场监管局", "2023年6月底"),
        ("2", "推进不动产登记“一窗受理”。", "市自然资源局、税务局", "持续推进"),
    ])
    document.save(str(tmp_path / "table.docx"))
    notice = tgbe.parse_file(tmp_path / "table.docx")
    assert [(m.id, m.text, m.deadline and m.deadline.raw) for m in notice.measures()] == [
        ("1.1", "推行企业登记全程电子化。", "2023年6月底"),
        ("1.2", "推进不动产登记“一窗受理”。", "持续推进"),
    ]
    assert [unit.key for unit in notice.measures()[1].units] == ["市自然资源局", "市税务局"]


def test_docx_merged_group_cells_are_read_once(tmp_path: Path) -> None:
    document, table = _docx_table("某某市营商环境任务分解表", [
        ("序号", "章节", "方案内容", "牵头部门"),
        ("1", "1.便利市场准入", "推行企业登记全程电子化。", "市市场监管局"),
        ("2", "", "优化企业注销服务。", "市税务局"),
        ("3", "2.获得电力", "压减办电时间。", "国网某某供电公司"),
    ])
    merged = table.cell(1, 1).merge(table.cell(2, 1))
    merged.text = "1.便利市场准入"
    document.save(str(tmp_path / "merged.docx"))
    notice = tgbe.parse_file(tmp_path / "merged.docx")
    assert [(item.name, [m.id for m in item.measures]) for item in notice.indicators] == [
        ("便利市场准入", ["1.1", "1.2"]), ("获得电力", ["2.3"]),
    ]
    assert [unit.name for unit in notice.measures()[1].units] == ["市税务局"]


def test_docx_unpacking_beyond_max_bytes_is_refused(tmp_path: Path) -> None:
    path = _seed_docx(tmp_path / "seed.docx")
    assert path.stat().st_size < 100_000
    with pytest.raises(tgbe.TgbeError,
                       match=r"unpacks to [0-9]+ bytes, over the limit of 100000 "
                             r"\(raise it with --max-bytes\)"):
        tgbe.parse_file(path, max_bytes=100_000)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 4_000_000)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(buffer.getvalue())
    with pytest.raises(tgbe.TgbeError, match=r"-fold \(over 100-fold\): refusing a likely zip"):
        tgbe.parse_file(bomb)


def test_pdf_with_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TGBE_MAX_PAGES", "3")
    with pytest.raises(tgbe.TgbeError, match=r"document has 24 pages, over the limit of 3 "
                                             r"\(raise it with --max-pages\)"):
        tgbe.parse_file(SEED_PDF)


@pytest.mark.parametrize(("name", "content", "message"), [
    ("broken.docx", b"not a zip", "not a .docx file"),
    ("broken.pdf", b"%PDF-1.4 nothing here", "cannot read PDF"),
])
def test_damaged_office_files_are_one_line_errors(
    run_cli: RunCli, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    code, out, err = run_cli("parse", str(tmp_path / name))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and err.startswith(str(tmp_path / name))


def test_parse_command_reads_a_pdf(run_cli: RunCli) -> None:
    code, out, _ = run_cli("parse", str(SEED_PDF), "-f", "json")
    data = json.loads(out)
    assert code == 0
    assert data["source"]["encoding"] == "pdf"
    assert sum(len(indicator["measures"]) for indicator in data["indicators"]) == 213
