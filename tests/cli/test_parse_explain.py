"""``tgbe parse --explain``: each line with the kind it was read as and why, in zh and en."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.infra.width import display_width

LAYOUTS = FIXTURES / "layouts"


def _rows(out: str) -> dict[int, tuple[str, str]]:
    """Line number → (kind, why) from the explain view (columns split by two spaces) after
    its path and header lines."""
    rows: dict[int, tuple[str, str]] = {}
    for row in out.splitlines()[2:]:
        number, kind, why, *_ = re.split(r"\s{2,}", row.strip())
        rows[int(number)] = (kind, why)
    return rows


def _explain(run_cli: RunCli, name: str, lang: str) -> dict[int, tuple[str, str]]:
    code, out, err = run_cli("--lang", lang, "parse", "--explain", str(LAYOUTS / name),
                             env={"COLUMNS": "160"})
    assert code == 0 and err == ""
    return _rows(out)


def test_sub_headings_measures_fields_and_boxes_in_english(run_cli: RunCli) -> None:
    rows = _explain(run_cli, "per_section_headings.txt", "en")
    assert rows[1] == ("text", "before the first section: header")
    assert rows[10] == ("heading", "marker 一、 with measures below")
    assert rows[11] == ("sub-heading", "marker （一） + numbered measures below")
    assert rows[12] == ("measure", "marker 1. + unit bracket → 1.1")
    assert rows[13] == ("measure", "marker 2., nothing numbered below → 1.2")
    assert rows[16] == ("field", "label 完成时限 → deadline")
    assert rows[17] == ("field", "label 责任单位 → responsible")
    assert rows[21] == ("text", "boxed example, no units: not a measure")
    # the same （一） shape is a measure in section 二
    assert rows[23] == ("measure", "marker （一） + unit bracket → 2.1")
    assert rows[24] == ("measure", "marker （二） + field lines → 2.2")
    assert rows[25] == ("continuation", "marker 1.: a point of the measure")
    assert rows[34] == ("measure", "marker 1. + unit bracket → 3.1")


def test_sub_headings_measures_and_fields_in_chinese(run_cli: RunCli) -> None:
    rows = _explain(run_cli, "per_section_headings.txt", "zh")
    assert rows[11] == ("小标题", "编号 （一） + 其下有编号举措")
    assert rows[23] == ("举措", "编号 （一） + 单位括注 → 2.1")
    assert rows[16] == ("字段", "标签 完成时限 → 时限")
    assert rows[31] == ("正文", "专栏或案例，无单位：不是举措")


def test_page_numbers_wrapped_text_and_field_values(run_cli: RunCli) -> None:
    rows = _explain(run_cli, "hard_wrap_pages.txt", "en")
    assert rows[12] == ("continuation", "plain line: the measure's text goes on")
    assert rows[13] == ("page number", "page number - 5 -, left out")
    assert rows[16] == ("field", "continues the value of 完成时限")
    assert rows[21] == ("page number", "page number 第 3 页, left out")
    assert rows[31] == ("page number", "page number 7, left out")
    zh = _explain(run_cli, "hard_wrap_pages.txt", "zh")
    assert zh[18] == ("页码", "页码 — 6 —，已去掉")
    assert zh[19] == ("字段", "续接字段 责任单位 的值")


def test_paragraph_measures_roles_and_table_rows(run_cli: RunCli) -> None:
    rows = _explain(run_cli, "paragraph_measures.txt", "en")
    assert rows[4] == ("measure", "paragraph ending in a unit bracket → 1.1")
    assert rows[6] == ("text", "boxed example, no units: not a measure")
    table = _explain(run_cli, "task_table.txt", "en")
    assert table[2] == ("table row", "task table header")
    assert table[7] == ("table row", "task table row → 1.1")
    labels = _explain(run_cli, "label_shapes.txt", "en")
    assert ("field", "label 牵头考核单位 → lead") in labels.values()
    assert ("field", "label 时间节点 → deadline") in labels.values()


def test_a_stray_line_and_the_summary_pointing_to_explain(run_cli: RunCli, tmp_path: Path) -> None:
    notice = tmp_path / "stray.txt"
    notice.write_text("一、纳税\n1.推行网上办税。\n责任单位：北溪县税务局\n这一行不属于任何字段\n",
                      encoding="utf-8")
    _, _, err = run_cli("--lang", "en", "parse", str(notice))
    assert err.splitlines()[-1].endswith(f"— see tgbe parse --explain {notice}")
    code, out, _ = run_cli("--lang", "en", "parse", "--explain", str(notice))
    assert code == 0
    assert _rows(out)[4] == ("stray", "after the measure's fields, not read")


def test_columns_align_and_lines_fit_the_width(run_cli: RunCli) -> None:
    code, out, _ = run_cli("--lang", "zh", "parse", "--explain", str(SEED),
                           env={"COLUMNS": "90"})
    assert code == 0 and "\x1b" not in out
    rows = out.splitlines()
    assert rows[0] == str(SEED) and rows[1].split() == ["行", "类别", "依据", "原文"]
    assert len(rows) > 600 and all(display_width(row) <= 90 for row in rows)
    starts = {display_width(row[: row.index("举措")]) for row in rows[2:]
              if "  举措  " in row}
    assert len(starts) == 1  # the kind column starts at one place


@pytest.mark.parametrize(("args", "message"), [
    (("-f", "json"), "does not combine with -f json"),
])
def test_explain_refuses_a_data_format(run_cli: RunCli, args: tuple[str, ...],
                                       message: str) -> None:
    code, _, err = run_cli("--lang", "en", "parse", "--explain", *args, str(SEED))
    assert code == 2 and message in err


def test_unreadable_notice_exits_2_with_a_located_error(run_cli: RunCli, tmp_path: Path) -> None:
    notice = tmp_path / "empty.txt"
    notice.write_text("只有一行文字\n", encoding="utf-8")
    code, out, err = run_cli("--lang", "en", "parse", "--explain", str(notice))
    assert code == 2 and out == ""
    assert err.startswith(f"{notice}:1:1: error: no recognisable measures")
    assert "Traceback" not in err
