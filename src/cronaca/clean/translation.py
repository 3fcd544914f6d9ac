"""Evidence that an article was machine translated, and the ``machine_translated`` flag.

Machine translation leaves traces a reader of the target language notices. Each is a *cue* with a
weight; the flag is raised when the weights add up to ``THRESHOLD`` (1.0):

| cue kind | what | weight | cap per article |
|---|---|---|---|
| ``disclosure`` | a sentence saying the text was machine translated ("Questo articolo è stato tradotto automaticamente", "This article was machine translated") | 1.0 | none |
| ``label`` | a bare note ("Traduzione automatica", "Translated by Google") as a short first or last line, or in brackets | 1.0 | none |
| ``foreign_sentence`` | a sentence, or a run of consecutive sentences (an embedded post), in English (lingua) inside a non-English text, outside quotation marks | 0.5 | none |
| ``exonym`` | an English place or country name where the language has its own ("Moscow" in Italian: "Mosca") | 0.25 per name | 0.5 |
| ``calendar`` | an English month by a number ("March 5") or weekday ("Monday") where the language has its own | 0.25 per word | 0.5 |
| ``number_format`` | an English decimal point in a decimal-comma language ("1.5 milioni", "3.5%"); honest outlets write "23.1%" too, so it never adds more than one weak cue | 0.25 | 0.25 |

So one disclosure is enough, or two English sentences, or one English sentence and two weak cues;
weak cues alone need two different kinds (each kind is capped), so one stray "Moscow" or "0.5%" in
an honest article does not flag it. Everything inside quotation marks is ignored except
disclosures: quoting an English speaker verbatim is journalism, not translation. Names are no
evidence: an exonym or weekday next to another capitalised word belongs to a name ("Moscow Times",
"Cyber Monday").

Data, per language (``lang/<code>/``): ``translation_cues.tsv`` (disclosure and label regexes,
read for every article whatever its language; scale words after numbers, whose presence says the
language writes decimals with a comma), ``foreign_markers.tsv`` (very frequent English words that
are no words of the language, built by tools/translation/build_markers.py), ``months.tsv`` and
``weekdays.tsv`` of English against the language; exonyms come from the knowledge base: a country
or place whose aliases in the language do not contain its canonical (English) name.

Cost: the marker regex, one Aho-Corasick pass for names and calendar words, and lingua only on
the few sentences dense with English markers; well under a millisecond for a typical article.

When the flag is raised each cue with a place in the cleaned text becomes a Repair of kind
``other`` with ``after == before`` and rule ``translation.<kind>`` (the text is unchanged, as for a
spinner suspect), so the integrity record shows the evidence and the score drops by the suspects
term (0.1). A disclosure line the boilerplate pass removed counts too (its text is in
``integrity.removed``) but has no place in the cleaned text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import metadata
from pathlib import Path

import ahocorasick
from wordfreq import zipf_frequency

from cronaca import kb
from cronaca import lang as lang_data
from cronaca.disk_cache import derived
from cronaca.document import Document, Repair
from cronaca.lang import LanguageDataError, load, supported
from cronaca.language.identify import identify
from cronaca.language.sentences import split

FLAG = "machine_translated"
THRESHOLD = 1.0
SOURCE = "en"  # the language machine translation leaves behind (exonyms, calendar words)
WEIGHTS = {"disclosure": 1.0, "label": 1.0, "foreign_sentence": 0.5,
           "exonym": 0.25, "calendar": 0.25, "number_format": 0.25}
CAPS = {"exonym": 0.5, "calendar": 0.5, "number_format": 0.25}
# A sentence is checked with lingua when it has this many marker words making this share of its
# words; it counts when lingua gives the marker language at least MIN_SENTENCE_CONFIDENCE.
MIN_MARKERS = 3
MIN_DISTINCT_MARKERS = 2  # whole-text pre-check (space-separated words only)
MIN_MARKER_SHARE = 0.15
MIN_SENTENCE_WORDS = 5  # lower-case words and markers (names do not count)
MIN_SENTENCE_CONFIDENCE = 0.7
# A label counts on a line of at most LABEL_WORDS words among the first or last LABEL_LINES lines.
LABEL_WORDS = 12
LABEL_LINES = 2
# A cue is searched from this many characters before an occurrence of its anchor to this many after.
ANCHOR_BEFORE = 80
ANCHOR_AFTER = 240
# An English place name is no exonym when it is this similar to the language's own (a spelling
# variant), or within IN_USE_GAP zipf of it in the language's word frequencies (in real use).
SAME_NAME_RATIO = 0.85
IN_USE_GAP = 1.0

_QUOTED = re.compile(r"“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"")
_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # a key of WEIGHTS
    start: int  # offsets in the text assessed; -1 for a cue found in removed boilerplate
    end: int
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float  # summed (capped) weights
    cues: tuple[Cue, ...]

    @property
    def flagged(self) -> bool:
        return self.score >= THRESHOLD


def mark(doc: Document) -> Verdict:
    """Assess the cleaned text; when the evidence adds up, flag it and record the cues."""
    lang = doc.language if doc.language and doc.language != "und" else None
    verdict = assess(doc.text, lang, [r.text for r in doc.integrity.removed])
    if verdict.flagged:
        doc.integrity.flag(FLAG)
        for cue in verdict.cues:
            if cue.start >= 0:
                doc.integrity.repairs.append(Repair("other", cue.start, cue.end, cue.text, cue.text,
                                                    cue.weight, f"translation.{cue.kind}"))
        doc.integrity.repairs.sort(key=lambda r: (r.start, r.end))
    return verdict


def assess(text: str, lang: str | None, removed: list[str] | tuple[str, ...] = ()) -> Verdict:
    """All cues of machine translation in ``text`` (language ``lang``) and their capped score."""
    lowered = text.lower()
    cues = _disclosures(text, lowered)
    for piece in removed:
        cues += [Cue(c.kind, -1, -1, c.text, c.weight) for c in _disclosures(piece, piece.lower())]
    if lang and lang != SOURCE:
        masked = _QUOTED.sub(lambda m: " " * len(m.group()), text)
        sentences = _foreign_sentences(masked, text, lowered, lang)
        weak = _names_and_calendar(masked, text, lang) + _number_formats(masked, text, lang)
        # A name or date inside an English sentence is part of that sentence, not more evidence.
        cues += sentences + [c for c in weak if not any(s.start <= c.start < s.end for s in sentences)]
    return Verdict(_score(cues), tuple(cues))


def _score(cues: list[Cue]) -> float:
    by_kind: dict[str, float] = {}
    seen: set[tuple[str, str]] = set()
    for cue in cues:
        key = (cue.kind, cue.text.casefold())
        if cue.kind in CAPS and key in seen:
            continue  # a weak cue counts once per form, however often it recurs
        seen.add(key)
        by_kind[cue.kind] = by_kind.get(cue.kind, 0.0) + cue.weight
    return round(sum(min(v, CAPS.get(k, v)) for k, v in by_kind.items()), 3)


# --- disclosures -------------------------------------------------------------------------------

@cache
def _cue_patterns(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(anchor, regex) for the cues of ``kind`` of every language (an Italian page may say "Machine
    translated" in English): a regex runs only on a text that contains its anchor."""
    by_anchor: dict[str, list[str]] = {}
    for code in supported():
        for row in load(code).table("translation_cues.tsv"):
            if row["kind"] == kind:
                by_anchor.setdefault(row["anchor"].lower(), []).append(row["cue"])
    return tuple((anchor, re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{c})" for c in cues) + r")(?!\w)",
                                     re.IGNORECASE))
                 for anchor, cues in sorted(by_anchor.items()))


def _matches(kind: str, text: str, lowered: str) -> list[re.Match[str]]:
    """Matches of the cues of ``kind``, searched only in windows around their anchors."""
    found: dict[int, re.Match[str]] = {}
    same_offsets = len(lowered) == len(text)
    for anchor, pattern in _cue_patterns(kind):
        at = lowered.find(anchor)
        if at < 0:
            continue
        if not same_offsets:  # lower() changed a length (rare letters): search everywhere
            found.update((m.start(), m) for m in pattern.finditer(text))
            continue
        while at >= 0:
            lo, hi = max(0, at - ANCHOR_BEFORE), min(len(text), at + ANCHOR_AFTER)
            found.update((m.start(), m) for m in pattern.finditer(text, lo, hi))
            at = lowered.find(anchor, at + ANCHOR_AFTER - ANCHOR_BEFORE)
    return [found[start] for start in sorted(found)]


def _disclosures(text: str, lowered: str) -> list[Cue]:
    cues = [Cue("disclosure", m.start(), m.end(), m.group(), WEIGHTS["disclosure"])
            for m in _matches("disclosure", text, lowered)]
    labels = _matches("label", text, lowered)
    if labels:
        lines = [m for m in _LINE.finditer(text) if m.group().strip()]
        starts = [line.start() for line in lines]
        for m in labels:
            i = bisect_right(starts, m.start()) - 1
            line = lines[i]
            edge = i < LABEL_LINES or i >= len(lines) - LABEL_LINES
            bracketed = _in_brackets(line.group(), m.start() - line.start(), m.end() - line.start())
            if (bracketed or (edge and len(line.group().split()) <= LABEL_WORDS)) and not any(
                    c.start <= m.start() < c.end for c in cues):
                cues.append(Cue("label", m.start(), m.end(), m.group(), WEIGHTS["label"]))
    return cues


def _in_brackets(line: str, start: int, end: int) -> bool:
    opened = max(line.rfind("(", 0, start), line.rfind("[", 0, start))
    if opened < 0 or line.find(")" if line[opened] == "(" else "]", opened) < end:
        return False
    inside = line[opened + 1:line.find(")" if line[opened] == "(" else "]", opened)]
    return len(inside.split()) <= LABEL_WORDS


# --- untranslated sentences ----------------------------------------------------------------------

@cache
def _markers(lang: str) -> dict[str, str] | None:
    """Marker word -> the language it belongs to."""
    try:
        rows = load(lang).table("foreign_markers.tsv")
    except LanguageDataError:
        return None
    return {row["word"].lower(): row["language"] for row in rows} or None


def _foreign_sentences(masked: str, text: str, lowered: str, lang: str) -> list[Cue]:
    """Sentences dense with another language's marker words that lingua reads as that language.
    Pre-check on the whole text with C-speed set operations: most articles stop there."""
    markers = _markers(lang)
    if markers is None or len(markers.keys() & lowered.split()) < MIN_DISTINCT_MARKERS:
        return []
    cues: list[Cue] = []
    block_open = False  # the last sentence of the article's language came before the last cue
    for start, end in split(masked, lang):
        sentence = masked[start:end]
        # Names say nothing about the language: the share counts among the other words.
        words = [w for w in _WORD.findall(sentence) if w[0].islower() or w.lower() in markers]
        found = [w.lower() for w in words if w.lower() in markers]
        dense = len(found) >= MIN_MARKERS and len(found) / max(1, len(words)) >= MIN_MARKER_SHARE
        if not dense or len(words) < MIN_SENTENCE_WORDS:
            if len(words) >= MIN_SENTENCE_WORDS:
                block_open = False  # a sentence of the article's language ends a block
            continue
        language, confidence = identify(sentence)
        if language != markers[found[0]] or confidence < MIN_SENTENCE_CONFIDENCE:
            block_open = False
            continue
        if block_open:  # consecutive foreign sentences are one piece (an embedded post, a quote)
            last = cues.pop()
            start = last.start
        cues.append(Cue("foreign_sentence", start, end, text[start:end], WEIGHTS["foreign_sentence"]))
        block_open = True
    return cues


# --- English exonyms and calendar words ----------------------------------------------------------

def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == " ")


def _foreign_to(english: str, own: list[str], lang: str) -> bool:
    """Whether the English name of a place is foreign to a language whose names for it are
    ``own``: not part of one of them ("Cairo" in "Il Cairo"), not a mere spelling variant
    ("Seoul"/"Seul", "Riyadh"/"Riyad": transliterations vary between outlets), and not in real use
    in the language (wordfreq: at least a tenth as frequent as its own name, as "Bahrain" is next
    to "Bahrein" in Italian)."""
    folded = _fold(english)
    for name in own:
        other = _fold(name)
        if f" {folded} " in f" {other} " or SequenceMatcher(None, folded, other).ratio() >= SAME_NAME_RATIO:
            return False
    used = zipf_frequency(english, lang)
    return used == 0 or used < max(zipf_frequency(name, lang) for name in own) - IN_USE_GAP


@cache
def _english_words(lang: str) -> ahocorasick.Automaton | None:
    """Capitalised English forms the language replaces with its own: country and place names
    (canonical name not among the language's aliases, not even without accents), months and
    weekdays of English that are not the language's."""
    try:
        folders = (load(lang).folder, load(SOURCE).folder)
    except LanguageDataError:
        return None
    base = kb.load()
    if base.sources is None:  # entries given in code: nothing on disk says what they are
        words = _english_word_list(lang)
    else:
        calendar = [folder / name for folder in folders for name in ("months.tsv", "weekdays.tsv")]
        words = derived(f"english-words-{lang}", [*_code_inputs(), *base.sources, *calendar],
                        lambda: _english_word_list(lang))
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word, kind in words:
        automaton.add_word(word, (kind, word))
    automaton.make_automaton()
    return automaton


def _code_inputs() -> list[bytes | Path]:
    """Besides the data files: this module, the readers of the language folders and of the KB,
    and wordfreq's version (its frequencies decide which exonyms are foreign)."""
    kb_code = sorted(Path(kb.__file__).parent.glob("*.py"))
    return [Path(__file__), Path(lang_data.__file__), *kb_code,
            f"wordfreq={metadata.version('wordfreq')}".encode()]


def _english_word_list(lang: str) -> list[tuple[str, str]]:
    """(form, kind) in the order the automaton takes them: wordfreq looks up about a thousand
    place names per language (a fifth of a second when it has not loaded the language's list
    yet, a fiftieth after), so the list is kept on disk (``disk_cache``)."""
    words: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(word: str, kind: str) -> None:
        if word not in seen:  # a month listed twice is one key (its value is the same)
            seen.add(word)
            words.append((word, kind))

    months = {row["name"] for row in load(lang).table("months.tsv")}
    weekdays = {row["name"] for row in load(lang).table("weekdays.tsv")}
    english = load(SOURCE)
    for row in english.table("months.tsv"):
        if len(row["name"]) > 3 and row["name"] not in months:
            add(row["name"].capitalize(), "month")
    for row in english.table("weekdays.tsv"):
        if len(row["name"]) > 3 and row["name"] not in weekdays:
            add(row["name"].capitalize(), "weekday")
    for entry in kb.load().entries.values():
        own = entry.aliases.get(lang)
        if (entry.type in ("COUNTRY", "PLACE") and own and len(entry.name) >= 4
                and entry.name not in seen and _foreign_to(entry.name, own, lang)):
            add(entry.name, "exonym")
    return words


def _names_and_calendar(masked: str, text: str, lang: str) -> list[Cue]:
    automaton = _english_words(lang)
    if automaton is None:
        return []
    cues = []
    for end, (kind, form) in automaton.iter(masked):
        start = end + 1 - len(form)
        end += 1
        if (start > 0 and masked[start - 1].isalnum()) or (end < len(masked) and masked[end].isalnum()):
            continue
        if _in_name(masked, start, end):
            continue
        if kind == "month" and not _by_number(masked, start, end):
            continue
        cue_kind = "exonym" if kind == "exonym" else "calendar"
        cues.append(Cue(cue_kind, start, end, text[start:end], WEIGHTS[cue_kind]))
    return cues


_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")
_PREVIOUS_WORD = re.compile(r"([\w'’-]+)[ \t]+$")


def _in_name(text: str, start: int, end: int) -> bool:
    """Next to another capitalised word that is not a sentence start: part of a longer name."""
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1)[0].isupper():
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before and before.group(1)[0].isupper():
        ahead = text[max(0, before.start() - 3):before.start()].rstrip(" \t")
        return not (ahead == "" or ahead[-1] in ".!?\n:")
    return False


def _by_number(text: str, start: int, end: int) -> bool:
    """A month name is a date only next to a number ("March 5", "5 March", "March 2024")."""
    after = _NEXT_WORD.match(text, end)
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return bool((after and after.group(1)[0].isdigit()) or (before and before.group(1)[-1].isdigit()))


# --- number formats ------------------------------------------------------------------------------

@cache
def _english_number(lang: str) -> re.Pattern[str] | None:
    """"1.5 milioni": a decimal point with one or two decimals before a scale word, in a language
    that writes decimals with a comma (it has scale rows). "1.500" (three digits) is a thousands
    separator and "10.30" without a scale word a time of day, so neither matches."""
    try:
        scales = [row["cue"] for row in load(lang).table("translation_cues.tsv") if row["kind"] == "scale"]
    except LanguageDataError:
        return None
    if not scales:
        return None
    alternation = "|".join(f"(?:{s})" for s in sorted(scales, key=len, reverse=True))
    # No look-behind: it would cost the regex its fast scan for a first digit; checked below.
    return re.compile(r"\d\.\d{1,2}\s?(?:" + alternation + r")(?!\w)", re.IGNORECASE)


def _number_formats(masked: str, text: str, lang: str) -> list[Cue]:
    pattern = _english_number(lang)
    if pattern is None:
        return []
    cues = []
    for m in pattern.finditer(masked):
        start = m.start()
        while start > 0 and start > m.start() - 2 and masked[start - 1].isdigit():
            start -= 1  # up to three digits before the point
        if start > 0 and (masked[start - 1].isalnum() or masked[start - 1] in "._,"):
            continue  # "1.500.5", "v2.5", "12345.5": no plain decimal
        cues.append(Cue("number_format", start, m.end(), text[start:m.end()], WEIGHTS["number_format"]))
    return cues
