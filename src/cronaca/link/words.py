"""How frequent a word is in the language: capitalised common words ("Secondo") are not names.

wordfreq ships its frequency lists with the package, so this stays offline; a language's list
loads on first use (under a second), once per process, and then a lookup is a dict access.
"""
from __future__ import annotations

import math
from functools import cache, lru_cache

from wordfreq import get_frequency_dict


@cache
def _frequencies(code: str) -> dict[str, float]:
    try:
        # positional like wordfreq's own zipf_frequency: its lru_cache keys keywords apart, and a
        # keyword call built (and kept) a second copy of the same 300,000-word dict
        return get_frequency_dict(code, "best")
    except (LookupError, ValueError):
        return {}


@lru_cache(maxsize=1 << 16)  # the same words come back in every article
def zipf(word: str, code: str) -> float:
    """Zipf frequency of a lower-case word (log10 of uses per billion words; 0 = unknown).

    wordfreq keys its lists by the case-folded word, which spells "ß" as "ss" ("grösse", "strasse"):
    a lower-case "größe" is looked up folded when its own spelling is absent."""
    table = _frequencies(code)
    frequency = table.get(word)
    if frequency is None:
        folded = word.casefold()
        if folded != word:
            frequency = table.get(folded)
    return math.log10(frequency) + 9.0 if frequency else 0.0
