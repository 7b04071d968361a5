"""A notice cut anywhere parses or fails with a located error: it never crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tgbe
from tests.parser.corpus import CORPUS, corpus_text

TEXTS = [corpus_text(path.name) for path in sorted(CORPUS.glob("*.txt"))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEXTS), st.floats(min_value=0.0, max_value=1.0))
def test_any_cut_of_a_corpus_notice_parses_or_is_a_clear_error(text: str, share: float) -> None:
    cut = text[: int(len(text) * share)]
    try:
        notice = tgbe.parse_text(cut, "cut.txt")
    except tgbe.TgbeError as error:
        assert str(error).startswith("cut.txt:")
        assert all(problem.line >= 1 and problem.column >= 1 for problem in error.problems)
    else:
        assert notice.measures()
        lines = cut.split("\n")
        for measure in notice.measures():
            assert 1 <= measure.span.start_line <= len(lines)
