"""Right-to-left HTML rendering of a Document for Jupyter (``doc._repr_html_()``).

The text is drawn in a ``dir="rtl"`` container, never reversed; labels and speaker names are
wrapped in ``<bdi>`` so that mixed-direction text stays readable; all text is HTML-escaped.
"""
from __future__ import annotations

from html import escape
from typing import Iterable

from .document import Document, Statement

COLORS = {"PER": "#ffd8a8", "LOC": "#b2f2bb", "ORG": "#a5d8ff", "MISC": "#e5dbff"}
NAMES = {"PER": "شخص", "LOC": "مكان", "ORG": "منظمة", "MISC": "أخرى"}
STYLE = """<style>
.ae-doc{direction:rtl;text-align:right;font-family:'Noto Naskh Arabic','Amiri',serif;
 font-size:18px;line-height:2.1;unicode-bidi:isolate}
.ae-ent{border-radius:4px;padding:1px 3px}
.ae-label{font-size:11px;font-family:sans-serif;background:#495057;color:#fff;
 border-radius:3px;padding:0 3px;margin:0 2px;vertical-align:middle}
.ae-quote{background:#fff3bf;border-bottom:2px solid #f08c00}
.ae-cue{text-decoration:underline 2px #c92a2a;font-weight:bold}
.ae-speaker{font-size:11px;font-family:sans-serif;background:#c92a2a;color:#fff;
 border-radius:3px;padding:0 4px;margin:0 2px}
.ae-legend{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:10px;font-size:15px}
.ae-table{direction:rtl;border-collapse:collapse;margin-top:8px;font-size:14px}
.ae-table td,.ae-table th{border:1px solid #dee2e6;padding:2px 6px;text-align:right}
</style>"""


def _mention_types(doc: Document) -> dict[tuple[int, int], str]:
    spans = {(m.start, m.end): m.label for m in doc.mentions}
    for entity in doc.entities:
        for m in entity.mentions:
            spans[(m.start, m.end)] = entity.type
    return spans


def _boundaries(doc: Document, mentions: dict[tuple[int, int], str]) -> list[int]:
    points = {0, len(doc.text)}
    for start, end in mentions:
        points.update((start, end))
    for st in doc.statements:
        points.update((st.cue.start, st.cue.end, st.content.start, st.content.end))
    return sorted(p for p in points if 0 <= p <= len(doc.text))


def _covering(pos: int, spans: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s <= pos < e), None)


def _piece(doc: Document, a: int, b: int, mentions: dict, statements) -> str:
    text = escape(doc.text[a:b]).replace("\n", "<br>")
    classes = []
    if any(st.content.start <= a < st.content.end for st in statements):
        classes.append("ae-quote")
    if any(st.cue.start <= a < st.cue.end for st in statements):
        classes.append("ae-cue")
    span = _covering(a, mentions)
    style = f' style="background:{COLORS[mentions[span]]}"' if span else ""
    if span:
        classes.append(f"ae-ent ae-{mentions[span]}")
    html = f'<span class="{" ".join(classes)}"{style}>{text}</span>' if classes else text
    if span and b == span[1]:
        html += f'<bdi class="ae-label">{mentions[span]}</bdi>'
    return html


def _who(st: Statement) -> str:
    """The speaker's name, and those of the people speaking with it («فلان و فلان»)."""
    names = [s.name or s.text or "؟" for s in (st.speaker, *st.co_speakers)]
    return " و".join(names)


def _speaker_badge(st: Statement) -> str:
    return f'<bdi class="ae-speaker">{escape(_who(st))}</bdi>'


def render_text(doc: Document) -> str:
    mentions = _mention_types(doc)
    starts = {st.content.start: st for st in doc.statements}
    points = _boundaries(doc, mentions)
    parts = []
    for a, b in zip(points, points[1:]):
        if a in starts:
            parts.append(_speaker_badge(starts[a]))
        parts.append(_piece(doc, a, b, mentions, doc.statements))
    return "".join(parts)


def legend() -> str:
    items = "".join(f'<span><span class="ae-ent" style="background:{c}">{NAMES[t]}</span>'
                    f'<bdi class="ae-label">{t}</bdi></span>' for t, c in COLORS.items())
    return (f'<div class="ae-legend" dir="rtl">{items}<span class="ae-quote">قول منسوب</span>'
            f'<span class="ae-cue">فعل القول</span></div>')


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return ""
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td><bdi>{escape(c)}</bdi></td>" for c in row) + "</tr>"
                   for row in rows)
    return f'<table class="ae-table" dir="rtl"><tr>{th}</tr>{body}</table>'


def summary_table(doc: Document) -> str:
    """Entities (type, name, mentions, titles) and statements (speaker, cue, content, kind)."""
    entities = [(e.type, e.name, str(len(e.mentions)), "، ".join(e.titles))
                for e in doc.entities]
    statements = [(_who(st), st.cue.text,
                   _short(st.content.text), st.kind) for st in doc.statements]
    return (_table(("النوع", "الاسم", "الإشارات", "الألقاب"), entities)
            + _table(("المتحدث", "فعل القول", "القول", "النوع"), statements))


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def render(doc: Document, *, table: bool = True) -> str:
    """HTML for one document: legend, the article right-to-left, and a summary table."""
    body = f'<div class="ae-doc" dir="rtl" lang="ar">{render_text(doc)}</div>'
    return STYLE + legend() + body + (summary_table(doc) if table else "")
