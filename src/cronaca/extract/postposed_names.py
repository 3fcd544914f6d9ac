"""A quotation followed by its attribution through a verb the lexicon does not list: "„...“, lästerte
Usyks Promoter Alexander Krassyuk", "„...“, vermutet Konrad Kleinfeld vom Vermögensverwalter ...",
"“...,” quipped Senator Smith", "«...», ironizzò Renzi", "“...,” Smith quipped.".

Every language of the project marks a quotation whose speaker follows it the same way: the quoted
sentence ends with a comma, a question or an exclamation mark (inside the marks or, in German and
the Romance languages, right after them), then comes a clause of a finite verb and its subject, with
nothing else. Its verb need not be listed (verbs of manner, "lästern", "quip", "ironizzare", are
endless), because the shape alone says the name after the quotation spoke it: a lower-case word,
at most ``TITLE_WORDS`` words of title, and a PERSON mention closing the clause (or opening a
complement: "Kleinfeld vom Vermögensverwalter"); or the PERSON mention right after the marks and one
lower-case word ending the clause ("“...,” Smith quipped."). Only a PERSON speaks so: "„...“ ist ein
Wortspiel" names no one.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.locate import sentence_bounds
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.quotemarks import QuotedSpan
from cronaca.extract.speaker_record import Speaker, from_mention

#: Most words of a title between the verb and the name ("Usyks Promoter", "Senator").
TITLE_WORDS = 4
#: Characters that close a quoted sentence the attribution continues.
_OPEN_END = ",?!…"
#: What may follow the name: the clause's end, or a complement opening with a preposition.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\n]|$)")
_VERB = re.compile(r"\s*,?\s*([^\W\d_]+)\b")


def postposed_speaker(ctx: QuoteContext, q: QuotedSpan) -> Speaker | None:
    """The PERSON named in a clause right after the quotation, when its shape attributes it (see
    the module docstring); None otherwise."""
    if not q.closed:
        return None
    text = ctx.text
    inner_end = text[q.start:q.end].rstrip()[-1:]
    comma_after = text[q.close:q.close + 2].lstrip(" ").startswith(",")
    if inner_end not in _OPEN_END and not comma_after:
        return None
    _, sent_end = sentence_bounds(ctx.doc, q.close)
    verb = _VERB.match(text, q.close)
    if verb is None:
        return None
    i = bisect_left(ctx.mention_starts, q.close)
    nxt = ctx.mentions[i] if i < len(ctx.mentions) else None
    if nxt is None or nxt.start >= sent_end or ctx.types.get(nxt.entity_id) != "PERSON":
        return None
    word = verb.group(1)
    if verb.start(1) == nxt.start:  # "“...,” Smith quipped."
        tail = re.match(r"\s+([^\W\d_]+)", text[nxt.end:])
        if tail is None or not tail.group(1)[0].islower() or not _ends_clause(ctx, nxt.end + tail.end()) \
                or _function_word(ctx, tail.group(1)):
            return None
        return from_mention(ctx, nxt, "after-unlisted")
    if not word[0].islower() or _function_word(ctx, word) and word.lower() not in ctx.speech.auxiliaries \
            or not text[q.close:verb.start(1)].strip(" ,\u00a0") == "":
        return None
    start = verb.end(1)
    if word.lower() in ctx.speech.auxiliaries:  # "« ... », a jubilé Marine Le Pen": the participle follows
        participle = re.match(r"\s+([^\W\d_]+)\b", text[start:])
        if participle is None or not participle.group(1)[0].islower():
            return None
        start += participle.end(1)
    between = WORD.findall(text, start, nxt.start)
    if len(between) > TITLE_WORDS or re.search(r"[,.;:!?()\n«»“”„\"]", text[start:nxt.start]):
        return None
    if any(w.lower() in ctx.speech.prepositions or w.lower() in ctx.speech.complementizers for w in between):
        return None  # "“...”, wrote a letter to Smith": the name is governed, not the subject
    after = text[nxt.end:nxt.end + 40]
    first = WORD.match(after.lstrip())
    if not (_ends_clause(ctx, nxt.end) or first is not None and first.group().lower() in ctx.speech.prepositions):
        return None
    return from_mention(ctx, nxt, "after-unlisted")


def _ends_clause(ctx: QuoteContext, pos: int) -> bool:
    return _CLAUSE_END.match(ctx.text, pos) is not None


def _function_word(ctx: QuoteContext, word: str) -> bool:
    """Articles, prepositions, conjunctions, pronouns, auxiliaries, complementizers: no verb of a
    postposed attribution ("„...“ und Merz", "«...» per Renzi")."""
    w = word.lower()
    speech = ctx.speech
    return w in speech.articles or w in speech.prepositions or w in speech.conjunctions \
        or w in speech.pronouns or w in speech.complementizers or w in speech.auxiliaries \
        or w in speech.skippable
