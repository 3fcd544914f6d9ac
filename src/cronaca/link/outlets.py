"""Names written in capitals inside ordinary text: a newspaper naming itself ("EL COLOMBIANO se puso
en contacto", "según EL TIEMPO"), a habit of Latin American and Southern European outlets.

A definite article of the language and one or two more words, all in capitals, with lower-case
words on both sides, is such a name: it is a MEDIA entity, not the country an adjective in it
would name ("COLOMBIANO"), nor shouting (a headline in capitals has capitals around it). A name
the KB knows stays what it is ("EL SALVADOR", "LE HAVRE").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from cronaca.document import Mention
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.unknown import Unknown
from cronaca.link.view import TextView

#: Words of four letters or more: "LA UE", "EL FMI" are an article and an acronym.
_CAPS_WORD = r"[^\W\d_a-zß-ÿ]{4,}"
#: Longest name after the article: "EL NUEVO SIGLO" (longer runs are headlines).
MAX_WORDS = 2


@cache
def _pattern(articles: frozenset[str]) -> re.Pattern[str] | None:
    words = sorted((a.upper() for a in articles if a.isalpha()), key=len, reverse=True)
    if not words:
        return None
    # no look-behind in front, so the regex engine jumps to the articles' first letters;
    # ``_hits`` checks that no letter precedes instead
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?: {_CAPS_WORD}){{1,{MAX_WORDS}}}"
                      rf"(?![^\W\d_])")


_LETTER = re.compile(r"[^\W\d_]")


def _hits(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""Matches not preceded by a letter, as a leading ``(?<![^\W\d_])`` would find them."""
    pos = 0
    while (hit := pattern.search(text, pos)) is not None:
        start = hit.start()
        if start and _LETTER.match(text, start - 1):
            pos = start + 1
            continue
        yield hit
        pos = hit.end()


def outlet_names(view: TextView, lex: LinkLexicon, kb_mentions: list[Mention]) -> list[Unknown]:
    pattern = _pattern(lex.definite_articles)
    if pattern is None:
        return []
    found: dict[str, Unknown] = {}
    text = view.text
    for hit in _hits(pattern, text):
        s, e = hit.span()
        before = [w for w in text[max(0, s - 30):s].split() if any(c.isalpha() for c in w)]
        after = [w for w in text[e:e + 30].split() if any(c.isalpha() for c in w)]
        if not before or not after or not _lower(before[-1]) or not _lower(after[0]):
            continue  # a headline or a line in capitals: shouting, not a name
        if any(s <= x.start and x.end <= e and x.kind != "adjective" for x in kb_mentions):
            continue  # "EL SALVADOR", "LE HAVRE": a name the KB knows, written in capitals
        name = " ".join(w.capitalize() for w in hit.group().split())
        entity = found.setdefault(name.casefold(), Unknown(name, "MEDIA", 0.6))
        entity.mentions.append(Mention(s, e, hit.group(), "", "unknown:outlet-in-capitals", 0.6, "name"))
    for entity in found.values():
        entity.settle()
    return list(found.values())


def _lower(word: str) -> bool:
    """A word with a lower-case letter (punctuation around it aside): ordinary text."""
    return any(c.islower() for c in word)
