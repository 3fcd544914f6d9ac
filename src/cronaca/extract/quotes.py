"""Quotes: direct and indirect speech with speaker, cue and according_to.

Direct quotes are the outermost quotation-mark pairs (``quotemarks``). Each one looks for its speech
cue (``speech``) in the sentences it spans, in this order:
1. right after it ("“...”, ha affermato", "“...,” the daily wrote", "„...“, so Merz"),
2. the nearest cue before it with no other quotation in between ("Putin said: “...”",
   "definendola “...”", and the second half of a split quote "“...”, ha detto Putin, “...”"),
3. any other cue in the sentence.
Scare quotes: a quote of one or two words is kept only when its cue is next to it (no clause
boundary in between: "definendola “veramente strategica”", "described ties as a “stabilising”
factor"); a quote with no cue at all is kept only when it is a full utterance of at least
``NO_CUE_MIN_WORDS`` words, and takes the speaker of the previous quote. Everything else ("the
“exemplary” nature", a headline's “Smaschera”) is emphasis, not speech, and is dropped.

Indirect quotes: a cue of kind indirect|both followed by
- a complementizer ("che", "that", "que", "dass"; a short object may stand between: "told
  reporters that"), or an adjacent complementizer right after the verb or an aside in commas
  (``adjacent_complementizer``: "ha fatto notare come ..."), or
- a clause opener from the language data ("said he would", "said the plan") or, when the verb
  already has its subject, a capitalised word that is not a weekday or month ("says Hillary
  Clinton is lying").
The content runs to the end of the sentence, cut before a comma that introduces another cue or a
cited source (", ha riferito AP") and before a conjunction that joins a second speech verb
("... e ha osservato che"). Preposed content: a verb near the end of its sentence after a comma
("The talks failed, a senior official said.", "La situazione è grave, ha detto il ministro.")
reports the clause before the comma; when the sentence goes on after the verb ("X, ha detto il
ministro, Y") the verb is parenthetical and the whole sentence is the content. Not when that
clause has its own verb of saying or a quotation, or the verb is a cited source's cue
(", AP reported").

Other reported speech (all driven by speech_cue_words.tsv roles, none by language code):
- a comma and a main clause after the verb in a language with a reportive mood ("Merz sagte, die
  Lage sei ernst"; ``reportive``, ``comma_opener``), a reportive sentence with no cue continuing
  someone's words ("Die Plattform habe es unterlassen, ..."), "Die Lage sei ernst, so Merz";
- attribution words: "According to X, ...", "..., secondo cui ...", "Laut X ist ...", "X zufolge ...",
  "Pour X, ..." (``opinion``); an outlet asserting the clause is its speaker (GUIDELINES 3);
- a verb that points back: "Lo ha detto Lavrov", "Das sagte Merz" (``anaphor``) reports the
  sentence or quotation before; a reflexive verb reports its predicate ("si è detto soddisfatto");
- a quotation labelled "Merz: „...“" or signed "“...” ― Krystal Correa" (also a name the linker left
  alone, ending the line); with no verb of saying,
  a name right before the colon opening it, else the subject opening its sentence ("Luna aprovechó
  la ocasión para atacar a los periodistas: “...”");
- an attribution inside the marks splits a quotation in two of its speaker ("«... - ha detto X -
  ...»", "« ..., a-t-il déclaré, ... »", "«... —dijo X— ...»");
- a clause of comparison after the content holds the verb (", wie Merz am Montag sagte", ", come ha
  detto X"; ``as_word``); quotations in a German reportive sentence are the reported person's; a
  longer quoted fragment after an attribution word and a name ("Secondo Perino «...»").

False quotes: a quotation that is only the name of an organisation, outlet or group ("gegenüber
„Wafa“"), or follows a word announcing a term (``term_marker``: "la cosiddetta «...»", "lo que
llaman «...»", "die sogenannte „...“", "so-called"), or is named by a passive verb with no agent
("wurde Deutschland als „Wertediktatur“ bezeichnet") is no one's speech. A pronoun before a
complementizer that makes it a relative ("criticó lo que llaman", ``relative_head``) opens no report.

A verb of asking or charging, its object, then a marked infinitive reports the infinitive ("ha
invitato i partiti a votare", "a exhorté les Européens à agir"; ``object_infinitives``). German
separable verbs split by the middle field are one cue (tense ``split``: "warf der Regierung am
Dienstag vor, ...", "ließ am Montag wissen, ..."), their subject after the first part when a phrase is
fronted (``verb_bracket.split_subject``).

German verb bracket and impersonal verbs (``verb_bracket``, ``impersonal_speech``): the subject
standing after the auxiliary ("Zuvor hatte er in Berlin betont"), a passive's agent ("wurde von
Merz betont"), the source of "heißt es" ("heißt es aus dem Ministerium", "In dem Papier der FDP
heißt es"); no source, no speaker.

News prose (it/fr probes, tools/quotes/probes/it_news.tsv and fr_news.tsv): a quotation that fills
its own paragraph and ends a sentence goes on quoting the last speaker across the paragraph break
("«...», ha detto X.\n«...»."; French reopens « on each paragraph); a label ending in a place or an
addressee is spoken by the name before it ("Draghi al Senato: «...»"); "Per X la ..." with no comma
reports the clause an article opens; "Come riferisce X, ..." and "come dichiarato da X" attribute; a
whole lead of several words points back ("C'est ce qu'a affirmé X"); a document's issuer speaks ("le
communiqué du ministère"); a gerund clause before the verb is no subject ("rivolgendosi ai colleghi
ha detto"); a cleft names the speaker after its copula ("«...». A dirlo è X", "A parlare è una madre
di famiglia ...: «...»"; ``cleft`` rows of speech_verbs.tsv); a quotation a colon opens at the end of its
sentence, after a clause with no verb of saying, is its subject's ("il ministro si era espresso con parole
molto chiare: «...».", ``direct:announced``).

Where each rule lives: ``direct_quotes`` (a quotation-mark pair and its cue), ``quote_cues`` (which
verb of saying a quotation belongs to), ``split_quotes`` (an attribution inside the marks),
``labelled_quotes`` (a colon label, a signature, a fragment after an attribution word),
``reported_speech`` and ``clause_openers`` (indirect content after or before a verb),
``anaphoric_speech`` ("Lo ha detto Lavrov"), ``according_speech`` (attribution and opinion words),
``reportive_speech`` (the German reportive mood), ``nested_quotes`` (a quotation inside a
quotation with its own speaker: „Smotrich sagt: ‚...‘ – ich glaube nicht daran.“), ``quote_emit`` (one Quote with its cited source).
Speakers: see ``speakers``.
"""
from __future__ import annotations

from typing import ClassVar

from cronaca.document import Document, Quote
from cronaca.extract.agent_quotes import agent_quotes
from cronaca.extract.according_speech import according_quote, cited_by_cue, opinion_quotes
from cronaca.extract.dialogue_dashes import dialogue_quotes
from cronaca.extract.direct_quotes import direct_quote
from cronaca.extract.lead_quotes import lead_quotes
from cronaca.extract.nested_quotes import nested_quotes
from cronaca.extract.quote_context import QuoteContext
from cronaca.extract.reported_speech import find_reported_contents, indirect_quote
from cronaca.extract.reportive_speech import recarry_after_reports, reportive_quotes
from cronaca.extract.speech import speech_data
from cronaca.pipeline import register


def find_quotes(doc: Document) -> list[Quote]:
    speech = speech_data(doc.language)
    if speech.cues is None or not doc.text:
        return []
    ctx = QuoteContext(doc, speech)
    find_reported_contents(ctx)
    events: list[tuple[int, int, object]] = [(q.open, 0, q) for q in ctx.quoted]
    events += [(s, 1, (s, e, cue)) for s, e, cue in ctx.contents]
    # attribution words in text order too: a later quotation may carry over their speaker
    # ("secondo quanto comunicato dal ministro X. «...», ha detto")
    events += [(m.start(), 2, (m, row)) for m, row in ctx.source_cues]
    cited = cited_by_cue(ctx)
    for _pos, order, item in sorted(events, key=lambda x: (x[0], x[1])):
        if order == 0:
            direct_quote(ctx, item)  # type: ignore[arg-type]
        elif order == 1:
            indirect_quote(ctx, *item)  # type: ignore[misc]
        else:
            according_quote(ctx, *item, cited)  # type: ignore[misc]
    opinion_quotes(ctx)
    reportive_quotes(ctx)
    if recarry_after_reports(ctx):
        reportive_quotes(ctx)  # a sentence reported after a quotation that has its speaker now
    nested_quotes(ctx)
    agent_quotes(ctx)
    dialogue_quotes(ctx)
    if lead_quotes(ctx):
        recarry_after_reports(ctx)  # quotations after the opening one carry its speaker over
    ctx.quotes.sort(key=lambda q: (q.start, q.end))
    seen: set[tuple[int, int, bool]] = set()
    unique = []
    for q in ctx.quotes:  # two rules reaching the same words (a cue and an attribution word): one quote
        if (q.start, q.end, q.direct) not in seen:
            seen.add((q.start, q.end, q.direct))
            unique.append(q)
    return unique


@register
class Quotes:
    name: ClassVar[str] = "quotes"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "sources", "language")
    writes: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        doc.quotes = find_quotes(doc)
        return doc
