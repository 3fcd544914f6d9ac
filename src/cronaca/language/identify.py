"""Language identification limited to the languages cronaca has data for.

The detector only knows the supported languages, so it names one of them even for Portuguese or
Zulu, often with full confidence. Such a page would then run through, say, the Spanish lexicons and
come out full of false facts. The answer is therefore checked against common words (wordfreq): text
in a language uses its common words all the time. When few of the words are common in the detected
language, or more are common in a language cronaca has no data for (other_languages.txt), the text
is undetermined.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib import metadata
from importlib.resources import files
from itertools import islice, repeat

from pathlib import Path

import wordfreq
from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder
from wordfreq import get_frequency_list, top_n_list

from cronaca.disk_cache import derived
from cronaca.lang import supported

UNDETERMINED = "und"
#: A first, short sample decides almost every article: on the bench corpus, the gold set and 991
#: HTML pages its answer, when at least SURE, equals the long sample's for every page in a supported
#: language, at under half the cost.
SHORT_SAMPLE_CHARS = 400
SURE = 0.99
#: Enough text to decide when the short sample is unsure (1,500 characters, about 250 words).
SAMPLE_CHARS = 1500
MIN_CONFIDENCE = 0.5
#: Fewer letters than this say nothing about the language.
MIN_LETTERS = 20
#: The common-word check: the share of the first words that are among the language's most common.
COMMON_WORDS = 3000
CHECKED_WORDS = 80
MIN_CHECKED_WORDS = 15  # too few words (or a script without spaces) to tell: the detector decides
#: On 1,259 pages in supported languages the share is at least 0.21 (menus and lists of headlines
#: included), typically 0.7; Zulu, Xhosa, Swahili, Norwegian or Chinese taken for a supported
#: language stay under 0.18.
MIN_COMMON_SHARE = 0.15

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _detector() -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                 for code in supported()]
    return LanguageDetectorBuilder.from_languages(*languages).with_minimum_relative_distance(0.05).build()


@cache
def _other_languages() -> tuple[str, ...]:
    text = files("cronaca.language").joinpath("other_languages.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _common_word_languages() -> tuple[tuple[str, ...], dict[str, int]]:
    """Every checked language and, for each word, the bit set of the languages it is common in:
    one dictionary lookup per word scores all languages at once. Reading the 27 lists costs a third
    of a second per process: the table is kept in the user's cache, keyed by the lists' bytes."""
    languages = (*supported(), *_other_languages())
    inputs = [Path(__file__), repr((languages, COMMON_WORDS, metadata.version("wordfreq"))).encode(),
              *sorted(Path(wordfreq.__file__).parent.joinpath("data").glob("small_*"))]
    codes, masks = derived("common-words", inputs, lambda: _read_common_words(languages))
    return tuple(codes), masks


def _read_common_words(languages: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int]]:
    codes: list[str] = []
    masks: dict[str, int] = {}
    for code in languages:
        try:
            words = top_n_list(code, COMMON_WORDS, wordlist="small")  # the same top words, a tenth of the load
        except LookupError:  # wordfreq has no list: the check cannot speak for this language
            continue
        bit = 1 << len(codes)
        codes.append(code)
        for word in words:
            masks[word] = masks.get(word, 0) | bit
    # wordfreq keeps every list it read (about 3 MB each); 27 of them, kept for the whole run,
    # made every later stage slower (the garbage collector walks them): only the table is kept
    get_frequency_list.cache_clear()
    return tuple(codes), masks


def _has_letters(sample: str, wanted: int) -> bool:
    """At least ``wanted`` letters; stops counting there (most texts answer within a line)."""
    for ch in sample:
        if ch.isalpha():
            wanted -= 1
            if not wanted:
                return True
    return False


def _first_words(sample: str) -> list[str]:
    """The sample's first CHECKED_WORDS words; the regex stops there (about a third of the sample)
    instead of reading all of it."""
    return [match.group() for match in islice(_WORD.finditer(sample), CHECKED_WORDS)]


@cache
def _unsupported_bits() -> tuple[int, ...]:
    """Indexes of the checked languages cronaca has no data for."""
    codes, _ = _common_word_languages()
    return tuple(index for index, code in enumerate(codes) if code not in supported())


def uses_common_words(sample: str, code: str) -> bool:
    """Does the sample read like ``code``: enough of its words common in it, and not more of them
    common in a language cronaca has no data for?"""
    codes, masks = _common_word_languages()
    words = _first_words(sample)
    if code not in codes or len(words) < MIN_CHECKED_WORDS:
        return True
    # few distinct masks: each one's languages are counted once, bit by bit
    counts = [0] * len(codes)
    for mask, times in Counter(map(masks.get, map(str.lower, words), repeat(0))).items():
        while mask:
            low = mask & -mask
            counts[low.bit_length() - 1] += times
            mask ^= low
    own = counts[codes.index(code)]
    others = max((counts[index] for index in _unsupported_bits()), default=0)
    return own >= MIN_COMMON_SHARE * len(words) and own >= others


def identify(text: str) -> tuple[str, float]:
    """The ISO 639-1 code and confidence, or ``("und", ...)`` when the text does not say or is
    in a language cronaca has no data for."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return UNDETERMINED, 0.0
    detector = _detector()
    values = detector.compute_language_confidence_values(sample[:SHORT_SAMPLE_CHARS])
    if not values or values[0].value < SURE:
        values = detector.compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED, 0.0
    best = values[0]
    if best.value < MIN_CONFIDENCE:
        return UNDETERMINED, best.value
    code = best.language.iso_code_639_1.name.lower()
    if not uses_common_words(sample, code):
        return UNDETERMINED, 0.0
    return code, best.value
