"""Spinner evaluation: spin real clean text reproducibly, then score detection and repair.

    PYTHONPATH=src python -m cronaca.evaluate.spinner [--evaldata DIR] [--limit N] [--split dev|test|all]
        [--rounds N]
    cronaca eval --stage spinner      (the same scores, test split, inside the full evaluation)

Texts (read from evaldata, never copied into the repository): Italian KIND Wikinews sentences
(grouped into ~250-word pieces) and DICE gold articles; English VOA stories (resources/voa) and
fundus bodies; German, Spanish and French fundus bodies, plus Spanish and French pages of the
trafilatura evaluation set (extracted with trafilatura, kept when lingua agrees on the language).
Each text falls in the ``dev`` or ``test`` split by a hash of its id: rules are developed on dev
and reported on test.

The spinner (fixed seed per text) swaps about SWAP_RATE of the eligible word types, at every
occurrence, as real spinners do (lower-case words
of the language that an English spinner knows: evaluate/spinner_swaps/<lang>.tsv.gz, built with the
reverse lexicon by tools/spinner/build_lexicon.py from the same thesauri) for a direct thesaurus
neighbour, chosen by link weight; common English words are swapped more often (a spinner's
dictionary surely holds them). Scores per language:
- detection: a swapped token the spinner pass repaired or flagged is a true positive; any other
  flagged token a false positive; an unflagged swap a false negative. Recall counts every swap,
  also those no word-by-word method can see because the replacement is itself a word of the
  language (Italian "ma" -> "mamma", French "part" -> "mare"; see ``word_of_language``, judged
  apart from the detector's rules); ``recall_detectable`` leaves those out, on both sides;
- repair accuracy: swaps restored to the exact original / swaps detected (a suspect flag without a
  repair counts as not restored); repair precision: correct repairs / repairs on swapped tokens;
- false repairs per 10,000 words: substitutions made on the unspun original texts.
With ``--rounds N`` each text is spun N times (round 0 with the text's own seed, as with one
round; round r with seed "<id>#r"): more swaps over the same texts, for steadier scores on the
small French and Spanish sets (false repairs on the originals are counted once per text).
``--first-round K`` starts at round K: seeds no rule was tuned on, to check that dev gains are
not fitted to the spins of rounds 0-4.
English is the control case: an English spinner over English text leaves English words, which
this method (foreign English words in another language) cannot see; its swaps are reported as
missed and only the false-repair rate on clean English is meaningful.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wordfreq import zipf_frequency

from cronaca.clean import spinner
from cronaca.evaluate.metrics import Score

LANGUAGES = ("it", "en", "fr", "es", "de")
#: The language whose spun text the detector cannot see by design (see the module docstring).
CONTROL = "en"
STAGES = ("spinner",)  # what `cronaca eval --stage spinner` selects
SWAP_RATE = 0.04
SEED = 20260204
SWAPS_DIR = Path(__file__).parent / "spinner_swaps"
_TOKEN = re.compile(r"[^\W\d_]+")
PIECE_WORDS = 250


def evaldata_root(evaldata: Path | None = None) -> Path | None:
    """--evaldata, $CRONACA_EVALDATA, or ../shared/evaldata next to the repository; None if absent."""
    from cronaca.evaluate.runner import find_evaldata

    return find_evaldata(evaldata)[0]


def split_of(text_id: str) -> str:
    return "dev" if hashlib.sha1(text_id.encode()).digest()[0] % 2 == 0 else "test"


# --- corpora -----------------------------------------------------------------------------------

def _detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?)\]»”%])", r"\1", text)
    text = re.sub(r"([(\[«“]) ", r"\1", text)
    return re.sub(r"(\w) ?['’] ?(\w)", r"\1'\2", text)


def _kind_pieces(path: Path) -> Iterator[tuple[str, str]]:
    sentences: list[list[str]] = [[]]
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sentences[-1]:
                    sentences.append([])
                continue
            sentences[-1].append(line.split("\t")[0])
    piece: list[str] = []
    number = 0
    for tokens in sentences:
        piece.extend(tokens)
        if len(piece) >= PIECE_WORDS:
            yield f"kind/{path.stem}/{number}", _detokenize(piece)
            piece, number = [], number + 1
    if piece:
        yield f"kind/{path.stem}/{number}", _detokenize(piece)


def _fundus(root: Path, lang: str) -> Iterator[tuple[str, str]]:
    manifest = root / "fundus" / "manifest.jsonl"
    if not manifest.exists():
        return
    for line in manifest.open(encoding="utf-8"):
        entry = json.loads(line)
        if entry.get("lang") != lang:
            continue
        expected = json.loads((root / "fundus" / entry["expected"]).read_text(encoding="utf-8"))
        for version in expected.values():
            body = version.get("body") or {}
            paragraphs = [p for section in body.get("sections", [])
                          for p in section.get("paragraphs", [])]
            if paragraphs:
                yield f"fundus/{entry['publisher']}", "\n".join(paragraphs)


def _trafilatura_pages(root: Path, lang: str) -> Iterator[tuple[str, str]]:
    manifest = root / "trafilatura-eval" / "manifest.jsonl"
    if not manifest.exists():
        return
    import trafilatura

    from cronaca.language.identify import identify
    for line in manifest.open(encoding="utf-8"):
        entry = json.loads(line)
        if entry.get("lang_guess") != lang:
            continue
        html = gzip.decompress((root / "trafilatura-eval" / entry["html"]).read_bytes())
        text = trafilatura.extract(html.decode("utf-8", "replace")) or ""
        if len(text.split()) >= 80 and identify(text)[0] == lang:
            yield f"trafilatura/{entry['html']}", text


def corpus(lang: str, root: Path) -> list[tuple[str, str]]:
    """(id, text) pairs of real, clean text in ``lang``, each text once."""
    texts: list[tuple[str, str]] = []
    if lang == "it":
        for name in ("WN_test.tsv", "WN_dev.tsv"):
            path = root / "kind-it-ner" / name
            if path.exists():
                texts.extend(_kind_pieces(path))
        gold = root / "dice-it-crime-news" / "IAA_round2" / "gold_standard.jsonl"
        if gold.exists():
            for line in gold.open(encoding="utf-8"):
                record = json.loads(line)
                texts.append((f"dice/{record['id']}", record["text"]))
    if lang == "en":
        voa = root.parent / "resources" / "voa" / "voa_stories.jsonl"
        if voa.exists():
            for line in voa.open(encoding="utf-8"):
                record = json.loads(line)
                texts.append((f"voa/{record['id']}", record["text"]))
    texts.extend(_fundus(root, lang))
    if lang in ("fr", "es"):
        texts.extend(_trafilatura_pages(root, lang))
    # fundus keeps several versions of a page, often with the same body: count each text once
    seen: set[str] = set()
    return [(i, t) for i, t in texts if not (t in seen or seen.add(t))]


# --- the spinner -------------------------------------------------------------------------------

@cache
def swap_table(lang: str) -> dict[str, tuple[list[str], list[float]]]:
    path = SWAPS_DIR / f"{lang}.tsv.gz"
    if not path.exists():
        return {}
    table: dict[str, tuple[list[str], list[float]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            original, synonyms = line.rstrip("\n").split("\t")
            words, weights = [], []
            for item in synonyms.split(","):
                word, weight = item.rsplit(":", 1)
                words.append(word)
                weights.append(float(weight))
            table[original] = (words, weights)
    return table


def _known_english(word: str) -> float:
    return min(1.0, 10 ** (zipf_frequency(word, "en") - 5.0))


@dataclass
class Spun:
    text: str
    swaps: dict[tuple[int, int], tuple[str, str]]  # span in spun text -> (original, replacement)
    eligible: int


def spin(text: str, lang: str, seed: str) -> Spun:
    """Swap about SWAP_RATE of the eligible words, reproducibly for a given seed string.

    Like real spinners (the seed article turns every "ad" into "advert"), the choice is made per
    word type: a chosen word is replaced by the same synonym at each of its occurrences.
    """
    table = swap_table(lang)
    rng = random.Random(f"{SEED}:{seed}")
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)
              if m.group(0).islower() and m.group(0) in table]
    if not tokens:
        return Spun(text, {}, 0)
    types = sorted({t[2] for t in tokens})
    weights = {w: _known_english(w) for w in types}
    mean = sum(weights[t[2]] for t in tokens) / len(tokens)
    chosen: dict[str, str] = {}
    for word in types:
        if rng.random() < min(1.0, SWAP_RATE * weights[word] / mean):
            words, link = table[word]
            chosen[word] = rng.choices(words, weights=link)[0]
    pieces, swaps, cursor, shift = [], {}, 0, 0
    for start, end, word in tokens:
        replacement = chosen.get(word)
        if replacement is None:
            continue
        pieces.append(text[cursor:start])
        pieces.append(replacement)
        new_start = start + shift
        swaps[(new_start, new_start + len(replacement))] = (word, replacement)
        shift += len(replacement) - (end - start)
        cursor = end
    pieces.append(text[cursor:])
    return Spun("".join(pieces), swaps, len(tokens))


# --- scoring -----------------------------------------------------------------------------------

def word_of_language(word: str, lang: str, detector: spinner.Detector) -> bool:
    """The spinner's replacement is itself a word of the language ("mamma", "mare"): read word by
    word, the text shows nothing wrong. Judged apart from the detector's rules: the language's
    lexicon knows it (spinner_lexicon_english.txt, simplemma's words), it is a listed loanword, or
    wordfreq finds it at least as often in the language as in English."""
    return (detector.in_lexicon(word) or word in detector.loanwords
            or zipf_frequency(word, lang) >= zipf_frequency(word, "en"))


def _f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def round_seed(text_id: str, round_: int) -> str:
    return text_id if round_ == 0 else f"{text_id}#{round_}"


def score_language(lang: str, texts: list[tuple[str, str]], dataset: str,
                   rounds: int = 1, first_round: int = 0) -> Score:
    result = Score("spinner", dataset, lang)
    restored = repairs_on_swaps = false_repairs = words = swaps_total = undetectable = 0
    found_detectable = 0
    detector = spinner.Detector.for_language(lang)
    for text_id, text in texts:
        words += len(text.split())
        false_repairs += sum(1 for e in spinner.propose(text, lang) if e.kind == "substitution")
        for round_ in range(first_round, first_round + rounds):
            spun = spin(text, lang, round_seed(text_id, round_))
            swaps_total += len(spun.swaps)
            found = {(e.start, e.end): e for e in spinner.propose(spun.text, lang)}
            for span, (original, replacement) in spun.swaps.items():
                hidden = word_of_language(replacement, lang, detector)
                undetectable += hidden
                edit = found.pop(span, None)
                if edit is None:
                    result.fn += 1
                    continue
                result.tp += 1
                found_detectable += not hidden
                if edit.kind == "substitution":
                    repairs_on_swaps += 1
                    restored += edit.replacement.lower() == original
            result.fp += len(found)
    result.extra = {
        "texts": len(texts), "rounds": rounds, "words": words, "swaps": swaps_total,
        "undetectable_swaps": undetectable,
        # recall over the swaps whose replacement is not a word of the language
        "recall_detectable": round(found_detectable / max(1, swaps_total - undetectable), 4),
        # F1 with that recall and the same precision: what the method can reach at all
        "f1_detectable": _f1(result.precision,
                             found_detectable / max(1, swaps_total - undetectable)),
        "repair_accuracy": round(restored / result.tp, 4) if result.tp else 0.0,
        "repair_precision": round(restored / repairs_on_swaps, 4) if repairs_on_swaps else 0.0,
        "false_repairs_per_10k_words": round(1e4 * false_repairs / max(1, words), 3),
    }
    if lang == CONTROL:
        result.extra["control"] = "control: English spun into English; only false repairs/10k count"
    return result


def evaluate(evaldata: Path | None = None, limit: int | None = None, split: str = "test",
             languages: tuple[str, ...] = LANGUAGES, rounds: int = 1,
             first_round: int = 0) -> list[Score]:
    """One Score per language on the chosen split (``dev``, ``test`` or ``all``)."""
    root = evaldata_root(evaldata)
    if root is None:
        raise FileNotFoundError("evaldata not found: set $CRONACA_EVALDATA or place "
                                "../shared/evaldata next to the repository")
    scores = []
    for lang in languages:
        texts = [t for t in corpus(lang, root) if split == "all" or split_of(t[0]) == split]
        if limit is not None:
            texts = texts[:limit]
        scores.append(score_language(lang, texts, f"spun/{split}", rounds, first_round))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--evaldata", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="texts per language")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--rounds", type=int, default=1, help="spins per text (seeds differ)")
    parser.add_argument("--first-round", type=int, default=0,
                        help="first round's number (its seed): rounds K..K+N-1")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--json", action="store_true", help="one JSON object per language")
    args = parser.parse_args(argv)
    try:
        scores = evaluate(args.evaldata, args.limit, args.split, tuple(args.languages),
                          args.rounds, args.first_round)
    except FileNotFoundError as err:
        print(f"cronaca.evaluate.spinner: {err}", file=sys.stderr)
        return 2
    for s in scores:
        if args.json:
            print(json.dumps(s.to_dict(), ensure_ascii=False))
            continue
        e = s.extra
        print(f"{s.language}  texts {e['texts']:4d}  words {e['words']:7d}  swaps {e['swaps']:5d}"
              f"  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
              f"  repair acc {e['repair_accuracy']:.3f}  repair prec {e['repair_precision']:.3f}"
              f"  false repairs/10k {e['false_repairs_per_10k_words']:.2f}"
              f"  undetectable {e['undetectable_swaps']}"
              f"  R(detectable) {e['recall_detectable']:.3f}"
              f"  F1(detectable) {e['f1_detectable']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
