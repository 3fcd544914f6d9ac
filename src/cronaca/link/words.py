"""What the language's word lists say about a word: how frequent it is, whether it is a known word.

Capitalised words that are common words of the language ("Secondo", "Nonostante") are not names;
wordfreq and simplemma ship their lists with the package, so this stays offline.
"""
from __future__ import annotations

from functools import lru_cache

import simplemma
from wordfreq import zipf_frequency


@lru_cache(maxsize=65536)
def zipf(word: str, code: str) -> float:
    """Frequency of a lower-case word in the language (wordfreq zipf scale, 0 = unknown)."""
    try:
        return zipf_frequency(word, code)
    except LookupError:
        return 0.0


@lru_cache(maxsize=65536)
def known_word(word: str, code: str) -> bool:
    """True when the lemmatiser's dictionary of the language knows the lower-case word."""
    try:
        return bool(simplemma.is_known(word, lang=code))
    except (ValueError, KeyError, LookupError):
        return False
