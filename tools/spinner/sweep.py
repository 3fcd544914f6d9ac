"""One run for a spinner change: dev scores and the false repairs on every clean checker.

A spinner rule is kept only if it lifts the dev scores without adding a change on clean text
(the false-repair rule), so both are read after every edit. Separately they take four scripts
and several minutes (trafilatura extracts the French web pages each time); here the texts are
read once and kept in a pickle, and a sweep takes ~40 s for it and fr.

    PYTHONPATH=src python tools/spinner/sweep.py it fr [--rounds 10] [--first-round 0] [--no-clean]

Prints per language the dev split's P, R, F1, repair accuracy and repair precision over the
rounds, then repairs and suspects on each clean source: the web pages and gold dev articles,
HIPE OCR (report only), DICE (first 1500, it), KIND dev pieces (it), the Debian Reference and
the spun corpus's test-split texts unspun (what ``--split test`` counts as false repairs: a
count only; a lone-swap repair threshold that changed nothing elsewhere made one there).
Dev only: the test split is read by ``cronaca.evaluate.spinner --split test`` for reporting.
The text cache ($CRONACA_SPINNER_TEXTS, default ~/.cache/cronaca/spinner_sweep_texts_v2.pkl) holds
evaldata text, never repository data: delete it when evaldata changes.
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_false_repairs import sources  # noqa: E402
from debian_false_repairs import chapters  # noqa: E402

from cronaca.clean import spinner  # noqa: E402
from cronaca.evaluate.spinner import corpus, evaldata_root, score_language, split_of  # noqa: E402

DICE_TEXTS = 1500
Texts = list[tuple[str, str]]


def _cache_path() -> Path:
    default = Path.home() / ".cache" / "cronaca" / "spinner_sweep_texts_v2.pkl"
    return Path(os.environ.get("CRONACA_SPINNER_TEXTS", default))


def texts(lang: str, root: Path) -> dict[str, Texts]:
    """The language's dev texts (key "dev") and clean sources (key "clean/<name>"), cached."""
    path = _cache_path()
    cached: dict[str, dict[str, Texts]] = (pickle.loads(path.read_bytes())
                                           if path.exists() else {})
    if lang not in cached:
        spun_corpus = corpus(lang, root)
        found = {"dev": [t for t in spun_corpus if split_of(t[0]) == "dev"],
                 # the evaluation's own false-repair count on the test split: a count, never
                 # a list (the test split is for reporting)
                 "clean/test-originals(count)": [t for t in spun_corpus
                                                 if split_of(t[0]) == "test"]}
        for name, clean in sources(lang, root, DICE_TEXTS).items():
            found[f"clean/{name}"] = clean
        debian = chapters(lang)
        if debian:
            found["clean/debian"] = debian
        cached[lang] = found
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(cached))
    return cached[lang]


def clean_changes(lang: str, clean: Texts) -> tuple[int, int, int]:
    """Words, substitutions and suspects the spinner pass makes on clean text."""
    words = repairs = suspects = 0
    for _, text in clean:
        words += len(text.split())
        for edit in spinner.propose(text, lang):
            repairs += edit.kind == "substitution"
            suspects += edit.kind != "substitution"
    return words, repairs, suspects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--first-round", type=int, default=0)
    parser.add_argument("--no-clean", action="store_true", help="dev scores only")
    args = parser.parse_args(argv)
    root = evaldata_root()
    if root is None:
        print("evaldata not found", file=sys.stderr)
        return 2
    for lang in args.languages:
        found = texts(lang, root)
        s = score_language(lang, found["dev"], "spun/dev", args.rounds, args.first_round)
        e = s.extra
        last = args.first_round + args.rounds - 1
        print(f"{lang} dev rounds {args.first_round}-{last}: P {s.precision:.3f} R {s.recall:.3f}"
              f" F1 {s.f1:.3f} repair acc {e['repair_accuracy']:.3f}"
              f" repair prec {e['repair_precision']:.3f}"
              f" (tp {s.tp:.0f} fp {s.fp:.0f} fn {s.fn:.0f})")
        if args.no_clean:
            continue
        for key, clean in found.items():
            if key.startswith("clean/"):
                words, repairs, suspects = clean_changes(lang, clean)
                print(f"{lang} {key[6:]:22s} words {words:7d} repairs {repairs:4d}"
                      f" suspects {suspects:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
