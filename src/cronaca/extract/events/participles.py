"""Bare past participles in languages whose compound tenses need an auxiliary (it, es, fr).

"Antonio De Poli (SC) eletto con 144 voti", "Brasile, missionario italiano ucciso", "la richiesta di
estradizione respinta dalla Corte", "un discours applaudi": a past participle with no auxiliary before
it is an adjective of the noun before it (a reduced passive relative clause), never that noun's own
finite verb. The noun undergoes the act; only an agent phrase ("dalla Corte") names who did it.
Untuned news read by eye (evprec17): such participles gave the elected their own election, the victim
the killing. The endings and the words after which the same ending is no bare participle (auxiliaries,
articles, prepositions, negation) are the language's `date_grammar.tsv` rows `participle_endings` and
`participle_not_after` (plus `event_grammar.tsv` `participle_endings`, read on verb triggers only), which the event dating reads for the same construction; adverbs between the
auxiliary and the participle ("ha duramente criticato") are passed over by `event_grammar.tsv`
`adverb_suffixes` and by the language's `aux` cue words ("ha ieri criticato").
Where the simple past has the participle's form (English "attacked"), `event_grammar.tsv`
`participle_agent_words` names the agent words ("by") one of which must follow the form at once: "rebels
supported by Iran" is passive, "Russia attacked Ukraine" is not.
"""
from __future__ import annotations

import re
from functools import cache

from cronaca.extract.events.dating import date_grammar
from cronaca.extract.events.lexicon import Lexicon, fold
from cronaca.lang import load

_WORD = re.compile(r"[^\W\d_]+")
#: words looked at before the participle: adverbs passed over, then the word that decides
REACH = 4
#: what ends the participle's phrase on the left: a word before it is another clause's
_CLAUSE_EDGE = re.compile(r"[.;:!?«»\"“”]")


@cache
def _between(code: str, suffixes: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Words (single-word `aux` cues) and adverb endings that may stand between an auxiliary and its
    participle."""
    words = frozenset(fold(r["cue"]) for r in load(code).table("event_roles.tsv")
                      if r.get("role") == "aux" and " " not in r["cue"].strip())
    return words, tuple(fold(x.strip()) for x in suffixes.split(",") if x.strip())


@cache
def _more_endings(code: str, endings: str) -> tuple[str, ...]:
    """Participle endings only verb triggers are read with (`event_grammar.tsv` `participle_endings`):
    endings the dating cannot use because nouns share them ("eletto", but "progetto")."""
    return tuple(fold(x.strip()) for x in endings.split(",") if x.strip())


@cache
def _lemmas(entry: str) -> tuple[str, ...]:
    """The head verbs of a lexicon entry ("rifiutare", "presentare ~ ricorso", "se prononcer ~ contre").
    Cached: the same few hundred entries are asked for at every verb trigger."""
    return tuple(fold(part.split("~")[0].strip().split(" ")[-1].split("'")[-1]) for part in entry.split("|"))


@cache
def _subordinators(listed: str) -> frozenset[str]:
    """The `participle_after` words, folded; cached per grammar value like the other grammar lookups
    (the list was re-parsed at every verb trigger)."""
    return frozenset(fold(x.strip()) for x in listed.split(",") if x.strip())


def participle_form(word: str, entries: list[str], endings: tuple[str, ...], irregular: tuple[str, ...],
                    infinitives: tuple[str, ...]) -> bool:
    """Is ``word`` a past participle of one of the entries' verbs? A regular one replaces the lemma's
    infinitive ending ("rifiut|ato": rifiut|are), so a present form that merely ends like one ("rifiuta":
    rifi|utare, "invita", "discute") is none; an ``irregular`` ending (`event_grammar.tsv`
    `participle_endings`) is one off the lemma's stem ("eletto" of "eleggere", "concesso")."""
    word = fold(word)
    for ending in endings + irregular:
        if not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        for lemma in entries:
            if lemma.startswith(stem) and lemma[len(stem):] in infinitives:
                return True
            if ending in irregular and not (lemma.startswith(stem) and lemma[len(stem):].startswith(ending[:2])):
                return True
    return False


def bare_participle(text: str, floor: int, s: int, e: int, lex: Lexicon, entries: list[str]) -> bool:
    """Is the verb trigger text[s:e] (of the lexicon ``entries``) a past participle no auxiliary governs,
    right after a content word of its clause (``floor``: where the clause starts)?"""
    grammar = date_grammar(lex.code)
    endings = grammar.participle_endings
    irregular = _more_endings(lex.code, lex.grammar.get("participle_endings", ""))
    if not endings and not irregular:
        return False
    agents = _more_endings(lex.code, lex.grammar.get("participle_agent_words", ""))
    if agents:
        rest = text[e:e + 40]
        gap = len(rest) - len(rest.lstrip(" "))
        after = _WORD.match(text, e + gap)
        if not gap or after is None or after.start() != e + gap or fold(after.group()) not in agents:
            return False  # past and participle share the form ("attacked"): only an agent right after decides
        named = _WORD.match(text, after.end() + 1)
        if named is None or named.start() != after.end() + 1 \
                or not (named.group()[0].isupper() or fold(named.group()) in lex.dets):
            return False  # a name or an article opens the agent ("retaliated by announcing": the manner)
    first = _WORD.match(text, s, e)
    infinitives = _more_endings(lex.code, lex.grammar.get("infinitive_endings", ""))
    if first is None or len(first.group()) <= 4 or not participle_form(
            first.group(), [x for entry in entries for x in _lemmas(entry)], endings, irregular, infinitives):
        return False
    before = text[max(floor, s - 80):s]
    edge = max((m.end() for m in _CLAUSE_EDGE.finditer(before)), default=0)
    words = [(m.start(), m.group()) for m in _WORD.finditer(before, edge)][-REACH:]
    skip, adverbs = _between(lex.code, lex.grammar.get("adverb_suffixes", ""))
    for at, word in reversed(words):
        low = fold(word)
        if low in grammar.participle_not_after or at > 0 and before[at - 1] in "-'’":
            return False  # "ha criticato", "l'ha criticato", "a-t-il critiqué", "di estradizione"
        if low in skip or adverbs and low.endswith(adverbs) and len(low) > 6:
            continue  # "ha duramente criticato", "ha ieri criticato"
        return True  # a content word or a name: "De Poli eletto", "missionario italiano ucciso"
    return False


def subordinate_participle(text: str, floor: int, s: int, e: int, lex: Lexicon, entries: list[str]) -> bool:
    """Is the verb trigger text[s:e] a past participle right after a subordinating word with no subject
    between ("reacted angrily when asked about", "once approved by parliament", "quando interrogato sul",
    "une fois élu", "cuando fue..." no: a finite verb)? Such a clause is a reduced passive: its implied
    subject undergoes the act, and only an agent phrase names who did it. The words are the language's
    `event_grammar.tsv` `participle_after` (one or two words each); the form must be one of the verb's
    participles (`participle_endings`, as for bare participles)."""
    words = _subordinators(lex.grammar.get("participle_after", ""))
    if not words:
        return False
    before = text[max(floor, s - 40):s]
    if not before.endswith(" ") or before.rstrip()[-1:] in ",;:":
        return False
    tokens = [fold(word) for word in _WORD.findall(before)[-2:]]  # one or two words decide
    if not tokens:
        return False
    if tokens[-1] not in words and " ".join(tokens[-2:]) not in words:
        return False
    grammar = date_grammar(lex.code)
    irregular = _more_endings(lex.code, lex.grammar.get("participle_endings", ""))
    infinitives = _more_endings(lex.code, lex.grammar.get("infinitive_endings", ""))
    first = _WORD.match(text, s, e)
    return first is not None and len(first.group()) > 3 and participle_form(
        first.group(), [x for entry in entries for x in _lemmas(entry)], grammar.participle_endings, irregular,
        infinitives)
