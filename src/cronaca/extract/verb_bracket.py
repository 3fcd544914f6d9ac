"""The subject inside a verb bracket: "Zuvor hatte er in Berlin betont:", "Das hat die Ministerin
gesagt", "Am Montag hat Merz erklärt, dass ...".

In a verb-second language (``word_order`` verb-second in speech_cue_words.tsv) a compound tense puts
the finite auxiliary in second place and the participle of saying at the end of the clause; when
something other than the subject opens the clause (an adverb, a prepositional phrase, an object
pronoun "Das"), the subject stands right after the auxiliary, possibly far from the verb and past
an object or a quoted term. The auxiliaries are data (``auxiliary`` in speech_cue_words.tsv).
A clause opened by its own subject ("Merz hat am Montag gesagt") is left to the usual rules.

A passive bracket ("Es wurde betont, dass ...", "war kritisiert worden, dass ...", "wurde Deutschland
als „Wertediktatur“ bezeichnet"; ``passive`` in speech_cue_words.tsv) has no speaker unless an
agent is named ("wurde von Merz betont"): its report is nobody's and its quoted words are a term.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.back_reference import carried_pronoun
from cronaca.extract.cue_subjects import first_subject, governed
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.role_nouns import person_noun
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, from_mention
from cronaca.extract.speech import Cue

#: Farthest an auxiliary may stand before its participle (the middle field can be long:
#: "hatte er mit Blick auf damalige Medienberichte über die „D-Day“-Formulierung noch betont").
BRACKET_CHARS = 160
#: Most words of a subject noun phrase after the auxiliary ("die neue Ministerin").
SUBJECT_WORDS = 4
PASSIVE = Speaker(None, None, None, "passive")
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n()]")


def bracket_subject(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """The speaker standing right after the auxiliary that opens the verb bracket closed by ``cue``,
    or None when there is no bracket or the clause opens with its own subject."""
    speech = ctx.speech
    if not speech.verb_second or not speech.auxiliaries:
        return None
    text = ctx.text
    start = max(sent_start, cue.start - BRACKET_CHARS)
    words = [w for w in WORD.finditer(text, start, cue.start) if not ctx.in_quote(w.start())]
    aux_i = next((i for i in range(len(words) - 1, -1, -1) if words[i].group().lower() in speech.auxiliaries), None)
    if aux_i is None or aux_i == len(words) - 1:
        return None
    aux = words[aux_i]
    if _broken(ctx, aux.end(), cue.start):
        return None  # "..., weil er es hat, betonte": the auxiliary belongs to another clause
    after = WORD.match(text, cue.end + 1) if text[cue.end:cue.end + 1] == " " else None
    if aux.group().lower() in speech.passive or (after is not None and after.group().lower() in speech.passive):
        return _agent(ctx, words[aux_i + 1:], cue.start)
    clause_start = _clause_start(ctx, start, aux.start())
    front = [w for w in words if clause_start <= w.start() < aux.start()]
    if not _fronted_non_subject(ctx, front, clause_start, aux.start()):
        return None
    nxt = words[aux_i + 1]
    if nxt.group().lower() in speech.pronouns and nxt.start() - aux.end() <= 2:
        return carried_pronoun(ctx, cue.start, Span(nxt.start(), nxt.end(), nxt.group()))
    subject = first_subject(ctx, aux.end(), cue.start)
    if subject is not None and len(WORD.findall(text, aux.end(), subject.start)) <= 2 \
            and ctx.types.get(subject.entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, subject, "bracket")
    if nxt.group().lower() in speech.definite and nxt.group().lower() not in speech.oblique_articles:
        phrase = _noun_phrase(ctx, words[aux_i + 1:], cue.start)
        if phrase is not None:
            return phrase_speaker(ctx, phrase)
    return None


def _agent(ctx: QuoteContext, words: list[re.Match[str]], end: int) -> Speaker:
    """The agent of a passive verb of saying ("wurde von Merz betont"), else nobody."""
    for k, w in enumerate(words[:-1]):
        if w.group().lower() in ctx.speech.agent_prepositions:
            subject = first_subject(ctx, words[k + 1].start(), end, strict=False)
            if subject is not None and len(WORD.findall(ctx.text, w.end(), subject.start)) <= 2:
                return from_mention(ctx, subject, "agent")
    return PASSIVE


def _broken(ctx: QuoteContext, a: int, b: int) -> bool:
    """A clause boundary between ``a`` and ``b`` outside quotations."""
    return any(not ctx.in_quote(m.start()) for m in _CLAUSE_BREAK.finditer(ctx.text, a, b))


def _clause_start(ctx: QuoteContext, start: int, pos: int) -> int:
    cut = start
    for m in _CLAUSE_BREAK.finditer(ctx.text, start, pos):
        if not ctx.in_quote(m.start()):
            cut = m.end()
    return cut


def _fronted_non_subject(ctx: QuoteContext, front: list[re.Match[str]], clause_start: int, aux_start: int) -> bool:
    """The words before the auxiliary are no subject: none at all (the clause follows a quotation or
    a comma), a prepositional phrase ("In einem Interview"), an object ("Den Satz", "Das"), or one
    adverb ("Zuvor")."""
    speech = ctx.speech
    if not front:
        return True
    first = front[0].group().lower()
    if first in speech.prepositions or first in speech.oblique_articles:
        return True
    if first_subject(ctx, clause_start, aux_start, kinds=SUBJECT_TYPES) is not None:
        return False
    if any(w.group().lower() in speech.pronouns for w in front):
        return False
    return len(front) == 1 and not person_noun(ctx, front[0].group())


def _noun_phrase(ctx: QuoteContext, words: list[re.Match[str]], end: int) -> Span | None:
    """The article and the words after it up to a preposition, adverb or the verb: "die Ministerin",
    "der 48-Jährige" in "hat der 48-Jährige am Montag gesagt"."""
    speech = ctx.speech
    taken = [words[0]]
    for w in words[1:SUBJECT_WORDS + 1]:
        low = w.group().lower()
        if w.end() > end or low in speech.prepositions or low in speech.skippable or low in speech.pronouns:
            break
        taken.append(w)
        if w.group()[0].isupper():
            break  # a German noun heads the phrase
    if len(taken) < 2 or not taken[-1].group()[0].isupper():
        return None
    s, e = taken[0].start(), taken[-1].end()
    return Span(s, e, ctx.text[s:e])


def split_subject(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """The subject inside a split separable verb of saying (tense ``split``: "Am Dienstag kündigte
    Innenministerin Faeser in Berlin an, ..."): the first part stands second in the clause like an
    auxiliary, so after a fronted non-subject (or nothing, after a quotation) the subject follows it,
    inside the cue. None when the clause opens with its own subject ("Merz warf der Regierung vor")."""
    if cue.row.tense != "split" or not ctx.speech.verb_second:
        return None
    text = ctx.text
    first = WORD.match(text, cue.start)
    if first is None:
        return None
    clause_start = _clause_start(ctx, max(sent_start, cue.start - BRACKET_CHARS), cue.start)
    front = [w for w in WORD.finditer(text, clause_start, cue.start) if not ctx.in_quote(w.start())]
    if not _fronted_non_subject(ctx, front, clause_start, cue.start):
        return None
    words = list(WORD.finditer(text, first.end(), cue.end))
    if not words:
        return None
    nxt = words[0]
    if nxt.group().lower() in ctx.speech.pronouns and nxt.start() - first.end() <= 2:
        return carried_pronoun(ctx, cue.start, Span(nxt.start(), nxt.end(), nxt.group()))
    subject = first_subject(ctx, first.end(), cue.end)
    if subject is not None and len(WORD.findall(text, first.end(), subject.start)) <= 2 \
            and ctx.types.get(subject.entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, subject, "split")
    if nxt.group().lower() in ctx.speech.definite and nxt.group().lower() not in ctx.speech.oblique_articles:
        phrase = _noun_phrase(ctx, words, cue.end)
        if phrase is not None:
            return phrase_speaker(ctx, phrase)
    return None
