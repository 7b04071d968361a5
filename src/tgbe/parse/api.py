"""The library's entry points: read → outline → notice."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tgbe.infra.perf import gc_paused
from tgbe.parse.builder import build_notice_data
from tgbe.parse.outline import parse_outline
from tgbe.parse.units import AliasTable
from tgbe.read.reader import DEFAULT_MAX_BYTES, from_text, read_path
from tgbe.read.source import SourceText
from tgbe.vocab import Severity

if TYPE_CHECKING:
    from tgbe.models import Notice


def parse_source(source: SourceText, aliases: AliasTable | None = None) -> Notice:
    """Parse already-read text into a :class:`Notice`."""
    from tgbe.models import Notice

    with gc_paused():
        return Notice.model_validate(_notice_data(source, aliases))


def _notice_data(source: SourceText, aliases: AliasTable | None) -> dict[str, Any]:
    """The builder's data, the reader's notes first among its diagnostics."""
    data = build_notice_data(parse_outline(source), source, aliases)
    if source.notes:
        span = {"start_line": 1, "start_column": 1, "end_line": 1, "end_column": 1}
        data["diagnostics"] = [
            *({"code": "reader-warning", "severity": Severity.WARNING, "message": note,
               "span": span} for note in source.notes),
            *data["diagnostics"],
        ]
    return data


def parse_file(
    path: str | Path,
    encoding: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: AliasTable | None = None,
) -> Notice:
    """Read and parse a notice file (``-`` for stdin).

    Raises :class:`tgbe.TgbeError` (with located problems) when the file cannot be read or
    holds no recognisable notice; recoverable problems are in ``Notice.diagnostics``.
    """
    return parse_source(read_path(path, encoding, max_bytes), aliases)


def parse_text(text: str, path: str = "<text>", *, aliases: AliasTable | None = None) -> Notice:
    """Parse the text of a notice given as a string (see :func:`parse_file`)."""
    return parse_source(from_text(text, path), aliases)


def notice_data(
    path: str | Path,
    encoding: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: AliasTable | None = None,
) -> dict[str, Any]:
    """Read a notice into plain data shaped like :class:`Notice`, without building models.

    Used where start-up time matters (``tgbe parse -f json``); errors as :func:`parse_file`.
    """
    source = read_path(path, encoding, max_bytes)
    with gc_paused():
        return _notice_data(source, aliases)
