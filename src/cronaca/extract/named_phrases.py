"""Who a plain noun phrase next to a verb of saying names, when no entity mention is there: a role
noun (``role_nouns``), an outlet inside it, a country adjective on an institution, a bare surname
the linker left unlinked, an unnamed spokesperson for the one organisation named just before, a
document noun for whoever was last quoted; else the phrase alone, with no entity.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.cue_subjects import LEADING_WORDS
from cronaca.extract.locate import same_paragraph, sentence_index
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.role_nouns import CARRY_SENTENCES, person_noun, prefixed_role, role_noun
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, from_mention
from cronaca.extract.state_speakers import state_speaker

#: Most words of a bare name that may stand for a person met earlier ("Sheib ad-Din").
NAME_WORDS = 3


def phrase_speaker(ctx: QuoteContext, phrase: Span) -> Speaker:
    """Who a plain noun phrase next to a cue names (see the module docstring), else the phrase alone.
    Adverbs before an article ("Più tardi il presidente ha aggiunto") and words after a name
    ("fügte Krassyuk hinzu") are not part of the subject."""
    cut = _cut_name(ctx, phrase)
    if cut is not None:
        return cut
    core = _from_article(ctx, phrase)
    name = _leading_name(ctx, phrase)
    return prefixed_role(ctx, phrase) or _spokesperson_of(ctx, phrase) or role_noun(ctx, core) or _outlet_in(ctx, phrase) or _country_body(ctx, phrase) \
        or known_name(ctx, name) or _trailing_known_name(ctx, phrase) or _spokesperson(ctx, core) \
        or document_speaker(ctx, core) or subject_description(ctx, core) or state_speaker(ctx, phrase) \
        or Speaker(None, phrase.text, phrase, "phrase")


def _cut_name(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """The phrase is the tail of a name whose start lies before it: the subject window cut through
    the name ("Il presidente Robert Mugabe, invitato dalla comunità internazionale nei giorni scorsi a
    dimettersi, ha affermato" leaves "Mugabe"). The whole name speaks."""
    k = bisect_left(ctx.mention_starts, phrase.start) - 1
    if k < 0:
        return None
    m = ctx.mentions[k]
    if not m.start < phrase.start < m.end or phrase.end > m.end \
            or ctx.types.get(m.entity_id) not in SUBJECT_TYPES:
        return None
    return from_mention(ctx, m, "before")


def _from_article(ctx: QuoteContext, phrase: Span) -> Span:
    """The phrase from its first definite article, when at most ``LEADING_WORDS`` lower-case or
    adverbial words come before it ("Più tardi il presidente" -> "il presidente")."""
    words = list(WORD.finditer(ctx.text, phrase.start, phrase.end))
    for k, w in enumerate(words[:LEADING_WORDS + 1]):
        if w.group().lower() in ctx.speech.definite:
            if k == 0:
                return phrase
            return Span(w.start(), phrase.end, ctx.text[w.start():phrase.end])
    return phrase


def _leading_name(ctx: QuoteContext, phrase: Span) -> Span:
    """The run of capitalised words (and hyphen-joined particles) opening the phrase: "Krassyuk
    hinzu" -> "Krassyuk"."""
    words = list(WORD.finditer(ctx.text, phrase.start, phrase.end))
    k = 0
    while k < len(words) and (words[k].group()[0].isupper() or ctx.text[words[k].start() - 1] == "-"):
        k += 1
    if k == 0 or k == len(words):
        return phrase
    return Span(phrase.start, words[k - 1].end(), ctx.text[phrase.start:words[k - 1].end()])


def _outlet_in(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A cited outlet inside the subject phrase speaks itself: "Il giornale The Guardian ha rivelato
    che" (its mention is held by the sources stage, so it is no candidate mention)."""
    for src in ctx.doc.sources:
        if phrase.start <= src.start < phrase.end and not _agent_of_participle(ctx, phrase.start, src.start):
            return Speaker(src.entity_id, phrase.text, phrase, "cited-outlet")
    return None


#: Most words between an agent preposition and the outlet it introduces ("dall'agenzia Reuters").
AGENT_LEAD_WORDS = 2


def _agent_of_participle(ctx: QuoteContext, start: int, outlet: int) -> bool:
    """The outlet follows an agent preposition inside the phrase: it interviewed or quoted the
    speaker ("Uno studente intervistato dall'agenzia Reuters", "a student interviewed by Reuters",
    "ein von Reuters befragter Student"), it does not speak."""
    words = [w.lower() for w in WORD.findall(ctx.text, start, outlet)]
    return any(w in ctx.speech.agent_prepositions or w + "'" in ctx.speech.agent_prepositions
               for w in words[-AGENT_LEAD_WORDS - 1:])


def known_name(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A bare name the linker left unlinked that is part of one PERSON met earlier: "sagt
    Balaous" after "Laith al-Balaous", "sagt Sheib ad-Din" after "Ayman Sheib" (a surname, or a
    name whose first part is that person's surname). Every word of the phrase is capitalised or a
    lower-case name particle joined by a hyphen, and exactly one person matches; failing one met
    earlier, one full name met later (the linker missed the first one)."""
    words = WORD.findall(phrase.text)
    if not 1 <= len(words) <= NAME_WORDS or not words[0][0].isupper() \
            or words[0].lower() in ctx.speech.definite or person_noun(ctx, words[0]):
        return None
    if any(not w[0].isupper() and f"{w}-" not in phrase.text for w in words):
        return None
    # two letters are enough for a capitalised surname ("Oh said" after "Oh Ei Sun", "Wu", "Li")
    names = {w for w in words if (len(w) >= 3 or len(w) == 2 and w[1].islower()) and w[0].isupper()}
    found = {m.entity_id for m in ctx.mentions
             if m.end <= phrase.start and ctx.types.get(m.entity_id) == "PERSON"
             and names & set(WORD.findall(m.text))}
    if not found:  # "Luna" after "Osiris Luna", "Oh" after "Oh Ei Sun", that the linker typed as an organisation
        found = {m.entity_id for m in ctx.mentions
                 if m.end <= phrase.start and ctx.types.get(m.entity_id) in ("ORG", "GROUP")
                 and _person_like(m.text) and {WORD.findall(m.text)[0], WORD.findall(m.text)[-1]} & names}
    if not found:  # "erklärt Lohmann" when the linker missed the full name before and met it only later
        found = {m.entity_id for m in ctx.mentions
                 if m.start >= phrase.end and ctx.types.get(m.entity_id) == "PERSON"
                 and len(WORD.findall(m.text)) >= 2 and names & set(WORD.findall(m.text))}
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


#: Most words before the spokesperson noun in its phrase ("a senior spokesman for ...").
SPOKES_LEAD_WORDS = 2
#: Most prepositions and articles between that noun and the body ("for the", "de l'").
SPOKES_GAP_WORDS = 3


def _spokesperson_of(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A spokesperson of a body named in the phrase itself: "a spokesman for the State Department",
    "un portavoce del ministero degli Esteri", "une porte-parole de l'Élysée": the body speaks.
    So does the issuer of a document ("souligne le communiqué du ministère de l'Économie", "la nota
    della Farnesina", ``document_noun``), a person too ("la dichiarazione di Putin").
    Only prepositions and articles stand between the noun and the body's name."""
    speech = ctx.speech
    words = list(WORD.finditer(ctx.text, phrase.start, phrase.end))
    for w in words[:SPOKES_LEAD_WORDS + 1]:
        if w.group().lower() in speech.spokes_nouns or w.group().lower() in speech.document_nouns:
            break
    else:
        return None
    issuers = ("ORG", "GROUP", "COUNTRY", "PERSON") if w.group().lower() in speech.document_nouns \
        else ("ORG", "GROUP", "COUNTRY")
    k = bisect_left(ctx.mention_starts, w.end())
    if k >= len(ctx.mentions) or ctx.types.get(ctx.mentions[k].entity_id) not in issuers:
        return None
    # the phrase may stop at the preposition ("ha detto un portavoce | del ministero degli Esteri")
    gap = ctx.text[w.end():ctx.mentions[k].start]
    between = [x.lower().rstrip("'’") for x in WORD.findall(gap)]
    if not between or len(between) > SPOKES_GAP_WORDS or re.search(r"[.,;:!?()\n«»“”„\"]", gap) \
            or not all(x in speech.prepositions or x in speech.articles for x in between) \
            or between[0] in speech.dative_articles:
        return None  # "sagte eine Sprecherin dem Handelsblatt": the paper is told, not spoken for
    return Speaker(ctx.mentions[k].entity_id, phrase.text, phrase, "spokesperson-of")


#: Most words of a description standing for the person the sentence before is about.
DESCRIPTION_WORDS = 5
#: Most words before the person's name opening the sentence before ("Ieri sera Nicola Mancino").
SUBJECT_LEAD_WORDS = 3


def subject_description(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A definite singular description that names no office, kin, body or record ("il nuovo numero due di
    Palazzo dei Marescialli", "l'inquilino della Casa Bianca", "le grand favori du scrutin") stands for the person the sentence before
    is about: the one person named in it, named as its subject (near its start), in the same
    paragraph. News writing varies the name this way ("Nicola Mancino è stato eletto ... «...», ha
    detto il nuovo numero due"); a description met with anyone else around is left unresolved."""
    words = WORD.findall(phrase.text)
    speech = ctx.speech
    if not 2 <= len(words) <= DESCRIPTION_WORDS or words[0].lower() not in speech.definite \
            or words[0].lower() in speech.plural_articles:
        return None
    head = next((k for k, w in enumerate(words[1:], 1) if w.lower() in speech.prepositions), len(words))
    if head == 1 or not all(w[0].islower() or w[0].isdigit() for w in words[1:head]):
        return None  # the words before a complement are lower-case ("l'inquilino della Casa Bianca")
    nouns = speech.body_nouns | speech.document_nouns | speech.people_nouns | speech.record_nouns | speech.organisation_nouns
    if any(w.lower() in nouns for w in words[1:]) or any(
            person_noun(ctx, w) or w.lower() in speech.individual_nouns or w.lower() in speech.relation_nouns
            for w in words[1:head]):
        return None  # an office was weighed by ``role_noun``; a relation is someone else ("dice la madre")
    here = sentence_index(ctx.doc, phrase.start)
    before = here - 1 if here else -1
    while before >= 0 and ctx.in_quote(ctx.doc.sentences[before][0]):
        before -= 1  # "«... costituzionali. Un'emozione ...», ha detto ...": the sentence before the quotation
    if before < 0 or not same_paragraph(ctx.doc, before, here):
        return None
    before_start = ctx.doc.sentences[before][0]
    window = ctx.mentions[bisect_left(ctx.mention_starts, before_start):bisect_left(ctx.mention_starts, phrase.start)]
    people = {m.entity_id for m in window if ctx.types.get(m.entity_id) == "PERSON"}
    if len(people) != 1 or not window or ctx.types.get(window[0].entity_id) != "PERSON" \
            or len(WORD.findall(ctx.text, before_start, window[0].start)) > SUBJECT_LEAD_WORDS:
        return None
    return Speaker(window[0].entity_id, phrase.text, phrase, "description-of-subject")


def document_speaker(ctx: QuoteContext, phrase: Span) -> Speaker | None:
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
    française", "the Pakistani military" (a person's title, "the Ukrainian president", is not). The
    adjective must go with another noun: alone or in a compound it names people ("the Chinese",
    "der Deutsch-Israeli"), and so does one right after a plural article ("les Français interrogés",
    "gli italiani intervistati")."""
    words = WORD.findall(phrase.text)
    if not words or any(person_noun(ctx, w) for w in words):
        return None
    for m in ctx.country_adjectives:
        if phrase.start <= m.start < phrase.end:
            before = WORD.findall(ctx.text, phrase.start, m.start)
            if ctx.text.startswith("-", m.end) or before and before[-1].lower() in ctx.speech.plural_articles:
                return None
            around = WORD.findall(ctx.text, phrase.start, m.start) + WORD.findall(ctx.text, m.end, phrase.end)
            others = [w for w in around
                      if w.lower() not in ctx.speech.articles and w.lower() not in ctx.speech.prepositions]
            if not others:
                return None
            return Speaker(m.entity_id, phrase.text, phrase, "country-body")
    return None
