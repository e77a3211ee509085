"""«جادل/يجادل بأن …» (argued that) reports like the other strict verbs of the lexicon:
only with an explicit opener; the noun sense («جادل فلان خصمه») says nothing."""
from __future__ import annotations

from .quotes_support import run, speaker_name


def test_argue_with_an_opener_reports() -> None:
    doc = run("وجادل أحمد سالم بأن الخطة الجديدة ستخفض الأسعار في العام المقبل.")
    assert [(speaker_name(doc, 0), s.cue.text, s.content.text) for s in doc.statements] \
        == [("أحمد سالم", "وجادل", "الخطة الجديدة ستخفض الأسعار في العام المقبل")]
    doc = run("ويجادل بعض المسؤولين بأن المشروع سيجذب مزيدا من الاستثمارات.")
    assert [s.content.text for s in doc.statements] == ["المشروع سيجذب مزيدا من الاستثمارات"]


def test_argue_without_an_opener_says_nothing() -> None:
    assert run("وجادل أحمد سالم خصمه طويلا في المجلس.").statements == ()
