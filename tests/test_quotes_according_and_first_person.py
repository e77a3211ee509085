"""Recall rules of session 11 (rec6): «according to» phrases with a title apposition, a
quoted source or an aside before the opener; a background clause with a reporting verb;
first-person speech right after a say verb."""
from __future__ import annotations

from tests.quotes_support import run, statement_rows


_rows = statement_rows


def test_a_trailing_source_with_a_title_apposition_still_closes_the_sentence() -> None:
    """«…، بحسب ما يقول فلان، مدير شركة …»: the clause before the phrase is his."""
    rows = _rows("وتعمل الحكومة على تحسين الأوضاع الاقتصادية في البلاد، بحسب ما يقول أحمد"
                 " سالم، مدير شركة الاستشارات المالية.")
    assert rows == [("يقول", "أحمد سالم", "تعمل الحكومة على تحسين الأوضاع الاقتصادية في"
                     " البلاد")]


def test_a_quoted_source_after_the_marker_speaks() -> None:
    """«…، حسب «الوكالة».»: the quote marks around a short source name are skipped."""
    rows = _rows("وقتل عشرون شخصا في انفجار سيارة مفخخة في العاصمة أمس، حسب «وكالة الأنباء"
                 " العراقية».")
    assert rows == [("حسب", "وكالة الأنباء العراقية",
                     "قتل عشرون شخصا في انفجار سيارة مفخخة في العاصمة أمس")]


def test_a_news_portal_is_a_source_and_its_closing_mark_is_left_out() -> None:
    doc = run("أزاحت الشركة الستار عن هاتفها الجديد خلال مؤتمر عقدته اليوم، بحسب “بوابة"
              " أخبار التقنية”.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("بوابة أخبار التقنية", "أزاحت الشركة الستار عن هاتفها الجديد خلال مؤتمر عقدته"
         " اليوم")]


def test_a_quoted_name_inside_a_clause_is_no_source() -> None:
    """«كما أضافت «…» إلى برنامجها»: the quote does not close the phrase."""
    doc = run("وستبدأ الشركة رحلات جديدة هذا الصيف، كما أضافت «وكالة الأنباء العراقية» إلى"
              " برنامجها.")
    assert doc.statements == ()


def test_an_according_aside_before_the_opener_is_skipped() -> None:
    """«وقال متحدث …، وفقاً لما نقلته صحيفة …، إن …», also after a named subject whose
    apposition the aside is."""
    rows = _rows("وقال متحدث باسم الشرطة، وفقاً لما نقلته صحيفة الشرق، أن المصابين نقلوا"
                 " إلى المستشفى.")
    assert [r[2] for r in rows] == ["المصابين نقلوا إلى المستشفى"]
    rows = _rows("وقال أحمد سالم، بحسب ما نقلت عنه وكالة الأنباء العراقية، إن بلاده مستعدة"
                 " للحوار.")
    assert rows == [("وقال", "أحمد سالم", "بلاده مستعدة للحوار")]


def test_a_background_clause_with_a_reporting_verb_ends_the_content() -> None:
    """«…، وكان الوزير اقترح …» (pluperfect without «قد»); an ambiguous «بين» ("between")
    opens no background clause."""
    rows = _rows("وأشار أحمد سالم إلى أن المفاوضات ستستمر حتى نهاية الشهر، وكان الوزير اقترح"
                 " في وقت سابق خروجا مؤقتا.")
    assert rows[0][2] == "المفاوضات ستستمر حتى نهاية الشهر"
    rows = _rows("وأوضح أحمد سالم أن عدد المصابات بلغ 79 حالة، وكانت نسبة الوفيات هذا العام بين"
                 " الإصابات مرتفعة.")
    assert rows[0][2].endswith("بين الإصابات مرتفعة")


def test_first_person_words_after_a_say_verb_are_direct_speech() -> None:
    """«وأضاف نستعد …», «وقال لن نسمح …», «وقال فلان نعمل …، وأظهر فلان …»; a noun in
    «ن» («نائب») is no first-person verb."""
    rows = _rows("وأكد أحمد سالم أن الفريق جاهز. وأضاف نستعد لبدء مرحلة ثالثة من المباريات.")
    assert rows[1] == ("وأضاف", "أحمد سالم", "نستعد لبدء مرحلة ثالثة من المباريات")
    rows = _rows("وأكد أحمد سالم أن الوضع مستقر. وقال لن نسمح بتكرار ما حدث في الماضي.")
    assert rows[1] == ("وقال", "أحمد سالم", "لن نسمح بتكرار ما حدث في الماضي")
    rows = _rows("وقال أحمد سالم نعمل على صفقة عادلة مع بريطانيا، وأظهر أحمد سالم تفاؤلا"
                 " بالاتفاق.")
    assert rows == [("وقال", "أحمد سالم", "نعمل على صفقة عادلة مع بريطانيا")]
    assert _rows("وقال نائب الرئيس في كلمته الموقف ثابت.") == []


def test_on_what_after_a_comma_is_a_trailing_according_phrase() -> None:
    """«…، على ما أعلن مصدر عسكري»: as «حسبما أعلن»; without the comma («حصل على ما
    أعلنت عنه الشركة») it is "what", and a verb whose phrase does not close the sentence
    («…، على ما أعلن مصدر، محملا …») reports nothing."""
    rows = _rows("وقتل عشرون شخصا في انفجار سيارة مفخخة في العاصمة أمس، على ما أعلن مصدر"
                 " عسكري.")
    assert rows == [("أعلن", "مصدر عسكري", "قتل عشرون شخصا في انفجار سيارة مفخخة في العاصمة أمس")]
    assert _rows("وحصل اللاعب على ما أعلنت عنه الشركة من جوائز.") == []
    assert _rows("وقتل عشرون شخصا في انفجار سيارة مفخخة في العاصمة أمس، على ما أعلن مصدر"
                 " عسكري، محملا التنظيم المسؤولية.") == []
