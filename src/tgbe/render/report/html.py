"""The report as one self-contained HTML page: styles, script and charts inline, no fonts
or anything else fetched from anywhere; complete without scripts and when printed (A4)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from tgbe.render.report.content import LINT_TOPICS, Content, OverdueRow, UnitMeasures, label
from tgbe.render.report.words import say
from tgbe.render.svg import stacked_bars, stacked_columns

_HERE = Path(__file__).resolve().parent


def _asset(name: str) -> str:
    """An asset shipped beside this module, with ``</`` made harmless for inlining."""
    return (_HERE / name).read_text(encoding="utf-8").replace("</", "<\\/")


def render_html(content: Content) -> str:
    """The whole page (see the module docstring)."""
    lang, figures = content.lang, content.figures
    sections = [_headline(content), _indicators(content), _units(content),
                _calendar(content), _overdue(content)]
    if content.lint is not None:
        sections.append(_lint(content))
    return "".join([
        f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}"><head>'
        '<meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        # Nothing may be fetched: no network, not even for a favicon.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        '<link rel="icon" href="data:,">'
        f"<title>{escape(content.title)}</title><style>{_asset('report.css')}</style></head>"
        f"<body><header><h1>{escape(content.title)}</h1>"
        f'<p class="meta">{escape(say("as_of", lang, day=figures.today))} · '
        f'{escape(say("source", lang))}: {escape(figures.source)}</p></header>',
        *sections,
        f'<footer><p>{escape(say("generated", lang))} · {figures.today}</p></footer>'
        f"<script>{_asset('report.js')}</script></body></html>\n",
    ])


def _section(anchor: str, heading: str, body: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(heading)}</h2>{body}</section>'


def _headline(content: Content) -> str:
    cards = "".join(f'<div class="card {field}"><span class="n">{count}</span>'
                    f"{escape(text)}</div>" for field, text, count in content.headline)
    return _section("headline", say("headline", content.lang), f'<div class="cards">{cards}</div>')


def _indicators(content: Content) -> str:
    chart = stacked_bars(content.by_indicator, content.stages, say("by_indicator", content.lang))
    note = f'<p class="note">{escape(say("chart_note", content.lang))}</p>'
    return _section("indicators", say("by_indicator", content.lang), chart + note)


def _units(content: Content) -> str:
    lang = content.lang
    overdue = (stacked_bars(content.by_overdue, content.stages, say("by_overdue", lang))
               if content.by_overdue else f'<p>{escape(say("no_overdue_units", lang))}</p>')
    body = (f"<h3>{escape(say('by_overdue', lang))}</h3>{overdue}"
            f"<h3>{escape(say('by_load', lang))}</h3>"
            + stacked_bars(content.by_load, content.stages, say("by_load", lang))
            + f"<h3>{escape(say('unit_lists', lang))}</h3>"
            + "".join(_unit_list(content, each) for each in content.unit_lists))
    return _section("units", say("units", lang), body)


def _unit_list(content: Content, unit: UnitMeasures) -> str:
    lang = content.lang
    counts = "，".join(f"{label(field, content)} {getattr(unit.figures, field)}"
                      for field in ("total", "overdue", "done"))
    rows = "".join(
        f'<tr><td>{escape(m.id)}</td><td>{escape(m.text)}</td>'
        f'<td class="num">{m.due or ""}</td>'
        f'<td class="stage-{m.stage.value}">{escape(label(m.stage.value, content))}</td></tr>'
        for m in unit.measures)
    head = "".join(f"<th>{escape(say(key, lang))}</th>"
                   for key in ("id", "measure", "due", "stage"))
    return (f'<details id="{unit.anchor}"><summary>{escape(unit.unit)}（{escape(counts)}）'
            f"</summary><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
            "</details>")


def _calendar(content: Content) -> str:
    lang = content.lang
    chart = stacked_columns(content.months, content.stages, say("calendar", lang),
                            content.today_at, say("today", lang)) if content.months else ""
    undated = content.figures.totals.undated
    note = (f'<p class="note">{escape(say("undated_note", lang, count=undated))}</p>'
            if undated else "")
    return _section("calendar", say("calendar", lang), chart + note)


def _overdue(content: Content) -> str:
    lang = content.lang
    if not content.overdue:
        none = f"<p>{escape(say('no_overdue', lang))}</p>"
        return _section("overdue", say("overdue", lang), none)
    columns = (("id", "text"), ("indicator", "text"), ("measure", ""), ("unit", "text"),
               ("due", "text"), ("days_overdue", "number"))
    head = "".join(
        f'<th{" data-type=" + repr(kind) if kind else ""}'
        f'{" class=num" if kind == "number" else ""}>{escape(say(key, lang))}</th>'
        for key, kind in columns)
    rows = "".join(_overdue_row(row) for row in content.overdue)
    shown = say("shown", lang, count=f'<span id="overdue-count">{len(content.overdue)}</span>')
    box = (f'<p class="filter"><label>{escape(say("filter", lang))} '
           f'<input id="overdue-filter" type="search" '
           f'placeholder="{escape(say("filter_hint", lang))}"></label> {shown}</p>')
    table = (f'<table id="overdue-table"><thead><tr>{head}</tr></thead>'
             f"<tbody>{rows}</tbody></table>")
    return _section("overdue", say("overdue", lang), box + table)


def _overdue_row(row: OverdueRow) -> str:
    major, _, minor = row.id.partition(".")
    key = f"{int(major):04d}.{int(minor or 0):04d}" if (major + minor).isdigit() else row.id
    return (f'<tr><td data-key="{escape(key)}">{escape(row.id)}</td>'
            f"<td>{escape(row.indicator)}</td><td>{escape(row.text)}</td>"
            f"<td>{escape(row.units)}</td><td>{row.due}</td>"
            f'<td class="num">{row.days}</td></tr>')


def _lint(content: Content) -> str:
    lang = content.lang
    parts = []
    for code, findings in (content.lint or {}).items():
        title = LINT_TOPICS[code][0 if lang == "zh" else 1]
        items = "".join(f"<li>{escape(f'{finding.line}: {finding.message}')}</li>"
                        for finding in findings)
        body = f"<ul>{items}</ul>" if findings else f"<p>{escape(say('lint_none', lang))}</p>"
        parts.append(f"<h3>{escape(title)}（{len(findings)}）<small> {code}</small></h3>{body}")
    return _section("lint", say("lint", lang), "".join(parts))
