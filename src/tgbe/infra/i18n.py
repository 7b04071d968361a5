"""The language of messages to people: ``--lang zh|en``, ``TGBE_LANG``, then the locale.

One choice per run: the CLI sets it once (:func:`choose_lang`) and every renderer asks
:func:`resolve_lang`.  The texts themselves live in :mod:`tgbe.infra.messages`, one entry
per message id with its Chinese and English forms; :func:`tr` fills one in.
"""

from __future__ import annotations

import os
import re
from functools import cache
from typing import Literal

from tgbe.infra.messages import MESSAGES

Lang = Literal["zh", "en"]
LANG_ENV = "TGBE_LANG"
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX precedence
_chosen: list[Lang] = []  # the run's --lang, once given


def choose_lang(lang: str | None) -> None:
    """Make ``lang`` (``zh``/``en``) the run's language; ``None`` forgets an earlier choice."""
    _chosen.clear()
    if lang in ("zh", "en"):
        _chosen.append(lang)  # type: ignore[arg-type]


def resolve_lang(option: str | None = None) -> Lang:
    """``option``, else the run's ``--lang``, else ``$TGBE_LANG``, else the locale.

    The locale is the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set: ``zh``
    for ``zh_*`` (``zh_CN.UTF-8``, ``zh_TW``), otherwise ``en``.
    """
    if option in ("zh", "en"):
        return option  # type: ignore[return-value]
    if _chosen:
        return _chosen[0]
    wanted = os.environ.get(LANG_ENV, "").strip().lower()
    if wanted in ("zh", "en"):
        return wanted  # type: ignore[return-value]
    for variable in _LOCALE_VARIABLES:
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def tr(key: str, lang: Lang | None = None, /, **fields: object) -> str:
    """The message ``key`` in ``lang`` (default: :func:`resolve_lang`), ``fields`` filled in."""
    zh, en = MESSAGES[key]
    template = zh if (lang or resolve_lang()) == "zh" else en
    return template.format(**fields)


def count_of(count: int, key: str, lang: Lang | None = None, /, **fields: object) -> str:
    """Message ``key`` for ``count`` things (``1 measure``, ``2 measures``, ``共 2 项举措``).

    English uses ``key.plural`` unless the count is one; Chinese has one form.
    """
    language = lang or resolve_lang()
    plural = language == "en" and count != 1
    return tr(key + (".plural" if plural else ""), language, n=count, **fields)


def translated(prefix: str, message: str, lang: Lang | None = None) -> str:
    """``message``, written in English by a lower layer (or by click), in ``lang``.

    The message ids ``prefix`` and ``prefix.NAME`` hold the English templates that layer
    writes; the first that matches gives the fields for its Chinese, and each field is
    translated the same way in turn (``expected a date … for {what}`` with ``what`` =
    ``measure 1.1``).  A message no template matches is returned as it is.
    """
    if (lang or resolve_lang()) == "en":
        return message
    for key in _family(prefix):
        match = _template_pattern(MESSAGES[key][1]).fullmatch(message)
        if match:
            fields = {name: translated(prefix, value, "zh")
                      for name, value in match.groupdict().items()}
            return MESSAGES[key][0].format(**fields)
    return message


@cache
def _family(prefix: str) -> tuple[str, ...]:
    """The ids ``prefix`` and ``prefix.*``, in the catalogue's order."""
    return tuple(key for key in MESSAGES if key == prefix or key.startswith(prefix + "."))


@cache
def _template_pattern(template: str) -> re.Pattern[str]:
    """The regex reading a message written from ``template`` (built once per template).

    A ``{field!r}`` is read without its quotes, so that the Chinese can quote it “so”.
    """
    parts = re.split(r"\{(\w+)(![rs])?\}", template)
    seen: set[str] = set()
    pattern = ""
    for index in range(0, len(parts), 3):
        pattern += re.escape(parts[index])
        if index + 1 < len(parts):
            name, quoted = parts[index + 1], parts[index + 2] == "!r"
            # a field: a group the first time, the same text again after
            group = f"(?P={name})" if name in seen else f"(?P<{name}>.*?)"
            pattern += f"['\"]{group}['\"]" if quoted else group
            seen.add(name)
    return re.compile(pattern, re.DOTALL)
