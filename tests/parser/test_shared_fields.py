"""Field lines closing a group whose other measures name nothing of their own hold for the
whole group (``tests/fixtures/layouts/shared_fields.txt``), with an info note; a group whose
measures carry their own units or brackets keeps them."""

from __future__ import annotations

from typing import Any

from tests.conftest import FIXTURES, RunCli, parsed_measures

FIXTURE = str(FIXTURES / "layouts" / "shared_fields.txt")


def _units(measure: dict[str, Any]) -> list[str]:
    return [unit["name"] for unit in measure["units"]]


def test_bare_measures_share_the_closing_fields() -> None:
    measures = parsed_measures(FIXTURE)
    for measure_id in ("1.1", "1.2"):
        assert _units(measures[measure_id]) == ["县市场监管局", "县公安局"]
        assert measures[measure_id]["deadline"]["due"] == "2025-06-30"


def test_measures_with_their_own_fields_or_bracket_keep_them() -> None:
    measures = parsed_measures(FIXTURE)
    assert measures["2.1"]["deadline"]["due"] == "2025-03-31"
    assert measures["2.2"]["deadline"]["due"] == "2025-09-30"
    assert _units(measures["3.1"]) == ["县税务所"]
    assert measures["3.1"]["deadline"] is None


def test_sharing_is_said_once_per_group_in_both_languages(run_cli: RunCli) -> None:
    code, _, err = run_cli("parse", FIXTURE, "-f", "json", "--lang", "en")
    assert code == 0
    assert err.count("[shared-fields]") == 1
    assert "measures 1.1–1.2 share the fields written after the last of them" in err
    _, _, err_zh = run_cli("parse", FIXTURE, "-f", "json", "--lang", "zh")
    assert "举措 1.1–1.2 共用写在最后一条之后的字段" in err_zh


def test_lint_says_it_in_chinese_too(run_cli: RunCli) -> None:
    _, stdout, _ = run_cli("lint", FIXTURE, "--lang", "zh")
    assert "举措 1.1–1.2 共用写在最后一条之后的字段（单位、完成时限）" in stdout
    assert "share the fields" not in stdout
