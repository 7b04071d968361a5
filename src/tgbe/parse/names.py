"""Names as written: the name tgbe shows for each unit of a notice.

The alias table only *groups* names: an abbreviation and the full name of one body share
one key.  The name shown for the group (``Unit.canonical``) is the notice's own most
frequent written form (the first written on a tie), unless the user's configuration gives
the group an official name (the canonical name of an ``aliases`` entry), which is then
shown instead.  The key itself stays in ``Unit.key`` so that editions of a notice can be
compared.
"""

from __future__ import annotations

from collections import Counter

from tgbe.parse.records import NoticeRecord, UnitRecord
from tgbe.parse.units import AliasTable


def name_units(data: NoticeRecord, table: AliasTable) -> NoticeRecord:
    """Give every unit record of notice ``data`` its key and its shown name (in place)."""
    records: list[UnitRecord] = [
        unit for indicator in data["indicators"]
        for unit in [*indicator["lead_units"],
                     *(unit for measure in indicator["measures"] for unit in measure["units"])]]
    written: dict[str, Counter[str]] = {}
    for record in records:
        record["key"] = record["canonical"]
        written.setdefault(record["key"], Counter())[record["name"]] += 1
    shown = {key: key if table.is_official(key) else names.most_common(1)[0][0]
             for key, names in written.items()}
    for record in records:
        record["canonical"] = shown[record["key"]]
    return data
