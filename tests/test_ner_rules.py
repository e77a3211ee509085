"""NER rules and organization patterns: tables of made-up sentences (stems, CRF tags, tags
after the rules), conjunct splitting, proclitics."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.clitics import proclitic_length
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.consistency import propagate
from arabic_extract.ner.rules import Rules

from .test_ner import _tag


def test_rules_follow_guidelines() -> None:
    lex = load_lexicon()
    stems = ["اعلنت", "قياده", "العمليات", "المشتركه", "في", "قاعده", "كرمليس", "الجويه"]
    tags = Rules(lex).sentence(stems, ["O"] * len(stems))
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC", "O"]
    sentences = [(["محمد", "شياع", "السوداني"], ["B-PER", "I-PER", "I-PER"]),
                 (["وقال", "السوداني", "ان"], ["O", "O", "O"])]
    propagate(sentences)
    assert sentences[1][1] == ["O", "B-PER", "O"]


# (stems, tags the CRF might give, tags after the rules): made-up names, not from any article
BOUNDARY_TABLE = [
    # a kinship noun is never inside a person's name
    (["خميس", "نجل", "القذافي"], ["B-PER", "I-PER", "I-PER"], ["B-PER", "O", "B-PER"]),
    # a dual or plural role word leaves the start of a name
    (["الحارسين", "عبدالله", "العنزي"], ["B-PER", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
    # a reporting verb never stays inside a name
    (["الزهراني", "يؤكد", "ان"], ["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]),
    (["يوضح", "السبب"], ["B-PER", "O"], ["O", "O"]),
    (["قالت", "سلمي", "الحربي"], ["B-PER", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
    # head + genitive + adjectives, ending before a verbal noun
    (["علي", "وزاره", "الزراعه", "التحرك", "سريعا"], ["O"] * 5,
     ["O", "B-ORG", "I-ORG", "O", "O"]),
    (["وزاره", "الصحه", "الاردنيه", "اعلنت"], ["O"] * 4, ["B-ORG", "I-ORG", "I-ORG", "O"]),
    # head + a rare foreign name; the CRF's trailing adjective leaves the name
    (["اعلنت", "شركه", "زيلوكترا", "الرائده"], ["O", "O", "B-ORG", "I-ORG"],
     ["O", "B-ORG", "I-ORG", "O"]),
    (["وقعت", "شركه", "فرانكوبال", "عقدا"], ["O"] * 4, ["O", "B-ORG", "I-ORG", "O"]),
    # a frequent word after the head is not a name
    (["شركه", "كبيره", "في"], ["O"] * 3, ["O"] * 3),
    # a nisba adjective the CRF put after the foreign name stays in it
    (["اعلنت", "جماعه", "فرونتيكا", "الزراعيه"], ["O", "O", "B-ORG", "I-ORG"],
     ["O", "B-ORG", "I-ORG", "I-ORG"]),
    # a quoted name after an organization head: the name without head and quote marks
    (["صحيفه", "«", "اخبار", "الصباح", "»", "ان"], ["O"] * 6,
     ["O", "O", "B-ORG", "I-ORG", "O", "O"]),
    # a rare quoted word after a place word is a place, even if the CRF said ORG (and a
    # quoted facility name keeps its head and quote marks: facilities.py)
    (["في", "ملعب", '"', "زندوريا", '"'], ["O", "O", "O", "B-ORG", "O"],
     ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC"]),
    (["في", "قاعده", "زندوريا", "الجويه"], ["O", "O", "B-ORG", "O"],
     ["O", "O", "B-LOC", "O"]),
    # a title is never inside a person's name
    (["سالم", "رئيس", "الوزراء"], ["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]),
]


@pytest.mark.parametrize("stems,crf,expected", BOUNDARY_TABLE)
def test_rules_boundaries(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


# (words before clitic stripping, stems, tags the CRF might give, tags after the rules):
# organization patterns of patterns.py, with made-up names
O = "O"
PATTERN_TABLE = [
    # definite head + adjective + لل + definite words
    (["اعلنت", "الهيئه", "الوطنيه", "للزراعه", "الجبليه", "امس"],
     ["اعلنت", "الهيئه", "الوطنيه", "الزراعه", "الجبليه", "امس"], [O] * 6,
     [O, "B-ORG", "I-ORG", "I-ORG", "I-ORG", O]),
    # … + لـ + indefinite noun + definite genitive
    (["قال", "المرصد", "اليمني", "لحقوق", "الطفل", "ان"],
     ["قال", "المرصد", "اليمني", "حقوق", "الطفل", "ان"], [O] * 6,
     [O, "B-ORG", "I-ORG", "I-ORG", "I-ORG", O]),
    # forces *for* a task are no organization name
    (["جاهزيه", "القوات", "الليبيه", "لتولي", "المهمه"],
     ["جاهزيه", "القوات", "الليبيه", "تولي", "المهمه"], [O] * 5, [O] * 5),
    # a nisba the CRF read as a country stays in the name
    (["المؤسسه", "السعوديه", "للموانئ"], ["المؤسسه", "السعوديه", "الموانئ"],
     [O, "B-LOC", O], ["B-ORG", "I-ORG", "I-ORG"]),
    # a purpose clause is no name; a participle is no adjective of a name
    (["الجمعيه", "العامه", "لاصدار", "القرارات"], ["الجمعيه", "العامه", "اصدار", "القرارات"],
     [O] * 4, [O] * 4),
    (["الوزاره", "المقدمه", "للمواطن"], ["الوزاره", "المقدمه", "المواطن"], [O] * 3, [O] * 3),
    # the name ends before a conjunct that opens another organization
    (["الشركه", "الوطنيه", "للالبان", "والشركه", "المصريه"],
     ["الشركه", "الوطنيه", "الالبان", "الشركه", "المصريه"], [O] * 5,
     ["B-ORG", "I-ORG", "I-ORG", O, O]),
    # platforms anywhere; a paper named by a common word only after a media head
    (["نشر", "علي", "تويتر", "و", "فيس", "بوك"], ["نشر", "علي", "تويتر", "و", "فيس", "بوك"],
     [O] * 6, [O, O, "B-ORG", O, "B-ORG", "I-ORG"]),
    (["نقلت", "صحيفه", "الرياض", "عن"], ["نقلت", "صحيفه", "الرياض", "عن"], [O, O, "B-LOC", O],
     [O, O, "B-ORG", O]),
    # any definite name after a newspaper head, up to an adjective of its own
    (["نشرت", "صحيفه", "الوئام", "خبرا"], ["نشرت", "صحيفه", "الوئام", "خبرا"], [O] * 4,
     [O, O, "B-ORG", O]),
    (["قالت", "صحيفه", "الحياه", "اللندنيه"], ["قالت", "صحيفه", "الحياه", "اللندنيه"], [O] * 4,
     [O, O, "B-ORG", O]),
    # no channel: the canal (a listed place of loc_world.txt)
    (["عبر", "قناه", "السويس"], ["عبر", "قناه", "السويس"], [O] * 3, [O, "B-LOC", "I-LOC"]),
    (["عاد", "الي", "الرياض"], ["عاد", "الي", "الرياض"], [O, O, "B-LOC"], [O, O, "B-LOC"]),
    # one-word clubs in a sports sentence, in a club position
    (["فاز", "الفيحاء", "علي", "الخلود", "في", "الدوري", "بهدفين"],
     ["فاز", "الفيحاء", "علي", "الخلود", "في", "الدوري", "هدفين"], [O] * 7,
     [O, "B-ORG", O, "B-ORG", O, O, O]),
    (["يلتقي", "الشباب", "والتعاون", "في", "مباراه", "الدوري"],
     ["يلتقي", "الشباب", "التعاون", "في", "مباراه", "الدوري"], [O] * 6,
     [O, "B-ORG", "B-ORG", O, O, O]),
    # a list of clubs joined by و, the first one in no club position; a place read by the
    # CRF inside the list; a town after «نادي»
    (["وهي", "الاتحاد", "والشباب", "والخليج", "في", "مباراه", "الدوري"],
     ["وهي", "الاتحاد", "الشباب", "الخليج", "في", "مباراه", "الدوري"],
     [O, O, O, "B-LOC", O, O, O], [O, "B-ORG", "B-ORG", "B-ORG", O, O, O]),
    (["لاعبو", "الدوري", "في", "نادي", "نجران", "والوحده"],
     ["لاعبو", "الدوري", "في", "نادي", "نجران", "الوحده"], [O] * 6,
     [O, O, O, "B-ORG", "I-ORG", "B-ORG"]),
    # … but not outside sports, nor before an adjective; a federation is a national body
    (["اكد", "الشباب", "اهميه", "العمل"], ["اكد", "الشباب", "اهميه", "العمل"], [O] * 4, [O] * 4),
    (["اكد", "الشباب", "والرياضه", "في", "الدوري"], ["اكد", "الشباب", "الرياضه", "في", "الدوري"],
     [O] * 5, [O] * 5),
    # «الهلال الأحمر» is the Red Crescent (orgs_world.txt), not the club «الهلال»
    (["تبرع", "لاعبو", "الدوري", "للهلال", "الاحمر"],
     ["تبرع", "لاعبو", "الدوري", "الهلال", "الاحمر"], [O] * 5, [O, O, O, "B-ORG", "I-ORG"]),
    (["لاعبو", "الدوري", "في", "نادي", "الباحه", "الادبي"],
     ["لاعبو", "الدوري", "في", "نادي", "الباحه", "الادبي"], [O, O, O, O, "B-LOC", O],
     [O, O, O, "B-ORG", "I-ORG", "I-ORG"]),
    (["قرر", "الاتحاد", "الاسيوي", "نقل", "المباراه", "بعد", "الشوط"],
     ["قرر", "الاتحاد", "الاسيوي", "نقل", "المباراه", "بعد", "الشوط"], [O] * 7,
     [O, "B-ORG", "I-ORG", O, O, O, O]),
    # a cup named after its organizer is a competition
    (["احرز", "كاس", "الاتحاد", "الانجليزي"], ["احرز", "كاس", "الاتحاد", "الانجليزي"],
     [O, O, "B-ORG", "I-ORG"], [O, "B-MISC", "I-MISC", "I-MISC"]),
    # foreign clubs: names of several words anywhere, city names in sports only
    (["زار", "ريال", "مدريد"], ["زار", "ريال", "مدريد"], [O, O, "B-LOC"],
     [O, "B-ORG", "I-ORG"]),
    (["تعاقد", "ليفربول", "مع", "لاعب", "الدوري"], ["تعاقد", "ليفربول", "مع", "لاعب", "الدوري"],
     [O, "B-LOC", O, O, O], [O, "B-ORG", O, O, O]),
    (["لاعب", "الدوري", "يقيم", "في", "ليفربول"], ["لاعب", "الدوري", "يقيم", "في", "ليفربول"],
     [O, O, O, O, "B-LOC"], [O, O, O, O, "B-LOC"]),
    # a role, a one-word club and a name: the club, then the person (not a definite word)
    (["قال", "مدرب", "الاتحاد", "فرنانديو", "كوستيلا", "ان"],
     ["قال", "مدرب", "الاتحاد", "فرنانديو", "كوستيلا", "ان"],
     [O, O, "B-ORG", "I-ORG", "I-ORG", O], [O, O, "B-ORG", "B-PER", "I-PER", O]),
    (["قال", "رئيس", "الاتحاد", "الاوروبي", "ان"], ["قال", "رئيس", "الاتحاد", "الاوروبي", "ان"],
     [O, O, "B-ORG", "I-ORG", O], [O, O, "B-ORG", "I-ORG", O]),
]


@pytest.mark.parametrize("norms,stems,crf,expected", PATTERN_TABLE)
def test_org_patterns(norms: list[str], stems: list[str], crf: list[str],
                      expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf, norms) == expected


SITE_TABLE = [
    # natural features, districts and streets keep their head; facilities and towns do not
    (["في", "حي", "الصفا", "بجده"], [O, O, "B-LOC", "B-LOC"], [O, "B-LOC", "I-LOC", "B-LOC"]),
    (["عبر", "قناه", "السويس"], [O, O, "B-LOC"], [O, "B-LOC", "I-LOC"]),
    (["في", "مدينه", "جده"], [O, O, "B-LOC"], [O, O, "B-LOC"]),
    (["في", "الحي", "الشرقي"], [O, O, "B-LOC"], [O, O, "B-LOC"]),
    (["نهر", "محمد", "علي"], [O, "B-PER", "I-PER"], [O, "B-PER", "I-PER"]),
]


@pytest.mark.parametrize("stems,crf,expected", SITE_TABLE)
def test_site_heads(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


NATIONAL_TABLE = [
    # bodies named after a place
    (["في", "بورصه", "نيويورك", "امس"], [O, O, "B-LOC", O], [O, "B-ORG", "I-ORG", O]),
    (["قالت", "شرطه", "مدينه", "لافاييت"], [O, O, O, "B-LOC"],
     [O, "B-ORG", "I-ORG", "I-ORG"]),
    (["عبر", "قناه", "السويس"], [O, O, "B-LOC"], [O, "B-LOC", "I-LOC"]),  # the canal
    # bodies named by a nationality
    (["وقال", "الجيش", "العراقي", "ان"], [O, O, "B-LOC", O], [O, "B-ORG", "I-ORG", O]),
    (["فاز", "المنتخب", "السعودي"], [O] * 3, [O, "B-ORG", "I-ORG"]),
    (["وقال", "الجيش", "ان"], [O] * 3, [O] * 3),  # no nationality: a common noun
    (["الاتحاد", "العام"], [O] * 2, [O] * 2),
]


@pytest.mark.parametrize("stems,crf,expected", NATIONAL_TABLE)
def test_national_bodies(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


def test_head_rule_keeps_a_nisba_read_as_place() -> None:
    stems = ["شارك", "جمعيه", "الفنون", "السعوديه"]
    assert Rules(load_lexicon()).sentence(stems, ["O", "O", "O", "B-LOC"]) == [
        "O", "B-ORG", "I-ORG", "I-ORG"]


def test_sports_report_is_judged_per_document(ner: BuiltinNER) -> None:
    text = ("انتهت مباراة الدوري بفوز كبير بعد ركلات الترجيح . "
            "وقال المدرب إن الفيحاء قدم أداء جيدا . ويرى الشباب مستقبلا أفضل .")
    found = _tag(ner, text)
    assert ("الفيحاء", "ORG") in found
    assert not any(label == "ORG" for _, label in _tag(ner, "ويرى الشباب مستقبلا أفضل ."))


def test_conjunct_splits_persons_and_places_only() -> None:
    rules = Rules(load_lexicon())
    norms = ["زار", "طنطا", "والمنصوره", "و", "وزاره", "العمل", "والتنميه"]
    stems = ["زار", "طنطا", "المنصوره", "و", "وزاره", "العمل", "التنميه"]
    crf = ["O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "I-ORG"]
    assert rules.sentence(stems, crf, norms) == [
        "O", "B-LOC", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"]


def test_proclitic_prefers_the_known_remainder() -> None:
    counts = {"بلال": 300, "لال": 40}.get
    assert proclitic_length("وبلال", lambda w: counts(w, 0)) == 1  # و + بلال, not وب + لال
    count = load_lexicon().count
    assert proclitic_length("وبغداد", count) == 1 and proclitic_length("وبالعراق", count) == 2


def test_proclitic_stays_out_of_mentions(ner: BuiltinNER) -> None:
    found = _tag(ner, "وصل الوفد إلى البصرة ثم عاد ولبغداد مكانة كبيرة .")
    assert all(not text.startswith(("ول", "و")) for text, _ in found)


@pytest.mark.parametrize("stems,expected", [
    # a construct chain opened by a usual name noun
    (["دعم", "صندوق", "تنميه", "الموارد", "البشريه", "في"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
    # … not by any noun: a board of directors is no name
    (["اجتمع", "مجلس", "اداره", "الشركه"], ["O", "O", "O", "O"]),
])
def test_head_rule_construct_chains(stems: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, ["O"] * len(stems)) == expected


def test_conjunct_organization_head_ends_an_organization() -> None:
    rules = Rules(load_lexicon())
    norms = ["دعم", "صندوق", "التنميه", "العقاري", "وشركه", "سمه"]
    stems = ["دعم", "صندوق", "التنميه", "العقاري", "شركه", "سمه"]
    crf = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    # the fund ends before «وشركة», which opens a company of its own
    assert rules.sentence(stems, crf, norms) == ["O", "B-ORG", "I-ORG", "I-ORG", "B-ORG", "I-ORG"]


@pytest.mark.parametrize("stems,crf,expected", [
    (["هاجم", "داعش", "المدينه"], ["O", "B-LOC", "O"], ["O", "B-ORG", "O"]),
    (["قال", "البيت", "الابيض", "ان"], ["O", "B-MISC", "I-MISC", "O"],
     ["O", "B-ORG", "I-ORG", "O"]),
    (["في", "البيت", "الكبير"], ["O"] * 3, ["O"] * 3),
])
def test_known_organizations(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


SURFACE_TABLE = [
    # «علي» before a person is the first name where «على» is written with alef maqsura
    ("وصل علي عبدالله صالح إلى صنعاء على متن طائرة .", ("علي عبدالله صالح", "PER"), True),
    # … not when the person is joined to it by «و»
    ("التقى علي ومحمد بن سلمان على هامش القمة .", ("علي ومحمد بن سلمان", "PER"), False),
    # Latin words leave an Arabic person's name
    ("وقال Previous عبدالعزيز السنيد إن العمل بدأ .", ("عبدالعزيز السنيد", "PER"), True),
]


@pytest.mark.parametrize("text,mention,present", SURFACE_TABLE)
def test_surface_rules(ner: BuiltinNER, text: str, mention: tuple[str, str],
                       present: bool) -> None:
    assert (mention in _tag(ner, text)) is present
    assert not any(t.startswith("Previous") for t, _ in _tag(ner, text))


def test_ali_rule_needs_a_text_that_writes_ala() -> None:
    from arabic_extract.ner.surface import ali_names, distinguishes_ali
    tags = ["O", "O", "B-PER", "I-PER"]
    ali_names(["وصل", "علي", "عبدالله", "صالح"], [False] * 4, tags)
    assert tags == ["O", "B-PER", "I-PER", "I-PER"]
    assert not distinguishes_ali("وصل علي عبدالله صالح الي صنعاء")


def test_function_words_never_make_or_spread_a_mention() -> None:
    from arabic_extract.ner.consistency import drop_function_words, function_words
    sentences = [(["الي", "الغرب", "من", "بغداد"], ["O", "O", "B-LOC", "B-LOC"]),
                 (["وصل", "من", "علي"], ["O", "O", "B-PER"])]
    drop_function_words(sentences, function_words())
    assert [tags for _, tags in sentences] == [["O", "O", "O", "B-LOC"], ["O", "O", "B-PER"]]


def test_spatial_words_make_no_mention_alone() -> None:
    from arabic_extract.ner.consistency import drop_function_words, function_words
    sentences = [(["حول", "نهر", "بو", "قرب", "ميلانو"], ["O", "B-LOC", "I-LOC", "B-LOC", "B-LOC"])]
    drop_function_words(sentences, function_words())
    assert sentences[0][1] == ["O", "B-LOC", "I-LOC", "O", "B-LOC"]


def test_propagation_never_spreads_the_preposition_ali() -> None:
    """«احمد علي» as a name must not make every «على» (normalized «علي») a person."""
    from arabic_extract.ner.consistency import never_spread
    sentences = [(["قال", "احمد", "علي", "ان"], ["O", "B-PER", "I-PER", "O"]),
                 (["غارات", "علي", "مواقع", "احمد", "علي"], ["O"] * 5)]
    propagate(sentences, never_spread())
    assert sentences[1][1] == ["O", "O", "O", "B-PER", "I-PER"]
    plain = [(list(stems), ["O"] * len(stems)) for stems, _ in sentences]
    plain[0] = sentences[0]
    propagate(plain)  # without the list, the surname shortcut would spread «علي»
    assert plain[1][1][1] == "B-PER"


def test_a_bare_head_is_no_name_but_a_definite_org_head_can_be() -> None:
    from arabic_extract.ner.consistency import bare_heads, drop_bare_heads
    heads = bare_heads(load_lexicon())
    sentences = [(["في", "قصر", "السلام"], ["O", "B-LOC", "O"]),
                 (["قال", "الشيخ", "صالح"], ["O", "B-PER", "B-PER"]),
                 (["صوت", "الكونغرس"], ["O", "B-ORG"]),
                 (["جامعه", "الملك", "سعود"], ["B-ORG", "I-ORG", "I-ORG"])]
    drop_bare_heads(sentences, heads)
    assert [tags for _, tags in sentences] == [
        ["O", "O", "O"], ["O", "O", "B-PER"], ["O", "B-ORG"], ["B-ORG", "I-ORG", "I-ORG"]]
    assert "الرائد" not in heads  # a title word and a football club
    assert {"خبيران", "المسؤولين", "وزيرين"} <= heads  # duals and plurals of roles
    assert "دان" not in heads  # «د» (doctor) is too short to give forms


@pytest.mark.parametrize("word,stem", [
    ("للبنان", "لبنان"),    # ل + a name starting with ل: «البنان» is rare
    ("للعراق", "العراق"),   # ل + ال with the alef not written
    ("للندن", "لندن"),
])
def test_double_lam_reading_follows_counts(word: str, stem: str) -> None:
    from arabic_extract.ner.clitics import stem_of
    assert stem_of(word, load_lexicon().count) == ("ل", stem)


@pytest.mark.parametrize("stems,crf,expected", [
    # a definite title leaves the start of a person's name
    (["قتل", "القيادي", "ابو", "سياف"], ["O", "B-PER", "I-PER", "I-PER"],
     ["O", "O", "B-PER", "I-PER"]),
    # a comma ends a name
    (["احمد", "العلي", "،", "عبدالهادي"], ["B-PER", "I-PER", "I-PER", "I-PER"],
     ["B-PER", "I-PER", "O", "B-PER"]),
])
def test_titles_and_punctuation_leave_names(stems: list[str], crf: list[str],
                                            expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


def test_conjunct_title_ends_an_organization() -> None:
    norms = ["من", "جبهه", "النصره", "والقيادي", "ابو", "همام"]
    stems = ["من", "جبهه", "النصره", "القيادي", "ابو", "همام"]
    crf = ["O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "I-PER"]
    assert Rules(load_lexicon()).sentence(stems, crf, norms) == [
        "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER"]


def test_a_common_noun_pair_is_no_club_list() -> None:
    norms = ["لاعب", "الدوري", "يدعم", "الشباب", "والشابات"]
    stems = ["لاعب", "الدوري", "يدعم", "الشباب", "الشابات"]
    assert Rules(load_lexicon()).sentence(stems, ["O"] * 5, norms, sports=True) == ["O"] * 5


@pytest.mark.parametrize("text,expected", [
    # a foreign club's name wins over a CRF mention crossing it; letters that only look
    # like proclitics stay in the name, a real «و» leaves it
    ("تعادل بوروسيا دورتموند وكريستال بالاس أمس", ["بوروسيا دورتموند", "كريستال بالاس"]),
    ("خسر وست هام أمام مانشستر سيتي برباعية", ["وست هام", "مانشستر سيتي"]),
])
def test_foreign_clubs_keep_their_written_form(text: str, expected: list[str]) -> None:
    from arabic_extract.document import Document
    from arabic_extract.tokenize import Tokenizer
    doc = BuiltinNER()(Tokenizer()(Document(text=text)))
    assert [(m.text, m.label) for m in doc.mentions] == [(e, "ORG") for e in expected]


def test_listed_places_tag_untagged_words_but_not_ambiguous_ones() -> None:
    from arabic_extract.ner.consistency import listed_places, tag_known_places
    places = listed_places()
    assert {"مومباي", "ملبورن"} <= places
    assert not {"نجد", "السعوديه", "الرباط"} & places  # a verb, an adjective, a ligament
    sentences = [(["زار", "مومباي", "ثم", "ملبورن"], ["O", "O", "O", "O"]),
                 (["حيث", "نجد", "ان", "الرباط", "الصليبي"], ["O"] * 5)]
    tag_known_places(sentences, places)
    assert [tags for _, tags in sentences] == [["O", "B-LOC", "O", "B-LOC"], ["O"] * 5]


def test_a_place_read_as_a_person_is_a_place_unless_a_surname() -> None:
    from arabic_extract.ner.consistency import known_places, places_not_persons
    places = known_places(load_lexicon())
    sentences = [(["في", "مومباي", "امس"], ["O", "B-PER", "O"])]
    places_not_persons(sentences, places)
    assert sentences[0][1] == ["O", "B-LOC", "O"]
    named = [(["قال", "بن", "رودس"], ["O", "B-PER", "I-PER"]),
             (["واضاف", "رودس", "ان"], ["O", "B-PER", "O"])]
    places_not_persons(named, places | {"رودس"})
    assert named[1][1] == ["O", "B-PER", "O"]
    spread = [(["بزياره", "مومباي"], ["B-PER", "I-PER"]), (["في", "مومباي"], ["O", "O"])]
    propagate(spread, places=places)
    assert spread[1][1] == ["O", "O"]  # a place is not spread as a surname


def test_world_organizations_are_named_whole() -> None:
    """``orgs_world.txt`` names stand whole, also over a shorter CRF mention inside them."""
    from arabic_extract.document import Document
    from arabic_extract.tokenize import Tokenizer
    text = "وقالت وكالة الأمن القومي الأمريكية إن برنامج الأغذية العالمي تلقى دعما"
    doc = BuiltinNER()(Tokenizer()(Document(text=text)))
    found = {(m.text, m.label) for m in doc.mentions}
    assert {("وكالة الأمن القومي الأمريكية", "ORG"), ("برنامج الأغذية العالمي", "ORG")} <= found


def test_listed_places_of_several_words_are_one_mention() -> None:
    from arabic_extract.document import Document
    from arabic_extract.tokenize import Tokenizer
    text = "وعبرت السفن مضيق هرمز ثم قناة السويس نحو البحر الأبيض المتوسط"
    doc = BuiltinNER()(Tokenizer()(Document(text=text)))
    found = {(m.text, m.label) for m in doc.mentions}
    assert {("مضيق هرمز", "LOC"), ("قناة السويس", "LOC"),
            ("البحر الأبيض المتوسط", "LOC")} <= found


def test_an_indefinite_head_with_adjectives_describes_and_does_not_name() -> None:
    from arabic_extract.ner.consistency import bare_heads, drop_descriptions
    lex = load_lexicon()
    sentences = [(["وقعت", "شركه", "صينيه", "عقدا"], ["O", "B-ORG", "I-ORG", "O"]),
                 (["افتتح", "بنك", "اسلامي"], ["O", "B-ORG", "I-ORG"]),
                 (["وقعت", "شركه", "هيونداي"], ["O", "B-ORG", "I-ORG"])]
    drop_descriptions(sentences, bare_heads(lex), lex.count)
    assert [tags for _, tags in sentences] == [
        ["O"] * 4, ["O"] * 3, ["O", "B-ORG", "I-ORG"]]


def test_a_name_goes_on_through_a_letter_read_as_the_preposition_ba() -> None:
    from arabic_extract.ner.boundaries import join_split_names
    norms = ["وقالت", "ساندرا", "باركر", "ان"]
    stems = ["قالت", "ساندرا", "اركر", "ان"]
    tags = ["O", "B-PER", "B-PER", "O"]
    join_split_names(norms, stems, tags)
    assert tags == ["O", "B-PER", "I-PER", "O"]
    tags = ["O", "B-PER", "O", "B-LOC"]  # only persons
    join_split_names(["وصل", "محمد", "الي", "بغداد"], ["وصل", "محمد", "الي", "غداد"], tags)
    assert tags == ["O", "B-PER", "O", "B-LOC"]


def test_a_known_family_name_in_nisba_form_ends_the_name() -> None:
    from arabic_extract.ner.boundaries import extend_surnames
    from arabic_extract.ner.national import nationalities
    lex = load_lexicon()
    cases = [(["قال", "احمد", "سالم", "الغامدي", "ان"], ["O", "B-PER", "I-PER", "I-PER", "O"]),
             (["سجل", "ميسي", "الارجنتيني", "هدفا"], ["O", "B-PER", "O", "O"]),  # nationality
             (["قدم", "سالم", "الفني", "عرضا"], ["O", "B-PER", "O", "O"])]  # an adjective
    for stems, expected in cases:
        tags = ["O", "B-PER"] + (["I-PER"] if stems[2] == "سالم" else [])
        tags += ["O"] * (len(stems) - len(tags))
        extend_surnames(stems, tags, lex, nationalities())
        assert tags == expected, stems
    sentences = [(["عبدالله", "الثاني"], ["B-PER", "I-PER"]), (["الفصل", "الثاني"], ["O", "O"])]
    from arabic_extract.ner.consistency import never_spread
    propagate(sentences, never_spread())
    assert sentences[1][1] == ["O", "O"]  # a regnal ordinal is not spread as a surname


def test_the_preposition_ala_leaves_a_person_mention() -> None:
    from arabic_extract.ner.surface import trim_preposition
    tags = ["O", "B-PER", "I-PER", "O"]
    trim_preposition(["وشدد", "البكري", "على", "أن"], tags)
    assert tags == ["O", "B-PER", "O", "O"]
    tags = ["O", "B-PER", "I-PER"]  # the name «علي» (with ya) stays
    trim_preposition(["قال", "محمد", "علي"], tags)
    assert tags == ["O", "B-PER", "I-PER"]


def test_a_field_is_no_organization() -> None:
    """«الأمن الغذائي» names a field; «الأمن العام» names a body (mined phrases both)."""
    rules = Rules(load_lexicon())
    assert ("الامن", "الغذائي") in rules.fields and ("الامن", "العام") not in rules.fields
    stems = ["تحقيق", "الامن", "الغذائي", "في", "المملكه"]
    assert rules.sentence(stems, ["O"] * 5)[1:3] == ["O", "O"]


def test_god_alone_is_misc_and_never_spread() -> None:
    """«قال الله تعالى»: no person; «نصر الله» does not make every «الله» a person."""
    from arabic_extract.ner.consistency import divine_names, misc_alone, never_spread
    sentences = [(["قال", "حسن", "نصر", "الله", "ان"], ["O", "B-PER", "I-PER", "I-PER", "O"]),
                 (["قال", "الله", "تعالي"], ["O", "B-PER", "O"]),
                 (["والله", "اعلم"], ["O", "O"])]
    misc_alone(sentences, divine_names())
    propagate(sentences, never_spread())
    assert [tags for _, tags in sentences] == [["O", "B-PER", "I-PER", "I-PER", "O"],
                                               ["O", "B-MISC", "O"], ["O", "O"]]


def test_latin_words_leave_the_start_of_any_arabic_mention() -> None:
    from arabic_extract.ner.surface import trim_latin
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
    trim_latin(["Next", "Previous", "عبدالعزيز", "السنيد", "و", "شركة", "EURO", "SPORT"], tags)
    assert tags == ["O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]


def test_a_name_never_starts_with_a_particle_left_by_proclitic_stripping(
        ner: BuiltinNER) -> None:
    """«فان غال», «واين روني»: the whole first word; «فإن»'s hamza marks the particle."""
    from arabic_extract.document import Document
    from arabic_extract.tokenize import Tokenizer
    doc = ner(Tokenizer()(Document(text="لكن المدرب فان غال تعهد بالعودة، وقال واين روني "
                                        "قائد مانشستر إن الفوز مهم.")))
    texts = [m.text for m in doc.mentions if m.label == "PER"]
    assert "فان غال" in texts and "واين روني" in texts
    from arabic_extract.ner.builtin import PARTICLES
    assert "إن" not in PARTICLES and "أين" not in PARTICLES


def test_a_detached_proclitic_ends_no_name(ner: BuiltinNER) -> None:
    from arabic_extract.document import Document
    from arabic_extract.tokenize import Tokenizer
    doc = ner(Tokenizer()(Document(text='وعبر الفنان عمر الجاسر كـ"أكثر الشخصيات تأثيرا" '
                                        "عن سعادته.")))
    assert [m.text for m in doc.mentions if m.label == "PER"] == ["عمر الجاسر"]


def test_a_blessing_formula_ends_a_name() -> None:
    from arabic_extract.ner.boundaries import trim_from
    from arabic_extract.ner.rules import _strong
    stems = ["الملك", "عبدالله", "بن", "عبدالعزيز", "رحمه", "الله", "و", "رحمه", "الحويطي"]
    tags = ["O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER"]
    trim_from(stems, tags, _strong("blessings.txt"))
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER"]


def test_a_listed_name_keeps_letters_that_only_look_like_proclitics(ner: BuiltinNER) -> None:
    """«وليد» is a listed name and «يد» is not: no و + ل is stripped from it; a real
    proclitic before a listed name («ومحمد») or the article («والجيش») still goes."""
    from arabic_extract.document import Document
    from arabic_extract.ner.builtin import listed_whole
    from arabic_extract.tokenize import Tokenizer
    doc = ner(Tokenizer()(Document(text="واستقبل الوزير أمس المهندس وليد الفرحاني في مكتبه "
                                        "بحضور محمد الدوسري.")))
    texts = {m.text for m in doc.mentions if m.label == "PER"}
    assert "وليد الفرحاني" in texts and "يد الفرحاني" not in texts
    words = ner.lexicon.words
    token = Tokenizer()(Document(text="ومحمد")).tokens[0]
    assert not listed_whole(words, token, 1, "PER")
    token = Tokenizer()(Document(text="والجيش")).tokens[0]
    assert not listed_whole(words, token, 1, "ORG")


def test_a_word_with_tanween_is_no_part_of_a_name() -> None:
    from arabic_extract.ner.surface import trim_tanween
    surfaces = ["أمر", "الملك", "خالد", "شخصياً", "بذلك", "وأرضاً", "ريالاً"]
    tags = ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "B-MISC"]
    trim_tanween(surfaces, tags)
    assert tags == ["O", "O", "B-PER", "O", "O", "O", "B-MISC"]


def test_two_names_after_a_dual_head(ner: BuiltinNER) -> None:
    """«محافظتي X وY»: two places; «فريقي X وY»: two clubs, whatever the CRF said."""
    from arabic_extract.ner.duals import dual_heads, dual_rule
    stems = ["في", "محافظتي", "«", "الزرقون", "وادميت", "»"]
    norms = ["في", "محافظتي", "«", "الزرقون", "وادميت", "»"]
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O"]
    dual_rule(stems, norms, tags, dual_heads(), lambda w: 0)
    assert tags == ["O", "O", "O", "B-LOC", "B-LOC", "O"]
    stems = ["لعب", "فريقي", "برانكو", "ليدو", "الاسباني"]
    norms = ["لعب", "لفريقي", "برانكو", "وليدو", "الاسباني"]
    tags = ["O", "O", "B-LOC", "B-MISC", "O"]
    dual_rule(stems, norms, tags, dual_heads(), lambda w: 0)
    assert tags == ["O", "O", "B-ORG", "B-ORG", "O"]
    # common words after a dual that means «my …» are no names
    stems = ["مدينتي", "الكبيره", "الجميله"]
    norms = ["مدينتي", "الكبيره", "والجميله"]
    tags = ["O"] * 3
    dual_rule(stems, norms, tags, dual_heads(), lambda w: 5000)
    assert tags == ["O"] * 3


def test_a_rare_name_conjoined_to_a_mention_loses_its_waw(ner: BuiltinNER) -> None:
    """«أرمينيا وأذربيجان»: the counts keep «و» on a rare name; after a mention of the same
    type with only a space or a comma between, it is the conjunction."""
    from arabic_extract.document import Document
    from arabic_extract.tokenize import Tokenizer
    doc = ner(Tokenizer()(Document(text="وتمتد الحدود بين أرمينيا وأذربيجان وطاجيكستان منذ "
                                        "عقود، وشارك لاعبون من بنين، وبوركينافاسو، وغانا.")))
    texts = [m.text for m in doc.mentions if m.label == "LOC"]
    assert texts == ["أرمينيا", "أذربيجان", "طاجيكستان", "بنين", "بوركينافاسو", "غانا"]


# (norms, CRF tags, tags after the rules): made-up names after a rank or honorific
HONORIFIC_TABLE = [
    # rank + untagged 3-word name closed by «أن»
    (["اوضح", "مساعد", "المدير", "اللواء", "نشوان", "صبري", "الدعلوج", "ان"], ["O"] * 8,
     ["O"] * 4 + ["B-PER", "I-PER", "I-PER", "O"]),
    # «الفريق أول» + name closed by a title
    (["حضر", "الفريق", "اول", "صدقي", "زهران", "القائد", "العام"], ["O"] * 7,
     ["O", "O", "O", "B-PER", "I-PER", "O", "O"]),
    # «د.» + name closed by a comma
    (["وقال", "د", ".", "نشوان", "الدعلوج", "،", "مدير"], ["O"] * 7,
     ["O", "O", "O", "B-PER", "I-PER", "O", "O"]),
    # the CRF stopped at a given name: the family name before «:» joins it
    (["قال", "المهندس", "خالد", "محفوظ", "زرنقل", ":"], ["O", "O", "B-PER", "I-PER", "O", "O"],
     ["O", "O", "B-PER", "I-PER", "I-PER", "O"]),
    # a common word after the name, or a one-word mention, is left alone
    (["الدكتور", "جمال", "الدعلوج", "المحاضر", "،"], ["O", "B-PER", "I-PER", "O", "O"],
     ["O", "B-PER", "I-PER", "O", "O"]),
    (["الامير", "خالد", "ستخرج", "الملفات", "،"], ["O", "B-PER", "O", "O", "O"],
     ["O", "B-PER", "O", "O", "O"]),
    # no given name first, or a proclitic inside: no name
    (["الاستاذ", "نوعيه", "الشاي", "،"], ["O"] * 4, ["O"] * 4),
    (["المهندس", "ناصر", "الدعلوج", "بتاخر", "المقاول", "،"], ["O"] * 6, ["O"] * 6),
]


@pytest.mark.parametrize("norms,crf,expected", HONORIFIC_TABLE)
def test_names_after_honorifics(norms: list[str], crf: list[str], expected: list[str]) -> None:
    stems = [w[1:] if w in ("وقال", "بتاخر") else w for w in norms]
    assert Rules(load_lexicon()).sentence(stems, crf, norms) == expected


def test_company_legal_form_joins_name() -> None:
    """«وإخوانه», «المحدودة», «القابضة» after a company's name belong to it (made-up name)."""
    norms = ["مع", "شركه", "زرنقل", "واخوانه", "المحدوده", "و", "شركه", "فلتروكس", "القابضه"]
    stems = ["مع", "شركه", "زرنقل", "اخوانه", "المحدوده", "و", "شركه", "فلتروكس", "القابضه"]
    crf = ["O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    assert Rules(load_lexicon()).sentence(stems, crf, norms) == [
        "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
    # a person's «وإخوانه» stays out
    crf = ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "O"]
    assert Rules(load_lexicon()).sentence(["مع", "سالم", "الدعلوج", "اخوانه"] + stems[4:], crf,
                                          ["مع", "سالم", "الدعلوج"] + norms[3:])[3] == "O"


# Guards found by the rule ablation on ANERcorp (made-up sentences)
GUARD_TABLE = [
    # «سا…» shorter than «سأ» + imperfect is a name, not a future verb («سامر»: not «سـ أمر»)
    (["التقي", "هاني", "سامر", "امس"], ["O", "B-PER", "I-PER", "O"],
     ["O", "B-PER", "I-PER", "O"]),
    # … while a future verb still ends the mention
    (["التحالف", "الدولي", "سيغادر", "غدا"], ["B-ORG", "I-ORG", "I-ORG", "O"],
     ["B-ORG", "I-ORG", "O", "O"]),
    # a headless mined phrase opened by a common noun is no organization …
    (["لدعم", "التعاون", "الاقتصادي", "بين", "البلدين"], ["O"] * 5, ["O"] * 5),
    # … one opened by a body noun is
    (["واعلنت", "الشرطه", "المصريه", "ان"], ["O"] * 4, ["O", "B-ORG", "I-ORG", "O"]),
    (["وذكرت", "الاركان", "العامه", "ان"], ["O"] * 4, ["O", "B-ORG", "I-ORG", "O"]),
    # an adjective of time or praise ends an organization name
    (["خلال", "جلسه", "مجلس", "الوزراء", "الاسبوعيه"], ["O"] * 5,
     ["O", "O", "B-ORG", "I-ORG", "O"]),
    (["وقالت", "شركه", "السيارات", "الالمانيه", "الرائده"], ["O"] * 5,
     ["O", "B-ORG", "I-ORG", "I-ORG", "O"]),
]


@pytest.mark.parametrize("stems,crf,expected", GUARD_TABLE)
def test_rule_guards(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf, stems) == expected


def test_a_conjunct_is_no_name_after_an_org_head() -> None:
    """«شرطة وجرح»: a word joined by «و» opens a new clause; «شركة وورلد كوم» is a name."""
    rules = Rules(load_lexicon())
    stems = ["اصيب", "ضابطا", "شرطه", "وجرح", "اخرون"]
    assert rules.sentence(stems, ["O"] * 5, stems) == ["O"] * 5
    stems = ["وقعت", "شركه", "وورلد", "كوم", "اتفاقيه"]
    assert rules.sentence(stems, ["O"] * 5, stems) == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_attached_places_in_sports_reports() -> None:
    from arabic_extract.ner.attached import tag_attached_places, town_places
    from arabic_extract.ner.consistency import listed_places
    towns = town_places(listed_places())
    assert "الطائف" in towns and "الرياض" not in towns  # «الرياض» is a club too
    norms = [["سافر", "الفريق", "للطائف", "ثم", "الطائف", "وللرياض", "بالقطيف"]]
    sentences = [(["سافر", "الفريق", "الطائف", "ثم", "الطائف", "الرياض", "القطيف"], ["O"] * 7)]
    tag_attached_places(norms, sentences, towns)
    # ل + الطائف (alef elided) and ب + القطيف are the towns; a bare «الطائف» may be the club
    assert sentences[0][1] == ["O", "O", "B-LOC", "O", "O", "O", "B-LOC"]


@pytest.mark.parametrize("stems,crf,expected", [
    # a facility head + a quoted definite name: one place, head and quote marks included
    (["في", "ملعب", '"', "النخيل", '"', "امس"], ["O"] * 6,
     ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"]),
    # … also over the CRF's reading of the quoted name as an organization
    (["مستشفي", "«", "زهرات", "»"], ["O", "O", "B-ORG", "O"],
     ["B-LOC", "I-LOC", "I-LOC", "I-LOC"]),
    # a quoted adjective names nothing; a channel is an organization, not a facility
    (["طريق", '"', "حيوي", '"'], ["O"] * 4, ["O"] * 4),
    (["قناه", '"', "الزرقاء", '"'], ["O"] * 4, ["O", "O", "B-ORG", "O"]),
    # a closing mark before the head opens no name
    (["ساحه", "»", "و", "«"], ["O"] * 4, ["O"] * 4),
])
def test_quoted_facilities(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


@pytest.mark.parametrize("stems,crf,expected", [
    # a plural common noun before a name leaves the mention
    (["سمعنا", "اغاني", "كاظم"], ["O", "B-PER", "I-PER"], ["O", "O", "B-PER"]),
    # … and an adjective after it names nothing
    (["في", "قري", "جبليه"], ["O", "B-LOC", "I-LOC"], ["O", "O", "O"]),
])
def test_plural_openers(stems: list[str], crf: list[str], expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf) == expected


def test_latin_script_names() -> None:
    """A listed Latin-script organization is tagged; a Latin-only gloss is dropped unless an
    organization head comes shortly before it; Latin place names stay."""
    from arabic_extract.ner.latin import latin_rules
    surfaces = ["وبث", "البرنامج", "على", "CNN", "و", "(", "Deep", "Market", ")"]
    tags = ["O", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    latin_rules(surfaces, surfaces, tags)
    assert tags == ["O", "O", "O", "B-ORG", "O", "O", "O", "O", "O"]
    surfaces = ["اعلنت", "شركه", "الابحاث", "الكنديه", '"', "NorthPoll", '"', "في", "Oslo"]
    tags = ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "B-LOC"]
    latin_rules(surfaces, surfaces, tags)
    assert tags == ["O", "O", "O", "O", "O", "B-ORG", "O", "O", "B-LOC"]
    surfaces = ["قال", "الباحث", "Tom", "Bell", "ان"]
    tags = ["O", "O", "B-PER", "I-PER", "O"]
    latin_rules(surfaces, surfaces, tags)
    assert tags == ["O"] * 5


def test_latin_brand_in_an_article() -> None:
    assert ("MBC", "ORG") in _tag(BuiltinNER(), "وعرض المسلسل الجديد على MBC خلال شهر رمضان.")


def test_nisba_surname_after_an_artist_title() -> None:
    """«occupation + given name + nationality adjective» is one name; not without the
    occupation, nor after a ruler's title."""
    from arabic_extract.ner.national import nationalities
    from arabic_extract.ner.nisba_names import nisba_surnames
    lex, nat = load_lexicon(), nationalities()
    stems = ["وغني", "المطرب", "سامر", "اليمني", "اغنيه"]
    tags = ["O", "O", "B-PER", "O", "O"]
    nisba_surnames(stems, tags, lex, nat)
    assert tags == ["O", "O", "B-PER", "I-PER", "O"]
    for stems in (["وغني", "سامر", "اليمني", "اغنيه"], ["زار", "الملك", "سامر", "اليمني"]):
        tags = ["O"] * len(stems)
        tags[stems.index("سامر")] = "B-PER"
        before = list(tags)
        nisba_surnames(stems, tags, lex, nat)
        assert tags == before


CONJUNCT_ORG_TABLE = [
    # «head + noun + و + noun + adjective» is one name
    (["اعلنت", "هيئه", "الزراعه", "والمياه", "الوطنيه", "امس"],
     ["O", "B-ORG", "I-ORG", "O", "O", "O"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
    (["قالت", "الهيئه", "العامه", "للبيئه", "والتراث", "ان"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"], ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
    # a title, a sound plural or a noun after an adjective opens a new phrase
    (["رئيس", "جامعه", "الجنوب", "والدكتور", "سالم"],
     ["O", "B-ORG", "I-ORG", "O", "B-PER"], ["O", "B-ORG", "I-ORG", "O", "B-PER"]),
    (["زار", "كليه", "الطب", "والموظفين"], ["O", "B-ORG", "I-ORG", "O"],
     ["O", "B-ORG", "I-ORG", "O"]),
    (["زار", "مجلس", "التعاون", "الخليجي", "والرئيس"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O"]),
]


@pytest.mark.parametrize("stems,crf,expected", CONJUNCT_ORG_TABLE)
def test_organization_names_go_on_through_a_conjunct(stems: list[str], crf: list[str],
                                                     expected: list[str]) -> None:
    assert Rules(load_lexicon()).sentence(stems, crf, stems) == expected


def test_generic_bodies_are_no_organizations() -> None:
    from arabic_extract.ner.generic import drop_generic_bodies, generic_bodies
    sentence = (["وافق", "مجلس", "الاداره", "علي", "خطه", "شركه", "النور"],
                ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG"])
    drop_generic_bodies([sentence], generic_bodies())
    assert sentence[1] == ["O", "O", "O", "O", "O", "B-ORG", "I-ORG"]
    ner = BuiltinNER()
    assert not any(label == "ORG" for _, label in
                   _tag(ner, "واجتمع مجلس الإدارة أمس برئاسة سالم ."))


# a facility, institution or award named after a person: made-up names
EPONYM_TABLE = [
    # the CRF reads «خالد الدولي» as a person; the airport is one place
    (["وصل", "مطار", "الملك", "خالد", "الدولي", "فجر"], ["O", "O", "O", "B-PER", "I-PER", "I-PER"],
     ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"]),
    # the name goes on through «بن»; a word with «ب» after it is no adjective of the name
    (["مستشفي", "الامير", "سامي", "بن", "رائد", "النادي"],
     ["O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"],
     ["B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "O"]),
    (["جامعه", "الملك", "سامي", "الطبيه"], ["O", "O", "B-PER", "O"],
     ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]),
    # an award is no entity (MISC); a person without a facility head stays a person
    (["جائزه", "الامير", "سامي"], ["O", "O", "B-PER"], ["B-MISC", "I-MISC", "I-MISC"]),
    (["زار", "الامير", "سامي"], ["O", "O", "B-PER"], ["O", "O", "B-PER"]),
]


@pytest.mark.parametrize("stems,crf,expected", EPONYM_TABLE)
def test_facilities_named_after_a_person(stems: list[str], crf: list[str],
                                        expected: list[str]) -> None:
    from arabic_extract.ner.eponyms import eponym_heads, eponym_rule, eponym_titles
    norms = ["ب" + s if s == "النادي" else s for s in stems]
    tags = list(crf)
    eponym_rule(stems, norms, tags, eponym_heads(), eponym_titles(), frozenset())
    assert tags == expected


# an airport or port named by a place: made-up names
PORT_TABLE = [
    # the CRF's «سامرية الدولي بالكامل» becomes the airport, head included
    (["تشغيل", "مطار", "سامريه", "الدولي", "الكامل"], ["O", "O", "B-ORG", "I-ORG", "I-ORG"],
     ["O", "B-LOC", "I-LOC", "I-LOC", "O"]),
    (["وصل", "ميناء", "ترمالا", "الدولي"], ["O", "O", "B-LOC", "O"],
     ["O", "B-LOC", "I-LOC", "I-LOC"]),
    # without «الدولي» the place stays a place
    (["وصل", "مطار", "ترمالا", "امس"], ["O", "O", "B-LOC", "O"], ["O", "O", "B-LOC", "O"]),
]


@pytest.mark.parametrize("stems,crf,expected", PORT_TABLE)
def test_airports_named_by_a_place(stems: list[str], crf: list[str],
                                   expected: list[str]) -> None:
    from arabic_extract.ner.ports import port_rule
    norms = ["ب" + s if s == "الكامل" else s for s in stems]
    tags = list(crf)
    port_rule(stems, norms, tags)
    assert tags == expected
