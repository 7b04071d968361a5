"""The report's words in Chinese and English: the ``report.*`` messages of the catalogue
(:mod:`tgbe.infra.messages`)."""

from __future__ import annotations

from tgbe.infra.i18n import Lang, tr


def say(key: str, lang: Lang, **values: object) -> str:
    """The report phrase ``key`` (``report.KEY`` in the catalogue) in ``lang``, ``values``
    filled in."""
    return tr("report." + key, lang, **values)
