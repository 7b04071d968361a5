"""What the parser was taught for the parse under way (labels, deadline phrases).

Labels and ongoing deadline phrases a user teaches in ``tgbe.toml`` (read and checked by
:mod:`tgbe.parse.layout`) are matched by the same tests as the built-in ones
(:mod:`tgbe.parse.labels`, :mod:`tgbe.parse.dates`).  Those tests read the layout from a
context variable that :func:`taught` sets for the time of one parse, rather than through
every function between the entry point and the test: the layout is a setting of the whole
parse, like the alias table, and the tests are called from many places.  Results cached
across parses are keyed by the active :class:`Taught`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

#: The roles a taught label may give: a unit role, or a deadline label.
LabelRole = Literal["lead", "support", "responsible", "deadline"]


class Taught:
    """What the parser was taught, hashable (a key of cached results): equal and hashed by
    ``labels`` and ``ongoing``; ``roles`` is ``labels`` as a dict.  Not changed once made.

    A plain class: the frozen dataclass it was cost every start its creation (~0.5 ms).
    """

    __slots__ = ("labels", "ongoing", "roles")

    def __init__(self, labels: tuple[tuple[str, LabelRole], ...] = (),
                 ongoing: tuple[str, ...] = ()) -> None:
        self.labels = labels
        self.ongoing = ongoing
        self.roles: dict[str, LabelRole] = dict(labels)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Taught):
            return NotImplemented
        return (self.labels, self.ongoing) == (other.labels, other.ongoing)

    def __hash__(self) -> int:
        return hash((self.labels, self.ongoing))


NOTHING_TAUGHT = Taught()
_ACTIVE: ContextVar[Taught] = ContextVar("tgbe_taught_layout", default=NOTHING_TAUGHT)


def active() -> Taught:
    """The layout taught for the parse under way (:data:`NOTHING_TAUGHT` outside one)."""
    return _ACTIVE.get()


@contextmanager
def taught(layout: Taught | None) -> Iterator[None]:
    """Parse with ``layout`` taught (``None``: only the built-in labels and phrases)."""
    token = _ACTIVE.set(layout or NOTHING_TAUGHT)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
