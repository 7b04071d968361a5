"""User unit aliases from a YAML file (``--alias-file``): canonical name -> variants.

::

    营商环境办公室: [营商办, 优化办]
    县融媒体中心: [融媒体中心, 县融媒中心]

The names are core names (without 县/市 …) or whole names; they extend the shipped table
(``tgbe/data/aliases.py``) exactly like the ``aliases`` key of the configuration.
"""

from __future__ import annotations

from tgbe.infra.yamlsafe import compose_file, mapping_items, string_list
from tgbe.parse.units import AliasTable, default_aliases


def read_alias_file(path: str) -> dict[str, list[str]]:
    """The aliases of the file at ``path``; bad shapes raise a located :class:`TgbeError`."""
    root = compose_file(path)
    if root is None:
        return {}
    return {
        key.value: string_list(path, value, f"the variants of {key.value}")
        for key, value in mapping_items(path, root, "the alias file")
    }


def alias_table(path: str | None, base: AliasTable | None = None) -> AliasTable:
    """``base`` (default: the shipped alias table) extended with the aliases in ``path``."""
    table = base or default_aliases()
    return table.extended(read_alias_file(path)) if path else table
