"""Which verb of saying a quotation belongs to: right after it ("“...”, ha affermato"), the nearest
one before it with no other quotation in between ("Putin said: “...”"), else any in its sentence.
Also when the splitter cut "“...?” he asks" into two sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.anaphoric_speech import anaphor_before
from cronaca.extract.locate import sentence_bounds, sentence_index
from cronaca.extract.quote_context import PHRASE_BREAK, QuoteContext, WORD, quote_between
from cronaca.extract.quotemarks import QuotedSpan
from cronaca.extract.reported_speech import CLAUSE_BREAK
from cronaca.extract.speech import AFTER_QUOTE, Cue

#: Most characters between a quote and a cue that follows it ("“...,” the influential US daily wrote").
RIGHT_GAP = 60
#: Most words between the start of a sentence and its verb for that sentence to attribute the
#: quotation just before it ("“...?” Vitter demanded.").
AFTER_NAME_WORDS = 4
#: Most characters between a short quote and the cue before it.
SHORT_LEFT_GAP = 45
_CONTINUED_BREAK = re.compile(r"[;:!?“”«»„\"‹›\n]")
_COLON_GAP = re.compile(r"[^.!?\n]{0,40}:\s*")
_NEXT_CHAR = re.compile(r"\s*(\S)")


def cue_for(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> tuple[Cue | None, str]:
    text = ctx.text
    cues = ctx.cues
    i = bisect_left(ctx.cue_starts, q.close)
    # 1. right after the quote; when the sentence goes on after it ("“...,” Rep. Moore (D-Wis.)
    #    said", "“...?” he asks") the cue may sit past a sentence split or an abbreviation
    if i < len(cues):
        cue = cues[i]
        gap = text[q.close:cue.start]
        ended = gap.strip() == "." or not gap.strip() and text[q.start:q.end].rstrip().endswith((".", "!", "?"))
        if cue.row.tense == "postquote" and ended and _opens_next_sentence(ctx, q, cue):
            return cue, "after"  # "«...». Così il ministro degli Esteri Antonio Tajani."
        if cue.row.tense == "postquote" and gap.strip() == ":" and _names_after_colon(ctx, q, cue):
            return cue, "after"  # "«Abbiamo fatto il nostro dovere»: così il ministro Matteo Piantedosi."
        blockers = _CONTINUED_BREAK if _continues(text, q) else CLAUSE_BREAK
        anaphoric = cue.start in ctx.anaphoric and _split_after(ctx, q, cue)  # "«...». Lo ha detto X"
        if cue.start - q.close <= RIGHT_GAP and (not blockers.search(gap) or anaphoric) and cue.row.kind != "indirect" \
                and (cue.start < region[1] or _split_after(ctx, q, cue)
                     or text[q.start:q.end].rstrip().endswith(",") and _abbreviated(ctx, gap)):
            allowed = (",",) if cue.row.tense == "postcomma" else ("", ",")
            if cue.row.tense not in AFTER_QUOTE or gap.strip() in allowed:
                return cue, "after"
    # 2. nearest before it, with no other quotation in between
    j = bisect_left(ctx.cue_starts, q.open) - 1
    if j >= 0:
        cue = cues[j]
        if cue.end <= q.open and cue.start >= region[0] and cue.row.tense not in AFTER_QUOTE \
                and not quote_between(ctx, cue.end, q.open):
            gap = text[cue.end:q.open]
            near = q.open - cue.end <= SHORT_LEFT_GAP and not PHRASE_BREAK.search(gap)
            if near or ":" in gap or _in_content_of(ctx, q.open, cue):
                return cue, "before"
            return cue, "sentence"
        # "The New York Times reports:" closing the previous paragraph (not a word that is a cue only
        # after a quotation: "un œil critique sur ses méthodes : « ... »")
        if cue.end <= q.open and not quote_between(ctx, cue.end, q.open) and cue.row.tense not in AFTER_QUOTE \
                and _COLON_GAP.fullmatch(text, cue.end, q.open):
            return cue, "colon"
    # 3. any cue of the sentence
    for cue in cues[max(0, j):]:
        if cue.start >= region[1]:
            break
        if region[0] <= cue.start and cue.row.tense not in AFTER_QUOTE:
            return cue, "sentence"
    return None, ""


def _abbreviated(ctx: QuoteContext, gap: str) -> bool:
    """Every period in ``gap`` ends an abbreviation or an initial, so no sentence ends there:
    "“...,” Rep. Elijah E. Cummings (D-Md.) said", not "“...,” reported Reuters. Another said"."""
    for m in re.finditer(r"(\w+)\.(?!\))", gap):
        if len(m.group(1)) > 1 and m.group(1).lower() not in ctx.abbreviations:
            return False
    return True


def _split_after(ctx: QuoteContext, q: QuotedSpan, cue: Cue) -> bool:
    """The cue's sentence starts right after the closing mark: the splitter cut "“...?” he asks"."""
    i = sentence_index(ctx.doc, cue.start)
    if i is None:
        return False
    start = ctx.doc.sentences[i][0]
    gap = ctx.text[q.close:start].strip(" ,\u00a0\t")
    if gap and not (gap == "." and anaphor_before(ctx, cue, start)):  # "«...». Lo ha detto Lavrov"
        return False
    if ctx.text[start:start + 1].islower():
        return True
    # "“...?” Vitter demanded.": a name (or a pronoun) and the verb open the next sentence, after
    # a quotation that is a sentence of its own
    here = sentence_index(ctx.doc, q.open)
    if here is None or ctx.text[ctx.doc.sentences[here][0]:q.open].strip():
        return False
    if cue.row.tense == "cleft" and not WORD.search(ctx.text, start, cue.start):
        return True  # "«...». A dirlo è Guido Crosetto": the cleft opens the sentence and names the speaker
    words = WORD.findall(ctx.text, start, cue.start)
    k = bisect_left(ctx.mention_starts, start)
    named = k < len(ctx.mentions) and ctx.mentions[k].start == start and ctx.mentions[k].end <= cue.start
    return 0 < len(words) <= AFTER_NAME_WORDS and (named or words[0].lower() in ctx.speech.pronouns
                                                   or words[0].lower() in ctx.speech.anaphors)


def _opens_next_sentence(ctx: QuoteContext, q: QuotedSpan, cue: Cue) -> bool:
    """A word that attributes the quotation before it without a verb ("così", ``postquote`` in
    speech_verbs.tsv) opens the sentence after a quotation that is a sentence of its own: "«Non
    faremo un passo indietro». Così il ministro degli Esteri Antonio Tajani a margine del vertice"."""
    i, here = sentence_index(ctx.doc, cue.start), sentence_index(ctx.doc, q.open)
    if i is None or here is None or ctx.doc.sentences[i][0] != cue.start:
        return False
    after = WORD.search(ctx.text, cue.end, ctx.doc.sentences[i][1])
    if after is None or not (after.group()[0].isupper() or after.group().lower() in ctx.speech.definite):
        return False  # "Così facendo, ...": an adverb, not an attribution
    return not ctx.text[ctx.doc.sentences[here][0]:q.open].strip()


def _names_after_colon(ctx: QuoteContext, q: QuotedSpan, cue: Cue) -> bool:
    """The quotation opens its sentence and the word after the cue is a name or an article, as after
    ``_opens_next_sentence``, with a colon for the full stop: "«...»: così il ministro Piantedosi"."""
    here = sentence_index(ctx.doc, q.open)
    if here is None or ctx.text[ctx.doc.sentences[here][0]:q.open].strip():
        return False
    after = WORD.search(ctx.text, cue.end, sentence_bounds(ctx.doc, cue.start)[1])
    return after is not None and (after.group()[0].isupper() or after.group().lower() in ctx.speech.definite)


def _continues(text: str, q: QuotedSpan) -> bool:
    """The sentence goes on after the closing mark: the quotation ends with a comma, a comma
    follows it, or the next word starts in lower case."""
    inner = text[q.start:q.end].rstrip()
    m = _NEXT_CHAR.match(text, q.close)
    return inner.endswith(",") or (m is not None and (m.group(1) == "," or m.group(1).islower()))


def _in_content_of(ctx: QuoteContext, pos: int, cue: Cue) -> bool:
    return any(c is cue and s <= pos <= e for s, e, c in ctx.contents)
