"""Rules of the fourth entity review (blind_dev4, session 10), on made-up sentences, through
the rule functions and the pipeline: a listed paper alone in quote marks after a verb of
relaying news is the paper («نقلته "الوطن"», «اطلعت عليها "الاقتصادية"»), and quoted papers
keep their type beside the city of their name; a skipped name in a list of persons is a
person («…، وعمر الزهراني، …»); in a sports report, the town or club after a player's role
is the club («مهاجم نجران»); a market index is no organization («مؤشر "داو جونز"»); an
organization's list of fields goes on after a conjunct («… للثقافة والفنون [والآداب]»);
«كورب» ends a company's name; in a sports report, an unknown name after a nationality
that stands for the person is a person («مدربه اليوناني [X]»)."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.document import Mention
from arabic_extract.entities.votes import vote_labels
from arabic_extract.ner.index_names import index_names
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.listed_persons import listed_persons
from arabic_extract.ner.phrases import listed_phrases
from arabic_extract.ner.place_openers import place_openers
from arabic_extract.ner.quoted_media import quoted_media, relay_words
from arabic_extract.ner.role_clubs import role_clubs
from arabic_extract.normalize import normalize

from .entity_support import entity_set


_entities = entity_set


@pytest.mark.parametrize("text, name", [
    ('وقال المتحدث، وفقاً لما نقلته "الوطن"، إن التحقيق مستمر.', "الوطن"),
    ("وأشارت الدراسة التي اطلعت عليها «الشرق الأوسط» إلى أن الأسعار ترتفع.", "الشرق الأوسط"),
    ('وعلمت "الحياة" من مصادر مطلعة أن الاجتماع تأجل.', "الحياة"),
])
def test_relayed_paper_pipeline(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_relayed_paper_function() -> None:
    words = [normalize(w) for w in 'حسب ما نشرته " الرياض " امس'.split()]
    tags = ["O", "O", "O", "O", "B-LOC", "O", "O"]
    quoted_media(words, tags, listed_phrases("media_names.txt"), relay_words())
    assert tags[4] == "B-ORG"


def test_quoted_city_without_relaying_verb_stays_place() -> None:
    assert ("LOC", "الرياض") in _entities('ووصل الوفد إلى "الرياض" صباح أمس.')


def _at(text: str, word: str, labels: list[str]) -> tuple[Mention, ...]:
    starts = [i for i in range(len(text)) if text.startswith(word, i)]
    return tuple(Mention(s, s + len(word), word, lab) for s, lab in zip(starts, labels))


def test_quoted_paper_keeps_type_beside_city() -> None:
    text = 'يسكن أحمد في الرياض. وقال أحمد لـ"الرياض" إن الطرق مزدحمة في الرياض.'
    found = vote_labels(_at(text, "الرياض", ["LOC", "ORG", "LOC"]), text)
    assert [m.label for m in found] == ["LOC", "ORG", "LOC"]


def test_quoted_place_mention_joins_quoted_paper() -> None:
    text = 'وحصلت «الوطن» على نسخة. وقال مسؤول لـ«الوطن» إن العمل بدأ في الوطن العربي.'
    found = vote_labels(_at(text, "الوطن", ["LOC", "ORG", "LOC"]), text)
    assert [m.label for m in found] == ["ORG", "ORG", "LOC"]


def _people(text: str) -> set[str]:
    doc = arabic_extract.load(quotes=None)(text)
    return {m.text for m in doc.mentions if m.label == "PER"}


def test_skipped_names_of_a_list_of_persons() -> None:
    found = _people("وضمت القائمة كلا من سامر الحربي، وعمر الزهراني، وعلي العتيبي، "
                    "وخالد الشمري، وعلي قحطاني.")
    assert {"عمر الزهراني", "علي العتيبي", "علي قحطاني"} <= found


def test_list_item_without_person_neighbour_untouched() -> None:
    tags = ["O"] * 7
    words = [normalize(w) for w in "زار الوفد الرياض ، وعلي الوادعي ،".split()]
    listed_persons(words, words, tags, load_lexicon(), place_openers())
    assert tags == ["O"] * 7


def test_place_opener_opens_no_listed_person() -> None:
    assert "عين أم خيسة" not in _people("وأشهرها سامر الحربي، وعين أم خيسة، وخالد الشمري.")


SPORTS = ("فاز الفريق في المباراة على ضيفه بهدفين في الدوري، وسجل الهدفين مهاجم نجران "
          "سامر الحربي، فيما غاب لاعب وسط الطائي خالد الشمري عن المباراة.")


def test_club_after_role_in_sports_report() -> None:
    doc = arabic_extract.load(quotes=None)(SPORTS)
    found = {(m.text, m.label) for m in doc.mentions}
    assert ("نجران", "ORG") in found and ("الطائي", "ORG") in found


def test_town_after_role_outside_sports_untouched() -> None:
    tags = ["O", "B-LOC", "O"]
    role_clubs(["مدرب", "نجران", "سامر"], tags, False, frozenset({"مدرب"}), frozenset())
    assert tags == ["O", "B-LOC", "O"]


def test_market_index_is_no_organization() -> None:
    doc = arabic_extract.load(quotes=None)(
        'وارتفع مؤشر "داو جونز" الصناعي 12 نقطة، كما صعد المؤشر «ناسداك» المجمع 20 نقطة، '
        "وارتفع مؤشر سوق الأسهم السعودية 30 نقطة.")
    orgs = {m.text for m in doc.mentions if m.label == "ORG"}
    assert not {"داو جونز", "ناسداك"} & orgs and "سوق الأسهم السعودية" in orgs


def test_index_function_keeps_headed_name() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O"]
    index_names(["مؤشر", "وزاره", "العدل", "ارتفع"], tags, frozenset({"وزاره"}), load_lexicon())
    assert tags == ["O", "B-ORG", "I-ORG", "O"]


def test_field_list_goes_on_after_conjunct() -> None:
    doc = arabic_extract.load(quotes=None)(
        "وقال المجلس الوطني للثقافة والفنون والآداب إن المعرض يفتتح غدا.")
    assert "المجلس الوطني للثقافة والفنون والآداب" in {m.text for m in doc.mentions}


def test_corp_ends_company_name() -> None:
    doc = arabic_extract.load(quotes=None)("وارتفع سهم شركة أخرى بعد أن أعلنت نيدك كورب عن أرباحها.")
    assert ("نيدك كورب", "ORG") in {(m.text, m.label) for m in doc.mentions}
