"""Evaluation of attributed statements and article entities against gold JSON files.

A predicted statement matches a gold one when its content covers at least half of the gold
content, at least a third of the predicted content lies inside the gold content, and its
speaker is the same entity: one of the predicted entity's mentions (or the speaker text)
equals one of the gold entity's aliases after :func:`~arabic_extract.entities.name_key`.
A gold ``UNK`` speaker is matched by a predicted speaker without entity, or with the same
speaker text.  Entities match per type through their aliases; optional gold entities are
neither rewarded nor penalized.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..document import Document, Mention, Statement
from ..entities import name_key
from ..errors import InputError
from ..tokenize import Tokenizer

Runner = Callable[[Document], Document]
GOLD_ANNOTATIONS = frozenset({"tokens", "sentences", "mentions"})


@dataclass(frozen=True)
class GoldArticle:
    """One gold file with its article text."""

    name: str
    text: str
    entities: tuple[Mapping[str, Any], ...]
    statements: tuple[Mapping[str, Any], ...]

    def aliases(self, entity_id: str) -> frozenset[str]:
        for ent in self.entities:
            if ent["id"] == entity_id:
                return frozenset(name_key(a) for a in [ent["name"], *ent.get("aliases", ())])
        return frozenset()


def load_gold(gold_dir: str | Path, articles_dir: str | Path) -> list[GoldArticle]:
    """Read every ``*.json`` of ``gold_dir`` with its article from ``articles_dir``."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise InputError(f"no gold *.json files in {gold_dir}")
    articles = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        name = data.get("file") or path.stem + ".txt"
        text_path = Path(articles_dir) / name
        if not text_path.exists():
            raise InputError(f"article {text_path} of gold file {path.name} is missing")
        text = text_path.read_text(encoding="utf-8").lstrip("\ufeff")
        articles.append(GoldArticle(name, text, tuple(data.get("entities", ())),
                                    tuple(data.get("statements", ()))))
    return articles


def gold_document(article: GoldArticle) -> Document:
    """The article tokenized, with the gold entity mentions as ``doc.mentions``."""
    doc = Tokenizer()(Document(text=article.text, id=Path(article.name).stem))
    mentions = sorted({Mention(m["start"], m["end"], m["text"], ent["type"])
                       for ent in article.entities for m in ent.get("mentions", ())},
                      key=lambda m: (m.start, -m.end))
    return doc.replace(mentions=tuple(mentions), annotations=doc.annotations | GOLD_ANNOTATIONS)


def _runner(pipeline: Any, gold_mentions: bool) -> Runner:
    """Turn a Pipeline or a callable into ``Document -> Document``."""
    stages = getattr(pipeline, "stages", None)
    if not gold_mentions:
        return lambda doc: pipeline(Document(text=doc.text, id=doc.id))
    if stages is None:
        return pipeline
    kept = [s for s in stages if not set(s.provides) & GOLD_ANNOTATIONS]

    def run(doc: Document) -> Document:
        for stage in kept:
            doc = stage(doc)
        return doc
    return run


def _overlap(a: Mapping[str, Any], start: int, end: int) -> int:
    return max(0, min(a["end"], end) - max(a["start"], start))


def content_match(gold: Mapping[str, Any], pred: Statement) -> bool:
    inter = _overlap(gold["content"], pred.content.start, pred.content.end)
    gold_len = gold["content"]["end"] - gold["content"]["start"]
    pred_len = pred.content.end - pred.content.start
    return gold_len > 0 and pred_len > 0 and inter * 2 >= gold_len and inter * 3 >= pred_len


def _pred_keys(doc: Document, st: Statement) -> set[str]:
    keys = {name_key(t) for t in (st.speaker.text, st.speaker.name) if t}
    for ent in doc.entities:
        if ent.id == st.speaker.entity:
            keys |= {name_key(m.text) for m in ent.mentions} | {name_key(ent.name)}
    return keys


def speaker_match(article: GoldArticle, gold: Mapping[str, Any], doc: Document,
                  pred: Statement) -> bool:
    if gold["speaker"] == "UNK":
        text = gold.get("speaker_text") or ""
        same_text = bool(pred.speaker.text) and name_key(pred.speaker.text) == name_key(text)
        return pred.speaker.entity is None or same_text
    keys = _pred_keys(doc, pred)
    return any(keys & article.aliases(e) for e in [gold["speaker"], *gold.get("co_speakers", ())])


def _co_counts(article: GoldArticle, gold: Mapping[str, Any], pred: Statement
               ) -> tuple[int, int, int]:
    """Co-speakers of a detected statement: (right, predicted, gold).  A predicted
    co-speaker is right when it is one of the gold speakers (which of two people is named
    first is arbitrary)."""
    speakers = [gold["speaker"], *gold.get("co_speakers", ())]
    right = sum(any({name_key(t) for t in (c.text, c.name) if t} & article.aliases(e)
                    for e in speakers) for c in pred.co_speakers)
    return right, len(pred.co_speakers), len(gold.get("co_speakers", ()))


def _greedy(golds: Sequence[Mapping[str, Any]], preds: Sequence[Statement],
            ok: Callable[[Mapping[str, Any], Statement], bool]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if pi not in used and ok(gold, pred):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def _entity_counts(article: GoldArticle, doc: Document
                   ) -> tuple[dict[str, list[int]], list[str], list[str]]:
    """Per type: [tp, predicted (minus those matching optional gold), gold non-optional];
    and the names of the missed gold and the spurious predicted entities («PER name»)."""
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}
    gold_keys = [(g, article.aliases(g["id"])) for g in article.entities]
    matched: set[str] = set()
    spurious = []
    for ent in doc.entities:
        keys = {name_key(m.text) for m in ent.mentions} | {name_key(ent.name)}
        hits = [g for g, aliases in gold_keys if g["type"] == ent.type and keys & aliases]
        free = next((g for g in hits if not g.get("optional") and g["id"] not in matched), None)
        if free is None and any(g.get("optional") for g in hits):
            continue  # an optional gold entity: neither rewarded nor penalized
        counts.setdefault(ent.type, [0, 0, 0])[1] += 1
        if free is not None:
            matched.add(free["id"])
            counts[ent.type][0] += 1
        else:
            spurious.append(f"{ent.type} {ent.name}")
    missed = []
    for g in article.entities:
        if not g.get("optional"):
            counts.setdefault(g["type"], [0, 0, 0])[2] += 1
            if g["id"] not in matched:
                missed.append(f"{g['type']} {g.get('name') or g['id']}")
    return counts, missed, spurious


def _kind_counts(golds: Sequence[Mapping[str, Any]], preds: Sequence[Statement],
                 pairs: list[tuple[int, int]]) -> dict[str, list[int]]:
    """Per statement kind: [right predictions, predictions, gold found, gold] of the matched
    ``pairs`` (a prediction counts under its own kind, a gold statement under the gold's)."""
    counts: dict[str, list[int]] = {}
    for kind, slot in [(p.kind, 1) for p in preds] + [(g["kind"], 3) for g in golds]:
        counts.setdefault(kind, [0, 0, 0, 0])[slot] += 1
    for g, p in pairs:
        counts[preds[p].kind][0] += 1
        counts[golds[g]["kind"]][2] += 1
    return counts


def _score_article(article: GoldArticle, doc: Document) -> dict[str, Any]:
    golds, preds = article.statements, doc.statements
    full = _greedy(golds, preds, lambda g, p: content_match(g, p)
                   and speaker_match(article, g, doc, p))
    detect = _greedy(golds, preds, content_match)
    right = sum(speaker_match(article, golds[g], doc, preds[p]) for g, p in detect)
    same_kind = sum(golds[g]["kind"] == preds[p].kind for g, p in detect)
    co = [_co_counts(article, golds[g], preds[p]) for g, p in detect]
    entities, missed_entities, spurious_entities = _entity_counts(article, doc)
    return {"article": article.name, "gold": len(golds), "pred": len(preds),
            "tp": len(full), "detected": len(detect), "speaker_right": right,
            "kind_right": same_kind,
            "co_speakers": [sum(c[i] for c in co) for i in range(3)],
            "kinds": _kind_counts(golds, preds, full),
            "entities": entities, "missed_entities": missed_entities,
            "spurious_entities": spurious_entities,
            "missed": [golds[i]["content"]["text"][:60] for i in
                       sorted(set(range(len(golds))) - {g for g, _ in full})],
            "spurious": [preds[i].content.text[:60] for i in
                         sorted(set(range(len(preds))) - {p for _, p in full})]}


def evaluate_statements(gold_dir: str | Path, articles_dir: str | Path, pipeline_or_callable: Any,
                        *, gold_mentions: bool = False) -> dict[str, Any]:
    """Statement P/R/F1, detection-only F1, speaker accuracy and entity P/R/F1 per type.

    ``pipeline_or_callable`` is a :class:`~arabic_extract.pipeline.Pipeline` or a callable
    ``Document -> Document``.  With ``gold_mentions`` the gold entity mentions are given to
    the stages after NER (a plain callable receives the Document holding them)."""
    run = _runner(pipeline_or_callable, gold_mentions)
    articles = [_score_article(a, run(gold_document(a) if gold_mentions else
                                      Document(text=a.text, id=Path(a.name).stem)))
                for a in load_gold(gold_dir, articles_dir)]
    return _aggregate(articles, gold_mentions)


def _aggregate(articles: list[dict[str, Any]], gold_mentions: bool) -> dict[str, Any]:
    def total(key: str) -> int:
        return sum(a[key] for a in articles)
    detected = total("detected")
    ent: dict[str, list[int]] = {}
    for a in articles:
        for typ, (tp, n_pred, n_gold) in a["entities"].items():
            row = ent.setdefault(typ, [0, 0, 0])
            row[0] += tp
            row[1] += n_pred
            row[2] += n_gold
    all_ent = [sum(r[i] for r in ent.values()) for i in range(3)]
    return {"articles": articles, "gold_mentions": gold_mentions,
            "statements": _prf(total("tp"), total("pred"), total("gold")),
            "detection": _prf(detected, total("pred"), total("gold")),
            "speaker_accuracy": total("speaker_right") / detected if detected else 0.0,
            "kind_accuracy": total("kind_right") / detected if detected else 0.0,
            "co_speakers": _prf(*(sum(a["co_speakers"][i] for a in articles)
                                  for i in range(3))),
            "entities": {t: _prf(*row) for t, row in sorted(ent.items())},
            "kinds": _by_kind(articles),
            "entities_all": _prf(*all_ent)}


def _by_kind(articles: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Statements per kind: precision over the predictions of that kind, recall over the gold
    statements of that kind (a matched pair may differ in kind)."""
    rows: dict[str, list[int]] = {}
    for art in articles:
        for kind, counts in art["kinds"].items():
            row = rows.setdefault(kind, [0, 0, 0, 0])
            for i, n in enumerate(counts):
                row[i] += n
    out = {}
    for kind, (right, pred, found, gold) in sorted(rows.items()):
        p, r = _prf(right, pred, 0)["precision"], _prf(found, 0, gold)["recall"]
        out[kind] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                     "tp": found, "pred": pred, "gold": gold}
    return out


def format_report(result: Mapping[str, Any], *, details: bool = False) -> str:
    """A plain-text table of :func:`evaluate_statements` output."""
    lines = [f"articles: {len(result['articles'])}   gold mentions: {result['gold_mentions']}"]
    rows: Iterable[tuple[str, Mapping[str, float]]] = [
        ("statements", result["statements"]), ("detection", result["detection"]),
        ("co-speakers", result["co_speakers"]),
        *((f"  kind {k}", v) for k, v in result.get("kinds", {}).items()),
        *((f"entities {t}", v) for t, v in result["entities"].items()),
        ("entities all", result["entities_all"])]
    lines.append(f"{'':15} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for name, s in rows:
        lines.append(f"{name:15} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{s['tp']:5d} {s['pred']:5d} {s['gold']:5d}")
    lines.append(f"speaker accuracy (on detected): {result['speaker_accuracy']:.3f}")
    lines.append(f"kind accuracy (on detected): {result['kind_accuracy']:.3f}")
    if details:
        for art in result["articles"]:
            lines.append(f"-- {art['article']}: tp {art['tp']}/{art['gold']} pred {art['pred']}")
            lines.extend(f"   missed:   {t}" for t in art["missed"])
            lines.extend(f"   spurious: {t}" for t in art["spurious"])
            lines.extend(f"   missed entity:   {t}" for t in art["missed_entities"])
            lines.extend(f"   spurious entity: {t}" for t in art["spurious_entities"])
    return "\n".join(lines)
