"""Print untuned news pages sentence by sentence with the quotes the pipeline finds marked, to judge recall.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/untuned_marked.py \
        --lang de [--source fundus|trafilatura] [--skip 0] [--pages 20] [--all]

Pages come from ``tools/events/untuned_sample.py`` (gold pages left out by URL and by text), in a fixed
order, those with at least 600 characters of text. Every sentence that holds a quotation mark, a speech
cue the pipeline knows, or an attribution word (``laut``, ``zufolge``, ``según``, ...) is printed ("Q" when
a quote starts in it, "-" when none), with each quote shown as ⟦...⟧[speaker|rule]; ``--all`` prints every
sentence. Reading the "-" sentences gives the quotations the pipeline misses, by construction class; the
verdicts go to ``tools/quotes/judged/`` and ``tools/quotes/judged_quotes.py`` re-scores them.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
from pathlib import Path

from cronaca.extract.quote_context import QuoteContext
from cronaca.extract.speech import speech_data

_SAMPLE = Path(__file__).resolve().parents[1] / "events" / "untuned_sample.py"
_spec = importlib.util.spec_from_file_location("untuned_sample", _SAMPLE)
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)  # type: ignore[union-attr]

# attribution words no speech-cue table lists, only to choose which sentences to show
_SHOWN = re.compile(r"[«»“”„\"]|\b(laut|zufolge|so|heißt es|según|afirm|asegur|señal|explic)\w*", re.I)


def pages(lang: str, source: str):
    """(url, processed document) of one source's untuned pages in one language, in a fixed order."""
    traf = {lang} if source == "trafilatura" else set()
    for url, r in sample.untuned_documents({lang}, 0, trafilatura_langs=traf):
        if (source == "fundus") == (url in sample_fundus_urls(lang)) and len(r.text) >= 600:
            yield url, r


_FUNDUS: dict[str, set[str]] = {}


def sample_fundus_urls(lang: str) -> set[str]:
    if lang not in _FUNDUS:
        _FUNDUS[lang] = {url for url, _lang, _text, _html in sample._fundus({lang})}
    return _FUNDUS[lang]


def marked(doc, s0: int, s1: int, quotes, names) -> str:
    marks = sorted([(q.start, 0, "⟦") for q in quotes]
                   + [(q.end, 1, f"⟧[{names.get(q.speaker, q.speaker or q.speaker_text)}|{q.rule.split('|')[0]}]")
                      for q in quotes])
    out, last = [], s0
    for pos, _order, mark in marks:
        pos = min(max(pos, s0), s1)
        out += [doc.text[last:pos], mark]
        last = pos
    out.append(doc.text[last:s1])
    return " ".join("".join(out).split())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="de")
    ap.add_argument("--source", default="fundus", choices=["fundus", "trafilatura"])
    ap.add_argument("--skip", type=int, default=0, help="pages to pass over first")
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--all", action="store_true", help="print every sentence")
    args = ap.parse_args()
    speech = speech_data(args.lang)
    for n, (url, doc) in enumerate(pages(args.lang, args.source)):
        if n < args.skip:
            continue
        if n >= args.skip + args.pages:
            break
        cues = [c.start for c in QuoteContext(doc, speech).cues]
        names = {e.id: e.name for e in doc.entities}
        print(f"\n=== page {n} {url}")
        for s0, s1 in doc.sentences:
            found = [q for q in doc.quotes if s0 <= q.start < s1 or (q.start < s0 < q.end)]
            if not (args.all or found or any(s0 <= c < s1 for c in cues) or _SHOWN.search(doc.text, s0, s1)):
                continue
            print(f"{'Q' if found else '-'} @{s0} {marked(doc, s0, s1, found, names)}")


if __name__ == "__main__":
    main()
