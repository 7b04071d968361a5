"""``tgbe check-deadlines`` output: text grouped by unit, JSON, GitHub annotations, JUnit XML."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, TypeVar

from tgbe.infra.i18n import Lang, count_of, tr
from tgbe.infra.terminal import output_width
from tgbe.infra.width import clip, display_width, pad, wrap
from tgbe.models import Notice
from tgbe.render.serialize import to_json
from tgbe.track.deadlines import DueItem, DueSoonItem, OverdueItem, Report
from tgbe.track.query import NO_UNIT

Item = TypeVar("Item", bound=DueItem)
MIN_TEXT = 16  # columns the measure text needs beside the id, date and days


def render_report(report: Report, notice: Notice, fmt: str, lang: Lang) -> str:
    """Render ``report`` as ``text``, ``json``, ``github`` or ``junit``."""
    if fmt == "json":
        return to_json(report)
    if fmt == "github":
        return github_annotations(report, lang)
    if fmt == "junit":
        return junit_xml(report, notice, lang)
    return report_text(report, lang)


def by_unit(items: Iterable[Item]) -> dict[str, list[Item]]:
    """Items grouped by canonical unit; a measure with several units is in each group."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        for unit in item.units or [NO_UNIT]:
            groups.setdefault(unit, []).append(item)
    return groups


def report_text(report: Report, lang: Lang) -> str:
    """Summary line, overdue measures grouped by unit (most overdue first), then due soon.

    Lines fit the output's width (:func:`tgbe.infra.terminal.output_width`): the id, due
    date and days columns are as wide as their widest entry, so that large numbers never
    run into the text, and the measure text wraps beside them by 避头尾 rules.
    """
    width = output_width()
    lines = wrap(tr("deadline.summary", lang, today=report.today, overdue=len(report.overdue),
                    soon=len(report.due_soon), errors=len(report.errors),
                    window=report.warn_within_days, measures=report.measures,
                    closed=report.closed, ongoing=report.ongoing), width)
    groups = by_unit(report.overdue)
    order = sorted(
        groups, key=lambda unit: (-groups[unit][0].days_overdue, -len(groups[unit]), unit)
    )
    layout = _Layout.of([*report.overdue, *report.due_soon], lang, width)
    for unit in order:
        items = groups[unit]
        lines.append("")
        lines.extend(wrap(tr("deadline.unit_overdue", lang, unit=unit, n=len(items)), width))
        lines.extend(line for item in items for line in layout.lines(item))
    if report.due_soon:
        lines.append("")
        lines.append(tr("deadline.due_within", lang, n=report.warn_within_days))
        for item in report.due_soon:
            lines.extend(layout.lines(item, "、".join(item.units)))
    return "\n".join(lines) + "\n"


def when(item: DueItem, lang: Lang) -> str:
    """``62 days overdue`` / ``逾期 62 天``, ``3 days left``, or nothing."""
    if isinstance(item, OverdueItem):
        return count_of(item.days_overdue, "deadline.overdue", lang)
    if isinstance(item, DueSoonItem):
        return count_of(item.days_left, "deadline.left", lang)
    return ""


class _Layout(NamedTuple):
    """Column widths of the item lines: id, due date, days; the text takes the rest."""

    lang: Lang
    width: int
    id_width: int
    due_width: int
    when_width: int

    @classmethod
    def of(cls, items: list[DueItem], lang: Lang, width: int) -> _Layout:
        return cls(lang, width,
                   max((display_width(item.id) for item in items), default=0),
                   max((display_width(_due(item, lang)) for item in items), default=0),
                   max((display_width(when(item, lang)) for item in items), default=0))

    def lines(self, item: DueItem, units: str = "") -> list[str]:
        """The item's line(s): fixed columns, then its text (and units) wrapped beside them."""
        head = (f"  {pad(item.id, self.id_width)}  {pad(_due(item, self.lang), self.due_width)}"
                f"  {pad(when(item, self.lang), self.when_width)}  ")
        text = " ".join(item.text.split()) + (f" [{units}]" if units else "")
        room = self.width - display_width(head)
        if room < MIN_TEXT:  # too narrow beside the columns: the text goes below
            indent = " " * 6
            return [head.rstrip(), *(indent + line
                                     for line in wrap(text, self.width - len(indent)))]
        body = wrap(text, room)
        indent = " " * display_width(head)
        return [head + body[0], *(indent + line for line in body[1:])]


def _due(item: DueItem, lang: Lang) -> str:
    return f"{item.due}{tr('deadline.extended', lang) if item.extended else ''}"


def _escape(text: str, property_value: bool = False) -> str:
    """Escape text for a GitHub workflow command (message or property value)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def github_annotations(report: Report, lang: Lang = "en") -> str:
    """One ``::error``/``::warning`` workflow command per overdue, due-soon or bad measure."""
    path = _escape(report.source, property_value=True)

    def command(level: str, line: int, column: int, title: str, message: str) -> str:
        return (f"::{level} file={path},line={line},col={column},"
                f"title={_escape(title, property_value=True)}::{_escape(message)}")

    def due_and(item: DueItem) -> str:
        return tr("deadline.due_and", lang, due=item.due, when=when(item, lang))

    lines = [
        command("error", item.line, item.column, tr("deadline.overdue_title", lang, id=item.id),
                tr("deadline.annotation", lang, id=item.id, indicator=item.indicator,
                   due_and=due_and(item), units="、".join(item.units), text=clip(item.text, 60)))
        for item in report.overdue
    ]
    lines.extend(
        command("warning", soon.line, soon.column, tr("deadline.soon_title", lang, id=soon.id),
                tr("deadline.soon_annotation", lang, id=soon.id, indicator=soon.indicator,
                   due_and=due_and(soon), units="、".join(soon.units)))
        for soon in report.due_soon
    )
    lines.extend(
        command("error", error.line, error.column, tr("deadline.error_title", lang, id=error.id),
                error.message)
        for error in report.errors
    )
    return "\n".join(lines) + ("\n" if lines else "")


def junit_xml(report: Report, notice: Notice, lang: Lang = "en") -> str:
    """JUnit XML: one test suite per indicator, one test case per measure.

    Overdue measures are failures, measures without a usable deadline are errors, the rest
    pass (done, dropped, ongoing and not yet due).
    """
    import xml.etree.ElementTree as ET

    overdue = {item.id: item for item in report.overdue}
    errors = {error.id: error for error in report.errors}
    root = ET.Element("testsuites", name="tgbe check-deadlines", tests=str(report.measures),
                      failures=str(len(overdue)), errors=str(len(errors)))
    for indicator in notice.indicators:
        ids = [measure.id for measure in indicator.measures]
        suite = ET.SubElement(
            root, "testsuite", name=f"{indicator.number} {indicator.name}", tests=str(len(ids)),
            failures=str(sum(i in overdue for i in ids)), errors=str(sum(i in errors for i in ids)),
            timestamp=report.today.isoformat(),
        )
        for measure in indicator.measures:
            case = ET.SubElement(suite, "testcase", classname=indicator.name,
                                 name=f"{measure.id} {clip(measure.text, 40)}",
                                 file=report.source, line=str(measure.span.start_line))
            if measure.id in overdue:
                item = overdue[measure.id]
                failure = ET.SubElement(
                    case, "failure", type="overdue",
                    message=tr("deadline.due_and", lang, due=item.due, when=when(item, lang)))
                failure.text = f"{'、'.join(item.units)}\n{item.text}"
            elif measure.id in errors:
                ET.SubElement(case, "error", type="deadline",
                              message=errors[measure.id].message)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
