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
  Gemeinderats, Nicolas Féraud"); a definite role phrase ending in its holder's name with no comma,
  past the names of its complement ("a déclaré le porte-parole du gouvernement Gabriel Attal");
- a subject pronoun in or next to the cue ("she said", "a-t-il déclaré", in a verb-second language
  also "antwortete er") or no subject at all ("Ha affermato che"): carry-over (below);
- a relative clause on a name ("la delegazione di Forza Italia che ha detto", "a Yurramendi, quien
  señaló", "Nancy Pelosi, who said"): that name, even after a preposition;
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
- a gerund takes the subject of the speech verb before it in its clause, with or without a comma and
  past its object ("ha commentato l'affermazione di Grillo rilevando che", "criticare il premier
  affermando che"); a mention after a complementizer ("ha dichiarato che Grillo «...»") opens the
  reported clause and never speaks; a relative "che"/"que"/"il quale" subject stands for the noun
  phrase before its comma, also past an aside; a sentence-opening subject before long asides in
  commas that open with a preposition speaks ("L'attivista genovese, a margine di ..., ha dichiarato").
Carry-over: walking back at most ``CARRY_SENTENCES`` sentences, the speaker of the last quote of the
nearest sentence that has one (a quotation running into the sentence counts), else that sentence's
subject (its first PERSON, ORG or GROUP mention outside quotations and cited sources, not a
possessor, and for a pronoun not after a preposition, nor a later member of a list a preposition
governs); every sentence holding the same pronoun again widens the walk by one (a chain of "er",
"he", "elle" about one person), and for a verb with no subject so does every sentence opening with an
auxiliary and its participle ("Ha ricordato ... Poi ha citato ..."); a pronoun that stands for people only
("he", "lui", ``person_pronoun``) takes only a PERSON; a gendered pronoun or role noun ("a-t-elle
ajouté", "la deputata", "die Ministerin") passes over a person known to be of the other gender
(``speaker_gender``). A title with a designate word next to it ("il premier in pectore", "der
designierte Kanzler") is not the linker's incumbent but a role noun naming whom it introduced. In a language whose verb always has its
subject before it (``subject-first``: English), a long subject phrase with no name is someone
unnamed ("Sixty-five percent of students surveyed by PISA said"), not carried over.

Where each rule lives: ``speakers`` (the order above), ``cue_subjects`` (mentions, pronouns and
phrases next to the verb), ``shared_subjects`` (a verb sharing another's subject), ``named_phrases``
(who a noun phrase names), ``role_nouns`` (a role noun back to a person met before),
``back_reference`` (carry-over), ``speaker_gender`` (gender agreement), ``verb_bracket`` (German subject after the auxiliary, passive agent),
``impersonal_speech`` ("heißt es aus ..."), ``relative_speakers`` (a relative clause on a name),
``role_appositions`` (a role phrase ending in its holder's name), ``speaker_record`` (the Speaker value;
a title the linker read as its incumbent goes to the person the text introduced with it:
``role_nouns.title_holder``); ``quote_context``
holds the per-document state they share.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Mention, Span
from cronaca.extract.back_reference import carried_pronoun, carry_over
from cronaca.extract.clause_openers import past_object_clitics
from cronaca.extract.comma_subject import subject_before_comma
from cronaca.extract.cue_subjects import (PHRASE_WORDS, bracketed_after_name, clause_opening_person, first_subject, governed, inverted_phrase,
                                          mention_after, mention_before, phrase_after, phrase_before, phrase_breaks,
                                          pronoun_after, pronoun_before, pronoun_in_cue, subject_limit)
from cronaca.extract.impersonal_speech import impersonal_speaker
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.middle_field import first_middle_field_mention, middle_field_subject
from cronaca.extract.role_nouns import office_of_body
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.object_infinitives import asks_an_object
from cronaca.extract.quote_context import CLOSING_MARKS, QuoteContext, WORD, quote_between
from cronaca.extract.quote_emit import skip_space
from cronaca.extract.relative_speakers import relative_clause_subject
from cronaca.extract.role_appositions import person_closing_role
from cronaca.extract.role_nouns import person_noun
from cronaca.extract.shared_subjects import (coordinated_subject, earlier_cue, name_after, relative_before_aside,
                                             subject_before_aside, subject_before_dashes, subject_may_follow)
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, from_mention
from cronaca.extract.speech import Cue
from cronaca.extract.verb_bracket import bracket_subject, split_subject


#: Punctuation that ends the clause of a verb before a gerund.
_CLAUSE_STOP = re.compile(r"[.;:!?()\n]")


def speaker_of(ctx: QuoteContext, cue: Cue) -> Speaker:
    cached = ctx.speakers.get(cue.start)
    if cached is None:
        cached = _resolve(ctx, cue)
        ctx.speakers[cue.start] = cached
    return cached


#: Most words between a mouthpiece word and the name of the person it introduces ("tramite il
#: capogruppo dei forzisti Renato Brunetta").
MOUTHPIECE_WORDS = 6


def _mouthpiece(ctx: QuoteContext, cue: Cue, sent_end: int) -> Speaker | None:
    """The person named right after the verb behind a ``mouthpiece`` word speaks for its subject:
    "Forza Italia precisa tramite il capogruppo Renato Brunetta che ...", "le Kremlin a fait savoir par
    la voix de Dmitri Peskov que ...". Only a person named within ``MOUTHPIECE_WORDS`` words, before any
    punctuation ("tramite una nota" names nobody: the subject stays the speaker)."""
    if not ctx.speech.mouthpieces:
        return None
    text = ctx.text
    i = cue.end
    while i < sent_end and text[i] == " ":
        i += 1
    low = text[i:i + 40].lower()
    word = next((w for w in ctx.speech.mouthpieces
                 if low.startswith(w) and not low[len(w):len(w) + 1].isalnum()), None)
    if word is None or i == cue.end:
        return None
    pos = i + len(word)
    k = bisect_left(ctx.mention_starts, pos)
    if k >= len(ctx.mentions):
        return None
    m = ctx.mentions[k]
    between = text[pos:m.start]
    if m.end > sent_end or len(WORD.findall(between)) > MOUTHPIECE_WORDS or re.search(r"[,.;:!?«»\"“”()]", between) \
            or ctx.types.get(m.entity_id) != "PERSON":
        return None
    return from_mention(ctx, m, "mouthpiece")


def _resolve(ctx: QuoteContext, cue: Cue) -> Speaker:
    text = ctx.text
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    pronoun = pronoun_in_cue(ctx, cue)
    # nested inside an earlier cue's reported content
    outer = next((c for s, e, c in ctx.contents
                  if s <= cue.start < e and c.start < cue.start and c.start in ctx.following), None)
    if outer is not None:
        near = mention_before(ctx, cue.start, max(sent_start, cue.start - 25))
        # (not before a gerund: "criticare il premier affermando che" - the premier is its object)
        if near is not None and not WORD.search(text, near.end, cue.start) and cue.row.tense != "gerund":
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
    impersonal = impersonal_speaker(ctx, cue, sent_start, sent_end)
    if impersonal is not None:  # "heißt es aus der Direktion ...", "In dem Papier der FDP heißt es"
        return impersonal
    mouthpiece = _mouthpiece(ctx, cue, sent_end)
    if mouthpiece is not None:  # "Forza Italia precisa tramite il capogruppo Renato Brunetta che"
        return mouthpiece
    split = split_subject(ctx, cue, sent_start)
    if split is not None:  # "Am Dienstag kündigte Innenministerin Faeser an, ...": the subject inside the verb
        return split
    limit = subject_limit(ctx, cue, sent_start)
    plural = _plural(ctx, cue)
    shared = _shared_subject(ctx, cue, sent_start) or coordinated_subject(ctx, cue, sent_start) \
        or subject_before_dashes(ctx, cue, sent_start)
    if shared is not None and plural and ctx.types.get(shared.entity_id) == "PERSON":
        shared = None  # "Campo explica que ... y afirmaban que": the plural verb has a subject of its own
    if shared is not None:
        return shared
    before_text = text[limit:cue.start]
    has_content = cue.start in ctx.following
    # object clitics before the verb are part of its group: "“...”, le dijo el presidente", "«...», lui a
    # répondu le ministre" are as inverted as "“...”, dijo el presidente"
    group = past_object_clitics(ctx, limit, cue.start)
    if text[max(0, group - 8):group].rstrip(" ,\u00a0\t")[-1:] not in tuple(CLOSING_MARKS):
        group = cue.start  # (only after a quotation: ", gli ha chiesto se ..." after a clause is no inversion)
    # inverted order ("“...”, ha detto Putin", "“...,” said Johnson"): only right after a quotation
    lead = text[max(0, group - 8):group].rstrip(" ,\u00a0\t")
    # ", come ha detto Lavrov", ", comme l'a souligné le ministre": nothing but "as" and a clitic before the verb
    lead_words = WORD.findall(before_text)
    bare = not text[limit:group].strip(" ,\u00a0\t") or cue.start in ctx.preposed and bool(lead_words) \
        and (lead_words[0].lower() in ctx.speech.as_words
             and all(w.lower() in ctx.speech.as_words or w.lower() in ctx.speech.anaphors for w in lead_words)
             or all(w.lower() in ctx.speech.attribution_adverbs for w in lead_words))  # ", so sagte Merz,"
    inverted = (not has_content and bare
                and (lead[-1:] in tuple(CLOSING_MARKS) or cue.start in ctx.preposed)) \
        or cue.start in ctx.anaphoric or cue.row.tense == "cleft" \
        or not has_content and _anaphor_after_quotation(ctx, lead_words, limit, before_text)
    # "Lo ha detto Lavrov", "Das sagte Merz", "«...», è quanto ha dichiarato Raffaele Fitto"
    if inverted and pronoun is None:
        after = mention_after(ctx, cue.end, sent_end)
        if after is not None:
            return from_mention(ctx, after, "after")
        holder = person_closing_role(ctx, cue.end, sent_end)
        if holder is not None:  # "a déclaré le porte-parole du gouvernement Gabriel Attal"
            return from_mention(ctx, holder, "after-role")
        unknown = unknown_name_after(ctx, cue.end, sent_end)
        if unknown is not None:  # "«...», ha detto Della Valle ai giornalisti": a name taken for a place
            return from_mention(ctx, unknown, "after-unknown-place")
        pron = pronoun_after(ctx, cue.end)
        if pron is not None:
            return carried_pronoun(ctx, cue.start, pron, inverted=True)
    if pronoun is None and ctx.speech.verb_second:
        pronoun = pronoun_after(ctx, cue.end)  # "antwortete er:", "sagte sie"
    if pronoun is not None:
        # content said before the verb ("..., sagte sie"): its own subject is not the speaker
        return carried_pronoun(ctx, cue.start, pronoun, inverted=inverted or cue.start in ctx.preposed)
    bracketed = bracket_subject(ctx, cue, sent_start)
    if bracketed is not None:  # "Zuvor hatte er in Berlin betont", "Das hat die Ministerin gesagt"
        return bracketed
    relative = relative_clause_subject(ctx, cue, sent_start)
    if relative is not None:  # "le delegazioni di Scelta Civica e PI che si sono dette"
        return from_mention(ctx, relative, "before-relative")
    m = first_middle_field_mention(ctx, limit, cue.start, cue.start in ctx.preposed) \
        or mention_before(ctx, cue.start, limit)
    pron = pronoun_before(ctx, cue.start, limit)
    if pron is not None and (m is None or m.end <= pron.start):
        return carried_pronoun(ctx, cue.start, pron)
    if m is None:
        m = clause_opening_person(ctx, cue, sent_start)
    if m is not None:
        name = bracketed_after_name(ctx, m, cue.start)
        if name is not None:  # "Vendola (SEL) ha detto": the unlinked name speaks, not the party
            return Speaker(None, name.text, name, "bracketed-name")
        holder = office_of_body(ctx, m, cue.start)
        if holder is not None:  # "The NATO chief said": the person who holds the office, met before
            return holder
        return from_mention(ctx, m, "before")
    phrase = inverted_phrase(ctx, cue.end, sent_end) if inverted else phrase_before(ctx, limit, cue.start)
    if not inverted and subject_may_follow(ctx, phrase) and not earlier_cue(ctx, cue, sent_start) \
            and not asks_an_object(ctx, cue):  # "hanno sollecitato Gordon Brown a ...": Brown is asked
        # the subject after the verb: "Darin betonte Smotrich, dass", "En Bruselas, afirmó Borrell que"
        after = mention_after(ctx, cue.end, sent_end)
        if after is not None and _past_complementizer(ctx, cue.end, after.start):
            after = None  # "che ha dichiarato che Grillo «...»": the reported clause's own subject
        if after is not None and ctx.types.get(after.entity_id) in SUBJECT_TYPES:
            return from_mention(ctx, after, "inverted")
        named = name_after(ctx, cue.end, sent_end) if after is None and ctx.speech.verb_second else None
        if named is not None:  # "bezeichnete Heusgen „...“", the bare surname left unlinked
            return named
        if after is None and ctx.speech.verb_second:
            role = _role_after(ctx, cue.end, sent_end)
            if role is not None:  # "Dort sagte der Minister: „...“": the minister met before
                return role
        if after is None and not inverted and (_opens_sentence(ctx, cue, sent_start) or _opens_as_clause(ctx, cue, sent_start)):
            opening = _subject_after_opening_verb(ctx, cue, sent_end)
            if opening is not None:  # "Racconta Vincenza, una dipendente: «...»": a name the linker left alone
                return opening
    if phrase is not None and ctx.speech.verb_second:
        head = middle_field_subject(ctx, phrase)
        if head is not None and len(WORD.findall(head.text)) == 1 and head.text.lower() in ctx.speech.pronouns:
            # "wie er gegenüber dem Abendblatt sagte": the pronoun opening the middle field
            return carried_pronoun(ctx, cue.start, head, inverted=inverted or cue.start in ctx.preposed)
        phrase = head or phrase  # "wie ein Sprecher auf Anfrage bestätigte": the spokesman
    if phrase is not None:
        return phrase_speaker(ctx, phrase)
    if ctx.speech.subject_first and not inverted:
        long = _long_subject(ctx, limit, cue.start)
        if long is not None:  # "Sixty-five percent of students surveyed by PISA said": someone unnamed
            return Speaker(None, long.text, long, "long-phrase")
    if not inverted:
        aside = subject_before_aside(ctx, cue, sent_start) or relative_before_aside(ctx, cue, sent_start) \
            or subject_before_comma(ctx, cue, sent_start)
        if aside is not None:  # "L'attivista genovese, a margine di un comizio ..., ha dichiarato"
            return aside
    pos = cue.start
    # (also when the verb goes on to report more: "“...”, contó y sumó que ...": its subject is still
    # whoever spoke before the quotation, which may run over more sentences than the walk back covers)
    if (inverted or bare) and lead[-1:] in tuple(CLOSING_MARKS):
        # "“...”, detalla.": whoever spoke last before the quotation opened, however long it runs
        i = bisect_left(ctx.quoted_starts, cue.start) - 1
        if i >= 0 and ctx.quoted[i].close < cue.start:
            pos = ctx.quoted[i].open
    return carry_over(ctx, pos, rule="zero-subject", collective=plural)


def _opens_sentence(ctx: QuoteContext, cue: Cue, sent_start: int) -> bool:
    """Only adverbs stand before the verb in its sentence: "Racconta Vincenza: «...»", "Spiega poi la titolare"."""
    return all(w.lower() in ctx.speech.skippable for w in WORD.findall(ctx.text, sent_start, cue.start))


def _opens_as_clause(ctx: QuoteContext, cue: Cue, sent_start: int) -> bool:
    """Only "as" (and adverbs) stands between a comma and the verb: "..., come spiega la proprietaria:
    «...»" opens a clause of its own with the verb first, so its subject follows the verb."""
    comma = ctx.text.rfind(",", sent_start, cue.start)
    if comma < 0:
        return False
    words = [w.lower() for w in WORD.findall(ctx.text, comma + 1, cue.start)]
    return bool(words) and words[0] in ctx.speech.as_words \
        and all(w in ctx.speech.as_words or w in ctx.speech.skippable for w in words)


def _subject_after_opening_verb(ctx: QuoteContext, cue: Cue, sent_end: int) -> Speaker | None:
    """The subject after a verb of saying that opens its sentence, when it ends at a comma, a colon or
    a quotation ("Racconta Vincenza, una dipendente: «...»", "Commenta la titolare: «...»"): verb-first
    order puts the subject right after the verb; a complementizer or an object there ("Dice che ...",
    "Spiega ai giornalisti che ...") is no subject, and neither is a lower-case word that is no article.
    A phrase opened by a lower-case article must name someone who can speak ("la titolare", "il
    sindaco"): after a transitive verb it is as often the object ("Ha sottolineato i forti legami
    commerciali, sottolineando che ...")."""
    phrase = phrase_after(ctx, cue.end, sent_end)
    if phrase is None:
        return None
    first = WORD.search(phrase.text)
    if first is None or not (first.group()[0].isupper() or first.group().lower() in ctx.speech.definite):
        return None
    if first.group()[0].islower() and not any(_can_speak(ctx, w) for w in WORD.findall(phrase.text)):
        return None
    if any(w.lower() in ctx.speech.complementizers for w in WORD.findall(phrase.text)):
        return None
    if not _ENDS_AT_PAUSE.match(ctx.text, phrase.end):
        phrase = _with_complement(ctx, phrase, sent_end)
        if phrase is None:
            return None
    return phrase_speaker(ctx, phrase)


#: Most words of a prepositional complement closing an inverted subject ("della casa", "del comitato di quartiere").
COMPLEMENT_WORDS = 4


def _with_complement(ctx: QuoteContext, phrase: Span, sent_end: int) -> Span | None:
    """The subject phrase with the complement a preposition opens right after it, when a pause ends
    that complement: "Spiega la proprietaria della casa: «...»" (the phrase finder stops at "della").
    Nothing else may stand there: "Spiega ai giornalisti che" has no pause, and a complementizer ends it."""
    words = list(WORD.finditer(ctx.text, phrase.end, min(sent_end, phrase.end + 80)))
    if not words or words[0].group().lower() not in ctx.speech.prepositions \
            or ctx.text[phrase.end:words[0].start()].strip():
        return None
    for j, w in enumerate(words[1:COMPLEMENT_WORDS + 1], start=1):
        if w.group().lower() in ctx.speech.complementizers or ctx.text[words[j - 1].end():w.start()].strip(" '’"):
            return None
        if _ENDS_AT_PAUSE.match(ctx.text, w.end()):
            return Span(phrase.start, w.end(), ctx.text[phrase.start:w.end()])
    return None


def unknown_name_after(ctx: QuoteContext, pos: int, sent_end: int) -> Mention | None:
    """A name the linker typed PLACE with no KB entry standing right after an inverted verb of saying,
    nothing but spaces between ("«...», ha detto Della Valle", "« ... », a martelé Bompard"): the
    postposed subject slot holds who speaks, and a place does not speak, so the unknown name is a
    person's the linker misread ("Della Valle", "Dalla Chiesa", "Monte"). A known place there ("ha
    detto Mosca") is left to the rules for countries and governments."""
    start = skip_space(ctx.text, pos)
    for m in ctx.unknown_places:
        if m.start == start and m.end <= sent_end:
            return m
    return None


def _can_speak(ctx: QuoteContext, word: str) -> bool:
    """A noun of office or role, a person, a body or a group of people (speech_cue_words.tsv)."""
    speech, lowered = ctx.speech, word.lower()
    return person_noun(ctx, word) or lowered in speech.individual_nouns or lowered in speech.body_nouns \
        or lowered in speech.body_kinds or lowered in speech.people_nouns


#: What may follow an inverted subject phrase: a comma, a colon, a dash or an opening quotation mark.
_ENDS_AT_PAUSE = re.compile(r"\s*(?:[,:\u2013\u2014-]|[«“\"„‘])")


def _anaphor_after_quotation(ctx: QuoteContext, lead_words: list[str], limit: int, before_text: str) -> bool:
    """Only words pointing back stand between a closing quotation mark and the verb: "«...», è
    quanto ha dichiarato Raffaele Fitto" (the subject follows the verb, as in "Lo ha detto X")."""
    if not lead_words or not all(w.lower() in ctx.speech.anaphors for w in lead_words):
        return False
    first = before_text.find(lead_words[0])
    return ctx.text[:limit + first].rstrip(" ,\u00a0\t")[-1:] in tuple(CLOSING_MARKS)


def _plural(ctx: QuoteContext, cue: Cue) -> bool:
    """The verb of saying is plural (``plural_ending`` in speech_cue_words.tsv: "afirmaban",
    "dissero", "ont déclaré", "erklärten"): no single person is its subject."""
    endings = ctx.speech.plural_endings
    return bool(endings) and any(w.lower().endswith(endings) for w in WORD.findall(ctx.text, cue.start, cue.end))


def _past_complementizer(ctx: QuoteContext, start: int, end: int) -> bool:
    """A complementizer stands between the verb and a mention after it: "ha dichiarato che Grillo",
    "afirmó que Sánchez": the mention opens the reported clause and is its subject, not the speaker."""
    return any(w.lower() in ctx.speech.complementizers for w in WORD.findall(ctx.text, start, end))


def _role_after(ctx: QuoteContext, pos: int, sent_end: int) -> Speaker | None:
    """A definite role noun right after the verb of a verb-second clause that names someone met
    before ("Dort sagte der Minister", "Gestern erklärte die Sprecherin")."""
    phrase = inverted_phrase(ctx, pos, sent_end)
    if phrase is None:
        return None
    first = WORD.search(phrase.text)
    if first is None or first.group().lower() not in ctx.speech.definite:
        return None
    found = phrase_speaker(ctx, phrase)
    return found if found.entity_id is not None else None


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
    words = [w for w in WORD.finditer(ctx.text, cue.end, end) if w.group().lower() not in ctx.speech.skippable]
    words = _past_manner_gerund(ctx, words)
    first = words[0].group() if words else ""
    # "- ha commentato dalla sua pagina Facebook -": a possessive makes the phrase the subject's own
    # channel, a circumstance, not a source that speaks ("- scrivono dal Municipio -")
    own_channel = first in ctx.speech.prepositions and any(w.group().lower() in ctx.speech.possessives for w in words[1:3])
    circumstance = first in ctx.speech.prepositions and (not _source_preposition(ctx, first) or own_channel)
    addressed = _addressee_after(ctx, cue, first)
    k = bisect_left(ctx.inner_mention_starts, cue.end)
    named = []
    while k < len(ctx.inner_mentions) and ctx.inner_mentions[k].end <= end:
        m = ctx.inner_mentions[k]
        k += 1
        kind = ctx.types.get(m.entity_id)
        if kind not in SUBJECT_TYPES:
            continue
        if addressed and _in_addressee(ctx, words[0].end(), m.start):
            continue  # "- ha spiegato al prefetto Carlo Bianchi -": whom he told, not who told
        source = bool(words) and not own_channel and not addressed and _in_source_phrase(ctx, first, words[0].end(), m.start)
        if first in ctx.speech.prepositions and not source and kind != "PERSON":
            continue  # "- racconta in un video pubblicato sul suo canale Youtube -": a body in a circumstance
        complement = bool(words) and m.start > words[0].start() and governed(ctx, m.start) and not source
        named.append((m, kind, complement))
    for i, (m, kind, complement) in enumerate(named):
        # a name a preposition governs is a complement of the subject: "- dice il padre di Luca -" is
        # not Luca; "- dice il presidente di Terrae Novae Ferruccio Giuliani -" is the person after it
        # ("- fanno sapere i responsabili dei circoli del Pd -" is still the party)
        if complement and (kind == "PERSON" and _relation_before(ctx, m.start)
                           or any(n_kind == "PERSON" and not n_complement for _n, n_kind, n_complement in named[i + 1:])):
            continue
        return from_mention(ctx, m, "inside")
    pronoun = pronoun_in_cue(ctx, cue) or pronoun_after(ctx, cue.end)
    if circumstance or addressed:
        # "«... - ha detto tra l'altro - ...»": a circumstance, no subject after the verb (not "- dice
        # Durante -", a surname, nor the place or body speaking: "- scrivono dal Municipio -", "- dicono
        # alla polisportiva -")
        words = []
    if pronoun is None and words and not (len(words) == 1 and words[0].group()[0].islower()
                                          and not person_noun(ctx, words[0].group())):
        phrase = Span(words[0].start(), words[-1].end(), ctx.text[words[0].start():words[-1].end()])
        return phrase_speaker(ctx, phrase)
    found = carry_over(ctx, quote_open, rule="pronoun" if pronoun else "zero-subject", sole=pronoun is None)
    return found if pronoun is None else Speaker(found.entity_id, pronoun.text, pronoun, found.rule)


def _past_manner_gerund(ctx: QuoteContext, words: list) -> list:
    """The words after a verb of saying inside a quotation past a gerund of manner right after it ("- dice
    sorridendo il ragazzo -": the boy); with no article, name or noun of a person after the gerund
    there is no subject at all ("- dice sorridendo e quasi sbalordito -"), and the speaker is carried over."""
    if not words or not words[0].group().islower() or not words[0].group().endswith(ctx.speech.gerund_endings or ("\0",)):
        return words
    rest = words[1:]
    if any(w.group()[0].isupper() or w.group().lower() in ctx.speech.definite or w.group().lower() in ctx.speech.articles
           or person_noun(ctx, w.group()) for w in rest):
        return rest
    return []


def _addressee_after(ctx: QuoteContext, cue: Cue, first: str) -> bool:
    """The words after a singular verb of saying open with a preposition of address: "«... - ha
    raccontato alle forze dell'ordine - ...»", "- ha detto agli agenti -" name whom the speaker told,
    and the speaker is the zero subject. A plural verb with no subject speaks from a place ("- dicono
    alla polisportiva -", ``_in_source_phrase``), and so does an impersonal pronoun in the verb
    ("explique-t-on à l'Élysée")."""
    speech = ctx.speech
    return (first in speech.addressee_prepositions and first not in speech.from_prepositions
            and not _plural(ctx, cue) and pronoun_in_cue(ctx, cue) is None)


def _in_addressee(ctx: QuoteContext, start: int, pos: int) -> bool:
    """The name at ``pos`` ends the addressee phrase its preposition opened at ``start``: only lower-case
    words stand between ("al prefetto Carlo Bianchi"), no comma and no article opening another noun
    phrase ("ai giornalisti il ministro Rossi": the minister is the subject after the addressee)."""
    between = WORD.findall(ctx.text, start, pos)
    return "," not in ctx.text[start:pos] and all(w.islower() and w.lower() not in ctx.speech.definite
                                                   for w in between)


def _relation_before(ctx: QuoteContext, pos: int) -> bool:
    """A relation noun heads the phrase that governs the name at ``pos``: "il padre di Luca", "la
    moglie di Rossi" (``relation_noun`` rows): someone by his tie to the named person."""
    words = WORD.findall(ctx.text, max(0, pos - 40), pos)
    while words and (words[-1].lower() in ctx.speech.prepositions or words[-1].lower() in ctx.speech.articles
                     or words[-1].lower() in ctx.speech.possessives):
        words.pop()
    return bool(words) and words[-1].lower() in ctx.speech.relation_nouns


def _source_preposition(ctx: QuoteContext, word: str) -> bool:
    """A preposition of source, place or address ("dal", "alla", "secondo"): what it governs may speak,
    where any other preposition opens a circumstance."""
    speech = ctx.speech
    return word in speech.from_prepositions or word in speech.addressee_prepositions or word in speech.source_prepositions


def _in_source_phrase(ctx: QuoteContext, first: str, start: int, pos: int) -> bool:
    """The attribution opens with a preposition of source or place that governs the name at ``pos``
    ("- scrivono dal Municipio -", "- dicono alla polisportiva Quattro Ville -"): the body speaks."""
    if not _source_preposition(ctx, first):
        return False
    between = WORD.findall(ctx.text, start, pos)
    return "," not in ctx.text[start:pos] and len(between) <= SOURCE_PHRASE_WORDS and all(w.islower() for w in between)


#: Most words between a preposition of source and the name it governs ("dal comando dei", "alla polisportiva").
SOURCE_PHRASE_WORDS = 3


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
    # (not a bare comma: "Dieser habe die Länder nicht gefragt, sagte er": the first verb is the reported clause's)
    coordinated = bool(words) and all(w in ctx.speech.conjunctions for w in words) \
        and not quote_between(ctx, prev.end, cue.start)
    # a gerund takes the subject of the verb before it, with or without a comma: "ha commentato
    # l'affermazione di Grillo rilevando che", "rivendica di poter criticare il premier affermando che"
    # past a quotation that is the first verb's object too: "Il leader di NCD ha detto no ad un Governo
    # «che si sposti a sinistra» auspicando «...»" (not past one its complementizer opened)
    gerund = cue.row.tense == "gerund" and (between.rstrip().endswith(",") or (
        not _CLAUSE_STOP.search(between)
        and not any(w.group().lower() in ctx.speech.complementizers
                    for w in WORD.finditer(ctx.text, prev.end, cue.start) if not ctx.in_quote(w.start()))
        and not (quote_between(ctx, prev.end, cue.start) and prev.start in ctx.following)))
    if not (coordinated or gerund):
        return None
    sp = speaker_of(ctx, prev)
    return Speaker(sp.entity_id, sp.text, sp.span, sp.rule + "+shared")
