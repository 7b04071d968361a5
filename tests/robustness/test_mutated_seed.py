"""Property tests: whatever happens to the seed, tgbe returns a notice or a located error.

The library raises nothing but :class:`tgbe.TgbeError`; the CLI exits 0, 1 or 2 and never
prints a traceback or an internal error.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

import tgbe
from tests.conftest import RunCli
from tests.robustness.mutations import mutated_bytes, mutated_text

FUZZ = os.environ.get("TGBE_FUZZ_EXAMPLES")  # make fuzz: a long random campaign
PROPERTY = settings(
    max_examples=int(FUZZ or 80), deadline=None, derandomize=FUZZ is None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _check(notice: tgbe.Notice) -> None:
    """A returned notice is well-formed: measures exist, ids are unique in the notice (also
    when damage makes two sections share a number), spans lie inside the file."""
    assert notice.measures()
    last = notice.source.line_count
    ids = [measure.id for measure in notice.measures()]
    assert len(set(ids)) == len(ids)
    for indicator in notice.indicators:
        for measure in indicator.measures:
            assert 1 <= measure.span.start_line <= measure.span.end_line <= last


@PROPERTY
@given(text=mutated_text())
def test_parse_text_returns_a_notice_or_raises_tgbe_error(text: str) -> None:
    try:
        notice = tgbe.parse_text(text)
    except tgbe.TgbeError as error:
        assert error.problems and all(problem.line >= 1 for problem in error.problems)
        return
    _check(notice)


@PROPERTY
@given(data=mutated_bytes())
def test_parse_file_survives_encodings_flipped_bytes_and_cuts(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.txt"
        path.write_bytes(data)
        try:
            notice = tgbe.parse_file(path)
        except tgbe.TgbeError as error:
            assert error.problems[0].path == str(path)
            return
    _check(notice)


@settings(PROPERTY, max_examples=int(FUZZ or 40))
@given(data=mutated_bytes())
def test_cli_exits_0_1_or_2_without_traceback(run_cli: RunCli, data: bytes) -> None:
    for fmt in ("table", "jsonl"):
        code, _, err = run_cli("parse", "-", "-f", fmt, input=data)
        assert code in (0, 1, 2)
        assert "Traceback" not in err and "internal error" not in err
        if code == 2:
            assert err.strip()  # an exit 2 always says why
