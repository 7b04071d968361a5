"""Small charts as inline SVG: stacked horizontal bars and stacked monthly columns.

Text stays text (``<text>`` elements with no font of their own), so Chinese renders with the
reader's fonts and prints sharply; every segment carries a ``<title>`` tooltip and a
``data-value``.  The SVG scales to its container (``viewBox``, ``width="100%"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import NamedTuple

from tgbe.infra.width import clip, display_width

FONT_PX = 13
CHAR_PX = FONT_PX / 2  # one display column (a CJK character takes two)
ROW_PX = 24
BAR_PX = 16
LEGEND_PX = 28
LABEL_MAX_COLUMNS = 30
MAX_COLUMN_LABELS = 18  # more columns than this: only every n-th is labelled


class Series(NamedTuple):
    """One stacked series: its name (legend, tooltips) and colour."""

    name: str
    color: str


class Bar(NamedTuple):
    """One bar or column: its label, one value per series, an optional link."""

    label: str
    values: tuple[int, ...]
    href: str | None = None


def _text(x: float, y: float, text: str, anchor: str = "start", css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" '
            f'font-size="{FONT_PX}"{klass}>{escape(text)}</text>')


def _segment(x: float, y: float, width: float, height: float, series: Series, bar: Bar,
             value: int) -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" height="{height:.1f}" '
            f'fill="{series.color}" data-series="{escape(series.name)}" data-value="{value}">'
            f"<title>{escape(bar.label)}：{escape(series.name)} {value}</title></rect>")


def _legend(series: Sequence[Series], y: float) -> list[str]:
    parts, x = [], 0.0
    for each in series:
        parts.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" '
                     f'fill="{each.color}"/>')
        parts.append(_text(x + 16, y, each.name))
        x += 16 + display_width(each.name) * CHAR_PX + 18
    return parts


def _svg(width: float, height: float, title: str, parts: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" width="100%" '
            f'style="max-width:{width:.0f}px"><title>{escape(title)}</title>'
            + "".join(parts) + "</svg>")


def stacked_bars(bars: Sequence[Bar], series: Sequence[Series], title: str,
                 width: int = 760) -> str:
    """Horizontal bars, one row per :class:`Bar`, segments stacked in series order.

    The label is on the left (clipped to 30 columns, linked when the bar has ``href``),
    the total on the right of the bar, the legend on top.
    """
    labels = [clip(bar.label, LABEL_MAX_COLUMNS) for bar in bars]
    label_px = max([display_width(label) for label in labels] + [4]) * CHAR_PX + 8
    longest = max([sum(bar.values) for bar in bars] + [1])
    plot_px = width - label_px - 40
    parts = _legend(series, 16)
    for row, (bar, label) in enumerate(zip(bars, labels, strict=True)):
        top = LEGEND_PX + row * ROW_PX
        text = _text(label_px - 6, top + BAR_PX - 3, label, "end", "label")
        parts.append(f'<a href="{escape(bar.href)}">{text}</a>' if bar.href else text)
        x = label_px
        for each, value in zip(series, bar.values, strict=True):
            if value:
                span = value / longest * plot_px
                parts.append(_segment(x, top, span, BAR_PX, each, bar, value))
                x += span
        parts.append(_text(x + 4, top + BAR_PX - 3, str(sum(bar.values)), css="total"))
    return _svg(width, LEGEND_PX + len(bars) * ROW_PX + 4, title, parts)


def stacked_columns(columns: Sequence[Bar], series: Sequence[Series], title: str,
                    marker: float | None = None, marker_label: str = "",
                    height: int = 260, width: int = 760) -> str:
    """Vertical columns (months) stacked in series order, labels below, totals above.

    ``marker`` is a position in columns (``2.5`` = the middle of the third column): a
    dashed vertical line labelled ``marker_label`` (today) is drawn there.  Beyond 18
    columns only every n-th is labelled, so that labels never overlap.
    """
    plot_top, plot_bottom = LEGEND_PX + 24, height - 24
    step = (width - 20) / max(len(columns), 1)
    highest = max([sum(column.values) for column in columns] + [1])
    scale = (plot_bottom - plot_top) / highest
    every = -(-len(columns) // MAX_COLUMN_LABELS)
    parts = _legend(series, 16)
    parts.append(f'<line x1="10" y1="{plot_bottom}" x2="{width - 10}" y2="{plot_bottom}" '
                 'stroke="#888"/>')
    for index, column in enumerate(columns):
        left, y = 10 + index * step + step * 0.15, float(plot_bottom)
        for each, value in zip(series, column.values, strict=True):
            if value:
                parts.append(_segment(left, y - value * scale, step * 0.7, value * scale,
                                      each, column, value))
                y -= value * scale
        middle = 10 + index * step + step / 2
        if index % every == 0:
            parts.append(_text(middle, height - 8, column.label, "middle", "label"))
        if sum(column.values):
            parts.append(_text(middle, y - 4, str(sum(column.values)), "middle", "total"))
    if marker is not None:
        x = 10 + marker * step
        parts.append(f'<line class="today" x1="{x:.1f}" y1="{plot_top - 22}" x2="{x:.1f}" '
                     f'y2="{plot_bottom}" stroke="#c62828" stroke-dasharray="4 3"/>')
        parts.append(_text(x + 3, plot_top - 12, marker_label, css="today"))
    return _svg(width, height, title, parts)
