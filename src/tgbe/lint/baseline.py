"""Lint baselines: accept today's findings, fail only on new ones.

A baseline is a JSON file listing the findings of one run.  Each finding is identified by a
fingerprint that does not contain its line number: the rule code, the measure id (if any),
the whitespace-normalised text of the source line and the text the finding points at.
Inserting or deleting lines above a finding therefore keeps it suppressed; editing the line
itself makes it new again.  Equal fingerprints are counted, so a second identical problem
on the same line is still reported.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import ValidationError

from tgbe.errors import TgbeError
from tgbe.infra.output import write_bytes_atomic
from tgbe.lint.rules.base import Finding
from tgbe.models import Model

BASELINE_SCHEMA_VERSION = "1.0"
_SEPARATORS = frozenset(" \t\r\n,")

Lines = Mapping[str, Sequence[str]]


class BaselineEntry(Model):
    """One accepted finding (``line`` and ``message`` are for people, not for matching)."""

    fingerprint: str
    code: str
    path: str
    line: int
    measure_id: str | None = None
    message: str = ""


class Baseline(Model):
    """The baseline file written by ``tgbe lint --write-baseline``."""

    schema_version: str = BASELINE_SCHEMA_VERSION
    tool: str = "tgbe"
    entries: list[BaselineEntry]


def fingerprint(finding: Finding, lines: Sequence[str]) -> str:
    """A line-number-free identity of ``finding`` (see the module docstring)."""
    text = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
    single = finding.end_line in (None, finding.line) and finding.end_column is not None
    end = (finding.end_column or 0) - 1 if single else len(text)
    target = text[finding.column - 1 : end]
    parts = (finding.code, finding.measure_id or "", " ".join(text.split()), target.strip())
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _relative(path: str, base: Path) -> str:
    if path == "-":
        return path
    return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()


def _keys(findings: Iterable[Finding], lines: Lines, base: Path) -> list[tuple[str, str]]:
    return [(_relative(f.path, base), fingerprint(f, lines.get(f.path, ()))) for f in findings]


def write_baseline(path: str, findings: Sequence[Finding], lines: Lines) -> None:
    """Write ``findings`` as a baseline file (atomically)."""
    base = Path(path).resolve().parent
    keys = _keys(findings, lines, base)
    entries = [
        BaselineEntry(fingerprint=key, code=finding.code, path=relative, line=finding.line,
                      measure_id=finding.measure_id, message=finding.message)
        for finding, (relative, key) in zip(findings, keys, strict=True)
    ]
    text = Baseline(entries=entries).model_dump_json(indent=2) + "\n"
    write_bytes_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def load_baseline(path: str) -> Counter[tuple[str, str]]:
    """The accepted ``(relative path, fingerprint)`` pairs of a baseline file, counted."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TgbeError.at(path, "invalid baseline: no such file (write one with "
                                 "--write-baseline)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise TgbeError.at(path, f"invalid baseline: cannot read file: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TgbeError.at(path, f"invalid baseline: {error.msg}", error.lineno,
                           error.colno) from None
    except RecursionError:
        raise TgbeError.at(path, "invalid baseline: nested too deeply; expected "
                                 '{"entries": [...]} as tgbe writes it') from None
    try:
        baseline = Baseline.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        line = _entry_line(text, first["loc"])
        raise TgbeError.at(path, f"invalid baseline: {where}: {first['msg']}", line) from None
    return Counter((entry.path, entry.fingerprint) for entry in baseline.entries)


def _entry_line(text: str, loc: Sequence[object]) -> int:
    """The line where ``entries[i]`` starts (1 when the location is elsewhere)."""
    if len(loc) < 2 or loc[0] != "entries" or not isinstance(loc[1], int):
        return 1
    start = text.find("[", text.find('"entries"'))
    decoder = json.JSONDecoder()
    position = start + 1
    for _ in range(loc[1]):
        position = _skip(text, position)
        try:
            position = decoder.raw_decode(text, position)[1]
        except json.JSONDecodeError:
            return 1
    return text.count("\n", 0, _skip(text, position)) + 1


def _skip(text: str, position: int) -> int:
    """The position after the whitespace and commas at ``position``."""
    while position < len(text) and text[position] in _SEPARATORS:
        position += 1
    return position


def apply_baseline(
    findings: Sequence[Finding], accepted: Counter[tuple[str, str]], baseline_path: str,
    lines: Lines,
) -> tuple[list[Finding], int]:
    """``findings`` not in the baseline, and how many were suppressed."""
    remaining = Counter(accepted)
    kept: list[Finding] = []
    base = Path(baseline_path).resolve().parent
    for finding, key in zip(findings, _keys(findings, lines, base), strict=True):
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(finding)
    return kept, len(findings) - len(kept)
