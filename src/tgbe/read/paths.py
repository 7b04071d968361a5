"""Command-line paths become the files to read: folders walked, globs expanded, safely.

A file named on the command line is kept as given (reading it says what is wrong with
it).  Folders and glob patterns take **regular files only**: a device, FIFO or socket
found there (also behind a symbolic link) is skipped with a note, since reading one
would block or never end.  Symbolic links to folders are followed, but never back into
a folder already visited (a link to ``..`` is a loop), and every file is read once, by
its real path, however many names lead to it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import PurePath

from tgbe.read.filekind import special_kind
from tgbe.read.reader import NOTICE_EXTENSIONS, STDIN_NAME

_GLOB_CHARS = frozenset("*?[")
def expand_inputs(
    paths: Iterable[str],
    extensions: Sequence[str] = NOTICE_EXTENSIONS,
    skipped: list[str] | None = None,
) -> list[str]:
    """Files to read for the given command-line ``paths``, in a stable order.

    A file is kept as given; ``-`` (stdin) is kept; a directory becomes every regular
    file below it whose name ends in one of ``extensions`` (case-insensitive, hidden
    entries skipped, sorted); a pattern with ``*``, ``?`` or ``[`` is expanded (``**``
    recurses).  A path that does not exist, a pattern matching nothing and a directory
    holding no notice are kept as given, so that reading them reports a located error for
    that path alone.  Names of one real file are kept once (the first).  Devices, FIFOs
    and sockets met in folders and globs are left out; a note for each is appended to
    ``skipped`` when given.
    """
    suffixes = tuple(suffix.lower() for suffix in extensions)
    notes = skipped if skipped is not None else []
    found: dict[str, str] = {}
    for path in paths:
        for name in _expand_one(path, suffixes, notes):
            found.setdefault(name if name == STDIN_NAME else os.path.realpath(name), name)
    return list(found.values())


def _expand_one(path: str, suffixes: tuple[str, ...], notes: list[str]) -> list[str]:
    if path == STDIN_NAME or os.path.isfile(path):
        return [path]
    if os.path.isdir(path):
        return _walk(path, suffixes, notes) or [path]
    if _GLOB_CHARS & set(path):
        files = [name for match in _glob(path) for name in _matched(match, suffixes, notes)]
        return files or [path]
    return [path]


def _matched(match: str, suffixes: tuple[str, ...], notes: list[str]) -> list[str]:
    """The files a glob match stands for: itself, a folder's files, nothing if special."""
    if os.path.isdir(match):
        return _walk(match, suffixes, notes)
    return [match] if _regular(match, notes) else []


def _regular(path: str, notes: list[str]) -> bool:
    """True for a regular file; a note for a device, FIFO or socket."""
    kind = special_kind(path)
    if kind is not None:
        notes.append(f"{path}: note: skipped: it is {kind}, not a regular file")
        return False
    return True


def _walk(root: str, suffixes: tuple[str, ...], notes: list[str]) -> list[str]:
    """Regular files below ``root`` with one of ``suffixes``, folder by folder."""
    return [
        path for path, is_dir in _tree(root)
        if not is_dir and path.lower().endswith(suffixes) and _regular(path, notes)
    ]


def _tree(root: str) -> Iterator[tuple[str, bool]]:
    """``(path, is_folder)`` below ``root``: a folder's files, then its sub-folders, sorted.

    Links to folders are followed unless they lead to a folder already visited.
    """
    visited: set[str] = set()
    stack = [os.path.normpath(root)]
    while stack:
        directory = stack.pop()
        real = os.path.realpath(directory)
        if real in visited:
            continue
        visited.add(real)
        try:
            with os.scandir(directory) as entries:
                names = sorted((entry.name, _is_dir(entry)) for entry in entries
                               if not entry.name.startswith("."))
        except OSError:
            continue
        folders = [os.path.normpath(os.path.join(directory, name))
                   for name, is_dir in names if is_dir]
        yield from ((os.path.normpath(os.path.join(directory, name)), False)
                    for name, is_dir in names if not is_dir)
        yield from ((folder, True) for folder in folders)
        stack.extend(reversed(folders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _glob(pattern: str) -> list[str]:
    """The sorted matches of ``pattern``; ``**`` walks with :func:`_tree` (no link loops)."""
    parts = PurePath(pattern).parts
    if "**" not in parts:
        import glob  # only for wildcard arguments, not on every start

        return sorted(glob.glob(pattern))
    fixed = 0
    while fixed < len(parts) and not _GLOB_CHARS & set(parts[fixed]):
        fixed += 1
    root = os.path.join(*parts[:fixed]) if fixed else ""
    wanted = parts[fixed:]
    candidates = [(root or ".", True), *_tree(root or ".")]
    matches = []
    for path, _ in candidates:
        relative = PurePath(os.path.relpath(path, root or ".")).parts
        if _match(() if relative == (".",) else relative, wanted):
            matches.append(path)
    return sorted(matches)


def _match(parts: tuple[str, ...], patterns: tuple[str, ...]) -> bool:
    """Whether path components ``parts`` match ``patterns`` (``**``: any number of them)."""
    if not patterns:
        return not parts
    if patterns[0] == "**":
        return any(_match(parts[skip:], patterns[1:]) for skip in range(len(parts) + 1))
    return bool(parts) and fnmatchcase(parts[0], patterns[0]) and _match(parts[1:], patterns[1:])
