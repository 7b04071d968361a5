"""The pre-commit hook definitions at the repository root."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT
from tgbe.cli import COMMANDS


def test_hooks_run_tgbe_subcommands_on_notice_files() -> None:
    hooks = {hook["id"]: hook for hook in
             yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"tgbe-lint", "tgbe-check-deadlines"}
    for hook in hooks.values():
        assert {"id", "name", "entry", "language"} <= hook.keys()
        assert hook["language"] == "python" and hook["entry"].startswith("tgbe ")
        assert re.search(hook["files"], "notices/tonggu-2023.txt")
    deadlines = hooks["tgbe-check-deadlines"]
    assert deadlines["entry"].split()[1] in COMMANDS
    assert deadlines["pass_filenames"] is False  # the notice and ledger are given in args
    assert re.search(deadlines["files"], "progress/ledger.yaml")
