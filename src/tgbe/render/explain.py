"""``tgbe parse --explain`` as text: one row per line of the notice, in aligned columns
(line number, kind, why, the line cut to the width), in the run's language."""

from __future__ import annotations

from tgbe.infra.i18n import Lang, tr
from tgbe.infra.width import clip, display_width, pad
from tgbe.parse.explain import LineReading

_GAP = "  "
_WHY_MAX = 40  # columns: a longer reason is cut so that the line itself stays in view
_TEXT_MIN = 16  # columns the line keeps however narrow the output


def render_explain(path: str, readings: list[LineReading], lang: Lang, width: int) -> str:
    """The file's path, then the readings as aligned plain-text rows under a header row,
    fitted to ``width``."""
    head = (tr("line.col.line", lang), tr("line.col.kind", lang), tr("line.col.why", lang),
            tr("line.col.text", lang))
    rows = [(str(item.line), tr(f"line.kind.{item.kind.value}", lang),
             clip(tr(item.why, lang, **item.fields), _WHY_MAX), item.text.strip())
            for item in readings]
    number_width = max(display_width(row[0]) for row in [head, *rows])
    kind_width = max(display_width(row[1]) for row in [head, *rows])
    why_width = max(display_width(row[2]) for row in [head, *rows])
    text_width = max(_TEXT_MIN, width - number_width - kind_width - why_width - 3 * len(_GAP))
    lines = [
        _GAP.join((" " * (number_width - display_width(number)) + number,
                   pad(kind, kind_width), pad(why, why_width), clip(text, text_width)))
        .rstrip()
        for number, kind, why, text in [head, *rows]
    ]
    return "\n".join([path, *lines]) + "\n"
