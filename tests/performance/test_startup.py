"""Start-up: what ``tgbe parse -f json`` imports, and the bytecode ``make`` leaves behind."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable

from tests.conftest import ROOT, SEED
from tgbe.cli import COMMANDS

# Libraries a plain parse must not load: the office readers' and the workbook's libraries,
# the report's similarity matcher, and importlib.resources (only traditional text needs it).
_NOT_ON_THE_PARSE_PATH = ("openpyxl", "docx", "pypdf", "rapidfuzz", "importlib.resources",
                          "zhconv", "tgbe.lint", "tgbe.render.workbook")
# Nor what only other commands, other formats or rare inputs need: the models and Pydantic
# (-f json is written from the builder's records), rich (tables), YAML, the tracking and
# comparing stages, the explain and layout readers, the table finder (no table in the seed),
# and the standard modules the parse path was freed of (calendar, glob).
_NOT_FOR_PARSE_JSON = ("tgbe.models", "pydantic", "rich", "yaml", "tgbe.track",
                       "tgbe.compare", "tgbe.render.report", "tgbe.parse.explain",
                       "tgbe.parse.layout", "tgbe.parse.table", "calendar", "glob")

_PROBE = """
import sys
from tgbe.cli import cli
code = cli.main(["parse", sys.argv[1], "-f", "json"], standalone_mode=False)
print(code, file=sys.stderr)
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def test_parse_json_loads_no_library_it_does_not_need() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(SEED)], capture_output=True,
                          text=True, check=True)
    code, modules = done.stderr.strip().splitlines()[-2:]
    assert code == "0"
    assert done.stdout.startswith("{")
    loaded = set(modules.split())
    assert _loaded(_NOT_ON_THE_PARSE_PATH, loaded) == []


def _parse_json_modules() -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(SEED)], capture_output=True,
                          text=True, check=True)
    return set(done.stderr.strip().splitlines()[-1].split())


def _loaded(names: Iterable[str], modules: set[str]) -> list[str]:
    return [name for name in names
            if any(module == name or module.startswith(name + ".") for module in modules)]


def test_parse_json_loads_no_other_command() -> None:
    loaded = _parse_json_modules()
    # tgbe.cli.help holds the help command and the help machinery every command is
    # resolved with (its options' texts, the language of its usage errors).
    others = [module for name, (module, _) in COMMANDS.items()
              if name not in ("parse", "help")]
    assert "tgbe.cli.parse_cmd" in loaded
    assert _loaded(others, loaded) == []


def test_parse_json_loads_neither_models_nor_other_formats_nor_rare_inputs() -> None:
    assert _loaded(_NOT_FOR_PARSE_JSON, _parse_json_modules()) == []


def test_make_compiles_bytecode_before_demo_test_and_bench() -> None:
    for target in ("demo", "test", "bench"):
        plan = subprocess.run(["make", "-n", target], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout
        assert "compileall" in plan, target


_START_UP_PROBE = """
import gc
from tgbe.infra.perf import begin_start_up, end_start_up
end_start_up()  # outside the console script's start-up: nothing happens
outside = (gc.isenabled(), gc.get_freeze_count())
begin_start_up()
paused = gc.isenabled()
import tgbe.parse.api  # what a command loads
end_start_up()
print(outside, paused, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_the_console_start_up_pauses_then_freezes_the_collector() -> None:
    done = subprocess.run([sys.executable, "-c", _START_UP_PROBE], capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["(True,", "0)", "False", "True", "True"]


_CONSOLE_PROBE = """
import gc, os, sys
real_exit = os._exit
def report(code):
    print(code, gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)
    real_exit(code)
os._exit = report
sys.argv = ["tgbe", *sys.argv[1:]]
from tgbe.console import main
main()
"""


def test_the_console_script_resumes_the_collector_once_its_command_is_loaded() -> None:
    done = subprocess.run([sys.executable, "-c", _CONSOLE_PROBE, "parse", str(SEED), "-f",
                           "json"], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("{")
    assert done.stderr.split()[-3:] == ["0", "True", "True"]


_LAZY_PROBE = """
import sys
from tgbe.cli import cli
cli.main(["parse", sys.argv[1], "-f", "json"], standalone_mode=False)
from tgbe.lang.patterns import LazyPattern
lazy = {f"{name}.{attribute}": value for name, module in sorted(sys.modules.items())
        if name.startswith("tgbe.") for attribute, value in vars(module).items()
        if isinstance(value, LazyPattern)}
print(" ".join(lazy), file=sys.stderr)
print(" ".join(name for name, value in lazy.items() if value._compiled is not None) or "-",
      file=sys.stderr)
"""
# Patterns only an error, a terminal or an XML writer needs.
_ERROR_PATHS = {"tgbe.render.safe._ESCAPES", "tgbe.render.safe._NOT_XML",
                "tgbe.infra.terminal._ESCAPES", "tgbe.infra.configfile._TOML_POSITION",
                "tgbe.read.reader._LINE_BREAK"}


def test_parse_json_compiles_no_error_path_pattern() -> None:
    done = subprocess.run([sys.executable, "-c", _LAZY_PROBE, str(SEED)], capture_output=True,
                          text=True, check=True)
    lazy, compiled = (line.split() for line in done.stderr.strip().splitlines()[-2:])
    assert set(lazy) >= _ERROR_PATHS
    assert _ERROR_PATHS & set(compiled) == set()
