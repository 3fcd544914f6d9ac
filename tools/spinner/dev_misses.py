"""List the spinner evaluation's errors on the DEV split, one line each, for error analysis.

    PYTHONPATH=src python tools/spinner/dev_misses.py it fr [--rounds 5] [--first-round K]
        [--kind miss|false|wrong] [--summary]

Each line: kind, original -> replacement (-> repair), the token's candidate kind (strong, weak,
noun, rare, slot, or "-" for none), "hidden" when the replacement is a word of the language
(``word_of_language``: no word-by-word method sees it), the best originals the lexicon offers,
and the context. A missed weak candidate says why it was not flagged: ``weak(share=0.24/0.75)``
(its swap share at the plain and at the visibly spun rate, under the floor), ``weak(context)``
or ``weak(weak-context)`` (see ``_weak_miss_reason``). Kinds: ``miss`` (a swap neither flagged
nor repaired), ``false`` (a flagged token that is no swap), ``wrong`` (a swap repaired to
another word, or only flagged). Only the dev split is read: the test split is for reporting,
never for study. ``--summary`` prints, per language, the error classes instead of the lines:
misses that are hidden or visible (by candidate kind), wrong repairs, suspects whose best guess
was the original (only the confidence was short) or another word, and the commonest pairs of
wanted and chosen originals (wrong repairs and wrong best guesses).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from cronaca.clean import spinner
from cronaca.evaluate.spinner import (corpus, evaldata_root, round_seed, spin, split_of,
                                      word_of_language)

KIND_NAMES = {0: "-", spinner.STRONG: "strong", spinner.WEAK: "weak", spinner.NOUN: "noun",
              spinner.SLOT: "slot", spinner.RARE: "rare"}


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def _weak_miss_reason(text: str, start: int, end: int, detector: spinner.Detector) -> str:
    """Why a weak candidate was not flagged: its swap share at the plain rate is under the floor
    (``share=0.24``: a visibly spun article's rate would give the second number), its
    neighbours are not the language's running text (``context``), or the weak rule's own checks
    (a name or an English-looking word next to it: ``weak-context``)."""
    lowered = text.lower()
    token = lowered[start:end]
    share = spinner._weak_swap_share(detector, token)
    floor = (spinner.MIN_CLOSE_SWAP_SHARE if detector.close(token)
             else spinner.MIN_WEAK_SWAP_SHARE)
    if share < floor:
        spun = spinner._weak_swap_share(detector, token, spinner.SPUN_WEAK_SWAP_RATE)
        return f"share={share:.2f}/{spun:.2f}"
    if not spinner._plausible_swap(text, lowered, start, end, detector):
        return "context"
    return "weak-context"


def errors(lang: str, rounds: int, first_round: int = 0) -> list[tuple[str, str]]:
    root = evaldata_root()
    if root is None:
        raise SystemExit("evaldata not found")
    detector = spinner.Detector.for_language(lang)
    rows: list[tuple[str, str]] = []
    for text_id, text in corpus(lang, root):
        if split_of(text_id) != "dev":
            continue
        for round_ in range(first_round, first_round + rounds):
            spun = spin(text, lang, round_seed(text_id, round_))
            found = {(e.start, e.end): e for e in spinner.propose(spun.text, lang)}
            for span, (original, replacement) in sorted(spun.swaps.items()):
                edit = found.pop(span, None)
                kind = KIND_NAMES.get(detector.candidate(replacement), "?")
                hidden = "hidden" if word_of_language(replacement, lang, detector) else "visible"
                originals = ",".join(f"{w}:{p:.2f}" for w, p in detector.originals(replacement)[:3])
                where = _context(spun.text, *span)
                if edit is None:
                    if kind == "weak":
                        kind = f"weak({_weak_miss_reason(spun.text, *span, detector)})"
                    rows.append(("miss", f"miss  {original} -> {replacement}  {kind} {hidden}"
                                         f"  [{originals}]  {where}"))
                elif edit.kind != "substitution" or edit.replacement.lower() != original:
                    got = edit.replacement if edit.kind == "substitution" else edit.rule
                    rows.append(("wrong", f"wrong {original} -> {replacement} -> {got}  {kind}"
                                          f"  [{originals}]  {where}"))
            for (start, end), edit in sorted(found.items()):
                token = spun.text[start:end].lower()
                kind = KIND_NAMES.get(detector.candidate(token), "?")
                rows.append(("false", f"false {spun.text[start:end]} -> {edit.replacement}"
                                      f" ({edit.rule})  {kind}  {_context(spun.text, start, end)}"))
    return rows


def summary(lang: str, rounds: int, first_round: int = 0, top: int = 10) -> list[str]:
    """The error classes of ``lang`` on the dev split (see the module docstring), as lines."""
    root = evaldata_root()
    if root is None:
        raise SystemExit("evaldata not found")
    detector = spinner.Detector.for_language(lang)
    classes: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for text_id, text in corpus(lang, root):
        if split_of(text_id) != "dev":
            continue
        for round_ in range(first_round, first_round + rounds):
            spun = spin(text, lang, round_seed(text_id, round_))
            found = {(e.start, e.end): e for e in spinner.propose(spun.text, lang)}
            for span, (original, replacement) in spun.swaps.items():
                classes["swaps"] += 1
                edit = found.get(span)
                if edit is None:
                    hidden = word_of_language(replacement, lang, detector)
                    kind = KIND_NAMES.get(detector.candidate(replacement), "?")
                    classes[f"miss {'hidden' if hidden else 'visible'} {kind}"] += 1
                    continue
                if edit.kind == "substitution":
                    chosen = edit.replacement.lower()
                    if chosen == original:
                        classes["restored"] += 1
                        continue
                    classes["wrong repair"] += 1
                else:
                    chosen = edit.rule.partition(":")[2].rstrip("?")
                    if chosen == original:
                        classes["suspect, best guess right"] += 1
                        continue
                    classes["suspect, best guess wrong"] += 1
                pairs[(original, chosen or "-")] += 1
    lines = [f"{lang} {name}: {count}" for name, count in sorted(classes.items())]
    lines += [f"{lang} wanted {w} chose {c}: {n}" for (w, c), n in pairs.most_common(top)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--first-round", type=int, default=0, help="rounds K..K+N-1 (seeds)")
    parser.add_argument("--kind", choices=("miss", "false", "wrong"), default=None)
    parser.add_argument("--summary", action="store_true", help="error classes, not lines")
    args = parser.parse_args(argv)
    for lang in args.languages:
        if args.summary:
            print("\n".join(summary(lang, args.rounds, args.first_round)))
            continue
        for kind, line in errors(lang, args.rounds, args.first_round):
            if args.kind in (None, kind):
                print(f"{lang} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
