"""Speaker precision round: a stance opener before the verb («من جهته ثمّن فلان …،
منوهاً …»: quotes/openers.py) and full title phrases («وزير الخارجية اليمني» is not the
Qatari one: quotes/title_match.py)."""
from __future__ import annotations

from .quotes_support import run, speaker_name


def test_a_participle_after_a_stance_opener_goes_with_the_new_subject() -> None:
    doc = run("وأوضح أحمد سالم أن الخدمة مجانية. من جهته ثمّن حسين علاوي مدير العلاقات "
              "العامة والتوجيه المعنوي بالقيادة العامة للقوات، دور البريد، منوهاً بأهمية "
              "مشاركة القطاعات في دعم المرابطين.")
    assert speaker_name(doc, -1) == "حسين علاوي"


def test_a_subjectless_cue_after_a_stance_opener_sentence() -> None:
    doc = run("وقال أحمد سالم إن الطريق مغلق. ومن جانبه استقبل خالد العمر الوفد في "
              "مكتبه بالعاصمة الجديدة يوم أمس، مؤكداً أن التعاون مستمر.")
    assert speaker_name(doc, -1) == "خالد العمر"


def test_a_whole_title_phrase_picks_its_own_person() -> None:
    doc = run("قال الدكتور أحمد سالم، وزير الخارجية اليمني، إن الوضع تحسن. وأوضح سالم عقب "
              "لقائه نظيره الدكتور خالد العمر، وزير الخارجية القطري، أن المحادثات مثمرة. "
              "وأشار وزير الخارجية اليمني إلى أن الدعم مستمر.")
    assert speaker_name(doc, -1) == "أحمد سالم"


def test_a_title_written_after_a_name_without_comma_introduces_it() -> None:
    doc = run("كشف د. حسين علاوي وزير الاستثمار المصري عن حزمة جديدة من التسهيلات. حيث "
              "قال وزير الاستثمار في تصريحات له أمس إن التسهيلات كافية للمستثمر.")
    assert doc.statements[-1].speaker.name == "حسين علاوي"


def test_a_verbal_noun_after_a_modal_is_the_writers_claim() -> None:
    doc = run("وقال أحمد سالم إن الاتفاق مهم. ويمكن القول إن الحكومة فشلت في إدارة الملف.")
    assert len(doc.statements) == 1
    doc = run("وأكد أحمد سالم أن الطريق مفتوح. ولا بد من الإشارة إلى أن المشروع تأخر كثيرا.")
    assert len(doc.statements) == 1


def test_a_proverb_written_before_its_verb_has_no_speaker() -> None:
    doc = run("وقال أحمد سالم إن الحوار ممكن. ولأن المثل الشعبي يقول «من جرب المجرب "
              "ندم» فإن الثقة صعبة.")
    assert len(doc.statements) == 1


def test_an_adverbial_phrase_before_the_verb_leaves_its_subject() -> None:
    doc = run("وفي الواقع يؤكد أحمد سالم أن الحوار ممكن.")
    assert speaker_name(doc, 0) == "أحمد سالم"
