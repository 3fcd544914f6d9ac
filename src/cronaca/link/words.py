"""How frequent a word is in the language: capitalised common words ("Secondo") are not names.

wordfreq ships its frequency lists with the package, so this stays offline; a language's list
loads on first use (about a second), once per process.
"""
from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=65536)
def zipf(word: str, code: str) -> float:
    """Frequency of a lower-case word in the language (wordfreq zipf scale, 0 = unknown)."""
    try:
        return zipf_frequency(word, code)
    except LookupError:
        return 0.0

