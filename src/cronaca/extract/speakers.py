"""Speakers of speech cues: who said it.

Speaker of a cue (first that applies):
- a cue inside the reported content of an earlier cue of the same sentence ("ha affermato che ...
  quella che ha descritto come “...”") keeps that earlier speaker, unless a mention stands right
  before it, or the cue follows a quotation and a name follows it ("“...,” said Gen. Charles
  Brown" when a missed sentence end put the verb inside an earlier report);
- inverted order, right after a quote or a comma: the entity mention right after the cue
  ("ha detto Putin", "said Johnson", past an abbreviation: "said Gen. Charles Brown"); when that
  mention opens a title, the PERSON ending it ("said European Union foreign policy chief Kaja
  Kallas"); a role, a comma and the PERSON it names: that PERSON ("sagt der Präsident des
  Gemeinderats, Nicolas Féraud");
- a subject pronoun in or next to the cue ("she said", "a-t-il déclaré", in a verb-second language
  also "antwortete er") or no subject at all ("Ha affermato che"): carry-over (below);
- the nearest entity mention before the cue in the same sentence, outside quotations, cited sources
  and earlier reported content (subject position: "Xi, nei commenti ..., ha detto"); the name
  before an appositive or relative clause wins over a name inside it ("Keir Starmer, qui
  s'entretiendra avec Emmanuel Macron, affirme");
- the subject after the verb when nothing before it in the clause can be one ("En Bruselas, afirmó
  Borrell que"; verb-second languages, ``word_order`` in speech_cue_words.tsv: "Darin betonte
  Smotrich"), unless an earlier verb of the sentence lends its subject;
- a plain noun phrase next to the cue when no entity is there ("a spokesman said"): speaker None,
  speaker_text that phrase, unless it names someone: a definite noun from an organisation's name
  ("die Kommission"), a definite role noun (the person it introduced, the last quoted person, the
  nearest person a definite noun of office introduced: see ``role_noun``), an outlet inside it
  ("Il giornale The Guardian"), or a country adjective on an institution ("la présidence
  française");
- a bare name the linker left unlinked that is part of one person met before ("sagt Balaous"), an
  unnamed spokesperson speaking for the one organisation just named, a definite document noun
  ("the statement said") speaking for whoever was last quoted;
- a verb after a conjunction ("... und sagte:", "e ha detto") shares the subject opening the sentence;
  a parenthesis in dashes right before the verb is skipped ("l'ambasciatore - ..., catturandovi
  quattro diplomatici - ha dichiarato"); a relative pronoun subject ("who", "qui", "quien") is carried
  over like a pronoun; a mention after a preposition right after the verb is the addressee ("aseguró a
  la red Unitel"); a definite body noun ("la compañía", ``body_noun``) speaks for the organisation
  mentioned most just before; a role of an organisation ("der AfD-Chef") for the person met with it;
Carry-over: walking back at most ``CARRY_SENTENCES`` sentences, the speaker of the last quote of the
nearest sentence that has one (a quotation running into the sentence counts), else that sentence's
subject (its first PERSON, ORG or GROUP mention outside quotations and cited sources, not a
possessor, and for a pronoun not after a preposition); a pronoun that stands for people only
("he", "lui", ``person_pronoun``) takes only a PERSON. In a language whose verb always has its
subject before it (``subject-first``: English), a long subject phrase with no name is someone
unnamed ("Sixty-five percent of students surveyed by PISA said"), not carried over.

Where each rule lives: ``speakers`` (the order above), ``cue_subjects`` (mentions, pronouns and
phrases next to the verb), ``shared_subjects`` (a verb sharing another's subject), ``named_phrases``
(who a noun phrase names), ``role_nouns`` (a role noun back to a person met before),
``back_reference`` (carry-over), ``speaker_record`` (the Speaker value).
"""
from __future__ import annotations

from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.back_reference import carried_pronoun, carry_over
from cronaca.extract.cue_subjects import (PHRASE_WORDS, clause_opening_person, first_subject, governed, inverted_phrase,
                                          mention_after, mention_before, phrase_before, phrase_breaks,
                                          pronoun_after, pronoun_before, pronoun_in_cue, subject_limit)
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quote_context import CLOSING_MARKS, QuoteContext, WORD, quote_between
from cronaca.extract.role_nouns import person_noun
from cronaca.extract.shared_subjects import (coordinated_subject, earlier_cue, name_after, subject_before_dashes,
                                             subject_may_follow)
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, from_mention
from cronaca.extract.speech import Cue


def speaker_of(ctx: QuoteContext, cue: Cue) -> Speaker:
    cached = ctx.speakers.get(cue.start)
    if cached is None:
        cached = _resolve(ctx, cue)
        ctx.speakers[cue.start] = cached
    return cached


def _resolve(ctx: QuoteContext, cue: Cue) -> Speaker:
    text = ctx.text
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    pronoun = pronoun_in_cue(ctx, cue)
    # nested inside an earlier cue's reported content
    outer = next((c for s, e, c in ctx.contents
                  if s <= cue.start < e and c.start < cue.start and c.start in ctx.following), None)
    if outer is not None:
        near = mention_before(ctx, cue.start, max(sent_start, cue.start - 25))
        if near is not None and not WORD.search(text, near.end, cue.start):
            return from_mention(ctx, near, "before")
        if text[max(0, cue.start - 8):cue.start].rstrip(" ,\u00a0\t")[-1:] in tuple(CLOSING_MARKS) \
                and pronoun is None:
            # "“...,” said Gen. Charles Brown": a name right after the verb that follows a quotation
            # speaks it, even when a missed sentence end left the verb inside an earlier report
            after = mention_after(ctx, cue.end, sent_end)
            if after is not None:
                return from_mention(ctx, after, "after")
        sp = speaker_of(ctx, outer)
        return Speaker(sp.entity_id, sp.text, sp.span, sp.rule + "+nested")
    limit = subject_limit(ctx, cue, sent_start)
    shared = _shared_subject(ctx, cue, sent_start) or coordinated_subject(ctx, cue, sent_start) \
        or subject_before_dashes(ctx, cue, sent_start)
    if shared is not None:
        return shared
    before_text = text[limit:cue.start]
    has_content = cue.start in ctx.following
    # inverted order ("“...”, ha detto Putin", "“...,” said Johnson"): only right after a quotation
    lead = text[max(0, cue.start - 8):cue.start].rstrip(" ,\u00a0\t")
    # ", come ha detto Lavrov", ", comme l'a souligné le ministre": nothing but "as" and a clitic before the verb
    lead_words = WORD.findall(before_text)
    bare = not before_text.strip(" ,\u00a0\t") or cue.start in ctx.preposed and bool(lead_words) \
        and lead_words[0].lower() in ctx.speech.as_words \
        and all(w.lower() in ctx.speech.as_words or w.lower() in ctx.speech.anaphors for w in lead_words)
    inverted = (not has_content and bare
                and (lead[-1:] in tuple(CLOSING_MARKS) or cue.start in ctx.preposed)) \
        or cue.start in ctx.anaphoric  # "Lo ha detto Lavrov", "Das sagte Merz"
    if inverted and pronoun is None:
        after = mention_after(ctx, cue.end, sent_end)
        if after is not None:
            return from_mention(ctx, after, "after")
        pron = pronoun_after(ctx, cue.end)
        if pron is not None:
            return carried_pronoun(ctx, cue.start, pron)
    if pronoun is None and ctx.speech.verb_second:
        pronoun = pronoun_after(ctx, cue.end)  # "antwortete er:", "sagte sie"
    if pronoun is not None:
        return carried_pronoun(ctx, cue.start, pronoun)
    m = mention_before(ctx, cue.start, limit)
    pron = pronoun_before(ctx, cue.start, limit)
    if pron is not None and (m is None or m.end <= pron.start):
        return carried_pronoun(ctx, cue.start, pron)
    if m is None:
        m = clause_opening_person(ctx, cue, sent_start)
    if m is not None:
        return from_mention(ctx, m, "before")
    phrase = inverted_phrase(ctx, cue.end, sent_end) if inverted else phrase_before(ctx, limit, cue.start)
    if not inverted and subject_may_follow(ctx, phrase) and not earlier_cue(ctx, cue, sent_start):
        # the subject after the verb: "Darin betonte Smotrich, dass", "En Bruselas, afirmó Borrell que"
        after = mention_after(ctx, cue.end, sent_end)
        if after is not None and ctx.types.get(after.entity_id) in SUBJECT_TYPES:
            return from_mention(ctx, after, "inverted")
        named = name_after(ctx, cue.end, sent_end) if after is None and ctx.speech.verb_second else None
        if named is not None:  # "bezeichnete Heusgen „...“", the bare surname left unlinked
            return named
    if phrase is not None:
        return phrase_speaker(ctx, phrase)
    if ctx.speech.subject_first and not inverted:
        long = _long_subject(ctx, limit, cue.start)
        if long is not None:  # "Sixty-five percent of students surveyed by PISA said": someone unnamed
            return Speaker(None, long.text, long, "long-phrase")
    return carry_over(ctx, cue.start, rule="zero-subject")


def _long_subject(ctx: QuoteContext, limit: int, pos: int) -> Span | None:
    """The words before the verb in its clause, too many for a plain speaker phrase, in a language
    whose verb always has its subject before it (``subject-first`` word order): a long subject that
    names no one ("Sixty-five percent of students surveyed by PISA said"), not a verb without a
    subject that takes the last speaker. A clause opening with a preposition is a circumstance; a phrase
holding a name is left to carry-over, which takes that name."""
    breaks = phrase_breaks(ctx, limit, pos)
    words = list(WORD.finditer(ctx.text, breaks[-1] + 1 if breaks else limit, pos))
    if words and words[0].start() > 0 and ctx.text[words[0].start() - 1].isalnum():
        words.pop(0)  # cut off by the subject window
    while words and words[-1].group().lower() in ctx.speech.skippable:
        words.pop()
    if len(words) <= PHRASE_WORDS or words[0].group().lower() in ctx.speech.prepositions \
            or words[0].group().lower() in ctx.speech.skippable:
        return None
    if first_subject(ctx, words[0].start(), pos, strict=False) is not None:
        return None  # "A spokesman for the U.S. military in Afghanistan said": the body it names
    return Span(words[0].start(), words[-1].end(), ctx.text[words[0].start():words[-1].end()])


def inside_speaker(ctx: QuoteContext, cue: Cue, end: int, quote_open: int) -> Speaker:
    """The speaker of an attribution set inside quotation marks, between ``cue`` and ``end``
    ("«..., ha detto il ministro Lavrov, ...»", "«... - prosegue - ...»", "« ..., a-t-il dit, ... »"):
    a name there, else the person or body its noun phrase names, else (a pronoun or no subject at
    all) whoever spoke last."""
    k = bisect_left(ctx.inner_mention_starts, cue.end)
    while k < len(ctx.inner_mentions) and ctx.inner_mentions[k].end <= end:
        m = ctx.inner_mentions[k]
        if ctx.types.get(m.entity_id) in SUBJECT_TYPES:
            return from_mention(ctx, m, "inside")
        k += 1
    pronoun = pronoun_in_cue(ctx, cue) or pronoun_after(ctx, cue.end)
    words = [w for w in WORD.finditer(ctx.text, cue.end, end) if w.group().lower() not in ctx.speech.skippable]
    if pronoun is None and words and not (len(words) == 1 and words[0].group()[0].islower()
                                          and not person_noun(ctx, words[0].group())):
        phrase = Span(words[0].start(), words[-1].end(), ctx.text[words[0].start():words[-1].end()])
        return phrase_speaker(ctx, phrase)
    found = carry_over(ctx, quote_open, rule="pronoun" if pronoun else "zero-subject")
    return found if pronoun is None else Speaker(found.entity_id, pronoun.text, pronoun, found.rule)


<<<<<<< HEAD
def _earlier_cue(ctx: QuoteContext, cue: Cue, sent_start: int) -> bool:
    """Another verb of saying earlier in the sentence: "Kelly said ..., but said Democrats could":
    the second verb shares the first one's subject."""
    i = bisect_left(ctx.cue_starts, cue.start) - 1
    return i >= 0 and ctx.cues[i].start >= sent_start


def _subject_may_follow(ctx: QuoteContext, phrase: Span | None) -> bool:
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


def _name_after(ctx: QuoteContext, pos: int, sent_end: int) -> Speaker | None:
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


def _outlet_in(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A cited outlet inside the subject phrase speaks itself: "Il giornale The Guardian ha rivelato
    che" (its mention is held by the sources stage, so it is no candidate mention)."""
    for src in ctx.doc.sources:
        if phrase.start <= src.start < phrase.end:
            return Speaker(src.entity_id, phrase.text, phrase, "cited-outlet")
    return None


def known_name(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A bare name the linker left unlinked that is part of one PERSON met earlier: "sagt
    Balaous" after "Laith al-Balaous", "sagt Sheib ad-Din" after "Ayman Sheib" (a surname, or a
    name whose first part is that person's surname). Every word of the phrase is capitalised or a
    lower-case name particle joined by a hyphen, and exactly one person matches."""
    words = WORD.findall(phrase.text)
    if not 1 <= len(words) <= NAME_WORDS or not words[0][0].isupper() \
            or words[0].lower() in ctx.speech.definite or person_noun(ctx, words[0]):
        return None
    if any(not w[0].isupper() and f"{w}-" not in phrase.text for w in words):
        return None
    names = {w for w in words if len(w) >= 3 and w[0].isupper()}
    found = {m.entity_id for m in ctx.mentions
             if m.end <= phrase.start and ctx.types.get(m.entity_id) == "PERSON"
             and names & set(WORD.findall(m.text))}
    if not found:  # "Luna" after "Osiris Luna" that the linker typed as an organisation
        found = {m.entity_id for m in ctx.mentions
                 if m.end <= phrase.start and ctx.types.get(m.entity_id) in ("ORG", "GROUP")
                 and _person_like(m.text) and WORD.findall(m.text)[-1] in names}
    if len(found) != 1:
        return None
    return Speaker(found.pop(), phrase.text, phrase, "known-name")


def _trailing_known_name(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A bare name closing a longer phrase, after lower-case words or a number: "Der 1955 geborene
    Heusgen" after "Christoph Heusgen", "il portavoce del ministero Rossi" (see ``known_name``)."""
    words = list(WORD.finditer(ctx.text, phrase.start, phrase.end))
    k = len(words)
    while k > 0 and words[k - 1].group()[0].isupper():
        k -= 1
    if k == 0 or k == len(words) or not (words[k - 1].group()[0].islower() or words[k - 1].group().isdigit()) \
            or words[k - 1].group().lower() in ctx.speech.prepositions:
        return None  # "gli avvocati di Saddam Hussein": the name is a possessor, not the speaker
    tail = Span(words[k].start(), phrase.end, ctx.text[words[k].start():phrase.end])
    found = known_name(ctx, tail)
    return None if found is None else Speaker(found.entity_id, phrase.text, phrase, "known-name:trailing")


def _person_like(name: str) -> bool:
    """Two or three capitalised words with no lower-case word: shaped like a person's name."""
    words = WORD.findall(name)
    return 2 <= len(words) <= NAME_WORDS and all(w[0].isupper() and not w.isupper() for w in words)


def _spokesperson(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """An unnamed spokesperson ("eine Sprecherin", "a spokesman", ``spokes_noun`` in
    speech_cue_words.tsv) speaks for the one organisation named in the sentences just before."""
    words = WORD.findall(phrase.text)
    if len(words) not in (2, 3) or words[-1].lower() not in ctx.speech.spokes_nouns:
        return None
    here = sentence_index(ctx.doc, phrase.start)
    if here is None:
        return None
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0]
    window = ctx.mentions[bisect_left(ctx.mention_starts, floor):bisect_left(ctx.mention_starts, phrase.start)]
    bodies = {m.entity_id for m in window if ctx.types.get(m.entity_id) in ("ORG", "GROUP")}
    return Speaker(bodies.pop(), phrase.text, phrase, "spokesperson") if len(bodies) == 1 else None


def _document(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A definite document noun ("the statement", "il comunicato", ``document_noun`` in
    speech_cue_words.tsv) speaks for whoever was last quoted, within ``CARRY_SENTENCES``
    sentences: "the diplomats said in a joint statement" ... "The statement said"."""
    words = WORD.findall(phrase.text)
    if len(words) not in (2, 3) or words[0].lower() not in ctx.speech.definite \
            or words[-1].lower() not in ctx.speech.document_nouns:
        return None
    here = sentence_index(ctx.doc, phrase.start)
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0] if here is not None else 0
    for q in reversed(ctx.quotes):
        if q.start < floor:
            break
        if q.start < phrase.start and q.speaker:
            return Speaker(q.speaker, phrase.text, phrase, "document")
    return None


def _country_body(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """An institution named by a country adjective speaks for that country: "la présidence
    française", "the Pakistani military" (a person's title, "the Ukrainian president", is not)."""
    words = WORD.findall(phrase.text)
    if not words or any(person_noun(ctx, w) for w in words):
        return None
    for m in ctx.country_adjectives:
        if phrase.start <= m.start < phrase.end:
            return Speaker(m.entity_id, phrase.text, phrase, "country-body")
    return None


def _role_noun(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A definite role noun ("il ministro", "the senator", "der Anwalt", "la titular") names a
    person already met, in this order: the PERSON this noun introduced earlier ("der Anwalt und
    Dissident Ayman Sheib ad-Din" ... "sagt der Anwalt"); the PERSON who spoke last, within
    ``CARRY_SENTENCES`` sentences; the nearest PERSON introduced by a title ("la ministra del
    Interior, Izkia Siches" ... "advirtió la titular de Interior"), within ``ROLE_WINDOW``
    characters. An indefinite one ("a spokesman") is someone new; so is a relation with no titled
    person before it ("Khaldun Zein è morto ... dice la madre")."""
    words = WORD.findall(phrase.text)
    if not 2 <= len(words) <= ROLE_NOUN_WORDS or words[0].lower() not in ctx.speech.definite:
        return None
    i = bisect_left(ctx.mention_starts, phrase.end) - 1
    if i >= 0 and ctx.mentions[i].end > phrase.start and ctx.types.get(ctx.mentions[i].entity_id) != "COUNTRY":
        # the phrase holds a name of its own (a country it serves is no name: "l'ambasciatore in Iraq");
        # an organisation's role ("der AfD-Chef") names the person met with that organisation
        if ctx.types.get(ctx.mentions[i].entity_id) in ("ORG", "GROUP") \
                and any(person_noun(ctx, w) for w in words[1:]):
            member = _member_of(ctx, ctx.mentions[i].entity_id, phrase.start)
            if member is not None:
                return Speaker(member.entity_id, phrase.text, phrase, "role-noun:member")
        return None
    # the noun of office may follow an adjective: "il primo ministro", "the prime minister"
    noun = next((w for w in words[1:3] if person_noun(ctx, w)), words[1])
    body = _body_named(ctx, noun, phrase.start)
    if body is not None:
        return Speaker(body.entity_id, phrase.text, phrase, "role-noun:body")
    if noun.lower() in ctx.speech.body_nouns and len(words) <= 3 \
            and not any(w.lower() in ctx.speech.prepositions for w in words):
        # "la compañía", "the group", not "il ministero della Giustizia iracheno" (a body of its own)
        salient = _salient_body(ctx, noun.lower(), phrase.start)
        return Speaker(salient, phrase.text, phrase, "role-noun:salient-body") if salient else None
    introduced = _introduced_by(ctx, noun, phrase.start)
    head = _compound_head(ctx, noun)
    if introduced is None and head is not None:  # "der Drusenführer" after "der Anführer Laith al-Balaous"
        introduced = _introduced_by(ctx, head, phrase.start, compound=True)
    if introduced is not None:
        return Speaker(introduced.entity_id, phrase.text, phrase, "role-noun:introduced")
    if not person_noun(ctx, noun):
        return None  # "la présidence française", "the trade body": not a person
    here = sentence_index(ctx.doc, phrase.start)
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0] if here is not None else 0
    for q in reversed(ctx.quotes):
        if q.start < floor:
            break
        if q.start < phrase.start and q.speaker and ctx.types.get(q.speaker) == "PERSON":
            return Speaker(q.speaker, phrase.text, phrase, "role-noun")
    titled = _titled_person_before(ctx, phrase.start)
    if titled is not None:
        return Speaker(titled.entity_id, phrase.text, phrase, "role-noun:titled")
    only = _only_person_before(ctx, phrase.start)
    if only is not None:  # "Sergei Lavrov è arrivato a Roma. Il ministro ha riferito che ..."
        return Speaker(only, phrase.text, phrase, "role-noun:only-person")
    return None


def _prefixed_role(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A compound role whose first part names a body ("der AfD-Chef", "Thüringens AfD-Chef") names
    the PERSON met earlier with a title of the same body ("AfD-Spitzenkandidat Björn Höcke"), even
    when the linker left the body itself unlinked. The nearest such person within ``ROLE_WINDOW``."""
    found = _PREFIXED_ROLE.search(phrase.text)
    if found is None or len(WORD.findall(phrase.text)) > PREFIXED_ROLE_WORDS \
            or not person_noun(ctx, found.group(2)):
        return None
    titles = re.compile(rf"(?<![\w-]){re.escape(found.group(1))}-\w+")
    for occ in reversed(list(titles.finditer(ctx.text, max(0, phrase.start - ROLE_WINDOW), phrase.start))):
        i = bisect_left(ctx.mention_starts, occ.start())
        while i < len(ctx.mentions) and ctx.mentions[i].end <= occ.end():
            i += 1  # the body inside the title ("AfD" of "AfD-Spitzenkandidat"), when it is linked
        if i < len(ctx.mentions):
            m = ctx.mentions[i]
            if ctx.types.get(m.entity_id) == "PERSON" and m.end <= phrase.start and (
                    m.start == occ.start() or ctx.text[occ.end():m.start].strip() == ""):
                return Speaker(m.entity_id, phrase.text, phrase, "role-noun:prefixed")
    return None


def _member_of(ctx: QuoteContext, body: str, pos: int) -> Mention | None:
    """The nearest PERSON before ``pos`` met with organisation ``body`` in his title or apposition:
    "AfD-Spitzenmann Björn Höcke" ... "der AfD-Chef", "Rutte, il segretario generale della Nato" ...
    "il capo della Nato"."""
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) != "PERSON":
            continue
        lo, hi = sentence_bounds(ctx.doc, m.start)
        for n in ctx.mentions[max(0, i - 3):i + 6]:
            if n.entity_id == body and max(lo, m.start - INTRO_GAP) <= n.start and n.end <= min(hi, m.end + INTRO_GAP):
                return m
    return None


def _only_person_before(ctx: QuoteContext, pos: int) -> str | None:
    """The one PERSON named in the ``CARRY_SENTENCES`` sentences up to ``pos``, if exactly one is."""
    here = sentence_index(ctx.doc, pos)
    if here is None:
        return None
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0]
    window = ctx.mentions[bisect_left(ctx.mention_starts, floor):bisect_left(ctx.mention_starts, pos)]
    people = {m.entity_id for m in window if ctx.types.get(m.entity_id) == "PERSON"}
    return people.pop() if len(people) == 1 else None


def person_noun(ctx: QuoteContext, word: str) -> bool:
    """A noun of office or role, also at the end of a compound ("Drusenführer", "Regierungssprecher")."""
    word = word.lower()
    if word in ctx.speech.person_nouns:
        return True
    return any(word.endswith(n) for n in ctx.speech.person_nouns if len(n) >= COMPOUND_HEAD)


def _compound_head(ctx: QuoteContext, word: str) -> str | None:
    """The noun of office a compound ends with: "Drusenführer" -> "führer" (not the word itself)."""
    word = word.lower()
    heads = [n for n in ctx.speech.person_nouns if len(n) >= COMPOUND_HEAD and len(n) < len(word)
             and word.endswith(n)]
    return max(heads, key=len) if heads else None


def _body_named(ctx: QuoteContext, noun: str, pos: int) -> Mention | None:
    """The organisation whose name holds ``noun``, mentioned shortly before: "Die Europäische
    Kommission hat ..." ... "wie die Kommission mitteilte"."""
    noun = noun.lower()
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) in ("ORG", "GROUP") and m.end <= pos \
                and noun in (w.lower() for w in WORD.findall(m.text)):
            return m
    return None


def _salient_body(ctx: QuoteContext, noun: str, pos: int) -> str | None:
    """The organisation a definite body noun ("la compañía", "the group") stands for: of the ORG
    and GROUP entities mentioned within ``ROLE_WINDOW`` characters before ``pos``, the one mentioned
    most (the nearest on a tie), leaving out those whose name holds another body noun ("el
    Ministerio de Transporte" is no "compañía")."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) not in ("ORG", "GROUP"):
            continue
        kinds = {w.lower() for w in WORD.findall(ctx.names.get(m.entity_id, "") + " " + m.text)} & ctx.speech.body_nouns
        if kinds and noun not in kinds:
            continue
        counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
        last.setdefault(m.entity_id, m.start)
    if not counts:
        return None
    return max(counts, key=lambda e: (counts[e], last[e]))


def _introduced_by(ctx: QuoteContext, noun: str, pos: int, compound: bool = False) -> Mention | None:
    """The PERSON mention nearest before ``pos`` that ``noun`` stands next to: "der Anwalt und
    Dissident Ayman Sheib ad-Din", "Izkia Siches, la ministra". ``compound``: any word ending in
    ``noun`` ("Anführer" for "führer")."""
    prefix = r"\w*" if compound else ""
    pattern = re.compile(rf"(?<!\w){prefix}{re.escape(noun)}(?!\w)", re.IGNORECASE)
    for occ in reversed(list(pattern.finditer(ctx.text, max(0, pos - ROLE_WINDOW), pos))):
        i = bisect_left(ctx.mention_starts, occ.end())
        if i < len(ctx.mentions):  # the name follows the noun
            m = ctx.mentions[i]
            body = _body_of(ctx, occ.end(), m)
            if body and i + 1 < len(ctx.mentions) and ctx.types.get(ctx.mentions[i + 1].entity_id) == "PERSON" \
                    and _NAME_AFTER_BODY.fullmatch(ctx.text, m.end, ctx.mentions[i + 1].start):
                return ctx.mentions[i + 1]  # "el presidente de la Junta de Andalucía, Juanma Moreno"
            gap = ctx.text[occ.end():m.start]
            words = len(WORD.findall(gap))
            # a longer complement of the noun before a comma and the name: "il presidente della
            # Regione Lombardia, Attilio Fontana"
            near = m.start - occ.end() <= INTRO_GAP and words <= APPOSITIVE_WORDS \
                or ctx.types.get(m.entity_id) == "PERSON" and gap.rstrip().endswith(",") \
                and m.start - occ.end() <= 2 * INTRO_GAP and words <= 2 * APPOSITIVE_WORDS
            if (ctx.types.get(m.entity_id) == "PERSON" or body) and near \
                    and not _SENTENCE_BREAK.search(ctx.text, occ.end(), m.start):
                return m
        if i > 0:  # the name holds the noun ("il senatore Rick Scott") or stands before it
            m = ctx.mentions[i - 1]
            if ctx.types.get(m.entity_id) == "PERSON" and (
                    m.start <= occ.start() < m.end
                    or 0 <= occ.start() - m.end <= INTRO_GAP // 2
                    and len(WORD.findall(ctx.text, m.end, occ.start())) <= 2
                    and not _SENTENCE_BREAK.search(ctx.text, m.end, occ.start())):
                return m
    return None


def _body_of(ctx: QuoteContext, pos: int, m: Mention) -> bool:
    """An organisation joined to the noun by one preposition: "diplomats from the Group of Seven",
    "una portavoce di TikTok" (the noun speaks for it)."""
    if ctx.types.get(m.entity_id) not in ("ORG", "GROUP"):
        return False
    words = [w.lower() for w in WORD.findall(ctx.text, pos, m.start)]
    while words and words[-1] in ctx.speech.articles:
        words.pop()
    return len(words) == 1 and words[0] in ctx.speech.prepositions


def _titled_person_before(ctx: QuoteContext, pos: int) -> Mention | None:
    """The nearest PERSON mention before ``pos`` that a definite noun of office introduces ("la
    ministra del Interior, Izkia Siches") or that is a title itself."""
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) != "PERSON" or m.end > pos:
            continue
        if m.kind == "title":
            return m
        lead = ctx.text[max(0, m.start - INTRO_GAP):m.start]
        lead = _SENTENCE_BREAK.split(lead)[-1]
        words = WORD.findall(lead)
        if any(a.lower() in ctx.speech.definite and b[0].islower() and person_noun(ctx, b)
               for a, b in zip(words, words[1:])):
            return m  # "la ministra del Interior, Izkia Siches", not "su subsecretario, Manuel Monsalve"
    return None


=======
>>>>>>> main
def _shared_subject(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """A second speech verb of the same clause shares the first one's subject:
    "... e ha osservato che", "said, adding", "ha sottolineato ..., sottolineando che"."""
    i = bisect_left(ctx.cue_starts, cue.start) - 1
    prev = ctx.cues[i] if i >= 0 and ctx.cues[i].start >= sent_start else None
    if prev is None:
        # "Clinton spoke out Tuesday about ..., arguing that": the subject of the sentence
        if cue.row.tense == "gerund" and ctx.text[sent_start:cue.start].rstrip().endswith(","):
            subject = first_subject(ctx, sent_start, cue.start)
            if subject is not None and not governed(ctx, subject.start):
                return from_mention(ctx, subject, "sentence-subject")
        return None
    between = ctx.text[prev.end:cue.start]
    words = [w.lower() for w in WORD.findall(between)]
    coordinated = all(w in ctx.speech.conjunctions for w in words) and not quote_between(ctx, prev.end, cue.start)
    gerund = cue.row.tense == "gerund" and between.rstrip().endswith(",")
    if not (coordinated or gerund):
        return None
    sp = speaker_of(ctx, prev)
    return Speaker(sp.entity_id, sp.text, sp.span, sp.rule + "+shared")
