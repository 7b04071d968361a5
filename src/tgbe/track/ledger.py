"""The progress ledger: the status of each measure, kept by the people who carry it out.

A ledger is a YAML mapping keyed by measure id (quoted, so that ``"1.10"`` never becomes
the number 1.1); keys and status words may be Chinese or English::

    "3.7": {status: done, date: 2023-08-01}
    "5.2": {状态: 延期, new_deadline: 2023-12-31, 进展: 已报县政府批准, 佐证: 县政府批复}
    "6.1":
      history:
        - {date: 2023-05-10, status: 推进中, note: 已起草方案}
        - {date: 2023-06-20, status: 已完成, note: 方案印发}

Status words: 未启动/todo, 推进中/进行中/in_progress, 已完成/完成/done, 延期/extended (with
``new_deadline``), 不再实施/取消/dropped (see ``tgbe.data.statuses``).  With a ``history``,
the latest dated record gives the status, date and note (a top-level ``status`` without a
date counts as the latest).  Files are read as notices are (UTF-8, UTF-8 with BOM,
GB18030).  :func:`load_ledger` reports *every* bad entry at its line and column in one
error; the file is never rewritten.  :func:`ledger_template` writes the starting point.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import ConfigDict, Field, RootModel

from tgbe.data.statuses import FIELD_WORDS, STATUS_WORDS
from tgbe.errors import Problem, TgbeError
from tgbe.infra.clock import parse_day
from tgbe.infra.i18n import tr
from tgbe.infra.width import clip
from tgbe.infra.yamlsafe import (
    compose_text,
    describe,
    mapping_items,
    problem_at,
    scalar_text,
)
from tgbe.models import Model, Notice
from tgbe.read.reader import decode_bytes


class Status(StrEnum):
    """Where a measure stands."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    EXTENDED = "extended"
    DROPPED = "dropped"


CLOSED: frozenset[Status] = frozenset({Status.DONE, Status.DROPPED})
# Every word a ledger may write for a status -> the status.
STATUS_BY_WORD: dict[str, Status] = {
    word: Status(value) for value, words in STATUS_WORDS.items() for word in (value, *words)
}


def status_label(status: Status) -> str:
    """The Chinese word tgbe writes for ``status`` (已完成 for done)."""
    return STATUS_WORDS[status.value][0]


class HistoryRecord(Model):
    """One dated step of a measure's progress."""

    date: dt.date
    status: Status
    note: str | None = None


class LedgerEntry(Model):
    """The state of one measure: status, the date it changed, an approved new deadline."""

    status: Status = Status.TODO
    date: dt.date | None = None
    new_deadline: dt.date | None = None
    note: str | None = None
    progress: str | None = Field(None, description="进展: what has been done so far.")
    evidence: str | None = Field(None, description="佐证: documents that show it.")
    history: list[HistoryRecord] = Field(
        default_factory=list, description="Dated steps, oldest first; the latest gives status.")


class Ledger(RootModel[dict[str, LedgerEntry]]):
    """A whole ledger file: measure id -> entry (the ``ledger`` JSON Schema)."""

    model_config = ConfigDict(frozen=True)

    def entry(self, measure_id: str) -> LedgerEntry:
        """The entry of a measure (a ``todo`` entry when the ledger does not list it)."""
        return self.root.get(measure_id, _TODO)

    def counts(self) -> dict[str, int]:
        """How many entries have each status, in the order of :class:`Status`."""
        tally = Counter(entry.status for entry in self.root.values())
        return {status.value: tally[status] for status in Status}


_TODO = LedgerEntry()
T = TypeVar("T")
_DATE_FIELDS = ("date", "new_deadline")
_TEXT_FIELDS = ("note", "progress", "evidence")


def read_ledger_file(path: str) -> str:
    """The text of the ledger at ``path``, decoded like a notice (BOM, UTF-8, GB18030)."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise TgbeError.at(path, f"cannot read the file: {error.strerror or error}") from error
    return decode_bytes(data, path)


def load_ledger(path: str, notice: Notice | None = None) -> Ledger:
    """Read the ledger at ``path``; with ``notice``, also refuse ids it does not have.

    Raises :class:`TgbeError` carrying one located problem per bad entry (unknown id,
    duplicate key, bad status or date, unknown field, wrong type, YAML syntax error,
    unsafe tag), all of them at once.
    """
    return read_ledger_text(read_ledger_file(path), path, notice)


def read_ledger_text(text: str, path: str = "<text>", notice: Notice | None = None) -> Ledger:
    """Read a ledger given as text (see :func:`load_ledger`); ``path`` names it in messages."""
    return ledger_from_node(path, compose_text(text, path), notice)


def ledger_from_node(path: str, root: yaml.Node | None, notice: Notice | None) -> Ledger:
    """Validate a composed ledger document (``None`` for an empty file)."""
    if root is None:
        return Ledger({})
    known = {measure.id for measure in notice.measures()} if notice else None
    entries: dict[str, LedgerEntry] = {}
    problems: list[Problem] = []
    for key, value in mapping_items(path, root, "the ledger", problems):
        if key.tag != "tag:yaml.org,2002:str":
            problems.append(problem_at(path, key, (
                f'expected a quoted measure id such as "1.10", found {describe(key)} '
                "(YAML reads unquoted 1.10 as the number 1.1)")))
            continue
        if known is not None and key.value not in known:
            problems.append(problem_at(
                path, key, f"expected a measure id of the notice, found {key.value!r}"))
            continue
        entry = _entry(path, value, f"measure {key.value}", problems)
        if entry is not None:
            entries[key.value] = entry
    if problems:
        raise TgbeError(sorted(problems, key=lambda problem: (problem.line, problem.column)))
    return Ledger(entries)


def _entry(path: str, node: yaml.Node, what: str, problems: list[Problem]) -> LedgerEntry | None:
    """One entry (or just a status word); its problems are added to ``problems``."""
    if isinstance(node, yaml.ScalarNode):
        status = _collect(problems, _status, path, node, what)
        return None if status is None else LedgerEntry(status=status)
    before = len(problems)
    fields: dict[str, object] = {}
    items = _collect(problems, mapping_items, path, node, what, problems) or []
    for key, value in items:
        name = FIELD_WORDS.get(str(key.value), str(key.value))
        parsed = _collect(problems, _field, path, name, key, value, what)
        if parsed is not None:
            fields[name] = parsed
    if len(problems) > before:
        return None
    return _settled(path, node, fields, what, problems)


def _field(path: str, name: str, key: yaml.ScalarNode, value: yaml.Node, what: str) -> object:
    if name == "status":
        return _status(path, value, what)
    if name in _DATE_FIELDS:
        return _date(path, value, f"{name} of {what}")
    if name in _TEXT_FIELDS:
        return scalar_text(path, value, f"{name} of {what}")
    if name == "history":
        return _history(path, value, f"the history of {what}")
    expected = ", ".join([*LedgerEntry.model_fields, *FIELD_WORDS])
    raise TgbeError([problem_at(path, key, f"expected one of {expected} in {what}, "
                                           f"found {key.value!r}")])


def _history(path: str, node: yaml.Node, what: str) -> list[HistoryRecord]:
    if not isinstance(node, yaml.SequenceNode):
        raise TgbeError([problem_at(path, node, f"expected a list for {what}, "
                                                f"found {describe(node)}")])
    problems: list[Problem] = []
    records: list[HistoryRecord] = []
    for item in node.value:
        fields: dict[str, object] = {}
        for key, value in _collect(problems, mapping_items, path, item, what) or []:
            name = FIELD_WORDS.get(str(key.value), str(key.value))
            if name not in HistoryRecord.model_fields:
                problems.append(problem_at(path, key, f"expected date, status or note in "
                                                      f"{what}, found {key.value!r}"))
                continue
            parsed = _collect(problems, _field, path, name, key, value, what)
            if parsed is not None:
                fields[name] = parsed
        if {"date", "status"} <= fields.keys():
            records.append(HistoryRecord.model_validate(fields))
        elif isinstance(item, yaml.MappingNode):
            problems.append(problem_at(path, item, f"expected a date and a status in "
                                                   f"each record of {what}"))
    if problems:
        raise TgbeError(problems)
    return sorted(records, key=lambda record: record.date)


def _settled(path: str, node: yaml.Node, fields: dict[str, object], what: str,
             problems: list[Problem]) -> LedgerEntry | None:
    """The entry with its status from the latest record; ``extended`` needs a new deadline."""
    history = fields.get("history")
    if isinstance(history, list) and history and (
            "status" not in fields or fields.get("date") is not None):
        latest: HistoryRecord = history[-1]
        current = fields.get("date")
        if not isinstance(current, date) or latest.date >= current:
            fields.update(status=latest.status, date=latest.date,
                          note=latest.note or fields.get("note"))
    if fields.get("status") == Status.EXTENDED and fields.get("new_deadline") is None:
        problems.append(problem_at(path, node, f"expected a new_deadline (新时限) for {what}, "
                                               "whose status is extended (延期)"))
        return None
    return LedgerEntry.model_validate(fields)


def _collect(problems: list[Problem], read: Callable[..., T], *args: Any) -> T | None:
    """``read(*args)``, or ``None`` with its problems added to ``problems``."""
    try:
        return read(*args)
    except TgbeError as error:
        problems.extend(error.problems)
        return None


def _status(path: str, node: yaml.Node, what: str) -> Status:
    text = scalar_text(path, node, f"the status of {what}").strip()
    status = STATUS_BY_WORD.get(text)
    if status is None:
        expected = "|".join(f"{value}/{'/'.join(words)}" for value, words in STATUS_WORDS.items())
        raise TgbeError([problem_at(
            path, node, f"expected a status {expected} for {what}, found {text!r}")])
    return status


def _date(path: str, node: yaml.Node, what: str) -> date:
    text = scalar_text(path, node, what).strip()
    try:
        return parse_day(text)
    except ValueError:
        raise TgbeError([problem_at(
            path, node, f"expected a date YYYY-MM-DD for {what}, found {text!r}")]) from None


def ledger_yaml(ledger: Ledger, title: str) -> str:
    """The ledger as YAML that :func:`load_ledger` reads back: ids quoted, in the ledger's
    order, one line per entry unless it has a history.  Comments are not kept."""
    lines = tr("ledger.written", title=title).splitlines()
    for measure_id, entry in ledger.root.items():
        fields = entry.model_dump(exclude_defaults=True, exclude={"history"})
        flow = ", ".join(f"{name}: {_yaml_value(value)}" for name, value in fields.items())
        if not entry.history:
            lines.append(f"{_yaml_value(measure_id)}: {{{flow}}}")
            continue
        lines.append(f"{_yaml_value(measure_id)}:")
        lines.extend(f"  {name}: {_yaml_value(value)}" for name, value in fields.items())
        lines.append("  history:")
        lines.extend("    - {" + ", ".join(
            f"{name}: {_yaml_value(value)}"
            for name, value in record.model_dump(exclude_none=True).items()) + "}"
            for record in entry.history)
    return "\n".join(lines) + "\n"


def _yaml_value(value: object) -> str:
    """A scalar as YAML: dates bare, everything else a JSON string (valid YAML)."""
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)


def ledger_template(notice: Notice) -> str:
    """A ledger listing every measure as ``todo``, ids quoted, one comment per indicator."""
    lines = tr("ledger.template", title=notice.title or notice.source.path).splitlines()
    for indicator in notice.indicators:
        lines.append("")
        lines.append(f"# {indicator.numeral or indicator.number}、{indicator.name}")
        for measure in indicator.measures:
            raw = measure.deadline.raw if measure.deadline else "-"
            lines.append(f'"{measure.id}": {{status: todo}}  # {raw} {clip(measure.text, 50)}')
    return "\n".join(lines) + "\n"
