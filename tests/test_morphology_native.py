"""The optional C accelerator of the built-in analyzer gives the Python code's results.

Parity tests need the compiled module (``pip install -e .`` with a C compiler, or
``python setup.py build_ext --inplace``) and are skipped without it; the fallback tests run
everywhere.
"""
from __future__ import annotations

import pytest

from arabic_extract.document import Token
from arabic_extract.morphology import BuiltinMorphology
from arabic_extract.morphology.native import ENV, native_module
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
