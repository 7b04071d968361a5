"""``tgbe report``: HTML, Word and Markdown with the figures of ``status summary``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, SEED, RunCli

NOTICE = str(FIXTURES / "report" / "qinghe.txt")
LEDGER = str(FIXTURES / "report" / "qinghe-ledger.yaml")
SEED_LEDGER = str(FIXTURES / "report" / "seed-ledger.yaml")
DAY = ("--today", "2024-06-10")
HEADLINE = ("total", "done", "in_progress", "overdue", "due_soon", "undated")


def _report(run_cli: RunCli, tmp_path: Path, fmt: str, *extra: str, notice: str = NOTICE,
            ledger: str = LEDGER, day: tuple[str, str] = DAY) -> Path:
    target = tmp_path / f"report.{fmt}"
    code, _, err = run_cli("report", notice, "--ledger", ledger, *day, "-f", fmt,
                           "-o", str(target), *extra)
    assert code == 0, err
    return target


def _totals(run_cli: RunCli, notice: str, ledger: str, day: tuple[str, str]) -> dict[str, Any]:
    code, out, _ = run_cli("status", "summary", notice, "--ledger", ledger, *day, "-f", "json")
    assert code == 0
    totals: dict[str, Any] = json.loads(out)["totals"]
    return totals


@pytest.mark.parametrize(("notice", "ledger", "day"), [
    (NOTICE, LEDGER, DAY), (str(SEED), SEED_LEDGER, ("--today", "2023-08-01")),
])
def test_every_format_shows_the_summary_figures(
    run_cli: RunCli, tmp_path: Path, notice: str, ledger: str, day: tuple[str, str]
) -> None:
    """Headline cards (HTML), the list (Markdown), the prose (Word): the summary's totals."""
    from docx import Document

    totals = _totals(run_cli, notice, ledger, day)
    page = _report(run_cli, tmp_path, "html", "--lang", "zh", notice=notice, ledger=ledger,
                   day=day).read_text(encoding="utf-8")
    cards = dict(re.findall(r'<div class="card (\w+)"><span class="n">(\d+)</span>', page))
    assert cards == {field: str(totals[field]) for field in HEADLINE}
    text = _report(run_cli, tmp_path, "md", "--lang", "zh", notice=notice, ledger=ledger,
                   day=day).read_text(encoding="utf-8")
    assert f"- 举措总数: **{totals['total']}**" in text
    assert f"- 逾期: **{totals['overdue']}**" in text
    overdue_rows = re.findall(r"^\| \d+\.\d+ \|", text, flags=re.MULTILINE)
    assert len(overdue_rows) == totals["overdue"]
    document = Document(str(_report(run_cli, tmp_path, "docx", "--lang", "zh", notice=notice,
                                    ledger=ledger, day=day)))
    summary = document.paragraphs[2].text
    assert f"{totals['total']}项举措中已完成{totals['done']}项" in summary
    assert f"逾期{totals['overdue']}项" in summary


def test_html_is_self_contained(run_cli: RunCli, tmp_path: Path) -> None:
    """No address outside the page: no src=, no stylesheet link, no http(s) but SVG's xmlns."""
    page = _report(run_cli, tmp_path, "html", "--lint").read_text(encoding="utf-8")
    addresses = set(re.findall(r"https?://[^\"' )<>]+", page))
    assert addresses == {"http://www.w3.org/2000/svg"}
    assert " src=" not in page and "@import" not in page and "url(" not in page
    assert '<link rel="icon" href="data:,">' in page
    assert "<style>" in page and "<script>" in page
    assert "default-src 'none'" in page


def test_html_sections_and_charts(run_cli: RunCli, tmp_path: Path) -> None:
    """Every section, charts as SVG with their labels as text, the overdue rows, unit lists."""
    page = _report(run_cli, tmp_path, "html", "--lang", "zh").read_text(encoding="utf-8")
    for section in ("headline", "indicators", "units", "calendar", "overdue"):
        assert f'<section id="{section}">' in page
    assert '<section id="lint">' not in page
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 4
    assert '>3 获得用水用气</text>' in page
    assert '>县自来水公司</text></a>' in page  # a ranking label links to the unit's list
    assert '<details id="unit-1"><summary>县税务局' in page
    assert page.count('<tr><td data-key="') == 2
    assert '<line class="today"' in page and ">今天</text>" in page
    assert "另有 2 项举措无明确时限，未计入。" in page


def test_html_in_english_with_lint(run_cli: RunCli, tmp_path: Path) -> None:
    """--lang en: English words; --lint: the three topics with their counts."""
    page = _report(run_cli, tmp_path, "html", "--lang", "en", "--lint",
                   notice=str(FIXTURES / "report" / "lint-topics.txt"),
                   ledger=str(FIXTURES / "report" / "empty-ledger.yaml")
                   ).read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Overdue measures" in page
    assert "Progress of " in page
    assert '<section id="lint">' in page
    for topic, code in (("Copied blocks of measures", "DUP002"),
                        ("Conflicting targets", "TGT001"),
                        ("Unit names written two ways", "UNT001")):
        assert f"<h3>{topic}（1）<small> {code}</small></h3><ul><li>" in page
    assert "27: measures 2.1–2.4 repeat 1.1–1.4" in page


def test_word_bulletin_styles(run_cli: RunCli, tmp_path: Path) -> None:
    """Title 关于…推进情况的通报, date line, 仿宋 body and 黑体 headings for East Asian text."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(_report(run_cli, tmp_path, "docx", "--lang", "zh")))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    assert paragraphs[0] == "关于青河县优化营商环境提升举措（2024版）推进情况的通报"
    assert paragraphs[1] == "（2024年6月10日）"
    assert paragraphs[3:6] == ["一、各指标推进情况", "二、逾期举措最多的单位", "三、逾期举措清单"]

    def east_asian(style: str) -> str | None:
        fonts = document.styles[style].element.rPr.rFonts
        return str(fonts.get(qn("w:eastAsia")))

    assert east_asian("Normal") == "仿宋"
    assert east_asian("Bulletin Title") == "黑体"
    assert east_asian("Bulletin Heading") == "黑体"
    indicator, units, overdue = document.tables
    assert [cell.text for cell in indicator.rows[-1].cells][:2] == ["合计", "10"]
    assert len(overdue.rows) == 1 + 2
    assert units.rows[1].cells[0].text == "县税务局"


def test_markdown_tables_without_charts(run_cli: RunCli, tmp_path: Path) -> None:
    """Markdown: the same tables, no SVG, pipes in text escaped."""
    text = _report(run_cli, tmp_path, "md", "--lang", "en").read_text(encoding="utf-8")
    assert text.startswith("# Progress of 青河县优化营商环境提升举措（2024版）\n")
    assert "<svg" not in text
    assert "| 3 获得用水用气 | 3 | 0 | 0 | 2 | 1 | 0 | 1 | 0 |" in text
    assert "| 3.1 | 获得用水用气 | 推行用水报装“零材料”办理。 |" in text


def test_markdown_to_stdout(run_cli: RunCli) -> None:
    """-o - prints HTML or Markdown; a Word file needs a real file."""
    code, out, _ = run_cli("report", NOTICE, "--ledger", LEDGER, *DAY, "-f", "md", "-o", "-")
    assert code == 0 and out.startswith("# ")
    code, _, err = run_cli("report", NOTICE, *DAY, "-f", "docx", "-o", "-")
    assert code == 2 and "-f docx needs -o FILE" in err


def test_bad_input_writes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    """A missing notice or a bad ledger: one-line error, exit 2, the old file untouched."""
    target = tmp_path / "report.html"
    target.write_text("previous", encoding="utf-8")
    code, _, err = run_cli("report", str(tmp_path / "missing.txt"), "-o", str(target))
    assert code == 2 and "missing.txt" in err and "Traceback" not in err
    bad = tmp_path / "ledger.yaml"
    bad.write_text('"1.1": finished\n', encoding="utf-8")
    code, _, err = run_cli("report", NOTICE, "--ledger", str(bad), "-o", str(target))
    assert code == 2
    assert f"{bad}:1:8: error: expected a status" in err
    code, _, err = run_cli("report", NOTICE, "-o", str(tmp_path / "no" / "such" / "r.html"))
    assert code == 2 and "folder does not exist" in err
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["ledger.yaml", "report.html"]


def test_nothing_dated_and_nothing_overdue(run_cli: RunCli, tmp_path: Path) -> None:
    """Only ongoing measures: no calendar chart, a note instead; no overdue list or ranking."""
    page = _report(run_cli, tmp_path, "html", "--lang", "zh",
                   notice=str(FIXTURES / "report" / "ongoing.txt"),
                   ledger=str(FIXTURES / "report" / "empty-ledger.yaml"),
                   day=("--today", "2024-01-01")).read_text(encoding="utf-8")
    assert "<h1>关于石门县长效举措清单推进情况的通报</h1>" in page
    calendar = page.split('<section id="calendar">')[1].split("</section>")[0]
    assert "<svg" not in calendar and "另有 2 项举措无明确时限，未计入。" in calendar
    assert "没有单位有逾期举措。" in page and "没有逾期举措。" in page
    assert 'id="overdue-table"' not in page
    assert page.count('class="chart"') == 2  # by indicator and by load


def test_chinese_by_default_under_a_chinese_locale(run_cli: RunCli) -> None:
    """Without --lang, LANG=zh_CN.UTF-8 gives the Chinese report, LANG=C the English one."""
    args = ("report", NOTICE, "--ledger", LEDGER, *DAY, "-f", "md", "-o", "-")
    code, out, _ = run_cli(*args, env={"LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert code == 0 and out.startswith("# 关于青河县")
    code, out, _ = run_cli(*args, env={"LANG": "C", "LC_ALL": ""})
    assert code == 0 and out.startswith("# Progress of 青河县")


def test_report_modules_load_only_for_report() -> None:
    """check-deadlines does not import the report's modules or python-docx."""
    import subprocess
    import sys

    probe = ("import sys\nfrom tgbe.cli import cli\n"
             f"cli.main(['check-deadlines', {NOTICE!r}, '--today', '2024-06-10', '-f', 'json'],"
             " standalone_mode=False)\n"
             "print(sorted(m for m in sys.modules if m.startswith(('tgbe.render.report', "
             "'tgbe.render.svg', 'docx'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=False).stdout
    assert out.strip().splitlines()[-1] == "[]"
