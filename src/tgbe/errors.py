"""The one exception type of the library and the located problems it carries."""

from __future__ import annotations

from typing import NamedTuple

from tgbe.infra.i18n import Lang, tr, translated


class Problem(NamedTuple):
    """A fatal problem at a place in a file: ``path:line:column: message``.

    ``line`` 0 means the problem is the file as a whole (it does not exist, is a folder):
    no position is shown.
    ``code`` names the kind of problem for machines (``"decode-error"``, ``"binary-file"``,
    ``"no-such-file"`` …; ``"input-error"`` when nothing more specific is known).
    """

    path: str
    line: int
    column: int
    message: str
    source_line: str | None = None
    code: str = "input-error"

    def format(self, lang: Lang = "en") -> str:
        """One line ``FILE:LINE:COL: error: message`` (``FILE: error: …`` for a whole file).

        Under ``lang="zh"`` the word and the message are Chinese where the catalogue knows
        the message (ids ``error``, ``error.2`` … of :mod:`tgbe.infra.messages`).
        """
        where = f"{self.path}:{self.line}:{self.column}" if self.line > 0 else self.path
        return f"{where}: {tr('cli.error', lang)}: {translated('error', self.message, lang)}"


class TgbeError(Exception):
    """Raised by :func:`tgbe.parse_file` and :func:`tgbe.parse_text` when a notice cannot be read.

    ``problems`` holds every located problem; ``str(error)`` is the first one, formatted.
    Recoverable problems do not raise: they are returned in ``Notice.diagnostics``.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems[0].format() if problems else "tgbe error")

    @classmethod
    def at(
        cls,
        path: str,
        message: str,
        line: int = 1,
        column: int = 1,
        source_line: str | None = None,
        *,
        code: str = "input-error",
    ) -> TgbeError:
        """Build an error holding a single problem."""
        return cls([Problem(path, line, column, message, source_line, code)])


class UsageError(TgbeError):
    """A bad flag value, configuration or option combination (also exit code 2)."""
