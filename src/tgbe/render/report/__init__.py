"""``tgbe report``: the progress report the leadership group reads (HTML, Word, Markdown).

In: a :class:`~tgbe.render.report.content.Content` (the figures of ``tgbe status summary``
and, optionally, a lint summary).  Out: a self-contained HTML page, a 公文-style Word
bulletin (通报) or Markdown text.  Each format's module is imported only when it is used.
"""

from __future__ import annotations

from tgbe.infra.output import emit, write_bytes_atomic
from tgbe.render.report.content import Content

FORMATS = ("html", "docx", "md")


def write_report(content: Content, fmt: str, output: str) -> None:
    """Write the report in ``fmt`` to ``output`` atomically (``-``: stdout, text formats)."""
    if fmt == "docx":
        from tgbe.render.report.docx import bulletin

        document = bulletin(content)
        write_bytes_atomic(output, lambda tmp: document.save(str(tmp)))
        return
    if fmt == "md":
        from tgbe.render.report.markdown import render_markdown

        emit(render_markdown(content), output)
        return
    from tgbe.render.report.html import render_html

    emit(render_html(content), output)
