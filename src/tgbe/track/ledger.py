"""The progress ledger: the status of each measure, kept by the people who carry it out.

A ledger is a YAML mapping keyed by measure id (quoted, so that ``"1.10"`` never becomes
the number 1.1)::

    "3.7": {status: done, date: 2023-08-01}
    "5.2": {status: in_progress, new_deadline: 2023-12-31, note: 延期已批准}

:func:`load_ledger` reads one safely and reports every bad entry at its line and column;
the file is never rewritten.  :func:`ledger_template` writes the starting point.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from datetime import date
from enum import StrEnum

import yaml
from pydantic import ConfigDict, RootModel

from tgbe.errors import Problem, TgbeError
from tgbe.infra.clock import parse_day
from tgbe.infra.width import clip
from tgbe.infra.yamlsafe import (
    compose_file,
    compose_text,
    describe,
    mapping_items,
    problem_at,
    scalar_text,
)
from tgbe.models import Model, Notice


class Status(StrEnum):
    """Where a measure stands."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


CLOSED: frozenset[Status] = frozenset({Status.DONE, Status.DROPPED})


class LedgerEntry(Model):
    """The state of one measure: status, the date it changed, an approved new deadline."""

    status: Status = Status.TODO
    date: dt.date | None = None
    new_deadline: dt.date | None = None
    note: str | None = None


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
_DATE_FIELDS = ("date", "new_deadline")


def load_ledger(path: str, notice: Notice | None = None) -> Ledger:
    """Read the ledger at ``path``; with ``notice``, also refuse ids it does not have.

    Raises :class:`TgbeError` carrying one located problem per bad entry (unknown id,
    duplicate key, bad status or date, unknown field, YAML syntax error, unsafe tag).
    """
    return ledger_from_node(path, compose_file(path), notice)


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
    for key, value in mapping_items(path, root, "the ledger"):
        if key.tag != "tag:yaml.org,2002:str":
            problems.append(problem_at(path, key, (
                f'expected a quoted measure id such as "1.10", found {describe(key)} '
                "(YAML reads unquoted 1.10 as the number 1.1)")))
            continue
        if known is not None and key.value not in known:
            problems.append(problem_at(
                path, key, f"expected a measure id of the notice, found {key.value!r}"))
            continue
        try:
            entries[key.value] = _entry(path, value, f"measure {key.value}")
        except TgbeError as error:
            problems.extend(error.problems)
    if problems:
        raise TgbeError(problems)
    return Ledger(entries)


def _entry(path: str, node: yaml.Node, what: str) -> LedgerEntry:
    """One entry: ``{status: …, date: …, new_deadline: …, note: …}`` (or just a status)."""
    if isinstance(node, yaml.ScalarNode):
        return LedgerEntry(status=_status(path, node, what))
    fields: dict[str, object] = {}
    problems: list[Problem] = []
    for key, value in mapping_items(path, node, what):
        try:
            if key.value == "status":
                fields["status"] = _status(path, value, what)
            elif key.value in _DATE_FIELDS:
                fields[key.value] = _date(path, value, f"{key.value} of {what}")
            elif key.value == "note":
                fields["note"] = scalar_text(path, value, f"note of {what}")
            else:
                expected = ", ".join(LedgerEntry.model_fields)
                raise TgbeError([problem_at(
                    path, key, f"expected one of {expected} in {what}, found {key.value!r}")])
        except TgbeError as error:
            problems.extend(error.problems)
    if problems:
        raise TgbeError(problems)
    return LedgerEntry.model_validate(fields)


def _status(path: str, node: yaml.Node, what: str) -> Status:
    text = scalar_text(path, node, f"the status of {what}")
    try:
        return Status(text)
    except ValueError:
        expected = "|".join(status.value for status in Status)
        raise TgbeError([problem_at(
            path, node, f"expected a status {expected} for {what}, found {text!r}")]) from None


def _date(path: str, node: yaml.Node, what: str) -> date:
    text = scalar_text(path, node, what)
    try:
        return parse_day(text)
    except ValueError:
        raise TgbeError([problem_at(
            path, node, f"expected a date YYYY-MM-DD for {what}, found {text!r}")]) from None


def ledger_template(notice: Notice) -> str:
    """A ledger listing every measure as ``todo``, ids quoted, one comment per indicator."""
    lines = [
        f"# Progress ledger (工作台账) for {notice.title or notice.source.path}",
        "# status: todo | in_progress | done | dropped    date: YYYY-MM-DD (when it changed)",
        "# new_deadline: YYYY-MM-DD (an approved extension)    note: free text",
        '# Keep the ids quoted: unquoted 1.10 would be read as the number 1.1.',
    ]
    for indicator in notice.indicators:
        lines.append("")
        lines.append(f"# {indicator.numeral or indicator.number}、{indicator.name}")
        for measure in indicator.measures:
            raw = measure.deadline.raw if measure.deadline else "-"
            lines.append(f'"{measure.id}": {{status: todo}}  # {raw} {clip(measure.text, 50)}')
    return "\n".join(lines) + "\n"
