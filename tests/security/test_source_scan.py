"""The source tree never loads YAML unsafely, evaluates text or unpickles input."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

SOURCES = sorted((ROOT / "src").rglob("*.py"))
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill"}
SAFE_LOADERS = {"SafeLoader", "CSafeLoader"}
YAML_LOADS = {"load", "load_all", "full_load", "full_load_all", "unsafe_load", "unsafe_load_all"}


def _problems(source: str, name: str) -> list[str]:
    tree = ast.parse(source, name)
    found: list[str] = []
    for node in ast.walk(tree):
        where = f"{name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names]
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else names
            if any(module.split(".")[0] in FORBIDDEN_MODULES for module in modules):
                found.append(f"{where}: imports {modules}")
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            found.append(f"{where}: calls {node.func.id}()")
        if isinstance(node.func, ast.Attribute) and node.func.attr in YAML_LOADS:
            loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
            if not _is_safe_loader(loader):
                found.append(f"{where}: yaml.{node.func.attr}() without a safe loader")
    return found


def _is_safe_loader(loader: ast.expr | None) -> bool:
    """A Loader argument naming SafeLoader/CSafeLoader (possibly via getattr fallback)."""
    if loader is None:
        return False
    names = {node.attr for node in ast.walk(loader) if isinstance(node, ast.Attribute)}
    names |= {node.id for node in ast.walk(loader) if isinstance(node, ast.Name)}
    texts = {node.value for node in ast.walk(loader) if isinstance(node, ast.Constant)}
    mentioned = names | {text for text in texts if isinstance(text, str)}
    return bool(mentioned & SAFE_LOADERS) and not mentioned & {"Loader", "FullLoader",
                                                               "UnsafeLoader"}


def test_the_scan_sees_the_source_tree() -> None:
    assert len(SOURCES) > 10


def test_no_unsafe_yaml_eval_or_pickle_in_src() -> None:
    problems = [
        problem
        for path in SOURCES
        for problem in _problems(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert problems == []


def test_the_scanner_flags_what_it_should() -> None:
    sample = (
        "import pickle\nimport yaml\n"
        "yaml.load(text)\nyaml.load(text, Loader=yaml.FullLoader)\neval(text)\n"
        "yaml.load(text, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))\n"
    )
    assert _problems(sample, "probe.py") == [
        "probe.py:1: imports ['pickle']",
        "probe.py:3: yaml.load() without a safe loader",
        "probe.py:4: yaml.load() without a safe loader",
        "probe.py:5: calls eval()",
    ]
