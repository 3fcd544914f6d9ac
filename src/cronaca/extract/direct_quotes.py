"""Direct quotes: each outermost quotation-mark pair becomes a quote of the speaker of its cue,
unless it is a title, part of a compound name, or a scare quote (see ``quotes`` for the rules).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Span
from cronaca.lang import load
from cronaca.extract.back_reference import carried_pronoun, carry_over, opens_without_subject
from cronaca.extract.cue_subjects import first_subject
from cronaca.extract.labelled_quotes import (according_phrase, according_subject, colon_speaker, fragment_subject, label_speaker,
                                             signature_speaker, speech_noun_before, speech_noun_speaker)
from cronaca.extract.locate import same_paragraph, sentence_index
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.quote_cues import cue_for
from cronaca.extract.quote_emit import emit
from cronaca.extract.postposed_names import postposed_speaker
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quotemarks import QuotedSpan
from cronaca.extract.role_nouns import person_noun
from cronaca.extract.speaker_record import Speaker, confidence, from_mention
from cronaca.extract.speakers import speaker_of
from cronaca.extract.speech import Cue
from cronaca.extract.split_quotes import split_quote

NO_CUE_MIN_WORDS = 6
#: Fewest words of a quotation a described source after an attribution word speaks ("secondo una delle
#: vittime ...: «...»"); shorter ones are left as scare quotes.
ACCORDING_PHRASE_MIN_WORDS = 3
#: Fewest words of a whole quoted sentence that goes on quoting the speaker of the sentence before.
CONTINUED_MIN_WORDS = 2
#: Fewest words of a quoted fragment with no verb of saying that its sentence's subject is taken to
#: have said (shorter ones are mostly scare quotes), and most words before that subject.
FRAGMENT_WORDS = 4
SHORT_QUOTE_WORDS = 2
#: Most words of a lead before a colon that continues the last speaker's words ("E ancora: «...»").
CONTINUATION_WORDS = 2
TITLE_WORDS = 6
#: Most words between two quotations of the same cue for the second, short one to count as speech.
SHORT_GAP_WORDS = 3
#: Most words between them when no comma stands in between (one clause).
CLAUSE_GAP_WORDS = 6
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")
_COMPOUND_AFTER = re.compile(r" ?-\w")
#: A dateline in capitals opening a report before its first quotation ("MODENA", "CAMPOSANTO -").
_CAPS_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,40}[.,:–—-]?")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.' -]{1,30}[A-Z]):\s+")


def direct_quote(ctx: QuoteContext, q: QuotedSpan) -> None:
    text = ctx.text
    start, end = q.start, q.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    n_words = len(WORD.findall(text, start, end))
    if n_words == 0:
        return
    first = sentence_index(ctx.doc, q.open)
    last = sentence_index(ctx.doc, max(q.open, q.close - 1))
    if first is None or last is None:
        region = (0, len(text))
    else:
        region = (ctx.doc.sentences[first][0], ctx.doc.sentences[last][1])
    label = _TRANSCRIPT.match(text, start, end)
    if label is not None and _said_next_to(ctx, q):
        label = None  # "„LOCKDOWN-ALARM: Globalisten starten ...“, schrieb Alex Jones": a headline he wrote
    if label is not None:  # "WALLACE: Let's start ...", an interview transcript
        span = Span(label.start(1), label.end(1), label.group(1))
        emit(ctx, label.end(), end, True, None, Speaker(None, span.text, span, "transcript-label"),
             "direct:transcript", 0.7)
        return
    if split_quote(ctx, q, start, end):
        return
    if n_words <= TITLE_WORDS and is_title(text, start, end) and not _said_next_to(ctx, q):
        return  # a title or a name in quotation marks: “Fox News Sunday”, “The Apprentice”
    if _only_a_name(ctx, start, end):
        return  # "gegenüber „Wafa“", "dem Aufruf von „Muslim Interaktiv“": a name in quotation marks
    if n_words == 1 and _name_after_noun(ctx, q, start, end):
        return  # "il personale del supermercato “Carrefour”", "scarpe marca “Puma”": a shop or brand name
    if _after_term_marker(ctx, q):
        return  # "la cosiddetta «riforma»", "lo que llaman «la paz total»": a name for something, not speech
    if q.closed and _COMPOUND_AFTER.match(text, q.close):
        return  # part of a compound name: „Bild“-Zeitung, „Meet the Press“ -Programm
    cue, how = cue_for(ctx, q, region)
    named_before = speech_noun_before(ctx, q, region)
    if named_before is not None and (cue is None or cue.start == named_before[1]):
        # "Il commento del Vaticano «...»", "La réplique du Kremlin : « ... »" (the noun may read as a
        # verb); before the label: "La risposta del Cremlino a Zelensky: «...»" is the Kremlin's
        emit(ctx, start, end, True, None, named_before[0], "direct:speech-noun-before", 0.75)
        return
    labelled = label_speaker(ctx, q, region)
    if labelled is not None:  # "Merz: „...“", "Il ministro Luigi Di Maio: «...»"
        emit(ctx, start, end, True, None, labelled, "direct:label", 0.8)
        return
    named_after = speech_noun_speaker(ctx, q) if cue is None or how == "after" else None
    if cue is None and named_after is not None:  # "«...», è stata la risposta di Silvio Berlusconi"
        emit(ctx, start, end, True, None, named_after, "direct:speech-noun", 0.8)
        return
    if cue is None:
        signed = signature_speaker(ctx, q)
        if signed is not None:  # "“...” ― Krystal Correa"
            emit(ctx, start, end, True, None, signed, "direct:signed", 0.8)
            return
        named = colon_speaker(ctx, q, region)
        if named is not None:  # "condanne dure ... del presidente di zona Paolo Orneli: «...»"
            emit(ctx, start, end, True, None, named, "direct:colon-name", 0.7)
            return
        governing = according_subject(ctx, q, region)
        if governing is not None:  # "secondo Minetti, lo spettacolo rischierebbe di non essere «super partes»"
            emit(ctx, start, end, True, None, from_mention(ctx, governing, "according"), "direct:according", 0.6)
            return
        described = according_phrase(ctx, q, region) if n_words >= ACCORDING_PHRASE_MIN_WORDS else None
        if described is not None:  # "secondo una delle vittime è stato portato a termine da tre persone: «...»"
            emit(ctx, start, end, True, None, described, "direct:according-phrase", confidence(described, 0.5))
            return
        postposed = postposed_speaker(ctx, q)
        if postposed is not None:  # "„...“, lästerte Usyks Promoter Alexander Krassyuk": a verb not listed
            emit(ctx, start, end, True, None, postposed, "direct:after-unlisted", 0.6)
            return
        continued = _continues_attributed(ctx, q, first, region) if n_words >= CONTINUED_MIN_WORDS else None
        if continued is not None:  # "«Siamo pronti», ha detto Meloni. «Ma non accetteremo ricatti»."
            emit(ctx, start, end, True, None, continued, "direct:continued", confidence(continued, 0.6))
            return
        announced = _announced_speaker(ctx, q, region) if n_words >= ANNOUNCED_MIN_WORDS else None
        if announced is not None:  # "il ministro ... si era espresso con parole molto chiare: «...»."
            emit(ctx, start, end, True, None, announced, "direct:announced", confidence(announced, 0.6))
            return
        if n_words < NO_CUE_MIN_WORDS or not _is_utterance(text, q, region):
            subject = fragment_subject(ctx, q, region) if n_words >= FRAGMENT_WORDS else None
            if subject is not None:  # "ABB s'attend à rester « sous pression durant le reste de l'année »"
                speaker = from_mention(ctx, subject, "sentence-subject")
                emit(ctx, start, end, True, None, speaker, "direct:fragment", 0.5)
            return
        # «I carabinieri mi hanno riferito ...»: one person speaks, not the van or the shop a sentence
        # between names as its subject
        singular = any(w.lower() in ctx.speech.first_singulars for w in WORD.findall(text, start, end))
        speaker = carry_over(ctx, q.open, rule="previous-quote", sole=True, person=singular)
        emit(ctx, start, end, True, None, speaker, "direct:no-cue", confidence(speaker, 0.4))
        return
    if n_words <= SHORT_QUOTE_WORDS and how == "sentence" and not _continues_quote(ctx, q, cue):
        return  # emphasis or a scare quote, not speech
    speaker = speaker_of(ctx, cue)
    if speaker.entity_id is None and named_after is not None:
        speaker = named_after  # "„...“, so die Antwort von Merz": the noun's owner, not the noun
    if speaker.entity_id is None and named_before is not None:
        speaker = named_before[0]  # "La replica del Cremlino: «...», ha aggiunto": the noun's owner
    if speaker.rule == "passive" and n_words <= FRAGMENT_WORDS or speaker.rule == "impersonal":
        return  # "wurde Deutschland als „Wertediktatur“ bezeichnet", "Bald heißt es „...“": no one's words
    base = 0.9 if how != "sentence" else 0.7
    emit(ctx, start, end, True, cue, speaker, f"direct:{how}", confidence(speaker, base))


#: Fewest words of a quotation a colon announces at the end of its sentence for it to be words said
#: (not a title or a term: "il volume: «Il santuario di Minerva»").
ANNOUNCED_MIN_WORDS = 8
#: Most words between a definite article and the noun of a person or body it opens ("il nuovo commissario").
ANNOUNCED_HEAD_WORDS = 3


def _announced_speaker(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Speaker | None:
    """The subject of a clause whose colon opens a quotation that ends the sentence, with no verb of
    saying: "Profumo aveva lanciato un appello: «...».", "Già la settimana prima il ministro ... si era
    espresso con parole molto chiare: «...».", "La testata pone l'accento su un dato storico: «...»."
    The clause announces whole words said, and its subject says them: the first name that can be a
    subject (not after a preposition), else the first definite noun of a person or body (not after a
    preposition: "il commento del gestore" names no one who speaks), read as a noun phrase next to a
    verb. No subject found, no speaker: the quotation is left out, as one with no cue."""
    text = ctx.text
    colon = text.rfind(":", region[0], q.open)
    if colon == -1 or text[colon + 1:q.open].strip() or not q.closed or WORD.search(text, q.close, region[1]) \
            or any(region[0] <= o.open < q.open for o in ctx.quoted):
        return None
    subject = first_subject(ctx, region[0], colon)
    pronoun = _opening_pronoun(ctx, region[0], colon)
    if pronoun is not None and (subject is None or pronoun.end <= subject.start):
        # "Il a eu des mots très durs pour les manifestants : « ... »", "Lui ha usato parole dure: «...»":
        # the pronoun opening the clause stands for whom the sentences before name
        carried = carried_pronoun(ctx, region[0], pronoun)
        return Speaker(carried.entity_id, carried.text, carried.span, f"announced-{carried.rule}") \
            if carried.entity_id is not None else None
    if subject is not None:
        return from_mention(ctx, subject, "announced-subject")
    words = list(WORD.finditer(text, region[0], colon))
    speech = ctx.speech
    for k, w in enumerate(words):
        if w.group().lower() not in speech.definite or k and words[k - 1].group().lower() in speech.prepositions:
            continue
        for head in words[k + 1:k + 1 + ANNOUNCED_HEAD_WORDS]:
            noun = head.group().lower()
            if noun in speech.prepositions or not head.group().islower():
                break
            if person_noun(ctx, noun) or noun in speech.individual_nouns or noun in speech.body_nouns:
                return phrase_speaker(ctx, Span(w.start(), head.end(), text[w.start():head.end()]))
    if opens_without_subject(ctx, region[0], colon) or _opens_with_predicate(ctx, region[0], colon):
        # "... Christian D'Assenza. È arrabbiato e molto amareggiato: «...»": the clause has no subject of
        # its own, so it goes on about the one of the sentences before, as a verb of saying would
        carried = carry_over(ctx, region[0], rule="zero-subject")
        if carried.entity_id is not None or carried.text:
            return Speaker(carried.entity_id, carried.text, carried.span, f"announced-{carried.rule}")
    return None


def _opening_pronoun(ctx: QuoteContext, start: int, end: int) -> Span | None:
    """A subject pronoun of a person ("il", "elle", "lui", "él") opening the clause, past adverbs and
    conjunctions ("Puis il a ...", "E lui ha ...")."""
    speech = ctx.speech
    words = list(WORD.finditer(ctx.text, start, end))
    for k, w in enumerate(words):
        low = w.group().lower()
        if low in speech.skippable or low in speech.conjunctions:
            continue
        # a pronoun that may stand for a thing ("il", "elle") only before an auxiliary: "Il a eu des mots
        # durs", not "Il est clair", "Il s'agit"
        after = words[k + 1].group().lower() if k + 1 < len(words) else ""
        person = low in speech.person_pronouns or low in speech.pronouns and low not in speech.relatives \
            and after in speech.auxiliaries
        return Span(w.start(), w.end(), w.group()) if person else None
    return None


def _opens_with_predicate(ctx: QuoteContext, start: int, end: int) -> bool:
    """The clause opens with a verb or adjective, nothing before it but adverbs and auxiliaries ("È
    arrabbiato e molto amareggiato", "Poi, visibilmente commosso"): no subject of its own. A capitalised
    word, an article or a pronoun there ("Un ladro ha ...", "Ieri il sindaco", "Und man wollte") is not
    such an opening."""
    speech = ctx.speech
    skipped = False
    for w in WORD.finditer(ctx.text, start, end):
        word = w.group()
        low = word.lower()
        if low in speech.skippable or low in speech.auxiliaries:
            skipped = True
            continue
        return skipped and word.islower() and low not in speech.articles and low not in speech.prepositions \
            and low not in speech.definite and low not in speech.pronouns and low not in speech.closed_words
    return False


def _only_a_name(ctx: QuoteContext, start: int, end: int) -> bool:
    """The whole quotation is the name of an organisation, outlet or group the linker or the sources
    stage found there (names of people are left: a shouted name can be speech)."""
    for src in ctx.doc.sources:
        if src.start == start and src.end == end:
            return True
    k = bisect_left(ctx.inner_mention_starts, start)
    if k < len(ctx.inner_mentions):
        m = ctx.inner_mentions[k]
        return m.start == start and m.end == end and ctx.types.get(m.entity_id) in NAMED_THINGS
    return False


def _name_after_noun(ctx: QuoteContext, q: QuotedSpan, start: int, end: int) -> bool:
    """A single capitalised word in quotation marks right after a lower-case word that is no verb of
    saying: the name of a shop, brand or place the noun before it introduces ("del supermercato
    “Carrefour”", "marca “Puma”"); a shouted word follows its verb ("ha gridato «Aiuto»") or stands alone."""
    word = ctx.text[start:end].strip()
    if not word[:1].isupper() or not word.isalpha() or word.isupper() \
            or load(ctx.doc.language or "en").writes("capitalised_nouns"):
        return False  # (German capitalises every noun: "eine „Biowaffe“" is a word said)
    before = ctx.text[max(0, q.open - 40):q.open]
    prev = list(WORD.finditer(before))
    if not prev or before[prev[-1].end():].strip() or not prev[-1].group().islower() or len(prev[-1].group()) < 3 \
            or prev[-1].group() in ctx.speech.articles or prev[-1].group() in ctx.speech.prepositions:
        return False
    word_start = q.open - len(before) + prev[-1].start()
    return not any(c.start <= word_start < c.end for c in ctx.cues)


#: Entity types whose bare name in quotation marks is a name, not words said.
NAMED_THINGS = frozenset({"ORG", "MEDIA", "GROUP", "PLACE", "COUNTRY"})
#: How far before the opening mark a term marker may end ("la llamada «...»" has only spaces between).
TERM_MARKER_CHARS = 40


def term_marked(ctx: QuoteContext, q: QuotedSpan) -> bool:
    """Public name of ``_after_term_marker`` for the rules that read quotations elsewhere."""
    return _after_term_marker(ctx, q)


def _after_term_marker(ctx: QuoteContext, q: QuotedSpan) -> bool:
    """The quotation follows a word that announces a term (``term_marker`` in speech_cue_words.tsv:
    "cosiddetto", "llamado", "lo que llaman", "sogenannte", "so-called")."""
    marker = ctx.speech.term_marker
    return marker is not None and marker.search(ctx.text, max(0, q.open - TERM_MARKER_CHARS), q.open) is not None


def _continues_quote(ctx: QuoteContext, q: QuotedSpan, cue: Cue) -> bool:
    """A short quotation a few words after another one of the same cue: "adding the nations “are
    massively increasing” their “defense investments”" goes on quoting the same speaker."""
    last = ctx.quotes[-1] if ctx.quotes else None
    if last is None or not last.direct or last.cue is None or last.cue.start != cue.start:
        return False
    gap = ctx.text[last.end:q.open]
    words = len(WORD.findall(gap))
    if re.search(r"[.;:!?]", gap.strip(" ”»\"’")):
        return False
    # "come «una sfilata di vergogna» che rischia di diffondere la «pestilenza»": within one clause
    # (no comma) a few more words still go on quoting
    return words <= SHORT_GAP_WORDS or words <= CLAUSE_GAP_WORDS and "," not in gap


def _said_next_to(ctx: QuoteContext, q: QuotedSpan) -> bool:
    """A verb of saying right after the closing mark and a comma: "„Tyson hat Vorteile in Größe“,
    sagte Krassyuk" is speech even though every long word is capitalised (German nouns), not a title."""
    after = _COMMA_AFTER.match(ctx.text, q.close)
    if after is not None:
        i = bisect_left(ctx.cue_starts, after.end())
        if i < len(ctx.cues) and ctx.cues[i].start == after.end() and ctx.cues[i].row.kind != "indirect":
            return True
    return False


def is_title(text: str, start: int, end: int) -> bool:
    """Every word longer than three letters starts with a capital, and there are at least two."""
    words = WORD.findall(text, start, end)
    long_words = [w for w in words if len(w) > 3 or w[0].isupper()]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words) \
        and not text[start:end].rstrip().endswith((".", "!", "?", ","))


def _continues_attributed(ctx: QuoteContext, q: QuotedSpan, first: int | None,
                          region: tuple[int, int]) -> Speaker | None:
    """The speaker of a quotation that is a whole sentence right after a sentence holding someone's
    attributed quotation, in the same paragraph: "«Siamo pronti», ha detto Meloni. «Ma non
    accetteremo ricatti».", "« Nous sommes prêts », a déclaré le ministre. « Mais pas à tout prix. »"
    The writer goes on quoting the same person; a sentence of his own in between, or a quotation that
    only part of its sentence holds, breaks the chain. A quotation that is a whole paragraph goes on
    quoting across the break: news prints a long statement one paragraph per quotation ("«...», ha
    detto l'avvocato.\n«Faremo ricorso in appello»."; French reopens « on each paragraph)."""
    text = ctx.text
    if not first or q.open > region[0] + 1 or not q.closed \
            or text[q.close:ctx.doc.sentences[first][1]].strip(" .!?…»”\"\n") \
            or not (same_paragraph(ctx.doc, first - 1, first) or _whole_paragraph(text, q)):
        return None
    last = ctx.quotes[-1] if ctx.quotes else None
    before_start = ctx.doc.sentences[first - 1][0]
    if last is None or not last.direct or last.speaker is None or last.start < before_start:
        return None
    i = bisect_left(ctx.quoted_starts, last.end)
    if i < len(ctx.quoted) and ctx.quoted[i].open < q.open:
        return None  # another quotation stands between
    span = last.speaker_span
    return Speaker(last.speaker, last.speaker_text, span, "continued")


def _whole_paragraph(text: str, q: QuotedSpan) -> bool:
    """The quotation fills its paragraph and ends a sentence: only a newline before it, only closing
    punctuation after, a full stop inside or after the marks (a quoted subheading has none: “Haré
    todo lo necesario” over the paragraph that quotes it)."""
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.close)
    tail = text[q.close:line_end if line_end >= 0 else len(text)]
    ends_sentence = text[q.start:q.end].rstrip().endswith((".", "!", "?", "…")) or any(c in tail for c in ".!?…")
    return not text[line_start:q.open].strip() and not tail.strip(" .!?…»”\"") and ends_sentence


def _is_utterance(text: str, q: QuotedSpan, region: tuple[int, int]) -> bool:
    """A full quoted sentence: it opens its sentence or ends with sentence punctuation."""
    inner = text[q.start:q.end].rstrip()
    lead = text[region[0]:q.open].rstrip()
    # "E ancora: «...»", "Poi: «...»", "Und weiter: „...“": a short lead and a colon go on quoting
    continued = lead.endswith(":") and len(WORD.findall(lead)) <= CONTINUATION_WORDS
    # "MODENA «È la prima volta che ...»": a dateline in capitals is no part of the sentence
    return q.open <= region[0] + 1 or inner.endswith((".", "!", "?", "…")) or not q.closed or continued \
        or _CAPS_DATELINE.fullmatch(lead) is not None
