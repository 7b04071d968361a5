"""``tgbe crossdup``: measures shared between different notices (who copied whom)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import click

from tgbe.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    NumberRange,
    format_option,
    gather_files,
    lang_option,
    notice_inputs,
    output_option,
)
from tgbe.compare.crossdup import (
    DEFAULT_THRESHOLD,
    CrossDupReport,
    NoticeDigest,
    digest,
    find_shared,
)
from tgbe.infra.i18n import resolve_lang
from tgbe.infra.output import emit
from tgbe.parse.api import parse_file
from tgbe.render.crossdup import render_crossdup


@click.command()
@notice_inputs
@format_option("text", "json", "csv")
@click.option(
    "--threshold", type=NumberRange(0, 100), default=DEFAULT_THRESHOLD, show_default=True,
    help="Smallest similarity (rapidfuzz ratio, 0-100) reported.",
)
@lang_option
@output_option
def crossdup(
    paths: tuple[str, ...], fmt: str, threshold: float, lang: str | None, output: str | None,
    encoding: str | None, strict_encoding: bool, jobs: int | None, max_bytes: int,
) -> int:
    """Report measures shared between different notices, earlier edition first.

    PATH is a file, a directory (searched recursively) or a glob pattern.  Exit code 1
    when shared measures are found, 2 when a file could not be read.
    """
    report, failed = cross_report(
        paths, threshold=threshold, encoding=encoding, max_bytes=max_bytes, jobs=jobs,
        strict_encoding=strict_encoding,
    )
    if failed and not report.notices:  # nothing was read: the errors say it all
        return EXIT_ERROR
    emit(render_crossdup(report, fmt, resolve_lang(lang)), output, bom=fmt == "csv")
    if failed:
        return EXIT_ERROR
    return EXIT_FINDINGS if report.shared else EXIT_OK


def cross_report(
    paths: Sequence[str], *, threshold: float, encoding: str | None, max_bytes: int,
    jobs: int | None, strict_encoding: bool = False,
) -> tuple[CrossDupReport, bool]:
    """Read every notice under ``paths`` (in parallel) and find shared measures.

    Unreadable files are reported on stderr; the flag says whether any failed.  Also the
    entry point for ``tgbe lint --cross``.
    """
    worker = partial(read_digest, encoding=encoding, max_bytes=max_bytes,
                     strict_encoding=strict_encoding)
    digests, failures = gather_files(paths, worker, fmt="json", jobs=jobs)
    return find_shared(digests, threshold), bool(failures)


def read_digest(
    path: str, *, encoding: str | None, max_bytes: int, strict_encoding: bool = False
) -> NoticeDigest:
    """Parse one file and keep what comparison needs (runs in a worker process)."""
    return digest(parse_file(path, encoding, max_bytes=max_bytes,
                             strict_encoding=strict_encoding))
