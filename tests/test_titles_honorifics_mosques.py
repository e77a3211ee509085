"""Names and titles around preachers: an honorific and a title are no person's name
(«[فضيلة الشيخ] فلان», «فضيلة إمام وخطيب …»), a mosque named after someone is a place
(«جامع فلان»), and a title run does not reach back over another person's name
(«… الشيخ فلان عن محبة [العبد المسلم]»): made-up sentences through the pipeline."""
from __future__ import annotations

import pytest


def _labelled(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in nlp(text).mentions]


def test_an_honorific_and_a_hamza_title_are_no_name(nlp) -> None:
    text = ("أكد فضيلة إمام وخطيب المسجد الحرام الشيخ الدكتور سعد الفلاني أن التقوى خير زاد. "
            "وقال فضيلة إمام وخطيب المسجد الحرام إن الصبر مفتاح الفرج.")
    assert all(label != "PER" or "فلاني" in name for name, label in _labelled(nlp, text))
    speakers = [s.speaker.name for s in nlp(text).statements]
    assert speakers == ["سعد الفلاني", "سعد الفلاني"]


def test_the_name_after_an_honorific_and_a_title_starts_after_both(nlp) -> None:
    labelled = _labelled(nlp, "ويعين فضيلة الشيخ الدكتور سعد الفلاني مستشارا في الديوان.")
    assert labelled == [("سعد الفلاني", "PER")]
    assert _labelled(nlp, "وقال فضيلة الشيخ الفلاني إن الرحمة واجبة.") == [("الفلاني", "PER")]


@pytest.mark.parametrize("text, mosque", [
    ("وتم أداء الصلاة على الفقيد بجامع السبيعي بالرياض.", "جامع السبيعي"),
    ("وأقيم الاحتفال بالساحة المجاورة لجامع العتيبي بحي النسيم.", "جامع العتيبي"),
])
def test_a_mosque_named_after_someone_is_a_place(nlp, text, mosque) -> None:
    assert (mosque, "LOC") in _labelled(nlp, text)


def test_a_title_run_stops_at_another_persons_name(nlp) -> None:
    doc = nlp("وتحدث إمام وخطيب المسجد النبوي الشيخ سعد بن محمد الفلاني عن محبة العبد "
              "المسلم لربه.").to_dict()
    titles = {e["name"]: e["titles"] for e in doc["people"]}
    assert all("الفلاني" in name or not ts for name, ts in titles.items())
