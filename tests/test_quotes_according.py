"""The reporter's «according to» phrase as an attributed statement: trailing («…، حسبما
أعلنت الشرطة», «…، بحسب مصادر مطلعة.») and fronted («وبحسب مصادر أمنية، فإن …») forms;
documents and rules («حسب الخطة», «بحسب التقرير») are no speakers."""
from __future__ import annotations

import pytest

from .quotes_support import run


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.cue.text, s.speaker.text, s.content.text) for s in run(text).statements]


TRAILING_VERB = [
    ("وارتفعت الأسعار بنسبة عشرة في المئة خلال الشهر الماضي، بحسب ما ذكرت وزارة الداخلية.",
     ("ذكرت", "وزارة الداخلية", "ارتفعت الأسعار بنسبة عشرة في المئة خلال الشهر الماضي")),
    ("وتوقفت المفاوضات بين الطرفين منذ أسبوعين، وفق ما أفادت مصادر مطلعة.",
     ("أفادت", "مصادر مطلعة", "توقفت المفاوضات بين الطرفين منذ أسبوعين")),
    ("وسقط ثلاثة قتلى في الاشتباكات، حسبما قال أحمد سالم.",
     ("قال", "أحمد سالم", "سقط ثلاثة قتلى في الاشتباكات")),
    ("وتعد المدينة الأكبر في المنطقة، كما قال أحمد سالم.",
     ("قال", "أحمد سالم", "تعد المدينة الأكبر في المنطقة")),
    ("وأغلقت المدارس أبوابها ثلاثة أيام، وفقا لما أعلنت وزارة الداخلية، وذلك بسبب العاصفة.",
     ("أعلنت", "وزارة الداخلية", "أغلقت المدارس أبوابها ثلاثة أيام")),
]


@pytest.mark.parametrize("text,expected", TRAILING_VERB)
def test_trailing_phrase_with_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


TRAILING_NOUN = [
    ("وتراجعت أرباح الشركة في الربع الثاني، بحسب مصادر مطلعة.",
     ("بحسب", "مصادر مطلعة", "تراجعت أرباح الشركة في الربع الثاني")),
    ("وتراجعت أرباح الشركة في الربع الثاني، وفقا لوكالة الأنباء العراقية.",
     ("وفقا", "وكالة الأنباء العراقية", "تراجعت أرباح الشركة في الربع الثاني")),
    ("وأصيب خمسة جنود في الهجوم وفق المتحدث العسكري، وذلك قبل انسحاب المهاجمين.",
     ("وفق", "المتحدث العسكري", "أصيب خمسة جنود في الهجوم")),
]


@pytest.mark.parametrize("text,expected", TRAILING_NOUN)
def test_trailing_phrase_without_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


FRONTED = [
    ("وبحسب مصادر أمنية، فإن المسلحين انسحبوا من المدينة.",
     ("وبحسب", "مصادر أمنية", "المسلحين انسحبوا من المدينة")),
    ("ووفقا للمتحدث باسم الشرطة، فإن المسلحين انسحبوا من المدينة.",
     ("ووفقا", "متحدث باسم الشرطة", "المسلحين انسحبوا من المدينة")),
    ("وحسب شهود عيان فقد اشتعلت النيران في المبنى.",
     ("وحسب", "شهود عيان", "اشتعلت النيران في المبنى")),
    ("وبحسب الصحيفة، ألقى التنظيم القبض على شخصين.",
     ("وبحسب", "الصحيفة", "ألقى التنظيم القبض على شخصين")),
    ("وبحسب ما ذكرت مصادر محلية، ألقى التنظيم القبض على شخصين.",
     ("ذكرت", "مصادر محلية", "ألقى التنظيم القبض على شخصين")),
]


@pytest.mark.parametrize("text,expected", FRONTED)
def test_fronted_phrase(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text) == [expected]


def test_fronted_phrase_with_a_name_in_apposition() -> None:
    assert _found("وحسب رئيس الحكومة، فلان الفلاني، فإن الاتفاق سيوقع قريبا.") == [
        ("وحسب", "رئيس الحكومة", "الاتفاق سيوقع قريبا")]
    doc = run("وحسب رئيس الحكومة، أحمد سالم، فإن الاتفاق سيوقع قريبا.")
    assert [(s.cue.text, s.speaker.name, s.content.text) for s in doc.statements] == [
        ("وحسب", "أحمد سالم", "الاتفاق سيوقع قريبا")]


def test_person_named_in_the_title_phrase_speaks() -> None:
    doc = run("وحسب المتحدث باسم الوزارة أحمد سالم فإن الاتفاق سيوقع قريبا.")
    assert [(s.cue.text, s.speaker.name, s.content.text) for s in doc.statements] == [
        ("وحسب", "أحمد سالم", "الاتفاق سيوقع قريبا")]


NOT_SPEAKERS = [
    "وتم تنفيذ المشروع حسب الخطة الموضوعة.",
    "ويعاقب المخالف وفق الأنظمة المعمول بها.",
    "وارتفع عدد الزوار بحسب الإحصاءات الرسمية.",
    "وبحسب التقرير، فإن عدد السكان ارتفع.",
    "ووفقا للقانون، يعاقب المخالف بالسجن.",
    "وتتوزع الجوائز على الفائزين، بحسب الموقع.",
    "وارتفعت الأسعار، بحسب ما ذكر التقرير السنوي.",
    "ويختلف سعر الكادي حسب الموسم، ويرتفع في الأعياد.",
]


@pytest.mark.parametrize("text", NOT_SPEAKERS)
def test_documents_and_rules_are_no_speakers(text: str) -> None:
    assert run(text).statements == ()


def test_phrase_inside_a_clause_attributes_nothing() -> None:
    """«وأعلنت X، بحسب وكالة Y، عن …»: the phrase names a channel in the middle of the
    clause; only a phrase ending its clause attributes it."""
    assert _found("وارتفعت الأسعار، بحسب مصادر مطلعة، إلى مستويات قياسية.") == []


def test_relay_phrase_after_a_statement_adds_nothing() -> None:
    assert _found("وأعلن أحمد سالم أن المفاوضات توقفت، بحسب وكالة الأنباء العراقية.") == [
        ("وأعلن", "أحمد سالم", "المفاوضات توقفت")]


def test_also_with_its_own_clause_stays_a_statement_of_its_own() -> None:
    """«، كما أكد فلان أن …»: «كما» is "also", the verb has its own content."""
    assert _found("وارتفعت الأسعار، كما أكد أحمد سالم أن المفاوضات توقفت.") == [
        ("أكد", "أحمد سالم", "المفاوضات توقفت")]


THUS = [
    ("«لن نتراجع عن مواقفنا مهما كانت الضغوط».. هكذا قال أحمد سالم في ختام المؤتمر.",
     ("قال", "أحمد سالم", "لن نتراجع عن مواقفنا مهما كانت الضغوط")),
    ("«لن نتراجع عن مواقفنا مهما كانت الضغوط». هكذا تحدث الوزير في ختام المؤتمر.",
     ("تحدث", "الوزير", "لن نتراجع عن مواقفنا مهما كانت الضغوط")),
    ("«لن نتراجع عن مواقفنا مهما كانت الضغوط»، هكذا يقول أحمد سالم.",
     ("يقول", "أحمد سالم", "لن نتراجع عن مواقفنا مهما كانت الضغوط")),
]


@pytest.mark.parametrize("text,expected", THUS)
def test_quote_before_thus_and_its_cue(text: str, expected: tuple[str, str, str]) -> None:
    """««…».. هكذا قال فلان»: «هكذا» points back at the quote across the sentence's end."""
    assert _found(text) == [expected]


def test_thus_before_a_preposition_points_at_nothing() -> None:
    assert _found("«لن نتراجع عن مواقفنا مهما كانت الضغوط». هكذا بين الطرفين خلاف كبير.") == []
