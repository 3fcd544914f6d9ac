"""Where a span sits in a document: its sentence and its paragraph.

Extract stages ask these questions for every candidate, so they are answered with a binary search
over ``Document.sentences`` instead of a scan. A paragraph break is a newline between two sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache

from cronaca.document import Document

#: An apostrophe in language data (typed as ') matches both the straight and the typographic form.
APOSTROPHES = "'’"
#: A lower-case first letter (no digit, underscore or capital, Latin or Cyrillic).
LOWER_INITIAL = r"(?![A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_]"


def sentence_index(doc: Document, pos: int) -> int | None:
    """Index of the sentence that contains offset ``pos`` (or the last one that starts before it)."""
    if not doc.sentences:
        return None
    i = bisect_right(doc.sentences, (pos, float("inf"))) - 1
    return i if i >= 0 else None


def sentence_bounds(doc: Document, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence around ``pos``; the whole text when there are no sentences."""
    i = sentence_index(doc, pos)
    if i is None:
        return 0, len(doc.text)
    return doc.sentences[i]


def same_paragraph(doc: Document, a: int, b: int) -> bool:
    """True when no newline separates sentences ``a`` and ``b`` (indexes, a <= b)."""
    if a > b:
        a, b = b, a
    return "\n" not in doc.text[doc.sentences[a][1]:doc.sentences[b][0]]


def phrase_pattern(phrase: str) -> str:
    """Regex source for a phrase from language data: spaces match any run of spaces,
    an apostrophe matches ' or ’, a trailing ``*`` on a word matches any word ending
    ("da*" matches da, dal, dall’, dalla), a leading ``*`` any lower-case word beginning, so a
    word class is named by its ending ("di *arsi" matches "di trovarsi", not "di Marsi")."""
    parts = []
    for word in phrase.split():
        lead = len(word) > 1 and word.startswith("*")
        word = word[1:] if lead else word
        star = word.endswith("*")
        word = word.rstrip("*")
        piece = "".join(f"[{APOSTROPHES}]" if ch in APOSTROPHES else re.escape(ch) for ch in word)
        if lead:  # case-sensitive: a capital starts a name, not an inflected word
            piece = rf"(?-i:{LOWER_INITIAL})\w*" + piece
        if star:
            piece += rf"[\w{APOSTROPHES}]*"
        parts.append(piece)
    source = r"\s+".join(parts)
    # no space is needed after an elided article: "l'agenzia", "dell’impegno"
    return re.sub(r"(\[" + APOSTROPHES + r"\])\\s\+", r"\1\\s*", source)


@cache
def word_boundary(source: str) -> str:
    """Wrap a regex source so it only matches whole words."""
    return rf"(?<!\w){_word_end(source)}"


def _word_end(source: str) -> str:
    """The source grouped, then the end of a word unless it ends in an elision or a wildcard."""
    tail = "" if source.endswith(f"[{APOSTROPHES}]") or source.endswith("]*") else r"(?!\w)"
    return rf"(?:{source}){tail}"


def whole_words(sources: Iterable[str]) -> str:
    """Regex source matching any of ``sources`` as whole words, in their order: what
    ``"|".join(word_boundary(s) for s in sources)`` matches, with one look-behind in front of all of
    them ("" for none). Why: a look-behind opening every alternative keeps the regex engine from
    checking a form's first letter before trying it, so it tried every form at every character (the
    German reportive forms, 545 of them, cost 0.3 ms a sentence); behind one look-behind it skips
    the forms whose first letter differs."""
    ends = [_word_end(s) for s in sources]
    return rf"(?<!\w)(?:{'|'.join(ends)})" if ends else ""
