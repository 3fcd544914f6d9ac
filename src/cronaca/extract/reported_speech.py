"""Indirect speech: the reported content of each verb of saying, after it (a complementizer or a
bare clause: ``clause_openers``) or before it ("The talks failed, a senior official said."), cut at
the next verb or cited source; then one indirect Quote per content.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.anaphoric_speech import anaphor_before, previous_statement
from cronaca.extract.clause_openers import ADDRESSEE_COMMA, SPACES, bare_clause, name_apposition
from cronaca.extract.cue_subjects import PHRASE_WORDS
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.long_asides import past_adverb_aside, past_long_aside
from cronaca.extract.object_infinitives import object_infinitive_start
from cronaca.extract.quote_context import CLOSING_MARKS, QUOTE_MARKS, QuoteContext, WORD, quote_between
from cronaca.extract.quote_emit import emit, skip_space
from cronaca.extract.role_nouns import person_noun
from cronaca.extract.speaker_record import SUBJECT_TYPES, confidence
from cronaca.extract.speakers import speaker_of
from cronaca.extract.speech import AFTER_QUOTE, Cue

#: Most words after a verb whose reported content came before it (", sources said on Friday.").
PREPOSED_TAIL_WORDS = 8
#: Most words of that tail when it holds only the speaker and adjuncts (``_speaker_and_adjuncts``).
PREPOSED_LONG_TAIL = 18
#: "Lors de la conférence de presse": a scene-setting phrase before the comma is this short.
SCENE_WORDS = 8
#: Most words of a subordinate clause of comparison holding the verb after the content (", wie
#: Bundeskanzler Friedrich Merz am Montag in Berlin sagte", ", come ha spiegato il ministro ...").
AS_CLAUSE_WORDS = 12
#: How many commas back a new subject may stand before the next verb of saying ("X, Salvini (Lega), invece, ha detto").
SUBJECT_COMMAS = 3
#: Fewest words of a clause reported after a colon without quotation marks.
MIN_COLON_WORDS = 4
#: Most words of a title before the name after an attribution word ("so Bundeskanzler Friedrich Merz").
TITLE_WORDS = 2
_COLON = re.compile(r"\s*:\s*")
CLAUSE_BREAK = re.compile(r"[.;:!?“”«»„\"‹›()\n]")
_HARD_BREAK = re.compile(r"[.;:!?()\n]")
WORD_AT_START = re.compile(r"(\w+)(?=\s)")
#: Words after the speaker's comma that make a verb before them parenthetical ("X, ha detto, ...").
PARENTHETICAL_REST_WORDS = 3


def find_reported_contents(ctx: QuoteContext) -> None:
    comp = ctx.speech.complementizer
    if comp is None:
        return
    text = ctx.text
    for i, cue in enumerate(ctx.cues):
        if any(m.start() < cue.start < m.end() and row.kind != "as_per" for m, row in ctx.source_cues):
            # "según informó el Servicio Meteorológico": an attribution, see ``according_speech``;
            # "Come riferisce l'ANSA, ..." is a clause of comparison holding a verb of saying
            # (``_as_opening``): the outlet asserts the clause, or the body it names does
            continue
        if cue.row.tense == "postquote" and ctx.speech.reportive is not None:
            _reportive_preposed(ctx, cue)  # "Die Lage sei ernst, so Merz."
            continue
        if cue.row.kind != "direct" and cue.row.tense not in AFTER_QUOTE and _after_attribution_word(ctx, cue) \
                and ctx.text[cue.start:cue.end].lower() not in ctx.speech.impersonal:  # ", so heißt es,": no one
            # "Die Gespräche, so sagte er, seien gut verlaufen": the verb is set in the sentence it reports
            sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
            preposed = _preposed(ctx, cue, sent_start, sent_end, rest_words=1)
            if preposed is not None:
                start, end, comma = preposed
                ctx.contents.append((start, end, cue))
                ctx.content_rules[start] = "preposed" if end <= comma else "parenthetical"
                ctx.preposed[cue.start] = comma
            continue
        if cue.row.tense not in AFTER_QUOTE and _object_infinitive(ctx, i, cue):
            continue  # "ha invitato i partiti a votare ...", also after a verb that only quotes ("accusato")
        if cue.row.kind == "direct" or cue.row.tense in AFTER_QUOTE:
            continue
        if cue.row.tense == "cleft":  # "A parlare è una madre che ...": no clause follows its subject
            sent_start, _ = sentence_bounds(ctx.doc, cue.start)
            if anaphor_before(ctx, cue, sent_start):  # "I conti non tornano. A sostenerlo è Landini."
                ctx.anaphoric.add(cue.start)
                previous = previous_statement(ctx, sent_start)
                if previous is not None:
                    ctx.contents.append((previous[0], previous[1], cue))
                    ctx.content_rules[previous[0]] = "anaphoric"
            continue
        m = comp.match(text, cue.end)
        if m is not None and _object_before_relative(ctx, cue.end, m.end()) \
                and not _inverted_subject(ctx, cue, m.end()):
            m = None
        if m is None:
            m = _after_inverted_subject(ctx, cue)  # "Explicó el ministro José Manuel Albares que ..."
        if m is None:
            m = past_long_aside(ctx, cue) or past_adverb_aside(ctx, cue)  # "aseguró en declaraciones a la Cadena SER que"
        rule = "complementizer"
        if m is None and cue.row.tense == "predicative":  # "si è detto soddisfatto dei risultati"
            m, rule = SPACES.match(text, cue.end), "predicative"
        if (not m or CLAUSE_BREAK.search(text, cue.end, m.end())) and cue.row.tense not in ("gerund", "predicative"):
            m = bare_clause(ctx, cue)
            rule = "bare"
        sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
        # an addressee may hold a quoted name: "sagte der „Bild“-Zeitung, er wolle"
        breaks = _HARD_BREAK if m is not None and m.re is ADDRESSEE_COMMA else CLAUSE_BREAK
        if not m or breaks.search(text, cue.end, m.end()):
            colon = _COLON.match(text, cue.end)
            after_quote = text[max(0, cue.start - 3):cue.start].rstrip(" ,\u00a0")[-1:] in CLOSING_MARKS
            if colon is not None and cue.row.tense != "predicative" and text[colon.end():colon.end() + 1] \
                    and text[colon.end()] not in QUOTE_MARKS and not ctx.in_quote(cue.start) \
                    and not after_quote:  # "Une « ruée » écrit-il : c'est ...": the verb attributes the quotation
                # "ha avvertito: se l'Iran accresce ..., risponderemo": words reported without marks
                start = colon.end()
                if "\n" in text[cue.end:start]:  # "ha dichiarato:\n<the words, set apart>": the next paragraph
                    sent_end = _paragraph_end(text, start)
                    if not _ends_a_sentence(text, start, sent_end):
                        continue  # "ha scritto su Twitter:\nDichiarazioni post gara": a heading follows
                end = _content_end(ctx, i, start, sent_end)
                if len(WORD.findall(text, start, end)) >= MIN_COLON_WORDS and not quote_between(ctx, start, end):
                    ctx.contents.append((start, end, cue))
                    ctx.content_rules[start] = "colon"
                    ctx.following.add(cue.start)
                continue
            opening = _as_opening(ctx, i, sent_start, sent_end)
            if opening is not None:  # "Come ha spiegato Rossi, la crisi è finita"
                ctx.contents.append((opening[0], opening[1], cue))
                ctx.content_rules[opening[0]] = "as-opening"
                ctx.preposed[cue.start] = sent_start - 1
                continue
            anaphoric = anaphor_before(ctx, cue, sent_start)
            preposed = None if anaphoric else _preposed(ctx, cue, sent_start, sent_end)
            if preposed is not None:
                start, end, comma = preposed
                ctx.contents.append((start, end, cue))
                ctx.content_rules[start] = "preposed" if end <= comma else "parenthetical"
                ctx.preposed[cue.start] = comma
            elif anaphoric:  # "Questo, almeno, è quanto sostiene X, ...": not a clause around the verb
                ctx.anaphoric.add(cue.start)
                previous = previous_statement(ctx, sent_start)
                if previous is not None:  # "La Russia non cederà. Lo ha detto Lavrov."
                    ctx.contents.append((previous[0], previous[1], cue))
                    ctx.content_rules[previous[0]] = "anaphoric"
            continue
        start = skip_space(text, m.end())
        if rule == "bare" and m.re in (ctx.speech.opener, ctx.speech.addressee_infinitive):
            start = _after_infinitive_marker(ctx, start)  # not "eingeräumt, zu schnell ... zu haben"
        if rule == "bare":
            start = _after_complementizer(ctx, start)  # "sagte der „Bild“-Zeitung, dass er ...": the clause after it
        if rule == "predicative" and (colon := text.find(":", start, sent_end)) != -1 \
                and len(WORD.findall(text, start, colon)) <= PREDICATIVE_COLON_WORDS \
                and text[skip_space(text, colon + 1):][:1] not in QUOTE_MARKS:
            start = colon  # "zeigte sich optimistisch: Die Bahn werde ...": the words after the colon
        if text.startswith((":", ","), start):  # "dichiara che: «...»", "afirma que, tras una reunión, ..."
            if text.startswith(":", start) and "\n" in text[start:skip_space(text, start + 1)]:
                sent_end = _paragraph_end(text, skip_space(text, start + 1))  # "ha dichiarato che:\n<block>"
                if not _ends_a_sentence(text, start, sent_end):
                    continue
            start = skip_space(text, start + 1)
        end = _content_end(ctx, i, start, sent_end)
        if end - start < 3 or not WORD.search(text, start, end):
            continue
        ctx.contents.append((start, end, cue))
        ctx.content_rules[start] = rule
        ctx.following.add(cue.start)


#: Most words between a predicative verb and a colon that opens its reported words ("zeigte sich
#: sehr optimistisch: ...").
PREDICATIVE_COLON_WORDS = 3


def _object_infinitive(ctx: QuoteContext, i: int, cue: Cue) -> bool:
    """Report the infinitive clause after a verb of asking and its object (``object_infinitives``)."""
    _, sent_end = sentence_bounds(ctx.doc, cue.start)
    start = object_infinitive_start(ctx, cue, sent_end)
    if start is None:
        return False
    end = _content_end(ctx, i, start, sent_end)
    if end - start < 3 or not WORD.search(ctx.text, start, end):
        return False
    ctx.contents.append((start, end, cue))
    ctx.content_rules[start] = "object-infinitive"
    ctx.following.add(cue.start)
    return True


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph that starts at ``start`` (a block of words set apart after a colon)."""
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _ends_a_sentence(text: str, start: int, end: int) -> bool:
    """The paragraph [start, end) ends like a sentence (a heading or a title does not)."""
    return text[start:end].rstrip()[-1:] in (".", "!", "?", "…", *CLOSING_MARKS)


def _after_complementizer(ctx: QuoteContext, start: int) -> int:
    """A clause found past an addressee may still open with the complementizer ("sagte der
    „Bild“-Zeitung, dass er ..."): the report is the clause after it, as with a complementizer."""
    first = WORD_AT_START.match(ctx.text, start)
    if first is None or first.group(1).lower() not in ctx.speech.complementizers:
        return start
    return skip_space(ctx.text, first.end())


def _after_infinitive_marker(ctx: QuoteContext, start: int) -> int:
    """The report of "ha detto di trovarsi in disaccordo" is the infinitive clause: the marker
    ("di", ``infinitive_marker``) only links it to the verb, like a complementizer."""
    first = WORD_AT_START.match(ctx.text, start)
    if first is None or first.group(1).lower() not in ctx.speech.infinitive_markers:
        return start
    return skip_space(ctx.text, first.end())


def _as_opening(ctx: QuoteContext, cue_index: int, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """A sentence opening with a clause of comparison that holds the verb reports the main clause
    after its comma: "Come ha spiegato Rossi, la crisi è finita", "Wie Merz sagte, ist die Lage
    ernst", "Comme l'a rappelé le ministre, ...", "As he said, ..." (``as_word``)."""
    text = ctx.text
    cue = ctx.cues[cue_index]
    lead = WORD.findall(text, sent_start, cue.start)
    if not lead or lead[0].lower() not in ctx.speech.as_words or len(lead) > AS_CLAUSE_WORDS \
            or any(c in text[sent_start:cue.start] for c in ",;:") \
            or any(c in text[sent_start:sent_end] for c in QUOTE_MARKS):
        return None
    comma = text.find(",", cue.end, sent_end)
    if comma == -1 or len(WORD.findall(text, cue.end, comma)) > PHRASE_WORDS:
        return None
    start = skip_space(text, comma + 1)
    end = _content_end(ctx, cue_index, start, sent_end)
    if len(WORD.findall(text, start, end)) < 3:
        return None
    return start, end


def _reportive_preposed(ctx: QuoteContext, cue: Cue) -> None:
    """A cue that otherwise only follows a quotation ("so Merz") reports a clause before it in the
    reportive mood: "Die Lage sei ernst, so Merz." Inserted mid-sentence between commas and naming
    its speaker, it reports the whole sentence around it, as a parenthetical verb does: "Die
    Regierung werde, so Hebestreit am Mittwoch, alles tun" (not "werde, so heißt es, ...": no one)."""
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    # "Die Ukraine werde, so Merz, weiter unterstützt": after "so X," one word finishes the sentence
    preposed = _preposed(ctx, cue, sent_start, sent_end, rest_words=1)
    if preposed is None:
        return
    start, end, comma = preposed
    parenthetical = end > comma
    if parenthetical and not _attribution_adverb(ctx, cue, named=True) and not _verb_and_subject(ctx, cue):
        return
    if ctx.speech.reportive.search(ctx.text, start, end) is None and not _attribution_adverb(ctx, cue) \
            and not _substitute_form(ctx, start, end):
        return
    ctx.contents.append((start, end, cue))
    ctx.content_rules[start] = "parenthetical" if parenthetical else "preposed"
    ctx.preposed[cue.start] = comma


def _after_attribution_word(ctx: QuoteContext, cue: Cue) -> bool:
    """The verb follows an attribution word right after a comma ("..., so sagte er, ...", ``attribution_adverb``):
    it is inserted in the sentence whose words it reports, never followed by them."""
    words = ctx.text[max(0, cue.start - 12):cue.start].rstrip().rsplit(None, 1)
    if len(words) != 2 or words[1].lower() not in ctx.speech.attribution_adverbs:
        return False
    return words[0].rstrip().endswith(",")


def _verb_and_subject(ctx: QuoteContext, cue: Cue) -> bool:
    """A verb that otherwise only follows a quotation ("fand", "meinte") set between commas with its
    subject right after it, an article, a pronoun or a name: "Immerhin, fand der 31-Jährige, habe man
    eine gute Show geboten" (the clause around it must be in the reportive mood)."""
    if ctx.text[cue.start:cue.end].lower() in ctx.speech.attribution_adverbs \
            or not ctx.text[:cue.start].rstrip().endswith(","):
        return False
    first = WORD.match(ctx.text, skip_space(ctx.text, cue.end))
    if first is None:
        return False
    word = first.group().lower()
    k = bisect_left(ctx.mention_starts, first.start())
    return word in ctx.speech.articles or word in ctx.speech.pronouns \
        or k < len(ctx.mentions) and ctx.mentions[k].start == first.start()


def _substitute_form(ctx: QuoteContext, start: int, end: int) -> bool:
    """A form standing in for the reportive mood (``reportive_substitute``, the Konjunktiv II where the
    Konjunktiv I looks like the indicative): "Nur durch Wettbewerb könnten die Ziele erreicht werden,
    glaubt Stenger"."""
    forms = ctx.speech.reportive_substitutes
    return bool(forms) and any(w.lower() in forms for w in WORD.findall(ctx.text, start, end))


def _attribution_adverb(ctx: QuoteContext, cue: Cue, named: bool = False) -> bool:
    """ "Die Lage ist ernst, so der Experte.": an attribution word right after a comma and before a
    name or an article attributes the clause before it, whatever its mood. ``named``: an article
    counts only before a noun of office or a spokesman ("so der Kanzler", not "so die Hoffnung")."""
    if ctx.text[cue.start:cue.end].lower() not in ctx.speech.attribution_adverbs \
            or not ctx.text[:cue.start].rstrip().endswith(","):
        return False
    k = bisect_left(ctx.mention_starts, cue.end)
    if k < len(ctx.mentions):
        title = WORD.findall(ctx.text, cue.end, ctx.mentions[k].start)
        if len(title) <= TITLE_WORDS and all(w[:1].isupper() for w in title) \
                and not CLAUSE_BREAK.search(ctx.text, cue.end, ctx.mentions[k].start):
            return True  # "so Merz", "so Bundeskanzler Friedrich Merz" (not "so dass Merz")
    first = WORD_AT_START.match(ctx.text, skip_space(ctx.text, cue.end))
    if first is None or first.group(1).lower() not in ctx.speech.articles:
        return False
    noun = WORD.match(ctx.text, skip_space(ctx.text, first.end()))
    return not named or noun is not None and (person_noun(ctx, noun.group())
                                              or noun.group().lower() in ctx.speech.spokes_nouns)


def _inverted_subject(ctx: QuoteContext, cue: Cue, end: int) -> bool:
    """The verb opens its sentence and the words before the complementizer are a name, its subject
    after it: "Fa sapere la Farnesina che ...", "Riferisce l'agenzia Reuters che ...", "Ha spiegato
    il ministro Giorgetti che ..." (a verb with its subject before it takes an object instead:
    "ha sottolineato i legami che ...")."""
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    if WORD.search(ctx.text, sent_start, cue.start):
        return False
    k = bisect_left(ctx.mention_starts, cue.end)
    if k >= len(ctx.mentions) or ctx.mentions[k].end > end \
            or ctx.types.get(ctx.mentions[k].entity_id) not in SUBJECT_TYPES:
        return False
    rest = WORD.findall(ctx.text, ctx.mentions[k].end, end)
    return len(rest) == 1 and rest[0].lower() in ctx.speech.complementizers


#: Most words of a title before the name of a subject standing after its verb ("il ministro").
INVERTED_TITLE_WORDS = 5


def _after_inverted_subject(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """The complementizer right after a name that follows a verb opening its sentence, past a short
    title: "Explicó el ministro José Manuel Albares que ...", "Ha spiegato il ministro dell'Economia
    Giancarlo Giorgetti che ..." (a name longer than the object words a complementizer may follow)."""
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    if WORD.search(ctx.text, sent_start, cue.start):
        return None
    k = bisect_left(ctx.mention_starts, cue.end)
    if k >= len(ctx.mentions) or ctx.types.get(ctx.mentions[k].entity_id) not in SUBJECT_TYPES \
            or len(WORD.findall(ctx.text, cue.end, ctx.mentions[k].start)) > INVERTED_TITLE_WORDS \
            or CLAUSE_BREAK.search(ctx.text, cue.end, ctx.mentions[k].start):
        return None
    m = ctx.speech.complementizer.match(ctx.text, ctx.mentions[k].end)
    if m is None or WORD.findall(ctx.text, ctx.mentions[k].end, m.end())[:1] != WORD.findall(m.group())[-1:]:
        return None  # only the complementizer after the name, no object between
    return m


def _object_before_relative(ctx: QuoteContext, start: int, end: int) -> bool:
    """ "ha sottolineato i forti legami che uniscono...": words that open with an article make a
    noun phrase, and the "che" after it starts a relative clause, not reported speech."""
    words = WORD.findall(ctx.text, start, end)
    if len(words) > 1 and words[-2].lower() in ctx.speech.relative_heads:
        return True  # "criticó lo que llaman ...", "ha ricordato ciò che": a relative, not a report
    if len(words) > 2 and words[-2].lower() in ctx.speech.content_nouns:
        return False  # "ha espresso la speranza che ...": the noun announces the reported clause
    if words and words[-1].lower() in ctx.speech.only_complementizers:
        return False  # "sagte der Kleinen Zeitung, dass ...": "dass" opens no relative clause
    if len(words) > 1 and words[-2].lower() in ctx.calendar_words:
        return False  # "indicó el miércoles que ...", "anunció el 3 de mayo que": a date, not a noun phrase
    # "elle écrit ses Mémoires, qu'elle destine à ...": a possessive or demonstrative opens a noun phrase too
    return len(words) > 1 and (words[0].lower() in ctx.speech.articles or words[0].lower() in ctx.speech.determiners)


def _quoted_within(ctx: QuoteContext, start: int, comma: int) -> bool:
    """The clause before the verb's comma holds quoted words inside it, not a quotation of its own:
    it opens with no quotation mark and its quotations close before its end ("Allerdings seien sie
    "realweltlich" noch nicht in Erscheinung getreten, heißt es"): the clause is reported speech
    with quoted words. A clause ending with a quotation is that quotation's ("In Lombardia il
    Carroccio avrà il sostegno del Pdl, in quanto «...», spiega Maroni")."""
    if ctx.in_quote(start) or ctx.text[start:start + 1] in QUOTE_MARKS:
        return False
    i = bisect_left(ctx.quoted_starts, start)
    while i < len(ctx.quoted) and ctx.quoted[i].open < comma:
        q = ctx.quoted[i]
        if q.close > comma or ctx.text[q.close + 1:comma].strip(" \u00a0\t") == "":
            return False  # the clause ends with the quotation: "..., in quanto «...», spiega Maroni"
        i += 1
    return True


#: Only a few words, no other punctuation, then a colon right after a verb of saying.
_COLON_NEXT = re.compile(r"[^,.;:!?\n“”«»„\"]{0,60}:")


def _outlet(ctx: QuoteContext, entity_id: str) -> bool:
    """A news outlet or agency, or an unnamed source such as "state media" (``sources.py``)."""
    return entity_id.startswith("x:media:") or ctx.types.get(entity_id) == "MEDIA"


def _preposed(ctx: QuoteContext, cue: Cue, sent_start: int, sent_end: int,
              rest_words: int = PARENTHETICAL_REST_WORDS) -> tuple[int, int, int] | None:
    """Reported speech before the verb: "The plan failed, sources said." / ", said Mr. Burman."
    With ``rest_words`` words or more after the speaker's comma the verb is parenthetical."""
    text = ctx.text
    tail = text[cue.end:sent_end]
    colon = _COLON_NEXT.match(tail)
    stop = tail.find(",")
    if colon is not None and ctx.speech.reportive is not None and (stop == -1 or colon.end() <= stop) \
            and ctx.speech.reportive.search(text, sent_start, cue.start):
        # "Die Technik sei niemals Selbstzweck, betont sie: „...“": the verb reports the Konjunktiv I
        # clause before it and the words after its colon, each a report of its own
        tail, stop = tail[:colon.end() - 1], -1
    after = tail if stop == -1 else tail[:stop]
    after = _before_relative(ctx, after)
    if any(c in after for c in QUOTE_MARKS) or len(WORD.findall(after)) > PREPOSED_TAIL_WORDS \
            and not _speaker_and_adjuncts(ctx, cue.end, cue.end + len(after)):
        return None
    lead = WORD.findall(colon.group()) if colon else []
    if colon and (not lead or lead[0].lower() in ctx.speech.prepositions):
        # "Sascha Lohmann, Sanktionsexperte der SWP, sagt gegenüber ZDFheute: ...": a verb whose
        # words follow a colon, with no subject after it; before it stands its subject, not what
        # was said (unlike "..., sagt der Mann: ihn zu demütigen")
        return None
    # "Se ciò non avvenisse, ha detto, ci saranno conseguenze": the content surrounds the verb
    parenthetical = stop != -1 and len(WORD.findall(tail[stop:])) >= rest_words \
        and not _apposition(ctx, tail[stop + 1:]) and not _adjunct_after(ctx, tail[stop + 1:])
    if cue.row.tense == "gerund" and not parenthetical:
        return None  # "..., tout en assurant un embourgeoisement": a gerund reports what follows it
    comma = text.rfind(",", sent_start, cue.start)
    between = WORD.findall(text, comma, cue.start) if comma != -1 else []
    # ", wie Pressesprecher Reinald Achilles gegenüber dem Abendblatt sagte": a longer subordinate clause
    # "..., hatte Merz am Sonntag im ZDF betont": in a verb-second language a finite auxiliary right
    # after the comma opens the part the participle closes, as the verb itself does in ", sagte Merz"
    bracket = bool(between) and ctx.speech.verb_second and between[0].lower() in ctx.speech.auxiliaries \
        and cue.row.tense == "finite" and _speaker_and_adjuncts(ctx, comma + 1, cue.start)
    longest = AS_CLAUSE_WORDS if between and (between[0].lower() in ctx.speech.as_words or bracket) else PHRASE_WORDS
    if comma == -1 or len(between) > longest:
        return None
    if between and all(w.lower() in ctx.speech.conjunctions for w in between):
        return None  # "X ha indetto una riunione, e ha confermato ...": a second verb of the same subject
    if between and not parenthetical and not bracket and _opens_clause(ctx, between):
        return None  # "..., quando un adolescente ha denunciato il furto", "..., che hanno formalizzato danni"
    adverb = len(between) == 1 and between[0].lower() in ctx.speech.attribution_adverbs \
        and ctx.text[cue.start:cue.end].lower() not in ctx.speech.impersonal  # ", so heißt es,": no one
    if ctx.speech.verb_second and between and between[0].lower() not in ctx.speech.as_words and not adverb \
            and not bracket:
        # (but ", so schreibt sie, ...": the attribution word opens the part before the verb)
        # "..., die Englisch zur Amtssprache erklärt, aber ...": a verb after other words of its
        # comma-separated part closes a subordinate clause; a verb of attribution opens its part
        # (", sagte Merz", ", teilte das Ministerium mit")
        return None
    if parenthetical and between and not adverb and _opens_object(ctx, after):
        # "Per i quattro uomini, il pm aveva chiesto la condanna ..., riservando ...": a subject
        # before the verb and an object after it make a main clause, not a parenthetical verb
        return None
    start = sent_start
    while start < comma and text[start].isspace():
        start += 1
    i = bisect_left(ctx.quoted_starts, comma) - 1
    if i >= 0 and ctx.quoted[i].close > sent_start and (parenthetical or not _quoted_within(ctx, start, comma)):
        return None  # a quotation in the clause: the direct quote carries it
    end = comma
    j = bisect_left(ctx.cue_starts, start)
    if j < len(ctx.cues) and ctx.cues[j].start < end and (
            ctx.cues[j].start in ctx.following or ctx.cues[j].start in ctx.preposed):
        # "Ha affermato che ..., ha riferito AP": the clause has its own verb of saying (not a verb
        # with a plain object: "confirmaron el fallo, informó X")
        return None
    if parenthetical:
        k = bisect_left(ctx.cue_starts, cue.end)
        if k < len(ctx.cues) and ctx.cues[k].start < sent_end:
            return None  # "X confirmaron el fallo, informó Y": the later verb reports the clause
    if any(src.cue is not None and src.cue.start == cue.start and _outlet(ctx, src.entity_id) for src in ctx.doc.sources):
        return None  # "..., AP reported": a cited source, not a speaker (but a body that reports what
        # happened speaks: "..., seien fünf Menschen getötet worden, meldete das Gesundheitsministerium")
    if len(WORD.findall(text, start, end)) < (1 if parenthetical else 3):
        return None  # "The museum, Mr. Obama said, would make visitors ...": the subject may be short
    if not parenthetical and _scene_setting(ctx, text[start:comma], after):
        return None  # "Dans la soirée, le président a annoncé sa démission"
    first = text.find(",", start, comma)
    head = WORD.findall(text, start, first) if first != -1 else []
    if head and all(w[0].isupper() for w in head) and text.find(",", first + 1, comma) == -1 \
            and bisect_left(ctx.mention_starts, first) \
            > bisect_left(ctx.mention_starts, start):
        return None  # "MK Naftali Bennett, Vorsitzender der Yamina-Partei, erklärte": the subject
    if name_apposition(ctx, start, comma):
        return None  # "Der Sprecher des Ministeriums, Maximilian Kall, sagte, ...": the subject
    if parenthetical:
        if any(c in tail for c in QUOTE_MARKS):
            return None
        end = sent_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
    return start, end, comma


def _before_relative(ctx: QuoteContext, after: str) -> str:
    """The words after a verb up to a relative clause on its inverted subject: "..., estime Berne qui
    se rallie à l'évaluation de l'UE" (a ``subject_relative`` word that can only open a relative
    clause, after at least one word of the subject): the clause describes the speaker, it says
    nothing of what was said."""
    words = list(WORD.finditer(after))
    for k, w in enumerate(words[1:], 1):
        if w.group().lower() in ctx.speech.subject_relatives:
            return after[:w.start()]
    return after


def _speaker_and_adjuncts(ctx: QuoteContext, start: int, end: int) -> bool:
    """A longer tail after a verb that follows its content is still only the speaker and where, when
    and to whom he spoke: "Die Lage sei ernst, sagte ein Sprecher des Verteidigungsministeriums am
    Dienstag in Berlin auf Anfrage der Deutschen Presse-Agentur", "La croissance sera forte, a
    estimé mardi sur France Inter le ministre de l'Économie". It has at most ``PREPOSED_LONG_TAIL``
    words, names a person, body or office within its first ``PREPOSED_TAIL_WORDS`` words, and holds
    no complementizer and no other verb of saying (a clause of its own)."""
    words = WORD.findall(ctx.text, start, end)
    if len(words) > PREPOSED_LONG_TAIL or any(w.lower() in ctx.speech.complementizers for w in words):
        return False
    k = bisect_left(ctx.cue_starts, start)
    if k < len(ctx.cues) and ctx.cues[k].start < end:
        return False
    head_end = start
    for w in WORD.finditer(ctx.text, start, end):
        head_end = w.end()
        if person_noun(ctx, w.group()) or w.group().lower() in ctx.speech.spokes_nouns:
            return True
        if len(WORD.findall(ctx.text, start, head_end)) >= PREPOSED_TAIL_WORDS:
            break
    i = bisect_left(ctx.mention_starts, start)
    return i < len(ctx.mentions) and ctx.mentions[i].start < head_end \
        and ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES \
        and not _POSSESSIVE.match(ctx.text, ctx.mentions[i].end)  # "say Mr. Comey's decision ... caused"


_POSSESSIVE = re.compile(r"['’]s?(?!\w)")


#: Fewest words from a subordinating word to the verb that make a clause with its own subject.
SUBORDINATE_WORDS = 3


def _opens_clause(ctx: QuoteContext, between: list[str]) -> bool:
    """The words between the comma and the verb open a clause of their own: a relative or complement
    clause ("..., che hanno formalizzato danni e denuncia") or a subordinate clause with its own subject
    ("..., quando un adolescente ha denunciato lo smarrimento"): the verb belongs to that clause and does
    not report the words before the comma. Not "as" ("..., come spiega Franca"), nor a lone adverb
    ("..., poi ha detto il ministro")."""
    first = between[0].lower()
    if first in ctx.speech.as_words:
        return False
    if first in ctx.speech.complementizers:
        return True
    return first in ctx.speech.skippable and len(between) >= SUBORDINATE_WORDS \
        and not all(w.lower() in ctx.speech.skippable for w in between)


def _opens_object(ctx: QuoteContext, words_after: str) -> bool:
    """The words after a verb open its object: an article or a determiner ("la condanna", "sa démission")."""
    words = WORD.findall(words_after)
    return bool(words) and (words[0].lower() in ctx.speech.articles or words[0].lower() in ctx.speech.determiners)


def _scene_setting(ctx: QuoteContext, before: str, after: str) -> bool:
    """True when the words before the comma only set the scene and the verb has an object of its own:
    each comma-separated part opens with a preposition and is short ("Dans un entretien au Monde",
    "Lors de la conférence de presse"), and an article opens the words after the verb ("a reconnu
    des erreurs", "a annoncé sa démission"). A reported clause before the verb leaves the verb
    without an object ("La situation est grave, a déclaré le ministre")."""
    tail = WORD.findall(after)
    if not tail or (tail[0].lower() not in ctx.speech.articles and tail[0].lower() not in ctx.speech.determiners):
        return False
    for part in before.split(","):
        words = WORD.findall(part)
        if not words or words[0].lower() not in ctx.speech.prepositions or len(words) > SCENE_WORDS:
            return False
    return True


#: Most words of a phrase of place, time or circumstance, or of a relative clause, closing a sentence
#: after the speaker of a verb that follows its content.
ADJUNCT_WORDS = 8


def _adjunct_after(ctx: QuoteContext, rest: str) -> bool:
    """The words after the speaker's comma only say where or when he spoke, or describe him, and end
    the sentence: "L'Europe doit se réveiller, a estimé le président, en marge du sommet", "..., teilte
    das Nasser-Krankenhaus mit, in das die Leichen gebracht wurden" (a preposition or a relative
    opens them; in a verb-second language an article is also a relative pronoun). The content is the
    clause before the verb, not the whole sentence around a parenthetical verb."""
    words = WORD.findall(rest)
    if not words or len(words) > ADJUNCT_WORDS or "," in rest:
        return False
    first = words[0].lower()
    speech = ctx.speech
    return first in speech.prepositions or first in speech.relatives \
        or speech.verb_second and first in speech.definite


def _apposition(ctx: QuoteContext, rest: str) -> bool:
    """The words after the comma describe the speaker named after the verb ("..., informó Raúl
    Ramírez, periodista de Última Hora"): a noun of office or role opens them, maybe after an article."""
    words = WORD.findall(rest)[:2]
    if words and words[0].lower() in ctx.speech.articles:
        words = words[1:]
    return bool(words) and words[0][0].islower() and person_noun(ctx, words[0])


def _content_end(ctx: QuoteContext, cue_index: int, start: int, sent_end: int) -> int:
    text = ctx.text
    end = sent_end
    semi = text.find(";", start, end)
    while semi != -1 and ctx.in_quote(semi):
        semi = text.find(";", semi + 1, end)
    if semi != -1:  # "...; Silvano Scrimali, un turista, ha detto: «...»": a semicolon ends the report
        end = semi
    # a later cue introduced by a comma or a conjunction closes this content
    for later in ctx.cues[cue_index + 1:]:
        if later.start >= end:
            break
        if later.start < start:
            continue
        before = text[start:later.start].rstrip()
        words = before.split()
        if before.endswith(","):
            end = start + len(before) - 1
            subject = _subject_after_comma(ctx, start, end)
            if subject is not None:  # "... faziosa, Salvini (Lega), invece, ha detto di ...": the next speaker
                end = subject
            break
        if words and words[-1].lower() in ctx.speech.conjunctions:
            end = start + len(before) - len(words[-1])
            break
    for src in ctx.doc.sources:
        if src.cue and start < src.cue.start < end:
            comma = text.rfind(",", start, min(src.cue.start, src.start))
            if comma != -1 and not WORD.search(text, comma, min(src.cue.start, src.start)):
                end = comma
            elif comma != -1:
                end = comma
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    return end


def _subject_after_comma(ctx: QuoteContext, start: int, end: int) -> int | None:
    """The comma, among the last few before ``end``, that a name of a person or body follows: there
    the subject of the next verb of saying begins ("..., Salvini (Lega), invece, ha detto")."""
    comma = end
    for _ in range(SUBJECT_COMMAS):
        comma = ctx.text.rfind(",", start, comma)
        if comma == -1:
            return None
        k = bisect_left(ctx.mention_starts, comma)
        if k < len(ctx.mentions) and ctx.mentions[k].start < end \
                and not WORD.search(ctx.text, comma, ctx.mentions[k].start) \
                and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
            return comma
    return None


def indirect_quote(ctx: QuoteContext, start: int, end: int, cue: Cue) -> None:
    i = bisect_left(ctx.quoted_starts, start)
    first = ctx.quoted[i] if i < len(ctx.quoted) else None
    if first is not None and first.open == start and first.close >= end - 1:
        return  # "ha osservato che “...”": a direct quote, handled as such
    speaker = speaker_of(ctx, cue)
    emit(ctx, start, end, False, cue, speaker, f"indirect:{ctx.content_rules.get(start, 'complementizer')}",
         confidence(speaker, 0.8))
