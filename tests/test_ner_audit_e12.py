"""Rules of the entity audit of unseen articles (saudinewsnet_unlabeled 3000–6000): person
mentions side by side are one name, «و» before a listed name of the mention's type, dotted
acronyms that a name goes on after (made-up sentences, through the NER stage and on the
rule functions)."""
from __future__ import annotations

import pytest

from arabic_extract.document import Document
from arabic_extract.ner.adjacent_persons import join_adjacent_persons
from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.tokenize import Tokenizer

from .test_ner import _tag


def test_a_given_name_and_a_spread_surname_are_one_person(ner: BuiltinNER) -> None:
    found = _tag(ner, "وقال المرشح جيب بوش إن حملته جمعت مبلغا كبيرا . "
                      "وأضاف بوش أن الانتخابات قريبة .")
    assert ("جيب بوش", "PER") in found
    assert ("جيب", "PER") not in found


def _joined(text: str, tags: list[str], stop: frozenset[str] = frozenset(),
            given: frozenset[str] = frozenset()) -> list[str]:
    tokens = Tokenizer()(Document(text)).tokens
    stems = [t.norm[1:] if t.text == "بمحمد" else t.norm for t in tokens]  # ب + «محمد»
    join_adjacent_persons(text, tokens, stems, tags, stop, given)
    return tags


B, I, O = "B-PER", "I-PER", "O"


@pytest.mark.parametrize("text,tags,expected", [
    ("زار غلام علي حداد", [O, B, B, I], [O, B, I, I]),
    # a comma, a line break or two spaces between: two persons
    ("زار غلام، علي حداد", [O, B, O, B, I], [O, B, O, B, I]),
    ("زار غلام\nعلي حداد", [O, B, B, I], [O, B, B, I]),
    # «و» + a word that is no given name; a proclitic «ب»; one definite word before
    ("كلمات سامي العلي وألحان حسن", [O, B, I, B, I], [O, B, I, B, I]),
    ("التقى باطرفي بمحمد يوسف", [O, B, B, I], [O, B, B, I]),
    ("عزاء الشريف سلطان الفعر", [O, B, B, I], [O, B, B, I]),
    # a family name, then a full name: two persons listed
    ("فاز سامي العلي فيصل البدين", [O, B, I, B, I], [O, B, I, B, I]),
])
def test_side_by_side_persons(text: str, tags: list[str], expected: list[str]) -> None:
    assert _joined(text, tags) == expected


def test_a_title_or_a_nationality_keeps_two_persons() -> None:
    tags = [O, B, B, I]
    assert _joined("عاد الهولندي آريين روبن", tags, frozenset({"الهولندي"})) == [O, B, B, I]
    tags = [O, B, I, B, I]
    assert _joined("مدرب لويس فان غال", tags) == [O, B, I, I, I]
    tags = [O, B, I, B]  # «وليد» is a given name, not «و» + «ليد»
    assert _joined("زار محمد علي وليد", tags, given=frozenset({"وليد"})) == [O, B, I, I]


def test_waw_before_a_listed_place_is_no_part_of_it(ner: BuiltinNER) -> None:
    found = _tag(ner, "وسجلت استونيا (5 في المائة) ولوكسمبورغ (6 في المائة) وبلغاريا "
                      "(7 في المائة) أدنى النسب .")
    assert {("لوكسمبورغ", "LOC"), ("بلغاريا", "LOC")} <= found
    assert ("ولوكسمبورغ", "LOC") not in found and ("وبلغاريا", "LOC") not in found


def test_listed_after_waw() -> None:
    from arabic_extract.ner.waw_names import listed_after_waw
    words = {"بلغاريا": frozenset({"LOC"}), "وهران": frozenset({"LOC"}),
             "هران": frozenset({"LOC"}), "شيبان": frozenset({"PER"})}
    tokens = Tokenizer()(Document("وبلغاريا ووهران وهران وشيبان")).tokens
    assert listed_after_waw(words, tokens[0], "LOC")
    assert not listed_after_waw(words, tokens[2], "LOC")  # a listed place as written
    assert listed_after_waw(words, tokens[3], "PER")
    assert not listed_after_waw(words, tokens[3], "LOC")  # a person's name, not a place


def test_a_name_going_on_after_a_dotted_acronym_is_one_mention(ner: BuiltinNER) -> None:
    found = _tag(ner, "وارتفعت حيازات صندوق اس.بي.دي.ار جولد شيرز أمس .")
    assert ("اس.بي.دي.ار جولد شيرز", "ORG") in found
    assert ("اس", "ORG") not in found and ("بي", "ORG") not in found


def test_join_dotted_past_the_chain() -> None:
    from arabic_extract.document import Mention
    from arabic_extract.ner.acronyms import join_dotted
    text = "قال بي.في.إم أويل إن"
    mentions = [Mention(4, 6, "بي", "ORG"), Mention(10, 17, "إم أويل", "ORG")]
    assert [(m.text, m.label) for m in join_dotted(text, mentions)] == \
        [("بي.في.إم أويل", "ORG")]
    # a mention that opens before the chain and goes on after it: left alone
    text = "شركة بي.سي ماكس"
    mentions = [Mention(0, 15, text, "ORG")]
    assert join_dotted(text, mentions) == mentions


def test_a_person_named_without_the_middle_name_is_the_same_person() -> None:
    from arabic_extract.entities import EntityLinker

    from .test_entities import make_doc
    text = "وصل محمد جواد ظريف إلى فيينا . وقال محمد ظريف إن الاتفاق قريب ."
    doc = EntityLinker()(make_doc(text, {"محمد جواد ظريف": "PER", "محمد ظريف": "PER"}))
    assert [(e.name, [m.text for m in e.mentions]) for e in doc.entities] == \
        [("محمد جواد ظريف", ["محمد جواد ظريف", "محمد ظريف"])]


def test_skips_middle() -> None:
    from arabic_extract.entities.middle_names import skips_middle
    assert skips_middle(("دييجو", "ارماندو", "مارادونا"), ("دييجو", "مارادونا"))
    assert not skips_middle(("دييجو", "مارادونا"), ("دييجو", "مارادونا"))
    assert not skips_middle(("احمد", "علي", "سالم", "خالد", "الحربي"), ("احمد", "الحربي"))
    assert not skips_middle(("محمد", "جواد", "ظريف"), ("جواد", "ظريف"))
