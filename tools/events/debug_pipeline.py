"""Score the events stage on the gold set behind the real pipeline (clean, link, dates, sources...),
re-running only the events stage on cached upstream output, so rule changes can be checked in a second.

    PYTHONPATH=src python tools/events/debug_pipeline.py [--split dev|heldout] [--show] [--refresh]

The cache (pickled documents, in $TMPDIR) must be refreshed with --refresh after upstream stages change.
Scoring is the project scorer's (evaluate/article_scores.event_scores: overlapping actor sets).
Tune on dev only; heldout is for reporting.
"""
from __future__ import annotations

import argparse
import os
import pickle
import tempfile
from collections import defaultdict
from pathlib import Path

from cronaca.evaluate import gold as gold_mod
from cronaca.evaluate.article_scores import Identity, event_scores, same_actors
from cronaca.evaluate.matching import match
from cronaca.evaluate.metrics import Score
from cronaca.extract.events import Events

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "articles"
CACHE = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "cronaca-events-debug"


def documents(split: str, refresh: bool):
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{split}.pickle"
    if path.exists() and not refresh:
        return pickle.loads(path.read_bytes())
    pairs = []
    for article, doc, _reason in gold_mod.predict(gold_mod.load(GOLD, split)):
        if doc is not None:
            pairs.append((article, doc))
    path.write_bytes(pickle.dumps(pairs))
    return pairs


def _pairs(article, doc, identity) -> list[tuple[int, int]]:
    """(gold index, predicted index) of the events that the scorer matches."""
    actors = [([identity.entity(x) for x in e.source], [identity.entity(x) for x in e.target]) for e in doc.events]

    def same(g, j: int) -> bool:
        return doc.events[j].type == g.type and same_actors(
            [identity.gold_name(n) for n in g.source], [identity.gold_name(n) for n in g.target], *actors[j])

    return match(article.events, list(range(len(doc.events))), same)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--lang", default="", help="only articles of this language")
    args = ap.parse_args()
    totals: dict[str, Score] = defaultdict(lambda: Score("events", args.split, ""))
    dates: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for article, doc in documents(args.split, args.refresh):
        if args.lang and article.language != args.lang:
            continue
        doc.events = []
        doc = Events()(doc)
        identity = Identity.of(article, doc)
        ev, ds = event_scores(article, doc, identity)
        for lang in (article.language, "all"):
            totals[lang].add(ev)
            dates[lang][0] += int(ds.tp)
            dates[lang][1] += int(ds.fp)
            dates[lang][2] += int(ds.fn)
        if args.show:
            print(f"== {article.id} tp {ev.tp} fp {ev.fp} fn {ev.fn}")
            pairs = _pairs(article, doc, identity)
            hits, found = {j for _, j in pairs}, {i for i, _ in pairs}
            for j, e in enumerate(doc.events):
                src = [identity.entity(x) for x in e.source]
                tgt = [identity.entity(x) for x in e.target]
                print(f"  {'P+' if j in hits else 'P-'} {e.type:9} {src}->{tgt} {e.status} {e.date} c={e.confidence} [{e.trigger.text}] "
                      f"{e.rule} | {e.sentence.text[:140]!r}")
            for i, g in enumerate(article.events):
                print(f"  {'G+' if i in found else 'G-'} {g.type:9} {g.source}->{g.target} {g.status} {g.date} [{g.evidence}]")
    for lang, s in sorted(totals.items()):
        d = dates[lang]
        print(f"{lang:4} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}  (tp {s.tp:.0f} fp {s.fp:.0f} fn {s.fn:.0f})"
              f"  dates tp {d[0]} fp {d[1]} fn {d[2]}")


if __name__ == "__main__":
    main()
