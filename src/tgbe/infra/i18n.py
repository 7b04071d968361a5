"""Choosing the language of messages to people: ``--lang zh|en``, else ``LANG``."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["zh", "en"]


def resolve_lang(option: str | None = None) -> Lang:
    """``option`` if given, else ``zh`` when ``LANG``/``LC_ALL`` names Chinese, else ``en``."""
    if option in ("zh", "en"):
        return option  # type: ignore[return-value]
    env = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "zh" if env.lower().startswith("zh") else "en"
