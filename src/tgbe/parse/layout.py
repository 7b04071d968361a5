"""Layouts a user teaches tgbe: the ``[parse]`` tables of ``tgbe.toml``.

A county whose notices use labels or deadline words tgbe does not know adds them::

    [parse.labels]
    "督办单位" = "lead"          # lead, support, responsible or deadline
    "完成节点" = "deadline"

    [parse.deadlines]
    ongoing = ["常态推进", "久久为功"]

A taught label is read by the same label mechanism as the built-in ones
(:mod:`tgbe.parse.labels`: a field line, a label inside a unit bracket, a bracketed
``【督办单位】``), a taught phrase by the deadline reader (:mod:`tgbe.parse.dates`) as an
ongoing deadline.  Both are folded to simplified characters, as the text they are matched
against is (a label may be taught in either script).

The parser matches what :meth:`ParseLayout.taught` gives (:mod:`tgbe.parse.taught`); this
module, with pydantic, is loaded only when a configuration file is found.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tgbe.data.lexicon import LABEL_MAX_LENGTH
from tgbe.infra.configfile import Locator, describe, read_config
from tgbe.parse.taught import LabelRole, Taught
from tgbe.read.hanzi import for_matching

_KNOWN_KEYS = "labels, deadlines"


class TaughtDeadlines(BaseModel):
    """``[parse.deadlines]``: extra phrases that name a deadline."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ongoing: list[str] = Field(default_factory=list)

    @field_validator("ongoing")
    @classmethod
    def _not_blank(cls, phrases: list[str]) -> list[str]:
        if any(not phrase.strip() for phrase in phrases):
            raise ValueError("a deadline phrase is empty")
        return phrases


class ParseLayout(BaseModel):
    """The validated ``[parse]`` table: taught labels and deadline phrases."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    labels: dict[str, LabelRole] = Field(default_factory=dict)
    deadlines: TaughtDeadlines = Field(default_factory=TaughtDeadlines)

    @field_validator("labels")
    @classmethod
    def _label_shape(cls, labels: dict[str, LabelRole]) -> dict[str, LabelRole]:
        for label in labels:
            problem = _label_problem(label)
            if problem:
                raise ValueError(problem)
        return labels

    def taught(self) -> Taught:
        """The layout as the parser matches it (folded to simplified characters)."""
        return Taught(tuple(sorted((for_matching(label), role)
                                   for label, role in self.labels.items())),
                      tuple(for_matching(phrase) for phrase in self.deadlines.ongoing))


def _label_problem(label: str) -> str | None:
    """Why ``label`` cannot be taught (``None``: it can): a label is 2 to 8 Han characters."""
    if 2 <= len(label) <= LABEL_MAX_LENGTH and all("\u3400" <= char <= "\u9fff"
                                                    for char in label):
        return None
    return (f"label {label!r} is not 2 to {LABEL_MAX_LENGTH} Chinese characters "
            "(write it without its colon)")


def parse_layout(data: object, where: Locator | None = None) -> ParseLayout:
    """Validate a ``[parse]`` table given as data; a located :class:`TgbeError` if bad."""
    locator = where or Locator("<config>", "", ())
    if not isinstance(data, Mapping):
        raise locator.error(("parse",), f'"parse" must be a table, found {type(data).__name__}')
    labels = data.get("labels")
    for label in labels if isinstance(labels, Mapping) else ():
        problem = _label_problem(str(label))
        if problem:  # located at the label's own line
            at = ("parse", "labels", str(label))
            raise locator.error(at, f'"{".".join(at)}": {problem}')
    try:
        return ParseLayout.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        keys = ("parse", *(str(part) for part in first["loc"]))
        raise locator.error(keys, _message(first, keys)) from None


def _message(error: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    if error["type"] == "value_error":
        return f'"{".".join(keys)}": {error["ctx"]["error"]}'
    return describe(error, keys, _KNOWN_KEYS)


def load_layout(path: str) -> ParseLayout:
    """The ``[parse]`` tables of configuration file ``path`` (empty when it has none)."""
    data, locator = read_config(path)
    return parse_layout(data.get("parse", {}), locator)
