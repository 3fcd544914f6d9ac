"""Documents with hand-made entities, so extract stages can be tested without the link stage.

``make_doc(text, "it", {"Q7747": ("PERSON", ["il presidente russo Vladimir Putin", "Putin"])})``
finds every whole-word occurrence of each surface string (longest first, never overlapping) and
turns it into a Mention of that entity; sentences come from the real sentence splitter.
"""
from __future__ import annotations

import re
from pathlib import Path

from cronaca.document import Document, Entity, Mention, Source
from cronaca.language.sentences import split

HERE = Path(__file__).parent

#: Entities of the seed article, with the surfaces the link stage is expected to find.
SEED_ENTITIES: dict[str, tuple[str, list[str]]] = {
    "Q7747": ("PERSON", ["il presidente russo Vladimir Putin", "Putin"]),
    "Q15031": ("PERSON", ["il presidente cinese Xi Jinping", "Xi"]),
    "Q159": ("COUNTRY", ["Russia"]),
    "Q148": ("COUNTRY", ["Cina"]),
    "Q212": ("COUNTRY", ["Ucraina"]),
    "Q40469": ("MEDIA", ["AP"]),
    "Q649": ("PLACE", ["Mosca"]),
    "Q956": ("PLACE", ["Pechino"]),
    "Q1519": ("PLACE", ["Abu Dhabi"]),
    "Q315514": ("PERSON", ["Sergey Shoigu"]),
    "Q22104": ("PERSON", ["Wang Yi"]),
}


def seed_text() -> str:
    return (HERE / "seed_it_clean.txt").read_text(encoding="utf-8")


def make_doc(text: str, lang: str, entities: dict[str, tuple[str, list[str]]] | None = None,
             published: str | None = None) -> Document:
    doc = Document(raw=text, source=Source(published=published), language=lang, text=text)
    doc.sentences = split(text, lang)
    taken: list[tuple[int, int]] = []
    surfaces = sorted(((s, eid) for eid, (_t, forms) in (entities or {}).items() for s in forms),
                      key=lambda x: -len(x[0]))
    found: dict[str, list[Mention]] = {}
    for surface, eid in surfaces:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            kind = "acronym" if surface.isupper() else ("title" if surface[0].islower() else
                                                        "surname" if " " not in surface else "name")
            found.setdefault(eid, []).append(Mention(m.start(), m.end(), m.group(), eid, "test", 1.0, kind))
    for eid, (etype, forms) in (entities or {}).items():
        mentions = sorted(found.get(eid, []), key=lambda m: m.start)
        doc.entities.append(Entity(eid, forms[-1], etype, mentions=mentions))
    return doc


def seed_doc() -> Document:
    return make_doc(seed_text(), "it", SEED_ENTITIES, published="2026-02-04")
