"""Text that is safe to print on a terminal, in XML or in a GitHub workflow command.

File names and file contents come from users' files; an ``ESC [ 31 m`` in a notice must
not recolour (or worse, retitle or rewrite) the analyst's terminal.  Every text output
path (errors, tables, batch reports) passes what it prints through :func:`safe_text`;
every XML writer (JUnit, xlsx cells and sheet names) through :func:`xml_safe`; every
GitHub annotation through :func:`github_escape`.
"""

from __future__ import annotations

import unicodedata

from tgbe.lang.patterns import LazyPattern

REPLACEMENT = "\ufffd"
# ESC-introduced sequences (CSI "ESC [ … final", OSC "ESC ] … BEL|ST", two-character
# escapes) and their one-character C1 forms; removed whole so no parameters leak through.
_ESCAPES = LazyPattern(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)
_KEEP = frozenset("\t\n")
# What XML 1.0 cannot hold: C0 controls but tab, LF, CR; surrogates; U+FFFE and U+FFFF.
_NOT_XML = LazyPattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


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


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub(REPLACEMENT, text)


def github_escape(text: str, property_value: bool = False) -> str:
    """``text`` as a GitHub workflow command's message (or property value).

    Escape sequences are removed and controls replaced first (the command is printed on
    the runner's log); then ``%`` and line feeds are percent-encoded, and in a property
    value ``:`` and ``,`` too.
    """
    text = safe_text(text, keep_newlines=True).replace("%", "%25").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text
