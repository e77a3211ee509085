"""Statement kinds: «mixed» is indirect speech with a quoted fragment of the speaker's own
words; one or two quoted words are a name or a term and leave it indirect."""
import pytest


CASES = [
    ("وقال الوزير أحمد سالم إن مبادرة \"نرسم بسمتهم\" حققت نجاحا كبيرا.", "indirect"),
    ("وأكد أحمد سالم أن الهجوم يخدم «داعش» في المنطقة.", "indirect"),
    ("وقال أحمد سالم إن الحكومة «لن تتراجع عن قرارها» مهما كانت الضغوط.", "mixed"),
    ("وقال أحمد سالم: «لن نتراجع عن قرارنا».", "direct"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_statement_kind(nlp, text: str, kind: str) -> None:
    (statement,) = nlp(text).statements
    assert statement.kind == kind
