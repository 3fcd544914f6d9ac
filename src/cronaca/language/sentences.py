"""Sentence splitting that survives abbreviations, initials, decimals, quotations and glued sentences.

One regular-expression pass finds candidate boundaries; a candidate is rejected when the token
before the period is a known abbreviation of the language or a single initial.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca.lang import LanguageDataError, load

_CLOSERS = "\"'”’»)]›“"
# A terminator, any closing quotes/brackets, then either whitespace before a plausible sentence
# start, or (glued) directly an upper-case letter followed by a lower-case one.
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+[" + re.escape(_CLOSERS) + r"]*)"
    r"(?:(?P<space>\s+)(?=[\"'“‘„(\[¿¡]?[\w\d]|[«‹][\s\u202f\u00a0]?\w)|(?P<glued>)(?=[A-ZÀ-ÖØ-ÞА-Я](?:[a-zà-öø-ÿа-я]|['’][A-Za-zÀ-ÿ])))"
)
_TOKEN_BEFORE = re.compile(r"([\w.'’-]+)$")
_PARAGRAPH = re.compile(r"[^\n]+")


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in load(lang).words("abbreviations.txt"))
    except LanguageDataError:
        return frozenset()


_TOKEN_EXTRA = frozenset("_.'’-")  # token characters besides letters and digits (\w is those and "_")


def _token_before(text: str, pos: int) -> re.Match[str] | None:
    """The word that ends at ``pos`` (or before a newline there, as ``$`` allows); looks back a
    bounded window, so splitting stays linear. The start is found by stepping back over the word
    and the regex matched once there: searching the window tried the regex at every character."""
    low = max(0, pos - 48)
    end = pos - 1 if pos > low and text[pos - 1] == "\n" else pos
    start = end
    while start > low and (text[start - 1].isalnum() or text[start - 1] in _TOKEN_EXTRA):
        start -= 1
    return _TOKEN_BEFORE.match(text, start, pos) if start < end else None


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    match = _token_before(text, dot)
    if not match:
        return False
    token = match.group(1).lower().rstrip(".")
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. Smith"
    if token in abbreviations:
        return True
    # dotted forms like "U.S." or "e.g."
    return "." in token and all(len(part) <= 2 for part in token.split("."))


def split(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``, whitespace trimmed, paragraphs always split."""
    abbreviations = _abbreviations(lang) if lang else frozenset()
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        _split_paragraph(text, para.start(), para.end(), abbreviations, spans)
    return spans


def _split_paragraph(text: str, begin: int, stop: int, abbreviations: frozenset[str],
                     out: list[tuple[int, int]]) -> None:
    sent_start = begin
    for match in _BOUNDARY.finditer(text, begin, stop):
        end_tok = match.group("end")
        dot = match.start("end")
        if end_tok.startswith(".") and len(end_tok.rstrip(_CLOSERS)) == 1:
            if _is_abbreviation(text, dot, abbreviations):
                continue
            if match.group("glued") is not None:
                before = _token_before(text, _before_closers(text, dot))
                # glued only after a real word ("spaziale.Nel", "AP.Putin"), not "U.S.Army" forms
                if not before or len(before.group(1)) < 2 or "." in before.group(1):
                    continue
        _emit(text, sent_start, match.end("end"), out)
        sent_start = match.end()
    _emit(text, sent_start, stop, out)


def _before_closers(text: str, pos: int) -> int:
    """Position before any closing quotes that end at ``pos``."""
    while pos > 0 and text[pos - 1] in _CLOSERS:
        pos -= 1
    return pos


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
