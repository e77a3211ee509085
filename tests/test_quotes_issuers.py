"""A statement speaks for whoever issued it (quotes/issuers.py, data/issuers.txt): «وأضاف
البيان» goes on with the body that spoke «في بيان», «بيان لوزارة …», «بيان من …» and
«بيان القيادة» name the issuer; a masculine cue goes on with «البيان» after a feminine
body (quotes/speakers.py)."""
from __future__ import annotations

from .quotes_support import run, speaker_name


def test_the_statement_goes_on_with_its_issuer() -> None:
    doc = run("قالت وزارة الداخلية في بيان إن الطريق أغلق أمس. وأضاف البيان أن العمل "
              "سيستمر حتى الشهر المقبل.")
    assert speaker_name(doc, -1) == "وزارة الداخلية"
    assert doc.statements[-1].speaker.text == "البيان"


def test_a_masculine_cue_goes_on_with_the_statement_of_a_feminine_body() -> None:
    doc = run("أعلنت وزارة الداخلية في بيان أن الطريق أغلق. وذكر البيان أن الحادث وقع "
              "ليلا. وبين أن التحقيق مستمر. وأشار البيان إلى أن المصابين بخير.")
    assert [speaker_name(doc, k) for k in range(len(doc.statements))] == ["وزارة الداخلية"] * 4


def test_the_issuer_written_after_the_statement_noun() -> None:
    doc = run("وجاء في بيان لوزارة الداخلية أن الطريق أغلق أمس.")
    assert speaker_name(doc, 0) == "وزارة الداخلية"
    doc = run("وأكد بيان صادر عن وزارة الداخلية أن الطريق أغلق أمس.")
    assert speaker_name(doc, 0) == "وزارة الداخلية"
    doc = run("وأكد بيان من الرئاسة اليمنية أن المحادثات مستمرة.")
    assert doc.statements[0].speaker.entity is None
    assert doc.statements[0].speaker.name == "الرئاسة اليمنية"


def test_the_statement_of_a_body_named_by_its_head() -> None:
    doc = run("قالت قيادة العمليات المشتركة إن القوات تقدمت. وقال أحمد سالم إن الوضع "
              "صعب. وأشار بيان القيادة إلى أن القوات سيطرت على الجسر.")
    assert speaker_name(doc, -1) == "قيادة العمليات المشتركة"


def test_a_statement_nobody_issued_before_stays_unnamed() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. وأضاف البيان أن القوات تقدمت.")
    assert doc.statements[-1].speaker.entity is None
    doc = run("وقال أحمد سالم في بيان إن الوضع صعب. وأكد البيان الختامي للقمة أن الدول "
              "متضامنة.")
    assert doc.statements[-1].speaker.entity is None


def test_the_issuer_written_with_the_elided_article() -> None:
    doc = run("أعلنت وزارة الداخلية إغلاق الطريق. وقال أحمد سالم إن الوضع صعب. وأوضح بيان "
              "للوزارة أن العمل مستمر.")
    assert speaker_name(doc, -1) == "وزارة الداخلية"


def test_the_same_source_goes_on_with_the_last_named_speaker() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. وتابع المصدر نفسه إن القوات تقدمت.")
    assert speaker_name(doc, -1) == "أحمد سالم"


def test_a_source_introduced_before_or_alone_stays_unnamed() -> None:
    doc = run("وقال مصدر أمني إن الطريق أغلق. وقال أحمد سالم إن الوضع صعب. وتابع المصدر "
              "نفسه إن القوات تقدمت.")
    assert doc.statements[-1].speaker.entity is None
    doc = run("وقال أحمد سالم إن الوضع صعب. وأضاف المصدر أن القوات تقدمت.")
    assert doc.statements[-1].speaker.entity is None
