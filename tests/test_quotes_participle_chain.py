"""A chain of participles after one verb («وأعرب فلان عن …، داعين الله …، مؤكدين أنهم …»)
shares the verb's subject however long the chain (quotes/cue_subject.py: the search for the
governing verb starts again at each link of the same gender); the defective participles
have their sound plurals («داعين», «متمنين», quotes/cues.py); and «داعين الله ألا …» is a
prayer, not a statement (quotes/nonspeech.py)."""
from __future__ import annotations

from .quotes_support import run

_THANKS = ("وأعرب أقارب الشهيد عن شكرهم لأمير المنطقة على تعزيته الكريمة وزيارته الأخيرة "
           "للأسرة في منزلها بالقرية الجبلية البعيدة، ")


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker.text or s.speaker.name or "", s.cue.text, s.content.text)
            for s in run(text).statements]


def test_second_participle_of_a_long_chain_speaks() -> None:
    text = _THANKS + "داعين الله أن يحفظه ويحفظ البلاد والعباد، مؤكدين أنهم فداء لهذا الوطن."
    said = _said(text)
    assert ("أقارب الشهيد", "مؤكدين", "فداء لهذا الوطن") in said
    assert all(cue != "داعين" for _, cue, _ in said)


def test_prayer_with_a_negated_wish_is_no_statement() -> None:
    text = "وأعرب خالد العمر عن شكره للملك على مشاعره الطيبة، داعيا الله ألا يريه أي مكروه."
    assert all(cue != "داعيا" for _, cue, _ in _said(text))


def test_defective_plural_participle_is_a_cue() -> None:
    text = "حذر اقتصاديون من سماسرة الديون، داعين إلى تجريم هذه العمليات."
    assert ("داعين", "تجريم هذه العمليات") in [(c, t) for _, c, t in _said(text)]


def test_participle_of_another_gender_is_no_link() -> None:
    text = ("وقالت وزارة الداخلية في بيان إن الوزيرين بحثا سبل التعاون العسكري بين البلدين "
            "في مجالات التدريب والتسليح وتبادل المعلومات، مضيفة أن الجانب العراقي شدد "
            "على ضرورة مساهمة المجتمع الدولي في إعادة بناء المناطق، معتبرا أن العراق خط الدفاع الأول.")
    said = _said(text)
    assert all(not (cue == "معتبرا" and who == "وزارة الداخلية") for who, cue, _ in said)
