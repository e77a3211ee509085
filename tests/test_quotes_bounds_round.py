"""Content bounds and missed statements (round s9/bnd): a quote that is the whole of an
أن-clause, a cue after «إلى ذلك», a vocalized «بيّن», «according to» one of the speakers,
nested ASCII quotes and a participle after a quote."""
from __future__ import annotations

from arabic_extract.document import Document
from arabic_extract.quotes.marks import find_quotes
from tests.quotes_support import run


def _triples(doc: Document) -> list[tuple[str, str, str]]:
    return [(s.cue.text, s.content.text, s.kind) for s in doc.statements]


def test_a_quote_after_the_complementizer_ends_before_the_reporters_comma() -> None:
    doc = run('وأوضحت وزارة الداخلية في تقرير أن "الطبقات الجديدة ستساعد في حماية المباني"، '
              "طبقا لما ورد في وكالة الأنباء.")
    assert _triples(doc) == [("وأوضحت", "الطبقات الجديدة ستساعد في حماية المباني", "direct")]


def test_a_second_clause_of_the_speaker_after_the_quote_stays() -> None:
    doc = run('وقال أحمد سالم إن "الوضع صعب جدا اليوم"، وإن الحكومة ستتدخل قريبا.')
    assert _triples(doc)[0][1] == '"الوضع صعب جدا اليوم"، وإن الحكومة ستتدخل قريبا'


def test_a_demonstrative_after_a_preposition_is_no_subject() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. إلى ذلك كشف مصدر عسكري أن القوات انسحبت من المدينة.")
    assert ("كشف", "القوات انسحبت من المدينة", "indirect") in _triples(doc)
    fact = run("وقال أحمد سالم إن الوضع صعب. وهذا يؤكد أن القوات انسحبت من المدينة.")
    assert [s.cue.text for s in fact.statements] == ["وقال"]


def test_a_written_shadda_makes_bayyana_a_verb_before_a_far_opener() -> None:
    doc = run("قال أحمد سالم إن الوضع صعب. وبيّن، في خطبة الجمعة، أن الأمن مسؤولية الجميع.")
    assert ("وبيّن", "الأمن مسؤولية الجميع", "indirect") in _triples(doc)
    bare = run("قال أحمد سالم إن الوضع صعب. وبين، في خطبة الجمعة، أن الأمن مسؤولية الجميع.")
    assert [s.cue.text for s in bare.statements] == ["قال"]


def test_according_to_one_of_the_speakers_or_an_officer() -> None:
    doc = run("وغرق القارب في النهر ولا يعرف عدد المفقودين، بحسب أحد المسؤولين.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("أحد المسؤولين", "غرق القارب في النهر ولا يعرف عدد المفقودين")]
    officer = run("وقال أحمد سالم إن الوضع صعب. وبحسب الضابط نفسه فإن القوات لم تنسحب من المدينة.")
    assert ("وبحسب", "القوات لم تنسحب من المدينة", "indirect") in _triples(officer)
    report = run("وغرق القارب في النهر ولا يعرف عدد المفقودين، بحسب أحد التقارير.")
    assert report.statements == ()


def test_an_ascii_quote_inside_an_ascii_quote() -> None:
    text = 'وقال سالم: "يجب أن نحارب الفساد داخل "الاتحاد"، ونحمي اللعبة من العابثين". وغادر.'
    quotes = [q for q in find_quotes(text) if q.depth == 0]
    assert text[quotes[0].start:quotes[0].end] == \
        'يجب أن نحارب الفساد داخل "الاتحاد"، ونحمي اللعبة من العابثين'
    loose = 'قال "الوضع صعب "اليوم. وغادر.'  # no two closers ahead: no nesting
    assert [(q.open, q.close) for q in find_quotes(loose)][0] == (4, 15)


def test_a_participle_after_a_quote_takes_its_own_complement() -> None:
    doc = run('وأفادت وزارة الداخلية عن "سيطرة القوات على البلدة القريبة من النهر" مشيرة إلى '
              "مقتل عشرة أشخاص في المعارك.")
    assert ("مشيرة", "مقتل عشرة أشخاص في المعارك", "indirect") in _triples(doc)


def test_a_setting_phrase_before_the_cues_preposition_is_left_out() -> None:
    """«لدى استقباله …» is a setting like «في …»; «بين» inside it is the preposition."""
    doc = run("قال أحمد سالم إن الوضع صعب. وشدد لدى استقباله عددا من كبار المسؤولين في البلاد "
              "على ضرورة الحفاظ على المكتسبات.")
    assert ("وشدد", "ضرورة الحفاظ على المكتسبات", "indirect") in _triples(doc)
    joint = run("قال أحمد سالم إن الوضع صعب. وشدد في مؤتمر صحفي مشترك بين الوزيرين على "
                "التعاون بين البلدين.")
    assert ("وشدد", "التعاون بين البلدين", "indirect") in _triples(joint)


def test_a_channel_noun_inside_the_setting_is_no_cue_of_its_own() -> None:
    doc = run("وأكد أحمد سالم في تصريح نقلته وكالة الأنباء العراقية، تضامن بلاده مع الشعب الشقيق.")
    assert _triples(doc) == [("وأكد", "تضامن بلاده مع الشعب الشقيق", "indirect")]


def test_an_ascii_mark_after_a_colon_opens_new_speech() -> None:
    """The quote open before «وقال: "» lost its closing mark; the reporter's sentences
    between them speak again."""
    doc = run('وقال أحمد سالم: "الغش حرام لأنه يؤدي إلى البغضاء بين الناس.   وشدد أحمد سالم، على '
              'أن يقيم المسلم الصلاة، وقال: "أيها المسلم إياك أن تقع في الشبهات".')
    assert _triples(doc)[1:] == [("وشدد", "يقيم المسلم الصلاة", "indirect"),
                                 ("وقال", "أيها المسلم إياك أن تقع في الشبهات", "direct")]
