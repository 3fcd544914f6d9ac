"""Why a dev event whose trigger was read came out wrong or not at all: class every such miss and count.

    PYTHONPATH=src python tools/events/unused_misses.py [--lang it] [--show] [--all-misses]

Scope: the gold events the scorer files as `missed_trigger_unused` (evaluate/article_scores.miss_reasons: the
lexicon reads a trigger of the gold type in the evidence sentence, but no event of that type came out of it);
with `--all-misses` also `missed_wrong_parties` (an event of the type came out, with other parties). Each is
put in the first class that fits, in this order:

    floor          a candidate with the gold type and parties was made but fell under the confidence floor
    merged         ... it was made and kept, but merged into another event or filtered afterwards
    not-entity     a gold actor is no entity of the document (the linker never found it)
    not-named      no gold actor is mentioned in the evidence sentence (a pronoun, a generic noun such as
                   "the ministry", "il governo", or an actor of an earlier sentence);
                   subclass `near` when a gold actor is mentioned in one of the three sentences before
    one-party      a trigger of the type was read with a gold actor and dropped: a single party where the
                   type's evidence policy (evidence.tsv) keeps none
    no-recipient   ... dropped: the type (or frame, `Y!`) needs a recipient and none was found
    dropped-other  ... dropped for another reason (a place, a domain, a commerce complement...)
    wrong-target   ... made with a gold actor but with other recipients
    named-not-read a gold actor is mentioned in the sentence, but no trigger of the type took it as actor

Uses the cached upstream documents of debug_pipeline.py (refresh them there after upstream changes) and
the scorer's own matching. Dev only: the held-out texts are never read.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from debug_pipeline import documents

from cronaca.evaluate.article_scores import EVIDENCE_OVERLAP, Identity, _trigger_types, event_pairs, same_actors
from cronaca.evaluate.matching import overlap_of_shorter
from cronaca.extract.events import extractor, ontology
from cronaca.extract.events.extractor import MIN_CONFIDENCE

CLASSES = ("floor", "merged", "not-entity", "not-named", "not-named/near", "one-party", "no-recipient",
           "dropped-other", "wrong-target", "named-not-read")


def _sentences_of(doc, evidence: str) -> list[int]:
    return [k for k, (s, e) in enumerate(doc.sentences or [(0, len(doc.text))])
            if overlap_of_shorter(evidence, doc.text[s:e]) >= EVIDENCE_OVERLAP]


def _drop_reason(ctx_types: dict[str, str], trigger, actors: list[str], targets: list[str]) -> str:
    """Which of the party rules of extractor._event a dropped candidate most likely failed."""
    row = ontology.lookup(trigger.type, trigger.mode)
    if not targets and ((row.needs_target and not (row.symmetric and len(actors) >= 2))
                        or trigger.frame.target_required):
        return "no-recipient"
    if len(set(actors) | set(targets)) < 2:
        policy = ontology.one_party().get(f"{trigger.type} {trigger.mode}") or ontology.one_party().get(trigger.type, "keep")
        if policy in ("drop", "noun", "verb", "active"):
            return "one-party"
    return "dropped-other"


def classify(article, doc, calls: list[tuple], all_misses: bool = False) -> list[tuple[str, object, str]]:
    """(class, gold event, detail) of every miss in scope."""
    identity = Identity.of(article, doc)
    pairs = event_pairs(article, doc, identity)
    found = {i for i, _ in pairs}
    spans = doc.sentences or [(0, len(doc.text))]
    emitted_sentences = [doc.text[e.sentence.start:e.sentence.end] for e in doc.events]
    by_gold: dict[str, set[str]] = defaultdict(set)  # gold key -> predicted entity ids
    for eid, key in identity.predicted.items():
        by_gold[key].add(eid)
    mentions = {e.id: [(m.start, m.end) for m in e.mentions] for e in doc.entities}
    out = []
    for i, g in enumerate(article.events):
        if i in found or not g.evidence:
            continue
        there = {doc.events[j].type.upper() for j, sentence in enumerate(emitted_sentences)
                 if overlap_of_shorter(g.evidence, sentence) >= EVIDENCE_OVERLAP}
        if there and not (all_misses and g.type in there):
            continue
        if not there and g.type not in _trigger_types(doc, g.evidence):
            continue
        ks = _sentences_of(doc, g.evidence)
        windows = [spans[k] for k in ks]
        gsrc = [identity.gold_name(n) for n in g.source]
        gtgt = [identity.gold_name(n) for n in g.target]
        near = [c for c in calls if c[0].type == g.type and any(s <= c[1] < e for s, e in windows)]

        def ids(key):
            return by_gold.get(key, set())

        def named(key, window) -> bool:
            return any(s <= a < e for eid in ids(key) for a, _ in mentions.get(eid, []) for s, e in [window])

        detail = " | ".join(f"{c[0].type} [{doc.text[c[1]:c[2]]}] {c[3]}->{c[4]} {c[5]} "
                            f"{'None' if c[6] is None else 'c=%.2f' % c[6].confidence}" for c in near)
        made = [c for c in near if c[6] is not None and same_actors(
            gsrc, gtgt, [identity.entity(x) for x in c[6].source], [identity.entity(x) for x in c[6].target])]
        if made:
            kind = "floor" if all(c[6].confidence < MIN_CONFIDENCE for c in made) else "merged"
        elif not any(ids(k) for k in gsrc):
            kind = "not-entity"
        elif not any(named(k, w) for k in gsrc for w in windows):
            before = [spans[k - d] for k in ks for d in (1, 2, 3) if k - d >= 0]
            kind = "not-named/near" if any(named(k, w) for k in gsrc for w in before) else "not-named"
        else:
            with_actor = [c for c in near if any(identity.entity(a) in gsrc for a in c[3])]
            dropped = [c for c in with_actor if c[6] is None]
            if dropped and not any(c[6] is not None for c in with_actor):
                kind = _drop_reason({}, dropped[0][0], dropped[0][3], dropped[0][4])
            elif with_actor:
                kind = "wrong-target"
            else:
                kind = "named-not-read"
        out.append((kind, g, detail))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="")
    ap.add_argument("--show", action="store_true", help="print every miss with its sentence and candidates")
    ap.add_argument("--all-misses", action="store_true", help="also misses with an event of the type, other parties")
    args = ap.parse_args()
    calls: list[tuple] = []
    original = extractor._event

    def recording(ctx, trigger, unit, found, *rest, **kw):
        actors, targets = list(found.actors), list(found.targets)
        event = original(ctx, trigger, unit, found, *rest, **kw)
        calls.append((trigger, unit.start, max(unit.end, unit.span_end), actors, targets, found.rule, event))
        return event

    extractor._event = recording
    counts: Counter[str] = Counter()
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for article, doc in documents("dev", False):
        if args.lang and article.language != args.lang:
            continue
        calls.clear()
        doc.events = extractor.extract(doc)
        for kind, g, detail in classify(article, doc, list(calls), args.all_misses):
            counts[kind] += 1
            per_lang[article.language][kind] += 1
            if args.show:
                at = doc.text.find(g.evidence)
                print(f"[{kind}] {article.id} {g.type} {list(g.source)}->{list(g.target)} ev={g.evidence[:200]!r}")
                for k in _sentences_of(doc, g.evidence)[:1]:
                    a, b = (doc.sentences or [(0, len(doc.text))])[k]
                    print(f"    S: {doc.text[a:b][:400]!r}")
                if detail:
                    print(f"    ~ {detail}")
                if at < 0:
                    print(f"    (evidence not verbatim in the text, {len(g.evidence)} chars)")
    total = sum(counts.values())
    print(f"misses in scope: {total}")
    for kind in CLASSES:
        row = " ".join(f"{lang} {per_lang[lang][kind]}" for lang in sorted(per_lang) if per_lang[lang][kind])
        print(f"  {kind:15} {counts[kind]:4}   {row}")


if __name__ == "__main__":
    main()
