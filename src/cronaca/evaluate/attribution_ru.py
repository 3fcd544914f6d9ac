"""Russian quote attribution scored on the ADAQ test set (token-level source / cue / content tags).

ADAQ (a master's thesis on quote detection, github.com/pixelmagenta/adaq) tags each token of 208
Russian sentences as ``source``, ``cue``, ``content`` or ``None``; about half the sentences report
speech. The data is read from ``$CRONACA_EVALDATA`` or ``../shared/evaldata`` next to the repository
and never copied into it (no licence is stated). The set is small and its sentences stand alone, so
it is a smoke test of Russian reported speech ("заявил, что ...", "по словам ...", dash quotes),
not a benchmark.

Each sentence goes alone through segment, link, sources and quotes (language ru, no clean stage,
so offsets stay those of the sentence). Scores (stage "quotes"):
- ``sentence``: does the sentence hold a quote (gold: any content token);
- ``content``, ``cue``, ``source``: token-level P/R/F1 of the role. A token is predicted content when
  it overlaps an outermost predicted quote, cue when it overlaps that quote's cue span, source when it
  overlaps its speaker span (a pronoun speaker counts: ADAQ tags "он" as source). Punctuation tokens
  are left out, as the set tags them inconsistently.

Run: ``python -m cronaca.evaluate.attribution_ru [--limit N]``.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cronaca.document import Document, Quote
from cronaca.evaluate.attribution import default_evaldata, outermost
from cronaca.evaluate.metrics import Score
from cronaca.pipeline import registered

DATASET = "adaq-ru-quotes"
STAGES = ("quotes",)
ROLES = ("content", "cue", "source")


@dataclass
class GoldSentence:
    id: str
    text: str
    tokens: list[tuple[int, int, str]]  # start, end, tag (source | cue | content | None)

    @property
    def has_quote(self) -> bool:
        return any(tag == "content" for _, _, tag in self.tokens)


def sentences(folder: Path, limit: int | None = None) -> Iterator[GoldSentence]:
    """Gold sentences in file order, each token placed on the sentence text by searching forward."""
    texts: dict[str, str] = {}
    with (folder / "ru_sentences.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts[row["sentence_id"]] = _unquote(row["sentences"])
    tokens: dict[str, list[tuple[str, str]]] = {}
    with (folder / "ru_tokens.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            tokens.setdefault(row["sentence_num"], []).append((_unquote(row["text"]), row["tags"]))
    count = 0
    for sentence_id, text in texts.items():
        if sentence_id not in tokens:
            continue
        if limit is not None and count >= limit:
            return
        count += 1
        placed, cursor = [], 0
        for token, tag in tokens[sentence_id]:
            start = text.find(token, cursor)
            if start < 0:
                continue  # a token the sentence spells differently: left out of the score
            cursor = start + len(token)
            placed.append((start, cursor, tag))
        yield GoldSentence(sentence_id, text, placed)


def _unquote(cell: str) -> str:
    """ADAQ doubles embedded quote characters and wraps such cells in quotes (read with QUOTE_NONE)."""
    if len(cell) > 1 and cell.startswith('"') and cell.endswith('"'):
        cell = cell[1:-1]
    return cell.replace('""', '"')


def predict(text: str) -> list[Quote]:
    stages = registered()
    doc = Document(raw=text, language="ru", text=text)
    for name in ("segment", "link", "sources", "quotes"):
        doc = stages[name]()(doc)
    return outermost(doc.quotes)


def predicted_roles(quotes: list[Quote], start: int, end: int) -> set[str]:
    """The roles a token at [start, end) has in the predicted quotes."""
    roles = set()
    for q in quotes:
        for role, span in (("content", (q.start, q.end)),
                           ("cue", (q.cue.start, q.cue.end) if q.cue else None),
                           ("source", (q.speaker_span.start, q.speaker_span.end) if q.speaker_span else None)):
            if span is not None and span[0] < end and start < span[1]:
                roles.add(role)
    return roles


def evaluate(evaldata: Path, limit: int | None = None) -> list[Score]:
    folder = Path(evaldata) / DATASET
    if not (folder / "ru_tokens.tsv").exists():
        raise FileNotFoundError(
            f"{folder} not found: put the shared evaluation data at ../shared/evaldata next to the "
            f"repository or point $CRONACA_EVALDATA at it")
    detection = Score("quotes", f"{DATASET}:sentence", "ru")
    roles = {role: Score("quotes", f"{DATASET}:{role}", "ru") for role in ROLES}
    for sentence in sentences(folder, limit):
        quotes = predict(sentence.text)
        found, wanted = bool(quotes), sentence.has_quote
        detection.tp += found and wanted
        detection.fp += found and not wanted
        detection.fn += wanted and not found
        for start, end, tag in sentence.tokens:
            if not any(ch.isalnum() for ch in sentence.text[start:end]):
                continue
            predicted = predicted_roles(quotes, start, end)
            for role, score in roles.items():
                score.tp += role in predicted and tag == role
                score.fp += role in predicted and tag != role
                score.fn += role not in predicted and tag == role
    return [detection, *roles.values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaldata", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    try:
        scores = evaluate(args.evaldata or default_evaldata(), args.limit)
    except FileNotFoundError as err:
        print(err, file=sys.stderr)
        return 2
    for s in scores:
        print(s.summary(30))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
