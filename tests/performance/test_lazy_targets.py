"""Targets are extracted only where they are read; every output stays as it was.

``tgbe parse -f json`` of a notice with targets is compared byte for byte with a golden
file written before targets became a step of their own; the commands that never show
targets (lint, check-deadlines, units, the parse table) must not extract them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import tgbe
from tests.conftest import FIXTURES, ROOT, SEED, RunCli
from tgbe.models import Notice
from tgbe.parse import api, targets

NOTICE = FIXTURES / "targets" / "lazy-notice.txt"
GOLDEN = FIXTURES / "targets" / "lazy-notice.parse.json"


def _without_targets(notice: Notice) -> dict[str, object]:
    """The notice as JSON data with every ``targets`` list emptied."""
    data = json.loads(notice.model_dump_json())
    for indicator in data["indicators"]:
        indicator["targets"] = []
        for measure in indicator["measures"]:
            measure["targets"] = []
    return data  # type: ignore[no-any-return]


def test_parse_json_is_byte_identical_to_the_golden_file(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, _ = run_cli("parse", str(NOTICE.relative_to(ROOT)), "-f", "json")
    assert code == 0
    assert out == GOLDEN.read_text(encoding="utf-8")
    assert sum(len(measure["targets"]) for indicator in json.loads(out)["indicators"]
               for measure in indicator["measures"]) == 4


def test_targets_command_lists_the_targets(run_cli: RunCli) -> None:
    code, out, _ = run_cli("targets", str(NOTICE), "-f", "json")
    assert code == 0
    assert [row["raw"] for row in json.loads(out)["targets"]] == [
        "达到95%以上", "压缩至1个工作日以内", "不少于800户", "压缩至5个", "12个工作日",
        "不超过两个"]


@pytest.mark.parametrize("path", [SEED, NOTICE], ids=lambda path: Path(path).name)
def test_without_targets_only_the_targets_are_missing(path: Path) -> None:
    full = tgbe.parse_file(path)
    lean = tgbe.parse_file(path, targets=False)
    assert not any(item.targets for item in lean.indicators)
    assert not any(item.targets for item in lean.measures())
    assert any(item.targets for item in full.measures())
    assert json.loads(lean.model_dump_json()) == _without_targets(full)


@pytest.mark.parametrize(
    "args",
    [
        ("lint", "-f", "json"),
        ("check-deadlines", "--today", "2025-07-01", "-f", "json"),
        ("units", "-f", "json"),
        ("parse",),
    ],
    ids=lambda args: args[0],
)
def test_commands_that_show_no_targets_do_not_extract_them(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    calls: list[int] = []
    real = targets.attach_targets

    def counting(*arguments: object, **keywords: object) -> None:
        calls.append(1)
        real(*arguments, **keywords)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "attach_targets", counting)
    code, out, _ = run_cli(args[0], str(NOTICE), *args[1:])
    assert code in (0, 1)
    assert out
    assert calls == []
    run_cli("targets", str(NOTICE))
    assert calls == [1]


@pytest.mark.parametrize("text", ["推行一网通办，统一受理。", "no figure here", ""])
def test_a_text_without_a_figure_is_not_scanned_further(text: str) -> None:
    assert targets._MAY_HOLD_FIGURE.search(text) is None
    assert targets.scan(text) == []


def test_the_pre_test_keeps_every_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text of the seed and the fixture scans the same with and without the pre-test."""
    notices = [tgbe.parse_file(path) for path in (SEED, NOTICE)]
    texts = [*(indicator.summary or "" for notice in notices for indicator in notice.indicators),
             *(measure.text for notice in notices for measure in notice.measures())]
    texts += ["办理一件事", "压减两个环节", "2025年", "第三次", "一网通办"]
    quick = [targets.scan(text) for text in texts]
    monkeypatch.setattr(targets, "_MAY_HOLD_FIGURE", re.compile(""))
    assert [targets.scan(text) for text in texts] == quick
    assert sum(map(len, quick)) > 100
