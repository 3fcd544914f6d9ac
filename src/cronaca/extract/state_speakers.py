"""Unnamed officials speaking for a state: "Officials say", "the authorities said", "las autoridades
informaron", "le autorità hanno detto", "die Behörden teilten mit".

A plural noun of officials with no name (``state_people_noun`` in speech_cue_words.tsv) is the
state speaking, and the gold-set guidelines read the state as its country ("il governo tedesco":
Germany; a reader asked who said "Officials say" in a story about the Central African Republic
answers that country). Which country, strongest evidence first:
- one the phrase itself names: "Iraqi officials", "Security forces in Somalia", "les autorités
  françaises";
- the country the passage and the article clearly name, weighed as the linker weighs a bare
  "the government" (link/governed.py): never when two countries share the article, and only a
  country the article names, so that no speaker is invented.
A phrase holding any other name, a preposition before anything but a country, or a capitalised
word ("Kenyan Officials Union") is not such a phrase.
"""
from __future__ import annotations

from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speaker_record import Speaker
from cronaca.link.governed import GovernedCountry
from cronaca.link.lexicon import lexicon

#: Most words of such a phrase besides its article ("senior security officials").
STATE_PHRASE_WORDS = 4


def state_speaker(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """The country a phrase of unnamed officials speaks for (see the module docstring), or None."""
    nouns = ctx.speech.state_people_nouns
    if not nouns:
        return None
    words = list(WORD.finditer(ctx.text, phrase.start, phrase.end))
    while words and words[0].group().lower() in ctx.speech.articles | ctx.speech.definite:
        words.pop(0)
    head = _head(ctx, [w.group().lower() for w in words], nouns)
    if head is None or head[1] > STATE_PHRASE_WORDS:
        return None
    local = lexicon(ctx.doc.language or "").subnational_modifiers
    if any(w.group().lower() in local for w in words):
        return None  # "local officials", "le autorità locali": a town's or a region's, not the state
    country = _country_inside(ctx, words[0].start(), phrase.end)
    rest = words[head[1]:]
    if rest and rest[0].group().lower() in ctx.speech.prepositions:
        if country is None:
            return None  # "Funcionarios de salud", "officials at the hospital": someone's, not said whose
    elif any(w.group()[0].isupper() and not _in_country(ctx, w.start()) for w in rest):
        return None  # a name after the noun
    for w in words[:head[0]]:
        if w.group().lower() in ctx.speech.prepositions:
            return None  # "comes after health officials": the phrase is not a subject
        if w.group()[0].isupper() and w.start() != words[0].start() and not _in_country(ctx, w.start()):
            return None  # a name before the noun: "Pentagon officials", "Hamas officials"
    if any(_other_mention(ctx, w.start()) for w in words):
        return None
    if country is None:
        country = _passage_country(ctx, phrase.start)
    if country is None:
        return None
    return Speaker(country, phrase.text, phrase, "state-officials")


def _head(ctx: QuoteContext, words: list[str], nouns: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) word indices of the first noun of officials in ``words``, one or two words long
    ("officials", "security forces")."""
    for k in range(len(words)):
        for n in (2, 1):
            if k + n <= len(words) and " ".join(words[k:k + n]) in nouns:
                return k, k + n
    return None


def _country_inside(ctx: QuoteContext, start: int, end: int) -> str | None:
    """A COUNTRY named inside [start, end), by name or adjective ("Iraqi officials")."""
    for m in (*ctx.country_adjectives, *ctx.mentions):
        if start <= m.start < end and ctx.types.get(m.entity_id) == "COUNTRY":
            return m.entity_id
    return None


def _in_country(ctx: QuoteContext, pos: int) -> bool:
    return any(m.start <= pos < m.end and ctx.types.get(m.entity_id) == "COUNTRY"
               for m in (*ctx.country_adjectives, *ctx.mentions))


def _other_mention(ctx: QuoteContext, pos: int) -> bool:
    """A mention of something other than a country covers ``pos``: "Hamas officials"."""
    i = bisect_left(ctx.mention_starts, pos + 1) - 1
    return i >= 0 and ctx.mentions[i].start <= pos < ctx.mentions[i].end \
        and ctx.types.get(ctx.mentions[i].entity_id) not in ("COUNTRY", "PLACE")


def _passage_country(ctx: QuoteContext, pos: int) -> str | None:
    """The COUNTRY entity the passage around ``pos`` and the article clearly name, as
    link/governed.py reads a bare government noun; None when unclear or not named in the article."""
    if ctx.governed is None:
        ctx.governed = _governed(ctx)
    governed = ctx.governed
    iso = governed.at(pos)
    if iso is None or iso not in governed.named:
        return None
    return next((e.id for e in ctx.doc.entities if e.type == "COUNTRY" and e.country == iso and e.mentions), None)


def _governed(ctx: QuoteContext) -> GovernedCountry:
    """The countries the article names, from its linked mentions (places count for their country)."""
    by_id = {e.id: e for e in ctx.doc.entities}
    named = [(m.start, e.type, e.country, False) for m in ctx.doc.mentions()
             if (e := by_id.get(m.entity_id)) is not None]
    home = lexicon(ctx.doc.language or "").home_country if ctx.doc.language else None
    return GovernedCountry.weigh(home, named, [s for s, _ in ctx.doc.sentences])
