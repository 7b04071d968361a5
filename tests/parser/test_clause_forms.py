"""Units named in words after a measure's text: ``牵头单位为A，B配合。`` (a unit label before 为),
a deadline sentence after the units' sentence (``…。A负责。2025年6月底前完成。``), and role
words in a labelled field value (``责任单位：A，B配合``)
(``tests/fixtures/layouts/clause_forms.txt``)."""

from __future__ import annotations

from typing import Any

from tests.conftest import FIXTURES, parsed_measures

FIXTURE = str(FIXTURES / "layouts" / "clause_forms.txt")


def _units(measure: dict[str, Any]) -> list[tuple[str, str]]:
    return [(unit["name"], unit["role"]) for unit in measure["units"]]


def test_a_unit_label_before_wei_and_a_deadline_sentence_after() -> None:
    measure = parsed_measures(FIXTURE)["1.1"]
    assert _units(measure) == [("区市场监管局", "lead"), ("区各执法部门", "support")]
    assert measure["text"] == "推行“双随机、一公开”监管全覆盖。"
    assert (measure["deadline"]["raw"], measure["deadline"]["kind"]) == ("长期坚持", "ongoing")


def test_units_then_a_dated_sentence() -> None:
    measure = parsed_measures(FIXTURE)["1.2"]
    assert _units(measure) == [("区司法局", "responsible")]
    assert measure["text"] == "推行包容审慎监管，制定轻微违法不罚清单。"
    assert measure["deadline"]["due"] == "2025-06-30"


def test_role_words_in_a_labelled_field() -> None:
    measure = parsed_measures(FIXTURE)["1.3"]
    assert _units(measure) == [("区发改局", "responsible"), ("区市场监管局", "support")]


def test_a_text_without_units_keeps_its_last_sentence() -> None:
    measure = parsed_measures(FIXTURE)["1.4"]
    assert measure["units"] == []
    assert measure["text"] == "推行执法事项清单管理，本年度内完成清单编制。"
