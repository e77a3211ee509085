"""Religious titles and the honorific «فضيلة» are title words (entities/data/titles.txt): a
bare «البطريرك» is no person, «فضيلة إمام …» is a title run, not a person named «إمام»."""
import pytest


def test_the_honorific_fadila_heads_an_imam_title_and_is_no_person(nlp):
    text = ("وقال فضيلة إمام وخطيب المسجد الحرام الشيخ سالم العمري إن التقوى خير زاد. "
            "وأضاف أن الصبر مفتاح الفرج.")
    record = nlp(text).to_dict()
    people = {e["name"]: e for e in record["people"]}
    assert list(people) == ["سالم العمري"]
    assert people["سالم العمري"]["titles"] == ["فضيلة إمام وخطيب المسجد الحرام الشيخ"]
    assert {s["speaker"]["name"] for s in record["statements"]} == {"سالم العمري"}


@pytest.mark.parametrize("title", ["القس", "الحاخام", "البطريرك"])
def test_a_religious_title_before_a_name_is_its_title(nlp, title):
    text = f"وزار {title} جورج حداد المدينة أمس. وقال {title} إن الزيارة ناجحة."
    people = nlp(text).to_dict()["people"]
    assert [e["name"] for e in people] == ["جورج حداد"]
    assert people[0]["titles"] == [title]
