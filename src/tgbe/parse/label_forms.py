"""Field labels written without a colon, read as if they had one.

``【责任单位】A``, ``[完成时限]B``, ``〔牵头单位〕A`` and ``责任单位  A`` (a label, then a space)
at the start of a line are the field lines ``责任单位：A`` …  A label counts by its shape
(:func:`tgbe.parse.labels.is_measure_label`, or a benchmark label), so prose that starts
with a short phrase and a bracket or a space is left alone.  The line is rewritten in place to
the same length — the opening bracket becomes a space, the closing bracket (or the first
space) a colon — so that every span still points at the file as written.
"""

from __future__ import annotations

import re

from tgbe.parse.benchmarks import is_benchmark_label
from tgbe.parse.labels import is_measure_label

_BRACKETED = re.compile(
    r"^(?P<indent>[ \t\u3000]*)[【\[〔［](?P<label>[\u3400-\u9fff]{2,8})[】\]〕］]", re.MULTILINE)
_SPACED = re.compile(
    r"^(?P<indent>[ \t\u3000]*)(?P<label>[\u3400-\u9fff]{2,8})[ \t\u3000](?=[ \t\u3000]*\S)",
    re.MULTILINE)
_OPENERS = ("【", "[", "〔", "［")


def _is_label(label: str) -> bool:
    return is_measure_label(label) or is_benchmark_label(label)


def _bracketed(match: re.Match[str]) -> str:
    if not _is_label(match["label"]):
        return match[0]
    return f"{match['indent']} {match['label']}："


def _spaced(match: re.Match[str]) -> str:
    if not _is_label(match["label"]):
        return match[0]
    return f"{match['indent']}{match['label']}："


def with_colon_labels(text: str) -> str:
    """``text`` with every colon-less field label at a line start given a colon (see the
    module docstring); the result has the same length and lines as ``text``."""
    if any(opener in text for opener in _OPENERS):
        text = _BRACKETED.sub(_bracketed, text)
    return _SPACED.sub(_spaced, text)
