"""A setting phrase between the cue and its object is skipped also when it holds a number
(«أعلنت في نهاية العام 2012 عن …», «في تقريرها لعام 2014، إلى …»)."""
from __future__ import annotations

from .quotes_support import run


def _contents(text: str) -> list[str]:
    return [s.content.text for s in run(text).statements]


def test_setting_with_a_year_before_the_cue_preposition() -> None:
    assert _contents("وكانت الشركة قد أعلنت في نهاية العام 2012 عن نجاحها في تطوير المنتج.") \
        == ["نجاحها في تطوير المنتج"]


def test_setting_with_a_year_before_its_comma() -> None:
    assert _contents("وأشارت وزارة الداخلية في تقريرها لعام 2014، إلى ارتفاع عدد الزوار.") \
        == ["ارتفاع عدد الزوار"]


def test_date_with_a_month_keeps_its_own_rule() -> None:
    assert _contents("وكانت الشركة قد أعلنت في 8 يوليو الحالي الاستغناء عن 7800 وظيفة.") \
        == ["الاستغناء عن 7800 وظيفة"]
