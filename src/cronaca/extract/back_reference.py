"""Carry-over: a pronoun ("she said", "a-t-il déclaré") or a verb with no subject ("Ha affermato
che") points back to the speaker of the last quote of a nearby sentence, else that sentence's subject,
walking back at most ``CARRY_SENTENCES`` sentences. A pronoun that only stands for people ("he",
"she", "lui", ``person_pronoun`` in speech_cue_words.tsv) skips organisations and groups: "MSF is
calling on ... This, he says, would enable ..." is not MSF speaking.

A chain of the same pronoun keeps pointing at the same referent: a text goes on about one person
with "er"/"he"/"elle" sentence after sentence ("Braslavski wurde entführt. Er wurde festgehalten. Er
verlor zwanzig Kilo. Am 13. Oktober wurde er freigelassen ... sagte er:"), so every sentence in the
window that holds the pronoun again widens the window by one, up to ``CHAIN_SENTENCES``. A verb with
no subject does the same over sentences that open with an auxiliary and its participle, themselves with
no subject ("Il sindaco ha parlato in consiglio. Ha ricordato ... Poi ha citato ... «...», ha aggiunto").
"""
from __future__ import annotations

import re

from cronaca.document import Mention, Quote, Span
from cronaca.extract.body_gender import body_disagrees
from cronaca.extract.cue_subjects import first_subject, governed, opens_gerund
from cronaca.extract.locate import sentence_index
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.relative_speakers import pronoun_antecedent
from cronaca.extract.role_nouns import CARRY_SENTENCES, concerned_subject
from cronaca.extract.speaker_gender import other_gender, pronoun_gender
from cronaca.extract.speaker_record import NOBODY, SUBJECT_TYPES, Speaker


PERSON_ONLY = frozenset({"PERSON"})
#: Most sentences a chain of the same pronoun walks back.
CHAIN_SENTENCES = 10
_OPENING = re.compile(r"[“„«\"‚‘‹]")


def _before_content(text: str, start: int, pos: int) -> int:
    """Where the words said begin in a sentence whose speech verb follows them: the first quotation
    mark, or the sentence start when nothing is quoted (indirect speech before the verb)."""
    mark = _OPENING.search(text, start, pos)
    return mark.start() if mark else start


def carried_pronoun(ctx: QuoteContext, pos: int, pronoun: Span, inverted: bool = False) -> Speaker:
    antecedent = pronoun_antecedent(ctx, pronoun)
    if antecedent is not None:
        return Speaker(antecedent.entity_id, antecedent.text, antecedent.span(), "mention-before-relative")
    found = carry_over(ctx, pos, rule="pronoun", person=pronoun.text.lower() in ctx.speech.person_pronouns,
                       inverted=inverted, gender=pronoun_gender(ctx, pronoun.text), chain=pronoun.text)
    return Speaker(found.entity_id, pronoun.text, pronoun, found.rule)


def carry_over(ctx: QuoteContext, pos: int, rule: str, person: bool = False, inverted: bool = False,
               gender: str | None = None, collective: bool = False, chain: str | None = None,
               sole: bool = False) -> Speaker:
    """``person``: only a PERSON (or a speaker with no entity) can be the one carried over.
    ``gender``: a gendered pronoun ("elle", "lui") passes over a person known to be of the other
    gender ("Élisabeth Borne a rencontré Gérald Darmanin. « ... », a-t-il ajouté": Darmanin), and a
    body named with a noun of the other gender ("die Behörde ... sagte er": not the authority;
    body_gender.py).
    ``collective``: a plural verb with no subject ("indicaron que", "afirmaban que") stands for a body
    or a group, never one person named before.
    ``inverted``: what was said comes before ``pos`` in its sentence ("..., ob der Konzern solche
    Risiken bekämpft, sagte sie"), so only a subject before it may speak (one before the opening
    quotation mark: 'Abdullah bin Zayed wechselte ins Englische: "Der Tag wird kommen", sagt er').
    ``chain``: the pronoun itself; a sentence holding it again widens the walk back by one.
    ``sole``: words in quotation marks with no subject for their verb ("«...» - aggiunge -", a quotation
    with no cue): past the walk, the one person the article has quoted so far speaks them."""
    here = sentence_index(ctx.doc, pos)
    if here is None:
        return NOBODY
    kinds = PERSON_ONLY if person else SUBJECT_TYPES - PERSON_ONLY if collective else SUBJECT_TYPES

    def fits(q: Quote) -> bool:
        return bool(q.speaker or q.speaker_text) and (not person or q.speaker is None
                                                       or ctx.types.get(q.speaker) == "PERSON") \
            and not other_gender(ctx, q.speaker, gender) \
            and not body_disagrees(ctx, q.speaker, gender, q.speaker_text) \
            and not (collective and ctx.types.get(q.speaker or "") == "PERSON")

    def agrees(m: Mention) -> bool:
        return not other_gender(ctx, m.entity_id, gender) and not body_disagrees(ctx, m.entity_id, gender, m.text) \
            and not _fronted_adjunct(ctx, m, pos)

    # an earlier speaker in the same sentence, before this position
    for q in reversed(ctx.quotes):
        if q.start < pos and sentence_index(ctx.doc, q.start) == here and fits(q):
            return Speaker(q.speaker, q.speaker_text, q.speaker_span, f"carry-over:{rule}")
    # the subject of the same sentence, before this position
    # a pronoun needs a real subject; no subject at all may take a name inside the subject phrase
    # ("A spokesman for the Senate Democratic campaign said")
    start = _past_caps_dateline(ctx.text, ctx.doc.sentences[here][0], pos)
    end = _before_content(ctx.doc.text, start, pos) if inverted else pos
    concerned = concerned_subject(ctx, start, end, pos)
    if concerned is not None:  # "Le principal intéressé a rejeté ... et a fait savoir qu'il ..."
        return Speaker(concerned.entity_id, concerned.text, concerned.span, f"carry-over:{rule}+concerned")
    subject = first_subject(ctx, start, end, strict=rule == "pronoun", kinds=kinds, accept=agrees) \
        if end > start else None
    if subject is not None:
        return Speaker(subject.entity_id, subject.text, subject.span(), f"carry-over:{rule}")
    clause = clause_phrase_subject(ctx, start, end) if rule == "zero-subject" and not collective else None
    if clause is not None:  # "..., l'uomo ha ammesso tutto: «...» - ha spiegato -": the man, not a name before
        found = phrase_speaker(ctx, clause)
        return Speaker(found.entity_id, found.text, found.span, f"carry-over:{rule}+clause-phrase")
    floor = here - 1 - CARRY_SENTENCES
    i = here - 1
    phrase: Speaker | None = None  # a noun phrase subject naming no one known: the speaker if no name is met
    while i > max(-1, floor):
        s_start, s_end = ctx.doc.sentences[i]
        i -= 1
        if rule != "previous-quote" and _topic_heading(ctx.text, s_start, s_end):
            continue  # "INJERENCIA POLÍTICA EN LA JUSTICIA": a crosshead names a topic, not who said it
        # a quotation that runs into this sentence counts for it ("“... Y también oímos ...”, dijo")
        said = [q for q in ctx.quotes if q.start < s_end and q.end > s_start and q.start < pos and fits(q)]
        if said:
            q = said[-1]
            return Speaker(q.speaker, q.speaker_text, q.speaker_span, f"carry-over:{rule}")
        subject = first_subject(ctx, s_start, s_end, kinds=kinds, accept=agrees) \
            if not (i < 0 and _dateline(ctx, s_start, s_end)) else None
        if subject is not None:
            return Speaker(subject.entity_id, subject.text, subject.span(), f"carry-over:{rule}")
        opening = _speaking_phrase_opening(ctx, s_start, s_end) \
            if rule == "zero-subject" and not collective and phrase is None else None
        if opening is not None:  # "L'artista ha lanciato un appello su Instagram. «...» - ha scritto -"
            found = phrase_speaker(ctx, opening)
            phrase = Speaker(found.entity_id, found.text, found.span, f"carry-over:{rule}+phrase")
            if found.entity_id is not None:  # "Il sindaco ha incontrato ...": the mayor met before
                return phrase
        if chain is not None and _holds_pronoun(ctx, s_start, s_end, chain) \
                or rule == "zero-subject" and opens_without_subject(ctx, s_start, s_end):
            floor = max(floor - 1, here - 1 - CHAIN_SENTENCES)
    if phrase is not None:
        return phrase
    only = _sole_speaker(ctx, pos, fits) if sole and not collective else None
    if only is not None:  # "«...» - aggiunge -" eight sentences after the article's only speaker
        return Speaker(only.speaker, only.speaker_text, only.speaker_span, f"carry-over:{rule}+sole-speaker")
    return Speaker(None, None, None, f"carry-over:{rule}:none")


def _topic_heading(text: str, start: int, end: int) -> bool:
    """A crosshead: a line of its own written in capitals with no colon ("INJERENCIA POLÍTICA EN LA
    JUSTICIA", "CASO GRANDA Y CECILIA CUBAS"). It names the section's topic, so a verb with no subject
    after it ("“...”, agregó") goes on with the speaker before it. A capitals line with a colon labels
    who speaks next ("KARLA TARAZONA: POR SER FAN ENAMORADA, ME CASTIGARON"); and a quotation with no
    verb at all right under a heading may be labelled by it ("KARINA MAMÁ PODEROSA" above her words:
    the caller's ``previous-quote`` walk keeps headings)."""
    line = text[start:end]
    if ":" in line or (start > 0 and text[start - 1] != "\n") or text[end:end + 1] not in ("\n", ""):
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


#: Most words of a dateline ("SAN FELICE.", "MODENA.") opening a local news article.
DATELINE_WORDS = 4


#: A place in capitals opening a sentence right before a quotation ("SOLIERA «...»", "MODENA - «...»").
_CAPS_BEFORE_QUOTE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’]+\s*){1,%d}[.,:\u2013\u2014-]?\s*(?=[«“\"„])" % DATELINE_WORDS)


def _past_caps_dateline(text: str, start: int, pos: int) -> int:
    """Where the sentence's own words begin after a dateline in capitals that runs straight into a
    quotation ("SOLIERA «La cosa che mi ha fatto più male ...»"): the town is no subject of the quotation."""
    found = _CAPS_BEFORE_QUOTE.match(text, start, pos + 1)  # (the quotation mark may stand at ``pos``)
    return min(found.end(), pos) if found else start


def _dateline(ctx: QuoteContext, start: int, end: int) -> bool:
    """The sentence is a place in capitals opening the article ("SAN FELICE. «...»"): nobody speaks there
    (asked of the first sentence only: a heading in capitals further on names the next speaker,
    "KARINA MAMÁ PODEROSA ¶ “...”")."""
    words = WORD.findall(ctx.text, start, end)
    return 0 < len(words) <= DATELINE_WORDS and all(w.isupper() and len(w) > 1 or w.isdigit() for w in words)


def _sole_speaker(ctx: QuoteContext, pos: int, fits) -> Quote | None:
    """The last quote before ``pos`` when every quote before it that has a speaker has the same one:
    a verb with no subject far from any name ("«...» - aggiunge -" after a paragraph of narration) goes
    back to the one person the article has quoted so far, not to nobody."""
    said = [q for q in ctx.quotes if q.start < pos and (q.speaker or q.speaker_text)]
    if not said or len({q.speaker or q.speaker_text for q in said}) != 1 or not fits(said[-1]) \
            or ctx.types.get(said[-1].speaker or "") != "PERSON":
        return None  # (a person the linker knows: not "secondo le stime" nor a phrase)
    return said[-1]


#: Most words of a noun phrase opening a sentence that a verb with no subject may point back to.
OPENING_PHRASE_WORDS = 3


def _speaking_phrase_opening(ctx: QuoteContext, start: int, end: int) -> Span | None:
    """A definite noun phrase of someone who can speak opening the sentence, with no name in it: "L'artista
    ha lanciato ...", "La polizia ha chiuso ...", "Il cantante ha pubblicato ...". Its head is a noun of
    office, role, sex or age, a body or a group of people (speech_cue_words.tsv ``person_noun``,
    ``individual_noun``, ``body_noun``, ``people_noun``; description_nouns.tsv), and a lower-case word
    that is no article or preposition follows it (the verb). A verb with no subject in the next
    sentences speaks for that phrase, as it would for a name there."""
    words = list(WORD.finditer(ctx.text, start, min(end, start + 120)))
    k = 0
    while k < len(words) and words[k].group().lower() in ctx.speech.skippable:
        k += 1
    if k >= len(words) or words[k].group().lower() not in ctx.speech.definite:
        return None
    speech = ctx.speech
    for j in range(k + 1, min(len(words) - 1, k + 1 + OPENING_PHRASE_WORDS)):
        w = words[j].group()
        if not w.islower() or w in speech.prepositions or w in speech.articles:
            return None
        nxt = words[j + 1].group()
        head = w in speech.person_nouns or w in speech.individual_nouns or w in speech.body_nouns \
            or w in speech.body_kinds or w in speech.people_nouns
        if head and nxt.islower() and nxt not in speech.prepositions and nxt not in speech.articles \
                and nxt not in speech.complementizers and not ctx.text[words[j].end():words[j + 1].start()].strip():
            return Span(words[k].start(), words[j].end(), ctx.text[words[k].start():words[j].end()])
    return None


_CLAUSE_COMMA = re.compile(r",\s*")


def clause_phrase_subject(ctx: QuoteContext, start: int, end: int) -> Span | None:
    """The definite noun phrase of someone who can speak that opens the last clause before ``end`` in
    its own sentence (the sentence's start, or a comma outside quotation marks): "Quando il giudice gli
    ha chiesto cosa aveva da dichiarare, l'uomo ha ammesso tutto «...» - ha spiegato -". A verb with no
    subject in the sentence of such a phrase is the phrase's, not that of a name sentences before it
    (``_speaking_phrase_opening`` reads the phrase the same way)."""
    text = ctx.text
    starts = [start] + [m.end() for m in _CLAUSE_COMMA.finditer(text, start, end) if not ctx.in_quote(m.start())]
    for k in reversed(starts):
        found = _speaking_phrase_opening(ctx, k, end)
        if found is not None:
            return found
    return None


def _holds_pronoun(ctx: QuoteContext, start: int, end: int, pronoun: str) -> bool:
    """The sentence has the same pronoun outside quotations: it goes on about the same referent."""
    wanted = pronoun.lower()
    return any(w.group().lower() == wanted and not ctx.in_quote(w.start())
               for w in WORD.finditer(ctx.text, start, end))


_FIRST_WORD = re.compile(r"\s*(\w+)")


def opens_without_subject(ctx: QuoteContext, start: int, end: int) -> bool:
    """The sentence opens with an auxiliary and its participle, nothing before them but adverbs ("Ha poi
    ricordato il bilancio", "Poi ha citato i dati"): its subject is the one of the sentences before, so
    a chain of them goes on about one person as a chain of the same pronoun does ("Il sindaco Beppe Sala
    ha parlato in consiglio. Ha ricordato ... Poi ha citato ... «...», ha aggiunto")."""
    auxiliary = False
    for w in WORD.finditer(ctx.text, start, end):
        word = w.group()
        if word.lower() in ctx.speech.auxiliaries and not ctx.in_quote(w.start()):
            auxiliary = True
        elif word.lower() not in ctx.speech.skippable:
            return auxiliary and word.islower()
    return False


def _fronted_adjunct(ctx: QuoteContext, m: Mention, pos: int) -> bool:
    """A name after a preposition in a phrase set off by a comma before the verb sets the scene and
    is no subject: "En una entrevista con Nación Media, el máximo funcionario ... explicó que"
    (unlike "A spokesman for the Senate Democratic campaign said", one phrase with no comma); nor is
    a name governed inside a gerund clause ("rivolgendosi agli altri componenti del Csm ha invitato")."""
    if m.end >= pos or not governed(ctx, m.start):
        return False
    here = sentence_index(ctx.doc, m.start)
    if here is not None:  # "Poi, rivolgendosi agli altri componenti del Csm ha invitato": the gerund's object
        clause = max(ctx.doc.sentences[here][0], ctx.text.rfind(",", 0, m.start) + 1)
        opening = WORD.search(ctx.text, clause, m.start)
        if opening is not None and opens_gerund(ctx, opening):
            return True
    first = _FIRST_WORD.match(ctx.text, ctx.doc.sentences[here][0]) if here is not None else None
    if "," not in ctx.text[m.end:pos]:
        # "Sobre la situación de Granda dijo que ...": a sentence that opens with a preposition opens
        # with a phrase, not with its subject, comma or not (a verb with no subject follows it)
        # ("Del Pópolo destacó": the preposition right before the name is a particle of the name)
        return first is not None and first.group(1).lower() in ctx.speech.prepositions \
            and first.end() < m.start - 1 and "," not in ctx.text[ctx.doc.sentences[here][0]:pos] \
            and not ctx.speech.verb_second
    # the sentence opens with the phrase ("En una entrevista con ..."), not with its subject ("ha
    # ricevuto la delegazione del PD, che ha detto": the relative clause's noun speaks)
    return first is not None and first.group(1).lower() in ctx.speech.prepositions \
        and "," not in ctx.text[ctx.doc.sentences[here][0]:m.start]
