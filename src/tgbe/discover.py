"""Which files ``tgbe lint`` reads when given folders: one list of file name endings."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tgbe.errors import TgbeError
from tgbe.reader import STDIN_NAME

#: File endings read from folders (extend when the reader learns a new format).
NOTICE_SUFFIXES: tuple[str, ...] = (".txt",)


def notice_files(paths: Iterable[str]) -> list[str]:
    """Files named in ``paths``; folders are searched recursively for notice files.

    Files named explicitly are kept whatever their ending (the reader judges them); hidden
    folders and files (``.git``, ``.venv``) are skipped inside folders.
    """
    found: list[str] = []
    for path in paths:
        folder = Path(path)
        if path == STDIN_NAME or not folder.is_dir():
            found.append(path)
            continue
        inside = sorted(
            str(file) for file in folder.rglob("*")
            if file.suffix.lower() in NOTICE_SUFFIXES and file.is_file()
            and not any(part.startswith(".") for part in file.relative_to(folder).parts)
        )
        if not inside:
            endings = ", ".join(f"*{suffix}" for suffix in NOTICE_SUFFIXES)
            raise TgbeError.at(path, f"no notice files in this folder: expected {endings}")
        found.extend(inside)
    return list(dict.fromkeys(found))
