"""Cue words that report no speech where they stand: the imperative or first person
«اعلم أن …», «دعا» giving cause for a feeling («يدعو للقلق»), and «كشف» whose subject is a
thing that shows or is revealed («وكشفت صور قريبة …»); and a nominal cue framed by «جاء في»
(«وجاء في بيان …: …») that does report."""
from __future__ import annotations

from tests.quotes_support import run, speaker_name


def _cues(text: str) -> list[str]:
    return [s.cue.text for s in run(text).statements]


def test_know_that_is_the_writer_not_a_statement() -> None:
    """«واعلم أن …» (know that) and «أعلم أن …» (I know) have no speaker; the causative
    «أعلم فلان الحضور أن …» (informed) names whom it informs first and is reported."""
    said = "وقال أحمد سالم إن المشروع مهم. "
    assert _cues(said + "واعلم أن الصبر مفتاح الفرج.") == ["وقال"]
    assert _cues(said + "أعلم أن الطريق طويل.") == ["وقال"]
    assert _cues("وقال أحمد سالم إن المشروع مهم، فاعلم أن الطريق طويل.") == ["وقال"]
    doc = run("وأعلم أحمد سالم الحضور أن الطريق مغلق.")
    assert [s.content.text for s in doc.statements] == ["الطريق مغلق"]


def test_calling_for_a_feeling_is_a_cause_not_a_call() -> None:
    """«أمر … يدعو للفخر», «يدعو إلى القلق»: a thing gives cause for a feeling; «ودعا فلان
    إلى الحوار» is still a call."""
    assert _cues("افتتح أحمد سالم المعرض أمس، وهو أمر ممتع ويدعو للفخر حتى وإن ظهرت"
                 " عليه بعض العيوب.") == []
    assert _cues("وافتتح أحمد سالم المعرض. وهو أمر يدعو إلى القلق حتى وإن ظهرت عليه"
                 " بعض العيوب.") == []
    doc = run("ودعا أحمد سالم إلى الحوار بين الأطراف كافة.")
    assert [s.content.text for s in doc.statements] == ["الحوار بين الأطراف كافة"]


def test_a_thing_revealing_or_revealed_is_no_speaker() -> None:
    """«وكشفت صور قريبة عن …» (pictures show), «كشف ثغرات الخصوم» (uncovering gaps): a
    common noun after «كشف» naming no speaker; a source («مصدر مطلع») or a person noun
    before «أن» («ضابط ليبي») still reports."""
    assert _cues("وقال أحمد سالم إن المشروع مهم. وكشفت صور قريبة من سطح الكوكب عن دفقات"
                 " من غاز النيتروجين المتجمد.") == ["وقال"]
    assert _cues("ولا مانع من كشف ثغرات الخصوم، لأن العدو المفضوح تتلاشى قوته.") == []
    doc = run("وكشف ضابط ليبي أن الوضع في المدينة مستقر.")
    assert [s.content.text for s in doc.statements] == ["الوضع في المدينة مستقر"]
    doc = run("وكشف مصدر مطلع أن الوضع في المدينة مستقر.")
    assert [s.content.text for s in doc.statements] == ["الوضع في المدينة مستقر"]


def test_came_in_a_statement_opens_after_issuer_or_colon() -> None:
    """«وجاء في بيان الوزارة: …» and «وجاء في بيان تم نشره … أن …»: «جاء في» frames the
    statement, whose content starts after its issuer, a relative clause or a colon."""
    doc = run("وجاء في بيان وزارة الداخلية: إن الوضع في المدينة مستقر.")
    assert [(s.cue.text, s.content.text) for s in doc.statements] == \
        [("بيان", "الوضع في المدينة مستقر")]
    assert speaker_name(doc, 0) == "وزارة الداخلية"
    doc = run("أعلنت وزارة الداخلية اعتقال عشرة أشخاص. وجاء في بيان تم نشره على الإنترنت"
              " مطلع الأسبوع أن الهجوم كان موجها ضد المدنيين.")
    assert [s.content.text for s in doc.statements if s.cue.text == "بيان"] == \
        ["الهجوم كان موجها ضد المدنيين"]


def test_reducing_a_thing_is_no_downplaying() -> None:
    """«… ويقلل من العمر الافتراضي للمبنى» reduces a thing; «وقلل فلان من أهمية …»
    downplays it in speech and is reported."""
    assert _cues("وأشار أحمد سالم إلى أن المشروع مهم. أي خلل في التنفيذ يشكل خطورة على"
                 " المشتري ويقلل من العمر الافتراضي لأي مبنى.") == ["وأشار"]
    doc = run("وقلل أحمد سالم من أهمية التقارير التي تحدثت عن خلافات داخل الحكومة.")
    assert [s.content.text for s in doc.statements] == \
        ["أهمية التقارير التي تحدثت عن خلافات داخل الحكومة"]
