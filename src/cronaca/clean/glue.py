"""Glued sentences and words: a space lost at a sentence or paragraph break.

"spaziale.Nel", "AP.Putin", "Russia-Cina”.Putin", "turbolento.L’appello" get a space after the
terminator. Never split: abbreviations of the language ("Sig.Rossi"), initials ("J.Smith"), dotted
acronyms ("U.S.Army"), decimals, URLs, domains ("Corriere.it"), e-mail addresses and file names
(their next letter is lower case, or the token before holds "/", "@" or "www").

A heading run into the next sentence at a lost line break ("la fin de l'annéeLe président") gets
a space when a lower-case word of the language runs straight into a capitalised sentence opener
among the language's commonest words and the pair is no word (_lost_breaks).

A comma or semicolon between two words with no space after it ("Region,die") gets one; numbers
and URL-ish tokens keep theirs. Where nouns are capitalised (German), two nouns run together at a
lost line break ("ErzeugnisseTextilien") get a space when both are words of the language and the
pair is none (_glued_nouns).

Words glued at a lost break ("delmattino", "CORRISPONDENTENEW YORK") are split only on strong
evidence: the whole is unknown to wordfreq in the language (and in English), both halves are
frequent words, and the language does not build compounds freely (lang/<code>/clean.tsv,
``split_glued_words``; German "Bundesregierung" would otherwise be split).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from wordfreq import zipf_frequency

from cronaca.clean.edits import Edit
from cronaca.lang import LanguageDataError, load

_CLOSERS = "\"'”’»)]"
_THIN = " \u00a0\u202f"  # French sets a (no-break) space before ! ? and inside « »
# terminator + optional closers, then directly Upper+lower (or L’...); the regex starts on the
# rare terminator characters so it scans fast, and closers before it are taken by hand. A French
# closing guillemet keeps its space: "fin. »Le" (checked against an open « in _spaced_closer).
# (The first terminator is written as a class of its own, not "[.!?…]+": a pattern that opens on a
# class lets the regex engine skip to those characters; one that opens on a repeat is tried at every
# character of the text, a third slower over the bench corpus.)
_GLUED = re.compile(
    r"[.!?…][.!?…]*(?:[" + re.escape(_CLOSERS) + r"]|[" + _THIN + r"]»)*"
    r"(?=[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]|['’][A-Za-zÀ-ÿ]))"
)
_COMMA_CLOSERS = "\"”»’)"  # one closer may stand between the word and its comma
_TOKEN_CHARS = frozenset(".@/:%&=?+~#-_")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_GLUED_COMMA = re.compile(r"[,;](?=[^\W\d_]{2})")  # starts on the comma: the scan stays fast
_LOWER_RUN = re.compile(r"(?<![\w.@/-])[a-zà-öø-ÿ]{7,}(?![\w@/-]|\.\w)")
# opens on its first capital, the look-behind after it: the regex engine then skips straight to
# capitals (a leading look-behind is tried at every character: 4x slower)
_UPPER_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w.@/-][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ]{7,}(?![\w@/-])")

# a word run into a capitalised sentence opener, then a space ("KiewDie Regierung")
# found from the rare lower-upper pair, then read around it (a scan of every word start is slow);
# the match is the capital, the lower-case letter a look-behind: the engine skips to capitals (3x faster)
_LOWER_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ](?<=[a-zà-öø-ÿ][A-ZÀ-ÖØ-Þ])")
_OPENER_AT = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,5}(?= [a-zà-öø-ÿA-ZÀ-ÖØ-Þ])")
MIN_BREAK_LEFT_LEN = 3
MIN_BREAK_OPENER_ZIPF = 6.0  # "Die", "Le", "El", "Il", "The", "In": the language's commonest words
MIN_BREAK_LEFT_ZIPF = 3.0    # the heading ends on a word of the language
MIN_HALF_ZIPF = 4.5     # both halves of a glued word must be this frequent in the language
MAX_WHOLE_ZIPF = 0.0    # ... and the whole must be unknown (wordfreq 0) in it and in English
MIN_HALF_LEN = 3  # "ex", "lì": two-letter pieces are prefixes or typos, not words
MIN_HALF_ZIPF_UPPER = 4.0  # upper-case runs: halves of 3+ letters ("CORRISPONDENTE" + "NEW")
MIN_NOUN_LEN = 4  # glued nouns: both words this long ("ErzeugnisseTextilien")
MIN_NOUN_ZIPF = 3.0  # ... and this frequent in the language
MIN_OPENER_AFTER_NAME_ZIPF = 3.0  # "Paris.Il", "Berlin.Merz" split; "Table.Briefings" stays
MIN_OPENER_AFTER_BANG_ZIPF = 5.0  # "ACHTUNG!Die" splits; "FRITZ!Box" stays


@cache
def _settings(lang: str | None) -> tuple[frozenset[str], bool, bool, bool]:
    """Abbreviations, the clean.tsv option split_glued_words, and from orthography.tsv
    space_before_marks (French typography sets a space before ! and ?: "remarquable ?Et" is a glued
    sentence there) and capitalised_nouns (German: a lost break between two list items leaves
    "ErzeugnisseTextilien")."""
    if not lang:
        return frozenset(), False, False, False
    try:
        data = load(lang)
    except LanguageDataError:
        return frozenset(), False, False, False
    abbreviations = frozenset(w.lower().rstrip(".") for w in data.words("abbreviations.txt"))
    options = {row["key"]: row["value"] for row in data.table("clean.tsv")}
    return (abbreviations, options.get("split_glued_words", "no") == "yes",
            data.writes("space_before_marks"), data.writes("capitalised_nouns"))


def _token_before(text: str, end: int) -> str:
    """The URL-ish token that ends at ``end`` (scanned backwards: no regex over the whole text)."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _TOKEN_CHARS):
        start -= 1
    return text[start:end]


def _protected(token: str, abbreviations: frozenset[str]) -> bool:
    """The token before a glued-looking period is an abbreviation, initial, URL, address..."""
    low = token.lower()
    if any(c in low for c in "/@:") or low.startswith("www"):
        return True
    core = low.rstrip(".")
    if len(core) == 1 or core in abbreviations:
        return True
    if "." in core:  # "U.S", "e.g", "example.com" continuing
        return True
    return core.isdigit()


def propose(text: str, lang: str | None) -> list[Edit]:
    abbreviations, split_words, spaced_marks, capitalised_nouns = _settings(lang)
    edits: list[Edit] = _glued_commas(text)
    for match in _GLUED.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] in _CLOSERS:
            start -= 1  # closing quotes before the terminator: “...Russia-Cina”.Putin
        if "»" in match.group(0) and not _closing_guillemet(text, start, match.end()):
            continue  # German »Zitat«: this » opens the next quotation
        word_end = start
        if (spaced_marks and text[start] in "!?" and start > 1 and text[start - 1] in _THIN
                and text[start - 2].isalnum()):
            word_end = start - 1  # French "remarquable ?Et", "venir !On"
        if word_end == 0 or not text[word_end - 1].isalnum():
            continue
        before = _token_before(text, word_end)
        if _protected(before, abbreviations):
            continue
        after = _WORD_AFTER.match(text, match.end())
        dotted = before + text[start:match.end()] + (after.group(0) if after else "")
        if len(before) <= 2 and not before.isupper() and not before.islower():
            continue  # "Mo.Ka": a short mixed-case piece is part of a name ("zu.Anschläge" is not)
        if text.count(dotted) > 1:
            continue  # "Table.Briefings" twice: a name written with a dot, not two sentences
        if (after and lang and _brand_like(before, text[start], after.group(0), lang)
                and not _known_word_of(text, after.group(0))):
            continue
        edits.append(Edit(start, match.end(), text[start:match.end()] + " ", "glue",
                          "glue.sentence", 0.95))
    if split_words and lang:
        edits.extend(_glued_words(text, lang))
    if lang:
        edits.extend(_lost_breaks(text, lang, capitalised_nouns))
    return edits


def _glued_commas(text: str) -> list[Edit]:
    """A comma or semicolon between two letters with no space after it ("Region,die",
    "aufkündigten\",die"): a lost space. Numbers ("3,5") have digits, and URL-ish tokens
    ("?a=1,2", "example.com/a,b") are left alone."""
    edits = []
    for match in _GLUED_COMMA.finditer(text):
        at = match.start()
        end = at - 1 if at > 1 and text[at - 1] in _COMMA_CLOSERS else at
        if end == 0 or not text[end - 1].isalpha():
            continue
        before = _token_before(text, end)
        if any(c in before for c in "/@=:&?#") or before.lower().startswith("www"):
            continue
        edits.append(Edit(at, at + 1, text[at] + " ", "glue", "glue.comma", 0.9))
    return edits


def _lost_breaks(text: str, lang: str, capitalised_nouns: bool = False) -> list[Edit]:
    """A heading or paragraph without final punctuation run into the next sentence at a lost line
    break ("Die Lage in KiewDie Regierung", "la fin de l'annéeLe président"): a word of the
    language, then straight on a capitalised very common sentence opener, the pair being no word
    in the language nor in English (so "LinkedIn", "PowerPoint", "MacBook" stay, and "iPhone",
    "McDonald", "SchülerInnen" never qualify). The break becomes a space: the heading's own line
    cannot be known."""
    edits = []
    for match in _LOWER_UPPER.finditer(text):
        at = match.start()
        opener = _OPENER_AT.match(text, at)
        if opener is None:
            if capitalised_nouns and _glued_nouns(text, at, lang):
                edits.append(Edit(at, at, " ", "glue", "glue.lost_break", 0.7))
            continue
        start = at
        while start > 0 and text[start - 1].islower():
            start -= 1
        if at - start < MIN_BREAK_LEFT_LEN or (start > 0 and (text[start - 1].isalnum()
                                                              or text[start - 1] in "@/.#-_")):
            continue  # "iPhone", "McDonald", "RawArt", "t-Online": no lower-case word before
        left, right = text[start:at], opener.group(0)
        if (zipf_frequency(right.lower(), lang) < MIN_BREAK_OPENER_ZIPF
                or zipf_frequency(left.lower(), lang) < MIN_BREAK_LEFT_ZIPF):
            continue
        whole = (left + right).lower()
        if zipf_frequency(whole, lang) > 0 or zipf_frequency(whole, "en") > 0:
            continue
        edits.append(Edit(at, at, " ", "glue", "glue.lost_break", 0.8))
    return edits


def _glued_nouns(text: str, at: int, lang: str) -> bool:
    """Where nouns are capitalised, two list items or a heading and a noun run together at a lost
    break ("ErzeugnisseTextilien"): both words belong to the language (known in it, and more
    frequent there than in English, so "PayPal" and "BlackRock" stay), the pair is no word
    ("SchülerInnen" is one), and it is written once (a name repeats)."""
    start = at - 1
    while start > 0 and text[start - 1].islower():
        start -= 1
    if start > 0 and text[start - 1].isupper():
        start -= 1  # "Erzeugnisse": a capitalised noun on the left
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "@/.#-_"):
        return False
    right = _WORD_AFTER.match(text, at)
    if right is None or (right.end() < len(text) and text[right.end()].isdigit()):
        return False
    left, word = text[start:at], right.group(0)
    if len(left) < MIN_NOUN_LEN or len(word) < MIN_NOUN_LEN or not word[1:].islower() \
            or not left[1:].islower():
        return False
    if text.count(left + word) > 1:
        return False
    for part in (left.lower(), word.lower()):
        native = zipf_frequency(part, lang)
        if native < MIN_NOUN_ZIPF or native <= zipf_frequency(part, "en"):
            return False
    whole = (left + word).lower()
    return zipf_frequency(whole, lang) == 0 and zipf_frequency(whole, "en") == 0


def _closing_guillemet(text: str, at: int, end: int) -> bool:
    """The » of a glued match closes a quotation. Unspaced (".»Faut"), unless a « follows in the
    paragraph before any other » (German »Das ist gut«: that » opens); spaced (". »Le"), only
    after a French « opened with spaces."""
    if any(c in _THIN for c in text[at:end]):
        return _open_guillemet(text, at)
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)]
    following = rest.find("«")
    return following < 0 or 0 <= rest.find("»") < following


def _open_guillemet(text: str, at: int) -> bool:
    """A French « (a space on both sides: "dit : « Nous") opened in the paragraph before ``at``
    and not closed yet: the » after it closes it. German writes »Zitat«, its « closes a quote
    right after a word, so a » after a space there opens the next one."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = text.rfind("«", line_start, at)
    if opened < 0 or opened < text.rfind("»", line_start, at):
        return False
    return text[opened + 1:opened + 2] in _THIN and (opened == line_start or text[opened - 1] in _THIN)


def _known_word_of(text: str, word: str) -> bool:
    """The word after the dot stands alone elsewhere in the text ("so Trump.Bondi" where "Bondi
    sei" follows later): a name of the story opening a sentence, not the tail of a dotted name."""
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word):at + len(word) + 1]
        if at > 0 and text[at - 1] in " \n(\"“„«'" and not after.isalnum():
            return True
        at = text.find(word, at + 1)
    return False


def _brand_like(before: str, terminator: str, after: str, lang: str) -> bool:
    """A name written with a dot or a bang, not two sentences: "Table.Briefings" (a capitalised
    word, then a word rare in the language: a sentence opens with a common word or a known name),
    "FRITZ!Box" (a bang after a capitals-only word, then no function word)."""
    zipf = zipf_frequency(after.lower(), lang)
    if terminator == "." and before[:1].isupper() and before[1:].islower():
        return zipf < MIN_OPENER_AFTER_NAME_ZIPF
    if terminator == "!" and before.isupper() and len(before) > 1:
        return zipf < MIN_OPENER_AFTER_BANG_ZIPF
    return False


@lru_cache(maxsize=65536)
def _split_point(word: str, lang: str) -> int:
    """Index where an unknown lower-case word splits into two frequent words, or 0."""
    low = word.lower()
    if zipf_frequency(low, lang) > MAX_WHOLE_ZIPF or zipf_frequency(low, "en") > MAX_WHOLE_ZIPF:
        return 0
    best, best_score = 0, 0.0
    upper = word.isupper()  # a heading or byline run together with the dateline after it
    min_half, min_zipf = (3, MIN_HALF_ZIPF_UPPER) if upper else (MIN_HALF_LEN, MIN_HALF_ZIPF)
    for k in range(min_half, len(low) - min_half + 1):
        left, right = low[:k], low[k:]
        zl = zipf_frequency(left, lang)
        zr = max(zipf_frequency(right, lang), zipf_frequency(right, "en") if upper else 0)
        score = min(zl, zr)
        if zl >= min_zipf and zr >= min_zipf and score > best_score:
            best, best_score = k, score
    return best


def _glued_words(text: str, lang: str) -> list[Edit]:
    edits = []
    for pattern in (_LOWER_RUN, _UPPER_RUN):
        for match in pattern.finditer(text):
            word = match.group(0)
            k = _split_point(word, lang)
            if k:
                edits.append(Edit(match.start(), match.end(), f"{word[:k]} {word[k:]}", "glue",
                                  "glue.word", 0.7))
    return edits
