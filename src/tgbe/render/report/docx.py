"""The report as a Word bulletin in the style of a 公文 通报 (python-docx).

Title (关于…推进情况的通报) in 黑体, a date line, the summary written as prose from the
figures, then numbered sections with tables, body text in 仿宋.  Style fonts are set for
East Asian text too (``w:eastAsia``), so that WPS and Word show proper fonts.
"""

from __future__ import annotations

from typing import Any

from tgbe.render.report.content import LINT_TOPICS, Content
from tgbe.render.report.prose import (
    indicator_table,
    long_date,
    overdue_table,
    summary_sentence,
    unit_table,
)
from tgbe.render.report.words import say

BODY_FONT, HEADING_FONT = "仿宋", "黑体"
TITLE_STYLE, HEADING_STYLE = "Bulletin Title", "Bulletin Heading"
NUMERALS = "一二三四五六七八九十"
Block = str | list[list[str]]  # a paragraph or a table


def _fonts(style: Any, name: str, size: float, bold: bool = False) -> None:
    """Set ``name`` for Latin and East Asian text of ``style``, with ``size`` points."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.name, style.font.size, style.font.bold = name, Pt(size), bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(key), name)


def _styles(document: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    _fonts(document.styles["Normal"], BODY_FONT, 16)  # 三号仿宋
    document.styles["Normal"].paragraph_format.line_spacing = Pt(28)
    title = document.styles.add_style(TITLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    _fonts(title, HEADING_FONT, 22)  # 二号
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(12)
    heading = document.styles.add_style(HEADING_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    _fonts(heading, HEADING_FONT, 16)
    heading.paragraph_format.first_line_indent = Pt(32)
    heading.paragraph_format.keep_with_next = True


def _table(document: Any, rows: list[list[str]]) -> None:
    from docx.shared import Pt

    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = document.styles["Table Grid"]
    for cells, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            run = paragraph.add_run(value)
            run.font.size = Pt(10.5)
            run.bold = cells is table.rows[0]
            paragraph.paragraph_format.line_spacing = 1.0
            paragraph.paragraph_format.first_line_indent = 0


def bulletin(content: Content) -> Any:
    """A python-docx ``Document`` holding the bulletin (see the module docstring)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lang = content.lang
    document = Document()
    _styles(document)
    document.add_paragraph(content.title, style=TITLE_STYLE)
    date_line = document.add_paragraph(f"（{long_date(content.figures.today, content)}）")
    date_line.alignment = WD_ALIGN_PARAGRAPH.CENTER
    summary = document.add_paragraph(summary_sentence(content))
    summary.paragraph_format.first_line_indent = Pt(32)
    sections: list[tuple[str, list[Block]]] = [
        (say("by_indicator", lang), [indicator_table(content)])]
    sections.append((say("by_overdue", lang),
                     [unit_table(content)] if content.by_overdue
                     else [say("no_overdue_units", lang)]))
    sections.append((say("overdue", lang),
                     [overdue_table(content)] if content.overdue else [say("no_overdue", lang)]))
    if content.lint is not None:
        sections.append((say("lint", lang), [
            f"{LINT_TOPICS[code][0 if lang == 'zh' else 1]}：{len(found)}"
            for code, found in content.lint.items()]))
    for number, (heading, blocks) in enumerate(sections):
        prefix = f"{NUMERALS[number]}、" if lang == "zh" else f"{number + 1}. "
        document.add_paragraph(prefix + heading, style=HEADING_STYLE)
        for block in blocks:
            if isinstance(block, str):
                document.add_paragraph(block).paragraph_format.first_line_indent = Pt(32)
            else:
                _table(document, block)
    return document
