"""One-word places and organizations that are ordinary words are no entities (made-up
sentences)."""
from __future__ import annotations

import pytest

from .test_entities import clusters

ORDINARY_TABLE = [
    # an indefinite adjective or common noun whose definite form is common
    ("وقع الحادث في منطقة حدودية بعيدة عن المدن", {"حدودية": "LOC"}, []),
    ("رصدت كاميرا المراقبة السيارة", {"كاميرا": "ORG"}, []),
    ("جاء الفريق في مرتبة خامسة", {"خامسة": "LOC"}, []),
    # listed places and bodies, and names never written with the article, stay
    ("زار الوفد سورية ثم مالي", {"سورية": "LOC", "مالي": "LOC"},
     [("LOC", "سورية", ("سورية",)), ("LOC", "مالي", ("مالي",))]),
    ("وقالت حماس إن الاتفاق قريب", {"حماس": "ORG"}, [("ORG", "حماس", ("حماس",))]),
    ("وصل الوفد إلى زرنقلية أمس", {"زرنقلية": "LOC"}, [("LOC", "زرنقلية", ("زرنقلية",))]),
]


@pytest.mark.parametrize("text,names,expected", ORDINARY_TABLE)
def test_ordinary_one_word_places_and_bodies_are_dropped(text: str, names: dict[str, str],
                                                          expected: list) -> None:
    assert clusters(text, names) == expected


def test_an_ordinary_word_after_a_head_is_a_name() -> None:
    """«قاعدة نخيل», «شركة "منافع"» name a base and a company; «منطقة حدودية» is an
    adjective after its head (made-up sentences)."""
    assert clusters("وصلت الطائرات إلى قاعدة نخيل أمس", {"نخيل": "LOC"}) == [
        ("LOC", "نخيل", ("نخيل",))]
    assert clusters('وقعت الوزارة عقدا مع شركة "منافع" أمس', {"منافع": "ORG"}) == [
        ("ORG", "منافع", ("منافع",))]
    assert clusters("وقع الحادث في منطقة حدودية أمس", {"حدودية": "LOC"}) == []
