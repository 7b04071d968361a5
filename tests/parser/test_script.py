"""Text as written (issue 11, item 6): a traditional-script notice keeps its script in every
output while matching (queries, comparison) folds scripts; pinyin glosses (發(fā)) are taken
out of names and texts with one info diagnostic, spans still pointing at the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, RunCli, parsed_measures
from tgbe.read.hanzi import to_simplified

TRADITIONAL = str(FIXTURES / "layouts" / "traditional.txt")
GLOSSES = str(FIXTURES / "layouts" / "pinyin_glosses.txt")


def _units(measure: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(unit["name"], unit["role"], unit["key"]) for unit in measure["units"]]


def test_a_traditional_notice_stays_traditional(run_cli: RunCli) -> None:
    code, out, _ = run_cli("parse", TRADITIONAL, "-f", "json")
    assert code == 0
    notice = json.loads(out)
    assert notice["issuer"] == "北嶺縣優化營商環境工作領導小組辦公室"
    assert [i["name"] for i in notice["indicators"]] == ["開辦企業", "獲得電力", "納稅服務"]
    first = notice["indicators"][0]["measures"][0]
    assert first["text"] == "推行企業開辦“一網通辦”，實現開辦時間壓縮至1個工作日。"


EXPECTED = {
    "1.1": ([("縣市場監管局", "responsible", "县市场监督管理局"),
             ("縣稅務局", "responsible", "县税务局")], "2024年6月底", "2024-06-30"),
    "1.2": ([("縣市場監管局", "lead", "县市场监督管理局"), ("縣數據局", "support", "县数据局")],
            "2024年9月底前完成", "2024-09-30"),
    "2.3": ([("北嶺供電公司", "responsible", "北岭供电公司")], "持續推進", None),
    "2.4": ([("北嶺供電公司", "responsible", "北岭供电公司")], None, None),
    "3.6": ([("縣稅務局", "responsible", "县税务局"), ("縣財政局", "responsible", "县财政局")],
            None, None),
    "3.7": ([("縣稅務局", "lead", "县税务局"), ("縣司法局", "support", "县司法局")],
            "2024年10月底", "2024-10-31"),
}


@pytest.mark.parametrize("measure_id", list(EXPECTED))
def test_traditional_units_roles_and_deadlines(measure_id: str) -> None:
    measure = parsed_measures(TRADITIONAL)[measure_id]
    units, raw, due = EXPECTED[measure_id]
    assert _units(measure) == units
    deadline = measure["deadline"] or {}
    assert (deadline.get("raw"), deadline.get("due")) == (raw, due)


def test_every_measure_of_the_traditional_notice_is_found() -> None:
    assert len(parsed_measures(TRADITIONAL)) == 8


@pytest.mark.parametrize(("option", "value", "ids"), [
    ("--unit", "县税务局", ["1.1", "3.5", "3.6", "3.7", "3.8"]),
    ("--unit", "縣財政局", ["3.6"]),
    ("--unit", "税务", ["1.1", "3.5", "3.6", "3.7", "3.8"]),
    ("--indicator", "纳税", ["3.5", "3.6", "3.7", "3.8"]),
])
def test_queries_match_either_script(run_cli: RunCli, option: str, value: str,
                                     ids: list[str]) -> None:
    code, out, _ = run_cli("list", TRADITIONAL, option, value, "-f", "json")
    assert code == 0
    assert [m["id"] for m in json.loads(out)["measures"]] == ids


def test_diff_across_scripts_finds_no_difference(run_cli: RunCli, tmp_path: Path) -> None:
    simplified = tmp_path / "simplified.txt"
    simplified.write_text(to_simplified(Path(TRADITIONAL).read_text(encoding="utf-8")),
                          encoding="utf-8")
    code, out, _ = run_cli("diff", TRADITIONAL, str(simplified), "-f", "json")
    assert code == 0
    assert json.loads(out)["changes"] == []


def test_pinyin_glosses_leave_names_and_texts(run_cli: RunCli) -> None:
    code, out, err = run_cli("parse", GLOSSES, "-f", "json", "--lang", "en")
    assert code == 0
    notice = json.loads(out)
    measure = notice["indicators"][0]["measures"][0]
    assert measure["text"] == "推動經開區企業開辦全程網辦，發放電子營業執照。"
    assert [unit["name"] for unit in measure["units"]] == ["經開區管委會", "縣市場監管局"]
    assert [d["code"] for d in notice["diagnostics"]] == ["pinyin-glosses"]
    assert notice["diagnostics"][0]["severity"] == "info"
    assert err.count("[pinyin-glosses]") == 1
    assert "5 pinyin gloss(es)" in err


def test_spans_point_at_the_file_as_written() -> None:
    measure = parsed_measures(GLOSSES)["1.1"]
    line = Path(GLOSSES).read_text(encoding="utf-8").split("\n")[3]
    span = measure["text_span"]
    assert (span["start_line"], span["start_column"]) == (4, 3)
    assert span["end_column"] == len(line) + 1  # after the closing 。, past five glosses
    deadline = measure["deadline"]["span"]
    assert (deadline["start_line"], deadline["start_column"]) == (6, 6)
