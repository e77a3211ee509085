"""Article entity clustering: surname/full name, spelling variants, clitics, heads, titles."""
from __future__ import annotations

import regex
import pytest

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker, name_key
from arabic_extract.tokenize import Tokenizer


def make_doc(text: str, names: dict[str, str]) -> Document:
    """Tokenized document whose mentions are every occurrence of the given names."""
    doc = Tokenizer()(Document(text=text))
    mentions: list[Mention] = []
    for name, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in regex.finditer(regex.escape(name), text):
            if not any(o.start < m.end() and m.start() < o.end for o in mentions):
                mentions.append(Mention(m.start(), m.end(), name, label))
    mentions.sort(key=lambda m: m.start)
    return doc.replace(mentions=tuple(mentions), annotations=doc.annotations | {"mentions"})


def clusters(text: str, names: dict[str, str]) -> list[tuple[str, str, tuple[str, ...]]]:
    doc = EntityLinker()(make_doc(text, names))
    for ent in doc.entities:
        assert all(doc.text[s.start:s.end] == s.text for s in ent.mentions)
    return [(e.type, e.name, tuple(s.text for s in e.mentions)) for e in doc.entities]


CLUSTER_TABLE = [
    # surname <-> full name; canonical = fullest form
    ("قال محمد شياع السوداني إن … وأكد السوداني أن …",
     {"محمد شياع السوداني": "PER", "السوداني": "PER"},
     [("PER", "محمد شياع السوداني", ("محمد شياع السوداني", "السوداني"))]),
    # given name alone joins the full name
    ("غنى كاظم الساهر في دبي وقال كاظم إن …", {"كاظم الساهر": "PER", "كاظم": "PER"},
     [("PER", "كاظم الساهر", ("كاظم الساهر", "كاظم"))]),
    # spelling variants: alef, ta marbuta, «عبد الله» / «عبدالله»
    ("زار إيران ثم عاد من ايران", {"إيران": "LOC", "ايران": "LOC"},
     [("LOC", "إيران", ("إيران", "ايران"))]),
    ("قال عبد الله البرقان … وأوضح عبدالله البرقان …",
     {"عبد الله البرقان": "PER", "عبدالله البرقان": "PER"},
     [("PER", "عبد الله البرقان", ("عبد الله البرقان", "عبدالله البرقان"))]),
    # a proclitic glued to a predicted mention
    ("وصل إلى بغداد ثم غادر وبغداد تستعد", {"بغداد": "LOC", "وبغداد": "LOC"},
     [("LOC", "بغداد", ("بغداد", "وبغداد"))]),
    # «للولايات» = ل + (ا)لولايات: the mention without the preposition joins «الولايات …»,
    # even when it comes first, and the canonical name keeps the article's alef
    ("مساعدات للولايات المتحدة … وقالت الولايات المتحدة إن …",
     {"لولايات المتحدة": "LOC", "الولايات المتحدة": "LOC"},
     [("LOC", "الولايات المتحدة", ("لولايات المتحدة", "الولايات المتحدة"))]),
    # a word that only begins with ل is not changed («لبنان» is no «البنان»)
    ("زار لبنان ثم عاد إلى لبنان", {"لبنان": "LOC"}, [("LOC", "لبنان", ("لبنان", "لبنان"))]),
    # generic head words of organizations
    ("قالت شركة مونسانتو إن مونسانتو لن تدفع", {"شركة مونسانتو": "ORG", "مونسانتو": "ORG"},
     [("ORG", "مونسانتو", ("شركة مونسانتو", "مونسانتو"))]),  # named without its head
    # organization short forms at either end
    ("أعلنت قيادة العمليات المشتركة … وقالت العمليات المشتركة …",
     {"قيادة العمليات المشتركة": "ORG", "العمليات المشتركة": "ORG"},
     [("ORG", "قيادة العمليات المشتركة", ("قيادة العمليات المشتركة", "العمليات المشتركة"))]),
    ("قوات التحالف الدولي … وقال التحالف", {"التحالف الدولي": "ORG", "التحالف": "ORG"},
     [("ORG", "التحالف الدولي", ("التحالف الدولي", "التحالف"))]),
    # group names: plural case endings, a generic head inside the name
    ("قاتل الحوثيون … وهاجم الحوثيين", {"الحوثيون": "ORG", "الحوثيين": "ORG"},
     [("ORG", "الحوثيون", ("الحوثيون", "الحوثيين"))]),
    ("قالت شرطة مدينة لافاييت … وأكدت شرطة لافاييت",
     {"شرطة مدينة لافاييت": "ORG", "شرطة لافاييت": "ORG"},
     [("ORG", "شرطة مدينة لافاييت", ("شرطة مدينة لافاييت", "شرطة لافاييت"))]),
    # a river is not its city: places only merge on the same key
    ("تلوث نهر سبوكين قرب سبوكين", {"نهر سبوكين": "LOC", "سبوكين": "LOC"},
     [("LOC", "نهر سبوكين", ("نهر سبوكين",)), ("LOC", "سبوكين", ("سبوكين",))]),
    # a lone father's name after «بن» is another person: «سلمان» is not «محمد بن سلمان»
    # (a first name «بن» is no patronymic: «بن رودس» = «رودس»)
    ("وصل محمد بن سلمان … وأمر سلمان", {"محمد بن سلمان": "PER", "سلمان": "PER"},
     [("PER", "محمد بن سلمان", ("محمد بن سلمان",)), ("PER", "سلمان", ("سلمان",))]),
    # … and so is a father's full name («سلمان بن عبدالعزيز» in «محمد بن سلمان بن عبدالعزيز»)
    ("وصل محمد بن سلمان بن عبدالعزيز … وأمر سلمان بن عبدالعزيز",
     {"محمد بن سلمان بن عبدالعزيز": "PER", "سلمان بن عبدالعزيز": "PER"},
     [("PER", "محمد بن سلمان بن عبدالعزيز", ("محمد بن سلمان بن عبدالعزيز",)),
      ("PER", "سلمان بن عبدالعزيز", ("سلمان بن عبدالعزيز",))]),
    ("قال بن رودس … وأضاف رودس", {"بن رودس": "PER", "رودس": "PER"},
     [("PER", "بن رودس", ("بن رودس", "رودس"))]),
    # the short form leaves out «بن» and the father's name: one person
    ("قال سامر بن خليل الدعلوج … وأضاف سامر الدعلوج",
     {"سامر بن خليل الدعلوج": "PER", "سامر الدعلوج": "PER"},
     [("PER", "سامر بن خليل الدعلوج", ("سامر بن خليل الدعلوج", "سامر الدعلوج"))]),
    # MISC mentions are not entities; order: people, places, organizations
    ("في العراق قالت الأمم المتحدة وأحمد سالم يوم عيد الفطر",
     {"العراق": "LOC", "الأمم المتحدة": "ORG", "أحمد سالم": "PER", "عيد الفطر": "MISC"},
     [("PER", "أحمد سالم", ("أحمد سالم",)), ("LOC", "العراق", ("العراق",)),
      ("ORG", "الأمم المتحدة", ("الأمم المتحدة",))]),
]


@pytest.mark.parametrize("text,names,expected", CLUSTER_TABLE)
def test_cluster_table(text: str, names: dict[str, str], expected: list) -> None:
    assert clusters(text, names) == expected


def test_ambiguous_surname_goes_to_the_nearest_preceding_person() -> None:
    text = "التقى خالد الأحمد مع سعيد الأحمد. وقال الأحمد إن اللقاء كان مثمرا."
    doc = EntityLinker()(make_doc(text, {"خالد الأحمد": "PER", "سعيد الأحمد": "PER",
                                         "الأحمد": "PER"}))
    people = {e.name: [s.text for s in e.mentions] for e in doc.entities}
    assert len(people) == 2
    assert sum(len(v) for v in people.values()) == 3


def test_one_type_per_spelling_by_majority() -> None:
    doc = make_doc("قال سالم إن … وأكد سالم أن … وأعلن سالم أن …", {"سالم": "PER"})
    mentions = list(doc.mentions)
    mentions[1] = type(mentions[1])(mentions[1].start, mentions[1].end, "سالم", "ORG")
    doc = EntityLinker()(doc.replace(mentions=tuple(mentions)))
    assert [(e.type, len(e.mentions)) for e in doc.entities] == [("PER", 3)]


def test_title_inside_a_predicted_person_mention() -> None:
    text = "قال الرئيس باراك اوباما … وأكد اوباما … والتقى باراك اوباما"
    spans = [(4, "الرئيس باراك اوباما"), (text.index("وأكد") + 5, "اوباما"),
             (text.rindex("باراك"), "باراك اوباما")]
    mentions = tuple(Mention(s, s + len(t), t, "PER") for s, t in spans)
    doc = EntityLinker()(make_doc(text, {}).replace(mentions=mentions))
    assert [(e.name, len(e.mentions)) for e in doc.entities] == [("باراك اوباما", 3)]


def test_ids_are_sequential_and_grouped() -> None:
    doc = EntityLinker()(make_doc("قال أحمد سالم في بغداد إن الأمم المتحدة …",
                                  {"أحمد سالم": "PER", "بغداد": "LOC", "الأمم المتحدة": "ORG"}))
    assert [(e.id, e.type) for e in doc.entities] == [("e1", "PER"), ("e2", "LOC"), ("e3", "ORG")]
    assert "entities" in doc.annotations


TITLE_TABLE = [
    ("وقال وزير الخارجية أحمد سالم إن الوضع مستقر.", "أحمد سالم", ["وزير الخارجية"]),
    ("أكد نائب قائد العمليات المشتركة، الفريق أول الركن قيس المحمداوي، أن …",
     "قيس المحمداوي", ["نائب قائد العمليات المشتركة", "الفريق أول الركن"]),
    ("أماط رئيس لجنة الاحتراف د. عبد الله البرقان اللثام", "عبد الله البرقان",
     ["رئيس لجنة الاحتراف د."]),
    ("أكد أحمد قطان، سفير المملكة في القاهرة والمندوب الدائم لدى الجامعة، على …",
     "أحمد قطان", ["سفير المملكة في القاهرة", "المندوب الدائم لدى الجامعة"]),
    ("وصل أحمد سالم إلى المطار.", "أحمد سالم", []),
    # the speaker's title before «أن» is not the title of the name inside the clause
    ("وأضاف الوزير أن أحمد سالم وصل إلى المطار.", "أحمد سالم", []),
    # the mention left the last name word out: the apposition is still found
    ("أكد أحمد عبدالعزيز قطان، سفير المملكة في القاهرة، أن …", "أحمد عبدالعزيز",
     ["سفير المملكة في القاهرة"]),
    # an adverb after the coach ends his title: «سريعا تأثير» is no title of the goalkeeper
    ("وأثبت المدرب الفرنسي سريعا تأثير أحمد سالم في المباراة.", "أحمد سالم", []),
    ("وقال وزير خارجية روسيا أحمد سالم إن …", "أحمد سالم", ["وزير خارجية روسيا"]),
    # a chain of titles longer than one phrase, without commas
    ("حذر مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية "
     "والإفتاء الشيخ أحمد سالم من …", "أحمد سالم",
     ["مفتي عام المملكة رئيس هيئة كبار العلماء",
      "رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ"]),
]


@pytest.mark.parametrize("text,name,titles", TITLE_TABLE)
def test_titles(text: str, name: str, titles: list[str]) -> None:
    doc = EntityLinker()(make_doc(text, {name: "PER"}))
    assert list(doc.entities[0].titles) == titles


def test_name_key_unifies_spelling() -> None:
    assert name_key("إِيران") == name_key("ايران")
    assert name_key("عبد الله") == name_key("عبدالله")
    assert name_key('"يو تي سي"') == "يو تي سي"
    assert name_key("المدينة") == name_key("المدينه")
    assert name_key(None) == ""


def test_untagged_occurrences_of_a_tagged_name_are_added() -> None:
    text = "قال أحمد قطان إن … وأكد قطان أن … ووصل إلى بغداد. وقال قطان: «نعم»"
    doc = Tokenizer()(Document(text=text))
    doc = doc.replace(mentions=(Mention(4, 13, "أحمد قطان", "PER"), Mention(24, 28, "قطان", "PER"),
                                Mention(text.index("بغداد"), text.index("بغداد") + 5, "بغداد",
                                        "LOC")))
    ents = EntityLinker()(doc).entities
    assert [(e.name, [m.text for m in e.mentions]) for e in ents] == [
        ("أحمد قطان", ["أحمد قطان", "قطان", "قطان"]), ("بغداد", ["بغداد"])]
    assert all(text[m.start:m.end] == m.text for e in ents for m in e.mentions)


def test_family_name_cut_off_by_the_tagger_is_completed() -> None:
    text = "وكان محمد شياع السوداني قد أكد ذلك. وتابع السوداني قائلا إن …"
    doc = make_doc(text, {"محمد شياع": "PER"})
    assert [e.name for e in EntityLinker()(doc).entities] == ["محمد شياع السوداني"]
    once = make_doc("التقى محمد شياع السوداني الوفد.", {"محمد شياع": "PER"})
    assert [e.name for e in EntityLinker()(once).entities] == ["محمد شياع"]


def test_function_words_tagged_as_names_are_dropped() -> None:
    doc = make_doc("وصل إلى بغداد ثم إلى واشنطن", {"إلى": "PER", "بغداد": "LOC", "واشنطن": "LOC"})
    assert [e.name for e in EntityLinker()(doc).entities] == ["بغداد", "واشنطن"]


def test_no_mentions_no_entities() -> None:
    doc = EntityLinker()(make_doc("لا أسماء هنا.", {}))
    assert doc.entities == ()


UNSUPPORTED_TABLE = [
    # a common word (the corpus knows «الكوكب» about as often as «كوكب») with nothing that
    # makes it a person is dropped …
    ("أعلن العلماء اكتشاف كوكب جديد يشبه الأرض", {"كوكب": "PER"}, []),
    # … but a title, a kinship noun or a list of names keeps it
    ("قالت الفنانة كوكب إن الحفل تأجل", {"كوكب": "PER"}, [("PER", "كوكب", ("كوكب",))]),
    ("لم تنجح زوجته سمر في إقناعه", {"سمر": "PER"}, [("PER", "سمر", ("سمر",))]),
    ("شارك في المسلسل سمير غانم وسمر", {"سمير غانم": "PER", "سمر": "PER"},
     [("PER", "سمير غانم", ("سمير غانم",)), ("PER", "سمر", ("سمر",))]),
    # the subject of a reporting verb is a speaker; «لي» after it is the addressee
    ("وقال كوكب إن الحفل تأجل", {"كوكب": "PER"}, [("PER", "كوكب", ("كوكب",))]),
    ("وقال لي إن الحفل تأجل", {"لي": "PER"}, []),
    # a "name" cut out of a longer word, its first letters taken for proclitics; a name in
    # a list keeps its «و»
    ("ورثوا المجد كابرا عن كابر", {"ابرا": "PER"}, []),
    ("معارك طه حسين والعقاد معروفة", {"طه حسين": "PER", "العقاد": "PER"},
     [("PER", "طه حسين", ("طه حسين",)), ("PER", "العقاد", ("العقاد",))]),
    # a rare word or a frequent given name stays a person
    ("وغادر محمد القاعة مبكرا", {"محمد": "PER"}, [("PER", "محمد", ("محمد",))]),
    # a plural verb that lost its final alef
    ("وحضر مهندسون شاركو في الندوة", {"شاركو": "PER"}, []),
    # an adjective after a definite noun; after a title it is a name
    ("نشكركم على القرار الحكيم في الأزمة", {"الحكيم": "PER"}, []),
    ("وأكد الدكتور الحكيم أن الخطة ناجحة", {"الحكيم": "PER"}, [("PER", "الحكيم", ("الحكيم",))]),
    # of any type: a rare word with «و» glued on, in no name list, is dropped; a name
    # after it does not support it, a list of names does
    ("ثم تقدم الجيش وانسحبت القوات من المدينة", {"وانسحبت": "LOC"}, []),
    ("عاش القرويون في ظلام وشكى عيسى من الانقطاع", {"وشكى": "PER", "عيسى": "PER"},
     [("PER", "عيسى", ("عيسى",))]),
    ("يمتد المتنزه عبر ولايات وايومنج ومونتانا", {"وايومنج": "LOC", "مونتانا": "LOC"},
     [("LOC", "وايومنج", ("وايومنج",)), ("LOC", "مونتانا", ("مونتانا",))]),
]


@pytest.mark.parametrize("text,names,expected", UNSUPPORTED_TABLE)
def test_unsupported_common_word_persons_are_dropped(text: str, names: dict[str, str],
                                                     expected: list) -> None:
    assert clusters(text, names) == expected


def test_elided_article_is_restored_in_the_entity_name() -> None:
    # «للطائف» = ل + «الطائف»: the mention «لطائف» names «الطائف»
    assert clusters("سافر الوفد للطائف أمس", {"لطائف": "LOC"}) == [
        ("LOC", "الطائف", ("لطائف",))]
    # «للجنة» is ل + «لجنة», never «الجنة»; «للبنان» is ل + «لبنان»
    assert clusters("قدم الدعم للجنة الإغاثة", {"لجنة الإغاثة": "ORG"})[0][1] == "لجنة الإغاثة"
    assert clusters("قدم الدعم للبنان", {"لبنان": "LOC"})[0][1] == "لبنان"


def test_well_known_aliases_make_one_entity() -> None:
    text = "اجتمعت جامعة الدول العربية أمس، وقالت الجامعة العربية إن … ثم زار أمريكا و الولايات المتحدة"
    found = clusters(text, {"جامعة الدول العربية": "ORG", "الجامعة العربية": "ORG",
                            "أمريكا": "LOC", "الولايات المتحدة": "LOC"})
    assert sorted((t, n) for t, n, _ in found) == [
        ("LOC", "الولايات المتحدة"), ("ORG", "جامعة الدول العربية")]


def test_a_quoted_facility_joins_its_bare_name() -> None:
    found = clusters('نقل المصاب إلى مستشفى "النخيل" ثم خرج من "النخيل"',
                     {'مستشفى "النخيل"': "LOC", "النخيل": "LOC"})
    assert found == [("LOC", 'مستشفى "النخيل"', ('مستشفى "النخيل"', "النخيل"))]


@pytest.mark.parametrize("text, names, expected", [
    # an adjective after a definite noun is no place; its only mention goes
    ("تحدث الكاتب عن الأسرة السورية في المهجر", {"السورية": "LOC"}, []),
    # the recovered adjective occurrence is left out, the country stays
    ("سافر إلى سوريا ثم عاد من السورية وتحدث عن الأسرة السورية",
     {"السورية": "LOC", "سوريا": "LOC"},
     [("LOC", "سوريا", ("سوريا",)), ("LOC", "السورية", ("السورية",))]),
    # after a preposition or with «و» it is the name
    ("سافر الوفد الى السورية والعراقية", {"السورية": "LOC", "العراقية": "LOC"},
     [("LOC", "السورية", ("السورية",)), ("LOC", "العراقية", ("العراقية",))]),
])
def test_place_adjectives_after_a_definite_noun_are_no_mentions(
        text: str, names: dict[str, str], expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert clusters(text, names) == expected


def test_a_name_with_a_glued_conjunction_joins_the_bare_name() -> None:
    # the tagger left «و» on the first mention; the bare name comes later in the text
    text = "حوصرت بلدتا السامرية وترمالا أمس، ثم دخلت القوات إلى ترمالا"
    assert clusters(text, {"وترمالا": "LOC", "ترمالا": "LOC"}) == [
        ("LOC", "ترمالا", ("وترمالا", "ترمالا"))]
