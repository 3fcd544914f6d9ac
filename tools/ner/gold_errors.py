"""List entity errors of the pipeline on the gold DEV split: false entities and missed gold entities.

Why: the eval report gives counts per article; fixing the linker needs the names behind them
(which surface, which rule, which type was guessed), tallied by class. Only the dev split may be
studied (held-out articles are for reporting), so the script refuses any other split.

    PYTHONPATH=src python tools/ner/gold_errors.py [--lang fr] [--type ORG] > dev-errors.txt
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from cronaca.evaluate.article_scores import Identity, _key, group
from cronaca.evaluate.gold import load, predict
from cronaca.evaluate.matching import match

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="")
    parser.add_argument("--type", default="", help="type group: PERSON, ORG, COUNTRY, PLACE")
    args = parser.parse_args()
    tally: Counter[tuple[str, str, str]] = Counter()
    for article, doc, reason in predict(load(GOLD, "dev")):
        if doc is None or (args.lang and article.language != args.lang):
            continue
        identity = Identity.of(article, doc)
        named = [e for e in doc.entities if not e.implied]
        pairs = match(article.entities, named,
                      lambda g, p: group(g.type) == group(p.type) and identity.entity(p.id) == _key(g.name))
        gold_hit = {i for i, _ in pairs}
        pred_hit = {j for _, j in pairs}
        lines = []
        for j, e in enumerate(named):
            if j in pred_hit or (args.type and group(e.type) != args.type):
                continue
            other = identity.by_name.get(_key(e.name))
            note = f" (gold has it as another type: {other})" if other else ""
            rules = sorted({m.rule for m in e.mentions})
            texts = sorted({m.text for m in e.mentions})
            lines.append(f"  FP {group(e.type):7} {e.name!r} {texts} {rules}{note}")
            tally["FP", group(e.type), rules[0] if rules else ""] += 1
        for i, g in enumerate(article.entities):
            if i in gold_hit or (args.type and group(g.type) != args.type):
                continue
            lines.append(f"  FN {group(g.type):7} {g.name!r} {list(g.aliases)}")
            tally["FN", group(g.type), article.language] += 1
        if lines:
            print(f"== {article.id}")
            print("\n".join(lines))
    print("\n== tally")
    for key, n in tally.most_common():
        print(n, *key)


if __name__ == "__main__":
    main()
