"""Benchmark lines (对标城市：深圳福田、上海浦东。): which labels name benchmarks, the cities
they name and where each city stands in the line.

A label names benchmarks when, with bracketed qualifiers taken off (对标城市（地区）) and read
as alternatives (对标城市/地区, 对标地区、城市), its first alternative is one of the lexicon's
``BENCHMARK_KEYS``.  A value that is one of ``BENCHMARK_NONE`` (无, 暂无, 不设 …) says the
indicator has no benchmark: it names no city.  The builder reads cities with these
functions; rule BEN001 reads the explicit "none" from the original lines.
"""

from __future__ import annotations

import re

from tgbe.data.lexicon import BENCHMARK_KEYS, BENCHMARK_NONE
from tgbe.parse.units import split_unit_names

_SPACE = " \t\u3000\xa0"
# A label and its colon at the start of a line: the grammar leaves labels with brackets or
# list commas (对标城市（地区）：) as text lines, so these are read here.
_LABEL = re.compile(r"[ \t\u3000\xa0]*(?P<label>[^：:。；;，,]{1,24}?)[ \t\u3000\xa0]*[：:]")
_QUALIFIER = re.compile(r"[（(〔［\[【][^）)〕］\]】]*[）)〕］\]】]")
_ALTERNATIVE = re.compile(r"[/／、|｜]|或")
_END_PUNCTUATION = "。.；;，,！!"


def is_benchmark_label(label: str) -> bool:
    """Whether a field label (without its colon) introduces benchmark cities."""
    plain = _QUALIFIER.sub("", "".join(label.split()))
    return _ALTERNATIVE.split(plain, maxsplit=1)[0] in BENCHMARK_KEYS


def benchmark_value_start(text: str) -> int | None:
    """Where the value of a benchmark line ``text`` starts (after label, colon and spaces);
    ``None`` if ``text`` is not a benchmark line."""
    match = _LABEL.match(text)
    if match is None or not is_benchmark_label(match["label"]):
        return None
    start = match.end()
    while start < len(text) and text[start] in _SPACE:
        start += 1
    return start


def names_no_benchmark(value: str) -> bool:
    """Whether a benchmark line's value says there is none (无, 暂无, 不设 …)."""
    return value.strip(_SPACE).rstrip(_END_PUNCTUATION) in BENCHMARK_NONE


def says_no_benchmark(text: str) -> bool:
    """Whether the line ``text`` is a benchmark line that names no benchmark on purpose."""
    start = benchmark_value_start(text)
    return start is not None and names_no_benchmark(text[start:])


def city_spans(value: str) -> list[tuple[str, int, int]]:
    """The cities a benchmark line's value names, each with its start and end in ``value``
    (end exclusive; trailing punctuation is not part of a city)."""
    if names_no_benchmark(value):
        return []
    names = split_unit_names(value)
    found: list[tuple[str, int, int]] = []
    cursor = 0
    for name in names:
        at = value.find(name, cursor)
        if at < 0:  # a name not written as split: every city spans the whole value
            end = len(value.rstrip(_SPACE).rstrip(_END_PUNCTUATION))
            return [(each, 0, end) for each in names]
        found.append((name, at, at + len(name)))
        cursor = at + len(name)
    return found
