"""Reading small user YAML files (ledgers, alias files) safely, with positions.

Files are *composed* into a node tree with PyYAML's safe loader (the C one when present)
and never constructed by PyYAML itself, so no tag can run code.  Callers walk the nodes
with :func:`mapping_items`, :func:`scalar_text` and :func:`string_list`, which reject
duplicate keys, non-core tags (``!!python/object``) and wrong shapes with a
:class:`~tgbe.errors.Problem` located at the node's start mark.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tgbe.errors import Problem, TgbeError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE = "tag:yaml.org,2002:"
CORE_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)


def problem_at(path: str, node: yaml.Node, message: str) -> Problem:
    """A problem located at the start of ``node`` (1-based line and column)."""
    mark = node.start_mark
    return Problem(path, mark.line + 1, mark.column + 1, message)


def compose_file(path: str) -> yaml.Node | None:
    """The node tree of the YAML file at ``path`` (``None`` when it is empty).

    Raises :class:`TgbeError` located at the problem when the file cannot be read or is
    not well-formed YAML.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TgbeError.at(path, f"cannot read the file: {error}") from error
    return compose_text(text, path)


def compose_text(text: str, path: str = "<text>") -> yaml.Node | None:
    """The node tree of YAML ``text`` (see :func:`compose_file`)."""
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = error.problem or error.context or "malformed YAML"
        raise TgbeError.at(path, f"invalid YAML: {what}", line, column) from error
    except yaml.YAMLError as error:
        raise TgbeError.at(path, f"invalid YAML: {error}") from error
    if node is not None:
        _check_tags(path, node)
    return node


def _check_tags(path: str, root: yaml.Node) -> None:
    """Refuse any node whose tag is not a core YAML tag (``!!python/object`` …)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in CORE_TAGS:
            raise TgbeError([problem_at(path, node, f"unsupported YAML tag {node.tag!r}")])
        if isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def mapping_items(
    path: str, node: yaml.Node, what: str, problems: list[Problem] | None = None
) -> list[tuple[yaml.ScalarNode, yaml.Node]]:
    """The (key, value) node pairs of a mapping whose keys are unique scalars.

    ``what`` names the mapping in messages ("the ledger", "measure 1.2").  With
    ``problems``, a duplicate key is added there and skipped instead of raised, so that a
    caller can report every problem of a file at once.
    """
    if not isinstance(node, yaml.MappingNode):
        raise TgbeError([problem_at(path, node, f"expected a mapping for {what}, "
                                                f"found {describe(node)}")])
    seen: dict[str, yaml.Node] = {}
    items: list[tuple[yaml.ScalarNode, yaml.Node]] = []
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise TgbeError([problem_at(path, key, f"expected a plain key in {what}, "
                                                   f"found {describe(key)}")])
        if key.value in seen:
            first = seen[key.value].start_mark.line + 1
            duplicate = problem_at(
                path, key, f"duplicate key {key.value!r} in {what} (first given on line {first})")
            if problems is None:
                raise TgbeError([duplicate])
            problems.append(duplicate)
            continue
        seen[key.value] = key
        items.append((key, value))
    return items


def scalar_text(path: str, node: yaml.Node, what: str) -> str:
    """The text of a scalar node (as written, whatever its implicit type)."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == _CORE + "null":
        raise TgbeError([problem_at(path, node, f"expected a value for {what}, "
                                                f"found {describe(node)}")])
    return str(node.value)


def string_list(path: str, node: yaml.Node, what: str) -> list[str]:
    """The texts of a sequence of scalars (an empty value is an empty list)."""
    if isinstance(node, yaml.ScalarNode) and node.tag == _CORE + "null":
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise TgbeError([problem_at(path, node, f"expected a list for {what}, "
                                                f"found {describe(node)}")])
    return [scalar_text(path, item, what) for item in node.value]


def describe(node: yaml.Node) -> str:
    """A short description of a node for messages: ``a list``, ``the number 1.1`` …"""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    kind = str(node.tag).removeprefix(_CORE)
    if kind == "null":
        return "nothing"
    if kind in ("int", "float"):
        return f"the unquoted number {node.value}"
    return f"{node.value!r}"
