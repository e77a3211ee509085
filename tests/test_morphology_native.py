"""The optional C accelerator of the built-in analyzer gives the Python code's results.

Parity tests need the compiled module (``pip install -e .`` with a C compiler, or
``python setup.py build_ext --inplace``) and are skipped without it; the fallback tests run
everywhere.
"""
from __future__ import annotations

import pytest

from arabic_extract.document import Segment, Token
from arabic_extract.morphology import BuiltinMorphology
from arabic_extract.morphology.builtin import place
from arabic_extract.morphology.native import ENV, native_module, python_letters
from arabic_extract.morphology.tagger import UPOS
from arabic_extract.morphology.text import letters

needs_native = pytest.mark.skipif(
    native_module() is None,
    reason="the native morphology module is not built (no C compiler at install time, "
           "or ARABIC_EXTRACT_NATIVE=0): the pure-Python analyzer is what runs")

WORDS = ["وبالحكومة", "للحكومة", "كتابهم", "فسيكتبونها", "بينبع", "الانجليزي", "والمسؤولين",
         "ولله", "لل", "ال", "و", "ب", "له", "بها", "ككتاب", "سيارتك", "مدرستنا", "وجيييه",
         "قال", "محمد", "الرياض", "إنّ", "يُعدّ", "أيضاً", "المــملكة", "ﻋﺒﺪ", "ﻻ", "٢٠١٥",
         "2015", "hello", "Obama", "!", "،", "%", "ـ", "", " ", "\u200fالوزير", "\x00",
         "\ud800", "\udfff", "😀", "ا" * 300, "ولل" * 40, "بال" + "ت" * 60, "x" * 500]
SENTENCE = ("وقال وزير الخارجية السعودي للصحفيين إن المملكة ستواصل دعمها للحكومة اليمنية "
            "وأضاف أن الاجتماع المقبل سيعقد في الرياض")


def tokens(words: list[str]) -> tuple[Token, ...]:
    out, pos = [], 0
    for word in words:
        out.append(Token(pos, pos + len(word), word, word))
        pos += len(word) + 1
    return tuple(out)


@pytest.fixture(scope="module")
def pure(monkeypatch_module: pytest.MonkeyPatch) -> BuiltinMorphology:
    monkeypatch_module.setenv(ENV, "0")
    stage = BuiltinMorphology()
    assert stage.model is not None  # loaded with the variable set
    monkeypatch_module.delenv(ENV)
    return stage


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def native() -> BuiltinMorphology:
    return BuiltinMorphology()


def test_switched_off_runs_the_python_code(pure: BuiltinMorphology) -> None:
    assert pure._load()[2] is None and pure.model.native is None
    assert [s.text for s in pure.analyze("وبالحكومة")] == ["و", "ب", "الحكومة"]


@needs_native
def test_native_module_is_used_when_built(native: BuiltinMorphology) -> None:
    assert native._load()[2] is not None and native.model.native is not None


@needs_native
@pytest.mark.parametrize("word", WORDS)
def test_same_analysis_of_each_word(native: BuiltinMorphology, pure: BuiltinMorphology,
                                    word: str) -> None:
    assert native.analyze(word) == pure.analyze(word)


@needs_native
def test_same_analysis_of_running_text(native: BuiltinMorphology,
                                       pure: BuiltinMorphology) -> None:
    words = SENTENCE.split() + WORDS + SENTENCE.split()[::-1]
    assert native._analyse(tokens(words)) == pure._analyse(tokens(words))


@needs_native
def test_same_splits_and_stem_choices(native: BuiltinMorphology) -> None:
    model, _, tables = native._load()
    assert tables is not None
    bares = [letters(w)[0] for w in WORDS + SENTENCE.split()]
    splits = tables.splits(bares)
    assert splits == [model.best_split(b) for b in bares]
    requests = [(split, upos) for split in splits for upos in UPOS]
    chosen = model._stems(requests, {})
    model.native = None
    try:
        assert chosen == model._stems(requests, {})
    finally:
        model.native = tables


@needs_native
def test_bad_input_raises_instead_of_crashing(native: BuiltinMorphology) -> None:
    tables = native._load()[2]
    assert tables is not None
    raw = tables.tables
    for call in (lambda: raw.splits("كتاب"), lambda: raw.splits([1]),
                 lambda: raw.ids([(None, ("a",))], []), lambda: raw.ids([], [None]),
                 lambda: raw.ids([(object(), ("a",), False)], []),
                 lambda: raw.stems([([10 ** 9], "NOUN", "كتاب")]),
                 lambda: raw.stems([([1], 5, "كتاب")])):
        with pytest.raises((TypeError, IndexError, AttributeError, OverflowError)):
            call()
    assert tables.stems([[1]], [(tables.splits(["كتاب"])[0], "NOT-A-TAG")]) is None
    assert native.analyze("كتاب") == native.analyze("كتاب")  # still usable afterwards


RELS = [((0, 4, True, "كتاب", "كتاب", "NOUN", "_"),),
        ((0, 1, True, "و", "و", "CCONJ", "_"), (1, 2, True, "ب", "ب", "ADP", "_"),
         (2, 9, True, "الحكومة", "حكومة", "NOUN", "Definite=Def")),
        ((0, 1, True, "ل", "ل", "ADP", "_"), (1, 7, False, "الحكومة", "حكومة", "NOUN", "_")),
        ((0, 3, False, "xyz", "xyz", "X", "_"), (0, 0, True, "", "", "X", "_"))]


@needs_native
def test_native_place_is_builtin_place(native: BuiltinMorphology) -> None:
    tables = native._load()[2]
    assert tables is not None and tables.place is not None
    toks = tuple(Token(start, start + size, "w" * size, "n")
                 for start in (0, 5, 10 ** 12) for size in (4, 9, 7, 3))
    rels = [RELS[i % len(RELS)] for i in range(len(toks))]
    made = tables.place(toks, rels)
    expected = tuple(Token(t.start, t.end, t.text, t.norm, place(rel, t))
                     for t, rel in zip(toks, rels))
    assert made == expected
    assert all(type(s) is Segment and s.start is None or s.start >= t.start
               for t in made for s in t.segments)
    assert made[0].segments[0].start is toks[0].start and made[0].end is toks[0].end


@needs_native
def test_native_place_bad_input_raises(native: BuiltinMorphology) -> None:
    tables = native._load()[2]
    assert tables is not None and tables.place is not None
    tok = Token(0, 4, "كتاب", "كتاب")
    for args in (([tok], [RELS[0]]), ((tok,), []), ((tok,), [RELS[0][0]]),
                 ((tok,), [((0, 4, True),)]), (("x",), [RELS[0]]),
                 ((tok,), [((0, "a", True, "", "", "X", "_"),)])):
        with pytest.raises((TypeError, ValueError)):
            tables.place(*args)
    assert tables.place((tok,), [RELS[0]])[0].segments[0].text == "كتاب"


@needs_native
def test_native_letters_are_python_letters(native: BuiltinMorphology) -> None:
    tables = native._load()[2]
    assert tables is not None and tables.letters is not python_letters
    words = WORDS + SENTENCE.split() + ["\u064b", "ـًـ", "a\u064bb", "\u200f" * 3,
                                        "x" * 300 + "\u0651", "\ud800\u064b", "ﷲ"]
    assert tables.letters(words) == python_letters(words)
    for bad in (("كتاب",), [1], "كتاب"):
        with pytest.raises(TypeError):
            tables.letters(bad)  # type: ignore[arg-type]
