"""An adverbial «ما» after a named speaker («سرعان ما نفى»), the speaker phrase ending at an
indefinite sound plural or a lone «بـ» before a quote, and «اتهم فلان القوات بـ«…»»."""
from __future__ import annotations

from .quotes_support import statement_triples


def test_adverbial_ma_after_named_speaker() -> None:
    text = "وشهدت المدينة اشتباكات. لكن الوزير سرعان ما أكد أن الوضع مستقر."
    assert statement_triples(text) == [("الوزير", "أكد", "الوضع مستقر")]


def test_adverbial_ma_without_speaker_before() -> None:
    assert statement_triples("وإنني دائما ما أوضح أن هدفي هو الفهم.") == []


def test_relative_ma_stays_speakerless() -> None:
    assert statement_triples("وهذا ما يؤكد أن الوضع مستقر.") == []


def test_quoted_charge_after_sound_plural() -> None:
    text = "واتهم ناشطون القوات الحكومية بـ«ارتكاب انتهاكات واسعة» في المدينة."
    assert statement_triples(text) == [("ناشطون", "واتهم", "ارتكاب انتهاكات واسعة")]


def test_sound_plural_adjective_ends_subject() -> None:
    text = "وحذر باحثون أستراليون الأطفال من الجلوس طويلا أمام الشاشات."
    assert [s[0] for s in statement_triples(text)] == ["باحثون أستراليون"]


def test_lone_ba_before_quote_ends_subject() -> None:
    text = "وأكدت إدارة العلاقات بـ«المستشفى» أن المرضى بخير."
    assert [s[0] for s in statement_triples(text)] == ["إدارة العلاقات"]
