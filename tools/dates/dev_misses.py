"""List every dev date error: matched events whose gold date the pipeline missed or got wrong.

Dates are scored only on events matched to gold (type + actor + recipient), so a date error here is
a dating rule's error, never an event's. Dev split only (held-out errors must never steer rules).

    PYTHONPATH=src python tools/dates/dev_misses.py --langs de,es,fr > /tmp/date_misses.txt
"""
from __future__ import annotations

import argparse
from pathlib import Path

from cronaca.evaluate.article_scores import Identity, event_pairs
from cronaca.evaluate.gold import load, predict

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "articles"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="it,en,fr,es,de")
    args = parser.parse_args()
    langs = set(args.langs.split(","))
    articles = [a for a in load(GOLD, "dev") if a.language in langs]
    for article, doc, _ in predict(articles):
        if doc is None:
            continue
        for i, j in event_pairs(article, doc, Identity.of(article, doc)):
            want, event = article.events[i].date, doc.events[j]
            got = event.date
            if not want or (got and got[: len(want)] == want):
                continue
            sentence = doc.text[event.sentence.start:event.sentence.end].replace("\n", " ")
            print(f"{'WRONG' if got else 'MISS'} {article.id} published={article.published} "
                  f"{event.type} status={event.status} gold={want} pred={got} "
                  f"date_text={event.date_text!r} rule={event.rule}\n    {sentence}")


if __name__ == "__main__":
    main()
