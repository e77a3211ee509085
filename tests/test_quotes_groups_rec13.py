"""Round rec13: a plural participle goes on with a plural group that is the subject of its
sentence's first verb: a listed broken plural of people even when taken for a missed name
(«أهالي القرية»), a nisba plural whose singular the news uses («الحوثيون»)."""


from .conftest import speakers_by_cue


def test_kinsfolk_group_goes_on(nlp):
    text = ("قال الوزير محمد العلي إن الخطة جاهزة. وتجمع أهالي القرية أمام مبنى البلدية، "
            "مؤكدين أن المياه انقطعت عن المنازل منذ أسبوع.")
    assert "أهالي" in speakers_by_cue(nlp(text))["مؤكدين"]


def test_number_word_is_no_nisba_plural(nlp):
    from arabic_extract.quotes.context import Context
    from arabic_extract.quotes.plausible import group_plural
    doc = nlp("وتجاوز عدد الزوار المليون زائر، ونشر الحوثيون بيانا.")
    ctx = Context.build(doc)
    words = {t.text: k for k, t in enumerate(doc.tokens)}
    assert not group_plural(ctx, words["المليون"])
    assert group_plural(ctx, words["الحوثيون"])
