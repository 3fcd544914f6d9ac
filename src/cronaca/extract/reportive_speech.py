"""German reportive mood (Konjunktiv I, ``reportive`` in speech_cue_words.tsv): a sentence with no
verb of saying that goes on with someone's words ("Die Plattform habe es unterlassen, ..."), and the
quotations in it.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.back_reference import carry_over
from cronaca.extract.cue_subjects import first_subject
from cronaca.extract.direct_quotes import NO_CUE_MIN_WORDS, is_title
from cronaca.extract.locate import same_paragraph, sentence_index
from cronaca.extract.quote_context import QUOTE_MARKS, QuoteContext, WORD, quote_between
from cronaca.extract.quote_emit import emit, skip_space
from cronaca.extract.role_nouns import CARRY_SENTENCES
from cronaca.extract.speaker_record import Speaker, confidence, from_mention
from cronaca.tokens import tokens

#: Fewest words of a reportive sentence that goes on with the reported sentence right before it
#: ("Das aber vermisse man derzeit"); one opening a report needs ``NO_CUE_MIN_WORDS``.
SHORT_REPORT_WORDS = 3
#: Speaker rules that find the speaker in the reported speech just before.
CHAINED = ("previous-sentence", "reported-chain")
#: Most words of a verbless fragment a chain of reports walks over ("Auf Augenhöhe und in der
#: Absicht, in Verhandlungen nach Lösungen zu suchen.").
FRAGMENT_WORDS = 20


def reportive_quotes(ctx: QuoteContext) -> None:
    """A sentence in the reportive mood (German Konjunktiv I, ``reportive`` in
    speech_cue_words.tsv) with no cue and no quotation of its own goes on with someone's words:
    "Noch vor zwei Jahren sei die Angst stärker gewesen. Aber am Ende hätten sie es loswerden
    wollen, sagt der Anwalt." / "Der Rat hatte Tiktok Vorwürfe gemacht. Die Plattform habe es
    unterlassen, ...". The speaker is that of a quote opening the next sentence of the paragraph,
    else of the last quote of the previous sentence, else the subject of the previous sentence."""
    pattern = ctx.speech.reportive
    sentences = ctx.doc.sentences
    if pattern is None or not sentences:
        return
    text = ctx.text
    taken = sorted((q.start, q.end) for q in ctx.quotes)
    starts = [s for s, _ in taken]
    tok = tokens(text)
    forms = ctx.speech.reportive_words
    candidates = {sentence_index(ctx.doc, tok.starts[i]) for i, key in enumerate(tok.keys) if key in forms}
    by_subject = ctx.speech.reportive_by_subject
    if by_subject is not None:  # "Das aber vermisse man": an unlisted form, tried only around the subject
        at = tok.at()
        near = ctx.speech.reportive_subjects | ctx.speech.reportive_followers
        for i in (i for w in near for i in at.get(w, ())):
            hi = tok.starts[i + 2] if i + 2 < len(tok.starts) else len(text)
            if by_subject.search(text, tok.starts[max(0, i - 1)], hi):
                candidates.add(sentence_index(ctx.doc, tok.starts[i]))
    substitutes = ctx.speech.reportive_substitutes
    stand_ins = {sentence_index(ctx.doc, tok.starts[i]) for i, key in enumerate(tok.keys) if key in substitutes}
    for k in sorted(c for c in candidates | stand_ins if c is not None):
        if k not in candidates:
            _substitute_report(ctx, k)  # "Die Gewerkschaften würden nicht verlangen, dass ..."
            continue
        s_start, s_end = sentences[k]
        start, end = skip_space(text, s_start), s_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        frame = _colon_frame(ctx, start, end)
        if frame is not None:  # "Sie warnt vor Kürzungen: Die Länder seien sonst überfordert."
            start = frame
        comma = _clause_comma(ctx, start, end)  # the main clause: "..., er sei betrogen worden" is not reported
        n_words = len(WORD.findall(text, skip_space(text, s_start), end))  # a colon's frame counts in
        if n_words < SHORT_REPORT_WORDS or _first_person(ctx, start, end):
            continue
        opens_quote = any(q.open == start for q in ctx.quoted)  # "„Die Unterwäsche, alles“ habe man ..."
        if _own_cue(ctx, start, end) or ctx.in_quote(start) and not opens_quote:
            continue
        if opens_quote and not _reported_outside(ctx, start, end):
            continue  # „...“ alone, or with a verb of the writer's: the quotation's own words say nothing
        if quote_between(ctx, start, end) or any(c in text[start:end] for c in QUOTE_MARKS):
            if pattern.search(text, start, end):
                _reportive_quotations(ctx, k, start, end)  # "Die Jahre seien „intensiv“ gewesen."
                _clause_before_quotation(ctx, k, start, end)
            continue
        if not pattern.search(text, start, end if comma == -1 else comma) \
                and not _main_verb_after_clause(ctx, start, end):
            continue
        i = bisect_left(starts, end)
        if i and taken[i - 1][1] > start:
            continue  # already part of a quote
        speaker = _frame_speaker(ctx, s_start, frame) if frame is not None else None
        speaker = speaker or _reportive_speaker(ctx, k)
        if speaker is not None and n_words < NO_CUE_MIN_WORDS and not speaker.rule.endswith(CHAINED) \
                and not _after_speech_act(ctx, k) and not _pronoun_report(ctx, start, end):
            continue  # a short one ("Das aber vermisse man derzeit") only inside a chain of reports
        if speaker is not None:
            emit(ctx, start, end, False, None, speaker, "indirect:reportive", confidence(speaker, 0.6))


#: A colon and the space after it.
_COLON = re.compile(r":\s+")
#: Most words of a list item between a comma and the conjunction closing the list.
LIST_ITEM_WORDS = 2


def _clause_comma(ctx: QuoteContext, start: int, end: int) -> int:
    """The first comma in [start, end) that closes a clause, not one inside a list ("Auch mit Stift,
    Papier und Büchern werde noch gearbeitet": the comma before "Papier und" only separates two
    items); -1 when there is none."""
    text = ctx.text
    comma = text.find(",", start, end)
    while comma != -1:
        words = WORD.findall(text, comma + 1, min(end, comma + 60))
        if not any(w.lower() in ctx.speech.conjunctions for w in words[1:LIST_ITEM_WORDS + 1]):
            return comma
        comma = text.find(",", comma + 1, end)
    return -1


def _colon_frame(ctx: QuoteContext, start: int, end: int) -> int | None:
    """Where the reported words start after a narrating clause and a colon, the reportive mood only
    after it: "Sie warnt vor Kürzungen: Die Länder seien sonst überfordert", "Müller sieht das
    anders: Die Kosten seien zu hoch", "Sein Argument: Ohne neue Gleise gebe es keinen Takt"."""
    pattern = ctx.speech.reportive
    m = _COLON.search(ctx.text, start, end)
    if m is None or ctx.in_quote(m.start()) or not WORD.search(ctx.text, start, m.start()) \
            or pattern.search(ctx.text, start, m.start()) or not pattern.search(ctx.text, m.end(), end):
        return None
    return m.end()


def _frame_speaker(ctx: QuoteContext, start: int, colon: int) -> Speaker | None:
    """The subject of the clause before the colon (before any comma in it), when it names one
    ("Berger kritisierte den Minister: Er habe ..."); else the speaker is found as for any reportive sentence."""
    comma = ctx.text.find(",", start, colon)  # not in a clause after it: "Die Bedingung ist, dass EPI ...:"
    subject = first_subject(ctx, start, colon if comma == -1 else comma)
    return from_mention(ctx, subject, "colon-frame") if subject is not None else None


#: A comma, then the word after it: a finite verb there closes a clause fronted before it.
_AFTER_COMMA = re.compile(r",\s+(\w+)(?:\s+(\w+))?")


def _main_verb_after_clause(ctx: QuoteContext, start: int, end: int) -> bool:
    """A reportive form right after a comma is the main clause's finite verb in a verb-second
    language: a subordinate or relative clause filled the first position ("Sollte überhaupt eine
    Anpassung erfolgen, sei ein Zinsschritt wahrscheinlicher", "Mit dem Probelauf, an dem fünf
    Banken beteiligt waren, sei ein Schritt getan"), so the sentence is reported even though its
    first comma comes before the verb. Not the concessive "..., sei es X oder Y, ..." (a list),
    nor a subject between comma and verb ("..., er sei betrogen worden": a clause of its own)."""
    forms = ctx.speech.reportive_words
    for m in _AFTER_COMMA.finditer(ctx.text, start, end):
        if m.group(1).lower() in forms and (m.group(2) or "").lower() != "es":
            return True
    return False


#: Fewest words of a reported clause before a quotation that goes on with its own words after a comma.
CLAUSE_BEFORE_QUOTATION_WORDS = 4


def _reported_outside(ctx: QuoteContext, start: int, end: int) -> bool:
    """A reportive form stands outside quotation marks in [start, end): the sentence itself reports,
    not only the words quoted in it ("„Die Unterwäsche, alles“ habe man ihm ausgezogen")."""
    return any(not ctx.in_quote(m.start()) for m in ctx.speech.reportive.finditer(ctx.text, start, end))


def _clause_before_quotation(ctx: QuoteContext, k: int, start: int, end: int) -> None:
    """A reportive clause that a comma separates from the quotation after it is reported speech of its
    own, the quotation only finishing it: "Als Generalsekretär übernehme er die politische
    Verantwortung, „um Schaden von meiner Glaubwürdigkeit ... abzuwenden“" (the clause is indirect,
    the quotation direct). Its speaker is the quotation's; a short lead-in ("Problematisch sei „...“")
    and one running into the quotation with no comma are only the frame of the quotation."""
    text = ctx.text
    i = bisect_left(ctx.quoted_starts, start)
    if i >= len(ctx.quoted) or ctx.quoted[i].open >= end:
        return
    mark = ctx.quoted[i].open
    clause_end = mark
    while clause_end > start and text[clause_end - 1].isspace():
        clause_end -= 1
    if clause_end <= start or text[clause_end - 1] != ",":
        return
    clause_end -= 1
    if len(WORD.findall(text, start, clause_end)) < CLAUSE_BEFORE_QUOTATION_WORDS \
            or not _reported_outside(ctx, start, clause_end) or _first_person(ctx, start, clause_end) \
            or any(q.start < clause_end and q.end > start for q in ctx.quotes):
        return
    said = [q for q in ctx.quotes if q.direct and q.start >= mark and q.start < end and (q.speaker or q.speaker_text)]
    if not said:
        return
    q = said[0]
    speaker = Speaker(q.speaker, q.speaker_text, q.speaker_span, q.rule.rsplit("speaker:", 1)[-1])
    emit(ctx, start, clause_end, False, None, speaker, "indirect:reportive", confidence(speaker, 0.5))


def _after_speech_act(ctx: QuoteContext, k: int) -> bool:
    """The sentence before, in the same paragraph, has a verb of saying and no quotation: it narrates
    an act of speech whose words the reportive sentence then gives, however short ("Die
    Bürgermeisterin wies die Vorwürfe zurück. Sie habe sich nichts vorzuwerfen.")."""
    if k == 0 or not same_paragraph(ctx.doc, k - 1, k):
        return False
    p_start, p_end = ctx.doc.sentences[k - 1]
    return _own_cue(ctx, p_start, p_end) and not quote_between(ctx, p_start, p_end) \
        and not any(q.start < p_end and q.end > p_start for q in ctx.quotes)


def _pronoun_report(ctx: QuoteContext, start: int, end: int) -> bool:
    """A reportive form with a third-person pronoun as its subject right next to it ("Er habe sich
    nichts vorzuwerfen", "Einen Rücktritt lehne sie ab"): the sentence speaks of the one it reports,
    however short, as the indicative would say "Ich habe mir nichts vorzuwerfen"."""
    words = [w.lower() for w in WORD.findall(ctx.text, start, end)]
    forms, subjects = ctx.speech.reportive_words, ctx.speech.reportive_subjects
    return any(w in forms and (i and words[i - 1] in subjects or i + 1 < len(words) and words[i + 1] in subjects)
               for i, w in enumerate(words))


def _own_cue(ctx: QuoteContext, start: int, end: int) -> bool:
    """The sentence has a verb of saying of its own. A cue read only after a comma ("..., so Merz",
    tense ``postquote``) counts only there: "So lange es kühl bleibe, sei ..." opens with the
    adverb, not with an attribution."""
    j = bisect_left(ctx.cue_starts, start)
    while j < len(ctx.cues) and ctx.cues[j].start < end:
        cue = ctx.cues[j]
        j += 1
        if cue.row is not None and cue.row.tense == "postquote" \
                and not ctx.text[start:cue.start].rstrip().rstrip("“”\"»«‘’").endswith(","):
            continue
        return True
    return False


def _first_person(ctx: QuoteContext, start: int, end: int) -> bool:
    """The sentence speaks in the first person ("ich", ``not_reportive_subject``) outside quotation
    marks: reported speech shifts the speaker to the third person, so a reportive-looking form there
    is the indicative of the writer's own words ("Dann schweige ich kurz", "Ich habe")."""
    first = ctx.speech.not_reportive_subjects
    return bool(first) and any(w.lower() in first and not ctx.in_quote(m)
                               for m, w in ((w.start(), w.group()) for w in WORD.finditer(ctx.text, start, end)))


def recarry_after_reports(ctx: QuoteContext) -> bool:
    """A quotation with no verb of saying whose carry-over found no one when it was read may find
    its speaker now that the reportive sentences before it are reported speech ("Stattdessen wolle
    man, dass ... Auf Augenhöhe ... „In welcher Form wir teilnehmen, klären wir jetzt.“"): the
    reported sentences hold the speaker. True when one was found."""
    found = False
    for q in sorted(ctx.quotes, key=lambda x: x.start):
        if not q.direct or q.speaker is not None or q.speaker_text is not None \
                or not q.rule.endswith("carry-over:previous-quote:none"):
            continue
        sp = carry_over(ctx, q.start, rule="previous-quote")
        if sp.entity_id is None and sp.text is None:
            continue
        q.speaker, q.speaker_text, q.speaker_span = sp.entity_id, sp.text, sp.span
        q.rule = q.rule.rsplit("|speaker:", 1)[0] + f"|speaker:{sp.rule}+after-reports"
        q.confidence = confidence(sp, 0.4)
        found = True
    return found


def _substitute_report(ctx: QuoteContext, k: int) -> None:
    """A sentence whose only mark of reported speech is a stand-in form (``reportive_substitute``:
    the Konjunktiv II "würden", "hätten") goes on with someone's words only right after them: the
    previous sentence of the paragraph holds a quote, whose speaker it keeps, and it has no cue,
    quotation or comma-less subordinate opening of its own ("„...“, stellt Nora Back klar. Die
    Gewerkschaften würden nicht verlangen, dass ...")."""
    text = ctx.text
    s_start, s_end = ctx.doc.sentences[k]
    start, end = skip_space(text, s_start), s_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    if k == 0 or not same_paragraph(ctx.doc, k - 1, k) or len(WORD.findall(text, start, end)) < NO_CUE_MIN_WORDS:
        return
    j = bisect_left(ctx.cue_starts, start)
    if j < len(ctx.cues) and ctx.cues[j].start < end or ctx.in_quote(start):
        return
    if quote_between(ctx, start, end) or any(c in text[start:end] for c in QUOTE_MARKS):
        if not any(q.open == start for q in ctx.quoted):  # "Auch die Fraktionen hätten „mitgearbeitet“"
            _reportive_quotations(ctx, k, start, end)
        return
    if any(q.start < end and q.end > start for q in ctx.quotes):
        return
    prev = ctx.doc.sentences[k - 1]
    said = [q for q in ctx.quotes if q.start < prev[1] and q.end > prev[0] and q.speaker]
    if not said:
        return
    q = said[-1]
    speaker = Speaker(q.speaker, q.speaker_text, q.speaker_span, "previous-sentence")
    emit(ctx, start, end, False, None, speaker, "indirect:reportive", confidence(speaker, 0.5))


def _reportive_quotations(ctx: QuoteContext, k: int, start: int, end: int) -> None:
    """Quotations left without a speaker in a reportive sentence with no verb of saying are the
    words of whoever the passage reports: "Da schrieb Annalena Baerbock einen Brief. Die Jahre als
    Außenministerin seien „intensiv“ gewesen. ... Dafür habe sie einen „privaten Preis“ gezahlt."
    (the speaker of ``_reportive_speaker``, else the one carried over from the sentences before)."""
    text = ctx.text
    i = bisect_left(ctx.quoted_starts, start)
    speaker: Speaker | None = None
    while i < len(ctx.quoted) and ctx.quoted[i].open < end:
        q = ctx.quoted[i]
        i += 1
        a, b = q.start, q.end
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
            b -= 1
        if not WORD.search(text, a, b) or any(p.start < b and a < p.end for p in ctx.quotes) \
                or is_title(text, a, b):
            continue
        if speaker is None:
            speaker = _reportive_speaker(ctx, k) or carry_over(ctx, start, rule="reportive")
            if speaker.entity_id is None and speaker.text is None:
                return
        emit(ctx, a, b, True, None, speaker, "direct:reportive", confidence(speaker, 0.5))


def _reportive_speaker(ctx: QuoteContext, k: int) -> Speaker | None:
    sentences = ctx.doc.sentences
    if k + 1 < len(sentences) and same_paragraph(ctx.doc, k, k + 1):
        nxt = sentences[k + 1]
        for q in ctx.quotes:
            opens = nxt[0] <= q.start <= skip_space(ctx.text, nxt[0])
            if opens and (q.speaker or q.speaker_text):
                return Speaker(q.speaker, q.speaker_text, q.speaker_span, "next-sentence")
    if k == 0:
        return None
    if not same_paragraph(ctx.doc, k - 1, k):
        return _chain_speaker(ctx, k)
    prev = sentences[k - 1]
    said = [q for q in ctx.quotes if q.start < prev[1] and q.end > prev[0] and (q.speaker or q.speaker_text)]
    if said:
        q = said[-1]
        return Speaker(q.speaker, q.speaker_text, q.speaker_span, "previous-sentence")
    if _fragment(ctx, prev[0], prev[1]):
        return _chain_speaker(ctx, k)
    subject = first_subject(ctx, prev[0], prev[1])
    if subject is None:
        return _chain_speaker(ctx, k)
    return from_mention(ctx, subject, "previous-subject")


def _chain_speaker(ctx: QuoteContext, k: int) -> Speaker | None:
    """The reportive mood carries someone's words on across sentences and paragraphs until plain
    narration breaks in: walking back over sentences that are themselves reported (a reportive form,
    a quotation) reaches the last attributed quote ("Adebahr gibt zu bedenken, dass ... sei. Wer das
    mache, verkenne ... ¶ Wichtiger seien Exportkontrollen ..."). A sentence with neither ends the walk."""
    sentences = ctx.doc.sentences
    text = ctx.text
    forms = ctx.speech.reportive_words
    for i in range(k - 1, max(-1, k - 1 - CARRY_SENTENCES), -1):
        s_start, s_end = sentences[i]
        inside = [q for q in ctx.quotes if q.start < s_end and q.end > s_start]
        said = [q for q in inside if q.speaker or q.speaker_text]
        if said:
            q = said[-1]
            return Speaker(q.speaker, q.speaker_text, q.speaker_span, "reported-chain")
        reported = inside or any(c in text[s_start:s_end] for c in QUOTE_MARKS) \
            or any(w.lower() in forms for w in WORD.findall(text, s_start, s_end))
        if not reported and not _fragment(ctx, s_start, s_end):
            return _opening_subject(ctx, i, k)
    return None


def _opening_subject(ctx: QuoteContext, i: int, k: int) -> Speaker | None:
    """The subject of the narrating sentence ``i`` that opens a chain of reportive sentences of its
    paragraph ending at ``k`` ("Bundeskanzler Olaf Scholz wies die Vorwürfe zurück. Er habe sich nichts
    vorzuwerfen. Alle Entscheidungen seien abgestimmt gewesen."), as the sentence right after it takes
    it (``previous-subject``); none when a quotation stands in the chain or a paragraph breaks it."""
    if i + 1 >= k or not all(same_paragraph(ctx.doc, j, j + 1) for j in range(i, k)):
        return None
    s_start, s_end = ctx.doc.sentences[i]
    subject = first_subject(ctx, s_start, s_end)
    return from_mention(ctx, subject, "chain-subject") if subject is not None else None


def _fragment(ctx: QuoteContext, start: int, end: int) -> bool:
    """A short sentence opening with a preposition or a conjunction, naming no one, holding no verb
    of saying and no word that could be a finite verb (every lower-case word after the first is a
    function word or an infinitive after its marker "zu"), only adds to the one before ("Stattdessen wolle man einen Dialog. Auf Augenhöhe
    und in der Absicht, nach Lösungen zu suchen. Das aber vermisse man derzeit."): a chain of
    reports goes on across it."""
    words = WORD.findall(ctx.text, start, end)
    if not words or len(words) > FRAGMENT_WORDS or words[0].lower() not in ctx.speech.prepositions \
            and words[0].lower() not in ctx.speech.conjunctions:
        return False
    sp = ctx.speech
    function = sp.prepositions | sp.conjunctions | sp.articles | sp.definite | sp.determiners
    for prev, w in zip(words, words[1:]):
        if w[:1].islower() and w.lower() not in function and prev.lower() not in sp.infinitive_markers:
            return False  # "Am Abend kam es zu Protesten": a verb of its own
    j = bisect_left(ctx.cue_starts, start)
    if j < len(ctx.cues) and ctx.cues[j].start < end:
        return False
    m = bisect_left(ctx.mention_starts, start)
    return not (m < len(ctx.mentions) and ctx.mentions[m].start < end)
