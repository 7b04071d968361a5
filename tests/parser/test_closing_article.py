"""A last article about the notice itself (``第五条 本措施…负责解释，自印发之日起施行``) is no
measure: it is left out with an info ``closing-article`` note, in both languages, while an
article that names units and a deadline stays a measure even when it opens with 本方案
(``tests/fixtures/layouts/closing_article.txt``)."""

from __future__ import annotations

import json

from tests.conftest import FIXTURES, RunCli, parsed_measures

FIXTURE = str(FIXTURES / "layouts" / "closing_article.txt")


def test_the_closing_article_is_no_measure() -> None:
    measures = parsed_measures(FIXTURE)
    assert list(measures) == ["1.1", "1.2", "2.3", "2.4"]
    assert measures["2.4"]["text"] == "本方案实施情况纳入年度考核。"
    assert [unit["name"] for unit in measures["2.4"]["units"]] == ["县营商办"]


def test_it_is_reported_as_an_info_note(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("parse", FIXTURE, "-f", "json")
    assert code == 0
    notes = [(item["code"], item["severity"], item["span"]["start_line"])
             for item in json.loads(stdout)["diagnostics"]]
    assert notes == [("closing-article", "info", 9)]


def test_lint_shows_the_note_in_chinese(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("lint", FIXTURE, "--lang", "zh")
    assert code == 0  # an info finding does not fail lint
    assert "第五条 讲的是通知本身（施行日期、解释机关或有效期），不是举措，未计入" in stdout
    assert "is about the notice itself" not in stdout


def test_check_deadlines_does_not_count_it_as_missing(run_cli: RunCli) -> None:
    code, stdout, _ = run_cli("check-deadlines", FIXTURE, "--today", "2025-01-01", "-f", "json")
    assert code == 0
    assert "第五条" not in stdout and "本措施" not in stdout
