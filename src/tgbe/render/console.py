"""Rich rendering to a string, measured in display width (CJK characters count double)."""

from __future__ import annotations

import io

from rich.console import Console, RenderableType

from tgbe.infra.terminal import output_width, use_color


def render_to_text(
    renderable: RenderableType, width: int | None = None, soft_wrap: bool = False
) -> str:
    """Render with rich at the output's width, with colours only where a person looks.

    See :mod:`tgbe.infra.terminal`: no escape codes into ``-o`` files, pipes, under
    ``NO_COLOR`` or ``--color never``.  ``soft_wrap`` leaves long lines whole (the
    terminal wraps them) instead of breaking them.
    """
    buffer = io.StringIO()
    color = use_color()
    console = Console(
        file=buffer,
        width=width or output_width(),
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
    )
    console.print(renderable, soft_wrap=soft_wrap)
    return buffer.getvalue()
