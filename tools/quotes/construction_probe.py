"""Run hand-written probe sentences, one construction class per row, and say which quotes are found.

    PYTHONPATH=src python tools/quotes/construction_probe.py tools/quotes/probes/de.tsv [--class so] [-v]

A probe file has rows ``class<TAB>expected<TAB>text`` (``\\n`` in text is a paragraph break).
``expected`` lists the quote texts a reader would annotate, separated by `` | ``; ``-`` means the
text holds no quote (Konjunktiv II, a plain subordinate clause), so anything found is false. A quote
counts as found when a predicted quote overlaps it as the gold scorer does (``overlap_of_shorter``).
A quote may name its speaker after `` @ `` ("La crisi è grave @ Giorgetti"): the gold scorer counts a
quote only with the right speaker entity, so the speaker column counts found quotes whose predicted
speaker is linked (an entity id, not None) and whose speaker text or id holds that name.
The rows were written from each language's grammar of reported speech, not copied from any gold
article, so that the count per class says which constructions the extractor does not know yet.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from pathlib import Path

from cronaca.document import Document
from cronaca.evaluate.article_scores import QUOTE_OVERLAP
from cronaca.evaluate.matching import overlap_of_shorter
from probe_files import probe_arguments, probe_rows, quote_pipeline  # a sibling module: these tools run as scripts


def split_speaker(expected: str) -> tuple[str, str | None]:
    """"quote @ speaker" -> (quote, speaker); a quote with no `` @ `` names no speaker."""
    quote, _, speaker = expected.partition(" @ ")
    return quote.strip(), (speaker.strip() or None)


def folded(text: str) -> str:
    """Casefolded with accents stripped, so "Erdogan" finds "Erdoğan"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def speaker_right(wanted: str, speaker: str | None, names: dict[str, str]) -> bool:
    """True when the predicted speaker is an entity whose name or a mention holds the wanted name.

    ``names`` maps an entity id to its name and mention texts, so a role ("il presidente francese")
    resolved to the entity named earlier ("Emmanuel Macron") counts as right.
    """
    return speaker is not None and folded(wanted) in names.get(speaker, folded(speaker))


def read_rows(path: Path) -> list[tuple[str, list[str], str]]:
    rows = []
    for cls, expected, text in probe_rows(path):
        wanted = [] if expected.strip() == "-" else [e.strip() for e in expected.split(" | ")]
        rows.append((cls, wanted, text))
    return rows


def main() -> None:
    args = probe_arguments(__doc__)
    lang = args.probes.stem.split("_")[0]
    pipeline = quote_pipeline()
    found_by = defaultdict(lambda: [0, 0, 0, 0, 0])  # class -> [found, expected, false, spk ok, spk asked]
    for cls, wanted, text in read_rows(args.probes):
        if args.cls and cls != args.cls:
            continue
        doc = pipeline(Document(raw=text, language=lang))
        preds = [(q.text, q.speaker_text, q.rule, q.speaker) for q in doc.quotes]
        names = {e.id: folded(" | ".join([e.name, *(m.text for m in e.mentions)])) for e in doc.entities}
        wanted_speakers = [split_speaker(w) for w in wanted]
        wanted = [w for w, _ in wanted_speakers]
        matches = [[p for p in preds if overlap_of_shorter(w, p[0]) >= QUOTE_OVERLAP] for w in wanted]
        hit = [bool(m) for m in matches]
        spoken = [
            s is None or any(speaker_right(s, p[3], names) for p in m)
            for (_, s), m in zip(wanted_speakers, matches)
        ]
        false = [p for p in preds if not any(overlap_of_shorter(w, p[0]) >= QUOTE_OVERLAP for w in wanted)]
        tally = found_by[cls]
        tally[0] += sum(hit)
        tally[1] += len(wanted)
        tally[2] += len(false)
        tally[3] += sum(1 for (_, s), h, ok in zip(wanted_speakers, hit, spoken) if s and h and ok)
        tally[4] += sum(1 for _, s in wanted_speakers if s)
        if args.verbose or not all(hit) or false or not all(spoken):
            print(f"[{cls}] {text[:220]!r}")
            for (w, s), h, ok in zip(wanted_speakers, hit, spoken):
                mark = "MISS" if not h else ("ok  " if ok else "SPKR")
                print(f"   {mark} {w[:100]!r}" + (f" @ {s}" if s else ""))
            for p in preds:
                print(f"   {'FALSE' if p in false else 'pred '} {p[0][:90]!r} <{p[1]}|{p[3]}> {p[2]}")
    print("\nclass                found/expected  false  speaker right/asked")
    for cls, (f, n, x, sk, sn) in found_by.items():
        print(f"{cls:20s} {f:5d}/{n:<5d}      {x:<5d}  {sk:5d}/{sn}")
    total = [sum(v[i] for v in found_by.values()) for i in range(5)]
    print(f"{'ALL':20s} {total[0]:5d}/{total[1]:<5d}      {total[2]:<5d}  {total[3]:5d}/{total[4]}")


if __name__ == "__main__":
    main()
