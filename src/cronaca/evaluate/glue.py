"""Glued sentences: glue real clean text reproducibly, then score re-splitting and false splits.

    PYTHONPATH=src python -m cronaca.evaluate.glue [--evaldata DIR] [--limit N] [--split dev|test|all]
        [--show missed|false] [--language xx]
    cronaca eval --stage glue      (the same scores, test split, inside the full evaluation)

Why: content farms and careless copies lose the space after a sentence ("spaziale.Nel",
"AP.Putin", "fin. »Le"); the glue pass (clean/glue.py) must put it back without ever splitting an
abbreviation, a decimal, a URL, a domain or an initial. Rules tuned on a few damaged articles say
little, so the damage is made here on clean text nobody tuned on: the texts of the spinner check
(evaluate/spinner.py ``corpus``: KIND Wikinews and DICE for Italian, VOA and fundus for English,
fundus bodies for German, Spanish and French, plus Spanish and French pages of the trafilatura
evaluation set), read from evaldata and never copied into the repository.

A sentence end is a word of two letters or more that is no abbreviation of the language
(lang/<code>/abbreviations.txt), then ``.``, ``!``, ``?`` or ``…`` (French puts a space before
``!``/``?``), closing quotes or brackets, spaces, and a capitalised word. Every second sentence end
of a text loses its spaces (the others stay, as in real damage, where some breaks survive).
Scores per language and split (texts fall in ``dev`` or ``test`` by a hash of their id):
- recall: glued ends that the pass splits again (a glue edit that puts a space there);
- precision: the pass's edits on the glued text that are at a glued end;
- ``lost_breaks``: a second damage, every line break after a line ending on a letter (a
  heading) before a capitalised word taken out ("vertLors des premiers échanges"); reported as
  found/all and the edits elsewhere on that text;
- ``false_repairs_per_10k_words``: glue edits on the undamaged originals, where every split is
  wrong (abbreviations, decimals, URLs, initials, names written with a dot).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cronaca.clean import glue
from cronaca.evaluate.metrics import Score
from cronaca.evaluate.spinner import LANGUAGES, corpus, evaldata_root, split_of
from cronaca.lang import LanguageDataError, load

STAGES = ("glue",)  # what `cronaca eval --stage glue` selects
GLUE_EVERY = 2      # every second sentence end is glued
# word, optional (no-break) space before ! ? (French), terminator, closers with their spaces,
# then the spaces that get lost, then a capitalised word
_END = re.compile(
    r"(?P<word>[^\W\d_]{2,})(?:[ \u00a0\u202f](?=[!?]))?[.!?…]+"
    r"(?:[ \u00a0\u202f]?[\"'”’»)\]])*(?P<space>[ \u00a0\u202f]+)"
    r"(?=[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]|['’][A-Za-zÀ-ÿ]))")


# a heading or paragraph that ends on a letter, its line break, and a capitalised word
_BREAK = re.compile(r"(?<=[^\W\d_])\n(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.lower().rstrip(".") for w in load(lang).words("abbreviations.txt"))
    except LanguageDataError:
        return frozenset()


@dataclass
class Glued:
    text: str
    points: list[int]  # offsets in ``text`` where a space was taken out


def glue_text(text: str, lang: str) -> Glued:
    """Take out the spaces after every GLUE_EVERY-th sentence end (the first one included)."""
    abbreviations = _abbreviations(lang)
    out: list[str] = []
    points: list[int] = []
    last = 0
    n = 0
    for match in _END.finditer(text):
        if match.group("word").lower() in abbreviations:
            continue
        n += 1
        if (n - 1) % GLUE_EVERY:
            continue
        out.append(text[last:match.start("space")])
        points.append(sum(map(len, out)))
        last = match.end("space")
    out.append(text[last:])
    return Glued("".join(out), points)


def join_breaks(text: str) -> Glued:
    """Take out every line break after a line that ends on a letter (a heading, a caption)
    before a capitalised word: "Die Lage in Kiew" + "Die Regierung..." -> "KiewDie Regierung"."""
    points = []
    out = []
    last = 0
    for match in _BREAK.finditer(text):
        out.append(text[last:match.start()])
        points.append(sum(map(len, out)))
        last = match.end()
    out.append(text[last:])
    return Glued("".join(out), points)


@dataclass
class Tally:
    texts: int = 0
    words: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_splits: int = 0
    breaks: int = 0        # lost line breaks after a heading (join_breaks) ...
    breaks_found: int = 0  # ... that the pass puts a space into
    breaks_false: int = 0  # edits on the joined text elsewhere than at a joined break
    examples: dict[str, list[str]] = field(default_factory=dict)

    def score(self, lang: str, dataset: str) -> Score:
        return Score("glue", dataset, lang, self.tp, self.fp, self.fn, {
            "texts": self.texts, "words": self.words, "glued": self.tp + self.fn,
            "false_repairs": self.false_splits,
            "lost_breaks": self.breaks, "lost_breaks_found": self.breaks_found,
            "lost_break_recall": round(self.breaks_found / self.breaks, 3) if self.breaks else 0.0,
            "lost_break_false_edits": self.breaks_false,
            "false_repairs_per_10k_words": round(10_000 * self.false_splits / max(1, self.words), 2)})


def score_text(text: str, lang: str, tally: Tally, keep_examples: bool = False) -> None:
    damaged = glue_text(text, lang)
    points = set(damaged.points)
    found: set[int] = set()
    for edit in glue.propose(damaged.text, lang):
        hit = next((p for p in range(edit.start, edit.end + 1) if p in points), None)
        if hit is not None and " " in edit.replacement:
            found.add(hit)
            continue
        tally.fp += 1
        if keep_examples:
            tally.examples.setdefault("false", []).append(
                f"glued text: …{damaged.text[max(0, edit.start - 40):edit.end + 40]}…"
                f" -> {edit.replacement!r}")
    tally.tp += len(found)
    tally.fn += len(points - found)
    if keep_examples:
        for p in sorted(points - found):
            tally.examples.setdefault("missed", []).append(f"…{damaged.text[max(0, p - 50):p + 30]}…")
    for edit in glue.propose(text, lang):
        tally.false_splits += 1
        if keep_examples:
            tally.examples.setdefault("false", []).append(
                f"original: …{text[max(0, edit.start - 40):edit.end + 40]}… -> {edit.replacement!r}")
    joined = join_breaks(text)
    break_points = set(joined.points)
    if break_points:
        hits = set()
        for edit in glue.propose(joined.text, lang):
            if edit.start in break_points and " " in edit.replacement:
                hits.add(edit.start)
            elif not any(edit.start <= p <= edit.end for p in break_points):
                tally.breaks_false += 1
        tally.breaks += len(break_points)
        tally.breaks_found += len(hits)
        if keep_examples:
            for p in sorted(break_points - hits):
                tally.examples.setdefault("missed-breaks", []).append(
                    f"…{joined.text[max(0, p - 40):p + 30]}…")
    tally.texts += 1
    tally.words += len(text.split())


def tallies(root: Path, split: str, languages: tuple[str, ...] = LANGUAGES, limit: int | None = None,
            keep_examples: bool = False) -> dict[str, Tally]:
    out: dict[str, Tally] = {}
    for lang in languages:
        texts = [t for t in corpus(lang, root) if split == "all" or split_of(t[0]) == split]
        tally = out.setdefault(lang, Tally())
        for _id, text in texts[:limit]:
            score_text(text, lang, tally, keep_examples)
    return out


def evaluate(evaldata: Path | None = None, limit: int | None = None, split: str = "test") -> list[Score]:
    """The runner's entry: one Score per language on the test split."""
    root = evaldata_root(evaldata)
    if root is None:
        raise FileNotFoundError("evaldata not found: set $CRONACA_EVALDATA or place "
                                "../shared/evaldata next to the repository")
    return [t.score(lang, f"glued/{split}") for lang, t in tallies(root, split, limit=limit).items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evaldata", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="texts per language")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--show", choices=("missed", "false", "missed-breaks"),
                        help="examples (dev split only)")
    parser.add_argument("--language")
    parser.add_argument("--json", action="store_true", help="one JSON object per language")
    args = parser.parse_args(argv)
    root = evaldata_root(args.evaldata)
    if root is None:
        print("cronaca.evaluate.glue: evaldata not found (set $CRONACA_EVALDATA or place "
              "../shared/evaldata next to the repository)", file=sys.stderr)
        return 2
    if args.show and args.split != "dev":
        print("--show prints dev examples only: add --split dev", file=sys.stderr)
        return 2
    languages = (args.language,) if args.language else LANGUAGES
    for lang, tally in tallies(root, args.split, languages, args.limit, bool(args.show)).items():
        s = tally.score(lang, f"glued/{args.split}")
        if args.json:
            print(json.dumps(s.to_dict(), ensure_ascii=False))
        else:
            e = s.extra
            print(f"{lang}  texts {e['texts']:4d}  words {e['words']:7d}  glued {e['glued']:5d}"
                  f"  P {s.precision:.3f}  R {s.recall:.3f}  false splits on originals "
                  f"{e['false_repairs']} ({e['false_repairs_per_10k_words']:.2f}/10k words)"
                  f"  lost breaks {e['lost_breaks_found']}/{e['lost_breaks']}"
                  f" (false edits {e['lost_break_false_edits']})")
        for example in tally.examples.get(args.show or "", [])[:60]:
            print("   ", example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
