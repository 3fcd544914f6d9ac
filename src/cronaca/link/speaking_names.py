"""Capitalised words next to a verb of saying: the names of people speaking.

News names a speaker by the family name alone once the reader knows them ("Vendola", "Fiorello",
"Grillo"), and such a name is often also a word ("grillo", a cricket) or stands alone at a sentence
start, where the linker takes a capital for position only. Right next to a verb of saying it is a
name: before it ("Vendola ha detto", "Vendola (SEL) ha detto", "Fiorello, che ha dichiarato",
"Cannata estime") or right after it ("ha aggiunto Fiorello", "a déclaré Borne", "sagte Heusgen").
Who speaks is a person (a body's name is rarely a lone word the knowledge base lacks), so
``unknown`` keeps such a word and types it PERSON when nothing stronger types it.

Not evidence: a word after the verb that opens its clause ("he said Europeans can": only right after
a quotation or a comma does the subject follow the verb), a plural verb ("la ex Concertación, que han
manifestado": a coalition, not a person), a name after a lower-case noun that is no role ("le tabloïd
Blesk note": what the noun says it is wins) or after a plural article ("Les Lyonnais réclament"), a
name after a verb that takes an addressee ("..., told Observer"), and a language where every noun is capitalised (German:
"des Konflikts gewarnt").

The verbs are the language's speech cues (``speech_verbs.tsv`` with the auxiliaries of
``speech_cue_words.tsv``), the same the quote stage reads, through ``cronaca.lang.verbs`` (the
linker runs before the quote stage and imports nothing from it).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import accumulate, compress

from cronaca.lang import LanguageDataError
from cronaca.lang.verbs import SpeakingVerbs, fold, speaking_verbs
from cronaca.link.view import TextView
from cronaca.link.words import zipf
from cronaca.tokens import DIGITS, tokens

#: Inside a sentence a word next to a verb of saying is a name unless it is this frequent (zipf):
#: surnames that are words ("Grillo" 4.5, "Conte" 4.9) stay below it, "Stato", "Governo" do not.
SPEAKER_WORD_ZIPF = 5.0
#: At a sentence start, where every word is capitalised, only a word this rare (zipf) is taken for a
#: name: "Vendola (SEL) ha detto" (3.3), not "Survivors told VOA" (4.1) or "Analysts say" (3.8).
SENTENCE_START_SPEAKER_ZIPF = 3.5
#: Most characters of a bracketed aside between the name and its verb ("Vendola (SEL) ha detto").
BRACKET_CHARS = 40
#: Most words (adverbs) between an auxiliary and its participle: "ha poi detto", "a également déclaré".
AUX_GAP_WORDS = 2

_TOKEN = re.compile(r"\w[\w'’-]*")
_TOKEN_SPLIT = re.compile(r"(\w[\w'’-]*)")
_TOKEN_CHAR = re.compile(r"[\w'’-]")
_PLAIN_WORD = re.compile(r"\w+")
_JOINERS = frozenset("'’-")  # what joins the plain words of one ``_TOKEN``
_NAME_CHAR = re.compile(r"[\w'’.-]")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \u00a0]*$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")
_BRACKET = re.compile(r"[ \u00a0]*\([^()\n]{1,%d}\)[ \u00a0]*$" % BRACKET_CHARS)
_RELATIVE = re.compile(r",[ \u00a0]*([^\W\d_]+(?:[ \u00a0][^\W\d_]+)?)[ \u00a0]+$")
#: What may stand right before a verb that has its subject after it: a closing quotation mark, a comma,
#: or a dash opening an attribution inside a quotation ("«... - sottolinea Pini - ...»", "—dijo Calvo—").
_AFTER_QUOTE = frozenset(",”»“\"›’'-–—")


def speaking_positions(view: TextView, code: str, common_word_zipf: float,
                       common_everywhere: bool = False) -> frozenset[int]:
    """Starts of capitalised words standing right before or right after a verb of saying, rare
    enough to be names: below ``SENTENCE_START_SPEAKER_ZIPF`` (and the language's ``common_word_zipf``)
    at a sentence start, below ``SPEAKER_WORD_ZIPF`` inside a sentence."""
    if common_everywhere:
        return frozenset()
    try:
        verbs = speaking_verbs(code)
    except LanguageDataError:
        return frozenset()
    text = view.text
    found: set[int] = set()
    for start, end, plural in _verbs(text, verbs):
        if plural:
            continue
        before = _name_before(text, start, verbs.relatives)
        if before is not None and _described_only_by_role(view, before, verbs):
            found.add(before)
        lead = text[max(0, start - 8):start].rstrip(" \u00a0")
        after = _WORD_AFTER.match(text, end)
        if after is not None and lead[-1:] in _AFTER_QUOTE \
                and fold(text[start:end]).split()[-1] not in verbs.object_verbs:
            found.add(after.start(1))

    def rare(pos: int) -> bool:
        token = _TOKEN.match(text, pos)
        word = view.folded[pos:token.end()] if token else ""
        if not word or not text[pos].isupper() or token.group().isupper() or word in verbs.pronouns:
            return False
        limit = min(common_word_zipf, SENTENCE_START_SPEAKER_ZIPF) if view.sentence_initial(pos) else SPEAKER_WORD_ZIPF
        return zipf(word, code) < limit

    return frozenset(p for p in found if rare(p) and not _family_name_met(text, p))


def _family_name_met(text: str, pos: int) -> bool:
    """The word at ``pos`` ended a longer name earlier in the text ("la deputata Pd Giuditta Pini" ...
    "sottolinea Pini"): the person is known already, and the linker and the quote stage find the
    family name's owner themselves; no name of its own is made for it."""
    token = _TOKEN.match(text, pos)
    if token is None:
        return False
    word = token.group()
    at = text.find(word, 0, pos)
    while at >= 0:
        end = at + len(word)
        if end == pos or not _TOKEN_CHAR.match(text, end):  # the whole word, not a longer one
            gap = at
            while gap > 0 and text[gap - 1] in " \u00a0":
                gap -= 1
            if gap < at:  # one or more spaces, then a word with a capital: "Giuditta Pini"
                first = gap
                while first > 0 and _NAME_CHAR.match(text, first - 1):
                    first -= 1
                if any("A" <= c <= "Z" or "À" <= c <= "Þ" for c in text[first:gap]):
                    return True
        at = text.find(word, at + 1, pos)
    return False


def _verbs(text: str, verbs: SpeakingVerbs) -> Iterator[tuple[int, int, bool]]:
    """(start, end, plural) of each verb of saying: a form that stands alone (longest first), or an
    auxiliary, at most ``AUX_GAP_WORDS`` words, and a participle ("ha poi detto").

    A word here runs on across apostrophes and hyphens ("dit-il", "s'insurge"). Only the words that
    can begin a verb (``openers``) are looked at: they are found among the text's plain words
    (``cronaca.tokens``, read once per document and shared with the extract stages), by the plain
    word that opens them; the few words after each are then read from the text itself."""
    low = fold(text)
    if len(low) != len(text):  # a letter whose lower case is longer: fold word by word
        yield from _verbs_folded_by_word(text, verbs)
        return
    heads = _opener_heads(verbs.openers)
    tok = tokens(text)
    starts = tok.starts
    reach = max(verbs.longest, 2 + AUX_GAP_WORDS)  # words read from each opener on
    consumed = 0  # end of the last verb found: its words open no other
    # the starts of the words that open a verb, in text order (one C-level pass over the word keys)
    for p in compress(starts, map(heads.__contains__, tok.keys)):
        if p < consumed or not _word_starts(low, p):
            continue
        first = _TOKEN.match(low, p)
        if first.group() not in verbs.openers:
            continue
        found = [first]
        while len(found) < reach and (nxt := _TOKEN.search(low, found[-1].end())) is not None:
            found.append(nxt)
        words = [w.group() for w in found]
        for n in range(min(verbs.longest, len(words)), 0, -1):
            if " ".join(words[:n]) in verbs.finite:
                yield p, _TOKEN.match(text, found[n - 1].start()).end(), _plural(words[:n], verbs)
                consumed = found[n - 1].end()
                break
        else:
            if words[0] in verbs.auxiliaries:
                for k in range(1, min(2 + AUX_GAP_WORDS, len(words))):
                    if words[k] in verbs.participles:
                        yield p, _TOKEN.match(text, found[k].start()).end(), _plural(words[:k + 1], verbs)
                        break


@cache
def _opener_heads(openers: frozenset[str]) -> dict[str, None]:
    """The plain word (``\\w+``) each opener begins with: "dit" for "dit-il"."""
    heads = (_PLAIN_WORD.match(w).group() for w in openers)
    return dict.fromkeys(DIGITS if h[0].isdigit() else h for h in heads)  # (keyed as ``tokens`` keys them)


def _word_starts(low: str, at: int) -> bool:
    """Does a word (``_TOKEN``) begin at ``at``, the start of a plain word: is no letter or digit
    joined to it by apostrophes or hyphens before it ("insurge" in "s'insurge" begins none)?"""
    i = at - 1
    while i >= 0 and low[i] in _JOINERS:
        i -= 1
    return i < 0 or not _PLAIN_WORD.match(low, i)


def _verbs_folded_by_word(text: str, verbs: SpeakingVerbs) -> Iterator[tuple[int, int, bool]]:
    """``_verbs`` over a text whose lower case changes length: words folded one by one, so that
    offsets stay the text's."""
    pieces = _TOKEN_SPLIT.split(text)
    words = [fold(w) for w in pieces[1::2]]
    candidates = list(compress(range(len(words)), map(verbs.openers.__contains__, words)))
    if not candidates:
        return
    starts = list(accumulate(map(len, pieces)))[:-1:2]
    consumed = 0
    for i in candidates:
        if i < consumed:
            continue
        for n in range(min(verbs.longest, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]) in verbs.finite:
                yield starts[i], _TOKEN.match(text, starts[i + n - 1]).end(), _plural(words[i:i + n], verbs)
                consumed = i + n
                break
        else:
            if words[i] in verbs.auxiliaries:
                for k in range(i + 1, min(i + 2 + AUX_GAP_WORDS, len(words))):
                    if words[k] in verbs.participles:
                        yield starts[i], _TOKEN.match(text, starts[k]).end(), _plural(words[i:k + 1], verbs)
                        break


def _plural(words: list[str], verbs: SpeakingVerbs) -> bool:
    """A word of the verb has a plural ending (``plural_ending``: "dissero", "hanno detto")."""
    return bool(verbs.plural_endings) and any(w.endswith(verbs.plural_endings) for w in words)


def _described_only_by_role(view: TextView, pos: int, verbs: SpeakingVerbs) -> bool:
    """The word before the name is no lower-case noun, or is a noun of role: "Vendola ha detto",
    "il ministro Rossi ha detto", "que Rossi dit", but not "le tabloïd Blesk note" (a noun that
    says what it is)."""
    if view.sentence_initial(pos) or not view.text[pos - 1:pos].isspace():
        return True
    before = _WORD_BEFORE.search(view.text, max(0, pos - 40), pos)
    if before is None:
        return True
    word = before.group(1)
    if fold(word) in verbs.plural_articles:
        return False  # "Les Lyonnais réclament", "gli Abete dicono": a family or a people, not one person
    return not word[:1].islower() or fold(word) in verbs.roles or fold(word) in verbs.function_words


def _name_before(text: str, cue_start: int, relatives: frozenset[str]) -> int | None:
    """The start of the word before a verb of saying, past a bracketed aside ("Vendola (SEL) ha
    detto") or a comma and a relative pronoun ("Fiorello, che ha dichiarato")."""
    end = cue_start
    bracket = _BRACKET.search(text, max(0, end - BRACKET_CHARS - 4), end)
    if bracket is not None:
        end = bracket.start()
    else:
        relative = _RELATIVE.search(text, max(0, end - 20), end)
        if relative is not None and fold(relative.group(1)) in relatives:
            end = relative.start()
    word = _WORD_BEFORE.search(text, max(0, end - 40), end)
    return word.start(1) if word is not None else None
