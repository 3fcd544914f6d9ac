"""Quotations whose speaker is given without a verb of saying: a label and a colon ("Merz: „...“",
"... del presidente Paolo Orneli: «...»"), a signature ("“...” ― Krystal Correa"), or a longer
fragment after an attribution word and a name ("Secondo Perino «...»").
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Mention, Span
from cronaca.extract.cue_subjects import first_subject
from cronaca.extract.named_phrases import known_name, phrase_speaker
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.quote_context import PHRASE_BREAK, QuoteContext, WORD, quote_between
from cronaca.extract.quote_emit import skip_space
from cronaca.extract.quotemarks import QuotedSpan
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, from_mention

FRAGMENT_LEAD_WORDS = 3
#: Most words before the subject of a sentence whose colon opens a quotation ("Sin embargo, el
#: ministro Pedro Sánchez aprovechó la ocasión para atacar a los periodistas: “...”").
COLON_LEAD_WORDS = 5
#: Most words of a speaker label before a colon ("Il ministro degli Esteri Luigi Di Maio: «...»").
LABEL_WORDS = 10
_DASH = re.compile(r"[^\S\n]*[―—–][^\S\n]*")
#: A signature with no linked name: capitalised words (initials allowed) running to the line end.
_SIGNED_NAME = re.compile(r"((?:[A-ZÀ-Þ][\w'’.-]*)(?:[^\S\n]+(?:[A-ZÀ-Þ][\w'’.-]*)){0,4})[^\S\n]*(?=\n|$)")


def fragment_subject(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Mention | None:
    """The person or body an attribution word opening the sentence names, when the sentence quotes
    a longer fragment with no verb of saying: "Secondo Perino «una condanna così pesante è un caso
    unico»", "Selon le ministre Jean Dupont, « ... »" (without the attribution word, a quoted
    fragment is as often a title: "Provenzali, voce di «Tutto il calcio minuto per minuto»")."""
    if q.open <= region[0] + 1 or quote_between(ctx, region[0], q.open):
        return None
    subject = first_subject(ctx, region[0], q.open)
    if subject is None or len(WORD.findall(ctx.text, region[0], subject.start)) > FRAGMENT_LEAD_WORDS:
        return None
    for match, row in ctx.source_cues:
        if row.kind == "according" and region[0] <= match.start() and match.end() <= subject.start \
                and all(w.lower() in ctx.speech.articles for w in WORD.findall(ctx.text, match.end(), subject.start)):
            return subject
    return None


#: Most words between an attribution word and the name it governs ("secondo il ministro Rossi").
ACCORDING_NAME_WORDS = 4


def _according_before(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> re.Match[str] | None:
    """The last attribution word ("secondo", "selon", "laut") before the quotation in its sentence."""
    best = None
    for match, row in ctx.source_cues:
        if match.start() >= q.open:
            break
        if row.kind == "according" and "before" in row.positions and match.start() >= region[0] \
                and not ctx.in_quote(match.start()):
            best = match
    return best


def according_subject(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Mention | None:
    """The person or body an attribution word before the quotation names, in the same sentence and
    with no verb of saying between them: its clause reports that speaker's view, so quoted words in
    it, even one, are that speaker's ("infatti, secondo Minetti, lo spettacolo rischierebbe di non
    essere «super partes»", "Laut Merz ist die Lage „ernst“", "selon le ministre Dupont, la réforme
    est « nécessaire »")."""
    best = _according_before(ctx, q, region)
    if best is None:
        return None
    k = bisect_left(ctx.mention_starts, best.end())
    while k < len(ctx.mentions) and ctx.mentions[k].end <= q.open \
            and len(WORD.findall(ctx.text, best.end(), ctx.mentions[k].start)) <= ACCORDING_NAME_WORDS:
        m = ctx.mentions[k]
        if ctx.types.get(m.entity_id) in SUBJECT_TYPES:
            j = bisect_left(ctx.cue_starts, m.end)
            if j < len(ctx.cues) and ctx.cues[j].start < q.open:
                return None  # "secondo Rossi, Bianchi ha detto «...»": the verb's subject speaks
            return m
        k += 1
    return None


#: Most words of a described source after an attribution word ("secondo una delle vittime").
ACCORDING_PHRASE_WORDS = 5


def according_phrase(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Speaker | None:
    """A described source after an attribution word before the quotation, in the same sentence and with
    no verb of saying between them ("secondo una delle vittime è stato portato a termine da tre persone:
    «...»", "Secondo i responsabili militari, infatti, nel distretto del delta, «...»", "selon le
    naturopathe, « ... »"): the phrase up to a comma or a colon, if it
    names someone (a noun of office or role, people, a body, a document: ``names_someone``); its shortest
    opening that does is the speaker's words."""
    from cronaca.extract.according_speech import names_someone
    best = _according_before(ctx, q, region)
    if best is None:
        return None
    j = bisect_left(ctx.cue_starts, best.end())
    if j < len(ctx.cues) and ctx.cues[j].start < q.open:
        return None  # "secondo Rossi, il ministro ha detto «...»": the verb's subject speaks
    words = []
    for w in WORD.finditer(ctx.text, best.end(), q.open):
        if PHRASE_BREAK.search(ctx.text, words[-1].end() if words else best.end(), w.start()):
            break
        words.append(w)
    named_later = any(w.group()[0].isupper() for w in words[ACCORDING_PHRASE_WORDS:])
    words = words[:ACCORDING_PHRASE_WORDS]
    if not words or words[0].group().lower() in ctx.speech.pronouns or words[0].group().lower() in ctx.speech.relatives:
        return None  # "secondo cui", "selon lui": other rules
    for k in range(1, len(words) + 1):  # the shortest opening that names someone: "una delle vittime"
        if any(w.group()[0].isupper() for w in words[:k]):
            return None  # a name the according rule reads (or leaves out on purpose)
        phrase = Span(words[0].start(), words[k - 1].end(), ctx.text[words[0].start():words[k - 1].end()])
        if names_someone(ctx, phrase):
            rest = words[k:]
            while rest and (rest[0].group().lower() in ctx.speech.prepositions
                            or rest[0].group().lower() in ctx.speech.articles):
                rest = rest[1:]
            j = bisect_left(ctx.mention_starts, rest[0].start()) if rest and rest is not words[k:] else -1
            if 0 <= j < len(ctx.mentions) and ctx.mentions[j].start == rest[0].start() \
                    and ctx.types.get(ctx.mentions[j].entity_id) in SUBJECT_TYPES:
                return from_mention(ctx, ctx.mentions[j], "according-body")  # "selon les responsables de la BNS"
            cited = next((c for c in ctx.doc.sources if rest and rest is not words[k:] and c.start == rest[0].start()
                          and c.entity_id and ctx.types.get(c.entity_id) in SUBJECT_TYPES), None)
            if cited is not None:  # (a body the sources stage took as the cited one)
                return Speaker(cited.entity_id, cited.text, Span(cited.start, cited.end, cited.text), "according-body")
            if named_later or any(w.group()[0].isupper() for w in words[k:]):
                return None  # "Selon l'agence de presse libyenne Jana, ...": the name, not "l'agence", is the source
            return phrase_speaker(ctx, phrase)
    return None


def label_speaker(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Speaker | None:
    """A name and a colon are all that stands before the quotation in its sentence: "Merz: „Wir
    müssen handeln“" (a headline or a subtitle that gives the speaker)."""
    head = ctx.text[region[0]:q.open].rstrip()
    if not head.endswith(":"):
        return None
    colon = region[0] + len(head) - 1
    if len(WORD.findall(ctx.text, region[0], colon)) > LABEL_WORDS:
        return None
    j = bisect_left(ctx.cue_starts, region[0])
    if j < len(ctx.cues) and ctx.cues[j].start < colon:
        return None  # "Rossi ha risposto alle critiche di Bianchi: «...»": a verb of saying, not a label
    k = bisect_left(ctx.mention_starts, colon) - 1  # the name ends the head: "Bundeskanzler Merz:"
    if k >= 0 and ctx.mentions[k].start >= region[0] and not ctx.text[ctx.mentions[k].end:colon].strip() \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
        if _after_preposition(ctx, ctx.mentions[k].start, region[0]):
            # "Draghi al Senato: «...»", "Faure au JDD : « ... »": the place or addressee ends the
            # label, the name before it speaks
            earlier = [m for m in ctx.mentions[:k] if m.start >= region[0] and m.end <= ctx.mentions[k].start
                       and ctx.types.get(m.entity_id) in SUBJECT_TYPES
                       and not _after_preposition(ctx, m.start, region[0])]
            return from_mention(ctx, earlier[0], "label") if earlier else None
        return from_mention(ctx, ctx.mentions[k], "label")
    start = skip_space(ctx.text, region[0])
    if start < colon:  # "Bocchino: «...»": a surname the linker left alone, of a person met in the article
        return known_name(ctx, Span(start, colon, ctx.text[start:colon].rstrip())) or _role_label(ctx, start, colon)
    return None


#: Most words of a label that is a definite noun phrase ("La titolare:", "Il procuratore capo:").
ROLE_LABEL_WORDS = 4


def _role_label(ctx: QuoteContext, start: int, colon: int) -> Speaker | None:
    """A definite noun of office, role, sex or age, or a body, as the label: "La titolare: «...»",
    "Il sindaco: «...»", "Le procureur : « ... »" (``person_noun``, ``individual_noun``, ``body_noun``,
    ``people_noun`` in speech_cue_words.tsv). The phrase names whom a role noun introduced, else it is
    the speaker's text."""
    words = WORD.findall(ctx.text, start, colon)
    if not 2 <= len(words) <= ROLE_LABEL_WORDS or words[0].lower() not in ctx.speech.definite:
        return None
    speech = ctx.speech
    if not any(w.islower() and (w in speech.person_nouns or w in speech.individual_nouns or w in speech.body_nouns
                                or w in speech.people_nouns) for w in words[1:]):
        return None
    end = len(ctx.text[:colon].rstrip())
    found = phrase_speaker(ctx, Span(start, end, ctx.text[start:end]))
    return Speaker(found.entity_id, found.text, found.span, found.rule + "+label")


def _after_preposition(ctx: QuoteContext, start: int, floor: int) -> bool:
    """The word before ``start`` (an elided article joined to it aside) is a preposition of place or
    address ("al Senato", "au JDD", "in Senato"), not of possession ("i vandali del Meucci")."""
    words = WORD.findall(ctx.text, floor, start)
    return bool(words) and words[-1].lower().rstrip("'’") in ctx.speech.addressee_prepositions | ctx.speech.source_prepositions


def colon_speaker(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Speaker | None:
    """A person or body named right before a colon that opens the quotation, in a sentence with no
    verb of saying: "... condanne dure da parte del presidente di zona Paolo Orneli: «Si tratta di
    un gesto di inaudita barbarie»" (the label of ``label_speaker`` inside a longer sentence)."""
    colon = ctx.text.rfind(":", max(region[0], q.open - 4), q.open)
    if colon == -1 or ctx.text[colon + 1:q.open].strip():
        return None
    k = bisect_left(ctx.mention_starts, colon) - 1
    if k >= 0 and ctx.mentions[k].start >= region[0] and not ctx.text[ctx.mentions[k].end:colon].strip() \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, ctx.mentions[k], "label")
    # "Luna aprovechó la ocasión para atacar a los periodistas: “...”": the subject opening the sentence
    j = bisect_left(ctx.quoted_starts, region[0])
    if j < len(ctx.quoted) and ctx.quoted[j].open < q.open:
        return None  # another quotation first: not a plain statement of the subject
    subject = first_subject(ctx, region[0], colon)
    if subject is not None and len(WORD.findall(ctx.text, region[0], subject.start)) <= COLON_LEAD_WORDS:
        return from_mention(ctx, subject, "sentence-subject")
    for word in list(WORD.finditer(ctx.text, region[0], colon))[:COLON_LEAD_WORDS + 1]:
        if word.group()[0].isupper():  # "Sin embargo, Luna aprovechó ...": "Luna" after "Osiris Luna"
            known = known_name(ctx, Span(word.start(), word.end(), word.group()))
            if known is not None:
                return known
    return None


def signature_speaker(ctx: QuoteContext, q: QuotedSpan) -> Speaker | None:
    """A quotation signed with a dash and a name: "“...” ― Krystal Correa", "«...» — Macron"; a
    name left unlinked counts when it is all the line holds after the dash."""
    m = _DASH.match(ctx.text, q.close)
    if m is None:
        return None
    k = bisect_left(ctx.mention_starts, m.end())
    if k < len(ctx.mentions) and ctx.mentions[k].start == m.end() \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, ctx.mentions[k], "signature")
    # "“...” ― Christina N Luis Olidem": a name the linker left alone, ending the line
    signed = _SIGNED_NAME.match(ctx.text, m.end())
    if signed is None:
        return None
    span = Span(signed.start(1), signed.end(1), signed.group(1))
    return known_name(ctx, span) or Speaker(None, span.text, span, "signature-name")


#: Most lower-case words between a quotation and the article of the noun naming it ("è stata la risposta").
SPEECH_NOUN_LEAD = 2
#: Most words between the preposition after that noun and the name of the speaker ("del leader della Lega").
SPEECH_NOUN_GAP = 6


def speech_noun_speaker(ctx: QuoteContext, q: QuotedSpan) -> Speaker | None:
    """A quotation named right after it by a noun of speech and its owner: "«...», è stata la risposta
    di Silvio Berlusconi", "«...», la replica di Elly Schlein", "“...”, fue la respuesta de Pedro
    Sánchez", "„...“, so die Antwort von Merz" (``speech_noun`` in speech_cue_words.tsv). A comma (or
    none before a copula that points back, ``anaphor``: "«...» è il commento del ministro Nordio"), at
    most ``SPEECH_NOUN_LEAD`` lower-case words, a definite article, the noun, a preposition, then the
    first person named (else body or group) within ``SPEECH_NOUN_GAP`` words, in the same sentence."""
    if not ctx.speech.speech_nouns or not q.closed:
        return None
    text = ctx.text
    comma = text[q.close:q.close + 3].lstrip().startswith(",")
    _, sent_end = sentence_bounds(ctx.doc, q.close)
    words = list(WORD.finditer(text, q.close, min(sent_end, q.close + 200)))
    k = 0
    while k < len(words) and k < SPEECH_NOUN_LEAD and words[k].group().lower() not in ctx.speech.definite \
            and words[k].group()[0].islower():
        k += 1
    if k + 2 >= len(words) or words[k].group().lower() not in ctx.speech.definite \
            or words[k + 1].group().lower() not in ctx.speech.speech_nouns \
            or words[k + 2].group().lower().rstrip("'’") not in ctx.speech.prepositions:
        return None
    if not comma and (k != 1 or words[0].group().lower() not in ctx.speech.anaphors
                      or text[q.close:words[0].start()].strip()):
        # no comma: only a copula pointing back joins them ("«...» è il commento del ministro
        # Nordio"), not a headline run into the text ("« Rétractation » exigée Les propos du ...")
        return None
    if PHRASE_BREAK.search(text, text.index(",", q.close) + 1 if comma else q.close, words[k + 2].start()):
        return None
    limit = words[min(len(words) - 1, k + 2 + SPEECH_NOUN_GAP)].end()
    i = bisect_left(ctx.mention_starts, words[k + 2].end())
    found = [m for m in ctx.mentions[i:] if m.start < limit and ctx.types.get(m.entity_id) in SUBJECT_TYPES]
    if not found:
        return None
    m = next((m for m in found if ctx.types.get(m.entity_id) == "PERSON"), found[0])
    return from_mention(ctx, m, "speech-noun")


#: Most words from the start of the sentence to the noun naming the quotation ("Immediata la replica",
#: "Poco dopo è arrivata la risposta").
NOUN_BEFORE_OPENING = 4
#: Most words after the speaker's name before the opening mark: none or a copula ("è stata", "war")
#: without a colon, a short clause with one ("ne s'est pas fait attendre :").
NOUN_BEFORE_TAIL = 3
NOUN_BEFORE_TAIL_COLON = 6
#: Entity types that may own an utterance named by a noun: a state speaks through its government
#: ("Die Reaktion Moskaus", "la réplique de Paris").
NOUN_OWNER_TYPES = SUBJECT_TYPES | {"COUNTRY"}
#: Most title words between a body and the person in apposition to it ("NATO chief Mark Rutte").
APPOSITION_TITLE_WORDS = 2
_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s+")


def speech_noun_before(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> tuple[Speaker, int] | None:
    """A noun of speech and its owner open the sentence and the quotation follows, with or without a
    colon: "Il commento del Vaticano «...»", "La réplique du Kremlin : « ... »", "Die Reaktion
    Moskaus: „...“", "la risposta di Peskov è stata «...»", "Immediata la replica del portavoce del
    Cremlino, Dmitri Peskov: «...»", "Moskaus Reaktion: „...“" (``speech_noun`` in
    speech_cue_words.tsv). The noun comes within ``NOUN_BEFORE_OPENING`` words of the sentence start
    after a definite article (or right after its owner's name), its owner is the first person, body or
    state named after it (a person in apposition to that name wins: "del Cremlino, Dmitri Peskov"),
    and at most a copula stands between the name and the mark. Returns the speaker and the noun's
    start (the noun may also read as a verb of saying: "replica", "réplique")."""
    speech = ctx.speech
    if not speech.speech_nouns or quote_between(ctx, region[0], q.open):
        return None
    text = ctx.text
    words = list(WORD.finditer(text, region[0], q.open))
    noun = None
    for i, w in enumerate(words[:NOUN_BEFORE_OPENING + 1]):
        if w.group().lower() in speech.speech_nouns:
            noun, n = w, i
            break
    if noun is None:
        return None
    k = bisect_left(ctx.mention_starts, noun.end())
    owner_before = None
    if k > 0:  # "Moskaus Reaktion", "the Kremlin's response"
        m = ctx.mentions[k - 1]
        if m.start >= region[0] and ctx.types.get(m.entity_id) in NOUN_OWNER_TYPES \
                and _POSSESSIVE_GAP.fullmatch(text, m.end, noun.start()):
            owner_before = m
    possessive = owner_before is None and n >= 1 and words[n - 1].group().lower() in speech.possessives \
        and all(w.group().lower() in speech.definite for w in words[:n - 1])
    if owner_before is None and not possessive and (n == 0 or words[n - 1].group().lower() not in speech.definite):
        return None
    j = bisect_left(ctx.cue_starts, noun.end())
    if j < len(ctx.cues) and ctx.cues[j].start < q.open:
        return None  # "La risposta del Cremlino a chi ha detto «...»": a verb of saying speaks
    if possessive:
        return _possessor_speaker(ctx, q, words[n - 1], noun)
    if owner_before is not None:
        owner, last_end = owner_before, noun.end()
    else:
        after = [m for m in ctx.mentions[k:] if m.start < q.open and ctx.types.get(m.entity_id) in NOUN_OWNER_TYPES]
        if not after or len(WORD.findall(text, noun.end(), after[0].start)) > SPEECH_NOUN_GAP:
            return None
        owner = after[0]
        for nxt in after[1:]:  # "del portavoce del Cremlino, Dmitri Peskov": the person in apposition
            if not _in_apposition(ctx, owner.end, nxt.start):
                break
            if ctx.types.get(nxt.entity_id) == "PERSON":
                owner = nxt
        last_end = owner.end
    tail = text[last_end:q.open].rstrip()
    limit = NOUN_BEFORE_TAIL_COLON if tail.endswith(":") else NOUN_BEFORE_TAIL
    if len(WORD.findall(tail)) > limit or PHRASE_BREAK.search(tail.rstrip(":").rstrip()):
        return None
    return from_mention(ctx, owner, "speech-noun-before"), noun.start()


def _possessor_speaker(ctx: QuoteContext, q: QuotedSpan, possessive: re.Match[str],
                       noun: re.Match[str]) -> tuple[Speaker, int] | None:
    """A possessive before the noun of speech ("Seine Botschaft war deutlich: „...“", "Il suo messaggio
    è chiaro: «...»", "Su respuesta fue tajante: «...»", ``possessive`` in speech_cue_words.tsv)
    points back like a pronoun: the quotation is the words of whoever spoke or acted last (carry-over),
    when at most a copula and an adjective stand before a colon and the mark."""
    from cronaca.extract.back_reference import carry_over  # back_reference builds on this module's peers
    tail = ctx.text[noun.end():q.open].rstrip()
    if not tail.endswith(":") or len(WORD.findall(tail)) > NOUN_BEFORE_TAIL_COLON or PHRASE_BREAK.search(tail[:-1]):
        return None
    found = carry_over(ctx, possessive.start(), rule="possessive")
    if found.entity_id is None:
        return None
    span = Span(possessive.start(), possessive.end(), possessive.group())
    return Speaker(found.entity_id, span.text, span, found.rule), noun.start()


def _in_apposition(ctx: QuoteContext, a: int, b: int) -> bool:
    """Only a comma or a title or two stand between two names: "del Cremlino, Dmitri Peskov", "NATO
    chief Mark Rutte" (not "del Cremlino a Zelensky", "Merz und Scholz")."""
    gap = ctx.text[a:b]
    if PHRASE_BREAK.search(gap.replace(",", " ")):
        return False
    words = [w.lower() for w in WORD.findall(gap)]
    speech = ctx.speech
    return len(words) <= APPOSITION_TITLE_WORDS and not any(
        w in speech.prepositions or w in speech.definite or w in speech.conjunctions for w in words)
