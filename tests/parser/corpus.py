"""Loading the real notices of ``tests/fixtures/corpus/`` (copied from the shared corpus).

Their first two lines are ``#`` comments added by the copy (source, completeness): the
loader strips them, so spans count from the notice's first line.
"""

from __future__ import annotations

from pathlib import Path

import tgbe
from tgbe.models import Notice

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def corpus_text(name: str) -> str:
    """The notice text of corpus file ``name`` without the copy's metadata comments."""
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    return "".join(lines)


def parse_corpus(name: str) -> Notice:
    """Corpus file ``name`` parsed as a notice."""
    return tgbe.parse_text(corpus_text(name), name)
