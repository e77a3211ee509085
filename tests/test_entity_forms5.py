"""Rules of the fifth entity review (blind_dev5, session 10), on made-up sentences: an
organization's canonical name leaves out a company's or a medium's head before its own
proper name («شركة X» → «X») and a nationality adjective after a proper name («X
الأمريكية» → «X»); «الشركة» still points back to «شركة X»; a PER mention opened by an
organization head («رئيس [معهد X]») is the organization; «الكونغرس» and «الكونجرس» are
one entity; an organization named again in parentheses right after its name is the same
one."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.entities import EntityLinker
from arabic_extract.entities.bare_names import bare_name
from arabic_extract.entities.key_forms import one_g
from arabic_extract.ner.domain_tails import org_heads
from arabic_extract.ner.headed_persons import retype_headed_persons
from arabic_extract.ner.late_rules import RULE_NAMES
from tests.test_entities import make_doc

from .entity_support import entity_set


_entities = entity_set


@pytest.mark.parametrize("name, bare", [
    ("شركة مونسانتو", "مونسانتو"),
    ("بنك جولدمان ساكس", "جولدمان ساكس"),
    ("صحيفة نيويورك تايمز", "نيويورك تايمز"),
    ("سي ليفل جلوبال الأمريكية", "سي ليفل جلوبال"),
    ("شركة فيرست سولار الأمريكية", "فيرست سولار"),
    # kept: an article after the head, a person's name, an official adjective, a definite word
    ("الشركة العربية للأنابيب", "الشركة العربية للأنابيب"),
    ("بنك الرياض", "بنك الرياض"),
    ("مؤسسة محمد بن راشد", "مؤسسة محمد بن راشد"),
    ("وزارة الدفاع الأمريكية", "وزارة الدفاع الأمريكية"),
    ("جامعة الدول العربية", "جامعة الدول العربية"),
    ("شركة", "شركة"),
    ("بنك إنجلترا", "بنك إنجلترا"),
    ("بنك أبوظبي الوطني", "بنك أبوظبي الوطني"),
    ("وكالة أنباء فارس", "وكالة أنباء فارس"),
    ("زين السعودية", "زين السعودية"),
])
def test_bare_name(name: str, bare: str) -> None:
    assert bare_name("ORG", name) == bare


def test_bare_name_only_organizations() -> None:
    assert bare_name("LOC", "قناة بنما") == "قناة بنما"


def test_company_named_without_head_pipeline() -> None:
    names = _entities("وأعلنت شركة مونسانتو أمس عن نتائج جيدة في الربع الثاني من العام.")
    assert ("ORG", "مونسانتو") in names


def test_company_anaphora_keeps_speaker() -> None:
    text = ("وقعت شركة مونسانتو عقدا جديدا مع الحكومة أمس. "
            "وقالت الشركة إن العقد يشمل بناء ثلاثة مصانع جديدة في المنطقة.")
    doc = arabic_extract.load()(text)
    names = {e.id: e.name for e in doc.entities}
    speakers = {names.get(s.speaker.entity) for s in doc.statements}
    assert "مونسانتو" in speakers


def test_headed_person_is_organization() -> None:
    # «وقال جون سميث، رئيس معهد بروكنغز،» with «معهد بروكنغز» tagged as the title's bearer
    stems = ["قال", "جون", "سميث", "،", "رئيس", "معهد", "بروكنغز", "،"]
    tags = ["O", "B-PER", "I-PER", "O", "O", "B-PER", "I-PER", "O"]
    retype_headed_persons(stems, tags, org_heads())
    assert tags == ["O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"]


def test_headed_person_keeps_names() -> None:
    stems = ["قال", "معهد", "،", "جون", "سميث"]  # a one-word «معهد» and a person stay
    tags = ["O", "B-PER", "O", "B-PER", "I-PER"]
    retype_headed_persons(stems, tags, org_heads())
    assert tags == ["O", "B-PER", "O", "B-PER", "I-PER"]


def test_headed_person_rule_is_registered() -> None:
    assert "headed_persons" in RULE_NAMES


def test_foreign_g_spellings_one_entity() -> None:
    names = [(e.type, e.name) for e in arabic_extract.load(quotes=None)(
        "وقال رئيس مجلس النواب إن الكونغرس سيصوت على القانون الأسبوع المقبل. "
        "ويسيطر الجمهوريون على الكونجرس منذ عامين.").entities]
    assert [n for n in names if n[1] in ("الكونغرس", "الكونجرس")] == [("ORG", "الكونغرس")]


def test_one_g() -> None:
    assert one_g(("بيليغريني",)) == ("بيليجريني",)
    assert one_g(("جدة",)) == ("جدة",)


@pytest.mark.parametrize("text, names, expected", [
    ("قالت الهيئة الوطنية للطاقة (نيرا) إن المشروع اكتمل، وأكدت نيرا أن …",
     {"الهيئة الوطنية للطاقة": "ORG", "نيرا": "ORG"},
     [("ORG", "الهيئة الوطنية للطاقة", ("الهيئة الوطنية للطاقة", "نيرا", "نيرا"))]),
    # places are left apart: a mountain and its province
    ("زار جبل الشيخ (حاصبيا) أمس", {"جبل الشيخ": "LOC", "حاصبيا": "LOC"},
     [("LOC", "جبل الشيخ", ("جبل الشيخ",)), ("LOC", "حاصبيا", ("حاصبيا",))]),
    # quote marks right around the second name
    ('أعلنت الهيئة الوطنية للطاقة "نيرا" أن المشروع اكتمل', {"الهيئة الوطنية للطاقة": "ORG",
                                                            "نيرا": "ORG"},
     [("ORG", "الهيئة الوطنية للطاقة", ("الهيئة الوطنية للطاقة", "نيرا"))]),
    # … but not a person's name typed ORG («given name + family name»)
    ("تعاقد مع لاعب فريق النجمة «سعيد المالكي» أمس", {"فريق النجمة": "ORG", "سعيد المالكي": "ORG"},
     [("ORG", "فريق النجمة", ("فريق النجمة",)), ("ORG", "سعيد المالكي", ("سعيد المالكي",))]),
    # not without the parentheses
    ("قالت الهيئة الوطنية للطاقة إن نيرا اكتملت", {"الهيئة الوطنية للطاقة": "ORG", "نيرا": "ORG"},
     [("ORG", "الهيئة الوطنية للطاقة", ("الهيئة الوطنية للطاقة",)), ("ORG", "نيرا", ("نيرا",))]),
])
def test_apposed_organizations(text: str, names: dict[str, str], expected: list) -> None:
    doc = EntityLinker()(make_doc(text, names))
    assert [(e.type, e.name, tuple(s.text for s in e.mentions)) for e in doc.entities] == expected
