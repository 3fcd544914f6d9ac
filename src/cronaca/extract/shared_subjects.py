"""A verb of saying that takes its subject from elsewhere in the sentence: a verb joined by a
conjunction shares the subject opening the sentence ("Bennett kritisierte ... und sagte:"), a
parenthesis in dashes before the verb is skipped, and in a verb-second language the subject may
follow the verb ("Darin betonte Smotrich").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.cue_subjects import (AFTER_GAP, PHRASE_WORDS, SUBJECT_GAP, first_subject, mention_before,
                                          phrase_before, relative_subject)
from cronaca.extract.named_phrases import NAME_WORDS, known_name, phrase_speaker
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speaker_record import Speaker, from_mention
from cronaca.extract.speech import Cue

#: Most words before the subject that opens a sentence ("Am Montag kritisierte Bennett ...").
COORDINATED_LEAD_WORDS = 3
_LAST_WORD = re.compile(r"(\w+)\s+$")
_DASH_BEFORE = re.compile(r"(?:\s-|[–—])\s*$")


def earlier_cue(ctx: QuoteContext, cue: Cue, sent_start: int) -> bool:
    """Another verb of saying earlier in the sentence: "Kelly said ..., but said Democrats could":
    the second verb shares the first one's subject."""
    i = bisect_left(ctx.cue_starts, cue.start) - 1
    return i >= 0 and ctx.cues[i].start >= sent_start


def subject_may_follow(ctx: QuoteContext, phrase: Span | None) -> bool:
    """Nothing before the verb in its clause ("En Bruselas, afirmó Borrell que"), or, in a
    verb-second language, a fronted phrase that does not open with an article ("Darin betonte
    Smotrich", "In einem Interview ... sagte Bennett")."""
    if phrase is None:
        return True
    if not ctx.speech.verb_second:
        return False
    first = WORD.search(phrase.text)
    if first is not None and first.group().lower() in ctx.speech.oblique_articles:
        return True  # "Den Tausch ... bezeichnete Heusgen": a fronted object
    return first is not None and first.group().lower() not in ctx.speech.articles \
        and first.group().lower() not in ctx.speech.pronouns


def name_after(ctx: QuoteContext, pos: int, sent_end: int) -> Speaker | None:
    """The capitalised words right after a verb, when they are part of one person met before
    (``known_name``): "Den Tausch ... bezeichnete Heusgen „...“"."""
    words: list[re.Match[str]] = []
    last = pos
    for w in WORD.finditer(ctx.text, pos, min(sent_end, pos + AFTER_GAP)):
        if ctx.text[last:w.start()].strip() or not w.group()[0].isupper():
            break
        words.append(w)
        last = w.end()
    if not words:
        return None
    return known_name(ctx, Span(words[0].start(), words[-1].end(), ctx.text[words[0].start():words[-1].end()]))


def coordinated_subject(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """A verb of saying joined by a conjunction to an earlier verb shares the subject that opens
    the sentence: "Bennett kritisierte Gideon Sa’ar wegen Anti-Yamina-Propaganda und sagte: ...",
    "Il ministro X ha incontrato Y e ha detto che ..." (not the last name before the verb)."""
    word = _LAST_WORD.search(ctx.text, max(sent_start, cue.start - 12), cue.start)
    if word is None or word.group(1).lower() not in ctx.speech.conjunctions:
        return None
    sent_start = _clause_start(ctx, sent_start, word.start(1))
    subject = first_subject(ctx, sent_start, word.start(1))
    if subject is None:  # "Voigt bedankt sich ... und sagt dann": a surname the linker left unlinked
        opening = list(WORD.finditer(ctx.text, sent_start, min(word.start(1), sent_start + 60)))[:NAME_WORDS + 1]
        k = 0
        while k < len(opening) and opening[k].group()[0].isupper():
            k += 1
        if 0 < k <= NAME_WORDS and k < len(opening):
            name = Span(opening[0].start(), opening[k - 1].end(), ctx.text[opening[0].start():opening[k - 1].end()])
            known = known_name(ctx, name)
            return Speaker(known.entity_id, known.text, known.span, "coordinated-known-name") if known else None
        return None
    if len(WORD.findall(ctx.text, sent_start, subject.start)) > COORDINATED_LEAD_WORDS \
            and not _apposed_to_lead(ctx, sent_start, subject.start):
        return None
    return from_mention(ctx, subject, "coordinated-subject")


def _apposed_to_lead(ctx: QuoteContext, start: int, pos: int) -> bool:
    """The name at ``pos`` follows, after a comma, the noun phrase opening the clause that it names:
    "un membro della segreteria di SEL, Claudio Fava, ...", "el director del Grupo, Hugo Bustos, ..."."""
    lead = ctx.text[start:pos].rstrip()
    words = WORD.findall(lead)
    return lead.endswith(",") and "," not in lead[:-1] and bool(words) and words[0].lower() in ctx.speech.articles


def _clause_start(ctx: QuoteContext, sent_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens: past the last colon or semicolon before it outside
    quotations ("Dure le reazioni: un membro di SEL, Claudio Fava, ..., non ha girato intorno
    all'argomento e ha affermato": the subject opens the clause after the colon)."""
    for k in range(pos - 1, sent_start - 1, -1):
        if ctx.text[k] in ":;" and not ctx.in_quote(k):
            return k + 1
    return sent_start


#: Most characters of the asides in commas between a sentence-opening subject and its verb.
ASIDE_CHARS = 220
#: The subject phrase opening a sentence, then asides in commas, then the verb (with its auxiliary).
_ASIDE_CLAUSE = re.compile(r"([^,;:()«»“”\"\n]+),((?:[^,;:()«»“”\"\n]+,)+)\s*$")


def subject_before_aside(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """The subject opening a sentence before asides in commas that open with a preposition, longer
    than the usual subject window: "L'attivista genovese, a margine di un comizio a Palermo presso
    cui si era recato per sostenere la candidatura di Riccardo Nuti, ha dichiarato che" (names
    inside the aside are circumstances, not the subject)."""
    found = _ASIDE_CLAUSE.fullmatch(ctx.text, sent_start, cue.start)
    if found is None or len(found.group(2)) > ASIDE_CHARS:
        return None
    head = list(WORD.finditer(ctx.text, found.start(1), found.end(1)))
    aside = WORD.search(ctx.text, found.start(2), found.end(2))
    if not head or len(head) > PHRASE_WORDS or aside is None \
            or aside.group().lower() not in ctx.speech.prepositions \
            or head[0].group().lower() in ctx.speech.prepositions or not head[0].group()[0].isupper():
        return None
    if any(c.start < cue.start and c.start >= sent_start for c in ctx.cues if c is not cue):
        return None  # another verb of saying in the sentence: its rules decide
    m = first_subject(ctx, head[0].start(), head[-1].end())
    if m is not None:
        return from_mention(ctx, m, "before-aside")
    phrase = Span(head[0].start(), head[-1].end(), ctx.text[head[0].start():head[-1].end()])
    found_speaker = phrase_speaker(ctx, phrase)
    return Speaker(found_speaker.entity_id, found_speaker.text, found_speaker.span,
                   found_speaker.rule + "+before-aside")


#: A noun phrase, a comma, a relative pronoun, an aside in commas, then the verb.
_RELATIVE_ASIDE = re.compile(r"([^,;:()«»“”\"\n]+),\s*((?:[\w'’]+\s+)?\w+)\s*,[^,;:()«»“”\"\n]+,\s*$")


def relative_before_aside(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """A relative pronoun subject with an aside in commas before the verb, beyond the usual subject
    window: "l'opzione preferita dal Presidente americano, il quale, intervistato il 29 gennaio 2006
    dalla National Public Radio, ha avvertito": the noun phrase before the relative speaks (the name
    inside the aside does not)."""
    if not ctx.text[max(sent_start, cue.start - ASIDE_CHARS):cue.start].rstrip().endswith(","):
        return None  # (the pattern ends in a comma: asked first, the search backtracks from every start)
    found = _RELATIVE_ASIDE.search(ctx.text, sent_start, cue.start)
    if found is None or found.end() != cue.start or len(found.group(0)) > ASIDE_CHARS:
        return None
    if not relative_subject(ctx, list(WORD.finditer(ctx.text, found.start(2), found.end(2)))):
        return None
    words = list(WORD.finditer(ctx.text, found.start(1), found.end(1)))
    cut = [j for j, w in enumerate(words) if w.group().lower() in ctx.speech.prepositions
           or w.group().lower() in ctx.speech.definite]
    head = words[cut[-1] + (1 if words[cut[-1]].group().lower() in ctx.speech.prepositions else 0):] if cut else words
    if not head or len(head) > PHRASE_WORDS:
        return None
    # (the head starts after the last preposition: "quella di Aldo Biscardi, che, ..., ha ricordato" is Biscardi)
    m = first_subject(ctx, head[0].start(), head[-1].end(), strict=False)
    if m is not None:
        return from_mention(ctx, m, "before-relative")
    found_speaker = phrase_speaker(ctx, Span(head[0].start(), head[-1].end(), ctx.text[head[0].start():head[-1].end()]))
    return Speaker(found_speaker.entity_id, found_speaker.text, found_speaker.span,
                   found_speaker.rule + "+before-relative")


def subject_before_dashes(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """The subject before a parenthesis set off by dashes right before the verb: "l'ambasciatore
    iraniano in Iraq - rimasto sordo ad ogni intervista, quando gli Stati Uniti catturarono quattro
    diplomatici iraniani - ha dichiarato che ..." (names inside the dashes are not the subject)."""
    close = _DASH_BEFORE.search(ctx.text, max(sent_start, cue.start - 6), cue.start)
    if close is None:
        return None
    opening = max(ctx.text.rfind(" - ", sent_start, close.start()), ctx.text.rfind("–", sent_start, close.start()),
                  ctx.text.rfind("—", sent_start, close.start()))
    if opening <= sent_start:
        return None
    floor = max(sent_start, opening - SUBJECT_GAP)
    m = mention_before(ctx, opening, floor)
    if m is not None:
        return from_mention(ctx, m, "before-dashes")
    phrase = phrase_before(ctx, floor, opening)
    if phrase is None:  # "nel quale l'ambasciatore iraniano in Iraq": from the last article on
        words = list(WORD.finditer(ctx.text, floor, opening))[-PHRASE_WORDS:]
        heads = [w for w in words if w.group().lower() in ctx.speech.definite]
        if heads:
            phrase = Span(heads[-1].start(), words[-1].end(), ctx.text[heads[-1].start():words[-1].end()])
    return phrase_speaker(ctx, phrase) if phrase is not None else None
