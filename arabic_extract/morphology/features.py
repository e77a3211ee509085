"""Feature functions shared by training and analysis, and lemma edit scripts."""
from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Mapping

from ..normalize import normalize, normalize_light
from .text import Split

FEAT_KEYS = ("Aspect", "Definite", "Gender", "Number", "Person")
#: the training corpora, each a feature-augmentation domain (see :func:`with_domain`)
DOMAINS = ("pud", "padt")


@dataclass(frozen=True)
class WordStats:
    """What unannotated text says about word types: counts (undiacritized words) and
    distributional clusters (normalized words, two granularities)."""

    counts: Mapping[str, int] = field(default_factory=dict)
    clusters: Mapping[str, list[int]] = field(default_factory=dict)
    #: UD words frequent in the gold data → the UPOS tags they take («NOUN|VERB»)
    classes: Mapping[str, str] = field(default_factory=dict)
    #: word types of automatically tagged news → «UPOS class;majority share;name share»
    #: (see ``arabic_extract.train.selftag``)
    auto: Mapping[str, str] = field(default_factory=dict)

    def get(self, word: str, default: int = 0) -> int:
        return self.counts.get(word, default)

    def ambiguity(self, word: str) -> str:
        return self.classes.get(word, "?")

    def auto_features(self, word: str, name: str, full: bool = True) -> list[str]:
        """What the automatic tags of ``word`` in news say: its UPOS class and how often
        it is in a name (``full``: also the share of its majority tag)."""
        if not self.auto:
            return []
        entry = self.auto.get(word)
        if entry is None:
            return [f"{name}=none"]
        tags, share, names = entry.split(";")
        feats = [f"{name}c={tags}", f"{name}e={names}"]
        return feats + [f"{name}m={tags.split('|')[0]}|{share}"] if full else feats

    def cluster_features(self, word: str, name: str) -> list[str]:
        ids = self.clusters.get(normalize(word))
        if not ids:
            return [f"{name}=none"]
        return [f"{name}{i}={c}" for i, c in enumerate(ids)]


def bucket(count: int) -> int:
    """Logarithmic frequency bucket (0 for unseen): ``min(floor(log2(count + 1)), 12)``."""
    return min((count + 1).bit_length() - 1, 12)


def seg_features(word: str, split: Split, counts: WordStats) -> list[str]:
    """Features of one candidate segmentation of ``word``."""
    key, stem = split.key, split.stem
    pre = key.split("|", 1)[0]
    sc = bucket(counts.get(split.stem_text, 0))
    wc = bucket(counts.get(word, 0))
    feats = [f"k={key}", f"P={pre}", f"E={split.enc}", f"sb|P={sc}|{pre}",
             f"sb|E={sc}|{split.enc}", f"wb|k={wc}|{key}", f"d|k={sc - wc}|{key}",
             f"len|k={min(len(stem), 8)}|{key}", f"f1|P={stem[:1]}|{pre}",
             f"f2|P={stem[:2]}|{pre}", f"l1|E={stem[-1:]}|{split.enc}",
             f"l2|E={stem[-2:]}|{split.enc}", f"sb|k={sc}|{key}"]
    if split.enc and stem.endswith("ت"):
        feats.append(f"tm={bucket(counts.get(stem[:-1] + 'ة', 0))}|{split.enc}")
    if split.procs and not split.restore:
        feats.append(f"al={bucket(counts.get('ال' + stem, 0))}|{pre}")
    return feats


def stem_features(split: Split, counts: WordStats) -> list[str]:
    """Features of a stem in its word, for the UPOS, feature and lemma classifiers:
    :func:`stem_word_features` with its clitics (``P=``, ``E=``) in fourth place."""
    word = stem_word_features(split.stem_text, counts)
    return word[:3] + clitic_features(split) + word[3:]


def clitic_features(split: Split) -> list[str]:
    """The clitics around a stem (the part of :func:`stem_features` not of its text)."""
    return [f"P={split.key.split('|', 1)[0]}", f"E={split.enc}"]


def stem_word_features(stem: str, counts: WordStats) -> list[str]:
    """The part of :func:`stem_features` that depends only on the stem's text."""
    core = stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
    bare_count, al_count = bucket(counts.get(core, 0)), bucket(counts.get("ال" + core, 0))
    feats = ["bias", f"w={stem}", f"c={core}",
             f"al={stem != core}", f"n={min(len(core), 9)}",
             f"fb={bucket(counts.get(stem, 0))}", f"alb={al_count}",
             f"alr={max(-3, min(3, bare_count - al_count))}"]
    feats += [f"s{k}={core[-k:]}" for k in range(1, 5) if len(core) > k]
    feats += [f"p{k}={core[:k]}" for k in range(1, 4) if len(core) > k]
    feats.append(f"ps={core[:1]}|{core[-2:]}")
    feats += [f"t={core[i:i + 3]}" for i in range(1, len(core) - 3)]
    vowels = sum(ch in "اويى" for ch in core)
    feats.append(f"v={min(vowels, 4)}|{min(len(core), 8)}")
    return feats + counts.cluster_features(stem, "k")


def lemma_options(options: Mapping[str, list[str]], upos: str, form: str) -> list[str]:
    """Lemma rules to score for a stem: frequent for its UPOS and for its last letter."""
    by_letter = options.get(f"lemma|{upos}|{form[-1:]}", [])
    return list(dict.fromkeys(by_letter + options.get(f"lemma|{upos}", [])))


def with_domain(features: list[str], domain: str) -> list[str]:
    """Feature augmentation: every feature once plain and once marked with its corpus;
    no ``domain`` (analysis with merged scorers, see ``scoring.merge_domain``): plain."""
    if not domain:
        return features
    return features + [f"{domain}:{f}" for f in features]


def extend_domain(doubled: list[str], extra: list[str], domain: str) -> list[str]:
    """``with_domain(plain + extra, domain)`` given ``doubled == with_domain(plain, domain)``."""
    if not domain:
        return doubled + extra
    half = len(doubled) // 2
    return doubled[:half] + extra + doubled[half:] + [f"{domain}:{f}" for f in extra]


def reduce_feats(feats: str) -> str:
    """Keep the features this analyzer predicts (see ``FEAT_KEYS``)."""
    pairs = [p for p in feats.split("|") if p.split("=", 1)[0] in FEAT_KEYS]
    return "|".join(pairs) if pairs else "_"


def edit_class(form: str, lemma: str) -> str | None:
    """A lemma rule: drop ال?, cut/add letters at the front, cut/add letters at the end."""
    form, lemma = normalize_light(form), normalize_light(lemma)
    drop = form.startswith("ال") and not lemma.startswith("ال") and len(form) > 3
    if drop:
        form = form[2:]
    match = SequenceMatcher(None, form, lemma, autojunk=False).find_longest_match(
        0, len(form), 0, len(lemma))
    if match.size == 0:
        return None
    back = len(form) - match.a - match.size
    return (f"{int(drop)}|{match.a}|{lemma[:match.b]}|{back}|"
            f"{lemma[match.b + match.size:]}")


def apply_edit(form: str, rule: str) -> str | None:
    """The lemma that ``rule`` gives for ``form``, or None when it does not apply."""
    return apply_parsed(normalize_light(form), parse_edit(rule))


#: a lemma rule split into its parts: drop ال?, cut at the front, prefix, cut at the end, suffix
ParsedEdit = tuple[bool, int, str, int, str]


def parse_edit(rule: str) -> ParsedEdit:
    drop, front, pre, back, post = rule.split("|")
    return drop == "1", int(front), pre, int(back), post


def apply_parsed(form: str, edit: ParsedEdit) -> str | None:
    """:func:`apply_edit` of an already normalized ``form`` and a parsed rule."""
    drop, cut_front, pre, cut_back, post = edit
    if drop:
        if not form.startswith("ال") or len(form) <= 3:
            return None
        form = form[2:]
    if cut_front + cut_back >= len(form):
        return None
    return pre + form[cut_front:len(form) - cut_back] + post
