"""Build the NER gazetteers shipped in ``arabic_extract/ner/data`` from ``../shared``.

``python -m arabic_extract.train.lexicons`` writes
- ``gaz_per.txt``, ``gaz_loc.txt``, ``gaz_org.txt``: the shared gazetteers (ANERgazet, Arabic
  given names, CLDR country names, Iraqi provinces/districts), normalized and deduplicated;
- ``mined_per.txt``, ``mined_loc.txt``, ``mined_org.txt``: names mined from unannotated
  SaudiNewsNet text through patterns (title + name, place word + name, organization head +
  name), keeping words whose pattern share of all their occurrences is high.
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..ner.tagging import ARTICLE_STOP
from ..normalize import normalize
from ..resources import data_path
from .clusters import CORPUS, tokenized_corpus

GAZ = Path("../shared/data/gazetteers")
OUT = data_path("ner", "data")
MINED_HEADER = ("# {what} mined from SaudiNewsNet unlabeled news (CC BY-NC-SA 4.0) by the\n"
                "# pattern «{pattern}»; this derived list is CC BY-NC-SA 4.0.\n"
                "# Rebuild: python -m arabic_extract.train.lexicons\n")
#: organization heads whose next word is the name even with the article (نادي الهلال)
NAME_HEADS = ("نادي", "فريق", "حزب", "حركه", "جماعه", "شركه", "صحيفه", "جريده", "قناه",
              "مجموعه", "تنظيم", "مصرف", "بنك", "وكاله", "ائتلاف", "تيار", "كتله", "مجموعه")
PLACE_TRIGGERS = ("مدينه", "محافظه", "منطقه", "العاصمه", "عاصمه", "اقليم", "ولايه", "قريه",
                  "بلده", "مدينتي", "دوله", "جمهوريه", "مملكه", "قضاء", "ناحيه", "مخيم")


def _lines(path: Path) -> list[str]:
    return [s.strip() for s in path.read_text(encoding="utf-8").splitlines()
            if s.strip() and not s.startswith("#")]


def _write(name: str, header: str, entries: Iterable[str]) -> int:
    items = sorted({normalize(e) for e in entries if len(normalize(e)) > 1
                    and "*" not in e and "=" not in e})
    (OUT / name).write_text(header + "\n".join(items) + "\n", encoding="utf-8")
    return len(items)


def _iraq_geo() -> list[str]:
    data = json.loads((GAZ / "iraq_geo" / "iraq_geo_output.json").read_text(encoding="utf-8"))
    names = []
    for prov in data["provinces"]:
        names.append(prov["arbName"].removeprefix("محافظة "))
        names.extend(d["arbName"] for d in prov.get("districts", ()))
    return names


def shared_gazetteers() -> None:
    with open(GAZ / "arabic_given_names" / "Arabic_names.csv", encoding="utf-8") as handle:
        given = [row["name"] for row in csv.DictReader(handle)]
    with open(GAZ / "countries_cldr_ar" / "ar_country.csv", encoding="utf-8") as handle:
        countries = [row["value"] for row in csv.DictReader(handle)]
    anger = GAZ / "anergazet"
    _write("gaz_per.txt", "# Person names: ANERgazet AlignedPersGazetteer (Benajiba; license "
           "not stated upstream)\n# + Arabic given names list (license not stated upstream).\n"
           "# Normalized. Rebuild: python -m arabic_extract.train.lexicons\n",
           _lines(anger / "AlignedPersGazetteer.txt") + given)
    _write("gaz_loc.txt", "# Places: ANERgazet AlignedLocGazetteer (license not stated) + CLDR "
           "country names (MIT)\n# + Iraqi provinces and districts, iraq_geo (MIT). Normalized.\n"
           "# Rebuild: python -m arabic_extract.train.lexicons\n",
           _lines(anger / "AlignedLocGazetteer.txt") + countries + _iraq_geo())
    _write("gaz_org.txt", "# Organizations: ANERgazet AlignedOrgGazetteer (Benajiba; license "
           "not stated upstream).\n# Normalized. Rebuild: python -m arabic_extract.train."
           "lexicons\n", _lines(anger / "AlignedOrgGazetteer.txt"))


def _norm_list(name: str) -> set[str]:
    return {normalize(s) for s in _lines(OUT / name) if " " not in s}


def _keep(hits: Counter[str], counts: Counter[str], min_hits: int, ratio: float) -> list[str]:
    return [w for w, n in hits.items() if n >= min_hits and n / counts[w] >= ratio
            and len(w) > 2 and not w.isdigit()]


def mine(sentences: list[list[str]], counts: Counter[str]) -> None:
    titles = _norm_list("titles.txt") - {"رئيس", "نائب", "مدير", "قائد", "وزير", "سفير"}
    heads = _norm_list("org_heads.txt")
    stop = {w for w, _ in counts.most_common(150)}
    per, loc, org = Counter[str](), Counter[str](), Counter[str]()
    for words in sentences:
        for i, word in enumerate(words[:-1]):
            if word in titles:
                j = i + 1
                while j < len(words) - 1 and words[j].startswith("ال") and j - i < 3:
                    j += 1
                if not words[j].startswith("ال"):
                    per[words[j]] += 1
            elif word in PLACE_TRIGGERS:
                loc[words[i + 1]] += 1
            elif word in NAME_HEADS or (word in heads and not words[i + 1].startswith("ال")):
                org[words[i + 1]] += 1
    for name, what, pattern, hits, least, ratio in (
            ("mined_per.txt", "Person name words", "title + name", per, 3, 0.2),
            ("mined_loc.txt", "Place names", "place word + name", loc, 3, 0.1),
            ("mined_org.txt", "Organization name words", "organization head + name", org, 4,
             0.05)):
        kept = [w for w in _keep(hits, counts, least, ratio) if w not in stop]
        print(f"{name}: {_write(name, MINED_HEADER.format(what=what, pattern=pattern), kept)}")


MINISTRY = frozenset({"وزير", "وزيره", "وزاره", "وزارتي", "وزراء"})
TIME_WORDS = frozenset({"اليوم", "الماضي", "الماضيه", "الحالي", "الحاليه", "المقبل",
                        "المقبله", "الاسبوع", "الشهر", "العام", "الجاري", "امس"})
def definite_run(words: list[str], i: int, most: int = 3) -> list[str]:
    """The definite words (ال…) starting at ``words[i]``, at most ``most`` of them."""
    run: list[str] = []
    while i < len(words) and len(run) < most and words[i].startswith("ال") \
            and words[i] not in ARTICLE_STOP and len(words[i]) > 3:
        run.append(words[i])
        i += 1
    return run


def mine_phrases(sentences: list[list[str]]) -> None:
    """Organization phrases «head + definite words» seen at least five times, and their
    two-word tails when they mostly occur after a head (العمليات المشتركة)."""
    heads = _norm_list("org_heads.txt")
    titles = _norm_list("titles.txt") | TIME_WORDS
    org, ministry = Counter[str](), Counter[str]()
    for words in sentences:
        for i, word in enumerate(words[:-1]):
            if word in MINISTRY:
                ministry[words[i + 1]] += 1
            if word in heads:
                run = definite_run(words, i + 1)
                for n in range(1, len(run) + 1):
                    org[" ".join([word, *run[:n]])] += 1
                if len(run) >= 2 and not {run[0], run[1]} & titles:
                    org[" ".join(run[:2])] += 1
    headed = {p for p, n in org.items() if n >= 5 and p.split()[0] in heads}
    portfolios = {w for w, n in ministry.items() if n >= 5}  # الخارجيه, الداخليه …
    tails = _specific(sentences, {p: n for p, n in org.items() if n >= 5 and p.split()[0]
                                  not in heads and p.split()[0] not in portfolios}, 0.3)
    header = MINED_HEADER.format(what="Organization phrases",
                                 pattern="organization head + definite words")
    print(f"mined_org_phrases.txt: {_write('mined_org_phrases.txt', header, headed | tails)}")


def _specific(sentences: list[list[str]], hits: dict[str, int], ratio: float) -> set[str]:
    """Phrases found in the pattern for at least ``ratio`` of all their uses."""
    wanted = {tuple(p.split()): n for p, n in hits.items()}
    sizes = {len(p) for p in wanted}
    total = Counter[tuple[str, ...]]()
    for words in sentences:
        for n in sizes:
            for i in range(len(words) - n + 1):
                gram = tuple(words[i:i + n])
                if gram in wanted:
                    total[gram] += 1
    return {" ".join(p) for p, n in wanted.items() if n >= ratio * total[p]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m arabic_extract.train.lexicons")
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--cache", default="/tmp/arabic_extract_news_tokens.txt")
    args = parser.parse_args(argv)
    shared_gazetteers()
    sentences = tokenized_corpus(args.corpus, Path(args.cache))
    counts = Counter(w for s in sentences for w in s)
    mine(sentences, counts)
    mine_phrases(sentences)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
