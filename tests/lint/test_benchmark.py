"""BEN rules: a missing benchmark city, one city for several indicators."""

from __future__ import annotations

from tests.lint.engine_helpers import lint_fixture, places


def test_missing_benchmark_is_reported_at_the_heading() -> None:
    found = lint_fixture("benchmark-fail.txt", "BEN001")
    assert places(found) == [(17, 1, "BEN001")]
    assert "3 of 4" in found[0].message


def test_shared_benchmark_points_back_at_the_first_use() -> None:
    found = lint_fixture("benchmark-fail.txt", "BEN002")
    assert places(found) == [(13, 6, "BEN002")]
    assert found[0].severity == "info"
    assert [(r.line, r.column) for r in found[0].related] == [(8, 6)]
    # the caret and the related place cover the city only, not the full stop after it
    assert (found[0].end_column, found[0].related[0].end_column) == (8, 8)


def test_notices_without_benchmarks_pass() -> None:
    assert lint_fixture("benchmark-none.txt", "BEN") == []


def test_distinct_benchmarks_pass() -> None:
    assert lint_fixture("numbering-pass.txt", "BEN") == []


def test_an_explicit_none_is_not_a_missing_benchmark() -> None:
    # 二 says 对标城市：无 (no benchmark, by choice); 三 names one under a qualified label;
    # 四 has no benchmark line at all: 2 of the 3 indicators that could name one do
    found = lint_fixture("benchmark-explicit-none.txt", "BEN")
    assert places(found) == [(10, 1, "BEN001")]
    assert "2 of 3" in found[0].message

