"""Quote attribution scored on PolNeAR (English political news, BRAT source/cue/content).

The data is read from ``$CRONACA_EVALDATA`` or ``../shared/evaldata`` next to the repository and is
never copied into it (no licence is stated). Each article's text goes straight to the stages
segment, link, sources and quotes (no clean stage, so the gold offsets stay valid). A predicted quote
that lies inside another predicted quote (a direct quote inside reported speech) is not counted
separately: PolNeAR annotates one content per attribution.

Scores (stage "quotes", one per split and subset):
- ``content``: one-to-one matching of predicted and gold contents that overlap by at least
  ``MIN_OVERLAP`` of the shorter span; ``extra`` holds the character-level P/R/F1 and the speaker
  accuracy (matched gold relations with a Source whose predicted speaker span overlaps it);
- ``attributed``: a true positive needs the content match and a correct speaker;
- the ``direct`` subset keeps gold relations whose content is in quotation marks.
Gold relations are all attributions PolNeAR marks, including beliefs and intentions ("backs",
"thinks"), so recall on the full set is bounded well below 1 for a speech-verb extractor.

Run: ``python -m cronaca.evaluate.attribution [--split dev] [--limit N]``.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cronaca.document import Document, Quote
from cronaca.evaluate.metrics import Score
from cronaca.pipeline import registered

DATASET = "polnear-en-attribution"
MIN_OVERLAP = 0.5
_QUOTE_CHARS = "“”\"«»"


def default_evaldata() -> Path:
    env = os.environ.get("CRONACA_EVALDATA")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    for folder in repo.parents:  # ../shared next to the repository (or above a git worktree)
        candidate = folder / "shared" / "evaldata"
        if candidate.is_dir():
            return candidate
    return repo.parent / "shared" / "evaldata"


@dataclass
class GoldRelation:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)

    @property
    def span(self) -> tuple[int, int]:
        return min(s for s, _ in self.content), max(e for _, e in self.content)


def read_ann(path: Path) -> list[GoldRelation]:
    spans: dict[str, list[tuple[int, int]]] = {}
    relations = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            _kind, _, offsets = info.partition(" ")
            spans[tid] = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
        elif line.startswith("E"):
            args = dict(a.split(":") for a in line.split("\t")[1].split())
            if "Content" in args:
                relations.append(GoldRelation(
                    content=spans.get(args["Content"], []), source=spans.get(args.get("Source", ""), []),
                    cue=spans.get(args.get("Cue", ""), [])))
    return [r for r in relations if r.content]


def documents(folder: Path, limit: int | None = None) -> Iterator[tuple[str, str, list[GoldRelation]]]:
    """(name, text, gold) per article; of the texts with several annotators, the first annotator."""
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if name in seen:
            continue
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        seen.add(name)
        yield name, text_path.read_text(encoding="utf-8"), read_ann(ann)
        if limit is not None and len(seen) >= limit:
            return


def predict(text: str, lang: str = "en") -> list[Quote]:
    stages = registered()
    doc = Document(raw=text, language=lang, text=text)
    for name in ("segment", "link", "sources", "quotes"):
        doc = stages[name]()(doc)
    return outermost(doc.quotes)


def outermost(quotes: list[Quote]) -> list[Quote]:
    """Drop quotes that lie inside another quote."""
    out = []
    for q in quotes:
        if not any(o is not q and o.start <= q.start and q.end <= o.end and (o.end - o.start) > (q.end - q.start)
                   for o in quotes):
            out.append(q)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and _overlap(a, b) >= MIN_OVERLAP * shorter


def _speaker_ok(q: Quote, g: GoldRelation) -> bool:
    if q.speaker_span is None:
        return False
    span = (q.speaker_span.start, q.speaker_span.end)
    return any(_overlap(span, s) > 0 for s in g.source)


def is_direct(text: str, g: GoldRelation) -> bool:
    s, e = g.span
    return any(c in text[s:e] for c in _QUOTE_CHARS) or "''" in text[s:e]


@dataclass
class _Tally:
    content: Score
    attributed: Score
    chars_tp: int = 0
    chars_pred: int = 0
    chars_gold: int = 0
    with_source: int = 0
    speaker_ok: int = 0


def score_document(text: str, gold: list[GoldRelation], pred: list[Quote], tally: _Tally) -> None:
    pairs = sorted(((_overlap((q.start, q.end), g.span), i, j) for i, q in enumerate(pred)
                    for j, g in enumerate(gold) if _matches((q.start, q.end), g.span)), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    attributed = 0
    for _ov, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        g = gold[j]
        ok = _speaker_ok(pred[i], g)
        if g.source:
            tally.with_source += 1
            tally.speaker_ok += ok
        attributed += ok
    tally.content.tp += len(used_p)
    tally.content.fp += len(pred) - len(used_p)
    tally.content.fn += len(gold) - len(used_g)
    tally.attributed.tp += attributed
    tally.attributed.fp += len(pred) - attributed
    tally.attributed.fn += len(gold) - attributed
    gold_chars = {c for g in gold for s, e in g.content for c in range(s, e)}
    pred_chars = {c for q in pred for c in range(q.start, q.end)}
    tally.chars_tp += len(gold_chars & pred_chars)
    tally.chars_pred += len(pred_chars)
    tally.chars_gold += len(gold_chars)


def evaluate(evaldata: Path, limit: int | None = None, split: str = "test") -> list[Score]:
    folder = Path(evaldata) / DATASET / "data" / split
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{folder} not found: put the shared evaluation data at ../shared/evaldata next to the "
            f"repository or point $CRONACA_EVALDATA at it")
    tallies = {subset: _Tally(Score("quotes", f"{DATASET}/{split}{subset}:content", "en"),
                              Score("quotes", f"{DATASET}/{split}{subset}:attributed", "en"))
               for subset in ("", "-direct")}
    for _name, text, gold in documents(folder, limit):
        pred = predict(text)
        direct_gold = [g for g in gold if is_direct(text, g)]
        direct_pred = [q for q in pred if q.direct or any(c in q.text for c in _QUOTE_CHARS) or "''" in q.text]
        for subset, g, p in (("", gold, pred), ("-direct", direct_gold, direct_pred)):
            score_document(text, g, p, tallies[subset])
    out = []
    for t in tallies.values():
        p = t.chars_tp / t.chars_pred if t.chars_pred else 0.0
        r = t.chars_tp / t.chars_gold if t.chars_gold else 0.0
        t.content.extra = {
            "char_precision": round(p, 4), "char_recall": round(r, 4),
            "char_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "speaker_accuracy": round(t.speaker_ok / t.with_source, 4) if t.with_source else 0.0,
            "matched_with_source": t.with_source,
        }
        out += [t.content, t.attributed]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaldata", type=Path, default=None)
    parser.add_argument("--split", default="test", choices=("test", "dev"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    try:
        scores = evaluate(args.evaldata or default_evaldata(), args.limit, args.split)
    except FileNotFoundError as err:
        print(err, file=sys.stderr)
        return 2
    for s in scores:
        print(s.summary(55))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
