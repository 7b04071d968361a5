"""Labels written in other forms than the grammar's, read as the forms it knows.

* ``【责任单位】A``, ``[完成时限]B``, ``〔牵头单位〕A`` (anywhere in a line) and ``责任单位  A``
  (a label, then a space, at the start of a line) are the field lines ``责任单位：A`` …  A
  label counts by its shape (:func:`tgbe.parse.labels.is_field_label`), so prose with a
  short phrase in brackets or before a space is left alone.
* ``——牵头单位：A``, ``● 完成时限：B``: dashes and bullets before a field label at the start
  of a line are decoration (they become spaces);
* ``任务1：…``, ``措施三：…`` — a word that names a measure (the words of a task table's text
  column, ``TABLE_TEXT``), a number and a colon — start a numbered measure, as ``1、…`` does.

Each line is rewritten in place to the same length — an opening bracket becomes a space, a
closing bracket (or the first space) a colon, ``任务12：`` becomes ``   12、`` — so that every
span still points at the file as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tgbe.data.lexicon import TABLE_TEXT
from tgbe.lang.numerals import chinese_to_int
from tgbe.parse.labels import is_field_label

# The pattern starts with the bracket, so that the regex engine skips to the next opening
# bracket rather than trying a match at every character.
_BRACKETED = re.compile(r"[【\[〔［](?P<label>[^\W\d_A-Za-z]{2,8})[】\]〕］]")
_SPACED = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?P<label>[^\W\d_A-Za-z]{2,8})[ \t\u3000](?=[ \t\u3000]*\S)",
    re.MULTILINE)
_OPENERS = ("【", "[", "〔", "［")
# Dashes and bullets that decorate a field line (``——牵头单位：A``, ``● 完成时限：B``).
_BULLETS = "—―－\\-–─·•●○▪◆◇■□★☆※►▶➢√"
_BULLETED = re.compile(
    rf"^(?P<indent>[ \t\u3000]*)(?P<bullet>[{_BULLETS}]+)(?P<rest>[ \t\u3000]*"
    r"(?P<label>[^\W\d_A-Za-z]{2,8})[ \t\u3000]*[：:])", re.MULTILINE)
_TASK = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?P<word>[^\W\d_A-Za-z]{1,6}?)[ \t\u3000]*"
    r"(?P<number>[0-9]{1,3}|[一二三四五六七八九十]{1,3})[ \t\u3000]*[：:]", re.MULTILINE)
_TASK_WORDS = frozenset(TABLE_TEXT)


Rewrite = Callable[[re.Match[str]], str]


def _of_a_label(rewrite: Rewrite) -> Rewrite:
    """``rewrite`` for a match whose ``label`` is a field label by its shape; any other match
    (prose in brackets, before a space or after a bullet) stays as written."""
    return lambda match: rewrite(match) if is_field_label(match["label"]) else match[0]


_bracketed = _of_a_label(lambda match: f" {match['label']}：")
_bulleted = _of_a_label(lambda match: match["indent"] + " " * len(match["bullet"]) + match["rest"])
_spaced = _of_a_label(lambda match: f"{match['indent']}{match['label']}：")


def _task(match: re.Match[str]) -> str:
    if match["word"] not in _TASK_WORDS:
        return match[0]
    digits = str(chinese_to_int(match["number"]))
    return match["indent"] + " " * (len(match[0]) - len(match["indent"]) - len(digits) - 1) + (
        digits + "、")


def with_known_labels(text: str) -> str:
    """``text`` with colon-less field labels given a colon and numbered task labels made
    measure markers (see the module docstring); the same length and lines as ``text``."""
    if any(opener in text for opener in _OPENERS):
        text = _BRACKETED.sub(_bracketed, text)
    text = _BULLETED.sub(_bulleted, text)
    return _TASK.sub(_task, _SPACED.sub(_spaced, text))
