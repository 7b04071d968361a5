"""The report as Markdown for wikis and merge requests: figures and tables, no charts."""

from __future__ import annotations

from tgbe.render.report.content import LINT_TOPICS, Content
from tgbe.render.report.prose import (
    indicator_table,
    overdue_table,
    summary_sentence,
    unit_table,
)
from tgbe.render.report.words import say


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def table(rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table (the first row is the header)."""
    numeric = [all(row[index].isdigit() for row in rows[1:]) and len(rows) > 1
               for index in range(len(rows[0]))]
    lines = ["| " + " | ".join(_cell(cell) for cell in rows[0]) + " |",
             "| " + " | ".join("---:" if right else "---" for right in numeric) + " |"]
    lines.extend("| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows[1:])
    return "\n".join(lines)


def render_markdown(content: Content) -> str:
    """Title, summary, headline figures, tables by indicator and unit, overdue, lint."""
    lang = content.lang
    parts = [f"# {content.title}", summary_sentence(content),
             f"## {say('headline', lang)}",
             "\n".join(f"- {text}: **{count}**" for _, text, count in content.headline),
             f"## {say('by_indicator', lang)}", table(indicator_table(content)),
             f"## {say('by_overdue', lang)}",
             table(unit_table(content)) if content.by_overdue else say("no_overdue_units", lang),
             f"## {say('overdue', lang)}",
             table(overdue_table(content)) if content.overdue else say("no_overdue", lang)]
    if content.lint is not None:
        parts.append(f"## {say('lint', lang)}")
        for code, findings in content.lint.items():
            parts.append(f"### {LINT_TOPICS[code][0 if lang == 'zh' else 1]} "
                         f"({len(findings)}, {code})")
            parts.append("\n".join(f"- {finding.line}: {_cell(finding.message)}"
                                   for finding in findings) or say("lint_none", lang))
    parts.append(f"_{say('generated', lang)} · {say('source', lang)}: "
                 f"{_cell(content.figures.source)}_")
    return "\n\n".join(parts) + "\n"
