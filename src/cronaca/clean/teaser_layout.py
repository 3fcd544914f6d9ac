"""Teasers of other stories known by layout alone, without a cue word or a clickbait mark.

Why: a page's "more on this" box, flattened to plain text, leaves headlines between the article's
paragraphs. One headline-shaped line there is most often the article's own subhead (it shares
the body's words, or opens a new section of it), so a single line is never judged by its shape.
Two layouts are strong enough in any language:
- a teaser card repeated: a headline with its kicker and right under it the same story's headline
  worded again ("Ermittlungen Wende im Fall eines Tankstellen-Raubs in Pößneck" / "Tankstellen-Raub
  in Pößneck: Neue Wende im Fall"). An article does not restate a heading in the next line.
- a run of headlines: two or more headline-shaped lines in a row, set between paragraphs, every
  one sharing little vocabulary with the rest of the text. A subhead is followed by its
  paragraph and takes up its words; a heading over a sub-heading shares them.
- a listed box: two to MAX_LISTED_RUN list items shaped as headlines ("- Alle gesperrten Straßen –
  wann die Läufer wo erwartet werden"), set between two paragraphs that end a sentence. Related
  stories share the article's topic, so here the words may be shared; but half the items must
  read as headlines (the caller's ``marked``: a kicker before a colon or a dash, a question, a
  quotation) and one at least unmistakably (``strong``: not a dash, which also explains a
  term in an article's list). An article's own list is announced (a sentence ending on a
  colon, a heading) or lists points, not headlines.
The shape of a headline (length, no sentence end, not a list item) is the caller's predicate,
asked by line index.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_]{4,}")
_KEY_VALUE = re.compile(r"\s*[^\s:]+:\s")  # one word as the key
MIN_SHARED_WORDS = 3      # content words a repeated card's two headlines have in common ...
REPEAT_SHARE = 0.6        # ... and the share of the shorter headline's words they make
APART_SHARE = 0.34        # share of a card's words the rest of the text may hold
MIN_RUN = 2               # headlines in a row that make a box
MIN_PARAGRAPH_WORDS = 20  # a paragraph around the box: closed, this long (an entry of a
                          # reference list or a caption is shorter)
FIRST_BODY_LINE = 2       # the headline and a deck open the text: not a box
MAX_LISTED_RUN = 6        # items of a listed box of related stories (a longer list is the article's)
MIN_LISTED_PARAGRAPH_WORDS = 10  # a paragraph around a listed box: a closed sentence this long


def _stems(line: str) -> set[str]:
    """Content words cut to five letters: "Raubs" and "Raub", "Spielplatz" in a compound's part
    are the same word for the comparison of two wordings of one headline."""
    return {w.lower()[:5] for w in _WORD.findall(line)}


def repeated_cards(lines: list[tuple[int, int, str]], headline: Callable[[int], bool],
                   free: Callable[[int], bool]) -> list[tuple[int, int]]:
    """(first, last) line indices of each pair of consecutive headlines that word one story
    twice: MIN_SHARED_WORDS or more shared stems making REPEAT_SHARE of the shorter one's, and
    few of them (less than APART_SHARE) found in any other line: the card is of another story.
    Parallel entries of the article's own listing ("Foeticide cases in Madhya Pradesh: 20" /
    "Infanticide cases in Madhya Pradesh: 12") share their words with the article, and entries
    of a reference list open alike ("Mathieu, Axel-Oskar: Büssing ..." / "Mathieu, Axel-Oskar:
    NAG ..."): a reworded headline opens otherwise."""
    found: list[tuple[int, int]] = []
    counts: dict[str, int] = {}  # stem -> lines holding it, counted on the first candidate pair
    index = FIRST_BODY_LINE
    while index + 1 < len(lines):
        first, second = lines[index][2], lines[index + 1][2]
        if (headline(index) and headline(index + 1) and free(index) and free(index + 1)
                and first.split()[0] != second.split()[0]):
            a, b = _stems(first), _stems(second)
            shared = len(a & b)
            if shared >= MIN_SHARED_WORDS and shared >= REPEAT_SHARE * min(len(a), len(b)):
                if not counts:
                    for _, _, line in lines:
                        for stem in _stems(line):
                            counts[stem] = counts.get(stem, 0) + 1
                both = a | b
                if sum(1 for w in both if counts[w] > (w in a) + (w in b)) < APART_SHARE * len(both):
                    found.append((index, index + 1))
                    index += 2
                    continue
        index += 1
    return found


def headline_runs(lines: list[tuple[int, int, str]], headline: Callable[[int], bool],
                  free: Callable[[int], bool], apart: Callable[[int], bool],
                  paragraph: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(first, last) line indices of each run of MIN_RUN or more headlines between paragraphs,
    every one ``apart`` from the body's vocabulary. Closing the text, such lines may be the
    article's references or a closing question with a link: the end has rules of its own. A
    run whose every line is "Key: value" ("Backzeit: etwa 15 Minuten", 'CNN: "Kim is ill"') is
    a listing of the article's."""
    found: list[tuple[int, int]] = []
    index = FIRST_BODY_LINE
    while index < len(lines):
        last = index
        while last < len(lines) and headline(last) and free(last) and apart(last):
            last += 1
        if (last - index >= MIN_RUN and last < len(lines) and paragraph(lines[index - 1][2])
                and paragraph(lines[last][2])
                and not all(_KEY_VALUE.match(lines[i][2]) for i in range(index, last))):
            found.append((index, last - 1))
        index = max(last, index + 1)
    return found


def listed_runs(lines: list[tuple[int, int, str]], item: Callable[[int], bool],
                free: Callable[[int], bool], marked: Callable[[int], bool],
                strong: Callable[[int], bool],
                paragraph: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(first, last) line indices of each listed box: MIN_RUN to MAX_LISTED_RUN list items shaped
    as headlines (``item``) and not yet removed, between two ``paragraph`` lines, at least half of
    them ``marked`` as headlines and one ``strong``ly."""
    found: list[tuple[int, int]] = []
    index = FIRST_BODY_LINE
    while index < len(lines):
        last = index
        while last < len(lines) and item(last) and free(last):
            last += 1
        size = last - index
        if (MIN_RUN <= size <= MAX_LISTED_RUN and last < len(lines)
                and paragraph(lines[index - 1][2]) and paragraph(lines[last][2])
                and 2 * sum(1 for i in range(index, last) if marked(i)) >= size
                and any(strong(i) for i in range(index, last))):
            found.append((index, last - 1))
        index = max(last, index + 1)
    return found


def paragraph_line(line: str, closed: Callable[[str], bool]) -> bool:
    """A paragraph of running text: MIN_PARAGRAPH_WORDS or more words ending a sentence."""
    return len(line.split()) >= MIN_PARAGRAPH_WORDS and closed(line)
