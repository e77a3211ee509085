"""Round rec12: «عبر» opening a sentence with «عن» later in its clause is the verb «عبّر عن»
(expressed), not the preposition "via": a participle or «وقال» after it goes on with its
subject, even when that subject is no recognized name right after the verb."""


from .conftest import speakers_by_cue


def test_subject_of_expressed_goes_on(nlp):
    text = ("قال الوزير محمد العلي إن الخطة جاهزة. من جانبه عبر مدرب الفريق كارلوس ألبرتو "
            "عن سعادته بالفوز في المباراة وقال: \"قدم اللاعبون مستوى مميزا\".")
    assert speakers_by_cue(nlp(text))["وقال"] == "كارلوس ألبرتو"


def test_via_stays_a_preposition(nlp):
    text = ("قال الوزير محمد العلي إن الخطة جاهزة. وعبر الهاتف، أكد مدير المكتب أن "
            "الطلبات ستصل غدا.")
    assert speakers_by_cue(nlp(text))["أكد"] != "الهاتف"
