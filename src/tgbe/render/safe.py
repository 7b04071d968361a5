"""Text that is safe to print on a terminal: no control characters, no escape sequences.

File names and file contents come from users' files; an ``ESC [ 31 m`` in a notice must
not recolour (or worse, retitle or rewrite) the analyst's terminal.  Every text output
path (errors, tables, batch reports) passes what it prints through :func:`safe_text`.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
# ESC-introduced sequences (CSI "ESC [ … final", OSC "ESC ] … BEL|ST", two-character
# escapes) and their one-character C1 forms; removed whole so no parameters leak through.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_KEEP = frozenset("\t\n")


def safe_text(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` without terminal escape sequences, other control characters replaced.

    Escape sequences (``ESC [ … m`` and the like) are removed; remaining control and
    format characters (C0, C1, DEL, bidirectional overrides) become U+FFFD.  Tabs and
    spaces (U+3000 too) are kept; newlines are kept only when ``keep_newlines`` is true.
    """
    stripped = _ESCAPES.sub("", text)
    if stripped.isprintable():
        return stripped
    return "".join(_printable(char, keep_newlines) for char in stripped)


def _printable(char: str, keep_newlines: bool) -> str:
    if char.isprintable() or char == "\t" or (keep_newlines and char in _KEEP):
        return char
    return char if unicodedata.category(char) == "Zs" else REPLACEMENT
