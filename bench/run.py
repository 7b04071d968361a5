"""``make bench``: tgbe's speed and memory as ratios against baselines, from one run.

Each line prints the measured ratio, its target and PASS/FAIL (absolute times are shown
for context; the targets are ratios so that they hold on any machine).  Exit code 1 when
a target is missed.  The targets are those of issue 15: parse ≤ 8× a regex splitter, lint
≤ 1.6× parse (in-process and as processes), cold start ≤ 1.25× the bare imports (≤ 1.35×
under ``PYTHONDONTWRITEBYTECODE=1``), ``--jobs 2`` ≥ 1.8× on 200 notices, 200/50 notices
≤ 4.3×, peak memory of 200 notices in ``-f jsonl`` < 150 MB, lint of a 20 MB notice
< 1 GB and linear; those of issue 16: each hostile shape (g) parsed and linted in linear
time within 30× its text + 100 MB, lint of repetitive input (h) within 10× its parse, a
ledger of unknown ids (j) linear with 20 errors shown; the HTML report (i) ≤ 1.5× the
deadline check.  docs/reference/speed.md lists every line with its target.
"""

from __future__ import annotations

import contextlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import tgbe
from generate import generate
from shapes import SHAPES, repeated_seed, repeated_seed_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tonggu-2023.txt"
TGBE = [str(Path(sys.executable).with_name("tgbe"))]
# The batch command measured in (d); the memory of (d) is measured parsing to JSON Lines.
BATCH_COMMAND = ["lint", "-f", "jsonl"]
MEMORY_COMMAND = ["parse", "-f", "jsonl"]
MB = 1024 * 1024


@dataclass(frozen=True)
class Result:
    """One benchmark line: a ratio, its target and what it compares."""

    name: str
    ratio: float
    target: float
    at_most: bool
    detail: str

    @property
    def passed(self) -> bool:
        """Whether the ratio meets its target."""
        return self.ratio <= self.target if self.at_most else self.ratio >= self.target

    def line(self) -> str:
        """``name  ratio (target ≤ t)  PASS  detail``."""
        sign = "≤" if self.at_most else "≥"
        verdict = "PASS" if self.passed else "FAIL"
        return (f"{self.name:<44} {self.ratio:7.2f}x  (target {sign} {self.target:g})  "
                f"{verdict}  {self.detail}")


# -- (a) in-process parse vs a plain regex line-splitter --------------------------------

_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+)[、．.](.*?)(?:[（(]([^）)]*)[）)])?\s*$")
_MEASURE = re.compile(r"^\s*([0-9]+)\s*[.．、](?![0-9])\s*(.*)$")
_FIELD = re.compile(r"^\s*(完成时限|责任单位|对标城市)\s*[:：]\s*(.*)$")
_DATE = re.compile(r"([0-9]{4})年(?:([0-9]{1,2})月)?(?:([0-9]{1,2})日)?")
_UNIT_SEPARATOR = re.compile(r"[、，,；;]")


_DIGITS = {char: value for value, char in enumerate("一二三四五六七八九", start=1)}


def _numeral(text: str) -> int:
    """一 … 九十九 as an integer."""
    tens, _, units = text.rpartition("十")
    if not _:
        return _DIGITS[units]
    return 10 * _DIGITS.get(tens, 1) + _DIGITS.get(units, 0)


def _due(text: str) -> date | None:
    """The last day of the period ``2023年9月`` / ``2023年`` / ``2023年9月30日`` names."""
    found = _DATE.search(text)
    if found is None:
        return None
    year, month, day = (int(part) if part else 0 for part in found.groups())
    if day:
        return date(year, month, day)
    if not month:
        return date(year, 12, 31)
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def regex_splitter(path: Path) -> list[dict[str, object]]:
    """The baseline: one pass over the lines, classified by regex, measures nested under
    indicator headings, with their text, 完成时限 as a due date and 责任单位 as a unit list."""
    text = path.read_bytes().decode("utf-8")
    measures: list[dict[str, object]] = []
    measure: dict[str, object] | None = None
    indicator = 0
    for line in text.splitlines():
        field = _FIELD.match(line)
        if field:
            key, value = field.groups()
            if measure is not None and key == "完成时限":
                measure["due"] = _due(value)
            elif measure is not None and key == "责任单位":
                measure["units"] = [unit for unit in _UNIT_SEPARATOR.split(value.strip("。"))
                                    if unit]
            continue
        heading = _HEADING.match(line)
        if heading:
            indicator = _numeral(heading.group(1))
            measure = None
            continue
        found = _MEASURE.match(line)
        if found and indicator:
            measure = {"id": f"{indicator}.{found.group(1)}", "text": found.group(2)}
            measures.append(measure)
        elif measure is not None and line.strip():
            measure["text"] = f"{measure['text']}{line.strip()}"
    return measures


def check_splitter() -> str:
    """Assert that the splitter finds what tgbe finds in the seed: the same measure ids,
    due dates and numbers of units (else the ratio (a) would compare unequal work)."""
    ours = tgbe.parse_file(SEED).measures()
    theirs = regex_splitter(SEED)
    assert [m.id for m in ours] == [m["id"] for m in theirs], "splitter: other measures"
    assert [m.deadline.due if m.deadline else None for m in ours] == [
        m.get("due") for m in theirs], "splitter: other deadlines"
    units = [len(m.units) for m in ours]
    assert units == [len(m.get("units", ())) for m in theirs], "splitter: other units"  # type: ignore[arg-type]
    dated = sum(m.deadline is not None and m.deadline.due is not None for m in ours)
    return (f"(a) check: the splitter finds the same {len(ours)} measures, {dated} due dates "
            f"and {sum(units)} units as tgbe")


def best_of(function: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls after one warm-up call."""
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_times(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median wall times of two functions called alternately, so load changes hit both alike."""
    timings: tuple[list[float], list[float]] = ([], [])
    first()
    second()
    for _ in range(runs):
        for function, times in zip((first, second), timings, strict=True):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return statistics.median(timings[0]), statistics.median(timings[1])


def parse_vs_splitter() -> Result:
    """(a) tgbe.parse_file(seed) vs the regex splitter, in-process, median of 30.

    Both extract the same four fields, so tgbe parses without targets (``targets=False``,
    as ``lint`` and the deadline commands do); the context line gives the parse with them.
    """
    ours, baseline = paired_times(lambda: tgbe.parse_file(SEED, targets=False),
                                  lambda: regex_splitter(SEED), 30)
    return Result("(a) parse seed / regex splitter", ours / baseline, 8, True,
                  f"{ours * 1000:.1f} ms vs {baseline * 1000:.1f} ms")


def parse_floor() -> str:
    """Context for (a): two unavoidable steps of a full parse, each against the splitter.

    The Lark LALR pass over the seed (the grammar the design requires) and the Pydantic
    validation of already-built plain data (the typed models it requires) — what any
    parser with both pays before reading a single unit name or deadline.
    """
    from tgbe.models import Notice
    from tgbe.parse.builder import build_notice_data
    from tgbe.parse.outline import notice_parser, parse_outline
    from tgbe.read.reader import read_path

    source = read_path(SEED)
    data = build_notice_data(parse_outline(source), source)
    lark = best_of(lambda: notice_parser().parse(source.text), 30)
    validation = best_of(lambda: Notice.model_validate(data), 30)
    full, baseline = paired_times(lambda: tgbe.parse_file(SEED), lambda: regex_splitter(SEED), 30)
    return (f"(a) context: Lark pass alone {lark / baseline:.2f}x the splitter "
            f"({lark * 1000:.1f} ms), model validation alone {validation / baseline:.2f}x "
            f"({validation * 1000:.1f} ms), parse with targets {full / baseline:.2f}x "
            f"({full * 1000:.1f} ms)")


# -- (b) cold CLI start vs bare imports ---------------------------------------------------


def run_quietly(command: Sequence[str], env: dict[str, str] | None = None) -> None:
    """Run ``command`` with its output discarded."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   env=env)


def paired_process_times(
    ours: Sequence[str], baseline: Sequence[str], runs: int = 15,
    env: dict[str, str] | None = None,
) -> tuple[float, float]:
    """Median wall times of two commands run alternately (see :func:`paired_times`)."""
    return paired_times(lambda: run_quietly(ours, env), lambda: run_quietly(baseline, env),
                        runs)


def cold_start(write_bytecode: bool) -> Result:
    """(b) ``tgbe parse seed -f json`` vs ``python -c "import click, lark, pydantic, yaml"``.

    Without ``write_bytecode`` both run under ``PYTHONDONTWRITEBYTECODE=1``: tgbe starts
    fast only if its bytecode was compiled beforehand (``make`` runs ``compileall``, as a
    wheel install does), since nothing is written at run time.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    ours, baseline = paired_process_times(
        [*TGBE, "parse", str(SEED), "-f", "json"],
        [sys.executable, "-c", "import click, lark, pydantic, yaml"], env=env,
    )
    name, target = (("(b) cold `tgbe parse -f json` / bare imports", 1.25) if write_bytecode
                    else ("(b) same, PYTHONDONTWRITEBYTECODE=1", 1.35))
    return Result(name, ours / baseline, target, True,
                  f"{ours * 1000:.0f} ms vs {baseline * 1000:.0f} ms")


def cold_start_with_bytecode() -> Result:
    """(b) with bytecode written as usual."""
    return cold_start(True)


def cold_start_without_writing() -> Result:
    """(b) under ``PYTHONDONTWRITEBYTECODE=1``."""
    return cold_start(False)


# -- (c) lint vs parse ------------------------------------------------------------------


def lint_vs_parse() -> Result:
    """(c) ``tgbe lint seed`` vs ``tgbe parse seed``, both ``-f json`` and in-process."""
    from click.testing import CliRunner

    from tgbe.cli import cli

    def invoke(*args: str) -> Callable[[], object]:
        return lambda: CliRunner().invoke(cli, list(args))

    ours, baseline = paired_times(invoke("lint", str(SEED), "-f", "json"),
                                  invoke("parse", str(SEED), "-f", "json"), 10)
    return Result("(c) lint seed / parse seed, in-process", ours / baseline, 1.6, True,
                  f"{ours * 1000:.0f} ms vs {baseline * 1000:.0f} ms")


def lint_vs_parse_processes() -> Result:
    """(c) ``tgbe lint seed -f json`` vs ``tgbe parse seed -f json`` as whole processes."""
    ours, baseline = paired_process_times([*TGBE, "lint", str(SEED), "-f", "json"],
                                          [*TGBE, "parse", str(SEED), "-f", "json"])
    return Result("(c) lint seed / parse seed, processes", ours / baseline, 1.6, True,
                  f"{ours * 1000:.0f} ms vs {baseline * 1000:.0f} ms")


def lint_split() -> str:
    """Context for (c): the parse into models and the rules alone, in-process."""
    from tgbe.lint.engine import active_rules, lint

    runs = 10
    rules = active_rules()
    # A fresh notice per call: rules keep per-notice results (the measure pairs) in a cache.
    notices = iter([tgbe.parse_file(SEED, targets=False) for _ in range(runs + 1)])
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    checking, parsing = paired_times(lambda: lint(next(notices), lines=lines, rules=rules),
                                     lambda: tgbe.parse_file(SEED, targets=False), runs)
    return (f"(c) context: parse into models {parsing * 1000:.0f} ms, rules alone "
            f"{checking * 1000:.0f} ms")


# -- (i) the progress report vs check-deadlines -------------------------------------------

SEED_LEDGER = ROOT / "tests" / "fixtures" / "report" / "seed-ledger.yaml"


def report_vs_deadlines() -> Result:
    """(i) cold ``tgbe report seed`` (HTML) vs cold ``tgbe check-deadlines seed``, same day
    and ledger, both as processes (the report's imports load only when it runs)."""
    day = ["--ledger", str(SEED_LEDGER), "--today", "2023-08-01"]
    with tempfile.TemporaryDirectory(prefix="tgbe-bench-") as folder:
        ours, baseline = paired_process_times(
            [*TGBE, "report", str(SEED), *day, "-o", str(Path(folder) / "report.html")],
            [*TGBE, "check-deadlines", str(SEED), *day])
    return Result("(i) cold `tgbe report` / `check-deadlines`", ours / baseline, 1.5, True,
                  f"{ours * 1000:.0f} ms vs {baseline * 1000:.0f} ms")


# -- (d) batches of generated notices -------------------------------------------------------


def batch(folder: Path, *options: str, command: Sequence[str] = BATCH_COMMAND) -> list[str]:
    """The batch command (or ``command``) over ``folder``."""
    return [*TGBE, *command, str(folder), *options]


def peak_rss_mb(command: Sequence[str]) -> float:
    """Peak resident memory (MB) of ``command`` and its workers, run in a fresh process."""
    return measured_run(command)[1]


def measured_run(command: Sequence[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of ``command`` run in a fresh process."""
    probe = ("import resource, subprocess, sys, time\n"
             "start = time.perf_counter()\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)\n"
             "print(time.perf_counter() - start,"
             " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    output = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True,
                            text=True, check=True).stdout.split()
    return float(output[0]), int(output[1]) / 1024


def burn(count: int) -> int:
    """Pure CPU work for the calibration of parallel speed-up."""
    return sum(index * index for index in range(count))


def cpu_calibration() -> float:
    """Speed-up of 2 processes over 1 on pure CPU work right now (2.0 on an idle machine)."""
    from concurrent.futures import ProcessPoolExecutor

    work = [3_000_000] * 4
    start = time.perf_counter()
    for count in work:
        burn(count)
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(2) as pool:
        pool.submit(burn, 1).result()
        start = time.perf_counter()
        list(pool.map(burn, work))
        parallel = time.perf_counter() - start
    return serial / parallel


def batches(workdir: Path) -> list[Result]:
    """(d) 50 vs 200 notices, --jobs 2 vs --jobs 1, peak memory for 200 in jsonl mode."""
    small, large = workdir / "50", workdir / "200"
    generate(small, 50, seed=1)
    generate(large, 200, seed=2)
    # Each ratio from alternated runs of its two commands, so that load changes hit both.
    t200, t50 = paired_process_times(batch(large, "--jobs", "1"), batch(small, "--jobs", "1"), 3)
    t200_one, t200_two = paired_process_times(batch(large, "--jobs", "1"),
                                              batch(large, "--jobs", "2"), 3)
    calibration = cpu_calibration()
    rss_one = peak_rss_mb(batch(large, "--jobs", "1", command=MEMORY_COMMAND))
    rss_two = peak_rss_mb(batch(large, "--jobs", "2", command=MEMORY_COMMAND))
    name = " ".join(BATCH_COMMAND[:1])
    return [
        Result(f"(d) {name} 200 / 50 notices (--jobs 1)", t200 / t50, 4.3, True,
               f"{t200:.2f} s vs {t50:.2f} s"),
        Result(f"(d) {name} 200 notices: --jobs 1 / --jobs 2", t200_one / t200_two, 1.8, False,
               f"{t200_one:.2f} s vs {t200_two:.2f} s (pure-CPU 2-process speed-up on this "
               f"machine now: {calibration:.2f}x)"),
        Result("(d) parse 200 notices -f jsonl: peak MB / 150 MB", rss_one / 150, 1, True,
               f"{rss_one:.0f} MB (--jobs 1), largest process {rss_two:.0f} MB (--jobs 2)"),
    ]


# -- (e) linear time on pathological and large input ----------------------------------------


def parsing(text: str) -> Callable[[], object]:
    """A call of ``tgbe.parse_text(text)`` (a TgbeError counts as a result)."""
    def run() -> None:
        with contextlib.suppress(tgbe.TgbeError):
            tgbe.parse_text(text)
    return run


def linearity() -> list[Result]:
    """(e) 10× the input must cost at most ~10× (target ≤ 15 allows noise, not n²)."""
    results = []
    seed = SEED.read_text(encoding="utf-8")
    for piece in ["（", " ", "1.", "：", "县", "附件"]:
        large, small = paired_times(parsing(piece * (2 * MB // len(piece.encode()))),
                                    parsing(piece * (MB // 5 // len(piece.encode()))), 5)
        # Times under 1 ms are clock noise: count them as 1 ms.
        results.append(Result(f"(e) 2 MB / 200 KB line of {piece!r}", large / max(small, 1e-3),
                              15, True, f"{large * 1000:.0f} ms vs {small * 1000:.0f} ms"))
    copies = 20 * MB // len(seed.encode())
    large, small = paired_times(parsing(repeated_seed_text(copies)),
                                parsing(repeated_seed_text(copies // 10)), 3)
    results.append(Result("(e) 20 MB / 2 MB file (seed repeated)", large / small, 15, True,
                          f"{large:.2f} s vs {small:.2f} s"))
    return results


def large_lint(workdir: Path) -> list[Result]:
    """(f) ``tgbe lint`` of one 20 MB notice (the seed repeated) against one of 5 MB: peak
    memory under 1 GB, and 4× the input costs at most 5× the time and the memory."""
    copies = 20 * MB // len(SEED.read_bytes())
    runs = {}
    for name, times in (("5MB", copies // 4), ("20MB", copies)):
        path = workdir / f"{name}.txt"
        path.write_text(repeated_seed_text(times), encoding="utf-8")
        runs[name] = measured_run([*TGBE, "lint", str(path), "-f", "json"])
    (small_time, small_rss), (large_time, large_rss) = runs["5MB"], runs["20MB"]
    return [
        Result("(f) lint 20 MB notice: peak MB / 1024 MB", large_rss / 1024, 1, True,
               f"{large_rss:.0f} MB"),
        Result("(f) lint 20 MB / 5 MB notice: time", large_time / small_time, 5, True,
               f"{large_time:.1f} s vs {small_time:.1f} s"),
        Result("(f) lint 20 MB / 5 MB notice: peak memory", large_rss / small_rss, 5, True,
               f"{large_rss:.0f} MB vs {small_rss:.0f} MB"),
    ]


# -- (g) bounded cost per byte on hostile shapes -------------------------------------------

# Smallest size of each shape (bytes of text); each is also measured at 2x and 4x.
SHAPE_SIZES = {"stray-lines": 64 * 1024, "many-measures": 32 * 1024,
               "huge-measure": 512 * 1024, "many-tables": 32 * 1024, "many-pages": 128 * 1024}


def timed_rss(command: Sequence[str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB) of ``command`` in a fresh process."""
    start = time.perf_counter()
    rss = peak_rss_mb(command)
    return time.perf_counter() - start, rss


def text_mb(path: Path) -> float:
    """Size of the file's decoded text (UTF-8 bytes), in MB."""
    from tgbe.read.reader import read_path

    return len(read_path(path).text.encode("utf-8")) / MB


def shape_costs(workdir: Path) -> list[Result]:
    """(g) parse and lint of each shape at 1x, 2x, 4x: 4x time ≤ 5x, RSS ≤ 30x text + 100 MB."""
    results = []
    for name, generator in SHAPES.items():
        base = SHAPE_SIZES[name]
        files = [generator(workdir / f"{name}-{factor}", base * factor) for factor in (1, 2, 4)]
        for command in ("parse", "lint"):
            costs = [timed_rss([*TGBE, command, str(file), "-f", "json"]) for file in files]
            (small, _), (_, _), (large, rss) = costs
            results.append(Result(f"(g) {command} {name} 4x / 1x time", large / small, 5, True,
                                  " ".join(f"{t:.2f} s" for t, _ in costs)))
            budget = 30 * text_mb(files[-1]) + 100
            results.append(Result(f"(g) {command} {name} 4x peak MB / budget", rss / budget, 1,
                                  True, f"{rss:.0f} MB vs {budget:.0f} MB "
                                  f"(30 x {text_mb(files[-1]):.2f} MB text + 100)"))
    return results


# -- (h) lint on repetitive input --------------------------------------------------------------


def repetition(workdir: Path) -> list[Result]:
    """(h) lint of the seed's measures repeated 10x and 100x against its parse: within 10x."""
    results = []
    for copies in (10, 100):
        path = repeated_seed(workdir, copies)
        lint_time = timed_rss([*TGBE, "lint", str(path), "-f", "json"])[0]
        parse_time = timed_rss([*TGBE, "parse", str(path), "-f", "json"])[0]
        results.append(Result(f"(h) lint / parse of the seed x{copies}", lint_time / parse_time,
                              10, True, f"{lint_time:.2f} s vs {parse_time:.2f} s"))
    return results


# -- (j) a ledger of unknown measure ids ------------------------------------------------------


def ledger_bound(workdir: Path) -> list[Result]:
    """(j) ``tgbe status check`` of the seed with a ledger of 25,000 and 100,000 unknown ids:
    4x the ids cost at most 5x the time, and the errors shown stay 20 plus one count line."""
    runs = {}
    for count in (25_000, 100_000):
        ledger = workdir / f"unknown-{count}.yaml"
        ledger.write_text("".join(f'"99.{n}": done\n' for n in range(count)), encoding="utf-8")
        command = [*TGBE, "status", "check", str(SEED), str(ledger)]
        runs[count] = measured_run(command)
        shown = subprocess.run(command, capture_output=True, text=True, check=False).stderr
    (small, _), (large, rss) = runs[25_000], runs[100_000]
    return [
        Result("(j) status check 100k / 25k unknown ids: time", large / small, 5, True,
               f"{large:.2f} s vs {small:.2f} s, {rss:.0f} MB"),
        Result("(j) status check 100k unknown ids: lines / 21", len(shown.splitlines()) / 21,
               1, True, f"{len(shown.splitlines())} lines on stderr"),
    ]


def main() -> int:
    """Run every benchmark and print one line each; 1 if a target is missed."""
    print(f"tgbe benchmark — Python {sys.version.split()[0]}, seed {SEED.name}", flush=True)
    print(check_splitter(), flush=True)
    results: list[Result] = []
    for step in (parse_vs_splitter, parse_floor, cold_start_with_bytecode,
                 cold_start_without_writing, lint_vs_parse, lint_split,
                 lint_vs_parse_processes):
        outcome = step()
        if isinstance(outcome, str):
            print(outcome, flush=True)
        else:
            print(outcome.line(), flush=True)
            results.append(outcome)
    sections: list[Callable[[Path], list[Result]]] = [
        batches, lambda _: linearity(), large_lint, shape_costs, repetition,
        lambda _: [report_vs_deadlines()], ledger_bound]
    with tempfile.TemporaryDirectory(prefix="tgbe-bench-") as folder:
        for section in sections:
            for result in section(Path(folder)):
                print(result.line(), flush=True)
                results.append(result)
    missed = [result.name for result in results if not result.passed]
    print(f"{len(results) - len(missed)}/{len(results)} targets met", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
