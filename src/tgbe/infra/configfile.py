"""Configuration files: where the one that applies is, and reading it with located errors.

``tgbe.toml`` (keys at the top level) or the ``[tool.tgbe]`` table of ``pyproject.toml``;
the nearest to the file read wins (then the nearest to the working directory), and
``tgbe.toml`` wins over ``pyproject.toml`` in the same folder.  The lint configuration
(:mod:`tgbe.lint.config`) and the parser's taught layout (:mod:`tgbe.parse.layout`) both read
the file here, so that ``tgbe parse`` reads its ``[parse]`` tables without loading lint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tgbe.errors import Problem, TgbeError
from tgbe.lang.patterns import LazyPattern

CONFIG_FILES = ("tgbe.toml", "pyproject.toml")
_TOML_POSITION = LazyPattern(r"\(at line (?P<line>[0-9]+), column (?P<column>[0-9]+)\)")


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` or its parents."""
    for directory in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "tool.tgbe" in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def config_path_for(target: str, explicit: str | None = None) -> str | None:
    """The configuration file that applies to ``target`` (None: the defaults apply)."""
    if explicit is not None:
        return explicit
    start = Path.cwd() if target == "-" else Path(target).resolve().parent
    here = Path.cwd().resolve()
    found = find_config(start) or find_config(here)
    if found is None:
        return None
    return str(found.relative_to(here) if found.is_relative_to(here) else found)


def read_config(path: str) -> tuple[dict[str, Any], Locator]:
    """The tgbe table of a configuration file and a :class:`Locator` for its errors.

    Raise a located :class:`TgbeError` when the file cannot be read or is not valid TOML.
    """
    import tomllib  # here: a parse without a configuration file never needs it

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TgbeError.at(path, "invalid config: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TgbeError.at(path, f"invalid config: cannot read file: {error}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(path, text, str(error)) from None
    except RecursionError:
        raise TgbeError.at(path, "invalid config: nested too deeply") from None
    locator = Locator(path, text, ("tool", "tgbe") if file.name == "pyproject.toml" else ())
    if file.name == "pyproject.toml":
        for key in ("tool", "tgbe"):
            data = data.get(key, {})
            if not isinstance(data, dict):
                raise locator.error((), f'"{key}" must be a table, found {type(data).__name__}')
    return data, locator


def describe(error: Mapping[str, Any], keys: tuple[str, ...], known: str) -> str:
    """A pydantic validation error at ``keys`` in words (``known``: the keys allowed there)."""
    dotted = ".".join(keys)
    if error["type"] == "extra_forbidden":
        return f'unknown key "{dotted}"; expected one of {known}'
    return f'"{dotted}": {error["msg"]}, found {error["input"]!r}'


def _toml_error(path: str, text: str, reason: str) -> TgbeError:
    """A TOML syntax error at its line and column (the end of the file if tomllib says so)."""
    position = _TOML_POSITION.search(reason)
    line, column = (text.count("\n") + 1, len(text.rsplit("\n", 1)[-1]) + 1)
    if position:
        line, column = int(position["line"]), int(position["column"])
    message = _TOML_POSITION.sub("", reason).replace("(at end of document)", "").strip()
    if "end of document" in reason:
        message += "; expected more before the end of the file"
    return TgbeError.at(path, f"invalid config: TOML syntax: {message}", line, column)


class Locator:
    """Finds the line of a key in TOML text, for error messages."""

    def __init__(self, path: str, text: str, prefix: tuple[str, ...]) -> None:
        self.path, self.prefix = path, prefix
        self.lines = text.splitlines()

    def error(self, keys: Sequence[str], message: str, item: str | None = None) -> TgbeError:
        """A :class:`TgbeError` at the line of ``keys`` (and of ``item`` in its array)."""
        line, column = self.locate((*self.prefix, *keys))
        if item is not None:
            line, column = self._find_item(line, item) or (line, column)
        source = self.lines[line - 1] if 0 < line <= len(self.lines) else None
        return TgbeError([Problem(self.path, line, column, f"invalid config: {message}",
                                  source)])

    def locate(self, keys: tuple[str, ...]) -> tuple[int, int]:
        """The (line, column) where ``keys`` is defined (its best partial match)."""
        table: tuple[str, ...] = ()
        best, best_depth = (1, 1), -1
        for number, raw in enumerate(self.lines, start=1):
            line = raw.strip()
            if line.startswith("["):
                table = _split_key(line.strip("[] "))
                path, column = table, raw.index("[") + 1
            elif "=" in line and not line.startswith("#"):
                path = table + _split_key(line.split("=", 1)[0])
                column = len(raw) - len(raw.lstrip()) + 1
            else:
                continue
            depth = _common(path, keys)
            if depth == len(keys):
                return number, column
            if depth > best_depth and depth == len(path):
                best, best_depth = (number, column), depth
        return best

    def _find_item(self, start: int, item: str) -> tuple[int, int] | None:
        for number in range(start, min(start + 50, len(self.lines)) + 1):
            for quoted in (f'"{item}"', f"'{item}'"):
                index = self.lines[number - 1].find(quoted)
                if index >= 0:
                    return number, index + 1
        return None


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in text.split("."))


def _common(path: tuple[str, ...], keys: tuple[str, ...]) -> int:
    depth = 0
    for a, b in zip(path, keys, strict=False):
        if a != b:
            break
        depth += 1
    return depth
