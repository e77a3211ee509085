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


@pytest.mark.parametrize("rule, text, without", [
    ("roles", "وقال الصياد محمد العتيبي إن البحر هادئ.", "الصياد محمد العتيبي"),
    ("edge_verbs", "وسخر خالد الفيصل من القرار.", "وسخر"),
    ("leadership", "تتولى قيادة المنتخب مهمة صعبة.", "قيادة المنتخب"),
])
def test_late_rules_are_switched_off_by_name(rule: str, text: str, without: str) -> None:
    import arabic_extract
    on = {m.text for m in arabic_extract.load()(text).mentions}
    off = {m.text for m in arabic_extract.load(options={"ner": {"disable": [rule]}})(text).mentions}
    assert without not in on and without in off


def test_unknown_late_rule_is_a_config_error() -> None:
    from arabic_extract.errors import PipelineConfigError
    with pytest.raises(PipelineConfigError, match="known: formulas"):
        BuiltinNER(disable=["no_such_rule"])


def test_wa_plus_short_present_verb_inside_a_person_is_no_conjunction() -> None:
    """«كريس ويفر»: «و» + «يفر» (a verb form) is a letter of the foreign name; «ويوسف»,
    «وليد» (two proclitics stripped) still open a new person."""
    from arabic_extract.ner.boundaries import split_conjuncts
    for norms, stems, expected in [
            (["كريس", "ويفر"], ["كريس", "يفر"], ["B-PER", "I-PER"]),
            (["محمد", "ويوسف"], ["محمد", "يوسف"], ["B-PER", "B-PER"]),
            (["خالد", "وليد"], ["خالد", "يد"], ["B-PER", "B-PER"])]:
        tags = ["B-PER", "I-PER"]
        split_conjuncts(norms, stems, tags)
        assert tags == expected, norms
