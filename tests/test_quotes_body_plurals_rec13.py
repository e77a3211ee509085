"""Round rec13: a plural of bodies or sources takes a feminine singular verb; as the
subject of its sentence's first verb it goes on with a feminine singular participle
(«وترفض السلطات المحلية …، مؤكدة أن …»), cut to its head and adjectives; a plural of
things does not speak («وارتفعت الأسعار …، مؤكدة»)."""


from .conftest import speakers_by_cue


def test_authorities_go_on(nlp):
    text = ("قال الوزير محمد العلي إن الخطة جاهزة. وترفض السلطات المحلية تحمل مسؤولية "
            "التأخير، مؤكدة أنها أنجزت كل الإجراءات المطلوبة.")
    assert speakers_by_cue(nlp(text))["مؤكدة"] == "السلطات المحلية"


def test_things_do_not_speak(nlp):
    text = ("قال الوزير محمد العلي إن الخطة جاهزة. وارتفعت الأسعار في الأسواق المحلية "
            "بشكل كبير، مؤكدة أن الطلب زاد.")
    assert speakers_by_cue(nlp(text)).get("مؤكدة") != "الأسعار"
