"""``tgbe check-deadlines`` output: text grouped by unit, JSON, GitHub annotations, JUnit XML."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

from tgbe.infra.i18n import Lang
from tgbe.infra.width import clip, pad
from tgbe.models import Notice
from tgbe.render.safe import github_escape, xml_safe
from tgbe.render.serialize import to_json
from tgbe.track.deadlines import DueItem, DueSoonItem, OverdueItem, Report, UndatedItem
from tgbe.track.query import NO_UNIT

Item = TypeVar("Item", bound=DueItem)


def render_report(report: Report, notice: Notice, fmt: str, lang: Lang) -> str:
    """Render ``report`` as ``text``, ``json``, ``github`` or ``junit``."""
    if fmt == "json":
        return to_json(report)
    if fmt == "github":
        return github_annotations(report)
    if fmt == "junit":
        return junit_xml(report, notice)
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
    """Summary line; overdue, then due-soon measures grouped by unit; then undated ones."""
    zh = lang == "zh"
    lines = [_summary(report, zh)]
    overdue = by_unit(report.overdue, report.unit_filter)
    for unit in sorted(overdue, key=lambda unit: (
            -overdue[unit][0].days_overdue, -len(overdue[unit]), unit)):
        lines.append("")
        lines.append(f"{unit} — 逾期 {len(overdue[unit])} 项" if zh
                     else f"{unit} — {len(overdue[unit])} overdue")
        lines.extend(_line(item, zh) for item in overdue[unit])
    soon = by_unit(report.due_soon, report.unit_filter)
    for unit in sorted(soon, key=lambda unit: (soon[unit][0].days_left, -len(soon[unit]), unit)):
        lines.append("")
        lines.append(f"{unit} — {report.warn_within_days} 天内到期 {len(soon[unit])} 项" if zh
                     else f"{unit} — {len(soon[unit])} due within {report.warn_within_days} days")
        lines.extend(_line(item, zh) for item in soon[unit])
    if report.undated:
        lines.append("")
        lines.append(f"无完成时限 — {len(report.undated)} 项" if zh
                     else f"No deadline — {len(report.undated)}")
        lines.extend(_undated_line(item, zh) for item in report.undated)
    return "\n".join(lines) + "\n"


def days(count: int) -> str:
    """``1 day``, ``2 days``."""
    return f"{count} day" if count == 1 else f"{count} days"


def _summary(report: Report, zh: bool) -> str:
    counts = (len(report.overdue), len(report.due_soon), len(report.undated))
    if zh:
        return (f"截至 {report.today}：逾期 {counts[0]} 项，{report.warn_within_days} 天内到期 "
                f"{counts[1]} 项，无完成时限 {counts[2]} 项（共 {report.measures} 项举措，"
                f"已完成或取消 {report.closed} 项，持续推进 {report.ongoing} 项）")
    return (f"On {report.today}: {counts[0]} overdue, {counts[1]} due within "
            f"{report.warn_within_days} days, {counts[2]} without a deadline "
            f"({report.measures} measures, {report.closed} done or dropped, "
            f"{report.ongoing} ongoing)")


def _line(item: DueItem, zh: bool) -> str:
    moved = ("（已延期）" if zh else " (extended)") if item.extended else ""
    if isinstance(item, OverdueItem):
        when = f"逾期 {item.days_overdue} 天" if zh else f"{days(item.days_overdue)} overdue"
    elif isinstance(item, DueSoonItem):
        when = f"还剩 {item.days_left} 天" if zh else f"{days(item.days_left)} left"
    else:
        when = ""
    return f"  {item.id:<6} {pad(f'{item.due}{moved}', 12)} {pad(when, 16)} {clip(item.text, 50)}"


def _undated_line(item: UndatedItem, zh: bool) -> str:
    if item.reason == "missing":
        why = "未写时限" if zh else "none written"
    else:
        why = (f"无法识别“{item.deadline}”" if zh else f"cannot read {item.deadline!r}")
    units = "、".join(item.units) or NO_UNIT
    return f"  {item.id:<6} {pad(clip(why, 28), 29)} {clip(item.text, 40)}  [{units}]"


def github_annotations(report: Report) -> str:
    """One ``::error``/``::warning`` workflow command per overdue, due-soon or undated measure."""
    path = github_escape(report.source, property_value=True)

    def command(level: str, line: int, column: int, title: str, message: str) -> str:
        return (f"::{level} file={path},line={line},col={column},"
                f"title={github_escape(title, property_value=True)}::{github_escape(message)}")

    lines = [
        command("error", item.line, item.column, f"overdue measure {item.id}",
                f"{item.id} {item.indicator}: due {item.due}, {days(item.days_overdue)} overdue "
                f"({'、'.join(item.units)}) {clip(item.text, 60)}")
        for item in report.overdue
    ]
    lines.extend(
        command("warning", soon.line, soon.column, f"measure {soon.id} due soon",
                f"{soon.id} {soon.indicator}: due {soon.due}, {days(soon.days_left)} left "
                f"({'、'.join(soon.units)})")
        for soon in report.due_soon
    )
    lines.extend(
        command("warning", item.line, item.column, f"measure {item.id} has no deadline",
                f"{item.id} {item.indicator}: "
                + ("no deadline written" if item.reason == "missing"
                   else f"cannot read the deadline {item.deadline!r}")
                + f" ({'、'.join(item.units)})")
        for item in report.undated
    )
    return "\n".join(lines) + ("\n" if lines else "")


def junit_xml(report: Report, notice: Notice) -> str:
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
                    message=f"due {item.due}, {days(item.days_overdue)} overdue")
                failure.text = f"{'、'.join(item.units)}\n{item.text}"
            elif measure.id in undated:
                ET.SubElement(case, "skipped", message=f"no usable deadline "
                              f"({undated[measure.id].reason})")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_safe(
        ET.tostring(root, encoding="unicode"))
