"""Recall fixes after the final audit of 2026-12-02. A reporting verb in a relative clause about the subject («الذي تحدث للصحيفة») starts
no statement of its own when a comma closes the clause before the opener: the opener is
the main verb's (quotes/ends.is_stop_cue)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ("وأوضح الوزير، الذي تحدث للصحيفة، أن الوضع جيد.", "وأوضح", "الوزير"),
    ("وقال سالم أحمد، الذي كان يتحدث للإذاعة، إن الوضع جيد.", "وقال", "سالم أحمد"),
    ("ونفى المتحدث الذي اعتبر من المتشددين خلال المحادثات أن يكون الوضع جيدا.", "ونفى", "المتحدث"),
])
def test_the_main_verb_keeps_its_opener(nlp, text, cue, speaker):
    statements = nlp(text).statements
    assert [(s.cue.text, s.speaker.text, s.content.text) for s in statements] == \
        [(cue, speaker, "الوضع جيد" if "جيد." in text else "يكون الوضع جيدا")]


def test_a_relative_verb_with_its_own_opener_still_speaks(nlp):
    """«الذي أكد أن …» has its own content: the relative verb keeps it."""
    statements = nlp("وقال الوزير، الذي أكد أن الوضع جيد، إن الحكومة ستعمل.").statements
    assert any(s.cue.text == "أكد" and s.content.text == "الوضع جيد" for s in statements)


@pytest.mark.parametrize("text, speaker", [
    ("وقالت السفارة إن الوزير سيزور بغداد.", "السفارة"),
    ("وقال الجيش في بيان إن قواته قتلت مسلحين.", "الجيش"),
    ("وأكدت المحكمة أن الحكم نهائي.", "المحكمة"),
    ("وأوضحت المرأة أنها كانت جادة.", "المرأة"),
])
def test_bodies_that_issue_statements_speak(nlp, text, speaker):
    """Head nouns of bodies that issue statements are unnamed speakers
    (quotes/data/sources.txt), as «الوزارة» and «الشرطة» were."""
    assert [s.speaker.text for s in nlp(text).statements] == [speaker]


def test_a_body_head_links_to_the_body_named_before(nlp):
    doc = nlp("قال الاتحاد الروسي لكرة القدم إنه رفض الادعاءات. وأضاف الاتحاد أن اللجنة لم "
              "تتوصل لأي أدلة.")
    assert [s.speaker.entity for s in doc.statements] == ["e1", "e1"]
