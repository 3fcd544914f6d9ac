"""A generational suffix after a person's name makes another person: "Donald Trump Jr." is not Donald Trump.

Fathers and sons share given name and family name; the only mark that tells them apart is the
suffix after the name ("Jr.", "Sr.", "junior", "hijo", "fils"). Names travel between languages
("Trump Jr." in an Italian article), so the suffixes of every supported language count everywhere
(``generational_suffixes`` in each link_settings.tsv). The KB's own names that carry one ("Surangel
Whipps Jr.") keep it as part of the name, never as a family name of its own.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca import lang as langdata
from cronaca.link.lexicon import lexicon

#: After the name: an optional comma, one space, the suffix word, an optional period, then no letter.
_SUFFIX_AFTER = re.compile(r"(,?) (\w+)\.?(?![\w-])")
#: The word after a lower-case suffix, when it is one of these, makes the suffix a noun: "Pérez, hijo de".
_NOUN_AFTER = re.compile(r" (\w+)")


@cache
def generational_suffixes() -> frozenset[str]:
    """Every supported language's generational suffixes, lower case and without a period ("jr", "junior")."""
    return frozenset(w.rstrip(".") for code in langdata.supported()
                     for w in lexicon(code).generational_suffixes)


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(w for code in langdata.supported() for w in lexicon(code).prepositions)


def is_suffix(word: str) -> bool:
    """True for "Jr.", "jr", "Junior", "Sr.": a word that marks a generation, not a family name."""
    return word.lower().rstrip(".") in generational_suffixes()


def suffix_after(text: str, end: int) -> int | None:
    """End of the generational suffix right after a name ending at ``end`` ("Donald Trump Jr."), or None.
    A lower-case suffix ("hijo", "junior") needs no comma before it and no preposition after it."""
    found = _SUFFIX_AFTER.match(text, end)
    if found is None or not is_suffix(found.group(2)):
        return None
    if found.group(2).islower():  # "Chávez hijo", never "Pérez, hijo de un campesino" (his son)
        nxt = _NOUN_AFTER.match(text, found.end())
        if found.group(1) or nxt is not None and nxt.group(1).lower() in _prepositions():
            return None
    return found.end()


def without_suffix(words: list[str]) -> list[str]:
    """A KB person's name words without a closing generational suffix: "Surangel Whipps Jr." ->
    ["Surangel", "Whipps"], so that the family name is "Whipps", never "Jr."."""
    while len(words) > 2 and is_suffix(words[-1].rstrip(",")):
        words = words[:-1]
    return [w.rstrip(",") if i == len(words) - 1 else w for i, w in enumerate(words)]
