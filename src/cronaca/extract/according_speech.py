"""Reported speech introduced by an attribution or opinion word instead of a verb: "According to the
senator, the plan failed", "La Russia, secondo il ministro X, è favorevole", "Laut Merz ist die Lage
ernst", "Merz zufolge ...", "Pour Javier López, directeur de campagne, ...".
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import CitedSource, Mention, Span
from cronaca.extract.anaphoric_speech import MIN_CLAUSE_WORDS
from cronaca.extract.clause_openers import FIRST_WORD, NEXT_WORD_AT, WORD_AT
from cronaca.extract.direct_quotes import TITLE_WORDS, is_title, term_marked
from cronaca.extract.cue_subjects import PHRASE_WORDS, mention_after, phrase_after, phrase_breaks
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.quote_context import CLOSING_MARKS, QuoteContext, WORD, cue_between, quote_between
from cronaca.extract.quote_emit import emit, skip_space
from cronaca.extract.role_nouns import COMPOUND_HEAD, person_noun
from cronaca.extract.back_reference import carried_pronoun
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, confidence, from_mention
from cronaca.extract.sources import CueRow as SourceCueRow
from cronaca.extract.speech import Cue, CueRow

#: Most words of an attribution phrase searched for its speaker ("according to a statement by ...").
ACCORDING_WORDS = 12
#: Most words between an opinion word and the person it names ("Pour le ministre Jean Dupont").
OPINION_WORDS = 3
#: Most words before a name that an attribution word follows ("Dem Minister Merz zufolge").
APPOSITIVE_HEAD_WORDS = 3
#: Most words of a role noun's complement before the name it is the role of ("del ministero degli
#: Esteri russo Maria Zakharova").
ROLE_COMPLEMENT_WORDS = 6


def cited_by_cue(ctx: QuoteContext) -> dict[int, CitedSource]:
    """The cited outlets of the document, by the start of their cue."""
    return {src.cue.start: src for src in ctx.doc.sources if src.cue is not None}


def according_quote(ctx: QuoteContext, match: re.Match[str], row: SourceCueRow,
                    cited: dict[int, CitedSource]) -> None:
    """"According to the senator, the plan failed." / "The plan failed, according to the senator.":
    the attribution cues of ``source_cues.tsv`` (kind according) in front of a person or a phrase
    that is not a cited outlet make reported speech."""
    text = ctx.text
    if row.kind == "according" and row.positions == ("after",) and not ctx.in_quote(match.start()):
        _according_after(ctx, match, cited.get(match.start()))  # "Merz zufolge ist die Lage ernst"
        return
    if row.kind != "according" or "before" not in row.positions or ctx.in_quote(match.start()):
        return
    source = cited.get(match.start())
    sent_start, sent_end = sentence_bounds(ctx.doc, match.start())
    stops = phrase_breaks(ctx, match.end(), sent_end)
    who_end = stops[0] if stops else sent_end
    lead = text[sent_start:match.start()].strip()
    relative = NEXT_WORD_AT.match(text, match.end()) or WORD_AT.match(text, match.end())
    if relative is not None and relative.group(1).lower() in ctx.speech.relatives:
        # "Lo ha detto Lavrov, secondo cui la situazione è grave": the clause after the relative
        _according_relative(ctx, match, relative.end(1), sent_start, sent_end)
        return
    if source is not None and source.end > who_end:  # "laut „Washington Post“ hatte sie ..."
        tail = source.end
        while tail < sent_end and text[tail] in CLOSING_MARKS:
            tail += 1
        stops = phrase_breaks(ctx, tail, sent_end)
        who_end = stops[0] if stops else sent_end
    if lead:  # "<content>, según el ministro de Economía, Luis Caputo.": the name closes the phrase
        who_end = _past_final_name(ctx, match.end(), who_end, sent_end)
        bracket = _NAME_BRACKET.match(text, who_end, sent_end)
        if bracket is not None and not text[bracket.end():sent_end].strip(" \t\n.!?…"):
            who_end = sent_end  # "..., selon les données publiées par l'Association ... (ACEA)."
    if not lead:  # "According to X, <content>."
        who_end = _past_apposed_name(ctx, match.end(), who_end, sent_end)
        head = _named_head(ctx, match.end(), who_end, source) if ctx.speech.verb_second else None
        if head is None and ctx.speech.verb_second and _possessive_in(ctx, match) is not None \
                and not text.startswith(",", skip_space(text, match.end())):
            head = match.end()  # "Seiner Meinung nach ist die Krise vorbei."
        if head is None and not ctx.speech.verb_second:
            head = _bare_head(ctx, match.end(), sent_end)  # "Secondo l'associazione frasi simili ..."
            if head is not None and source is not None and source.start < head < source.end:
                head = None  # "Selon le ministère ukrainien de la Défense, ...": the body's name goes on
            if head is not None:
                who_end = head
        tail = _attribution_end(ctx, match.end(), who_end) if ctx.speech.verb_second and head is None else None
        if head is not None:
            start, end = skip_space(text, head), sent_end  # "Laut Merz ist die Lage ernst."
        elif tail is not None:  # "Nach Angaben der ukrainischen Luftwaffe wurden 40 Drohnen abgeschossen."
            who_end, start, end = tail, skip_space(text, tail), sent_end
            source = source if source is not None and source.start < tail else None
        elif who_end >= sent_end or text[who_end] != ",":
            return
        else:
            start, end = _past_relative(ctx, skip_space(text, who_end + 1), sent_end), sent_end
    elif (lead.endswith(",") or lead[-1:] in CLOSING_MARKS and lead[:-1].rstrip().endswith(",")) \
            and who_end >= sent_end - 1:  # "<content>, according to X.", "“...,” according to X."
        start, end = sent_start, sent_start + len(text[sent_start:match.start()].rstrip()) - 1
    elif not lead.endswith(",") and lead[-1:] not in CLOSING_MARKS and who_end >= sent_end - 1 \
            and not ctx.speech.verb_second and (_closing_source(ctx, match.end(), sent_end) or _ends_in_pronoun(ctx, match)
                                                and not WORD.search(text, match.end(), sent_end)) \
            and len(WORD.findall(lead)) >= POSTPOSED_CLAUSE_WORDS and not cue_between(ctx, sent_start, match.start()):
        # "L'aloe vera peut aussi être un allié selon le naturopathe Olivier Panisset.", "..., sono persone
        # perbene secondo lui.": with no comma, a named source or a pronoun closing the sentence reports it
        start, end = sent_start, sent_start + len(text[sent_start:match.start()].rstrip())
    elif lead.endswith(",") and who_end < sent_end and text[who_end] == "," \
            and _content_lead(ctx, lead) and _describes_source(ctx, who_end + 1, sent_end):
        # "<content>, selon la Drees, le service statistique des ministères sociaux.": the words
        # after the source describe it; the content came first
        start, end = sent_start, sent_start + len(text[sent_start:match.start()].rstrip()) - 1
    elif lead[-1:] in DASHES and (closing := _closing_dash(ctx, match.end(), sent_end)) is not None:
        # "Anche in tal caso - secondo Kenneth Pollack, uno degli autori - l'Iraq sarà ...": the
        # attribution set in dashes reports the clause they open onto
        who_end, start, end = closing.start(), skip_space(text, closing.end()), sent_end
        if _speaker_in(ctx, match.end(), who_end) is None and source is None \
                and not _names_a_person(ctx, match.end(), who_end):
            return  # "Il piano - secondo le prime stime - costerà ...": no one speaks
    elif lead.endswith(",") and text[who_end] == "," \
            and len(WORD.findall(text, who_end, sent_end)) >= MIN_CLAUSE_WORDS:
        # "La Russia, secondo il ministro X, è favorevole alla tregua": the clause after it
        start, end = skip_space(text, who_end + 1), sent_end
        first = FIRST_WORD.match(text, start)
        if first is not None and first.group(1)[0].islower() and person_noun(ctx, first.group(1)):
            return  # "..., secondo quanto riferito da Rupert Cornwell, inviato a Washington": his apposition
        if _speaker_in(ctx, match.end(), who_end) is None and source is None \
                and not _names_a_person(ctx, match.end(), who_end) \
                and not _ends_in_pronoun(ctx, match):
            return  # "qui, selon les mesures sanitaires, devrait être fermé": no one speaks ("selon lui": he)
    elif ctx.speech.verb_second and not lead.endswith(",") \
            and (tail := _attribution_end(ctx, match.end(), who_end)) is not None:
        # in the middle field: "Immerhin ist Deutschland nach Angaben des Statistischen Bundesamts
        # größter EU-Exporteur": what follows the phrase is reported
        who_end, start, end = tail, skip_space(text, tail), sent_end
        source = source if source is not None and source.start < tail else None
        if len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS and _clause_around(ctx, sent_start, match, tail):
            start = sent_start  # "In der Schule bestünden laut der Politikerin große Lücken"
    elif ctx.speech.verb_second and not lead.endswith(",") and who_end < sent_end and text[who_end] == "," \
            and (opener := WORD_AT.match(text, who_end + 1) or NEXT_WORD_AT.match(text, who_end + 1)) is not None \
            and opener.group(1).lower() in ctx.speech.complementizers \
            and _names_source(ctx, match.end(), who_end):
        # "Die Auswertung zeigt laut Statistischem Bundesamt jedoch, dass die Exporte gestiegen sind":
        # the clause the complementizer opens is what the source says
        start, end = skip_space(text, opener.end(1)), sent_end
    elif ctx.speech.verb_second and not lead.endswith(",") \
            and (tail := _attribution_end(ctx, match.end(), who_end, rest_words=1)) is not None \
            and _clause_around(ctx, sent_start, match, tail):
        # "Die Lage ist laut dem Kanzler ernst": one word of the clause after the phrase
        who_end, start, end = tail, sent_start, sent_end
        source = source if source is not None and source.start < tail else None
    else:
        return
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    inner = _whole_quotation(ctx, start, end)
    direct = inner is not None
    if direct:  # "According to X, “...”", "« ... », selon X": the quotation is X's words
        start, end = inner
    elif len(WORD.findall(text, start, end)) < 3:
        return
    fragments: list[tuple[int, int]] = []
    if not direct and quote_between(ctx, start, end):
        fragments = _quoted_fragments(ctx, start, end) if start < match.start() else []
        if not fragments and not (start > match.start() and _clause_with_fragments(ctx, start, end)):
            return
    kind = "direct" if direct else "indirect"
    cue = Cue(match.start(), match.end(), CueRow(row.cue, "indirect", "according"))
    if source is not None and _person_after_source(ctx, source, who_end if start < match.start() else min(who_end, start)):
        source = None  # "Secondo il portavoce del Cremlino Dmitrij Peskov, ...": the person, not his office
    if source is not None and (acronym := _acronym_after(ctx, match.end(), who_end if start < match.start() else min(who_end, start))) \
            and acronym.entity_id != source.entity_id:
        source = None  # "Secondo l'Ufficio delle Nazioni Unite per gli Affari Umanitari (OCHA)": the office, not the UN
    if source is not None:
        # "Selon l'OMS, il est toxique", "Laut Washington Post hatte sie ...": a cited body or
        # outlet with no speaker of its own in the clause is the one asserting it
        if ctx.types.get(source.entity_id) not in SUBJECT_TYPES | {"MEDIA"} \
                or cue_between(ctx, start, end):
            return
        span = Span(source.start, source.end, source.text)
        speaker = Speaker(source.entity_id, source.text, span, "cited-source")
        emit(ctx, start, end, direct, cue, speaker, f"{kind}:according", 0.6, according=False)
        _emit_fragments(ctx, fragments, cue, speaker, according=False)
        return
    # the speaker phrase ends at the content after it, or at its own end when the content came first
    # ("Chávez è morto, secondo quanto comunicato dal ministro Nicolás Maduro.")
    who_limit = who_end if start < match.start() else min(who_end, start)
    m = _acronym_after(ctx, match.end(), who_limit) or (_near_mention(ctx, match.end(), who_limit) if ctx.speech.verb_second else mention_after(ctx, match.end(), who_limit)) \
        or _speaker_in(ctx, match.end(), who_limit)
    pronoun = _stressed_pronoun(ctx, match.end()) or _possessive_in(ctx, match)
    if m is not None:
        speaker = from_mention(ctx, m, "after")
    elif pronoun is not None:  # "Selon lui, ...", "According to him, ..."
        speaker = carried_pronoun(ctx, match.start(), pronoun)
        if speaker.entity_id is None:
            return
    else:
        phrase = phrase_after(ctx, match.end(), who_end)
        if phrase is None:
            return
        speaker = phrase_speaker(ctx, phrase)  # "Secondo il premier": the premier met before
        if not names_someone(ctx, phrase) and speaker.entity_id is None:
            # "según los primeros indicios", "secondo le prime ricostruzioni": no speaker ("selon le
            # naturopathe" after "Olivier Panisset, naturopathe" is him)
            return
    emit(ctx, start, end, direct, cue, speaker, f"{kind}:according", confidence(speaker, 0.7))
    _emit_fragments(ctx, fragments, cue, speaker)


#: Fewest words of a clause a source closing its sentence with no comma reports ("... selon lui.").
POSTPOSED_CLAUSE_WORDS = 5


def _closing_source(ctx: QuoteContext, pos: int, sent_end: int) -> bool:
    """After the attribution word, up to the sentence end: a stressed pronoun ("selon lui") or a phrase
    holding the name of a person, body or group and nothing after it ("selon le naturopathe Olivier
    Panisset", "secondo Bruxelles"), not a thing ("selon les règles", "selon le modèle Tesla 3" has a
    word after the name)."""
    if _stressed_pronoun(ctx, pos) is not None:
        rest = WORD.findall(ctx.text, pos, sent_end)
        return len(rest) == 1
    k = bisect_left(ctx.mention_starts, pos)
    last = None
    while k < len(ctx.mentions) and ctx.mentions[k].end <= sent_end:
        last = ctx.mentions[k]
        k += 1
    if last is None or ctx.types.get(last.entity_id) not in SUBJECT_TYPES:
        phrase = phrase_after(ctx, pos, sent_end)
        words = WORD.findall(phrase.text) if phrase is not None else []
        # "... peuvent aussi être des alliés selon le naturopathe." after "Olivier Panisset, naturopathe":
        # a definite description that names someone met before
        return 2 <= len(words) <= 3 and words[0].lower() in ctx.speech.definite \
            and not WORD.search(ctx.text, phrase.end, sent_end) and phrase_speaker(ctx, phrase).entity_id is not None
    return not WORD.search(ctx.text, last.end, sent_end) \
        and len(WORD.findall(ctx.text, pos, last.start)) <= POSTPOSED_SOURCE_WORDS


#: Most words between the attribution word and the name closing the sentence ("le naturopathe").
POSTPOSED_SOURCE_WORDS = 4


def _past_relative(ctx: QuoteContext, start: int, sent_end: int) -> int:
    """Where the clause after "Secondo X," starts: past a relative clause on X set in commas ("Secondo
    questa ong, che opera a livello globale, il diboscamento starebbe ...", "Selon X, qui dirige ..., la
    crise est grave"): what "secondo" reports is a main clause, never one a relative pronoun opens."""
    first = FIRST_WORD.match(ctx.text, start)
    if first is None or first.group(1).lower() not in ctx.speech.complementizers | ctx.speech.subject_relatives:
        return start
    comma = ctx.text.find(",", first.end(), sent_end)
    if comma == -1 or len(WORD.findall(ctx.text, comma, sent_end)) < MIN_CLAUSE_WORDS:
        return start
    return skip_space(ctx.text, comma + 1)


def _clause_with_fragments(ctx: QuoteContext, start: int, end: int) -> bool:
    """The clause after "secondo X," holds quoted words but is mostly the writer's own, with no verb of
    saying of its own: "Secondo Di Maio, la crisi è «gravissima» e serve un intervento" reports the whole
    clause, as "Di Maio ha detto che la crisi è «gravissima» e ..." does (the quoted words are a direct
    quote of their own, made by ``direct_quotes``)."""
    quoted = sum(min(end, q.close) - max(start, q.open) for q in ctx.quoted if q.open < end and q.close > start)
    return 2 * quoted < end - start and not cue_between(ctx, start, end)


def _clause_around(ctx: QuoteContext, sent_start: int, match: re.Match[str], tail: int) -> bool:
    """An attribution phrase naming a person stands right after the finite verb, with a clause
    before it ("In der Schule bestünden laut der Politikerin große Lücken"): the whole sentence is
    what the person says, not only the last words after the phrase. Not when a verb of saying
    in the sentence has a speaker of its own."""
    lead = ctx.text[sent_start:match.start()].rstrip()
    return len(WORD.findall(lead)) >= MIN_CLAUSE_WORDS and lead[-1:] not in CLOSING_MARKS \
        and not cue_between(ctx, sent_start, match.start()) \
        and _one_person_phrase(ctx, match.end(), tail)


def _one_person_phrase(ctx: QuoteContext, start: int, end: int) -> bool:
    """The words in [start, end) are one noun phrase naming a person: articles and lower-case
    adjectives, then capitalised words only, with a noun of office or a person linked among them
    ("der Forschungs-Politikerin", "Innenminister Alexander Dobrindt"); not a record or a body's
    figures ("nach Angaben des Ministeriums"), nor a phrase that ran on into the clause's subject
    ("laut libanesischen Angaben ein Mitglied einer Gruppe")."""
    words = WORD.findall(ctx.text, start, end)
    while words and words[0][0].islower():
        words = words[1:]
    if not words or any(w[0].islower() for w in words):
        return False
    i = bisect_left(ctx.mention_starts, start)
    linked = i < len(ctx.mentions) and ctx.mentions[i].start < end \
        and ctx.types.get(ctx.mentions[i].entity_id) == "PERSON"
    return linked or any(person_noun(ctx, w) for w in words)


def _quoted_fragments(ctx: QuoteContext, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations inside a clause that an attribution after it reports ("Les comptes se sont
    « très fortement dégradés » en 2022, « une proportion inédite », selon la Drees"), when the
    clause does not open with one and none of them has a verb of saying of its own; else none."""
    if ctx.text[start:start + 1] in "«“\"„‚‘‹":
        return []
    found = []
    i = bisect_left(ctx.quoted_starts, start)
    while i < len(ctx.quoted) and ctx.quoted[i].open < end:
        q = ctx.quoted[i]
        i += 1
        if q.close > end + 1 or any(x.direct and x.cue is not None and x.start < q.close and q.open < x.end
                                    for x in ctx.quotes):
            return []
        a, b = q.start, q.end
        while b > a and (ctx.text[b - 1].isspace() or ctx.text[b - 1] in ",;"):
            b -= 1
        while a < b and ctx.text[a].isspace():
            a += 1
        if WORD.search(ctx.text, a, b):
            found.append((a, b))
    return found


def _emit_fragments(ctx: QuoteContext, fragments: list[tuple[int, int]], cue: Cue, speaker: Speaker,
                    according: bool = True) -> None:
    """The quoted words inside reported content are the same speaker's, in place of what the
    quotation alone gave them (no verb of saying: the previous quote's speaker, or none)."""
    for a, b in fragments:
        ctx.quotes[:] = [x for x in ctx.quotes if not (x.direct and x.start == a and x.end == b)]
        emit(ctx, a, b, True, cue, speaker, "direct:according-fragment", confidence(speaker, 0.6), according=according)


#: Most words other than articles and nouns of office between an attribution word and its name
#: in a verb-second language ("laut einem Bericht der Zeitung X"; not "Nach Angaben von Vertretern
#: deutscher Nachrichtendienste hat Peking ...": the clause's own subject).
NEAR_NAME_WORDS = 2


def _near_mention(ctx: QuoteContext, pos: int, end: int) -> Mention | None:
    """The mention right after an attribution word, past a few words at most (``NEAR_NAME_WORDS``)."""
    named = mention_after(ctx, pos, end)
    if named is None:
        return None
    other = [w for w in WORD.findall(ctx.text, pos, named.start)
             if w.lower() not in ctx.speech.articles and not person_noun(ctx, w)]
    return named if len(other) <= NEAR_NAME_WORDS else None


def _past_apposed_name(ctx: QuoteContext, start: int, who_end: int, sent_end: int) -> int:
    """Where a role phrase after an attribution word ends when a name stands in apposition to it:
    "Selon le chef de la diplomatie russe, Sergueï Lavrov, l'Occident a échoué" (the content starts
    after the name's comma, and the name speaks). Else ``who_end`` itself."""
    text = ctx.text
    if who_end >= sent_end or text[who_end] != ",":
        return who_end
    role = _apposed_role_end(ctx, start, who_end, sent_end)
    if role is not None:  # "Secondo Mario Rossi, presidente della Coldiretti, i prezzi ...": past the role
        return role
    if not (_names_a_person(ctx, start, who_end) or _holds_role_noun(ctx, start, who_end)):
        return who_end
    k = bisect_left(ctx.mention_starts, who_end)
    if k >= len(ctx.mentions) or ctx.types.get(ctx.mentions[k].entity_id) != "PERSON":
        return who_end
    m = ctx.mentions[k]
    after = skip_space(text, m.end)
    if text[who_end + 1:m.start].strip() or after >= sent_end or text[after] != ",":
        return who_end
    return after


#: Most words of a role set in apposition after the name an attribution word governs.
APPOSED_ROLE_WORDS = 8


def _apposed_role_end(ctx: QuoteContext, start: int, who_end: int, sent_end: int) -> int | None:
    """The comma closing a role in apposition after the person an attribution word names: "Secondo
    Ed Lucas, pubblico ministero nel processo, Pearce ...", "Selon Jean Dupont, ministre de
    l'Intérieur, la ...". A noun of office within its first two words, no verb of saying, at most
    ``APPOSED_ROLE_WORDS`` words; None when the words after the name's comma are no such role."""
    text = ctx.text
    k = bisect_left(ctx.mention_starts, start)
    if k >= len(ctx.mentions) or ctx.types.get(ctx.mentions[k].entity_id) != "PERSON" \
            or ctx.mentions[k].end > who_end or text[ctx.mentions[k].end:who_end].strip():
        return None
    comma = text.find(",", who_end + 1, sent_end)
    words = WORD.findall(text, who_end + 1, comma) if comma != -1 else []
    if not words or len(words) > APPOSED_ROLE_WORDS or not words[0][0].islower() \
            or not any(person_noun(ctx, w) for w in words[:2]) or cue_between(ctx, who_end, comma) \
            or len(WORD.findall(text, comma, sent_end)) < MIN_CLAUSE_WORDS:
        return None
    return comma


#: Dashes that set off a parenthesis ("- secondo X -", "– selon X –").
DASHES = "-–—"
_DASH = re.compile(r"\s[-–—]\s|\s?[–—]\s?")
#: Most words between an attribution word in dashes and the closing dash.
DASHED_ATTRIBUTION_WORDS = 14


def _closing_dash(ctx: QuoteContext, pos: int, sent_end: int) -> re.Match[str] | None:
    """The dash closing an attribution set off by dashes, within ``DASHED_ATTRIBUTION_WORDS`` words,
    with a clause of at least ``MIN_CLAUSE_WORDS`` words after it."""
    closing = _DASH.search(ctx.text, pos, sent_end)
    if closing is None or len(WORD.findall(ctx.text, pos, closing.start())) > DASHED_ATTRIBUTION_WORDS \
            or len(WORD.findall(ctx.text, closing.end(), sent_end)) < MIN_CLAUSE_WORDS:
        return None
    return closing


def _past_final_name(ctx: QuoteContext, start: int, who_end: int, sent_end: int) -> int:
    """The end of the sentence when a person's name in apposition to the role phrase closes it:
    "La inflación bajará, según el ministro de Economía, Luis Caputo." Else ``who_end`` itself."""
    text = ctx.text
    if who_end >= sent_end or text[who_end] != "," or not _names_a_person(ctx, start, who_end):
        return who_end
    k = bisect_left(ctx.mention_starts, who_end)
    if k >= len(ctx.mentions) or ctx.types.get(ctx.mentions[k].entity_id) != "PERSON":
        return who_end
    m = ctx.mentions[k]
    if text[who_end + 1:m.start].strip() or text[m.end:sent_end].strip(" \t\n.!?…"):
        return who_end
    return sent_end


#: Most words of a noun phrase describing a source after its comma, at the end of the sentence.
SOURCE_APPOSITION_WORDS = 8
#: Fewest words before the attribution word for them to be the content (not "En 2022, selon l'Insee, ...").
SOURCE_LEAD_CLAUSE_WORDS = 5


def _content_lead(ctx: QuoteContext, lead: str) -> bool:
    """The words before the attribution word can be its content: long enough for a clause and not
    opened by a preposition ("Dans la nuit de lundi à mardi, selon la police, ..." sets the scene)."""
    words = WORD.findall(lead)
    return len(words) >= SOURCE_LEAD_CLAUSE_WORDS and words[0].lower() not in ctx.speech.prepositions


def _describes_source(ctx: QuoteContext, start: int, end: int) -> bool:
    """The rest of the sentence is a short noun phrase opened by an article, with no other comma and
    no verb of saying: an apposition to the source before it ("selon la Drees, le service statistique
    des ministères sociaux", "secondo l'Istat, l'istituto nazionale di statistica"), not a clause."""
    rest = ctx.text[start:end].strip().rstrip(".!?…")
    words = WORD.findall(rest)
    if not words or len(words) > SOURCE_APPOSITION_WORDS or "," in rest or any(c in rest for c in "«»“”\"„"):
        return False
    first = words[0].lower()
    if first not in ctx.speech.articles and first not in ctx.speech.definite \
            or any(w.lower() in ctx.speech.auxiliaries for w in words[1:]):
        return False  # "..., selon l'Insee, la croissance a atteint 2 %": a clause of its own
    return not cue_between(ctx, start, end)


def _holds_role_noun(ctx: QuoteContext, start: int, end: int) -> bool:
    """A noun of office or a spokesperson anywhere in the attribution phrase, in any case: "selon le
    porte-parole du Kremlin", "laut dem Sprecher des Kremls", "according to the Kremlin's spokesman",
    "secondo quanto riferito dal portavoce del Cremlino" (a name in apposition after it speaks)."""
    speech = ctx.speech
    return any(person_noun(ctx, w) or w.lower() in speech.spokes_nouns for w in WORD.findall(ctx.text, start, end))


def _whole_quotation(ctx: QuoteContext, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the one quotation that makes up [start, end) (marks and spaces aside), when no
    quote was taken from it yet; else None."""
    i = bisect_left(ctx.quoted_starts, start)
    if i >= len(ctx.quoted):
        return None
    q = ctx.quoted[i]
    if q.close > end + 1 or WORD.search(ctx.text, start, q.open) or WORD.search(ctx.text, q.close, end):
        return None
    inner_start, inner_end = skip_space(ctx.text, q.start), q.end
    while inner_end > inner_start and ctx.text[inner_end - 1].isspace():
        inner_end -= 1
    if len(WORD.findall(ctx.text, inner_start, inner_end)) < 2 \
            or any(x.start < inner_end and x.end > inner_start for x in ctx.quotes):
        return None
    return inner_start, inner_end


def _names_a_person(ctx: QuoteContext, start: int, end: int) -> bool:
    """The attribution phrase opens with a noun of office or role ("a parere del premier",
    "secondo il presidente del Consiglio"): someone the text met before speaks, not a record."""
    words = WORD.findall(ctx.text, start, end)[:OPINION_WORDS]
    while words and (words[0].lower() in ctx.speech.articles or words[0].lower() in ctx.speech.prepositions):
        words = words[1:]
    return bool(words) and words[0][0].islower() and person_noun(ctx, words[0])


def _stressed_pronoun(ctx: QuoteContext, pos: int) -> Span | None:
    """A pronoun right after an attribution word ("selon lui", "según él", "according to him")."""
    m = NEXT_WORD_AT.match(ctx.text, pos) or WORD_AT.match(ctx.text, pos)
    if m is None or m.group(1).lower() not in ctx.speech.stressed_pronouns:
        return None
    return Span(m.start(1), m.end(1), m.group(1))


def _ends_in_pronoun(ctx: QuoteContext, match: re.Match[str]) -> bool:
    """The attribution phrase ends in a stressed pronoun ("selon lui", "según él", "according to
    him"): the person spoken of last. Not a possessive inside it ("que, a su juicio, sean ..."),
    which in the middle of a sentence is its subject's."""
    if _stressed_pronoun(ctx, match.end()) is not None:
        return True
    words = WORD.findall(ctx.text, match.start(), match.end())
    return bool(words) and words[-1].lower() in ctx.speech.stressed_pronouns


def _possessive_in(ctx: QuoteContext, match: re.Match[str]) -> Span | None:
    """A possessive inside the attribution phrase itself ("en su opinión", "seiner Meinung nach"):
    the view is of whoever was spoken of last."""
    for w in WORD.finditer(ctx.text, match.start(), match.end()):
        if w.group().lower() in ctx.speech.stressed_pronouns:
            return Span(w.start(), w.end(), w.group())
    return None


def names_someone(ctx: QuoteContext, phrase: Span) -> bool:
    """A phrase after an attribution word that can stand for a source: a name (a capitalised word),
    a noun of office or role ("el dirigente"), unnamed people ("officials", ``people_noun``), a
    spokesperson, a body, a document or a record ("the poll", "federal data", ``record_noun``).
    Indications, reconstructions and hearsay ("los primeros indicios", "le ultime notizie", "se
    conoció ayer") name no one."""
    speech = ctx.speech
    for w in WORD.findall(phrase.text):
        low = w.lower()
        if w[0].isupper() or person_noun(ctx, w) or low in speech.spokes_nouns or low in speech.body_nouns \
                or low in speech.document_nouns or low in speech.people_nouns or low in speech.record_nouns:
            return True
    return False


def _according_after(ctx: QuoteContext, match: re.Match[str], source: CitedSource | None) -> None:
    """An attribution word after its speaker at the head of the sentence ("Merz zufolge ist die
    Lage ernst", ``according`` cues with position after): the rest of the sentence is reported."""
    text = ctx.text
    sent_start, sent_end = sentence_bounds(ctx.doc, match.start())
    if source is not None:
        span = Span(source.start, source.end, source.text)
        speaker = Speaker(source.entity_id, source.text, span, "cited-source")
    elif _pronoun_before(ctx, match.start(), sent_start) is not None:  # "Ihm zufolge ist die Lage ernst"
        pronoun = _pronoun_before(ctx, match.start(), sent_start)
        speaker = carried_pronoun(ctx, match.start(), pronoun)
        if speaker.entity_id is None:
            return
    else:
        k = bisect_left(ctx.mention_starts, match.start()) - 1
        if k < 0 or ctx.mentions[k].start < sent_start or WORD.search(text, ctx.mentions[k].end, match.start()) \
                or ctx.types.get(ctx.mentions[k].entity_id) not in SUBJECT_TYPES:
            return
        speaker = from_mention(ctx, ctx.mentions[k], "before")
    if speaker.span is None:
        return
    start = skip_space(text, match.end())
    if len(WORD.findall(text, sent_start, speaker.span.start)) > APPOSITIVE_HEAD_WORDS \
            or len(WORD.findall(text, start, sent_end)) < MIN_CLAUSE_WORDS:
        # the name opens the sentence ("Dem Bericht des Ministeriums zufolge" is too far), or a
        # person's name stands right after the finite verb: "Die Lage ist Merz zufolge ernst" (the
        # whole sentence is reported)
        lead = text[sent_start:speaker.span.start].rstrip()
        if source is not None or ctx.types.get(speaker.entity_id) != "PERSON" \
                or lead[-1:] in CLOSING_MARKS + DASHES + "," or cue_between(ctx, sent_start, sent_end) \
                or len(WORD.findall(lead)) < MIN_CLAUSE_WORDS:
            return
        start = sent_start
    if text.startswith(",", start):
        start = skip_space(text, start + 1)
    end = sent_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    if len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS or quote_between(ctx, start, end) \
            or cue_between(ctx, start, end):
        return
    cue = Cue(match.start(), match.end(), CueRow(match.group(), "indirect", "according"))
    emit(ctx, start, end, False, cue, speaker, "indirect:according", confidence(speaker, 0.7), according=False)


def _pronoun_before(ctx: QuoteContext, pos: int, sent_start: int) -> Span | None:
    """The stressed pronoun opening the sentence right before an attribution word ("Ihm zufolge")."""
    words = list(WORD.finditer(ctx.text, sent_start, pos))
    if len(words) != 1 or words[0].group().lower() not in ctx.speech.stressed_pronouns:
        return None
    return Span(words[0].start(), words[0].end(), words[0].group())


def _named_head(ctx: QuoteContext, pos: int, who_end: int, source: CitedSource | None) -> int | None:
    """Where the name after an attribution word ends when a verb follows it at once (verb-second:
    "Laut Merz ist die Lage ernst", "Laut „Washington Post“ hatte sie ...")."""
    named = _near_mention(ctx, pos, who_end)
    if named is not None:
        end = named.end
    elif source is not None:
        end = source.end
        while end < len(ctx.text) and ctx.text[end] in CLOSING_MARKS:
            end += 1
    else:
        return None
    if len(WORD.findall(ctx.text, end, who_end)) < MIN_CLAUSE_WORDS:
        return None  # "Laut Merz, ...": the comma comes first
    return end


#: Most words of a name written out before its acronym in brackets.
ACRONYM_NAME_WORDS = 10
#: A short bracket right after a name: its acronym or its party ("(OCHA)", "(AI)", "(PD)").
_NAME_BRACKET = re.compile(r"\s*\([^()\n,;]{1,30}\)")


def _bare_head(ctx: QuoteContext, pos: int, sent_end: int) -> int | None:
    """Where a short speaker after an attribution word ends when the clause follows with no comma
    ("Secondo l'associazione frasi simili non sono giustificabili", "Según la asociación ...",
    "Selon l'association ..."): articles, then a name, or a role or body noun (a name right after it
    belongs to it: "Secondo il ministro Lavrov la ..."). Not when a preposition, a conjunction or a
    verb-like word follows (the phrase goes on: "secondo il presidente della Regione"), nor with
    fewer than ``MIN_CLAUSE_WORDS`` words after it."""
    text, speech = ctx.text, ctx.speech
    words = list(WORD.finditer(text, pos, sent_end))
    k = 0
    while k < len(words) and k < 2 and words[k].group().lower() in speech.articles:
        k += 1
    if k >= len(words) or phrase_breaks(ctx, pos, words[k].start()):
        return None
    i = bisect_left(ctx.mention_starts, words[k].start())
    head = k
    while head + 1 < len(words) and words[head + 1].start() == words[head].end() + 1 \
            and text[words[head].end()] == "-":
        head += 1  # "le porte-parole": the compound is one noun, its last part its head
    word = words[head].group().lower()
    if i < len(ctx.mentions) and ctx.mentions[i].start == words[k].start() \
            and ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES:
        end = ctx.mentions[i].end
    elif (named := _name_with_acronym(ctx, words, k, sent_end)) is not None:
        end = named  # "Secondo l'Ufficio delle Nazioni Unite per gli Affari Umanitari (OCHA) si sono ..."
    elif words[head].group()[0].islower() and word not in speech.closed_words \
            and i < len(ctx.mentions) and ctx.mentions[i].start == skip_space(text, words[head].end()) \
            and ctx.types.get(ctx.mentions[i].entity_id) == "PERSON":
        end = ctx.mentions[i].end  # "Ad avviso del virologo Matteo Bassetti il ...": a describing noun, then the name
    elif person_noun(ctx, word) or word in speech.body_nouns or word in speech.spokes_nouns:
        k = head
        end = words[k].end()
        if i < len(ctx.mentions) and ctx.mentions[i].start == skip_space(text, end) \
                and ctx.types.get(ctx.mentions[i].entity_id) == "PERSON":
            end = ctx.mentions[i].end  # "il ministro Lavrov"
        else:
            end = _name_after_role_complement(ctx, words, k + 1, sent_end) or end
    else:
        return None
    bracket = _NAME_BRACKET.match(text, end, sent_end)
    if bracket is not None:  # "Secondo Amnesty International (AI) le condanne ...": the acronym goes with the name
        end = bracket.end()
    rest = [w for w in words if w.start() >= end]
    if len(rest) < MIN_CLAUSE_WORDS or phrase_breaks(ctx, end, rest[0].start()) or text[end:rest[0].start()].strip():
        return None
    first = rest[0].group().lower()
    if first in speech.prepositions or first in speech.conjunctions or first in speech.complementizers:
        return None
    if rest[0].group()[0].islower() and first not in speech.articles and first not in speech.closed_words \
            and phrase_breaks(ctx, rest[0].end(), rest[min(2, len(rest) - 1)].start()):
        return None  # "Secondo il leader democratico, il governo ...": an adjective of the phrase, then its comma
    return end


def _article_clause_after(ctx: QuoteContext, pos: int, m: Mention, sent_end: int) -> bool:
    """The person after an opinion word closes a short head (``_bare_head``) and an article opens
    the clause right after the name: "Per Antonio Tajani la trattativa è aperta" reports Tajani's
    view. A verb right after the name is no view of his ("Per Mario Draghi è stato un anno difficile")."""
    if _bare_head(ctx, pos, sent_end) != m.end:
        return False
    following = WORD.search(ctx.text, m.end, sent_end)
    return following is not None and following.group().lower() in ctx.speech.articles


def _acronym_after(ctx: QuoteContext, pos: int, limit: int) -> Mention | None:
    """The mention in the brackets that close the words from ``pos`` to ``limit`` (an attribution's
    name written out, then its acronym: see ``_name_with_acronym``)."""
    text = ctx.text
    end = len(text[:limit].rstrip())
    if not text.endswith(")", 0, end) or "(" not in text[pos:end]:
        return None
    opening = text.rfind("(", pos, end)
    i = bisect_left(ctx.mention_starts, opening)
    if i < len(ctx.mentions) and ctx.mentions[i].end <= end and ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES:
        return ctx.mentions[i]
    return None


def _name_with_acronym(ctx: QuoteContext, words: list[re.Match[str]], k: int, sent_end: int) -> int | None:
    """The end of a name the linker knows only by the acronym in brackets after it: words from a
    capitalised ``words[k]`` with no punctuation between, then "(OCHA)" holding a mention of someone
    who can speak ("l'Ufficio delle Nazioni Unite per gli Affari Umanitari (OCHA)", "l'Organisation
    mondiale de la santé (OMS)", "Amnesty International (AI)")."""
    text = ctx.text
    if not words[k].group()[0].isupper():
        return None
    j = k
    while j + 1 < len(words) and j - k < ACRONYM_NAME_WORDS:
        bracket = _NAME_BRACKET.match(text, words[j].end(), sent_end)
        if bracket is not None:
            i = bisect_left(ctx.mention_starts, words[j].end())
            if i < len(ctx.mentions) and ctx.mentions[i].end <= bracket.end() \
                    and ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES:
                return bracket.end()
            return None
        if text[words[j].end():words[j + 1].start()].strip(" '’-"):
            return None
        j += 1
    return None


def _name_after_role_complement(ctx: QuoteContext, words: list[re.Match[str]], k: int,
                                sent_end: int) -> int | None:
    """The end of the PERSON named right after a role noun and its complement, with no comma:
    "Secondo il portavoce del Cremlino Dmitri Peskov i colloqui ...", "Según el portavoz del
    Kremlin Dmitri Peskov las ..." (the person is the speaker; the clause starts after the name).
    The complement opens with a preposition and has at most ``ROLE_COMPLEMENT_WORDS`` words; a name
    followed by an auxiliary is the subject of the clause, not the role's holder."""
    if k >= len(words) or words[k].group().lower() not in ctx.speech.prepositions:
        return None
    i = bisect_left(ctx.mention_starts, words[k].end())
    while i < len(ctx.mentions) and ctx.mentions[i].start < sent_end:
        mention = ctx.mentions[i]
        if ctx.types.get(mention.entity_id) == "PERSON":
            between = WORD.findall(ctx.text, words[k].start(), mention.start)
            if len(between) > ROLE_COMPLEMENT_WORDS or phrase_breaks(ctx, words[k].start(), mention.start):
                return None
            after = WORD_AT.match(ctx.text, mention.end)
            if after is not None and after.group(1).lower() in ctx.speech.auxiliaries:
                return None  # "Secondo il portavoce della Casa Bianca Trump avrebbe firmato": the subject
            return mention.end
        i += 1
    return None


def _person_after_source(ctx: QuoteContext, source: CitedSource, limit: int) -> bool:
    """A PERSON named right after the cited body, a few words on, before ``limit``: the body is
    part of his title ("il portavoce del Cremlino Dmitrij Peskov")."""
    i = bisect_left(ctx.mention_starts, source.end)
    # "del Cremlino, Dmitri Peskov, ...": a name in apposition after a comma counts too
    return i < len(ctx.mentions) and ctx.mentions[i].end <= limit \
        and ctx.types.get(ctx.mentions[i].entity_id) == "PERSON" \
        and len(WORD.findall(ctx.text, source.end, ctx.mentions[i].start)) <= OPINION_WORDS \
        and not phrase_breaks(ctx, source.end, _before_apposition(ctx.text, source.end, ctx.mentions[i].start))


def _before_apposition(text: str, start: int, end: int) -> int:
    """Where the words before a name end: at the comma that sets the name in apposition
    ("the Kremlin's spokesman, Dmitry Peskov"), else at the name."""
    gap = text[start:end].rstrip()
    return start + len(gap) - 1 if gap.endswith(",") else end


def _attribution_end(ctx: QuoteContext, pos: int, limit: int, rest_words: int = MIN_CLAUSE_WORDS - 1) -> int | None:
    """Where the noun phrase after an attribution word ends in a language that capitalises nouns and
    puts the finite verb second ("Nach Angaben [der ukrainischen Luftwaffe] wurden", "laut [des
    zuständigen Oberstaatsanwalts Mario Mannweiler aus Koblenz] im Sommer"): articles and lower-case
    adjectives up to a capitalised noun, then more capitalised words, a genitive article or a
    conjunction opening the next noun, or a preposition before a name ("aus Koblenz"). The first
    other lower-case word ends it; it must come before ``limit`` (a comma: handled elsewhere) and
    leave ``rest_words`` words of the clause after it."""
    words = list(WORD.finditer(ctx.text, pos, limit))
    seen_noun, end = False, None
    for k, w in enumerate(words[:ACCORDING_WORDS]):
        word, low = w.group(), w.group().lower()
        if word[0].isupper():
            seen_noun, end = True, w.end()
            continue
        if not seen_noun:
            if low in ctx.speech.conjunctions or k and low in ctx.speech.prepositions:
                return None  # "des von der Hamas kontrollierten Ministeriums": a participle's phrase, unsure
            continue  # articles, adjectives, "von" opening the phrase
        if low in ctx.speech.articles or low in ctx.speech.conjunctions:
            seen_noun = False  # "des Statistischen Bundesamts", "von VG und VGH"
            continue
        i = bisect_left(ctx.mention_starts, words[k + 1].start()) if k + 1 < len(words) else len(ctx.mentions)
        if low in ctx.speech.prepositions and i < len(ctx.mentions) and ctx.mentions[i].start == words[k + 1].start():
            continue  # "aus Koblenz"
        if low in ctx.speech.prepositions and k + 1 < len(words) and words[k + 1].group()[0].isupper() \
                and _body_word(ctx, words[k - 1].group()):
            continue  # "der Landesanstalt für Weinbau", "des Bundesamts für Migration": the body's name
        if end is None or len(WORD.findall(ctx.text, w.start(), limit)) < rest_words \
                or phrase_breaks(ctx, pos, end) or not _names_source(ctx, pos, end):
            return None
        return end
    return None


def _body_word(ctx: QuoteContext, word: str) -> bool:
    """A noun naming a body, also closing a compound or with a genitive ending ("Landesanstalt",
    "Bundesamts"): a name of the form "<body> für <field>" goes on past its preposition."""
    nouns = ctx.speech.body_nouns
    return any(form in nouns or any(len(n) >= COMPOUND_HEAD and form.endswith(n) for n in nouns)
               for form in {word.lower(), word.lower().removesuffix("s"), word.lower().removesuffix("es")})


def _names_source(ctx: QuoteContext, start: int, end: int) -> bool:
    """The phrase after an attribution word names who speaks, in a language that capitalises every
    noun (a capital letter proves nothing there): a person, body or outlet linked in it, or a noun
    of office, a body noun, unnamed people or a spokesperson, also closing a compound and with a
    genitive ending ("des Oberstaatsanwalts", "der Polizei", "des Gesundheitsministeriums"); not
    a paper or a record ("laut dem internen Papier", "laut Umfragen")."""
    i = bisect_left(ctx.mention_starts, start)
    if i < len(ctx.mentions) and ctx.mentions[i].start < end \
            and ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES | {"MEDIA"}:
        return True
    if any(start <= src.start < end and ctx.types.get(src.entity_id) in SUBJECT_TYPES | {"MEDIA"}
           for src in ctx.doc.sources):
        return True  # "nach Angaben des Statistischen Bundesamts": a cited body, linked as a source
    speech = ctx.speech
    nouns = speech.body_nouns | speech.people_nouns | speech.spokes_nouns
    for w in WORD.findall(ctx.text, start, end):
        for form in {w.lower(), w.lower().removesuffix("s"), w.lower().removesuffix("es")}:
            if person_noun(ctx, form) or form in nouns \
                    or any(len(n) >= COMPOUND_HEAD and form.endswith(n) for n in nouns):
                return True
    return False


def _according_relative(ctx: QuoteContext, match: re.Match[str], start: int, sent_start: int,
                        sent_end: int) -> None:
    """ "..., il ministro Sergei Lavrov, secondo cui la situazione è grave": the speaker is the
    person or body named last before the cue in the sentence."""
    text = ctx.text
    start = skip_space(text, start)
    end = sent_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    i = bisect_left(ctx.mention_starts, match.start()) - 1
    while i >= 0 and ctx.mentions[i].start >= sent_start:
        m = ctx.mentions[i]
        if m.end <= match.start() and ctx.types.get(m.entity_id) in SUBJECT_TYPES:
            break
        i -= 1
    else:
        return
    if i < 0 or len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS or quote_between(ctx, start, end):
        return
    i = _head_of_modifier(ctx, i, sent_start)
    cue = Cue(match.start(), match.end(), CueRow(match.group(), "indirect", "according"))
    speaker = from_mention(ctx, ctx.mentions[i], "before")
    emit(ctx, start, end, False, cue, speaker, "indirect:according-relative", confidence(speaker, 0.7))


def _head_of_modifier(ctx: QuoteContext, i: int, sent_start: int) -> int:
    """A body after a preposition only describes the person named before it ("Silvia Noé, dell'UDC,
    secondo cui ...", "Maria Rossi, del Pd, secondo cui ..."): that person is the speaker."""
    m = ctx.mentions[i]
    before = WORD.findall(ctx.text, max(sent_start, m.start - 12), m.start)
    if ctx.types.get(m.entity_id) == "PERSON" or not before or before[-1].lower() not in ctx.speech.prepositions:
        return i
    j = i - 1
    while j >= 0 and ctx.mentions[j].start >= sent_start:
        if ctx.types.get(ctx.mentions[j].entity_id) == "PERSON":
            between = ctx.text[ctx.mentions[j].end:m.start]
            return j if between.strip().startswith(",") and len(WORD.findall(between)) <= 1 else i
        j -= 1
    return i


def _speaker_in(ctx: QuoteContext, start: int, end: int) -> Mention | None:
    """The person a longer attribution phrase names ("secondo le dichiarazioni del ministro della
    difesa russo Igor Konashenkov"), else its first organisation or group."""
    if len(WORD.findall(ctx.text, start, end)) > ACCORDING_WORDS:
        return None
    i = bisect_left(ctx.mention_starts, start)
    inside = []
    while i < len(ctx.mentions) and ctx.mentions[i].end <= end:
        if ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES:
            inside.append(ctx.mentions[i])
        i += 1
    people = [m for m in inside if ctx.types.get(m.entity_id) == "PERSON"]
    return people[-1] if people else (inside[0] if inside else None)


def opinion_quotes(ctx: QuoteContext) -> None:
    """A sentence opening with a view ascribed to a person (``opinion`` words in
    speech_cue_words.tsv): "Pour Javier López, directeur de campagne, les niveaux étaient
    alarmants", "Per il ministro Rossi, la crisi è finita". The content follows the first comma
    after the name."""
    if not ctx.speech.opinion:
        return
    text = ctx.text
    for s_start, s_end in ctx.doc.sentences:
        word = FIRST_WORD.match(text, s_start)
        if word is None or word.group(1).lower() not in ctx.speech.opinion:
            continue
        k = bisect_left(ctx.mention_starts, word.end())
        while k < len(ctx.mentions) and ctx.mentions[k].end <= s_end \
                and ctx.types.get(ctx.mentions[k].entity_id) != "PERSON" \
                and len(WORD.findall(text, word.end(), ctx.mentions[k].start)) < ACCORDING_WORDS:
            k += 1  # "Per il segretario della Lega Matteo Salvini": the party is no speaker
        if k >= len(ctx.mentions) or ctx.mentions[k].end > s_end \
                or ctx.types.get(ctx.mentions[k].entity_id) != "PERSON":
            continue
        m = ctx.mentions[k]
        # a role may lead the name: "Per il presidente della Repubblica Sergio Mattarella, ...",
        # "Pour le ministre russe des Affaires étrangères, Sergueï Lavrov, ..."
        role_led = _names_a_person(ctx, word.end(), m.start)
        if len(WORD.findall(text, word.end(), m.start)) > (ACCORDING_WORDS if role_led else OPINION_WORDS):
            continue
        comma = text.find(",", m.end, s_end)
        if comma == -1 or len(WORD.findall(text, m.start if role_led else word.end(), comma)) > PHRASE_WORDS:
            if not _article_clause_after(ctx, word.end(), m, s_end):
                continue
            comma = m.end - 1  # "Per il ministro Matteo Piantedosi l'accordo funziona": no comma
        start, end = skip_space(text, comma + 1), s_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        inner = _whole_quotation(ctx, start, end)  # "Pour Mario Rossi, « la crise est finie »."
        if inner is None and quote_between(ctx, start, end) and not cue_between(ctx, start, end):
            # "Per Giorgia Meloni il decreto è «un passo avanti»": the quoted words are the holder's
            _opinion_fragments(ctx, word, m, start, end)
            continue
        if inner is None and (len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS
                              or quote_between(ctx, start, end)) or cue_between(ctx, start, end):
            continue
        if inner is not None:
            start, end = inner
        kind = "direct" if inner is not None else "indirect"
        cue = Cue(word.start(1), word.end(1), CueRow(word.group(1), "indirect", "opinion"))
        speaker = from_mention(ctx, m, "after")
        emit(ctx, start, end, inner is not None, cue, speaker, f"{kind}:opinion", confidence(speaker, 0.6))


def _opinion_fragments(ctx: QuoteContext, word: re.Match[str], m: Mention, start: int, end: int) -> None:
    """Quotations inside a view ascribed by an opinion word ("Per Calenda il decreto è «un errore
    grave»", "Pour Emmanuel Macron, ce budget est « une provocation »") are the words of the person
    the view is ascribed to, as after "secondo"/"selon" (``direct:according``); the clause around them
    is the writer's paraphrase, not a report of its own. A title, a name in quotation marks or a term
    a marker announces ("la cosiddetta «riforma»") is no one's words; a quotation some rule already
    read keeps its reading."""
    text = ctx.text
    for q in ctx.quoted:
        if q.open < start or q.close > end + 1:
            continue
        a, b = skip_space(text, q.start), q.end
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
            b -= 1
        n_words = len(WORD.findall(text, a, b))
        if n_words == 0 or any(x.start < b and x.end > a for x in ctx.quotes) or term_marked(ctx, q) \
                or n_words <= TITLE_WORDS and is_title(text, a, b):
            continue
        cue = Cue(word.start(1), word.end(1), CueRow(word.group(1), "direct", "opinion"))
        speaker = from_mention(ctx, m, "after")
        emit(ctx, a, b, True, cue, speaker, "direct:opinion-fragment", confidence(speaker, 0.6))
