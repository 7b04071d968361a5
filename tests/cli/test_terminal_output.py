"""Output where a person looks, and where a machine reads: colour, width, 避头尾, clean files.

Tables are rendered through a pseudo-terminal (``pty``) at 80 and 120 columns, as a user
sees them; files written with ``-o`` and pipes must carry no escape bytes.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEED, RunCli
from tgbe.infra.width import display_width

TGBE = [str(Path(sys.executable).with_name("tgbe"))]
NO_START = "。，、；：？！）」』”"  # 避头尾: what no wrapped line may start with …
NO_END = "（「『“"  # … or end with
HOSTILE = FIXTURES / "i13" / "hostile.txt"
# Words zh output may hold: metavariables, option values, formats, command names, variables,
# rule codes; APP is written in the seed notice; cli is CliRunner's program name.
ALLOWED_WORDS = frozenset(re.findall(r"\S+", """
    tgbe cli COMMAND OPTIONS ARGS PATH CODEC SIZE FILE NAME DATE INDICATOR DAYS ZONE YYYY MM DD
    NOTICE LEDGER LANGUAGE CODE DIR OLD NEW N zh en auto always never table json jsonl csv
    xlsx yaml text github junit JSON Schema CSV YAML BOM UTF GB Big CPU TGBE_LANG NO_COLOR
    FORCE_COLOR TGBE_TODAY todo in_progress done dropped error warning ignore help status
    init check parse lint rules explain diff crossdup export targets units list schema notice
    ledger Asia Shanghai rapidfuzz ALL PUN XDP toml pyproject APP
    summary import report overdue undated extended html docx md Word PDF WORKBOOK SHEET ROW COL
    info TOML date note history new_deadline float int bool str tuple list select zip
"""))
ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07")
TABLES = [
    ("parse", str(SEED)),
    ("list", str(SEED), "--indicator", "12"),
    ("list", str(HOSTILE)),
    ("units", str(SEED)),
    ("targets", str(SEED)),
    ("check-deadlines", str(SEED), "--today", "2026-07-01"),
    ("check-deadlines", str(SEED), "--today", "2023-06-20"),
]


def _clean_env(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items()
           if name not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TGBE_LANG")}
    return {**env, "TERM": "xterm-256color", **extra}


def run_in_terminal(args: tuple[str, ...], columns: int, **env: str) -> str:
    """Run tgbe with its standard output on a pseudo-terminal ``columns`` wide."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    process = subprocess.Popen([*TGBE, *args], stdout=slave, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, env=_clean_env(**env))
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(master)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in re.split(r"[│┃]", line)[1:-1]]


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("args", TABLES, ids=lambda args: "-".join(args[:1] + args[2:3]))
def test_tables_fit_the_terminal_and_wrap_by_kinsoku(args: tuple[str, ...], columns: int
                                                     ) -> None:
    shown = run_in_terminal((*args, "--lang", "zh"), columns)
    plain = ESCAPE.sub("", shown)
    lines = plain.splitlines()
    assert lines
    assert max(display_width(line) for line in lines) <= columns
    assert "…" not in plain  # wrapped, never cut
    for line in lines:
        cells = _cells(line) if "│" in line or "┃" in line else [line.strip()]
        for cell in filter(None, cells):
            assert cell[0] not in NO_START, line
            assert cell[-1] not in NO_END, line


def test_colour_on_a_terminal_but_never_under_no_color_or_never() -> None:
    args = ("lint", str(SEED), "--select", "DUP002")
    assert "\x1b[" in run_in_terminal(args, 100)
    assert "\x1b[" not in run_in_terminal(args, 100, NO_COLOR="1")
    assert "\x1b[" not in run_in_terminal((*args, "--color", "never"), 100)
    assert "\x1b[" not in run_in_terminal(("--color", "never", *args), 100)


def test_output_files_from_a_terminal_have_no_escape_bytes(tmp_path: Path) -> None:
    for number, args in enumerate([("lint", str(SEED)), ("units", str(SEED)),
                                   ("diff", str(SEED), str(HOSTILE)), ("parse", str(SEED))]):
        target = tmp_path / f"out{number}.txt"
        run_in_terminal((*args, "-o", str(target), "--color", "always"), 100,
                        FORCE_COLOR="1")
        assert target.stat().st_size > 0 and b"\x1b" not in target.read_bytes()


def test_pipes_get_no_colour_unless_forced() -> None:
    args = [*TGBE, "units", str(SEED)]
    piped = subprocess.run(args, capture_output=True, env=_clean_env(), check=True).stdout
    forced = subprocess.run(args, capture_output=True, env=_clean_env(FORCE_COLOR="1"),
                            check=True).stdout
    assert b"\x1b" not in piped and b"\x1b[" in forced


@pytest.mark.parametrize("columns", ["80", "120"])
def test_pipes_fit_columns_else_100(columns: str) -> None:
    for env, width in (({"COLUMNS": columns}, int(columns)), ({}, 100)):
        out = subprocess.run([*TGBE, "check-deadlines", str(SEED), "--today", "2026-07-01"],
                             capture_output=True, env=_clean_env(**env)).stdout.decode()
        assert max(display_width(line) for line in out.splitlines()) <= width
        days = [line for line in out.splitlines() if "days overdue" in line]
        starts = {display_width(line[:re.search(r"days overdue +", line).end()])  # type: ignore[union-attr]
                  for line in days}
        assert len(starts) == 1  # the texts start in one column, whatever the number of days


def english_words(text: str, allowed: str = "") -> set[str]:
    """The English words of zh ``text`` that are not :data:`ALLOWED_WORDS` or technical.

    Left out first: escape codes, GitHub annotation heads, options, variables, paths and
    file names, rule codes and rule names (``DUP002``, ``copied-block``), words with
    digits, code points, XML markup (``<testcase name=``), text a user wrote (quoted “so” or 'so'),
    and words matching the regex ``allowed``.
    """
    text = re.sub(r"\x1b\[[0-9;]*m|::(error|warning|notice) [^:]*::|title=|<[/?]?\w+|\w+=|"
                  r"--?[a-z][a-z-]*|\$\w+|\S*/\S*|\S*\.(txt|yaml|toml|png|xlsx|csv)\b|"
                  r"“[^”]*”|'[^']*'|\b[a-z]+(-[a-z]+)+\b|\b[A-Za-z]*\d[\w.-]*|U\+[0-9A-F]+",
                  " ", text)
    words = set(re.findall(r"[A-Za-z][A-Za-z_]+", text)) - ALLOWED_WORDS
    return {word for word in words if not (allowed and re.fullmatch(allowed, word))}


def test_zh_output_has_no_english_words(run_cli: RunCli) -> None:
    # the hostile fixture's own words: a formula, a link
    allowed = r"HYPERLINK|SUM|http|example|invalid"
    for args in [("list", str(HOSTILE)), ("units", str(SEED)), ("parse", str(SEED)),
                 ("targets", str(SEED)), ("check-deadlines", str(SEED), "--today", "2023-07-01"),
                 ("check-deadlines", str(SEED), "--today", "2023-07-01", "-f", "github"),
                 ("list", str(SEED), "-f", "csv"), ("help", "zh"), ("--help",),
                 ("list", "--help"), ("status", "--help")]:
        _, out, _ = run_cli(*args, env={"TGBE_LANG": "zh", "COLUMNS": "120"})
        assert not english_words(out, allowed), args
