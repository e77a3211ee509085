"""The speaker's next act after indirect content (a prayer, thanks, praise, a wish) is
no part of what was said: «…، سائلا الله أن …», «…، مقدما شكره …», «…، مبديا سعادته …»."""
from __future__ import annotations

import pytest

from tests.quotes_support import run


@pytest.mark.parametrize("text,content", [
    ("وأكد أحمد سالم أن المشروع سيكتمل قبل نهاية العام، سائلا الله أن يوفق الجميع.",
     "المشروع سيكتمل قبل نهاية العام"),
    ("وأوضح أحمد سالم أن المعرض يضم مئة قطعة نادرة، مقدما شكره للقائمين على المهرجان.",
     "المعرض يضم مئة قطعة نادرة"),
    ("وقالت ليلى حسن إن الفريق قدم أداء جيدا، مبدية سعادتها بالنتيجة.",
     "الفريق قدم أداء جيدا"),
    ("وأشار أحمد سالم إلى أن العمل يسير وفق الخطة، مثمنا دور الجهات الحكومية.",
     "العمل يسير وفق الخطة"),
])
def test_content_ends_before_the_next_act(text: str, content: str) -> None:
    assert [s.content.text for s in run(text).statements][:1] == [content]
