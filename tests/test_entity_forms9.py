"""The ninth entity review (session 13): named bodies mined from the unlabeled news
(``orgs_world.txt``) are one organization each, whole, also where the tagger missed or cut
them; a title in presentation-form glyphs does not crash the entity stage; a
listed name whose word is also a common one («شركة أبل»: «الإبل») is not dropped as a
description; and the short and full names of one body are one entity (``aliases.tsv``)."""
from __future__ import annotations

import pytest

import arabic_extract

from arabic_extract.ner.common_bodies import drop_common_bodies
from arabic_extract.ner.lexicon import load_lexicon

from .entity_support import entity_set

_entities = entity_set


@pytest.mark.parametrize("text, name", [
    ("وصدر عن الديوان الملكي بيان بشأن الزيارة مساء أمس.", "الديوان الملكي"),
    ("واعتمد البنك السعودي للتسليف والادخار خلال العام قروضا جديدة.",
     "البنك السعودي للتسليف والادخار"),
    ("وتوقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار.",
     "الرئاسة العامة للأرصاد وحماية البيئة"),
    ("وأصدرت المحكمة الجزائية المتخصصة حكما بسجن المتهمين.", "المحكمة الجزائية المتخصصة"),
    ("وأكد الائتلاف الوطني السوري أن المفاوضات متوقفة.", "الائتلاف الوطني السوري"),
    ("وقالت غرفة الشرقية إن المعرض يفتتح غدا.", "غرفة الشرقية"),
])
def test_mined_bodies_the_tagger_missed(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


@pytest.mark.parametrize("text, name", [
    ("وافتتحت الهيئة الملكية للجبيل وينبع مشروعا جديدا.", "الهيئة الملكية للجبيل وينبع"),
    ("واختتم مركز الملك عبدالعزيز للحوار الوطني برنامجا تدريبيا.",
     "مركز الملك عبدالعزيز للحوار الوطني"),
    ("ووافقت وزارة الاتصالات وتقنية المعلومات على المقترح.", "وزارة الاتصالات وتقنية المعلومات"),
    ("ونظمت مؤسسة مسك الخيرية ملتقى للشباب.", "مؤسسة مسك الخيرية"),
])
def test_mined_bodies_the_tagger_cut(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_listed_name_with_a_common_word_stays() -> None:
    lex = load_lexicon()
    stems = ["شركه", "ابل", "ساعتها"]
    tags = ["B-ORG", "I-ORG", "O"]
    drop_common_bodies(stems, stems, tags, frozenset({"شركه"}), lex)
    assert tags == ["O", "O", "O"]  # a head + a common word: a description
    tags = ["B-ORG", "I-ORG", "O"]
    drop_common_bodies(stems, stems, tags, frozenset({"شركه"}), lex,
                       listed=frozenset({("شركه", "ابل")}))
    assert tags == ["B-ORG", "I-ORG", "O"]
    ents = _entities("وأطلقت شركة أبل ساعتها الذكية الجديدة أمس.")
    assert any(t == "ORG" and n.endswith("أبل") for t, n in ents)


def test_short_and_full_chamber_names_are_one_entity() -> None:
    text = ("وأعلنت الغرفة التجارية الصناعية بالمنطقة الشرقية موعد المعرض. "
            "وقال رئيس غرفة الشرقية إن المعرض يفتتح غدا.")
    doc = arabic_extract.load(quotes=None)(text)
    orgs = [e for e in doc.entities if e.type == "ORG"]
    assert len(orgs) == 1
    assert "غرفة الشرقية" in {m.text for m in orgs[0].mentions}


def test_presentation_form_title_does_not_crash() -> None:
    text = "وأكد مصدر عسكري في ﻭﺯﺍﺭﺓ الدفاع ﻭﺭﺋﻴﺲ ﻫﻴﺌﺔ ﺍﻷﺭﻛﺎﻥ ﻋﻠﻲ ﺻﺎﻟﺢ ﺃﻥ ﺍﻟﻮﺯﺍﺭﺓ ﻣﻬﺘﻤﺔ."
    doc = arabic_extract.load(quotes=None)(text)
    assert all(text[m.start:m.end] == m.text for e in doc.entities for m in e.mentions)


def test_reunion_island_is_one_place() -> None:
    text = ("وعثر على الحطام على شاطئ جزيرة لاريونيون الفرنسية. "
            "وتوجه المحققون إلى ريونيون أمس.")
    places = [n for t, n in _entities(text) if t == "LOC"]
    assert len(places) == 1 and places[0].endswith("ريونيون")
