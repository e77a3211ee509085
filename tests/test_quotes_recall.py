"""Constructions found missing in a recall audit of unseen articles (RECALL_AUDIT.md): a
stray closing ASCII mark, a quote after a time or manner clause, a cue after «فيما»."""
from __future__ import annotations

import pytest

from arabic_extract.quotes.marks import find_quotes

from .quotes_support import statement_triples


def test_stray_closing_mark_opens_nothing() -> None:
    """«… وتمنعهم". وأشار "فلان" …»: the lone closer ends no quote and opens none, so the
    next pair stays a pair."""
    text = 'وأضاف أن "الخطة" ستنفذ قريبا".   وأشار "سالم" إلى أن'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["الخطة", "سالم"]


def test_stray_closing_mark_keeps_laterstatement_triples() -> None:
    text = ('وقال خالد العمر إن الوضع مستقر. وأضاف أن "الجيش" سيواصل عملياته حتى النهاية".   '
            'وأشار "أحمد سالم" إلى أن الحكومة تعمل على حل الأزمة. وقال ليلى حسن: "نحن نتابع '
            'الوضع عن كثب في كل المناطق".')
    found = statement_triples(text)
    assert ("أحمد سالم", "وأشار", "الحكومة تعمل على حل الأزمة") in found
    assert ("ليلى حسن", "وقال", "نحن نتابع الوضع عن كثب في كل المناطق") in found


def test_tangled_marks_are_left_alone() -> None:
    """A closer-shaped mark whose next marks do not pair cleanly is not dropped
    («… "مركز التنمية". وقال: "نحن …   وتابع: "ما …»)."""
    text = ('وأضاف: "كان لنا السبق في اسم المركز "مركز التنمية".   وقال: "نحن نأمل في '
            'التوفيق.   وتابع: "ما')
    assert not any("وتابع" in text[q.start:q.end] for q in find_quotes(text))


@pytest.mark.parametrize("middle", ["قبل أن يغادر القاعة", "دون أن يقدم أي تفاصيل"])
def test_quote_after_time_or_manner_clause(middle: str) -> None:
    text = f"وقال أحمد سالم {middle} “سنواصل العمل على تطوير المشاريع الجديدة في المنطقة”."
    assert statement_triples(text) == [
        ("أحمد سالم", "وقال", "سنواصل العمل على تطوير المشاريع الجديدة في المنطقة")]


def test_short_quote_after_time_clause_is_a_name() -> None:
    """«بعد أن شارك في ثورة «17 فبراير»»: a short quote names a thing, it is no speech."""
    text = "وقال أحمد سالم بعد أن شارك في ثورة «17 فبراير (شباط)» لإسقاط النظام."
    assert statement_triples(text) == []


def test_cue_after_while() -> None:
    """«…، فيما أكد فلان أن …»: «فيما» is "while" before a verb cue, not "in what"."""
    text = "ووصلت السفينة إلى الميناء صباح اليوم، فيما أكد أحمد سالم أنه تم تركيب الأجهزة."
    assert statement_triples(text) == [("أحمد سالم", "أكد", "تم تركيب الأجهزة")]


def test_cue_after_while_without_subject() -> None:
    text = "وقال أحمد سالم إن المشروع تأخر، فيما أكد أن العمل سيستأنف قريبا."
    assert statement_triples(text)[1] == ("أحمد سالم", "أكد", "العمل سيستأنف قريبا")


def test_in_what_after_demonstrative_stays_speakerless() -> None:
    assert statement_triples("وهذا فيما يؤكد أن الوضع مستقر.") == []


def test_object_after_quoted_name() -> None:
    """«وطالب "فلان" الهيئة بـ…»: the closing mark after a quoted subject is not the start
    of the object."""
    text = 'وأوضح "أحمد سالم" أن الخطة جاهزة. وطالب "أحمد سالم" الهيئة العامة بالنظر في وضع المنشآت.'
    assert statement_triples(text)[1] == ("أحمد سالم", "وطالب", "بالنظر في وضع المنشآت")


def test_object_after_quoted_name_and_its_adjective() -> None:
    """«كشفت صحيفة "…" الألمانية ملفات …»: the adjective belongs to the name."""
    text = 'وأعلنت "وزارة الداخلية" الاتحادية تدشين خطة جديدة لمكافحة الجريمة في المدن.'
    found = statement_triples(text)
    assert [c for _, _, c in found] == ["تدشين خطة جديدة لمكافحة الجريمة في المدن"]
