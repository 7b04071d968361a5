"""The HTML report in a real browser (headless Chromium over the DevTools protocol).

No console error, no network request, charts drawn, the filter box filters and the
headers sort, the page complete with scripts off, A4 pages when printed.  Without a
Chromium on PATH these tests are skipped with a loud message (``.ci/run`` installs the
Debian package ``chromium`` first, so CI always runs them).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, SEED
from tests.report.cdp import Browser, Page, find_browser, png_pixels

EXECUTABLE = find_browser()
if EXECUTABLE is None:  # pragma: no cover - only where no browser can be installed
    print("\n" + "!" * 78 + "\n!! NO CHROMIUM ON PATH: the report's browser tests are SKIPPED."
          "\n!! Install it (Debian: apt-get install chromium) to run them.\n" + "!" * 78,
          file=sys.stderr)
pytestmark = pytest.mark.skipif(EXECUTABLE is None,
                                reason="NO CHROMIUM ON PATH: browser tests skipped")
A4_POINTS = (595.28, 841.89)
BAR_COLOURS = {(0x2E, 0x7D, 0x32), (0xC6, 0x28, 0x28), (0xB0, 0xB7, 0xBF)}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium for the module."""
    assert EXECUTABLE is not None
    with Browser(EXECUTABLE) as started:
        yield started


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's report on 2023-08-01 with the invented seed ledger, in Chinese."""
    from click.testing import CliRunner

    from tgbe.cli import cli

    target = tmp_path_factory.mktemp("report") / "seed.html"
    result = CliRunner().invoke(cli, [
        "report", str(SEED), "--ledger", str(FIXTURES / "report" / "seed-ledger.yaml"),
        "--today", "2023-08-01", "--lang", "zh", "--lint", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def page(browser: Browser, seed_report: Path) -> Page:
    """The seed report open in a tab with scripts on."""
    return browser.open(seed_report.as_uri())


def test_no_console_error_and_no_request(page: Page, seed_report: Path) -> None:
    """The page loads only itself: no other request, no exception, no console or CSP error."""
    urls = [event["request"]["url"] for event in page.events("Network.requestWillBeSent")]
    assert urls == [seed_report.as_uri()]
    assert page.events("Runtime.exceptionThrown") == []
    assert [entry["entry"] for entry in page.events("Log.entryAdded")
            if entry["entry"]["level"] in ("error", "warning")] == []
    assert [call for call in page.events("Runtime.consoleAPICalled")
            if call["type"] in ("error", "warning", "assert")] == []


def test_charts_are_drawn(page: Page) -> None:
    """Four charts with segments; the indicator chart's screenshot shows the bar colours."""
    sizes = page.evaluate("[...document.querySelectorAll('svg.chart')].map(svg => "
                          "[svg.getBoundingClientRect().width, svg.getBoundingClientRect().height,"
                          " svg.querySelectorAll('rect[data-value]').length])")
    assert len(sizes) == 4
    assert all(width > 300 and height > 100 and segments > 0 for width, height, segments in sizes)
    labels = page.evaluate("[...document.querySelectorAll('#indicators svg text.label')]"
                           ".map(t => t.getComputedTextLength())")
    assert len(labels) == 16 and min(labels) > 0  # text drawn as text, with a width
    width, height, pixels = png_pixels(page.screenshot("#indicators svg"))
    assert width > 300 and height > 100
    coloured = sum(pixel in BAR_COLOURS for pixel in pixels)
    assert coloured > len(pixels) * 0.1


def test_filter_box_filters(page: Page) -> None:
    """Typing a unit keeps its rows only; the shown count follows; clearing restores all."""
    total = page.evaluate("document.querySelectorAll('#overdue-table tbody tr').length")
    with_unit = page.evaluate("[...document.querySelectorAll('#overdue-table tbody tr')]"
                              ".filter(r => r.cells[3].textContent.includes('县税务局')).length")
    assert 0 < with_unit < total

    def type_in(text: str) -> tuple[int, str]:
        return tuple(page.evaluate(
            "(() => { const box = document.getElementById('overdue-filter');"
            f"box.value = {text!r}; box.dispatchEvent(new Event('input'));"
            "return [[...document.querySelectorAll('#overdue-table tbody tr')]"
            ".filter(r => !r.hidden).length,"
            "document.getElementById('overdue-count').textContent]; })()"))

    assert type_in("县税务局") == (with_unit, str(with_unit))
    assert type_in("no such words") == (0, "0")
    assert type_in("") == (total, str(total))


def test_headers_sort(page: Page) -> None:
    """Clicking 逾期天数 sorts ascending, again descending; 编号 sorts 1.2 before 1.10."""
    def column_after_click(header: int, cell: int) -> list[str]:
        return list(page.evaluate(
            f"(() => {{ document.querySelector('#overdue-table thead th:nth-child({header})')"
            ".click(); return [...document.querySelectorAll('#overdue-table tbody tr')]"
            f".map(r => r.cells[{cell}].textContent); }})()"))

    days = [int(value) for value in column_after_click(6, 5)]
    assert days == sorted(days)
    days = [int(value) for value in column_after_click(6, 5)]
    assert days == sorted(days, reverse=True)
    ids = column_after_click(1, 0)
    assert ids == sorted(ids, key=lambda text: tuple(int(part) for part in text.split(".")))


def test_complete_without_scripts(browser: Browser, seed_report: Path) -> None:
    """Scripts off: every overdue row shown, the filter box hidden, charts and lists there."""
    quiet = browser.open(seed_report.as_uri(), scripts=False)
    assert quiet.evaluate("document.documentElement.classList.contains('js')") is False
    assert quiet.evaluate("getComputedStyle(document.querySelector('.filter')).display") == "none"
    assert quiet.evaluate("[...document.querySelectorAll('#overdue-table tbody tr')]"
                          ".every(r => !r.hidden && r.offsetHeight > 0)") is True
    assert quiet.evaluate("document.querySelectorAll('svg.chart rect[data-value]').length") > 0
    assert quiet.evaluate("document.querySelectorAll('details table tr').length") > 100


def test_print_gives_a4_pages(page: Page) -> None:
    """Print to PDF: several pages, each A4 (595 × 842 points)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(page.pdf()))
    assert len(reader.pages) > 3
    for each in reader.pages:
        box = each.mediabox
        assert abs(float(box.width) - A4_POINTS[0]) < 2
        assert abs(float(box.height) - A4_POINTS[1]) < 2


def test_print_opens_unit_lists_without_scripts(browser: Browser, seed_report: Path) -> None:
    """Printed with scripts off, the closed unit lists are still laid out (print CSS)."""
    quiet = browser.open(seed_report.as_uri(), scripts=False)
    quiet.call("Emulation.setEmulatedMedia", media="print")
    heights = quiet.evaluate("[...document.querySelectorAll('details table')]"
                             ".map(t => t.getBoundingClientRect().height)")
    assert heights and min(heights) > 0


def test_unit_name_opens_its_list(browser: Browser, seed_report: Path) -> None:
    """Clicking a unit's name in the ranking opens that unit's list of measures."""
    page = browser.open(seed_report.as_uri())
    anchor = page.evaluate("document.querySelector('#units svg a').getAttribute('href')")
    assert page.evaluate(f"document.querySelector('{anchor}').open") is False
    page.evaluate("document.querySelector('#units svg a text').dispatchEvent("
                  "new MouseEvent('click', {bubbles: true}))")
    opened = page.evaluate(f"new Promise(done => setTimeout(() => done("
                           f"[location.hash, document.querySelector('{anchor}').open]), 100))")
    assert opened == [anchor, True]
