"""Hostile mutations of the seed through the CLI: exit 0/1/2, no internal error, clean output.

The attacks of issue 17 as hypothesis strategies: huge numbers, noncharacters, controls
and escape sequences, bidirectional marks, extra attachment markers and numerals past 999
are inserted into the seed's lines.  ``make test`` runs a few examples (derandomized);
``make fuzz`` sets ``TGBE_FUZZ_EXAMPLES`` for a long random campaign.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import RunCli
from tests.robustness.mutations import SEED_LINES

EXAMPLES = int(os.environ.get("TGBE_FUZZ_EXAMPLES", "12"))
CAMPAIGN = settings(
    max_examples=EXAMPLES, deadline=None, derandomize="TGBE_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ATTACKS = ("99999999999.", "10000000.", "一千、", "\uffff", "\ufffe", "\x01", "\x1b[31m",
           "\x1b]0;pwned\x07", "\u202e", "\u200f", "\u061c", "\u2028", "\n附件2\n", "\n附件\n",
           "\n一、", "\n1.", "完成时限：20230630", "责任单位：\x00")
TERMINAL_BAD = ("\x1b", "\x07", "\u202e", "\u200f", "\u061c", "\u2028")


@st.composite
def attacked_seed(draw: st.DrawFn) -> str:
    """The seed with one to six attacks inserted at the start or inside lines."""
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        line = lines[index]
        at = draw(st.sampled_from([0, len(line) // 2, len(line)]))
        lines[index] = line[:at] + draw(st.sampled_from(ATTACKS)) + line[at:]
    return "\n".join(lines)


def _clean(code: int, out: str, err: str) -> None:
    assert code in (0, 1, 2)
    assert "internal error" not in err and "Traceback" not in err
    assert not any(char in out + err for char in TERMINAL_BAD)
    if code == 2:
        assert err.strip()


@CAMPAIGN
@given(text=attacked_seed())
def test_attacked_seed_through_every_output(run_cli: RunCli, text: str, tmp_path: Path) -> None:
    notice = tmp_path / "n.txt"
    notice.write_text(text, encoding="utf-8", errors="surrogatepass")
    for args in (("lint",), ("lint", "-f", "github"), ("list",),
                 ("check-deadlines", "--today", "2023-07-01", "-f", "github"),
                 ("targets",), ("status", "init")):
        command = ("status", "init", str(notice)) if args[0] == "status" \
            else (args[0], str(notice), *args[1:])
        _clean(*run_cli(*command))
    report = tmp_path / "report.xml"
    code, _, _ = run_cli("check-deadlines", str(notice), "--today", "2023-07-01", "-f",
                         "junit", "-o", str(report))
    if code in (0, 1):
        ElementTree.parse(report)
