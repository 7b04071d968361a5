"""``make bench``: tgbe's speed and memory as ratios against baselines, from one run.

Each line prints the measured ratio, its target and PASS/FAIL (absolute times are shown
for context; the targets are ratios so that they hold on any machine).  Exit code 1 when
a target is missed.
"""

from __future__ import annotations

import compileall
import contextlib
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tgbe
from generate import generate
from shapes import SHAPES, repeated_seed

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "tonggu-2023.txt"
TGBE = [str(Path(sys.executable).with_name("tgbe"))]
# The batch command measured in (d).
BATCH_COMMAND = ["lint", "-f", "jsonl"]
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


def regex_splitter(path: Path) -> dict[str, list[dict[str, object]]]:
    """The baseline: split lines, classify by regex, nest indicators → measures."""
    text = path.read_bytes().decode("utf-8")
    indicators: list[dict[str, object]] = []
    measures: list[dict[str, object]] = []
    measure: dict[str, object] | None = None
    for line in text.splitlines():
        field = _FIELD.match(line)
        if field:
            key, value = field.groups()
            if key == "对标城市" and indicators:
                indicators[-1]["benchmark"] = value.rstrip("。")
            elif measure is not None and key == "完成时限":
                measure["deadline"] = value.strip()
            elif measure is not None:
                measure["units"] = [unit for unit in re.split(r"[、，,]", value) if unit]
            continue
        heading = _HEADING.match(line)
        if heading:
            measures = []
            indicators.append({"numeral": heading.group(1), "name": heading.group(2),
                               "lead": heading.group(3), "measures": measures})
            measure = None
            continue
        found = _MEASURE.match(line)
        if found and indicators:
            measure = {"number": int(found.group(1)), "text": found.group(2)}
            measures.append(measure)
        elif measure is not None and line.strip():
            measure["text"] = f"{measure['text']}{line.strip()}"
    return {"indicators": indicators}


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
    """(a) tgbe.parse_file(seed) vs the regex splitter, in-process, median of 30."""
    ours, baseline = paired_times(lambda: tgbe.parse_file(SEED), lambda: regex_splitter(SEED), 30)
    return Result("(a) parse seed / regex splitter", ours / baseline, 3, True,
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
    baseline = best_of(lambda: regex_splitter(SEED), 30)
    return (f"(a) context: Lark pass alone {lark / baseline:.2f}x the splitter "
            f"({lark * 1000:.1f} ms), model validation alone {validation / baseline:.2f}x "
            f"({validation * 1000:.1f} ms)")


# -- (b) cold CLI start vs bare imports ---------------------------------------------------


def run_quietly(command: Sequence[str]) -> None:
    """Run ``command`` with its output discarded."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def paired_process_times(
    ours: Sequence[str], baseline: Sequence[str], runs: int = 15
) -> tuple[float, float]:
    """Median wall times of two commands run alternately (see :func:`paired_times`)."""
    return paired_times(lambda: run_quietly(ours), lambda: run_quietly(baseline), runs)


def cold_start() -> Result:
    """(b) ``tgbe parse seed -f json`` vs ``python -c "import click, lark, pydantic, yaml"``."""
    ours, baseline = paired_process_times(
        [*TGBE, "parse", str(SEED), "-f", "json"],
        [sys.executable, "-c", "import click, lark, pydantic, yaml"],
    )
    return Result("(b) cold `tgbe parse -f json` / bare imports", ours / baseline, 1.3, True,
                  f"{ours * 1000:.0f} ms vs {baseline * 1000:.0f} ms")


def compile_bytecode() -> None:
    """Compile tgbe's modules as a wheel install does, so a cold start reads bytecode.

    An editable install leaves that to the first import, which never happens where
    PYTHONDONTWRITEBYTECODE is set: every start would then recompile every module.
    """
    source = Path(tgbe.__file__).resolve().parent
    compileall.compile_dir(source, quiet=1)


# -- (c) lint vs parse ------------------------------------------------------------------


def lint_vs_parse() -> Result:
    """(c) ``tgbe lint seed`` vs ``tgbe parse seed``, both ``-f json`` and in-process."""
    from click.testing import CliRunner

    from tgbe.cli import cli

    def invoke(*args: str) -> Callable[[], object]:
        return lambda: CliRunner().invoke(cli, list(args))

    ours, baseline = paired_times(invoke("lint", str(SEED), "-f", "json"),
                                  invoke("parse", str(SEED), "-f", "json"), 10)
    return Result("(c) lint seed / parse seed", ours / baseline, 2, True,
                  f"{ours * 1000:.0f} ms vs {baseline * 1000:.0f} ms")


def lint_split() -> str:
    """Context for (c): the parse into models and the rules alone, in-process."""
    from tgbe.lint.engine import active_rules, lint

    runs = 10
    rules = active_rules()
    # A fresh notice per call: rules keep per-notice results (the measure pairs) in a cache.
    notices = iter([tgbe.parse_file(SEED) for _ in range(runs + 1)])
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    checking, parsing = paired_times(lambda: lint(next(notices), lines=lines, rules=rules),
                                     lambda: tgbe.parse_file(SEED), runs)
    return (f"(c) context: parse into models {parsing * 1000:.0f} ms, rules alone "
            f"{checking * 1000:.0f} ms")


# -- (d) batches of generated notices -------------------------------------------------------


def batch(folder: Path, *options: str) -> list[str]:
    """The batch command over ``folder``."""
    return [*TGBE, *BATCH_COMMAND, str(folder), *options]


def peak_rss_mb(command: Sequence[str]) -> float:
    """Peak resident memory (MB) of ``command`` and its workers, run in a fresh process."""
    probe = ("import resource, subprocess, sys\n"
             "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    output = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True,
                            text=True, check=True).stdout
    return int(output) / 1024


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
    rss_one = peak_rss_mb(batch(large, "--jobs", "1"))
    rss_two = peak_rss_mb(batch(large, "--jobs", "2"))
    name = " ".join(BATCH_COMMAND[:1])
    return [
        Result(f"(d) {name} 200 / 50 notices (--jobs 1)", t200 / t50, 4.5, True,
               f"{t200:.2f} s vs {t50:.2f} s"),
        Result(f"(d) {name} 200 notices: --jobs 1 / --jobs 2", t200_one / t200_two, 1.6, False,
               f"{t200_one:.2f} s vs {t200_two:.2f} s (pure-CPU 2-process speed-up on this "
               f"machine now: {calibration:.2f}x)"),
        Result(f"(d) {name} 200 notices jsonl peak MB / 300 MB", rss_one / 300, 1, True,
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
    large, small = paired_times(parsing(seed * copies), parsing(seed * (copies // 10)), 3)
    results.append(Result("(e) 20 MB / 2 MB file (seed repeated)", large / small, 15, True,
                          f"{large:.2f} s vs {small:.2f} s"))
    return results


# -- (f) bounded cost per byte on hostile shapes -------------------------------------------

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
    """(f) parse and lint of each shape at 1x, 2x, 4x: 4x time ≤ 5x, RSS ≤ 30x text + 100 MB."""
    results = []
    for name, generator in SHAPES.items():
        base = SHAPE_SIZES[name]
        files = [generator(workdir / f"{name}-{factor}", base * factor) for factor in (1, 2, 4)]
        for command in ("parse", "lint"):
            costs = [timed_rss([*TGBE, command, str(file), "-f", "json"]) for file in files]
            (small, _), (_, _), (large, rss) = costs
            results.append(Result(f"(f) {command} {name} 4x / 1x time", large / small, 5, True,
                                  " ".join(f"{t:.2f} s" for t, _ in costs)))
            budget = 30 * text_mb(files[-1]) + 100
            results.append(Result(f"(f) {command} {name} 4x peak MB / budget", rss / budget, 1,
                                  True, f"{rss:.0f} MB vs {budget:.0f} MB "
                                  f"(30 x {text_mb(files[-1]):.2f} MB text + 100)"))
    return results


# -- (g) lint on repetitive input --------------------------------------------------------------


def repetition(workdir: Path) -> list[Result]:
    """(g) lint of the seed repeated 10x and 100x against its parse: within 10x."""
    results = []
    for copies in (10, 100):
        path = repeated_seed(workdir, copies)
        lint_time = timed_rss([*TGBE, "lint", str(path), "-f", "json"])[0]
        parse_time = timed_rss([*TGBE, "parse", str(path), "-f", "json"])[0]
        results.append(Result(f"(g) lint / parse of the seed x{copies}", lint_time / parse_time,
                              10, True, f"{lint_time:.2f} s vs {parse_time:.2f} s"))
    return results


def main() -> int:
    """Run every benchmark and print one line each; 1 if a target is missed."""
    print(f"tgbe benchmark — Python {sys.version.split()[0]}, seed {SEED.name}", flush=True)
    compile_bytecode()
    results: list[Result] = []
    for step in (parse_vs_splitter, parse_floor, cold_start, lint_vs_parse, lint_split):
        outcome = step()
        if isinstance(outcome, str):
            print(outcome, flush=True)
        else:
            print(outcome.line(), flush=True)
            results.append(outcome)
    with tempfile.TemporaryDirectory(prefix="tgbe-bench-") as folder:
        for result in batches(Path(folder)):
            print(result.line(), flush=True)
            results.append(result)
    for result in linearity():
        print(result.line(), flush=True)
        results.append(result)
    with tempfile.TemporaryDirectory(prefix="tgbe-bench-") as folder:
        for costs in (shape_costs, repetition):
            for result in costs(Path(folder)):
                print(result.line(), flush=True)
                results.append(result)
    missed = [result.name for result in results if not result.passed]
    print(f"{len(results) - len(missed)}/{len(results)} targets met", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
