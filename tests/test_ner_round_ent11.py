"""Round ent11, named facilities: corniches and parks named by a place or a definite noun
are LOC mentions with their head («كورنيش جدة», «متنزه الردف العام»), the named parts
of a corniche too («الكورنيش الشمالي»); a park's definite name that is an ordinary word is
not recovered alone elsewhere («الضباب»): made-up sentences, through the rule functions,
the entity stage and the pipeline."""
from __future__ import annotations

from functools import lru_cache

import arabic_extract
from arabic_extract.document import Mention
from arabic_extract.entities.facilities import lost_places
from arabic_extract.ner.facility_places import facility_place_words, join_facility_places
from arabic_extract.pipeline import Pipeline


@lru_cache(maxsize=1)
def _nlp() -> Pipeline:
    return arabic_extract.load()


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in _nlp()(text).mentions]


def test_corniche_head_joins_the_place_it_is_named_after() -> None:
    """Also when the tagger made the head a mention of its own."""
    stems = ["علي", "كورنيش", "جده", "امس"]
    tags = ["O", "B-LOC", "B-LOC", "O"]
    join_facility_places(stems, stems, tags, *facility_place_words())
    assert tags == ["O", "B-LOC", "I-LOC", "O"]
    assert ("كورنيش الدمام", "LOC") in _mentions("تجمع الزوار أمس على كورنيش الدمام.")


def test_park_named_by_a_definite_noun_takes_its_adjective() -> None:
    found = _mentions("وافتتح المحافظ أمس متنزه النخيل العام في المدينة.")
    assert ("متنزه النخيل العام", "LOC") in found
    assert ("منتزه الغدير الوطني", "LOC") in _mentions("وزار الوفد منتزه الغدير الوطني أمس.")


def test_named_part_of_a_corniche_is_a_place() -> None:
    assert ("الكورنيش الجنوبي", "LOC") in _mentions("وأقيمت الفعالية على الكورنيش الجنوبي أمس.")


def test_ordinary_word_of_a_park_name_is_not_recovered_alone() -> None:
    text = "زار الوفد كورنيش الغيوم ثم غطى الغيوم المدينة، وزار مطار القاهرة ثم القاهرة."
    park = Mention(text.index("كورنيش"), text.index("كورنيش") + len("كورنيش الغيوم"),
                   "كورنيش الغيوم", "LOC")
    port = Mention(text.index("مطار"), text.index("مطار") + len("مطار القاهرة"),
                  "مطار القاهرة", "LOC")
    found = [[m.text for m in group] for group in lost_places(text, [park, port])]
    assert found == [["القاهرة"]]
