"""Rich rendering to a string, measured in display width (CJK characters count double)."""

from __future__ import annotations

import io
import shutil
import sys

from rich.console import Console, RenderableType


def render_to_text(
    renderable: RenderableType, width: int | None = None, soft_wrap: bool = False
) -> str:
    """Render with rich; colours only when stdout is a terminal.

    ``soft_wrap`` leaves long lines whole (the terminal wraps them) instead of breaking them.
    """
    buffer = io.StringIO()
    terminal = sys.stdout.isatty()
    console = Console(
        file=buffer,
        width=width or (shutil.get_terminal_size((120, 24)).columns if terminal else 120),
        force_terminal=terminal,
        no_color=not terminal,
        highlight=False,
    )
    console.print(renderable, soft_wrap=soft_wrap)
    return buffer.getvalue()
