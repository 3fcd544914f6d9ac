"""Impersonal verbs of saying: "heißt es aus der Direktion Staatsschutz", "In dem Papier der FDP
heißt es", "hieß es in einer Stellungnahme der Familie".

The grammatical subject is a placeholder ("es"); who speaks is the source a preposition names after
or before the verb (``source_preposition`` in speech_cue_words.tsv): the first person, organisation
or group in that phrase, or the phrase itself when it names no entity. A source that is only a
circle around a body ("aus Kreisen der Bundesregierung", ``circle_noun``) is someone unnamed, not the
body. With no source at all ("Auf alle Anfragen heißt es: „Abwarten.“", "Bald heißt es wieder ...")
nobody speaks: the words are a saying or a motto. The forms are data (``impersonal``); a split form
("ist ... zu lesen") has its source in the middle field: "„...“, ist in dem Papier der CDU zu lesen". A clitic right
before the verb (``impersonal_clitic``: "se detalla que", "si legge che") makes it impersonal too, or
reflexive with another sense ("se negó a", "se comunicó con"): no speaker either, unless a source
preposition names one after it ("si legge in una nota del ministero").
"""
from __future__ import annotations

import re

from cronaca.document import Mention, Span
from cronaca.extract.cue_subjects import first_subject, phrase_breaks
from cronaca.extract.locate import sentence_index
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speaker_record import Speaker, from_mention
from cronaca.extract.speech import Cue

IMPERSONAL = Speaker(None, None, None, "impersonal")
#: Most words of a source phrase ("in einer Stellungnahme der Familie des Verstorbenen").
SOURCE_WORDS = 10
#: Most lower-case words (adverbs: "stolz", "weiter", "dazu") between the verb and its source phrase.
ADVERB_WORDS = 2
_FIRST_WORD = re.compile(r"\s*(\w+)['’]?")
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\s+$")
_JOINED_CLITIC = re.compile(r"(?:-t)?-(\w+)(?!\w)")


def impersonal_speaker(ctx: QuoteContext, cue: Cue, sent_start: int, sent_end: int) -> Speaker | None:
    """The source of an impersonal cue, ``IMPERSONAL`` when none is named, None for other cues."""
    speech = ctx.speech
    if speech.impersonal_clitics:
        before = _LAST_WORD.search(ctx.text, max(sent_start, cue.start - 12), cue.start)
        joined = _JOINED_CLITIC.match(ctx.text, cue.end)  # "explique-t-on à l'Élysée": the clitic after
        joined = joined if joined is not None and joined.group(1).lower() in speech.impersonal_clitics else None
        if before is not None and before.group(1).lower() in speech.impersonal_clitics or joined is not None:
            # "si legge in una nota del ministero": the source named after it; "se detalla que", "si
            # legge che": no one in particular
            after = joined.end() if joined is not None else cue.end
            stops = phrase_breaks(ctx, after, sent_end)
            return _source(ctx, after, stops[0] if stops else sent_end) or IMPERSONAL
    if speech.source_openers:
        opened = _opened_source(ctx, cue, sent_start)
        if opened is not None:
            return opened
    if cue.row.tense == "split" and cue.row.form.lower() in speech.impersonal:
        return _split_source(ctx, cue)
    if not speech.impersonal or ctx.text[cue.start:cue.end].lower() not in speech.impersonal:
        return None
    stops = phrase_breaks(ctx, cue.end, sent_end)
    after = _source(ctx, cue.end, stops[0] if stops else sent_end)
    if after is not None:
        return after
    breaks = phrase_breaks(ctx, sent_start, cue.start)
    before = _source(ctx, breaks[-1] + 1 if breaks else sent_start, cue.start)
    return before if before is not None else IMPERSONAL


def _split_source(ctx: QuoteContext, cue: Cue) -> Speaker | None:
    """ "„...“, ist in dem Papier der CDU zu lesen", "ist etwa im Papier zu lesen": the source phrase
    stands in the middle field, between the verb's first part and its particle, from its first source
    preposition on. None without one ("ist darin zu lesen"): the speaker is looked for as for any verb."""
    first, _, particle = cue.row.form.partition(" ")
    middle = ctx.text.lower().rfind(particle.split()[0].lower(), cue.start, cue.end)
    end = middle if middle > 0 else cue.end
    for word in WORD.finditer(ctx.text, cue.start + len(first), end):
        if word.group().lower() in ctx.speech.source_prepositions:
            return _source(ctx, word.start(), end)
    return None


def _opened_source(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """ "Desde la Plataforma aseguran que", "Dall'ambasciata degli Stati Uniti fanno sapere": the
    body or person named after a ``source_opener`` that opens the sentence right before the verb."""
    first = _FIRST_WORD.match(ctx.text, sent_start, cue.start)
    if first is None or first.group(1).lower() not in ctx.speech.source_openers:
        return None
    between = ctx.text[first.end():cue.start]
    if any(c in between for c in ",;:«»“”\"") or len(WORD.findall(between)) > SOURCE_WORDS:
        return None
    m = first_subject(ctx, first.end(), cue.start, strict=False)
    if m is not None:
        return from_mention(ctx, m, "source-opener")
    words = list(WORD.finditer(ctx.text, first.end(), cue.start))
    if not words or not any(w.group()[0].isupper() for w in words):
        return None  # "Desde 2019 aseguran", "Dal canto suo": no source named
    span = Span(words[0].start(), words[-1].end(), ctx.text[words[0].start():words[-1].end()])
    named = phrase_speaker(ctx, span)  # "Desde la Plataforma": the body it names, or the phrase itself
    return named if named.entity_id is not None else Speaker(None, span.text, span, "source-opener")


def _source(ctx: QuoteContext, start: int, end: int) -> Speaker | None:
    """The speaker a phrase opened by a source preposition names, between ``start`` and ``end``."""
    first = _FIRST_WORD.match(ctx.text, start, end)
    for _ in range(ADVERB_WORDS):  # "heißt es stolz in dem Papier", "hieß es weiter aus dem Ministerium"
        if first is None or first.group(1).lower() in ctx.speech.source_prepositions \
                or not first.group(1).islower() or first.group(1).lower() in ctx.speech.complementizers:
            break
        first = _FIRST_WORD.match(ctx.text, first.end(), end)
    if first is None or first.group(1).lower() not in ctx.speech.source_prepositions:
        return None
    words = list(WORD.finditer(ctx.text, first.end(), end))[:SOURCE_WORDS]
    if not words:
        return None
    span = Span(words[0].start(), words[-1].end(), ctx.text[words[0].start():words[-1].end()])
    if any(_circle(ctx, w.group()) for w in words):
        return Speaker(None, span.text, span, "impersonal-source")
    m = first_subject(ctx, span.start, span.end, strict=False)
    if m is not None:
        return from_mention(ctx, m, "source")
    named = phrase_speaker(ctx, span)  # "auf der Internetseite des Unternehmens": the body it names
    if named.entity_id is not None:
        return named
    if _unowned_document(ctx, words):
        issuer = _issuer_before(ctx, span.start)
        if issuer is not None:
            return Speaker(issuer.entity_id, span.text, span, "document-issuer")
    return Speaker(None, span.text, span, "impersonal-source")


#: Who issues a paper with no issuer named: a body ("Hans Müller kam. ... heißt es in dem Papier"
#: is not his paper).
ISSUER_TYPES = frozenset({"ORG", "GROUP"})
#: Most words before the subject that opens the sentence naming a document's issuer ("Wie das
#: guatemaltekische Kulturministerium mitteilt").
ISSUER_LEAD_WORDS = 3


def _issuer_before(ctx: QuoteContext, pos: int) -> Mention | None:
    """The body opening the sentence before ``pos``'s as its subject: who a document with no issuer of its own
    belongs to ("Das Kulturministerium stellte die Funde vor. ... heißt es in einer Erklärung"). A
    name deeper in that sentence ("seit der Gründung der Bundeswehr") is no issuer."""
    here = sentence_index(ctx.doc, pos)
    if not here:
        return None
    s_start, s_end = ctx.doc.sentences[here - 1]
    m = first_subject(ctx, s_start, s_end, kinds=ISSUER_TYPES)
    if m is None or len(WORD.findall(ctx.text, s_start, m.start)) > ISSUER_LEAD_WORDS:
        return None
    return m


#: Shortest document noun recognised at the end of a compound ("Pressemitteilung": "mitteilung").
DOCUMENT_STEM = 6


def _unowned_document(ctx: QuoteContext, words: list[re.Match[str]]) -> bool:
    """The source phrase is only a document with no issuer named in it ("in einer Erklärung", "im
    Papier", "in der Pressemitteilung", ``document_noun``): it is the paper of whoever the text was
    just about ("Die Bundesregierung verurteilte den Angriff. In einer Erklärung heißt es, ...")."""
    if not 1 <= len(words) <= 2 or len(words) == 2 and words[0].group().lower() not in ctx.speech.articles:
        return False
    noun = words[-1].group().lower()
    return noun in ctx.speech.document_nouns or any(
        len(n) >= DOCUMENT_STEM and noun.endswith(n) for n in ctx.speech.document_nouns)


def _circle(ctx: QuoteContext, word: str) -> bool:
    low = word.lower()
    return any(low == n or low.endswith(n) for n in ctx.speech.circle_nouns)
