"""List the dev events the roles got wrong: every missed gold event with the candidate events of its
sentence (and those dropped for want of an actor or recipient), and every false event.

    PYTHONPATH=src python tools/events/role_errors.py [--split dev] [--lang de]

Each miss is classed: `roles` (an event of the gold type was emitted in the sentence with other
parties), `dropped` (a trigger of the gold type was read but its event dropped: no actor, no recipient
where one is needed), `notype` (no trigger of the gold type in the sentence: the lexicon's). Uses the
cached upstream documents of debug_pipeline.py (refresh them there). Tune on dev only.
"""
from __future__ import annotations

import argparse
from collections import Counter

from debug_pipeline import _pairs, documents

from cronaca.evaluate.article_scores import Identity
from cronaca.extract.events import extractor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--lang", default="")
    args = ap.parse_args()
    dropped: list[tuple] = []
    original = extractor._event

    def recording(ctx, trigger, unit, found, *rest, **kw):
        event = original(ctx, trigger, unit, found, *rest, **kw)
        if event is None:
            dropped.append((unit.start, unit.end, trigger.type, list(found.actors), list(found.targets), found.rule))
        return event

    extractor._event = recording
    classes: Counter[str] = Counter()
    for article, doc in documents(args.split, False):
        if args.lang and article.language != args.lang:
            continue
        doc.events = extractor.extract(doc)
        dropped.clear()
        candidates = extractor.extract(doc, keep_all=True)
        seen_dropped = list(dropped)
        identity = Identity.of(article, doc)
        pairs = _pairs(article, doc, identity)
        hits, found = {j for _, j in pairs}, {i for i, _ in pairs}
        text = doc.text

        def show(e) -> str:
            return (f"{e.type} {[identity.entity(x) for x in e.source]}->{[identity.entity(x) for x in e.target]} "
                    f"{e.status} c={e.confidence:.2f} [{e.trigger.text}] {e.rule}")

        print(f"== {article.id}")
        for i, g in enumerate(article.events):
            if i in found:
                continue
            at = text.find(g.evidence) if g.evidence else -1
            sentence = next(((s, e) for s, e in doc.sentences if s <= at < e), None) if at >= 0 else None
            near = [c for c in candidates if sentence and sentence[0] <= c.trigger.start < sentence[1]]
            lost = [d for d in seen_dropped if sentence and sentence[0] <= d[0] < sentence[1]]
            kind = "roles" if any(c.type == g.type for c in near) else \
                "dropped" if any(d[2] == g.type for d in lost) else "notype"
            classes[kind] += 1
            print(f" G-[{kind}] {g.type} {list(g.source)}->{list(g.target)} {g.status} ev={g.evidence!r}")
            if sentence:
                print(f"     S: {text[sentence[0]:sentence[1]][:300]!r}")
            for c in near:
                print(f"     ~ {show(c)}")
            for d in lost:
                print(f"     x dropped {d[2]} [{text[d[0]:d[1]]}] {d[3]}->{d[4]} {d[5]}")
        for j, e in enumerate(doc.events):
            if j not in hits:
                classes["false"] += 1
                print(f" P- {show(e)} | {e.sentence.text[:250]!r}")
    print(dict(classes))


if __name__ == "__main__":
    main()
