"""The library's entry points: read → outline → notice."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tgbe.infra.perf import gc_paused
from tgbe.parse.as_written import restore_script
from tgbe.parse.builder import build_notice_data
from tgbe.parse.names import name_units
from tgbe.parse.outline import parse_outline
from tgbe.parse.records import DiagnosticRecord, NoticeRecord
from tgbe.parse.targets import attach_targets
from tgbe.parse.taught import taught
from tgbe.parse.units import AliasTable, default_aliases
from tgbe.read.reader import DEFAULT_MAX_BYTES, from_text, read_path
from tgbe.read.source import SourceText
from tgbe.read.textspans import SpanRecord
from tgbe.vocab import Severity

if TYPE_CHECKING:
    from tgbe.models import Notice
    from tgbe.parse.layout import ParseLayout

#: The parser diagnostic of a run of undecodable bytes read as U+FFFD (lint: ENC001).
INVALID_BYTES = "invalid-bytes"
#: The info diagnostic of pinyin glosses (發(fā)) taken out of the text.
PINYIN_GLOSSES = "pinyin-glosses"


def parse_source(
    source: SourceText,
    aliases: AliasTable | None = None,
    layout: ParseLayout | None = None,
    *,
    targets: bool = True,
) -> Notice:
    """Parse already-read text into a :class:`Notice` (``layout``: labels and deadline
    phrases taught in ``tgbe.toml``, see :mod:`tgbe.parse.layout`).

    ``targets=False`` leaves every ``targets`` list empty and skips their extraction (about
    a quarter of the parse), for callers that never read them (``tgbe lint``, deadlines).
    """
    with gc_paused():  # one pause from the text to the models (see _notice)
        return _notice(source_data(source, aliases, layout, targets=targets))


def parse_source_capped(
    source: SourceText,
    aliases: AliasTable | None = None,
    limit: int | None = None,
    layout: ParseLayout | None = None,
    *,
    targets: bool = True,
) -> tuple[Notice, dict[tuple[str, str], int]]:
    """:func:`parse_source` keeping the first ``limit`` diagnostics of each code (``None``:
    all) and counting the others by (code, severity): a million stray lines are then a
    count, not a million models.  For callers that show at most ``limit`` (``tgbe lint``);
    ``layout`` and ``targets`` as for :func:`parse_source`.
    """
    from tgbe.infra.caps import capped

    with gc_paused():  # one pause from the text to the models (see _notice)
        data = source_data(source, aliases, layout, targets=targets)
        data["diagnostics"], omitted = capped(
            data["diagnostics"], lambda item: (item["code"], Severity(item["severity"]).value),
            limit)
        return _notice(data), dict(omitted)


def _notice(data: NoticeRecord) -> Notice:
    """The records validated into models, indicator by indicator, each indicator's records
    freed as soon as its models exist (then the notice around them, which takes the built
    indicators as they are): the records and the models of a whole notice are never held
    at once (on a 20 MB notice they were the peak of the lint).

    Callers pause the collector from the text to the models, not only for each step:
    re-enabled between the records and the models, it made a pass over every record
    (0.1 s and 0.8 s of a 20 MB notice's lint), and the passes grow with the notice.
    """
    from tgbe.models import Indicator, Notice

    records = data["indicators"]
    records.reverse()
    indicators: list[Indicator] = []
    while records:
        indicators.append(Indicator.model_validate(records.pop()))
    return Notice.model_validate({**data, "indicators": indicators})


def parse_file(
    path: str | Path,
    encoding: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: AliasTable | None = None,
    strict_encoding: bool = False,
    layout: ParseLayout | None = None,
    targets: bool = True,
) -> Notice:
    """Read and parse a notice file (``-`` for stdin).

    Raises :class:`tgbe.TgbeError` (with located problems) when the file cannot be read or
    holds no recognisable notice; recoverable problems are in ``Notice.diagnostics``
    (a few undecodable bytes too, unless ``strict_encoding``).  ``targets``: see
    :func:`parse_source`.
    """
    source = read_path(path, encoding, max_bytes, strict=strict_encoding)
    return parse_source(source, aliases, layout, targets=targets)


def parse_text(text: str, path: str = "<text>", *, aliases: AliasTable | None = None,
               layout: ParseLayout | None = None, targets: bool = True) -> Notice:
    """Parse the text of a notice given as a string (see :func:`parse_file`)."""
    return parse_source(from_text(text, path), aliases, layout, targets=targets)


def notice_data(
    path: str | Path,
    encoding: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: AliasTable | None = None,
    strict_encoding: bool = False,
    layout: ParseLayout | None = None,
) -> NoticeRecord:
    """Read a notice into typed records shaped like :class:`Notice`, without building models.

    Used where start-up time matters (``tgbe parse -f json``); errors as :func:`parse_file`.
    """
    source = read_path(path, encoding, max_bytes, strict=strict_encoding)
    with gc_paused():
        return source_data(source, aliases, layout)


def source_data(
    source: SourceText,
    aliases: AliasTable | None = None,
    layout: ParseLayout | None = None,
    *,
    targets: bool = True,
) -> NoticeRecord:
    """Already-read text as typed records shaped like :class:`Notice` (see :func:`notice_data`).

    Units are named as written (see :mod:`tgbe.parse.names`); the reader's notes and its
    undecodable bytes come first among the diagnostics.  Targets are extracted only when
    ``targets`` is true (:func:`tgbe.parse.targets.attach_targets`).  Every caller pauses
    the cyclic garbage collector around it (:func:`tgbe.infra.perf.gc_paused`): the build
    makes many small acyclic objects, and the collector's passes over them free none.
    """
    table = aliases or default_aliases()
    with taught(layout.taught() if layout is not None else None):
        data = build_notice_data(parse_outline(source), source, table)
        if targets:
            attach_targets(data["indicators"], source)
        data["diagnostics"] = [*_reader_diagnostics(source), *data["diagnostics"]]
        return restore_script(name_units(data, table), source.text, source.as_written)


def _reader_diagnostics(source: SourceText) -> list[DiagnosticRecord]:
    """What the reader noticed: its notes (pypdf's repairs) and runs of undecodable bytes."""
    start: SpanRecord = {"start_line": 1, "start_column": 1, "end_line": 1, "end_column": 1}
    notes: list[DiagnosticRecord] = [
        {"code": "reader-warning", "severity": Severity.WARNING, "message": note, "span": start}
        for note in source.notes]
    bad: list[DiagnosticRecord] = [
        {"code": INVALID_BYTES, "severity": Severity.WARNING,
         "message": f"invalid byte(s) {run.data.hex(' ')} in {source.encoding} text, read as "
                    "U+FFFD; expected text in one encoding (the file is damaged or mixes "
                    "encodings)",
         "span": {"start_line": run.line, "start_column": run.column, "end_line": run.line,
                  "end_column": run.column + len(run.data)}}
        for run in source.bad_bytes]
    glosses: list[DiagnosticRecord] = [
        {"code": PINYIN_GLOSSES, "severity": Severity.INFO,
         "message": f"{len(source.glosses)} pinyin gloss(es) such as (fā) after characters "
                    "left out of names and texts; spans point at the file as written",
         "span": {"start_line": line, "start_column": column, "end_line": line,
                  "end_column": column}}
        for line, column in source.glosses[:1]]
    return [*notes, *bad, *glosses]
