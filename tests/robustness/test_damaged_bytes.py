"""Property test: bytes of the seed replaced at random cost little more than those bytes.

Each example replaces one to eight bytes of the UTF-8 seed with bytes that are invalid or
out of place (0x80–0xFF).  The CLI never prints a traceback, and at least 90% of the
measures whose lines were not touched are still parsed with the same text.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tgbe
from tests.conftest import SEED, RunCli

DATA = SEED.read_bytes()
INTACT = tgbe.parse_file(SEED)
LINE_STARTS = [0] + [index + 1 for index, byte in enumerate(DATA) if byte == 0x0A]

damage = st.lists(
    st.tuples(st.integers(0, len(DATA) - 1), st.integers(0x80, 0xFF)), min_size=1, max_size=8)


def _line_of(offset: int) -> int:
    return sum(1 for start in LINE_STARTS if start <= offset)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=damage)
def test_damaged_bytes_keep_the_undamaged_measures(
    run_cli: RunCli, edits: list[tuple[int, int]]
) -> None:
    data = bytearray(DATA)
    for offset, byte in edits:
        data[offset] = byte
    code, out, err = run_cli("parse", "-", "-f", "json", "--all", input=bytes(data))
    assert code in (0, 1) and "Traceback" not in err and "internal error" not in err
    damaged_lines = {_line_of(offset) for offset, _ in edits}
    undamaged = [measure.text for measure in INTACT.measures()
                 if not damaged_lines & set(range(measure.span.start_line,
                                                  measure.span.end_line + 1))]
    parsed = {measure["text"] for indicator in json.loads(out)["indicators"]
              for measure in indicator["measures"]}
    kept = sum(1 for text in undamaged if text in parsed)
    assert kept >= 0.9 * len(undamaged)
