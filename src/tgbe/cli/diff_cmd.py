"""``tgbe diff``: what changed between two editions of a notice."""

from __future__ import annotations

import click

from tgbe.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    NumberRange,
    encoding_option,
    format_option,
    lang_option,
    output_option,
)
from tgbe.compare.diff import DEFAULT_THRESHOLD, diff_notices
from tgbe.infra.i18n import resolve_lang
from tgbe.infra.output import emit
from tgbe.parse.api import parse_file
from tgbe.render.diff import render_diff


@click.command()
@click.argument("old", type=str)
@click.argument("new", type=str)
@format_option("text", "json")
@output_option
@encoding_option
@click.option(
    "--threshold", type=NumberRange(0, 100), default=DEFAULT_THRESHOLD, show_default=True,
    metavar="N", help="Least similarity (0-100) for two different texts to be the same measure.",
)
@lang_option
def diff(old: str, new: str, fmt: str, output: str | None, encoding: str | None,
         strict_encoding: bool,
         threshold: float, lang: str | None) -> int:
    """Compare two editions OLD and NEW: measures added, removed, reworded, moved and
    renumbered; deadline, unit, benchmark-city and target changes; renamed units.

    Measures are aligned by content, not by number.  Exit 0 when equal, 1 when they differ.
    """
    old_notice, new_notice = (parse_file(path, encoding, strict_encoding=strict_encoding)
                              for path in (old, new))
    result = diff_notices(old_notice, new_notice, threshold)
    emit(render_diff(result, fmt, resolve_lang(lang)), output)
    return EXIT_OK if result.equal else EXIT_FINDINGS
