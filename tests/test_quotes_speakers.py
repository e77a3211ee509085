"""Quote attribution: which phrases can be a speaker (quotes/plausible.py), nouns read
as cues, clause boundaries and speakers that refer back."""
from __future__ import annotations


import pytest

from arabic_extract.quotes.cues import lookup
from arabic_extract.tokenize import tokenize

from .quotes_support import run, speaker_name


# --- plausible unnamed speakers (quotes/plausible.py) ------------------------------------

# (text, expected (speaker entity's name or unnamed speaker text) of each statement)
PLAUSIBLE_SPEAKERS = [
    # an honorific before a title: the name after it speaks
    ("أوضح معالي وزير الخارجية أحمد سالم أن الزيارة ناجحة.", ["أحمد سالم"]),
    # an honorific with a pronoun refers to the person named before
    ("استقبل أحمد سالم الوفد. وأكد فضيلته أن الصبر من القوة.", ["أحمد سالم"]),
    ("زارت ليلى حسن المعرض. وأشارت سعادتها إلى أن المعرض ناجح.", ["ليلى حسن"]),
    # an addressee after an unnamed source is not part of the speaker phrase
    ("وقالت مصادر محلية لـ«الصحيفة» إن القصف استمر ليلا.", ["مصادر محلية"]),
    ("وقال مصدر مطلع لمراسلنا إن الصفقة اكتملت.", ["مصدر مطلع"]),
    ("ذكرت تقارير قبل يومين أن الفريق يريد مدربا جديدا.", ["تقارير"]),
    # a prepositional phrase after a title is not a missed name
    ("صرح المتحدث الرسمي بوزارة الصحة أن الحالات تراجعت.",
     ["المتحدث الرسمي بوزارة الصحة"]),
    ("وأعرب الملك باسمه واسم شعبه عن أصدق التهاني والتبريكات للرئيس.", ["الملك"]),
    # a preposition with a pronoun is the addressee: the previous speaker goes on
    ("وقال أحمد سالم إن الطريق مغلق. وقال لي إن الإصلاح يستغرق أسبوعا.",
     ["أحمد سالم", "أحمد سالم"]),
    # an accusative adverbial after the cue: the previous speaker goes on
    ("وقال خالد العمر إن الموسم صعب. وقال وفقاً لما نقلته الصحف: «سنعود أقوى هذا الموسم»",
     ["خالد العمر", "خالد العمر"]),
    # an adverb or «بحسب» after the cue is no subject: the previous speaker goes on
    ("وقال أحمد سالم إن الاتفاق مهم. وقال بحسب الصحيفة إن الزيارة ناجحة.",
     ["أحمد سالم", "أحمد سالم"]),
    # a verbal noun after the cue is its object: the previous speaker goes on
    ("وقال أحمد سالم إن الاتفاق مهم. وأكد دعم بلاده للمعارضة المعتدلة.",
     ["أحمد سالم", "أحمد سالم"]),
]


@pytest.mark.parametrize("text,speakers", PLAUSIBLE_SPEAKERS)
def test_plausible_speakers(text: str, speakers: list[str]) -> None:
    doc = run(text)
    assert [speaker_name(doc, k) for k in range(len(doc.statements))] == speakers


NOT_SPEECH = [
    # an oath inside unmarked direct speech is no speaker
    "قال له: أنا صاحبك اللي تقول, ووالله أنك طعنتني في رجلي.",
    # a conjunction cannot start a speaker («ذكراً أو أنثى»: a noun, not a verb)
    "يحق لكل مواطن ذكراً أو أنثى أن ينتخب من يمثله في المجلس.",
    # cue forms read as nouns after a number or a quantifier, or with their feminine
    "وقبلت الجامعة 1500 طالب أجنبي أن يسكنوا في المدينة الجامعية.",
    "لم يتوافر لأي طالب وطالبة أن يسجل في الموعد.",
    # an accusative object is no subject
    "قد يعتبر أمرًا مستهجنًا أن ينام المرء في سيارة أجرة.",
    # a reflexive object and a vocative
    "لأنك تذكر نفسك بأنك في مدينة كبيرة.",
    "تذكر عزيزي المواطن أن النظافة مسؤولية الجميع.",
    # a generic hypothetical speaker
    "قد يقول قائل إن التجهيزات ليست من مهام الأهالي.",
    # a citation of God or the Prophet is no reported speech of the article
    "وقال تعالى: «وقفوهم إنهم مسؤولون».",
    # «وتبين أن»: «it turned out that», impersonal
    "وفحصت الشرطة السيارة وتبين أن السائق كان مسرعا.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_implausible_speakers_give_no_statement(text: str) -> None:
    assert run(text).statements == ()


def test_tanween_makes_a_cue_form_a_noun() -> None:
    assert lookup(tokenize("طالبًا")[0]) is None and lookup(tokenize("طالب")[0]) is not None
    assert lookup(tokenize("مؤكداً")[0]) is not None  # a participle takes tanween


def test_a_title_refers_back_only_to_a_person_seen_with_it() -> None:
    """«الوزير» after a minister speaks is that minister; «الملك» after a party leader speaks
    is not the party leader (he was seen only with another title)."""
    same = run("وقال وزير الخارجية أحمد سالم إن المحادثات مثمرة. وأكد الوزير أن الزيارة ناجحة.")
    assert [st.speaker.name for st in same.statements] == ["أحمد سالم", "أحمد سالم"]
    other = run("وقال رئيس الحزب أحمد سالم إن المحادثات مثمرة. وأكد الملك أن الزيارة ناجحة.")
    assert other.statements[1].speaker.entity is None
    assert other.statements[1].speaker.text == "الملك"


@pytest.mark.parametrize("text,content", [
    # the cue's preposition after the tail of a long subject opens the complement
    ("كشفت مصادر مطلعة في الأمانة العامة للجامعة العربية عن خطة جديدة لتأمين الحدود.",
     "خطة جديدة لتأمين الحدود"),
    # … but not after the complement's own noun («حرص … على»)
    ("أكد أحمد سالم حرص حكومته على دعم الصادرات إلى بغداد.",
     "حرص حكومته على دعم الصادرات إلى بغداد"),
])
def test_noun_complement_after_the_preposition(text: str, content: str) -> None:
    assert [s.content.text for s in run(text).statements] == [content]


def test_a_time_clause_is_no_reported_content() -> None:
    """«بعد أن», «قبل أن» open time clauses: the cue's complement is the noun after it."""
    doc = run("وأكد أحمد سالم دعم الصادرات إلى بغداد بعد أن ارتفعت الأسعار في الأسواق.")
    assert [s.content.text for s in doc.statements] == [
        "دعم الصادرات إلى بغداد بعد أن ارتفعت الأسعار في الأسواق"]


def test_a_relative_word_is_no_speaker() -> None:
    """«تؤكد بما لا يدع مجالا للشك أن …»: «بما» opens a fixed phrase, it names nobody."""
    doc = run("والانتصارات في بغداد تؤكد بما لا يدع مجالا للشك أن القوات في وضع قوي.")
    assert all(s.speaker is None or s.speaker.text != "بما" for s in doc.statements)


def test_a_verb_joined_by_wa_is_no_subject() -> None:
    from arabic_extract.quotes.plausible import _conjoined_verb
    assert _conjoined_verb("ويستهدف")  # «يهدد ويستهدف أمن البلاد»
    assert not _conjoined_verb("ويليام") and not _conjoined_verb("وليد")  # names


def test_a_cue_form_after_a_preposition_is_its_verbal_noun() -> None:
    """«مع توقع الخبراء …»: no verb follows «مع»; «منذ أعلن» and «من قال» still speak."""
    assert run("وارتفعت الأسعار مع توقع الخبراء أن الطلب سيزيد في بغداد.").statements == ()
    doc = run("ولم يتغير شيء منذ أعلن أحمد سالم أن المحادثات انتهت.")
    assert [speaker_name(doc, 0), doc.statements[0].content.text] == [
        "أحمد سالم", "المحادثات انتهت"]


def test_a_plural_cue_never_refers_back_to_one_person() -> None:
    """«مشيرين إلى أن …» after a person speaks: the plural speakers are someone else."""
    doc = run("وقال أحمد سالم إن المحادثات انتهت. كما أعربوا عن إعجابهم بالمعرض، "
              "مشيرين إلى أن التنظيم كان جيدا.")
    named = [s.cue.text for i, s in enumerate(doc.statements)
             if speaker_name(doc, i) == "أحمد سالم"]
    assert named == ["وقال"]
    doc = run("وقال أحمد سالم إن المحادثات انتهت، مشيرا إلى أن الاتفاق قريب.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == [
        "أحمد سالم", "أحمد سالم"]


def test_a_subject_after_a_clause_opener_speaks() -> None:
    """«بيد أن السلطات أكدت أن …»: SVO after «أن»; not across a verb («أن X تعامل … عندما قال»)."""
    doc = run("وقال أحمد سالم إن المحادثات انتهت، بيد أن وزارة الداخلية أكدت أن القوات جاهزة.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == [
        "أحمد سالم", "وزارة الداخلية"]
    doc = run("وقال أحمد سالم إن المحادثات انتهت. وشكا من أن وزارة الداخلية تعاملت مع الأزمة "
              "بتهاون عندما قال إن القوات جاهزة.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == [
        "أحمد سالم", "أحمد سالم"]


def test_a_denied_cue_reports_nothing() -> None:
    assert run("ولم يوضح أحمد سالم أن المحادثات انتهت.").statements == ()
    assert run("ولن يعلن أحمد سالم أن المحادثات انتهت.").statements == ()
    assert len(run("وأعلن أحمد سالم أن المحادثات انتهت.").statements) == 1


def test_scripture_cited_is_no_speaker_to_continue() -> None:
    doc = run("وقال أحمد سالم إن الصبر واجب، قال جل وعلا: «واصبر وما صبرك إلا بالله». "
              "وأضاف أن المؤمن قوي.")
    assert [(s.cue.text, speaker_name(doc, i)) for i, s in enumerate(doc.statements)] == [
        ("وقال", "أحمد سالم"), ("وأضاف", "أحمد سالم")]


def test_the_preposition_bayna_governs_no_participle() -> None:
    """«بين أظهر المسلمين، مبيناً أن …»: «بين» is the preposition; «حذر» governs."""
    doc = run("حذر أحمد سالم من فئة نشأت بين أظهر الناس، مبينا أن هذه الفئة شذت.")
    assert [speaker_name(doc, i) for i, s in enumerate(doc.statements)
            if s.cue.text == "مبينا"] == ["أحمد سالم"]


def test_a_reason_clause_is_no_reported_content() -> None:
    """«شددت على اتخاذ التدابير …، خصوصاً أن …»: the complement is what was said."""
    doc = run("وشددت وزارة الداخلية على اتخاذ التدابير كافة، خصوصاً أن المنطقة تشهد أمطارا.")
    assert [s.content.text.startswith("اتخاذ التدابير كافة") for s in doc.statements] == [True]


def test_a_contrasting_speaker_ends_the_content() -> None:
    doc = run("وقال أحمد سالم إن الهجمات ستقل، لكن خالد العمر قال إن الخطر باق.")
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] == [
        ("أحمد سالم", "الهجمات ستقل"), ("خالد العمر", "الخطر باق")]


def test_a_preposition_on_a_common_word_is_no_speaker() -> None:
    from arabic_extract.quotes.plausible import _on_common_word
    assert _on_common_word("بتعديل") and _on_common_word("بالتعاون")
    assert not any(map(_on_common_word, ("ليلي", "كوفي", "بندر", "لبنان", "بوتين")))


def test_the_topic_after_amma_speaks() -> None:
    """«أما X، فيقول: …»: X speaks; not a place («أما بغداد، فيقول …» names no speaker)."""
    doc = run("وقال أحمد سالم إن السوق هادئ. أما خالد العمر، فيقول إن الأسعار سترتفع.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == [
        "أحمد سالم", "خالد العمر"]
    doc = run("وقال أحمد سالم إن السوق هادئ. أما بغداد، فيقول إن الأسعار سترتفع.")
    assert "بغداد" not in [speaker_name(doc, i) for i in range(len(doc.statements))]


def test_a_partitive_source_speaks_and_a_plural_cue_skips_a_name() -> None:
    """«لكن بعض المحللين يقولون إن …»: unnamed plural speakers, not the last named one."""
    doc = run("وقال أحمد سالم إن الإنتاج سيرتفع. لكن بعض المحللين يقولون إن الاستثمار ضعيف.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == [
        "أحمد سالم", "بعض المحللين"]


def test_a_modal_clause_is_no_reported_content() -> None:
    """«العلاقة بين الرئيس والجمهور يجب أن …»: «بين» is no cue and «يجب أن» opens nothing."""
    assert run("واعتبروا أن العلاقة بين الرئيس والجمهور يجب أن تكون مفتوحة.").statements \
        == () or all(s.cue.text != "بين" for s in run(
            "واعتبروا أن العلاقة بين الرئيس والجمهور يجب أن تكون مفتوحة.").statements)


def test_an_addressee_before_the_subject_is_skipped() -> None:
    doc = run("وقال خالد العمر إن السوق هادئ. وأوضح لـ«عكاظ» أحمد سالم، أن المؤتمر سيعقد غدا.")
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] == [
        ("خالد العمر", "السوق هادئ"), ("أحمد سالم", "المؤتمر سيعقد غدا")]


def test_a_bare_nominal_cue_belongs_to_the_name_it_is_annexed_to() -> None:
    doc = run("وقال خالد العمر إن السوق هادئ. وعن قول أحمد سالم بأن الأسعار سترتفع، "
              "قال خالد العمر إن ذلك غير صحيح.")
    assert [(s.cue.text, speaker_name(doc, i)) for i, s in enumerate(doc.statements)] == [
        ("وقال", "خالد العمر"), ("قول", "أحمد سالم"), ("قال", "خالد العمر")]


def test_a_ta_marbuta_is_no_possessive_pronoun_and_hamza_alef_no_article() -> None:
    """«دراسة ألمانية حديثة» (recent) is not «حديثه» (his talk), «ألمانية» not «ال…»."""
    assert lookup(tokenize("حديثة")[0]) is None and lookup(tokenize("حديثه")[0]) is not None
    doc = run("ذكرت دراسة ألمانية حديثة، أن الإضرابات أثرت في الاقتصاد.")
    assert [(s.speaker.text, s.speaker.entity, s.content.text) for s in doc.statements] == [
        ("دراسة ألمانية حديثة", None, "الإضرابات أثرت في الاقتصاد")]


def test_the_opener_of_a_contrasting_clause_is_not_the_cue_s() -> None:
    doc = run("كما هدد أحمد سالم وبدأ ينفذ خطته، ولكن ما قد يغيب عنه أن السوق مترابط.")
    assert doc.statements == ()


def test_a_construct_plural_source_speaks() -> None:
    """«وكان مسؤولو جهاز الإطفاء في بغداد ذكروا أن …»: the officials, not the city."""
    doc = run("وكان مسؤولو جهاز الإطفاء في بغداد ذكروا أن الحرائق انتشرت.")
    assert [(s.speaker.text, s.speaker.entity) for s in doc.statements] == [
        ("مسؤولو جهاز الإطفاء في بغداد", None)]


def test_a_participle_after_a_pronoun_is_a_predicate() -> None:
    doc = run("وقالت ليلى حسن إن التسجيل بدأ. وعلى الراغبين الاطلاع على الشروط وهي معلنة "
              "في البوابة الإلكترونية للجامعة.")
    assert [s.cue.text for s in doc.statements] == ["وقالت"]


def test_a_demonstrative_before_a_verb_cue_is_a_fact() -> None:
    """«وهذا يؤكد أن …»: nobody speaks (not the last speaker either)."""
    doc = run("وقال أحمد سالم إن الدوري انطلق. وتأهل عشرون ناديا، وهذا يؤكد أن العمل "
              "يسير بطريقة احترافية.")
    assert [s.cue.text for s in doc.statements] == ["وقال"]


def test_a_relay_through_a_pronoun_keeps_the_person_named_before() -> None:
    """«ونُقل عنه قوله إن …»: «عنه» is the person named before, not the relay's subject."""
    doc = run("وقال أحمد سالم إن المحادثات انتهت. ونقلت وكالة الأنباء العراقية عنه قوله إن "
              "الاتفاق قريب.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == [
        "أحمد سالم", "أحمد سالم"]


def test_an_unnamed_source_goes_on_under_its_phrase() -> None:
    """«وأضاف أن …» after «قال مسؤول …»: the follow-up speaker is named by the phrase."""
    doc = run("قال مسؤول في الوزارة إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ غدا. وأكد الوزير أن "
              "العمل مستمر.")
    assert [(s.speaker.entity, s.speaker.name, s.speaker.text) for s in doc.statements] == [
        (None, None, "مسؤول في الوزارة"), (None, "مسؤول في الوزارة", None),
        (None, None, "الوزير")]


# (label, text, index, speaker, cue, content, kind): constructions seen in unseen news


INDEFINITE_GROUPS = [
    ("a quantity noun with «من» counts the people who speak",
     "وقال أحمد سالم إن المشروع ناجح. وأكد عدد من المختصين أن الحل يكمن في التوعية المبكرة.",
     1, "عدد من المختصين"),
    ("an adjective may stand between the quantity noun and «من»",
     "وأوضح عدد كبير من الخبراء أن الأسعار سترتفع.", 0, "عدد كبير من الخبراء"),
    ("a word naming some people speaks (with a verb of speech, not «ويرى البعض»)",
     "وقال أحمد سالم إن المشروع ناجح. ويقول البعض إن الأزمة ستنتهي قريبا.", 1, "البعض"),
    ("an indefinite group before its verb speaks",
     "وقال أحمد سالم إن المشروع ناجح. مجموعة من الباحثين أكدوا أن النتائج مشجعة.",
     1, "مجموعة من الباحثين"),
    ("a plural participle continues the group of its sentence",
     "وقال أحمد سالم إن المشروع ناجح. وشارك عدد من المختصين في الندوة، مؤكدين أن الحل "
     "يكمن في التوعية.", 1, "عدد من المختصين"),
]


@pytest.mark.parametrize("label,text,index,speaker", INDEFINITE_GROUPS,
                         ids=[row[0] for row in INDEFINITE_GROUPS])
def test_indefinite_groups_speak_without_an_entity(label: str, text: str, index: int,
                                                   speaker: str) -> None:
    doc = run(text)
    assert len(doc.statements) > index, [s.content.text for s in doc.statements]
    sp = doc.statements[index].speaker
    assert (sp.entity, sp.text or sp.name) == (None, speaker)


def test_a_singular_cue_does_not_continue_an_indefinite_group() -> None:
    doc = run("وقال أحمد سالم إن المشروع ناجح. وأكد عدد من المواطنين أن التجربة إيجابية. "
              "وأضاف أن المشروع سيكتمل قريبا.")
    assert speaker_name(doc, 2) == "أحمد سالم"


UNNAMED_CLAUSE_SUBJECTS = [
    ("an unnamed body of a verb that is no cue speaks at its participle",
     "وقال أحمد سالم إن المشروع ناجح. واستغربت إدارة المدرسة القرار، مشيرة إلى أن الطلاب "
     "لم يبلغوا به.", 1, "إدارة المدرسة"),
    ("a name the NER missed speaks at the participle of its sentence",
     "وقال أحمد سالم إن المشروع ناجح. وتصر شنايدر على موقفها قائلة إن الفريق سيفوز.",
     1, "شنايدر"),
]


@pytest.mark.parametrize("label,text,index,speaker", UNNAMED_CLAUSE_SUBJECTS,
                         ids=[row[0] for row in UNNAMED_CLAUSE_SUBJECTS])
def test_an_unnamed_clause_subject_speaks_at_its_participle(label: str, text: str,
                                                            index: int, speaker: str) -> None:
    doc = run(text)
    assert len(doc.statements) > index, [s.content.text for s in doc.statements]
    sp = doc.statements[index].speaker
    assert sp.entity is None and (sp.name or sp.text or "").startswith(speaker)


def test_a_thing_of_a_verb_that_is_no_cue_does_not_speak() -> None:
    doc = run("وقال أحمد سالم إن المشروع ناجح. وشهدت الجلسة نقاشا حادا، مؤكدا أن الاتفاق جيد.")
    assert speaker_name(doc, 1) == "أحمد سالم"


def test_an_organization_named_by_its_head_noun_speaks() -> None:
    doc = run("وقال أحمد سالم إن المشروع ناجح. وقالت الشركة إنها علمت بالخبر اليوم.")
    assert [s.content.text for s in doc.statements][1:] == ["علمت بالخبر اليوم"]
    assert doc.statements[1].speaker.text == "الشركة"


@pytest.mark.parametrize("text", [
    "وقال أحمد سالم إن المشروع ناجح. يذكر بأن هذه الطريقة تساعد في حفظ الأشجار.",
    "وقال أحمد سالم إن المشروع ناجح. ويذكر أن وزارة الداخلية أعلنت الخطة أمس.",
], ids=["with بأن", "a name after أن"])
def test_yudhkar_anna_has_no_speaker(text: str) -> None:
    assert len(run(text).statements) == 1


def test_an_honorific_before_a_name_is_no_missed_name() -> None:
    doc = run("وتفقد صاحب السمو الأمير أحمد سالم المنفذ، مؤكداً أن العمل يسير بشكل جيد.")
    assert speaker_name(doc, 0) == "أحمد سالم"


def test_a_subjectless_cue_continues_the_last_clause_subject() -> None:
    """«وزار فلان المعرض … . وقال: …»: the visitor speaks, not the earlier speaker."""
    doc = run("وقال أحمد سالم إن المعرض ناجح. وزارت وزارة الداخلية المعرض أمس. "
                  "وقالت: «سنواصل دعم هذه المعارض في كل المدن».")
    assert doc.statements[-1].speaker.name == "وزارة الداخلية"


def test_a_prayer_phrase_is_never_the_speaker() -> None:
    """«يقول الشيخ فلان رحمه الله "…"»: the sheikh speaks, not «رحمه الله»."""
    doc = run("وكان أحمد سالم يحب مدينته. يقول رحمه الله: «جئت إلى هذه البلاد وهي صغيرة».")
    assert doc.statements[-1].speaker.text != "رحمه الله"
    assert doc.statements[-1].speaker.name == "أحمد سالم"


@pytest.mark.parametrize("text,expected", [
    ("قال أحمد سالم إن الموسم صعب. وأرجع سبب التراجع إلى قلة الأمطار.",
     [("أحمد سالم", "الموسم صعب"), ("أحمد سالم", "سبب التراجع إلى قلة الأمطار")]),
    ("قالت ليلى حسن إن العمل مستمر، وأعلنت استدعاء فريقها لإجراء مشاورات عاجلة.",
     [("ليلى حسن", "العمل مستمر"), ("ليلى حسن", "استدعاء فريقها لإجراء مشاورات عاجلة")]),
])
def test_a_thing_after_the_cue_is_no_missed_name(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    """«وأرجع سبب …», «وأعلنت استدعاء …»: a listed noun of causes or times or a derived
    verbal noun after the cue starts the object, it is no name the NER missed; the
    previous speaker goes on."""
    doc = run(text)
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == expected


def test_wasl_verbs_with_damma_are_passive_cues_of_nobody() -> None:
    """«استُبعد», «اعتُبر»: forms VII, VIII and X take no damma in the active past."""
    assert all(lookup(tokenize(w)[0]) is None for w in ("واستُبعد", "اعتُبر"))
    assert all(lookup(tokenize(w)[0]) is not None for w in ("واستبعد", "واستَبعد"))


def test_a_dual_cue_after_two_conjoined_people_is_the_first_one() -> None:
    doc = run("واجتمع الوزير أحمد سالم والسفير خالد العمر أمس، وأكدا أن العلاقات قوية.")
    assert [st.speaker.name for st in doc.statements] == ["أحمد سالم"]


# --- the speaker phrase after a cue verb (quotes/bounds.py) ------------------------------

@pytest.mark.parametrize("text, expected", [
    # a partitive with a plural of people is the subject, not an addressee
    ("وطالب بعض أعضاء المنظمة بخفض سقف الإنتاج.", ("بعض أعضاء المنظمة", "بخفض سقف الإنتاج")),
    ("وطالب أحد النواب بفتح تحقيق في الحادث.", ("أحد النواب", "بفتح تحقيق في الحادث")),
    # a definite plural after the singular subject of a demand verb is the addressee
    ("وطالب المجلس الاتحادات الرياضية بإلزام الأندية بالقرار.",
     ("المجلس", "بإلزام الأندية بالقرار")),
    # a title goes on over «لشؤون …», and a name after it ends before the verbal noun
    ("وقال نائب الرئيس لشؤون الانتخابات إن الموعد لم يتحدد.",
     ("نائب الرئيس لشؤون الانتخابات", "الموعد لم يتحدد")),
    ("وتوقع مستشار الرئيس لشؤون الانتخابات اللواء سامر عادل إجراء الانتخابات قريبا.",
     ("سامر عادل", "إجراء الانتخابات قريبا")),
])
def test_the_speaker_phrase_after_a_cue_verb_ends_where_its_subject_ends(
        text: str, expected: tuple[str, str]) -> None:
    doc = run(text)
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == [expected]


def test_a_title_word_before_a_name_is_not_a_surname_alias(monkeypatch) -> None:
    """«الشيخ» before «خالد الناصر» is a title, not the surname of «… آل الشيخ»."""
    from . import quotes_support
    monkeypatch.setattr(quotes_support, "PEOPLE",
                        quotes_support.PEOPLE + ("محمد بن سعد آل الشيخ", "خالد الناصر"))
    doc = run("قال محمد بن سعد آل الشيخ إن الوضع جيد. ودعا الشيخ خالد الناصر، رئيس الجمعية، إلى وقف القتال فورا.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] \
        == ["محمد بن سعد آل الشيخ", "خالد الناصر"]


def _co(doc) -> list[tuple[str | None, tuple[str | None, ...]]]:
    return [(s.speaker.name, tuple(c.name for c in s.co_speakers)) for s in doc.statements]


@pytest.mark.parametrize("text, expected", [
    # people conjoined to the subject speak with it; a dual continuation keeps them
    ("وقال الوزير أحمد سالم ونظيره العراقي قيس المحمداوي إن المحادثات مثمرة. وأضافا أن "
     "الاتفاق قريب. وأضاف سالم أن الزيارة مهمة.",
     [("أحمد سالم", ("قيس المحمداوي",)), ("أحمد سالم", ("قيس المحمداوي",)),
      ("أحمد سالم", ())]),
    # a comma and the second person's role words between them
    ("وأكد المهندس أحمد سالم، والمثمن العقاري المعتمد خالد العمر، أن السوق مستقرة.",
     [("أحمد سالم", ("خالد العمر",))]),
    # a dual cue after two people met: the first speaks, the second with it
    ("التقى أحمد سالم وقيس المحمداوي في بغداد. وقالا إن اللقاء ناجح.",
     [("أحمد سالم", ("قيس المحمداوي",))]),
    # «وهو» + another person, or a person after a preposition, is no co-speaker
    ("وقال أحمد سالم وهو يتحدث إلى خالد العمر إن الوضع صعب.", [("أحمد سالم", ())]),
    ("وقال أحمد سالم والمسؤول في بغداد إن الوضع صعب.", [("أحمد سالم", ())]),
    # bodies and countries speak together; a name after a complement «لل…» is part of it
    ("وأعلنت وزارة الداخلية وقيادة العمليات المشتركة أن الطريق مغلق.",
     [("وزارة الداخلية", ("قيادة العمليات المشتركة",))]),
])
def test_co_speakers(text: str, expected: list) -> None:
    assert _co(run(text)) == expected


def test_co_speakers_round_trip_and_offsets() -> None:
    from arabic_extract.document import Statement
    doc = run("وقال أحمد سالم وليلى حسن إن المحادثات مثمرة.")
    st = doc.statements[0]
    assert [c.text for c in st.co_speakers] == ["ليلى حسن"]
    assert all(doc.text[c.start:c.end] == c.text for c in st.co_speakers)
    assert Statement.from_dict(st.to_dict()) == st


def test_a_preposition_with_a_pronoun_is_no_speaker() -> None:
    """«وأعلن خلاله عن …»: the occasion, not the speaker; the object follows «عن»."""
    doc = run("عقد أحمد سالم مؤتمرا صحفيا وأعلن خلاله عن حجم ديون النادي.")
    assert [(s.speaker.name, s.content.text) for s in doc.statements] == [
        ("أحمد سالم", "حجم ديون النادي")]
    doc = run("وهكذا أرجعوا علينا بطاقاتنا المدنية وأفرجوا عنا.")
    assert all(s.speaker.text != "علينا" for s in doc.statements)


# --- the whole speaker phrase after the cue (quotes/subjects.py, quotes/named.py) ---------

@pytest.mark.parametrize("text, speaker, content", [
    # a body the NER missed: a common noun, its definite genitives, «التابع لـ…»
    ("وأعلن مكتب التحقيقات التابع لهيئة الطيران المدني سقوط طائرة صغيرة.",
     "مكتب التحقيقات التابع لهيئة الطيران المدني", "سقوط طائرة صغيرة"),
    # a chain of construct nouns before the definite genitive
    ("وأعلنت وكيلة عمادة الدراسات العليا أن التسجيل بدأ.",
     "وكيلة عمادة الدراسات العليا", "التسجيل بدأ"),
    # relative adjectives the NER left out of an organization's name
    ("وأعلنت وزارة الداخلية العراقية أن الطريق مغلق.", "وزارة الداخلية العراقية",
     "الطريق مغلق"),
    ("وأعلنت قيادة العمليات المشتركة الموالية للحكومة العراقية أن الطريق مغلق.",
     "قيادة العمليات المشتركة الموالية للحكومة العراقية", "الطريق مغلق"),
    # the name after «د.» (doctor), found by the NER or missed
    ("وقال د. سالم إن العلاج متوفر.", "سالم", "العلاج متوفر"),
    ("وقال د. كريمو إن العلاج متوفر.", "كريمو", "العلاج متوفر"),
])
def test_whole_speaker_phrase(text: str, speaker: str, content: str) -> None:
    st = run(text).statements[0]
    assert (st.speaker.text, st.content.text) == (speaker, content)


def test_construct_phrase_not_cut_at_a_conjunction() -> None:
    """«نوعية النوم وكفايته»: where a conjoined phrase ends is unsure, no body is made."""
    st = run("وأعلن مكتب العمل وفروعه أن التسجيل بدأ.").statements[0]
    assert st.speaker.text == "مكتب العمل وفروعه"


def test_a_name_after_a_complement_is_part_of_it() -> None:
    """«وأعلنت الهيئة الملكية للجبيل وينبع أن …»: «وينبع» goes on the complement «للجبيل»,
    it is no second speaker."""
    from arabic_extract.document import Document, Mention
    from arabic_extract.entities import EntityLinker
    from arabic_extract.quotes.attribution import QuoteAttributor
    from arabic_extract.tokenize import Tokenizer
    text = "وأعلنت الهيئة الملكية للجبيل وينبع أن المشروع اكتمل."
    doc = Tokenizer()(Document(text=text))
    org, loc = "الهيئة الملكية للجبيل", "ينبع"
    mentions = (Mention(text.index(org), text.index(org) + len(org), org, "ORG"),
                Mention(text.index(loc), text.index(loc) + len(loc), loc, "LOC"))
    doc = QuoteAttributor()(EntityLinker()(doc.replace(
        mentions=mentions, annotations=doc.annotations | {"mentions"})))
    assert [(s.speaker.name, s.co_speakers) for s in doc.statements] == [(org, ())]


def test_an_acronym_speaks_and_its_dots_end_no_clause() -> None:
    import arabic_extract
    doc = arabic_extract.load()("وقالت بي.بي.سي إن الاتفاق جيد.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("بي.بي.سي", "الاتفاق جيد")]
