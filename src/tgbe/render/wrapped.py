"""A table cell that wraps Chinese text by 避头尾 rules and never cuts a name short.

rich folds a run of CJK characters at any character, so a line may start with "。" or end
with "“".  :class:`Wrapped` measures itself by its widest unbreakable piece and wraps with
:func:`tgbe.infra.width.wrap` to whatever width the table gives its column.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from tgbe.infra.terminal import output_width
from tgbe.infra.width import display_width, widest_unit, wrap
from tgbe.render.safe import safe_text

# The narrowest a column of wrapped text may be squeezed to (a long word is then folded).
MIN_COLUMN = 4
MAX_UNBROKEN = 16


class Wrapped:
    """Plain text (never markup) for a rich table cell, wrapped by 避头尾 rules."""

    def __init__(self, text: str, style: str = "") -> None:
        self.text = safe_text(text)
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """Widest line as written (maximum), widest unbreakable piece (minimum)."""
        longest = max((display_width(line) for line in self.text.split("\n")), default=0)
        smallest = min(longest, max(MIN_COLUMN, min(widest_unit(self.text), MAX_UNBROKEN)))
        return Measurement(smallest, longest).clamp(max_width=options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The text wrapped to the width rich gives the cell."""
        lines = wrap(self.text, options.max_width)
        yield Text("\n".join(lines), style=self.style, no_wrap=True, overflow="fold")


def title(text: str) -> Text:
    """A table title wrapped by 避头尾 rules to the output's width."""
    return Text("\n".join(wrap(safe_text(text), output_width())))
