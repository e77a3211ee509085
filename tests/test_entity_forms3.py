"""Rules of the third entity review of the blind development sets (session 10): a nationality
adjective after a place named without the article is no part of its name («زيوريخ
السويسرية»); a feminine nationality after «قوات/أجهزة + masculine noun» agrees with the
plural noun, so «الأمن الأفغانية» names nothing; a quoted paper after «في اتصال [هاتفي] مع»
is the paper; films, cinema, health, sport and environment are fields that end an
organization's name; «مكة» is «مكة المكرمة»; «المدينة» alone is mostly «the city», no name
(unless after «منطقة/أمير» or listed with other places); a one-word body that nisba
adjectives describe twice is a common noun («الاتفاق النووي»); «اتحاد الكرة» is «اتحاد كرة
القدم»; peoples and sects («الأكراد», «السنة») are no entities: made-up sentences, through
the rule functions and the pipeline."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.document import Mention
from arabic_extract.entities.facilities import lost_places
from arabic_extract.entities.key_forms import full_forms
from arabic_extract.entities.kind_nouns import (common_noun_entity, described_body, group_entity,
                                                kind_noun_place)
from arabic_extract.ner.national import nationalities
from arabic_extract.ner.place_adjectives import drop_plural_agreement, trim_place_adjectives
from arabic_extract.normalize import normalize


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in arabic_extract.load(quotes=None)(text).mentions}


def _entities(text: str) -> list[tuple[str, str, int]]:
    doc = arabic_extract.load(quotes=None)(text)
    return [(e.type, e.name, len(e.mentions)) for e in doc.entities]


def _stems(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def test_place_adjective_trimmed_by_function() -> None:
    tags = ["O", "B-LOC", "I-LOC", "I-LOC", "O"]
    trim_place_adjectives(_stems("في سان فرانسيسكو الامريكية امس"), tags, nationalities(),
                          frozenset())
    assert tags == ["O", "B-LOC", "I-LOC", "O", "O"]


@pytest.mark.parametrize("text", ["في الولايات المتحدة الامريكية امس",
                                  "في جمهورية مصر العربية امس",
                                  "في مطار هيثرو الدولي امس"])
def test_place_adjective_kept(text: str) -> None:
    tags = ["O", "B-LOC", "I-LOC", "I-LOC", "O"]
    trim_place_adjectives(_stems(text), tags, nationalities(), frozenset())
    assert tags == ["O", "B-LOC", "I-LOC", "I-LOC", "O"]


@pytest.mark.parametrize("text,name", [
    ("وتوجه الفريق إلى سالزبورغ النمساوية لاستكمال المعسكر الخارجي.", "سالزبورغ"),
    ("وأقيمت البطولة التي تستضيفها مدينة لوس أنجلوس الأمريكية والتي انطلقت أمس.",
     "لوس أنجلوس"),
    ("وعقد المؤتمر بمدينة أغادير المغربية في مارس الماضي.", "أغادير"),
])
def test_place_adjective_pipeline(text: str, name: str) -> None:
    assert (name, "LOC") in _mentions(text)


@pytest.mark.parametrize("text", ["وقتل ثلاثة عناصر من قوات الأمن الأفغانية في هجوم.",
                                  "واعتقلت قوات الأمن الإيرانية الناشطة أمس."])
def test_plural_agreement_pipeline(text: str) -> None:
    assert not {label for _, label in _mentions(text)} & {"ORG"}


def test_plural_agreement_keeps_feminine_noun() -> None:
    stems = _stems("واصدرت قوات المقاومة الشعبية بيانا")
    tags = ["O", "O", "B-ORG", "I-ORG", "O"]
    drop_plural_agreement(stems, tags, nationalities())
    assert tags == ["O", "O", "B-ORG", "I-ORG", "O"]
    assert ("المقاومة الشعبية", "ORG") in _mentions("وأصدرت قوات المقاومة الشعبية بيانا أمس.")


@pytest.mark.parametrize("text,name", [
    ('وقال المحامي في اتصال هاتفي مع "الوطن" إن القضية مستمرة.', "الوطن"),
    ("وأكد القيادي في حديث مع «الشرق الأوسط» أن الهدنة انهارت.", "الشرق الأوسط"),
])
def test_paper_after_speech_noun_with(text: str, name: str) -> None:
    assert (name, "ORG") in _mentions(text)


def test_with_without_speech_noun_unchanged() -> None:
    assert ("الشرق الأوسط", "ORG") not in _mentions(
        "وتعاون المعهد مع «الشرق الأوسط» في المشروع.")


def test_film_field_ends_org_name() -> None:
    assert ("مؤسسة الدوحة للأفلام", "ORG") in _mentions(
        "وشارك الفيلم بدعم من مؤسسة الدوحة للأفلام في المهرجان.")


def test_mecca_short_form_linked() -> None:
    assert _entities("وزار الحجاج مكة المكرمة ثم عادوا إلى مكة بعد أسبوع.") == [
        ("LOC", "مكة المكرمة", 2)]


def _places(text: str) -> set[str]:
    return {e.name for e in arabic_extract.load(quotes=None)(text).entities if e.type == "LOC"}


def test_city_noun_is_no_place() -> None:
    kind = kind_noun_place([Mention(19, 26, "المدينة", "LOC")],
                           "وسيطر المسلحون على المدينة بعد قتال.")
    assert kind
    assert "المدينة" not in _places(
        "ويطوق المسلحون المدينة من الجهات الأربع، وتدور اشتباكات في الأطراف الشرقية من المدينة.")
    assert "المدينة" not in _places("وسيطر التنظيم على المدينة بعد قتال عنيف مع قوات الجيش.")


@pytest.mark.parametrize("text,start", [("وقال أمير منطقة المدينة إن الموسم ناجح.", 16),
                                        ("وسافر الوفد من جدة إلى المدينة أمس.", 23)])
def test_medina_kept_after_head_or_in_list(text: str, start: int) -> None:
    mention = Mention(start, start + 7, text[start:start + 7], "LOC")
    assert mention.text == "المدينة"
    places = [Mention(15, 18, "جدة", "LOC")] if "جدة" in text else []
    assert not kind_noun_place([mention], text, places)
    assert not common_noun_entity("LOC", [mention], text, places)


def _at(text: str, word: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word, "ORG")


def test_described_common_noun_is_no_body() -> None:
    text = "ودافع عن الاتفاق النووي، وقال إن الاتفاق النووي يحمي المنطقة وإن الاتفاق باق."
    mentions = [_at(text, "الاتفاق", k) for k in range(3)]
    assert described_body("ORG", mentions, text)
    assert common_noun_entity("ORG", mentions, text)
    assert not common_noun_entity("LOC", mentions, text)  # a place is judged by its kind noun


@pytest.mark.parametrize("text", [
    "وأنهى فريق الهلال الكروي تحضيراته، وفاز الهلال على ضيفه.",  # described once only
    "وفاز الهلال السعودي على الأهلي، وتأهل الهلال السعودي إلى النهائي.",  # nationality
])
def test_club_kept(text: str) -> None:
    mentions = [_at(text, "الهلال", k) for k in range(2)]
    assert not described_body("ORG", mentions, text)


def test_football_short_form_linked() -> None:
    assert _entities("وقال عضو اتحاد كرة القدم إن اتحاد الكرة سيجتمع الأسبوع المقبل "
                     "لبحث الترشيحات.") == [("ORG", "اتحاد كرة القدم", 2)]


def test_full_forms() -> None:
    assert full_forms(("اتحاد", "الكره")) == ("اتحاد", "كره", "القدم")
    assert full_forms(("اتحاد", "السله")) == ("اتحاد", "السله")


def test_kind_noun_not_recovered_after_facility() -> None:
    text = "ورست السفن في ميناء المدينة، وحلقت الطائرات في أجواء المدينة. وميناء جدة مغلق."
    start = text.index("ميناء المدينة")
    port = Mention(start, start + len("ميناء المدينة"), "ميناء المدينة", "LOC")
    assert lost_places(text, [port]) == []


@pytest.mark.parametrize("text,word", [
    ("وحذر من فتنة بين السنة والشيعة في المنطقة.", "السنة"),
    ("وشن الجيش التركي غارات على المقاتلين الأكراد، وقال إن عملية السلام مع الأكراد انتهت.",
     "الأكراد"),
])
def test_people_or_sect_is_no_entity(text: str, word: str) -> None:
    assert word not in {name for _, name, _ in _entities(text)}


def test_group_noun_function() -> None:
    text = "حقوق الأكراد"
    assert group_entity([Mention(5, 12, "الأكراد", "ORG")])
    assert common_noun_entity("PER", [Mention(5, 12, "الأكراد", "PER")], text)
    assert not common_noun_entity("ORG", [Mention(5, 12, "الحوثيين", "ORG")], "قتال الحوثيين")
