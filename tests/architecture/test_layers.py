"""The package graph: imports point down the pipeline, and no module imports itself back.

Layers, lowest first (a module may import its own package or any lower layer)::

    foundation   models, vocab, errors, data/, lang/, infra/
    read/        bytes → normalised text with a line map
    parse/       text → outline (Lark) → Notice
    track/ compare/   deadlines, ledger, queries | diff, cross-document duplicates
    lint/        engine, config, baseline, rules/
    render/      text, JSON, YAML, CSV, xlsx, SARIF, schemas
    cli/         click commands
    console      the console script (``tgbe``), above the CLI

Every import counts, including those inside functions (lazy imports are still dependencies).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
FOUNDATION = 0
LAYERS: dict[str, int] = {
    "models": FOUNDATION, "vocab": FOUNDATION, "errors": FOUNDATION, "data": FOUNDATION,
    "lang": FOUNDATION, "infra": FOUNDATION,
    "read": 1, "parse": 2, "track": 3, "compare": 3, "lint": 4, "render": 5, "cli": 6,
    "console": 7,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> Iterator[str]:
    """Every ``tgbe`` module that ``path`` imports, at any depth of its code."""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path.parent)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith("tgbe"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1]
                                + ([base] if base else []))
            if base.startswith("tgbe"):
                yield base


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in (SRC / "tgbe").rglob("*.py")}
    return {name: {target for target in _imports(path) if target != name}
            for name, path in modules.items()}


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


GRAPH = _graph()


def test_the_graph_is_read() -> None:
    assert "tgbe.parse.outline" in GRAPH
    assert "tgbe.read.source" in GRAPH["tgbe.parse.outline"]


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_point_down_the_pipeline(module: str) -> None:
    stage = _stage(module)
    if stage is None:  # the package root re-exports the public API lazily
        return
    assert stage in LAYERS, f"{module}: package {stage!r} has no layer; add it to LAYERS"
    upward = [target for target in GRAPH[module]
              if (other := _stage(target)) is not None and other != stage
              and LAYERS.get(other, 99) >= LAYERS[stage]
              and not (LAYERS[stage] == FOUNDATION and LAYERS.get(other) == FOUNDATION)]
    assert not upward, f"{module} ({stage}) imports a layer at or above its own: {upward}"


def test_no_import_cycles() -> None:
    known = {name for name in GRAPH if name.startswith("tgbe")}
    edges = {name: {t for t in targets if t in known} for name, targets in GRAPH.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the stack, 2 finished

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target):], target])
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[node] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [])
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles)
