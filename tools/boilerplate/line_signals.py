"""Measure a candidate line signal before it becomes a rule: where it fires among the lines the
boilerplate pass keeps today.

    PYTHONPATH=src python tools/boilerplate/line_signals.py MODULE.py:FUNCTION --cache FILE [--show N]

Why: the line evaluation (evaluate/boilerplate_lines.py) says what a finished rule changes; this
says, for a predicate not yet wired in, how its hits among the still-kept lines of dev pages fall
(labelled boilerplate / labelled article text / not labelled), how many lines of the publishers'
clean article bodies (fundus, scrapinghub-aeb: every hit there is an error) and of the VOA stories
(/work/shared/resources/voa, clean English news: every hit an error) it would take. Examples are
printed from dev pages only (test pages' clean bodies count in the clean-body number); the pages of
held-out gold articles are left out (evaluate/boilerplate_lines.py ``is_heldout_page``).

The predicate: ``def signal(lines, kept, lang, overlap) -> list[int]`` with ``lines`` the text's
(start, end, line) triples, ``kept[i]`` whether the pass keeps line i today, ``overlap(i)`` the
share of line i's content words found in other lines (the pass's own measure). It returns the
indices it would remove.

Signals measured in session 20 and left out (dev lenient pages / clean bodies):
- a line repeated on the page: 14 boilerplate, 235 article lines, 256 clean-body lines (parallel
  entries of an article's own lists, embedded posts' signatures);
- two or more headline-shaped lines between paragraphs with one marked (kicker, quotation): 1 / 0,
  37 clean-body lines (product lists, play-offs);
- every kept line after a closing blurb (newsletter, rating prompt): 4 / 13, 3 clean-body lines
  (blurbs stand between paragraphs too);
- a Title Case line sharing little with the body (English): 1 / 9, 17 clean-body lines;
- the line under the headline sharing little with the body: 0 / 2 (decks);
- a line of telephone numbers: 1 / 2 (a shop's address in a review), 6 clean-body lines.
Measured in session 22 and left out (dev lines caught or not, boilerplate / article / unlabelled;
clean-body lines):
- short unpunctuated lines after the last paragraph: 114 / 72 / 674, 202 clean-body lines
  (product lists, sources, embedded posts' signatures);
- short unpunctuated lines between the headline and the first paragraph: 17 / 22 / 285, 15;
- a kept line between two removed teaser, navigation or advert lines: 1 / 0 / 2 still kept;
- a line mostly of addresses, handles and hashtags: 0 / 0 / 1 still kept;
- a headline-shaped line next to a removed teaser, whatever its vocabulary: 6 / 12 / 40 still
  kept, 2 clean-body lines (kept: the same measured against the paragraphs' vocabulary,
  boilerplate.box_neighbour).
Measured in session 23 and left out:
- a logistic score over 24 site-independent line features (length bands, final punctuation, list
  item, lower-case start, Title Case share, vocabulary shared with the other lines and with the
  kept paragraphs, repetition, before the first / after the last paragraph, a removed neighbour,
  digit share, relative position, colon, question, pipe, capitals), fitted on the dev lines the
  pass keeps (237 boilerplate, 4717 article) plus the dev clean bodies as article text, scored by
  5-fold cross-validation over pages: precision .04 at p >= .5 (2 of 46), no hit above .8; what
  the pass keeps is not separable by line shape (lists the publishers leave out of their bodies,
  subheads, product specs look like the boilerplate that is left);
- a card (a headline-shaped line over a short closed paragraph, both sharing little with the kept
  paragraphs): 8 / 47 / 157, 54 clean-body lines;
- a name alone at an edge with a given name of any language (names travel): 0 / 0 / 2, 1.
Measured in session 29 (boiler29) and left out (dev boilerplate / article / unlabelled; clean-body):
- a headline-shaped line (6-25 words, no sentence end, sharing under LOW_OVERLAP of its words)
  between two paragraphs: 2 / 11 / 21, 18 clean-body lines (subheads of every language);
- the same sharing under 0.2 of its words, 8-20 words, between paragraphs of 20 words or more:
  1 / 0 / 4, no clean-body line (too rare to be worth a rule);
- a capitals-only line of one to four words below the first lines: 1 / 14 / 10, 22 clean-body
  lines (the subheads of NineNews, The Namibian, sports round-ups); restricted to the
  language's section names (section_labels.txt): no hit at all.
Kept: the first line (a headline) written again further down (boilerplate.headline_echo):
1 / 0 / 2, no clean-body line.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from cronaca.clean import boilerplate
from cronaca.evaluate.boilerplate_lines import (REMOVED_SHARE, heldout_gold, is_heldout_page,
                                                labelled_lines, page_texts, split_of)
from cronaca.evaluate.runner import find_evaldata

ROOT = Path(__file__).resolve().parents[2]
VOA = Path("/work/shared/resources/voa/voa_stories.jsonl")
Lines = list[tuple[int, int, str]]
_SHORT = {"boilerplate": "boil", "body": "art", "unlabelled": "?"}
Signal = Callable[[Lines, list[bool], str, Callable[[int], float]], list[int]]


def lines_of(text: str) -> Lines:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]


def kept_lines(text: str, lang: str, lines: Lines) -> list[bool]:
    """Whether the pass keeps each line (removals cover less than REMOVED_SHARE of it)."""
    spans = [(e.start, e.end) for e in boilerplate.propose(text, lang) if e.kind == "removed"]
    return [sum(max(0, min(end, b) - max(start, a)) for a, b in spans)
            < REMOVED_SHARE * (len(line.strip()) or 1) for start, end, line in lines]


def overlap_of(lines: Lines) -> Callable[[int], float]:
    vocab = [boilerplate._content_words(line) for _, _, line in lines]
    counts = Counter(w for words in vocab for w in words)
    return lambda i: (sum(1 for w in vocab[i] if counts[w] > 1) / len(vocab[i])) if vocab[i] else 1.0


def hits(signal: Signal, text: str, lang: str) -> list[tuple[int, str, Lines]]:
    lines = lines_of(text)
    kept = kept_lines(text, lang, lines)
    return [(i, lines[i][2], lines) for i in signal(lines, kept, lang, overlap_of(lines)) if kept[i]]


def load_signal(spec: str) -> Signal:
    path, _, name = spec.partition(":")
    module_spec = importlib.util.spec_from_file_location("signal_module", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return getattr(module, name or "signal")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("signal", help="FILE.py:FUNCTION")
    parser.add_argument("--cache", type=Path, help="evaluate/boilerplate_lines.py's text cache")
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    signal = load_signal(args.signal)
    root, tried = find_evaldata()
    if root is None:
        raise SystemExit(f"evaldata not found (tried {', '.join(map(str, tried))})")
    gold = heldout_gold(ROOT / "tests" / "gold" / "articles")
    tally: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    body_errors: list[str] = []
    for page, text in page_texts(root, None, args.cache):
        if is_heldout_page(page, text, gold):
            continue
        if split_of(page) == "dev":
            labels = {start: label for start, _, label in labelled_lines(page, text)}
            for i, line, lines in hits(signal, text, page.language):
                label = labels.get(lines[i][0]) or "unlabelled"
                tally[(page.language, label)] += 1
                shown.append(f"  {_SHORT[label]:<5} {page.language} {page.key[-40:]:<40} {i}/{len(lines)} | {line.strip()[:140]}")
        if page.body:
            for i, line, lines in hits(signal, page.body, page.language):
                body_errors.append(f"  CLEAN {split_of(page):<4} {page.language} {page.key[-40:]:<40} "
                                   f"{i}/{len(lines)} | {line.strip()[:140]}")
    voa = sum(len(hits(signal, json.loads(row)["text"], "en"))
              for row in VOA.read_text(encoding="utf-8").splitlines() if row.strip()) if VOA.is_file() else 0
    by_label = Counter()
    for (_, label), n in tally.items():
        by_label[label] += n
    print(f"dev kept lines hit: boilerplate {by_label['boilerplate']}, article {by_label['body']}, "
          f"unlabelled {by_label['unlabelled']}; clean-body lines hit {len(body_errors)}; VOA lines hit {voa}")
    print("  by language:", dict(sorted(tally.items())))
    for row in shown[:args.show] + [r for r in body_errors if " dev " in r][:args.show]:
        print(row)


if __name__ == "__main__":
    main()
