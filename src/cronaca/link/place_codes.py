"""Codes in brackets after a town ("Seregno (MB)", "Scandicci (FI)") name the town's province.

Italian news writes a town's province as a two-letter code in brackets; the code names the province
(a place the language's place_codes.tsv names; link/unknown.py makes its mention), no actor, yet it
reads as an acronym ("MB", an unknown organisation) or as a KB acronym ("FI", Forza Italia). The shape of such codes is data: ``place_code`` in a language's link_settings.tsv
is a regex whose first group is the code (absent: the language has no such codes). A code counts
only right after a place (a KB place or a known town's name), so "Forza Italia (FI)" keeps its
defining acronym; a town's name that ends a person's ("Mario Rossi (PD)": a given name before the
town word) is the person's family name, and the code after it the person's party.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca.link.gazetteer import is_town
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView

#: Most capitalised words of the town's name before the code that are looked up as a town.
TOWN_WORDS = 3


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def place_code_spans(view: TextView, lex: LinkLexicon, place_ends: set[int],
                     given_names: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of every place code in the text that follows a place ending at one of
    ``place_ends`` or a town's name (not one after a word of ``given_names``), with only spaces
    between them."""
    if not lex.place_code:
        return []
    text = view.text
    spans: list[tuple[int, int]] = []
    for found in _pattern(lex.place_code).finditer(text):
        k = found.start()
        while k > 0 and text[k - 1] in " \u00a0":
            k -= 1
        if k == found.start() or k == 0:
            continue  # "(MB)" opening a line or glued to a word is no town's code
        if k in place_ends or _town_before(text, k, lex.small_town_countries, given_names):
            spans.append(found.span(1))
    return spans


def _town_before(text: str, end: int, countries: tuple[str, ...],
                 given_names: frozenset[str] = frozenset()) -> bool:
    """True when the last one to three capitalised words before ``end`` are a town's name that no
    given name opens the name of ("Mario Rossi": Rossi is a town too, here the family name)."""
    words = text[max(0, end - 60):end].split()
    for n in range(1, min(TOWN_WORDS, len(words)) + 1):
        name = " ".join(words[-n:])
        person = len(words) > n and words[-n - 1] in given_names
        if name[:1].isupper() and not person and is_town(name, countries):
            return True
    return False
