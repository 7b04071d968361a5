"""``tgbe check-deadlines`` output: text grouped by unit, JSON, GitHub annotations, JUnit XML."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple, TypeVar

from tgbe.infra.i18n import Lang, count_of, tr
from tgbe.infra.terminal import output_width
from tgbe.infra.width import clip, display_width, pad, wrap
from tgbe.models import Notice
from tgbe.render.safe import github_escape, xml_safe
from tgbe.render.serialize import to_json
from tgbe.track.deadlines import DueItem, DueSoonItem, OverdueItem, Report, UndatedItem
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


def by_unit(items: Sequence[Item], only: Collection[str] | None = None
            ) -> dict[str, list[Item]]:
    """Items grouped by unit (shown name); a measure with several units is in each group.

    With ``only`` (the units of ``--unit``), the groups of those units alone.
    """
    groups: dict[str, list[Item]] = {}
    for item in items:
        for unit in item.units or [NO_UNIT]:
            if only is None or unit in only:
                groups.setdefault(unit, []).append(item)
    if only is not None:  # a measure reached through an indicator the unit leads
        missed = [item for item in items if not set(item.units) & set(only)]
        for unit in only:
            if missed:
                groups.setdefault(unit, []).extend(missed)
    return groups


def report_text(report: Report, lang: Lang) -> str:
    """Summary line; overdue, then due-soon measures grouped by unit; then undated ones.

    Lines fit the output's width (:func:`tgbe.infra.terminal.output_width`): the id, due
    date and days columns are as wide as their widest entry, so that large numbers never
    run into the text, and the measure text wraps beside them by 避头尾 rules.
    """
    width = output_width()
    lines = wrap(tr("deadline.summary", lang, today=report.today, overdue=len(report.overdue),
                    soon=len(report.due_soon), errors=len(report.undated),
                    window=report.warn_within_days, measures=report.measures,
                    closed=report.closed, ongoing=report.ongoing), width)
    layout = _Layout.of([*report.overdue, *report.due_soon], lang, width)
    overdue = by_unit(report.overdue, report.unit_filter)
    for unit in sorted(overdue, key=lambda unit: (
            -overdue[unit][0].days_overdue, -len(overdue[unit]), unit)):
        lines.append("")
        lines.extend(wrap(tr("deadline.unit_overdue", lang, unit=unit, n=len(overdue[unit])),
                          width))
        lines.extend(line for item in overdue[unit] for line in layout.lines(item))
    soon = by_unit(report.due_soon, report.unit_filter)
    for unit in sorted(soon, key=lambda unit: (soon[unit][0].days_left, -len(soon[unit]), unit)):
        lines.append("")
        lines.extend(wrap(tr("deadline.unit_soon", lang, unit=unit, n=len(soon[unit]),
                             window=report.warn_within_days), width))
        lines.extend(line for item in soon[unit] for line in layout.lines(item))
    if report.undated:
        lines.append("")
        lines.append(tr("deadline.undated_header", lang, n=len(report.undated)))
        whys = [_why(item, lang) for item in report.undated]
        id_width = max(display_width(item.id) for item in report.undated)
        why_width = min(max(display_width(why) for why in whys), 30)
        for item, why in zip(report.undated, whys, strict=True):
            head = f"  {pad(item.id, id_width)}  {pad(clip(why, why_width), why_width)}  "
            units = "、".join(item.units) or NO_UNIT
            lines.extend(_beside(head, f"{' '.join(item.text.split())} [{units}]", width))
    return "\n".join(lines) + "\n"


def _why(item: UndatedItem, lang: Lang) -> str:
    """``none written`` / ``未写时限``, or ``cannot read '…'``."""
    if item.reason == "missing":
        return tr("deadline.none_written", lang)
    return tr("deadline.cannot_read", lang, raw=item.deadline or "")


def _beside(head: str, text: str, width: int) -> list[str]:
    """``text`` wrapped beside ``head`` (below it when the room is too narrow)."""
    room = width - display_width(head)
    if room < MIN_TEXT:
        indent = " " * 6
        return [head.rstrip(), *(indent + line for line in wrap(text, width - len(indent)))]
    body = wrap(text, room)
    indent = " " * display_width(head)
    return [head + body[0], *(indent + line for line in body[1:])]


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


def github_annotations(report: Report, lang: Lang = "en") -> str:
    """One ``::error``/``::warning`` workflow command per overdue, due-soon or undated measure."""
    path = github_escape(report.source, property_value=True)

    def command(level: str, line: int, column: int, title: str, message: str) -> str:
        return (f"::{level} file={path},line={line},col={column},"
                f"title={github_escape(title, property_value=True)}::{github_escape(message)}")

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
        command("warning", item.line, item.column,
                tr("deadline.undated_title", lang, id=item.id),
                tr("deadline.undated_annotation", lang, id=item.id, indicator=item.indicator,
                   why=(tr("deadline.no_deadline_written", lang) if item.reason == "missing"
                        else tr("deadline.cannot_read_the", lang, raw=item.deadline or "")),
                   units="、".join(item.units)))
        for item in report.undated
    )
    return "\n".join(lines) + ("\n" if lines else "")


def junit_xml(report: Report, notice: Notice, lang: Lang = "en") -> str:
    """JUnit XML: one test suite per indicator, one test case per measure.

    Overdue measures are failures, measures without a usable deadline are skipped (with
    the reason), the rest pass (done, dropped, ongoing and not yet due).
    """
    import xml.etree.ElementTree as ET

    overdue = {item.id: item for item in report.overdue}
    undated = {item.id: item for item in report.undated}
    root = ET.Element("testsuites", name="tgbe check-deadlines", tests=str(report.measures),
                      failures=str(len(overdue)), errors="0", skipped=str(len(undated)))
    for indicator in notice.indicators:
        ids = [measure.id for measure in indicator.measures]
        suite = ET.SubElement(
            root, "testsuite", name=f"{indicator.number} {indicator.name}", tests=str(len(ids)),
            failures=str(sum(i in overdue for i in ids)), errors="0",
            skipped=str(sum(i in undated for i in ids)),
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
            elif measure.id in undated:
                ET.SubElement(case, "skipped", message=tr(
                    "deadline.skipped", lang, reason=undated[measure.id].reason,
                    why=_why(undated[measure.id], lang)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_safe(
        ET.tostring(root, encoding="unicode"))
