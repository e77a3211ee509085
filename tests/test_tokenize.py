"""Tokenizer and sentence splitter: tables of (text, expected tokens) and properties."""
from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from arabic_extract.normalize import normalize
from arabic_extract.tokenize import split_sentences, tokenize


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize("text, expected", [
    ("ذهب إلى بغداد", ["ذهب", "إلى", "بغداد"]),
    ("وبغدادَ", ["وبغدادَ"]),                              # diacritic stays in the word
    ("بـــغداد", ["بـــغداد"]),                           # tatweel inside a word
    ("بلغ 2.4% من 1,000 دينار", ["بلغ", "2.4", "%", "من", "1,000", "دينار"]),
    ("عام ٢٠٢٥ و٣٫٥", ["عام", "٢٠٢٥", "و", "٣٫٥"]),
    ("في 2025-12-31 و27/9/2024", ["في", "2025-12-31", "و", "27/9/2024"]),
    ("الساعة 10:30 صباحا", ["الساعة", "10:30", "صباحا"]),
    ("شركة Google وApple", ["شركة", "Google", "و", "Apple"]),
    ("انظر https://example.com/a?b=1.", ["انظر", "https://example.com/a?b=1", "."]),
    ("راسلنا info@example.org اليوم", ["راسلنا", "info@example.org", "اليوم"]),
    ("#العراق_اليوم @user_1", ["#العراق_اليوم", "@user_1"]),
    ("قال: «نعم»، و“لا”؛ لماذا؟ (هنا)",
     ["قال", ":", "«", "نعم", "»", "،", "و", "“", "لا", "”", "؛", "لماذا", "؟", "(", "هنا", ")"]),
    ("U.S. policy", ["U.S.", "policy"]),
    ("انتظر...", ["انتظر", "..."]),
])
def test_token_table(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_norm_is_beside_the_surface() -> None:
    tok = tokenize("إلى الأُمّــةِ")[1]
    assert tok.text == "الأُمّــةِ"
    assert tok.norm == "الامه"
    assert tokenize("أحمد")[0].norm == normalize("احمد")


@pytest.mark.parametrize("text, expected", [
    ("قال الوزير إن النمو بلغ 2.4 بالمئة. وأضاف أن الأسعار مستقرة.",
     ["قال الوزير إن النمو بلغ 2.4 بالمئة.", "وأضاف أن الأسعار مستقرة."]),
    ("قال د. أحمد إن الوضع مستقر.", ["قال د. أحمد إن الوضع مستقر."]),
    ("قال: «سنعود. لن نتأخر.» ثم غادر.", ["قال: «سنعود. لن نتأخر.» ثم غادر."]),
    ("عنوان بلا نقطة\nالفقرة الأولى.", ["عنوان بلا نقطة", "الفقرة الأولى."]),
    ("هل انتهى؟ نعم!", ["هل انتهى؟", "نعم!"]),
    # an unbalanced quote must not swallow the next paragraph
    ("قال: «لن نتراجع. أبدا\nوفي سياق آخر. انتهى.",
     ["قال: «لن نتراجع. أبدا", "وفي سياق آخر.", "انتهى."]),
    # a straight quote closed by » then a stray straight quote: depth stays at 0, not -1
    ('كتب "عنوان» آخر" ثم قال «هذا صحيح. وذاك» وانتهى.',
     ['كتب "عنوان» آخر" ثم قال «هذا صحيح. وذاك» وانتهى.']),
])
def test_sentence_table(text: str, expected: list[str]) -> None:
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    assert [s.text for s in sentences] == expected
    assert sentences[-1].token_end == len(tokens)


ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى") + ["\u064e", "\u0650", "\u0651", "\u0652",
    "\u0640", "٠", "١", "٩", "0", "7", ".", ",", "٫", "a", "Z", "é", "«", "»", "“", "”", '"',
    "'", "،", "؛", "؟", "!", "(", ")", ":", "-", "/", "#", "@", " ", "\n", "\t", "\u00a0",
    "\u200c", "\u2028", "\x1c"]) | st.characters()


INVISIBLE = regex.compile(r"[\p{Cf}\p{Cc}]")  # whitespace is checked first below


@given(st.text(alphabet=ALPHABET, max_size=80))
def test_tokens_cover_text(text: str) -> None:
    """Tokens are in order, never empty, never hold whitespace, and cover every character
    but whitespace and invisible format/control characters, which a token holds only
    inside it (never at its edges)."""
    tokens = tokenize(text)
    covered: set[int] = set()
    last_end = 0
    for tok in tokens:
        assert tok.text and tok.start >= last_end and tok.end > tok.start
        assert text[tok.start:tok.end] == tok.text
        assert not any(ch.isspace() for ch in tok.text)
        assert not INVISIBLE.match(tok.text[0]) and not INVISIBLE.match(tok.text[-1])
        assert tok.norm == normalize(tok.text) and not INVISIBLE.search(tok.norm)
        covered.update(range(tok.start, tok.end))
        last_end = tok.end
    visible = {i for i, ch in enumerate(text) if not ch.isspace() and not INVISIBLE.match(ch)}
    assert visible <= covered


@pytest.mark.parametrize("text", ["www.a\x1f", "http://a\x1cb", "قال www.sabq.org\x1fوأضاف"])
def test_a_url_stops_at_any_whitespace(text: str) -> None:
    """U+001C–U+001F are whitespace for ``str.isspace`` but not for regex's ``\\s``."""
    tokens = tokenize(text)
    assert tokens and not any(ch.isspace() for tok in tokens for ch in tok.text)
    assert "".join(tok.text for tok in tokens) == "".join(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize("text, expected", [
    ("قال\u200f الوزير", ["قال", "الوزير"]),                 # a bidi mark after a word
    ("\ufeffقال\u200e: نعم", ["قال", ":", "نعم"]),          # BOM, left-to-right mark
    ("\x00قال", ["قال"]),                                    # a control character
    ("انظر https://a.com/b\u200f", ["انظر", "https://a.com/b"]),
])
def test_invisible_characters_are_no_tokens(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_invisible_character_inside_a_word_leaves_its_normalized_form() -> None:
    tok = tokenize("الوز\u200cير")[0]
    assert tok.text == "الوز\u200cير" and tok.norm == "الوزير"


@given(st.text(alphabet=ALPHABET, max_size=80))
def test_sentences_partition_tokens(text: str) -> None:
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    starts = [s.token_start for s in sentences]
    assert starts == ([0] + [s.token_end for s in sentences[:-1]] if tokens else [])
    assert (sentences[-1].token_end if sentences else 0) == len(tokens)
    for sent in sentences:
        assert text[sent.start:sent.end] == sent.text
        assert sent.token_end > sent.token_start


def test_dots_inside_an_acronym_end_no_sentence() -> None:
    """«بي.بي.سي», «د.ب.أ», «gov.sa» stay inside their sentence; a dot glued to a longer
    word after it is a missing space after a sentence end («جيد.وقال»)."""
    from arabic_extract.tokenize import split_sentences, tokenize
    for text, count in [("وقالت بي.بي.سي إن الاتفاق جيد.", 1), ("الرياض (د.ب.أ) قال الوزير.", 1),
                        ("الوضع جيد.وقال أحمد إن الأمر انتهى.", 2)]:
        assert len(split_sentences(text, tokenize(text))) == count, text
