"""CSV and xlsx for Excel, help without markup, and messages that say the real problem."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import FIXTURES, SEED, RunCli

HOSTILE = FIXTURES / "i13" / "hostile.txt"
BOM = b"\xef\xbb\xbf"


def _csv_rows(data: bytes, crlf: bool = True) -> list[list[str]]:
    """The rows of CSV ``data``, checked to start with one BOM and (in files) end lines CRLF."""
    assert data.startswith(BOM) and data.count(BOM) == 1
    text = data[len(BOM):].decode("utf-8")
    if crlf:
        assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return list(csv.reader(io.StringIO(text)))


def test_every_csv_has_a_bom_crlf_and_headers_in_the_chosen_language(
    run_cli: RunCli, tmp_path: Path
) -> None:
    for command, zh_first, en_first in [("list", "编号", "ID"), ("units", "单位", "Unit"),
                                        ("targets", "指标", "indicator")]:
        for lang, first in (("zh", zh_first), ("en", en_first)):
            target = tmp_path / f"{command}-{lang}.csv"
            code, _, _ = run_cli(command, str(SEED), "-f", "csv", "-o", str(target),
                                 "--lang", lang)
            assert code == 0 and _csv_rows(target.read_bytes())[0][0] == first
    code, _, _ = run_cli("export", str(SEED), "--by-unit", "-f", "csv", "-o",
                         str(tmp_path / "by-unit"), "--lang", "zh")
    sheet = sorted((tmp_path / "by-unit").iterdir())[0]
    # the returned workbook's headers stay Chinese: status import reads them back
    assert code == 0 and _csv_rows(sheet.read_bytes())[0][:3] == ["编号", "指标序号", "举措序号"]


def test_formula_like_cells_are_neutralised_in_csv(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    code, _, _ = run_cli("list", str(HOSTILE), "-f", "csv", "-o", str(target))
    rows = _csv_rows(target.read_bytes())
    assert code == 0
    assert rows[1][2].startswith("'=HYPERLINK(") and rows[2][2].startswith("'+SUM(")
    assert rows[2][5].startswith("'@县公安局")
    assert rows[3][2].startswith("推动电子营业执照")  # ordinary text untouched
    code, out, _ = run_cli("units", str(HOSTILE), "-f", "csv")
    assert out.startswith("\ufeff") and "\n'@县公安局," in out  # (CliRunner reads \r\n as \n)


def test_formula_like_cells_stay_text_in_xlsx(run_cli: RunCli, tmp_path: Path) -> None:
    listed, ledger = tmp_path / "list.xlsx", tmp_path / "ledger.xlsx"
    assert run_cli("list", str(HOSTILE), "-f", "xlsx", "-o", str(listed))[0] == 0
    assert run_cli("export", str(HOSTILE), "--by-unit", "-o", str(ledger))[0] == 0
    for path in (listed, ledger):
        book = load_workbook(path)
        cells = [cell for sheet in book.worksheets for row in sheet.iter_rows()
                 for cell in row if isinstance(cell.value, str)]
        assert any(cell.value.startswith("=HYPERLINK(") for cell in cells)
        assert all(cell.data_type == "s" for cell in cells)  # text, never a live formula


def test_bare_tgbe_prints_help_and_exits_0(run_cli: RunCli) -> None:
    code, out, err = run_cli()
    assert code == 0 and err == "" and out.startswith("Usage: ")
    assert "\ufffd" not in out and "check-deadlines" in out and "\n\n" in out
    code, out, _ = run_cli("--lang", "zh")
    assert code == 0 and out.startswith("用法：") and "报告逾期和即将到期的举措" in out


def test_version_also_as_dash_capital_v(run_cli: RunCli) -> None:
    assert run_cli("-V")[1] == run_cli("--version")[1] != ""


def test_help_has_no_markup_sizes_as_written_and_whole_summaries(run_cli: RunCli) -> None:
    pages = [run_cli(*args, "--help")[1] for args in
             [(), ("parse",), ("schema",), ("status",), ("list",), ("lint",), ("export",)]]
    for page in pages:
        assert "``" not in page and "::" not in page
        assert "..." not in page.replace("[ARGS]...", "").replace("PATH...", "")
    assert "[default: 50M]" in pages[1] and "52428800" not in pages[1]
    assert "every measure of NOTICE as" in pages[3] and "todo." in pages[3]
    assert "Parse a notice into typed data. 把通知解析为结构化数据。" in " ".join(pages[0].split())


def test_help_in_chinese(run_cli: RunCli) -> None:
    code, out, _ = run_cli("help", "zh")
    assert code == 0 and "tgbe list — 按单位、指标、时限列出举措。" in out
    assert "--due-before" in out and "完成时限早于 DATE" in out
    _, out, _ = run_cli("list", "--help", env={"LANG": "zh_CN.UTF-8"})
    assert "用法：" in out and "某单位参与的举措" in out and "显示本说明并退出。" in out
    _, out, _ = run_cli("list", "--lang", "zh", "--help")
    assert "某单位参与的举措" in out


def test_dates_say_what_is_wrong(run_cli: RunCli) -> None:
    code, out, err = run_cli("check-deadlines", str(SEED), "--today", "2023-02-30")
    assert (code, out) == (2, "")
    assert "no such day: 2023-02-30 (February 2023 has 28 days)" in err
    assert "expected a date" not in err
    _, _, err = run_cli("check-deadlines", str(SEED), "--today", "2023-02-30", "--lang", "zh")
    assert "错误: 没有这一天：2023-02-30（2023 年 2 月只有 28 天）" in err
    code, _, err = run_cli("list", str(SEED), "--due-before", "20230901")
    assert code == 2 and "expected a date YYYY-MM-DD, found '20230901'" in err


def test_a_missing_file_has_no_made_up_position(run_cli: RunCli, tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    code, _, err = run_cli("units", str(gone))
    assert code == 2 and err == f"{gone}: error: no such file: expected a notice file\n"
    _, _, err = run_cli("units", str(gone), "--lang", "zh")
    assert err == f"{gone}: 错误: 没有这个文件：应为一份通知文件\n"


def test_an_option_without_its_value_names_the_subcommand(run_cli: RunCli) -> None:
    code, _, err = run_cli("list", str(SEED), "--unit")
    assert code == 2 and " list: error: Option '--unit' requires an argument." in err
    assert not err.startswith("tgbe: error")


def test_unit_by_part_of_its_name_with_did_you_mean(run_cli: RunCli) -> None:
    code, out, _ = run_cli("list", str(HOSTILE), "--unit", "税务", "-f", "csv")
    assert code == 0 and len(_csv_rows(out.encode("utf-8"), crlf=False)) == 2
    code, out, _ = run_cli("list", str(HOSTILE), "--unit", "市场监督", "-f", "csv")
    assert code == 0 and len(_csv_rows(out.encode("utf-8"), crlf=False)) == 4  # 县市场监管局 too
    code, _, err = run_cli("list", str(HOSTILE), "--unit", "县", "--lang", "zh")
    assert code == 2 and "“县”可指多个单位；是否要找：县市场监管局、" in err


def test_check_deadlines_speaks_chinese_in_every_format(run_cli: RunCli) -> None:
    args = ("check-deadlines", str(SEED), "--today", "2023-07-01", "--lang", "zh")
    _, github, _ = run_cli(*args, "-f", "github")
    assert ("title=举措 11.2 已逾期::11.2 纳税：完成时限 2023-04-30，逾期 62 天（县税务局）"
            in github)
    _, junit, _ = run_cli(*args, "-f", "junit")
    assert 'message="完成时限 2023-04-30，逾期 62 天"' in junit
    _, text, _ = run_cli(*args)
    assert text.startswith("截至 2023-07-01：逾期 28 项") and "overdue" not in text


def test_footers_are_in_one_language(run_cli: RunCli) -> None:
    _, en, _ = run_cli("list", str(HOSTILE), "--unit", "税务")
    _, zh, _ = run_cli("list", str(HOSTILE), "--unit", "税务", "--lang", "zh")
    assert "1 measure\n" in en.replace(" ", "").replace("1measure", "1 measure")
    assert "项举措" not in en and "共 1 项举措" in zh and "measure" not in zh
    _, en, _ = run_cli("parse", str(SEED), env={"COLUMNS": "120"})
    assert "16 indicators" in en and "个指标" not in en


def test_status_summary_and_crossdup_as_csv_for_excel(run_cli: RunCli, tmp_path: Path) -> None:
    progress = FIXTURES / "ledger" / "progress.yaml"
    summary, shared = tmp_path / "status.csv", tmp_path / "shared.csv"
    code, _, _ = run_cli("status", "check", str(SEED), str(progress), "-f", "csv", "-o",
                         str(summary), "--lang", "zh")
    rows = _csv_rows(summary.read_bytes())
    assert code == 0 and rows[0] == ["状态", "数量"] and ["done", "1"] in rows
    code, _, _ = run_cli("crossdup", str(FIXTURES / "crossdup"), "-f", "csv", "-o", str(shared))
    rows = _csv_rows(shared.read_bytes())
    assert code == 1 and rows[0][:2] == ["Original file", "Original measure"] and len(rows) > 1
    _, out, _ = run_cli("status", "check", str(SEED), str(progress), "--lang", "zh")
    assert "：通过 — 列出 3 项，共 213 项举措（" in out and "ok" not in out


def test_diff_tables_are_in_one_language(run_cli: RunCli) -> None:
    old, new = FIXTURES / "crossdup" / "east-2021.txt", FIXTURES / "crossdup" / "west-2023.txt"
    _, zh, _ = run_cli("diff", str(old), str(new), "--lang", "zh")
    _, en, _ = run_cli("diff", str(old), str(new), "--lang", "en")
    assert "新增举措（1）" in zh and "修改（[-删除-]{+新增+}）" in zh and "Measures" not in zh
    assert "Measures added (1)" in en and "新增举措" not in en and "位置" not in en
