"""A reported clause right after a verb of saying without a complementizer: "said he would",
"says Hillary Clinton is lying", "told reporters he would", "Merz sagte, die Lage sei ernst"
(reportive mood), "betont, keine Werbung zu akzeptieren" (an infinitive clause).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.anaphoric_speech import MIN_CLAUSE_WORDS, anaphor_before
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.quote_context import CLOSING_MARKS, QUOTE_MARKS, QuoteContext, WORD, cue_between
from cronaca.extract.speech import Cue

NEXT_WORD_AT = re.compile(r"\s+(\w+)(?=\s)")
WORD_AT = re.compile(r"\s+(\w+)")
_COMMA = re.compile(r"\s*,\s*")
SPACES = re.compile(r"\s+")
#: What ends the clause an object belongs to.
_CLAUSE_END = re.compile(r"[,;:.!?()“”\"«»]")
FIRST_WORD = re.compile(r"\s*(\w+)")
#: Up to four words (an addressee, quotation marks and compounds allowed) and a comma.
ADDRESSEE_COMMA = re.compile(r"(?:\s+[\w„“”\"»«‚‘’-]+){1,4}?\s*,\s*")
#: A capitalised word (or an initialism with periods: "U.S.") and two more words opening a clause.
_NEXT_CAPITAL = re.compile(r"\s+(?=([A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'-]*)\s+[\w’'-]+\s+[“\"«]?\w)")


def _reportive_clause(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """A comma and a main clause right after the verb (and its subject): in the reportive mood,
    "Merz sagte, die Lage sei ernst", "Gestern erklärte Merz, man müsse handeln", or opening with
    a subject (``comma_opener``): "Dettling sagte, die Linken wollten ..."."""
    text = ctx.text
    pos = cue.end
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    if text[sent_start:cue.start].rstrip().endswith(",") and not _subject_with_apposition(ctx, sent_start, cue.start):
        return None  # "Das Ziel, sagt Balaous, müsse ...": a parenthetical verb (see ``_preposed``)
    k = bisect_left(ctx.mention_starts, pos)
    has_subject = bisect_left(ctx.mention_starts, sent_start) < k and ctx.mentions[k - 1].end <= cue.start
    if k < len(ctx.mentions) and not WORD.search(text, pos, ctx.mentions[k].start) \
            and ctx.mentions[k].start - pos <= 2 and not has_subject:
        pos = ctx.mentions[k].end  # the subject after the verb ("Gestern erklärte Merz, ...")
    else:
        word = NEXT_WORD_AT.match(text, pos) or re.compile(r"\s+(\w+)").match(text, pos)
        if word is not None and word.group(1).lower() in ctx.speech.pronouns:
            pos = word.end(1)
    m = _COMMA.match(text, pos)
    addressee = None
    if m is None:  # "sagte der „Bild“-Zeitung, er wolle ...": an addressee before the comma
        addressee = m = ADDRESSEE_COMMA.match(text, pos)
    if m is None:
        return None
    _, sent_end = sentence_bounds(ctx.doc, cue.start)
    stop = text.find(",", m.end(), sent_end)
    first = FIRST_WORD.match(text, m.end())
    if ctx.speech.reportive.search(text, m.end(), sent_end if stop == -1 else stop) is None \
            and (addressee is not None or first is None or first.group(1).lower() not in ctx.speech.comma_openers) \
            and not _infinitive_clause(ctx, m.end(), sent_end if stop == -1 else stop):
        return None  # "Merz sagte, als er ankam, ...": a subordinate clause, not the report
    return m


def _subject_with_apposition(ctx: QuoteContext, sent_start: int, pos: int) -> bool:
    """The sentence opens with a name followed by a comma: the commas before the verb enclose an
    apposition or a relative clause of the subject ("Mario Rossi, der die Delegation leitete,
    erklärte, ..."), not a parenthetical verb."""
    k = bisect_left(ctx.mention_starts, sent_start)
    if k >= len(ctx.mentions) or ctx.mentions[k].end > pos:
        return False
    m = ctx.mentions[k]
    if not WORD.search(ctx.text, sent_start, m.start) and ctx.text[m.end:pos].lstrip().startswith(","):
        return True
    return name_apposition(ctx, sent_start, ctx.text.rfind(",", sent_start, pos))


#: Most words of a name standing in commas after its subject's noun ("der Sprecher, Maximilian Kall,").
APPOSITION_WORDS = 5


def name_apposition(ctx: QuoteContext, sent_start: int, comma: int) -> bool:
    """The words between the two commas before the verb are only a name: the apposition of a subject
    opening the sentence ("Der Sprecher des Ministeriums, Maximilian Kall, sagte, ...", "Il portavoce
    del Cremlino, Dmitrij Peskov, ha detto che ..."), not a parenthetical verb after a clause."""
    if comma == -1:
        return False
    previous = ctx.text.rfind(",", sent_start, comma)
    if previous == -1 or not WORD.search(ctx.text, sent_start, previous):
        return False
    if len(WORD.findall(ctx.text, previous, comma)) > APPOSITION_WORDS:
        return False
    k = bisect_left(ctx.mention_starts, comma) - 1  # the name ends the apposition ("Maximilian Kall")
    return k >= 0 and ctx.mentions[k].start > previous and ctx.text[ctx.mentions[k].end:comma].strip() == ""


def _infinitive_clause(ctx: QuoteContext, start: int, end: int) -> bool:
    """A clause ending in an infinitive after its marker reports what was said or promised:
    "betont, keine bezahlte politische Werbung zu akzeptieren", "versprechen daraufhin, das Zitat
    prüfen zu lassen" (``infinitive_marker``); not a purpose clause ("um ... zu helfen",
    ``infinitive_blocker``)."""
    words = [w.lower() for w in WORD.findall(ctx.text, start, end)]
    if len(words) < MIN_CLAUSE_WORDS or words[0] in ctx.speech.infinitive_blockers:
        return False
    return words[-2] in ctx.speech.infinitive_markers


def bare_clause(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """A reported clause right after the verb, without complementizer: "said he would",
    "says Hillary Clinton is lying" (a name counts when the verb already has its subject)."""
    if ctx.speech.reportive is not None:
        m = _reportive_clause(ctx, cue)
        if m is not None:
            return m
    if ctx.speech.opener is None:
        return None
    if ctx.text[cue.start:cue.end].lower() in ctx.speech.object_verbs:
        # "told reporters he would": the clause after the addressee
        m = ctx.speech.addressed.match(ctx.text, cue.end) if ctx.speech.addressed else None
        _, sent_end = sentence_bounds(ctx.doc, cue.start)
        if m is not None and len(WORD.findall(ctx.text, m.end(), sent_end)) >= MIN_CLAUSE_WORDS:
            return m  # not "told me this week."
        far = ctx.speech.addressed_far.match(ctx.text, cue.end) if ctx.speech.addressed_far else None
        if far is not None and far.end() < sent_end:
            return far  # "told a meeting of Pacific Island leaders that few people ..."
        k = bisect_left(ctx.mention_starts, cue.end)
        if k < len(ctx.mentions) and ctx.mentions[k].end < sent_end \
                and len(WORD.findall(ctx.text, cue.end, ctx.mentions[k].start)) <= 1:
            # "told the Associated Press he would": a named addressee, then the clause
            m = ctx.speech.opener.match(ctx.text, ctx.mentions[k].end)
            if m is not None and len(WORD.findall(ctx.text, m.end(), sent_end)) >= MIN_CLAUSE_WORDS:
                return m
        first = WORD_AT.match(ctx.text, cue.end)
        if first is not None and first.group(1)[:1].islower() and first.group(1).lower() not in ctx.speech.articles:
            m = _subject_and_finite(ctx, cue, first.end())  # "told media 339 passengers were rescued"
            if m is not None:
                return m
        return None  # "told a private news channel as he ...": an addressee, no clause
    pos = cue.end
    day = NEXT_WORD_AT.match(ctx.text, pos)
    if day is not None and day.group(1).lower() in ctx.calendar_words:
        pos = day.end()  # "said Monday the United States hopes"
    adverb = NEXT_WORD_AT.match(ctx.text, pos)
    if adverb is not None and adverb.group(1).lower() in ctx.speech.skippable:
        marker = NEXT_WORD_AT.match(ctx.text, adverb.end())
        if marker is not None and marker.group(1).lower() in ctx.speech.infinitive_markers:
            pos = adverb.end()  # "afferma inoltre di votare", "dijo además de ...": an adverb, then the infinitive
    m = ctx.speech.opener.match(ctx.text, pos)
    if m is not None:
        sent_start, _ = sentence_bounds(ctx.doc, cue.start)
        if ctx.text[sent_start:cue.start].rstrip(" ,\u00a0").endswith(tuple(CLOSING_MARKS)):
            return None  # "“...,” said the resort's general manager": the quotation is what was said
        if _noun_object(ctx, cue, m.end()):
            return None  # "announced the activation of ...": an object, no clause
        return m
    if ctx.speech.addressee_infinitive is not None:
        m = ctx.speech.addressee_infinitive.match(ctx.text, pos)
        _, sent_end = sentence_bounds(ctx.doc, cue.start)
        if m is not None and m.end() < sent_end and _plain_addressee(ctx, cue.end, m.end()):
            return m  # "ha detto al premier Matteo Renzi di svegliarsi": the addressee, then the report
    if ctx.text[cue.start:cue.end].lower() in ctx.speech.clause_verbs:
        m = _any_clause(ctx, cue, pos)
        if m is not None:
            return m
    m = _subject_and_finite(ctx, cue, pos)
    if m is not None:  # "has confirmed diplomatic efforts are under way", "suggest Europe can't afford"
        return m
    m = _NEXT_CAPITAL.match(ctx.text, pos)
    if m is None or m.group(1).lower() in ctx.calendar_words:
        return None
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    before = ctx.text[sent_start:past_object_clitics(ctx, sent_start, cue.start)].rstrip()
    if not WORD.search(before) or before.endswith((",", *CLOSING_MARKS)) or anaphor_before(ctx, cue, sent_start):
        # "said Trump", "Lo ha detto Lavrov": the name is the subject, not a clause; so after an object
        # clitic: "«...», lui a répondu Marine Le Pen", "“...”, le dijo Sánchez", "«...», gli ha detto Meloni"
        return None
    return m


def past_object_clitics(ctx: QuoteContext, start: int, pos: int) -> int:
    """Where the words before a verb of saying end once the object clitics and auxiliaries right before
    it are passed over ("«...», lui a répondu": the quotation's comma ends them)."""
    words = list(WORD.finditer(ctx.text, start, pos))
    end, clitic = pos, False
    objects = ctx.speech.clitics | ctx.speech.inverted_clitics
    while words and (words[-1].group().lower() in objects or words[-1].group().lower() in ctx.speech.auxiliaries):
        clitic = clitic or words[-1].group().lower() in objects
        end = words.pop().start()
    if not clitic or ctx.text[max(0, end - 8):end].rstrip(" ,\u00a0\t")[-1:] not in tuple(CLOSING_MARKS) \
            and any(w.group().lower() in ctx.speech.inverted_clitics for w in WORD.finditer(ctx.text, end, pos)):
        return pos  # (auxiliaries alone: "..., have concluded Epstein died" is no inversion; "nous" only after a quotation)
    return end


#: Most words of the subject of a clause reported with no complementizer before its finite verb.
FINITE_SUBJECT_WORDS = 4


def _noun_object(ctx: QuoteContext, cue: Cue, pos: int) -> bool:
    """An article and a noun naming an act or event (``act_noun``) followed by a preposition or the
    end of the clause, with no finite verb (``clause_finite``) and no complementizer in the rest of
    the clause, are the verb's object, not the subject of a reported clause: "announced the
    activation of the National Guard", "claimed the killing of two soldiers", "concluded a summit
    with ..." (but "announced the deployment would end": a clause). Other nouns are left alone: a
    noun object naming what was said ("noted the rule", "acknowledged the reality of") is content
    in PARC-style attribution. Verbs that take a clause after any word (``clause_verb``: "said the
    ...") are left alone."""
    text, speech = ctx.text, ctx.speech
    if text[cue.start:cue.end].lower() in speech.clause_verbs:
        return False
    words = list(WORD.finditer(text, pos, sentence_bounds(ctx.doc, cue.start)[1]))
    if len(words) < 2 or words[0].group().lower() not in speech.articles:
        return False
    noun = words[1]
    if noun.group().lower() not in speech.act_nouns:
        return False
    follows = words[2].group().lower() if len(words) > 2 else None
    gap = text[noun.end():words[2].start()] if len(words) > 2 else ""
    if follows is not None and follows not in speech.prepositions and not _CLAUSE_END.search(gap):
        return False  # "announced the troops will ...": the noun may be a subject
    clause_end = _CLAUSE_END.search(text, noun.end())
    for w in words[2:]:
        if clause_end is not None and w.start() >= clause_end.start():
            break
        low = w.group().lower()
        if low in speech.clause_finites or low in speech.complementizers:
            return False
    return True


def _subject_and_finite(ctx: QuoteContext, cue: Cue, pos: int) -> re.Match[str] | None:
    """A short subject and a finite verb (``clause_finite`` in speech_cue_words.tsv) right after the
    verb of saying open a reported clause: "confirmed diplomatic efforts are under way", "told media
    339 passengers were rescued". The subject opens with no preposition, adverb, day or whole
    answer, holds no comma or quotation, and the verb of saying has its own subject before it."""
    if not ctx.speech.clause_finites:
        return None
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    before = ctx.text[sent_start:cue.start].rstrip()
    if not WORD.search(before) or before.endswith(tuple(CLOSING_MARKS)) \
            or before.endswith(",") and not _closes_aside(ctx, sent_start, before):
        return None  # "..., said Smith": the subject follows
    words = list(WORD.finditer(ctx.text, pos, sent_end))[:FINITE_SUBJECT_WORDS + 1]
    if not words:
        return None
    first = words[0].group().lower()
    if first in ctx.speech.prepositions or first in ctx.speech.skippable or first in ctx.calendar_words \
            or first in ctx.speech.not_clause or first in ctx.speech.clause_finites \
            or first in ctx.speech.complementizers:
        return None
    for k, w in enumerate(words[1:], start=1):
        low = w.group().lower()
        if low in ctx.speech.clause_finites:
            gap = ctx.text[pos:w.start()]
            rest = len(WORD.findall(ctx.text, w.end(), sent_end))  # "told media 339 passengers were rescued"
            if any(c in gap for c in ",;:“”\"«»()") or rest < 1 or k + 1 + rest < MIN_CLAUSE_WORDS + 1:
                return None
            return SPACES.match(ctx.text, pos)
        if low in ctx.speech.complementizers or low in ctx.speech.not_clause:
            return None
    return None


def _closes_aside(ctx: QuoteContext, sent_start: int, before: str) -> bool:
    """The comma right before the verb of saying closes an aside set off after its subject, not a
    clause reported before it: "Dodik's lawyer, Anto Nobilo, said Dodik does not ...", "U.S. Central
    Command, which oversees ..., said al-Rufay'i was killed" (a subject and a finite verb must then
    follow the verb, so "The talks failed, said Smith" stays a preposed report). The words before
    the first comma hold no verb of saying and no quotation, and there are two commas."""
    body = before[:-1]
    first = body.find(",")
    if first == -1 or any(c in before for c in QUOTE_MARKS):
        return False
    return not cue_between(ctx, sent_start, sent_start + first)


def _plain_addressee(ctx: QuoteContext, start: int, end: int) -> bool:
    """The words after the addressee's preposition are one noun phrase: no article opening a second
    one ("ricorda al mondo l'urgenza di agire": the urgency is the object) and no word opening a
    purpose clause ("denuncia ai carabinieri per tentare di", ``infinitive_blocker``)."""
    words = [w.lower() for w in WORD.findall(ctx.text, start, end)][1:-1]
    return not any(w in ctx.speech.articles or w in ctx.speech.infinitive_blockers for w in words[1:])


def _any_clause(ctx: QuoteContext, cue: Cue, pos: int) -> re.Match[str] | None:
    """After a verb that is followed by a clause or nothing ("said", ``clause_verb`` in
    speech_cue_words.tsv), any lower-case word opens the clause ("says hackers are taking aim",
    "said parents still want"), unless it is a preposition, an adverb, a day or month, or a word
    that is a whole answer ("said nothing", "said so"), and the verb has its subject before it."""
    m = WORD_AT.match(ctx.text, pos)
    if m is None or not m.group(1)[:1].islower():
        return None
    word = m.group(1).lower()
    if word in ctx.speech.prepositions or word in ctx.speech.skippable or word in ctx.calendar_words \
            or word in ctx.speech.not_clause:
        return None
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    before = ctx.text[sent_start:cue.start].rstrip()
    if not WORD.search(before) or before.endswith((",", *CLOSING_MARKS)):
        return None  # "..., said Smith": the subject follows
    if len(WORD.findall(ctx.text, pos, sent_end)) < MIN_CLAUSE_WORDS + 1:
        return None
    return SPACES.match(ctx.text, pos)
