"""An indefinite title of three words or more refers to the person it was written after
(quotes/apposed_titles.py): «قال فلان مدير عام جمرك الميناء …. وأكد مدير عام جمرك الميناء …»."""
from __future__ import annotations

from .quotes_support import run, speaker_name


def test_a_title_written_after_a_name_refers_back_to_him() -> None:
    doc = run("وقال خالد العمر مدير عام جمرك الميناء الجديد إن الكمية ضبطت. وقال أحمد سالم "
              "إن الوضع هادئ. وأكد مدير عام جمرك الميناء أن العمل مستمر.")
    assert speaker_name(doc, -1) == "خالد العمر"
    doc = run("وقال خالد العمر، مدير عام جمرك الميناء الجديد، إن الكمية ضبطت. وأكد مدير "
              "عام جمرك الميناء أن العمل مستمر.")
    assert speaker_name(doc, -1) == "خالد العمر"


def test_a_short_or_other_title_names_nobody() -> None:
    doc = run("وقال خالد العمر مدير عام جمرك الميناء إن الكمية ضبطت. وقال أحمد سالم إن "
              "الوضع هادئ. وأكد مدير عام جمرك المطار أن العمل مستمر.")
    assert doc.statements[-1].speaker.entity is None
