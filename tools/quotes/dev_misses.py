"""List every dev quote error: gold quotes missed, predicted quotes with no gold, wrong speakers.

Dev split only (held-out errors must never steer rules). Each line shows the quote, the gold and
predicted speaker, the rule, and the sentence around it, so errors can be classified by construction.

    PYTHONPATH=src python tools/quotes/dev_misses.py --langs it,es,de,fr > /tmp/misses.txt
"""
from __future__ import annotations

import argparse
from pathlib import Path

from cronaca.evaluate.article_scores import Identity
from cronaca.evaluate.gold import load, predict
from cronaca.evaluate.matching import match, overlap_of_shorter

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "articles"


def context(text: str, start: int, end: int, width: int = 160) -> str:
    """The text around [start, end), one line, the quote marked with ⟦ ⟧."""
    left = max(text.rfind("\n", 0, start) + 1, start - width)
    right = text.find("\n", end)
    right = min(right if right >= 0 else len(text), end + width)
    return (text[left:start] + "⟦" + text[start:end] + "⟧" + text[end:right]).replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="it,es,de,fr")
    parser.add_argument("--kinds", default="miss,false,speaker")
    args = parser.parse_args()
    langs, kinds = set(args.langs.split(",")), set(args.kinds.split(","))
    articles = [a for a in load(GOLD, "dev") if a.language in langs]
    for article, doc, _ in predict(articles):
        if doc is None:
            continue
        ident = Identity.of(article, doc)
        text = doc.text

        def words(g, p) -> bool:
            return overlap_of_shorter(g.text, p.text) >= 0.5

        def attributed(g, p) -> bool:
            return words(g, p) and ident.entity(p.speaker) == ident.gold_name(g.speaker)

        pairs = match(article.quotes, doc.quotes, attributed)
        hit_g, hit_p = {i for i, _ in pairs}, {j for _, j in pairs}
        span = match([g for i, g in enumerate(article.quotes) if i not in hit_g],
                     [p for j, p in enumerate(doc.quotes) if j not in hit_p], words)
        rest_g = [i for i in range(len(article.quotes)) if i not in hit_g]
        rest_p = [j for j in range(len(doc.quotes)) if j not in hit_p]
        span_g = {rest_g[a] for a, _ in span}
        span_p = {rest_p[b] for _, b in span}
        names = {e.id: e.name for e in doc.entities}
        if "speaker" in kinds:
            for a, b in span:
                g, p = article.quotes[rest_g[a]], doc.quotes[rest_p[b]]
                print(f"SPEAKER {article.id} gold={g.speaker!r} pred={names.get(p.speaker, p.speaker)!r} "
                      f"({p.speaker_text!r}) rule={p.rule} direct={g.direct}\n    "
                      + context(text, p.start, p.end))
        if "miss" in kinds:
            for i in rest_g:
                if i in span_g:
                    continue
                g = article.quotes[i]
                at = text.find(g.text)
                where = context(text, at, at + len(g.text)) if at >= 0 else g.text
                print(f"MISS {article.id} gold={g.speaker!r} direct={g.direct}\n    {where}")
        if "false" in kinds:
            for j in rest_p:
                if j in span_p:
                    continue
                p = doc.quotes[j]
                print(f"FALSE {article.id} pred={names.get(p.speaker, p.speaker)!r} ({p.speaker_text!r}) "
                      f"rule={p.rule} direct={p.direct}\n    " + context(text, p.start, p.end))


if __name__ == "__main__":
    main()
