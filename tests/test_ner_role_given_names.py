"""A common given name after a title and its complement opens the person's name even when
it is a frequent word («عمر», «سلمان») and the family name after it is a frequent listed
one («الغامدي»); the head of a body's name («نادي [النصر]») belongs to the complement:
made-up sentences through the pipeline."""
from __future__ import annotations

import pytest

from .conftest import person_texts


@pytest.mark.parametrize("text, name", [
    ("أكد مدير شركة الاتصالات عمر الغامدي أنه راض عن النتائج.", "عمر الغامدي"),
    ("أكد مدير شركة الاتصالات سلمان القحطاني أنه راض عن النتائج.", "سلمان القحطاني"),
    ("أكد لاعب نادي النصر عمر الغامدي أنه مقتنع بقرار الاعتزال.", "عمر الغامدي"),
])
def test_a_common_given_name_after_a_title_and_its_body_opens_the_name(nlp, text, name):
    assert name in person_texts(nlp(text))


def test_the_player_named_after_his_club_speaks(nlp) -> None:
    doc = nlp("أكد لاعب نادي الشباب عمر الغامدي أنه مقتنع بقرار الاعتزال. وقال إنه سيبقى "
              "قريبا من الملاعب.")
    assert [s.speaker.name for s in doc.statements] == ["عمر الغامدي", "عمر الغامدي"]


def test_a_common_noun_with_the_article_is_no_family_name(nlp) -> None:
    assert person_texts(nlp("أكد مدير شركة الاتصالات عمر الناس أنه راض.")) == []
