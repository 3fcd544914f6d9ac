"""Events of one document: triggers found in one pass, arguments read clause by clause, then status,
date, place and attribution attached, duplicates merged and ids given in text order."""
from __future__ import annotations

import bisect
import re
from datetime import timedelta
from functools import cache
from dataclasses import dataclass, field, replace

from cronaca.document import Document, Entity, Event, Span
from cronaca.extract.events import ontology
from cronaca.extract.events.agreement import Agreement, agreement
from cronaca.extract.events.antecedents import forget, lower_borrowed, person_genders, point_back, pronoun_fallbacks
from cronaca.extract.events.answered_acts import JUDGES_ACTS
from cronaca.extract.events.arguments import CONFIDENCE, Args, SentenceState
from cronaca.extract.events.clefts import cleft_subjects
from cronaca.extract.events.complements import SENSITIVE as COMPLEMENT_SENSITIVE, business_only, complement_class, state_party
from cronaca.extract.events.complements import STATE_KINDS
from cronaca.extract.events.critical_speech import critical_speech
from cronaca.extract.events.dating import (anterior, day, event_date, middle_field_year, news_day, parenthetical_relative,
                                           published_day, same_occasion_day, scene_day)
from cronaca.extract.events.descriptions import Verbs, described_refs, mark_described
from cronaca.extract.events.frames import parse
from cronaca.extract.events.fronted_clauses import opening_subject
from cronaca.extract.events.labels import insulting_label
from cronaca.extract.events.lexicon import CONTROL, Lexicon, Trigger, fold, lexicon
from cronaca.extract.events.merging import finish
from cronaca.extract.events.object_pronouns import MAX_SENTENCES_BACK as PRONOUN_SENTENCES_BACK
from cronaca.extract.events.object_pronouns import People, object_pronouns, pronoun_at
from cronaca.extract.events.domains import other_domain, public_affairs
from cronaca.extract.events.offtopic import offtopic_starts
from cronaca.extract.events.modality import status_cues
from cronaca.extract.events.parties import Parties, persons_of
from cronaca.extract.events.roles import clause_args
from cronaca.extract.events.senses import verbal_attack
from cronaca.extract.events.state_nouns import state_refs
from cronaca.extract.events.subjects import clause_subject, speaker
from cronaca.extract.events.trigger_choice import pick_trigger
from cronaca.extract.events.units import Ref, merge_mentions, segment
from cronaca.prefixed_search import prefixed
from cronaca.lang import load, supported

STATUS_ORDER = ("negated", "hypothetical", "planned")
#: Events below this confidence are candidates, not facts: kept out of doc.events (see RULES.md).
MIN_CONFIDENCE = 0.4
#: An event inside a condition or an indirect question ("if", "se", "ob": `condition` cues in
#: modality.tsv) is asserted by nobody: its confidence falls below the floor, a candidate only.
CONDITION_FACTOR = 0.45
#: Types whose events usually have a second party; without one, confidence is lowered.
_NEEDS_PARTY = frozenset({"CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "CONCEDE",
                          "COOPERATE", "AID", "SANCTION", "COERCE", "ASSAULT"})
#: Entity types a person attacks with words rather than force (a country, an alliance, an armed group or a
#: place is attacked with force: "Putin wird die Nato angreifen")
#: Argument rules whose actor is not the verb's own active subject (one_party `active` in evidence.tsv):
#: borrowed from a coordinated verb ("ermittelte ... beendete ... ohne Anklage"), from an earlier sentence,
#: or a passive's subject, which undergoes the act ("Gaetz war kritisiert worden").
BORROWED_ACTOR = frozenset({"passive", "shared-subject", "carry-over", "anaphor", "carry-over:infinitive",
                            "inherited:infinitive"})


@dataclass(slots=True)
class Context:
    """Per-document lookups the rules need."""

    doc: Document
    entity_type: dict[str, str]
    country_of: dict[str, str]  # place id -> id of its country, when the document or KB knows it
    last_parties: Parties
    date_offsets: frozenset[int] = frozenset()  # every offset inside a date expression
    entity_country: dict[str, str] = field(default_factory=dict)  # entity id -> ISO3 of its country
    headlines: list[tuple[Event, float]] = field(default_factory=list)  # title-line events, full confidence
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # entity id -> mention spans
    people: People | None = None  # person mentions, for object pronouns that point back
    entity_kind: dict[str, str] = field(default_factory=dict)  # entity id -> organisation kind (company...)
    other_domain: bool | None = None  # a page of show business, software, cooking or games (domains.py;
    # read on first need by ``_other_domain``: most pages never ask)
    guessed: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # entity id -> spans of its
    # mentions whose owner the linker guessed from the article, not from words next to them (``GUESSED_RULES``)


def extract(doc: Document, keep_all: bool = False) -> list[Event]:
    """The document's events; ``keep_all`` also returns the candidates below ``MIN_CONFIDENCE``
    (for debugging and evaluation of the threshold)."""
    if not doc.text or not doc.language:
        return []
    if doc.language not in supported():
        return []
    lex = lexicon(doc.language)
    text = doc.text
    matches = lex.scan(text, [e for _, e in doc.sentences])
    off_starts, offtopic = offtopic_starts(matches, text)
    if offtopic:
        return []  # a sports report
    mention_starts = frozenset(m.start for e in doc.entities for m in e.mentions)
    refs = merge_mentions([
        Ref(m.start, m.end, (m.entity_id,), "adjective" if _compounded(text, m.start, m.end, lex.compound_suffix,
                                                                       mention_starts) else m.kind, e.type)
        for e in doc.entities for m in e.mentions])
    refs = [r for r in _latter(matches, refs) if not _dateline(text, r)]
    if lex.age_noun is not None:
        refs = _age_nouns(text, lex.age_noun, refs, doc.sentences or [(0, len(text))])
    back = point_back(doc, doc.language, matches, refs, doc.sentences or [(0, len(text))])
    verbs = Verbs.of(matches)
    refs, described = described_refs(doc, lex, verbs, back.refs)
    refs, stated = state_refs(doc, lex, verbs, refs, doc.sentences or [(0, len(text))])
    described = sorted([*described, *stated], key=lambda r: r.start)
    if described:
        back.borrowed = sorted([*back.borrowed, *described], key=lambda r: r.start)
    types = {e.id: e.type for e in doc.entities}
    ctx = Context(doc, types, _countries(doc), Parties(types),
                  frozenset(i for t in doc.dates for i in range(t.start, t.end)),
                  {e.id: e.country for e in doc.entities if e.country},
                  mentions={e.id: [(m.start, m.end) for m in e.mentions] for e in doc.entities},
                  entity_kind={e.id: e.kind for e in doc.entities if e.kind},
                  guessed=_guessed_mentions(doc))
    sentences = doc.sentences or [(0, len(text))]
    ctx.last_parties.pronouns = pronoun_fallbacks(doc, doc.language, matches, refs, sentences, back.genders)
    ctx.last_parties.genders = person_genders(doc, back.genders)
    if object_pronouns(doc.language):
        ctx.people = People.of(ctx.mentions, types, ctx.last_parties.genders)
    m_starts = [m.start for m in matches]
    active = _active_starts(matches)
    r_starts = [r.start for r in refs]
    events: list[Event] = []
    previous: SentenceState | tuple | None = None  # a tuple: a sentence without triggers, not yet read
    prev_end = 0
    for s, e in sentences:
        m0, m1 = bisect.bisect_left(m_starts, s), bisect.bisect_left(m_starts, e)
        sm = matches[m0:m1]
        sr = refs[bisect.bisect_left(r_starts, s):bisect.bisect_left(r_starts, e)]
        same_paragraph = "\n" not in text[prev_end:s]
        if _MARKUP.search(text, s, e) is not None:
            previous, prev_end = None, e  # page code the reader let through: no prose, nobody's subject
            continue
        if bisect.bisect_left(off_starts, s) < bisect.bisect_left(off_starts, e) or \
                bisect.bisect_left(active, s) == bisect.bisect_left(active, e):
            # nothing to extract (or a sport sentence: its verbs are game moves): read it only if the next sentence needs its subject (carry-over)
            previous, prev_end = (None if _names_nobody(sm, sr) else (s, e, sm, sr)), e
            continue
        carry: list[str] = []
        carry_plural: bool | None = None
        if same_paragraph and previous is not None:
            if isinstance(previous, tuple):
                previous = _sentence(ctx, lex, *previous, [], [])
            carry, carry_plural = previous.subject, previous.subject_plural
        previous, prev_end = _sentence(ctx, lex, s, e, sm, sr, carry, events, carry_plural), e
    _unrepeated_headlines(ctx.headlines, events)
    lower_borrowed(events, back.borrowed, ctx.mentions, MIN_CONFIDENCE)
    mark_described(events, described, ctx.mentions)
    _add_censures(doc, critical_speech(doc, ctx.entity_type, events), events)
    if not keep_all:
        events = [e for e in events if e.confidence >= MIN_CONFIDENCE]
    return finish(events, [(q.start, q.end) for q in doc.quotes if q.direct])


def _add_censures(doc: Document, censures: list[Event], events: list[Event]) -> None:
    """Date the accusations made by words of censure in quotations (critical_speech.py) as a verb of
    saying in their sentence would be, and put each after the events of the sentences before it."""
    published = published_day(doc)
    for event in censures:
        s, e = event.sentence.start, event.sentence.end
        event.date, event.date_text = event_date(doc, s, e, s, e, event.trigger.start, verb=True, occurred=True)
        if event.date is None and published:
            event.date = scene_day(doc, event.trigger.start) or news_day(doc, published, e)
        event.intensity = ontology.intensity(event.type, event.mode)
        at = next((i for i, ev in enumerate(events) if ev.sentence.start > s), len(events))
        events.insert(at, event)


#: an HTML or XML tag, or a JSON-LD key, left in the text by a reader that kept page code ("<p style=...",
#: "<img alt=...", "{"@context": ...}"): its words are attribute values and alt texts, not reported acts
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+=|\s*/?>)|\"@(?:context|type|id)\"\s*:")


#: role cues that make a phrase of their own (units.segment) where no name stands: "he", "himself", "both sides"
_PHRASE_CUES = ("pronoun", "self", "both")


def _names_nobody(matches, refs: list[Ref]) -> bool:
    """Does a sentence hold no mention, no trigger and no cue of a pronoun, a reflexive, "both" or an
    obligation? Read as a carry-over it would give the next sentence no subject (its clauses have no
    phrase and no verb) and change nothing else (no pronoun of its own to forget): it is not read at
    all, as if a line of page code stood there (a fifth of the sentences read for their subject only)."""
    if refs:
        return False
    for m in matches:
        if m.triggers:
            return False
        for c in m.cues:
            if c.value.startswith(_PHRASE_CUES) or c.value == OBLIGATION:
                return False
    return True


def _active_starts(matches) -> list[int]:
    """Starts of the matches that give a sentence something to extract: a trigger or an obligation
    cue. A sentence holds one when a start falls inside it (two bisections, no flag per match)."""
    out = []
    for m in matches:
        if m.triggers:
            out.append(m.start)
            continue
        for c in m.cues:  # (a plain loop: one generator per match cost more than the whole test)
            if c.value == OBLIGATION:
                out.append(m.start)
                break
    return out


def _compounded(text: str, at: int, end: int, compounds: bool = False,
                mention_starts: frozenset[int] = frozenset()) -> bool:
    """A name glued by a hyphen to a lower-case word part ("anti-Pakistan militants", "pro-Kremlin
    media", "the Serb-controlled republic", "Iran-backed rebels") modifies the noun after it, like a
    country adjective: it names no party acted upon. ("Russia-Ukraine talks" joins two names.) In
    languages that write compounds (``compound_suffix``) a name glued to a noun that is no other name
    is the compound's first part: "lehnt die UN-Kandidatur ab" rejects a candidacy, not the UN;
    "AfD-Spitzenmann Höcke" is Höcke (an agent noun still stands for its party: "US-Regierung")."""
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].islower():
        return True
    if compounds and end + 1 < len(text) and text[end] == "-" and text[end + 1].isupper() \
            and end + 1 not in mention_starts:
        return True
    if at < 2 or text[at - 1] != "-" or not text[at - 2].isalpha():
        return False
    k = at - 2
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k].islower()


#: A dateline: a place name in capitals opening a paragraph, then the first sentence's capitalised word.
_DATELINE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]{3,}(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+)* [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")


def _other_domain(ctx: Context) -> bool:
    """Is the document a page of another domain (domains.py)? Read once, when an event with no state
    party first asks."""
    if ctx.other_domain is None:
        ctx.other_domain = other_domain(ctx.doc.text, ctx.doc.language) \
            or len(ctx.doc.sentences) >= PUBLIC_EVIDENCE_SENTENCES \
            and not (public_affairs(ctx.doc.text, ctx.doc.language or "") or _public_party(ctx.doc))
    return ctx.other_domain


#: sentences a page needs before the absence of every word of public affairs tells its domain (a short
#: snippet, a headline and its lead, says too little)
PUBLIC_EVIDENCE_SENTENCES = 4


def _public_party(doc: Document) -> bool:
    """Does the page name a public actor: a state body, an armed group, or an office holder the KB knows?"""
    return any(x.type == "GROUP" or x.type == "ORG" and x.kind in STATE_KINDS or x.type == "PERSON" and x.in_kb
               and x.roles for x in doc.entities)


def _dateline(text: str, ref: Ref) -> bool:
    """Is the name a dateline glued to the first sentence ("MIRANDOLA Li hanno arrestati", "NOVI Sono
    arrivati")? Where the report was filed acts for nobody (events6, DICE crime news). Names the KB
    knows ("NATO Secretary General…") are kept."""
    if ref.start and text[ref.start - 1] != "\n":
        return False
    return all(i.startswith("x:") for i in ref.ids) and _DATELINE.match(text, ref.start) is not None


def _unrepeated_headlines(headlines: list[tuple[Event, float]], events: list[Event]) -> None:
    """A title line's event is only a candidate because the body usually reports the same act where it
    is annotated; when no body event has its type and one of its sources ("7h07 - La Russie dit avoir
    abattu 33 drones ukrainiens": a live blog's entry heading), the title line is the only report and
    the event keeps its confidence, when it names both parties (a one-party title such as "Xi chiede una
    cooperazione più profonda" is a teaser, not the report)."""
    titled = {id(e) for e, _ in headlines}
    for event, confidence in headlines:
        if event.source and event.target and not any(id(o) not in titled and o.type == event.type and set(o.source) & set(event.source)
                   for o in events):
            event.confidence = confidence


#: words an adverb or a date may put between a statement verb and its "that" ("defendió además que",
#: "manifestó el 10 de abril que")
STATEMENT_GAP_WORDS = 5


def _before_that(text: str, clause, unit, following: list) -> bool:
    """A verb whose frame says ``[that]`` opens a "that" clause right after it, with no object of its
    own in between: it reports a statement ("ha reconocido que el incendio continúa"), not an act.
    Same for an "of" phrase with no addressee before it ("warned in July of a possible resurgence")."""
    after = [u for u in clause.units if u.start >= unit.end]
    for u in after:  # "warned in July of a possible resurgence": a warning about a risk, no addressee
        if u.kind != "cue":
            break
        if u.is_cue("of") and len(text[unit.end:u.start].split()) <= STATEMENT_GAP_WORDS:
            return True
    if not following or following[0].kind != "that":
        return False
    if _own_act_follows(following):
        return False  # "warned that it will continue to exert pressure": the speaker's own act, a threat
    if any(u.start >= unit.end and u.kind in ("phrase", "trigger") for u in clause.units):
        return False
    return len(text[unit.end:following[0].start].split()) <= STATEMENT_GAP_WORDS


def _own_act_follows(following: list) -> bool:
    """Does a "that" clause whose subject is a pronoun (the speaker's side) follow ("warned that it
    would execute the hostages", "warned that it will continue to exert pressure")? The warning then
    announces the speaker's own act: a threat, even with nobody named as its target."""
    if not following or following[0].kind != "that":
        return False
    first = next((u for u in following[0].units if not u.is_cue("that")), None)
    return first is not None and first.phrase is not None and first.phrase.anaphor == "pronoun"


def _reporter(clause, subject: list[str], according: str | None, previous: list[str], parties: Parties) -> list[str]:
    """Who speaks in the reporting clause: its subject, the speaker found for it, or what a pronoun opening
    it ("He also maintained that") stands for in the previous sentence's subject."""
    if subject or according:
        return subject or [according]
    first = clause.units[0] if clause.units else None
    if first is not None and first.kind == "phrase" and first.phrase is not None and first.phrase.anaphor == "pronoun" \
            and not first.phrase.speaker and first.quote < 0:
        return persons_of(first.phrase, previous, parties)
    return []


def _subject_blamed(lex: Lexicon, text: str, start: int, unit) -> bool:
    """Does the verb end an idiom whose subject undergoes it (grammar key `subject_blamed`, a regular expression
    matched to the verb's end: "are to blame", "is partly to blame")?"""
    pattern = _grammar_pattern(lex.code, lex.grammar.get("subject_blamed", ""))
    return pattern is not None and pattern.search(text, max(start, unit.start - 40), unit.end) is not None


@cache
def _grammar_pattern(code: str, source: str) -> re.Pattern[str] | None:
    return re.compile(f"(?:{source})$", re.IGNORECASE) if source else None


def _adjectival_subject(clause) -> bool:
    """Does the clause's first phrase only describe an unnamed noun ("The Indiana governor said")?"""
    first = next((u for u in clause.units if u.kind == "phrase" and u.phrase is not None), None)
    return first is not None and first.phrase.adjectival


_DASHES = ("--", "\u2014", "\u2013")


def _reporter_coordinated(text: str, clause, unit) -> bool:
    """Is the verb at ``unit`` a finite form coordinated with the verb that introduced the reported clause
    holding it ("He also maintained that Ryan should focus on the budget, ..., and mocked him", "Trump said
    Clinton shouldn't have been allowed to run -- and then refused to say")? The reported clause opens with
    its subject and a modal right after it; the verb, finite (no base form, no gerund), follows "and" after a
    comma or a dash: a modal clause goes on with a base form, so the finite verb is the reporter's."""
    us = clause.units
    k = next((k for k, u in enumerate(us) if u is unit), -1)
    if k < 3 or unit.progressive or any(t.base for t in unit.triggers if t.pos == "verb"):
        return False
    conj = us[k - 1]
    if not conj.is_cue("and") or not (conj.comma_before or any(d in text[us[k - 2].end:conj.start] for d in _DASHES)):
        return False
    subject, modal = us[0], us[1]
    return subject.kind == "phrase" and subject.phrase is not None and subject.phrase.prep is None \
        and modal.kind == "cue" and modal.cue is not None and modal.cue.kind == "modality" and not modal.words_before \
        and modal.cue.scope != CONTROL  # (a modal, not a control verb: "said Clinton allowed ...")


def _gerund_content(clause, unit) -> bool:
    """Is the verb a gerund (`progressive_suffix`) right after another verb trigger ("discussed imposing
    sanctions", "rejected supporting Kyiv")? It names that verb's topic or content, not an act of its own."""
    if not unit.progressive or unit.words_before or unit.comma_before:
        return False
    k = next((k for k, u in enumerate(clause.units) if u is unit), 0)
    prev = clause.units[k - 1] if k else None
    return prev is not None and prev.kind == "trigger" and not prev.after_det \
        and any(t.pos == "verb" for t in prev.triggers)


#: words a demand may put between itself and the act noun it demands (article, preposition: "Ruf nach dem")
DEMANDED_GAP_WORDS = 3
_WORDS = re.compile(r"[^\W\d_]+")


def _demanded_noun(text: str, clause, unit) -> bool:
    """Is the act noun what a demand right before it asks for ("called for the resignation of Ortega",
    "der Ruf nach dem Rücktritt", "pidieron la renuncia de Ortega")? The act has not happened: the
    demand (a REQUEST, when its actor is named) carries it, the noun is no event of its own."""
    k = next((k for k, u in enumerate(clause.units) if u is unit), 0)
    prev = next((u for u in reversed(clause.units[:k]) if u.kind != "cue"), None)
    if prev is None or prev.kind != "trigger" or not any(t.type == "REQUEST" for t in prev.triggers):
        return False
    gap = text[prev.end:unit.start]
    return not any(c in gap for c in ",;:.!?") and len(_WORDS.findall(gap)) <= DEMANDED_GAP_WORDS


#: words an addressee may put between a verb of asking and its question word ("asked the minister whether")
QUESTION_GAP_WORDS = 4
_WORD_OR_STOP = re.compile(r"[^\W\d_]+|[.,;:!?«»“”\"()]")


#: a direct question closed right before the verb, at most a few words of its tag between ("…?” he asked",
#: "…?", Winfrey asked", "…?», preguntó"): the verb tags the question
_QUESTION_TAG = re.compile(r"\?[ \t]*[»”\"’']?[ \t]*,?[ \t]*(?:[\w.'’-]+[ \t]+){0,3}$")


def _tags_question(text: str, at: int) -> bool:
    """Is the verb of asking at ``at`` the speech tag of a direct question just closed before it
    ("“Has it been shared widely on social media?” he asked")? It asks, it demands nothing. (The
    sentence splitter may end the question's sentence at its mark: read across it, never across a line.)"""
    return _QUESTION_TAG.search(text, max(0, at - 60), at) is not None


#: a direct quotation opened right after the verb, up to its closing mark ("asked, “Wait, now it is 18.7%?”")
_QUOTE_AFTER = re.compile(r"[ \t]*[,:]?[ \t]*[“\"«„‘]([^”\"»“\n]{1,400})[”\"»“]")


#: words of a request's content after a verb of asking: an infinitive's "to", "for", a "that" clause
_CONTENT = re.compile(r"\b(?:to|for|that)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!;](?:\s|$)|\n")
#: words after a verb of asking in which its content must begin
CONTENT_REACH_WORDS = 12


def _no_content(lex: Lexicon, text: str, clause, unit, trigger) -> bool:
    """Is this a verb of asking that demands something only with a content (``Lexicon.content_verbs``) and has
    none in its clause's next words ("Castor asked Morrison about concerns", "asked reporters", "the poll asked")?"""
    if trigger.entry not in lex.content_verbs:
        return False
    end = max(unit.end, unit.span_end)
    after = _SENTENCE_END.split(text[end:end + 200], 1)[0]  # the "to" and "that" clauses too, not the next sentence
    words = after.split()[:CONTENT_REACH_WORDS]
    return not any(_CONTENT.fullmatch(w.strip(",.;:“”\"'’()")) for w in words)


def _opens_question(text: str, unit) -> bool:
    """Is the verb of asking followed at once by a direct quotation that asks a question ("Zero Hedge
    asked, “Wait, now it is 18.7% ...?”")? It asks, it demands nothing (evprec27, untuned news)."""
    m = _QUOTE_AFTER.match(text, max(unit.end, unit.span_end))
    return m is not None and m.group(1).rstrip().endswith("?")


def _asks_question(lex: Lexicon, text: str, clause, unit) -> bool:
    """Does an indirect question follow the verb of asking, after at most an addressee ("asked her if",
    "asked reporters why", "ha chiesto a Putin se", "a demandé pourquoi")? Then it asks, it demands
    nothing. Not past an infinitive, a trigger or a "that" cue ("urged Russia to act if ...": the "if"
    belongs to the request's content); a "to" cue before a name is the addressee ("à Poutine s'il")."""
    words = lex.question_words
    if not words:
        return False
    end = max(unit.end, unit.span_end)
    for k, m in enumerate(_WORD_OR_STOP.finditer(text, end, min(len(text), end + 80))):
        if k > QUESTION_GAP_WORDS or not m.group()[0].isalpha():
            return False
        if fold(m.group()) in words:
            between = [u for u in clause.units if end <= u.start < m.start()]
            for k, u in enumerate(between):
                if u.kind == "trigger" or u.kind == "cue" and u.cue is not None and (
                        u.cue.value == "that" or u.cue.value == "to" and not (
                            k + 1 < len(between) and between[k + 1].kind == "phrase")):
                    return False  # an infinitive ("to act if"), a "that" clause: the question word is not the verb's
            return True
    return False


def _sentence(ctx: Context, lex: Lexicon, s: int, e: int, matches, refs, previous_subject: list[str],
              events: list[Event], previous_plural: bool | None = None) -> SentenceState:
    """Events of one sentence. ``previous_subject`` (same paragraph) is the antecedent of a pronoun
    subject ("Er kritisiert...") in every language and of a zero subject in pro-drop languages, when
    the verbs agree in number (``previous_plural``: the number of the verb that subject had)."""
    carry = previous_subject if lex.pro_drop else []
    number = agreement(lex)
    first_plural: bool | None = None
    text = ctx.doc.text
    clauses = segment(text, s, e, matches, refs, lex, ctx.date_offsets)
    headline = _headline(text, s, e)
    if _unnamed_subject(text, s, clauses[0], lex):
        # "Le principal intéressé a rejeté ... et a fait savoir qu'il ne démissionnerait pas": the
        # pronoun stands for that unnamed subject, not for the previous sentence's
        previous_subject = carry = []
        forget(ctx.last_parties.pronouns, s, e)  # nor for an entity named further back
    state = SentenceState()
    first_subject: list[str] = []
    requests: list = []  # REQUEST events of the previous clause still waiting for a target
    asked = False  # the previous clause ends with a REQUEST verb: a "that" clause after it is its content
    quoted_carry = _quoted_zero_subject(ctx.doc, clauses[0]) if lex.pro_drop else None
    if quoted_carry is not None:
        # "“Vamos a exigir la reforma...”, dice Taty Almeida": a zero subject opening a direct
        # quotation is its speaker (first person), never the narrative's previous subject
        previous_subject = carry = quoted_carry
    for ci, clause in enumerate(clauses):
        own = clause_subject(clause, ctx.last_parties)
        if len(own) >= 2:
            # "Egypt and Turkey are traditionally allies. ... both countries withdrew": a coordinated
            # subject names a pair as an event's parties do
            ctx.last_parties.add(own)
        inherited, according = _inherit(clauses, ci, state, first_subject, carry, ctx.last_parties)
        according = clause.according or according  # "Putin, ha detto Meloni, ha attaccato": the aside's speaker
        pending_request = None
        if ci > 0 and clause.kind == "that" and requests:
            pending_request = requests.pop()
            if own:  # "demanded that the US cancel...": the complement's subject is the target
                pending_request.target = [t for t in _as_countries(ctx, own) if t not in pending_request.source]
        requests = []
        content = ci > 0 and clause.kind in ("that", "relative") and asked  # "pidió a Irán que libere a los rehenes"
        asked = False
        antecedent = inherited or first_subject or previous_subject
        if clause.kind == "relative" and not clause.object_relative and _noun_before_relative(text, clauses[ci - 1], lex.dets):
            # "die Geheimhaltung der Einrichtungen, die sich weigern": the pronoun stands for an unnamed noun
            inherited = antecedent = []
        quoted = next((u.start for u in clause.units if u.kind == "phrase" and u.phrase is not None
                       and u.quote >= 0 and u.phrase.anaphor == "pronoun"), -1)
        if quoted >= 0 and not inherited:
            # "“We support Mauritius,” Misri said": a pronoun opening a direct quotation stands for its
            # speaker (quotes stage), never for the previous sentence's subject
            speaker = _quote_speaker(ctx.doc, quoted)
            antecedent = [speaker] if speaker else []
        found = clause_args(clause, inherited, ctx.last_parties, lex.verb_second, lex.object_preposition,
                            noun_inherited=inherited if ci else [],
                            antecedent=antecedent, inverted=lex.inverted_subject,
                            light_subject=None if clause.kind in ("relative", "that")  # "que perpetraron el secuestro"
                            else inherited or first_subject or previous_subject, zero_subject=lex.pro_drop,
                            opening=opening_subject(lex, text, clauses, ci))
        _judged_earlier_act(lex, text, found, events)
        cleft_subjects(lex, text, clause, found, clauses[ci + 1:])  # "A chiedere aiuto è stato il Papa"
        for k, (unit, trigger, args) in enumerate(found):
            if args.rule == "shared-subject" and trigger.pos == "verb" and number.endings:
                _plural_after_meeting(text, clause.start, found, k, number)
            if trigger.pos == "verb":
                asked = trigger.type == "REQUEST"
            if content and trigger.pos == "verb":
                continue  # what was demanded is the request's content, not an act of its own
            if trigger.frame.statement and _before_that(text, clause, unit, clauses[ci + 1:ci + 2]):
                continue
            if trigger.frame.statement and trigger.type == "THREATEN" and not args.targets \
                    and not _own_act_follows(clauses[ci + 1:ci + 2]):
                continue  # "warned against a one-size-fits-all approach", "warned the hospitals could see ...":
                # a warning to nobody named about a risk, no threat (gold GUIDELINES, threats and warnings)
            if trigger.pos == "noun" and trigger.type != "REQUEST" and _demanded_noun(text, clause, unit):
                continue  # "called for the resignation of Ortega": a demanded act, not one that happened
            if trigger.pos == "verb" and _gerund_content(clause, unit):
                continue  # "We discussed imposing further costs on Russia": what was discussed, not an act
            if trigger.type == "REQUEST" and trigger.pos == "verb" and (_asks_question(lex, text, clause, unit)
                                                                        or _tags_question(text, unit.start)
                                                                        or _opens_question(text, unit)
                                                                        or _no_content(lex, text, clause, unit, trigger)):
                continue  # "asked her if she had tried", "asked why romance was popular": a question, no demand
            if ci > 0 and clause.kind in ("report", "that") and trigger.pos == "verb" \
                    and _reporter_coordinated(text, clause, unit):
                # "He maintained that Ryan should focus on the budget, and mocked him": a finite verb after ", and"
                # past a modal clause goes on with the reporting clause, whose subject acts
                reporter = _reporter(clauses[ci - 1], state.clause_subjects[ci - 1], according, previous_subject,
                                     ctx.last_parties)
                args.actors, args.rule = list(reporter), "reporter-coordinated"
                args.targets = [t for t in args.targets if t not in reporter]
                k = next(m for m, u in enumerate(clause.units) if u is unit)
                args.status_cues = status_cues(clause.units, k, k - 1)  # "shouldn't ... -- and refused": not negated
            if trigger.pos == "verb" and _subject_blamed(lex, text, clause.start, unit):
                # "Democrats and the media are to blame": the subject is blamed; the one who reports it blames
                blamed = [a for a in args.actors]
                reporter = state.clause_subjects[ci - 1] if ci > 0 and clause.kind in ("report", "that") \
                    and not _adjectival_subject(clauses[ci - 1]) else []
                args.actors = [a for a in reporter if a not in blamed]  # ("The Indiana governor said": an unnamed
                # person speaks, not the place)
                args.targets, args.rule = blamed, "blamed-subject"
                args.status_cues = [c for c in args.status_cues if c != "planned"]  # "are to" here is no plan
            if args.rule in ("inherited", "inherited:infinitive") and (ci == 0 or _after_opening_aside(clauses, ci)) \
                    and carry:
                args.rule = "quote-speaker" if quoted_carry else args.rule.replace("inherited", "carry-over")
                if args.rule.startswith("carry-over") and trigger.pos == "verb" and previous_plural is not None \
                        and number.plural(text, unit.start, unit.end, clause.start, trigger.base) not in (None, previous_plural):
                    # "Putin ha incontrato Xi. Hanno poi criticato ...": a plural verb is not Putin's alone
                    args.actors = [a for a in args.actors if a not in carry]
            if (clause.object_relative or clause.kind == "relative" and clause.parenthetical and args.rule == "subject"
                    and args.actors and _name_opens(clause)) \
                    and trigger.pos == "verb" and not args.targets and not args.passive:
                # "Russia, which Macron criticized", "la Russia, che Meloni ha criticato": with a subject of
                # its own, the relative pronoun is the object: the antecedent undergoes the act (only an
                # aside after a comma: "ha detto a Macron che Putin ha attaccato" is no relative clause; the
                # name right after the pronoun: "cuyo periódico Novaya Gazeta" is a possessive relative)
                args.targets = [t for t in _antecedent(clauses[ci - 1]) if t not in args.actors]
            if trigger.pos == "verb" and ctx.people is not None \
                    and not (args.actors if trigger.frame.object == "X" else args.targets):
                _pronoun_object(ctx, clause, unit, args, s, acts=trigger.frame.object == "X")
            if trigger.type in BLAMES_CONTENT and trigger.pos == "verb" and not args.targets:
                _blamed_in_content(text, clauses, ci, unit, args, ctx.last_parties)
            if trigger.type in QUOTED_CONTENT and trigger.pos == "verb" and unit.quote < 0:
                speaker = _introduced_quote(ctx.doc, s, unit.start)
                if speaker is not None and (not args.actors or speaker in args.targets):
                    # "«La Russia deve ritirarsi», ha chiesto Meloni": the speaker after the verb demands
                    args.actors, args.rule = [speaker], "quote-speaker"
                    args.targets = [t for t in args.targets if t != speaker]
                if speaker is not None and not args.targets and speaker in args.actors:
                    _addressed_in_quote(clauses[:ci + 1], unit, args)
            # "Dodik rejected the warrant, telling journalists on Wednesday that...": a participle
            # aside right after the clause tells when the act took place
            ce = clauses[ci + 1].end if ci + 1 < len(clauses) and clauses[ci + 1].kind == "boundary" \
                and clauses[ci + 1].parenthetical else clause.end
            event = _event(ctx, trigger, unit, args, clause.start, ce, s, e, according, events,
                           reported=ci > 0 and clause.kind in ("report", "that"),
                           lead=clause.units[0].start if clause.units else clause.start)
            if event is not None:
                if headline:
                    ctx.headlines.append((event, event.confidence))
                    # a title line ("Xi chiede una cooperazione più profonda") sums up what the body
                    # reports, where the act is annotated: a candidate, not a second event
                    event.confidence = round(event.confidence * CONDITION_FACTOR, 3)
                if clause.belief:
                    # "molti alleati ritengono che Pechino abbia offerto sostegno a Mosca": an event
                    # only inside someone's opinion is a claim, not a fact (a candidate below the floor)
                    event.confidence = round(event.confidence * CONDITION_FACTOR, 3)
                events.append(event)
                if trigger.also and event.target:
                    events.append(_second_act(event, *trigger.also))
                if event.type == "REQUEST" and not event.target and trigger.pos == "verb":
                    requests.append(event)
                ctx.last_parties.add(event.source + event.target)
        speaker_id = according if ci > 0 and clause.kind in ("report", "that") else None
        if speaker_id is None and ci > 0 and clause.kind == "that" and len(state.clause_subjects[ci - 1]) == 1:
            speaker_id = state.clause_subjects[ci - 1][0]  # "X declared that China must drop barriers"
        demand = _obligation(ctx, clause, speaker_id, s, e, events)
        if demand is not None:
            events.append(demand)
        subject = own or _first_verb_subject(clause, inherited)
        state.clause_subjects.append(subject)
        state.according.append(according)
        if not first_subject and subject:
            first_subject = subject
            first_plural = _verb_number(text, clause, number) if own else previous_plural if subject == carry else None
    state.subject = first_subject or previous_subject
    state.subject_plural = first_plural if first_subject else previous_plural
    return state


#: acts whose two parties may go on as one plural subject ("Putin ha incontrato Xi e hanno firmato ...")
JOINT_ACTS = frozenset({"CONSULT", "COOPERATE"})


def _plural_after_meeting(text: str, floor: int, found: list, k: int, number: Agreement) -> None:
    """A plural verb sharing the subject of a singular verb before it has a plural subject: after a
    meeting with one partner, both of them ("Putin ha incontrato Xi e hanno criticato gli Stati Uniti",
    "se reunió con Xi y criticaron a ..."; rule ``shared-subject:plural``); otherwise someone else, whom
    the clause does not name (no actor)."""
    unit, trigger, args = found[k]
    if not number.plural(text, unit.start, unit.end, floor, trigger.base):
        return
    prev = next((f for f in reversed(found[:k]) if f[1].pos == "verb" and f[2].actors == args.actors), None)
    if prev is None or number.plural(text, prev[0].start, prev[0].end, floor, prev[1].base) is not False:
        return
    if prev[1].type in JOINT_ACTS and len(prev[2].targets) == 1:
        args.actors = list(prev[2].actors) + list(prev[2].targets)
        args.targets = [t for t in args.targets if t not in args.actors]
        args.rule = "shared-subject:plural"
    else:
        args.actors = []


def _verb_number(text: str, clause, number: Agreement) -> bool | None:
    """The number of the clause's first verb or speech verb (the one its subject governs)."""
    for u in clause.units:
        if u.kind == "trigger" and not u.after_det and any(t.pos == "verb" for t in u.triggers) \
                or u.is_cue("report"):
            return number.plural(text, u.start, u.end, clause.start)
    return None


_YEAR = re.compile(r"\b\d{4}\b")
#: a closing quotation mark and a comma right before a verb: the verb introduces the quotation's speaker
_AFTER_QUOTE = re.compile(r"[\"“”»«‘’']\s*,\s*$")


def _second_act(event: Event, type_: str, mode: str | None) -> Event:
    """The second act a trigger reports, between the same parties ("condannato a sette anni di
    reclusione": the court's conviction is SANCTION convict, the prison term COERCE arrest)."""
    return replace(event, type=type_, mode=mode, source=list(event.source), target=list(event.target),
                   intensity=ontology.intensity(type_, mode), rule=f"{event.rule}+{type_}")


#: A modality cue of obligation ("must", "muss", "müsse"): what someone says another party must do is
#: that speaker's demand (REQUEST speaker -> party); the obliged act itself has not happened.
OBLIGATION = "obligation"
_DEMAND = Trigger("obligation", "verb", "REQUEST", None, ontology.intensity("REQUEST", None), parse("X V Y", "verb"),
                  None, None)


def _obligation(ctx: Context, clause, according: str | None, s: int, e: int, events: list[Event]) -> Event | None:
    """"X said the Council must act", "“Russia must accept it,” Y said", "X sagte, Russland müsse ...": a
    party named right before an obligation cue, in reported or quoted speech, is the target of the
    speaker's demand. Nobody's demand (the narrator's "must") is no event."""
    units = clause.units
    for k, u in enumerate(units):
        if u.kind != "cue" or u.cue is None or u.cue.kind != "modality" or u.cue.value != OBLIGATION:
            continue
        prev = units[k - 1] if k else None
        if prev is None or prev.phrase is None or prev.phrase.prep is not None or prev.phrase.anaphor \
                or prev.phrase.adjectival or u.words_before > 1:
            return None
        speaker_id = according if u.quote < 0 else _quote_speaker(ctx.doc, u.start)
        if speaker_id is None:
            return None
        targets = [t for t in _as_countries(ctx, prev.phrase.heads()) if t != speaker_id]
        if not targets:
            return None
        args = Args(actors=[speaker_id], targets=targets, rule="obligation")
        return _event(ctx, _DEMAND, u, args, clause.start, clause.end, s, e, speaker_id, events, reported=True)
    return None


def _quoted_zero_subject(doc: Document, clause) -> list[str] | None:
    """The speaker standing for a zero subject at the start of a direct quotation: the clause's first
    unit is a verb inside a quotation that opens at most a few characters before it, and no phrase
    precedes the verb. None when the clause is not such a start (the usual carry-over applies)."""
    first = next((u for u in clause.units if u.kind != "cue"), None)  # past "a" in "Vamos a exigir"
    if first is None or first.kind != "trigger" or first.quote < 0 or first.quote < clause.start - 2:
        return None
    if not any(t.pos == "verb" for t in first.triggers) or doc.text[first.quote:first.start].count(" ") > 3:
        return None  # a verb among the quotation's first words ("Vamos a exigir", "Exigimos")
    who = _quote_speaker(doc, first.start)
    return [who] if who else []


def _quote_speaker(doc: Document, at: int) -> str | None:
    """The speaker of the direct quotation (quotes stage) holding offset ``at``."""
    for q in doc.quotes:
        if q.start <= at < q.end and q.direct:
            return q.speaker
    return None


_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")


def _definite(lex: Lexicon, text: str, unit) -> bool:
    """Does an article stand right before the noun, or before the one word (an adjective) before it
    ("den Angriff", "the brutal attack")?"""
    if unit.after_det:
        return True
    m = _PREVIOUS_WORD.search(text, max(0, unit.start - 40), unit.start)
    return m is not None and lex.det_before(text, m.start(1))


#: words between a judging verb and the bare event noun it judges ("condemned the brutal attack")
JUDGED_GAP_WORDS = 2


def _judged_earlier_act(lex: Lexicon, text: str, found: list, events: list[Event]) -> None:
    """"Selenskyj verurteilte den Angriff", "Ukraine condemned the attack": a condemnation or rejection
    whose object is a bare event noun (no party of its own) judges the last earlier event of that type;
    its actors are the target."""
    for (unit, trigger, args), (noun_unit, noun, noun_args) in zip(found, found[1:]):
        if trigger.pos != "verb" or trigger.type not in JUDGES_ACTS or args.targets or noun.pos != "noun" \
                or noun_args.actors or noun_args.targets or noun_unit.comma_before or not _definite(lex, text, noun_unit) \
                or len(text[max(unit.end, unit.span_end):noun_unit.start].split()) > JUDGED_GAP_WORDS:
            continue
        earlier = next((e for e in reversed(events) if e.type == noun.type and e.source), None)
        if earlier is not None:
            args.targets.extend(a for a in earlier.source if a not in args.actors)


#: Verbal acts whose "that" clause names who they are aimed at ("Er kritisiert, dass Scharaa ...",
#: "complained that Russia had ...").
BLAMES_CONTENT = frozenset({"ACCUSE"})


#: speech acts whose quotation before them names whom they are aimed at ("„Russland muss abziehen“,
#: forderte Merz", "«La Russia mente», accusa Meloni")
QUOTED_CONTENT = frozenset({"ACCUSE", "REQUEST"})


#: between a quotation's end and the speech verb after it: the closing mark, a comma, an auxiliary
_QUOTE_TO_VERB = re.compile(r"[\"“”»«„‘’']?\s*,\s*(?:\w+\s+){0,2}")


def _name_opens(clause) -> bool:
    """Does a bare name follow the clause's opening cue with no word between ("che Meloni ha criticato")?"""
    for u in clause.units:
        if u.kind == "phrase":
            return u.words_before == 0 and u.phrase is not None and u.phrase.prep is None
        if u.kind != "cue":
            return False
    return False


def _introduced_quote(doc: Document, s: int, at: int) -> str | None:
    """The speaker (quotes stage) of the direct quotation that ends right before the verb at ``at``,
    in its sentence ("„...“, forderte Merz", "«...», ha chiesto Meloni")."""
    for q in doc.quotes:
        if q.direct and q.speaker and s <= q.end <= at and _QUOTE_TO_VERB.fullmatch(doc.text, q.end, at):
            return q.speaker
    return None


def _addressed_in_quote(clauses, unit, args: Args) -> None:
    """A demand or an accusation right after the quotation it introduces: the quotation's subject, its
    first bare name, is its target (the speaker after the verb is the actor)."""
    for clause in clauses:
        for u in clause.units:
            if u.start >= unit.start:
                return
            if u.kind == "trigger" and u.quote >= 0 and any(t.pos == "verb" for t in u.triggers):
                return  # past the quotation's first verb: no subject before it
            if u.kind == "phrase" and u.quote >= 0 and u.phrase is not None:
                if u.phrase.prep is None and not u.phrase.anaphor and not u.phrase.adjectival:
                    args.targets.extend(t for t in u.phrase.heads() if t not in args.actors)
                return


def _blamed_in_content(text: str, clauses, ci: int, unit, args: Args, parties: Parties) -> None:
    """An accusation with no target whose clause ends in a "that" clause right after the verb: the
    subject of that clause is its target. Not past a longer stretch ("llamó “basura” y "sobrino de un
    genocida" a Martínez, en referencia a que el académico es sobrino de X": X is not the accused)."""
    if ci + 1 >= len(clauses) or clauses[ci + 1].kind != "that":
        return
    if len(text[unit.end:clauses[ci + 1].start].split()) > STATEMENT_GAP_WORDS + 1:
        return
    if any(u.start > unit.end and (u.kind == "trigger" or u.kind == "phrase" and not (
            u.phrase is not None and u.phrase.heads() and set(u.phrase.heads()) <= set(args.actors)))
           for u in clauses[ci].units):
        return  # another verb or an object of its own stands between (the subject after the verb does
        # not: "bezeichnete es Miersch als zynisch, dass die FDP ...")
    blamed = clause_subject(clauses[ci + 1], parties)
    args.targets.extend(t for t in blamed if t not in args.actors and t not in args.targets)


_FIRST_WORD = re.compile(r"\W*([^\W\d_]+['’]?)")


MAX_HEADLINE_WORDS = 20


def _headline(text: str, s: int, e: int) -> bool:
    """Is the sentence a title: a whole line of fewer than MAX_HEADLINE_WORDS words without
    sentence-ending punctuation?"""
    if s > 0 and text[s - 1] != "\n":
        # the last character before the sentence past spaces and tabs, read backwards (slicing the
        # text up to ``s`` for each sentence made this quadratic in the article's length)
        j = s - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and text[j] != "\n":
            return False
    line = text[s:e].strip()
    after = text[e:e + 2]
    return bool(line) and line[-1] not in '.!?"»”:)' and (e >= len(text) or "\n" in after or not after.strip()) \
        and len(line.split()) < MAX_HEADLINE_WORDS


def _unnamed_subject(text: str, s: int, clause, lex: Lexicon) -> bool:
    """Does the sentence open with an article and reach its first verb without a name ("The group
    said", "Il ministro ha detto", "Le principal intéressé a rejeté")? Its subject is a noun no entity
    stands for."""
    first = None
    for u in clause.units:
        if u.kind == "phrase":
            return False
        if u.kind == "trigger" and any(t.pos == "verb" for t in u.triggers) and not u.after_det \
                or u.is_cue("report"):
            first = u
            break
    m = _FIRST_WORD.match(text, s)  # "Le ministre a fait savoir qu'...": no name before the clause ends
    if m is not None and not lex.pro_drop and not lex.verb_second and first is not None and first.words_before \
            and not first.comma_before:
        return True  # "Militants said they released...": a bare noun no entity stands for is the subject
        # (languages with zero subjects keep their carry-over: "Inoltre ha detto che..."; in verb-second
        # order the word before the verb is often an adverb: "Nun fordern sie", "Am Montag kritisierte er")
    return m is not None and fold(m.group(1)) in lex.dets


def _latter(matches, refs: list[Ref]) -> list[Ref]:
    """"ce dernier", "quest'ultimo", "este último", "the latter" (`latter` cues) name the person
    mentioned last before them, across sentences: they become a mention of that person."""
    people = [r for r in refs if r.etype == "PERSON" and r.kind != "adjective"]
    if not people:
        return refs
    ends = [r.end for r in people]
    added = []
    for m in matches:
        if m.triggers:
            continue
        for c in m.cues:  # (a plain loop: one generator per match cost more than the whole test)
            if c.value == "latter" and c.kind == "role":
                break
        else:
            continue
        k = bisect.bisect_right(ends, m.start)
        if k:
            added.append(Ref(m.start, m.end, people[k - 1].ids, "pronoun", "PERSON"))
    return sorted(refs + added, key=lambda r: r.start) if added else refs


def _age_nouns(text: str, pattern: re.Pattern[str], refs: list[Ref],
               sentences: list[tuple[int, int]]) -> list[Ref]:
    """"der 42-Jährige", "the 63-year-old", "il 59enne": a definite age noun names a person already
    mentioned: the only person named earlier in its sentence, else the only one named in the previous
    sentence; with two candidates (or a name the link stage missed) it stays unresolved."""
    found = list(prefixed(pattern).finditer(text))
    if not found:
        return refs
    people = [r for r in refs if r.etype == "PERSON" and r.kind != "adjective"]
    if not people:
        return refs
    starts = [r.start for r in refs]
    s_starts = [s for s, _ in sentences]
    added = []
    for m in found:
        inside = bisect.bisect_right(starts, m.start()) - 1
        if inside >= 0 and refs[inside].end > m.start():
            continue  # already part of a mention
        k = bisect.bisect_right(s_starts, m.start()) - 1
        if k < 0:
            continue
        spans = [(sentences[k][0], m.start())] + ([sentences[k - 1]] if k else [])
        for a, b in spans:
            ids = {r.ids for r in people if a <= r.start and r.end <= b}
            if ids:
                if len(ids) == 1:
                    added.append(Ref(m.start(), m.end(), ids.pop(), "pronoun", "PERSON"))
                break
    return sorted(refs + added, key=lambda r: r.start) if added else refs


def _first_verb_subject(clause, inherited: list[str]) -> list[str]:
    return inherited


def _noun_before_relative(text: str, clause, articles: frozenset[str]) -> bool:
    """Do words stand between the last name or trigger of the clause before a relative one and its
    pronoun? Then the pronoun refers to them, an unnamed noun, not to a name further back ("was den
    Kongress anbelangt, ... die Geheimhaltung der Einrichtungen, die sich weigern"); a bracketed
    acronym right after a name is still the name ("der Behörde (CGR), die..."), and so is an article
    ("Scalzone, la cui estradizione")."""
    units = clause.units
    end = clause.end
    if units and units[-1].is_cue("relative"):
        end = units[-1].start
    # (a clause-final verb may stand between: "die Politik von Russland kritisiert, das sich weigert")
    verbs = [u for u in units if u.kind == "trigger" and u.end <= end and all(t.pos == "verb" for t in u.triggers)]
    last = next((u for u in reversed(units) if u.kind in ("phrase", "trigger") and u.end <= end
                 and not any(u is v for v in verbs)), None)
    if last is None:
        return False
    gap = "".join(" " if any(v.start <= k < v.end for v in verbs) else text[k] for k in range(last.end, end))
    return any(fold(w) not in articles for w in _WORDISH.findall(_BRACKETED.sub(" ", gap)))


_BRACKETED = re.compile(r"\([^()]*\)")
_WORDISH = re.compile(r"[^\W\d_]{2,}")


def _inherit(clauses, ci: int, state: SentenceState, first_subject: list[str],
             carry: list[str], parties: Parties) -> tuple[list[str], str | None]:
    """What a clause without its own subject inherits, and whose reported speech it is."""
    if ci == 0:
        return carry, None
    kind = clauses[ci].kind
    prev_subject = state.clause_subjects[ci - 1]
    according = state.according[ci - 1]
    if kind == "report":
        who = speaker(clauses[ci - 1], parties)
        if not who and not any(u.kind == "phrase" for u in clauses[ci - 1].units):
            who = prev_subject or first_subject or carry  # "Ha affermato che": the zero subject speaks
        return who, (who[0] if who else according)
    if kind == "relative" and clauses[ci].object_relative:
        return prev_subject or first_subject or carry, according  # "X, a quien acusó": the main subject acts
    if kind == "relative":
        k = ci - 1
        while k > 0 and all(u.kind == "cue" for u in clauses[k].units) and clauses[k].end - clauses[k].start <= 4:
            k -= 1  # "la doctrina de la Corte –que terminó...": a dash before the pronoun opens an empty clause
        if k < ci - 1:
            prev_subject = state.clause_subjects[k]
        prev_units = clauses[k].units
        for u in reversed(prev_units):
            if u.kind == "phrase" and u.phrase and not u.phrase.anaphor:
                if u.phrase.prep == "in" or u.phrase.qualifier:
                    # "a college student in Beijing, who spoke with VOA", "i carabinieri di Pavullo, che
                    # indagano": the unnamed noun, not the place
                    return [], according
                return u.phrase.heads(), according
        return prev_subject, according
    if kind == "that":
        return [], according  # "le persone che hanno protestato", "ha deciso che ...": no zero subject
    if kind == "resume":
        if _after_opening_aside(clauses, ci):
            return carry, according  # "Poi, rivolgendosi ai giornalisti, ha invitato": the zero subject
        return _antecedent_of_aside(clauses, ci, state), according
    return prev_subject or first_subject or carry, according


_TERMINAL = re.compile(r"[.!?]")


def _question(text: str, at: int, end: int) -> bool:
    """Is the first sentence-ending mark after ``at`` a question mark?"""
    m = _TERMINAL.search(text, at, end)
    return m is not None and m.group() == "?"


def _antecedent(clause) -> list[str]:
    """The name a relative clause hangs on: the last phrase of the clause before it."""
    for u in reversed(clause.units):
        if u.kind == "phrase" and u.phrase and not u.phrase.anaphor:
            return u.phrase.heads()
    return []


def _pronoun_object(ctx: Context, clause, unit, args: Args, s: int, acts: bool = False) -> None:
    """A verb without an object of its own whose object pronoun points back ("Giordano lo aveva
    accusato", "la acusó", "hat ihn kritisiert"): that person undergoes the act; with ``acts`` (a
    frame whose object is the actor, "Y V X": "Mattarella lo ha ricevuto") the person acts."""
    text = ctx.doc.text
    found = pronoun_at(text, unit.start, unit.end, clause.start, clause.end, object_pronouns(ctx.doc.language))
    if found is None or ctx.people is None:
        return
    at, gender = found
    sentences = ctx.doc.sentences or [(0, len(text))]
    k = bisect.bisect_right([a for a, _ in sentences], s) - 1
    window = [sentences[j] for j in range(k, max(-1, k - PRONOUN_SENTENCES_BACK - 1), -1)]
    person = ctx.people.antecedent(at, gender, window, args.targets if acts else args.actors,
                                   topic=clause.kind == "relative")
    if person is not None and acts:
        args.actors = [person]
    elif person is not None:
        args.targets = [person]


def _after_opening_aside(clauses, ci: int) -> bool:
    """Does the clause resume after a gerund aside with nothing but cue words before it ("Poi,
    rivolgendosi ai giornalisti, ha invitato", "Luego, dirigiéndose a la prensa, criticó")? Then no
    name precedes: its zero subject is the sentence's, carried from the previous sentence."""
    if ci < 1 or clauses[ci].kind != "resume":
        return False
    aside = clauses[ci - 1]
    if aside.kind != "boundary" or not aside.parenthetical:
        return False
    return all(u.kind == "cue" for c in clauses[:ci - 1] for u in c.units)


def _antecedent_of_aside(clauses, ci: int, state: SentenceState) -> list[str]:
    """The subject a main clause resumes after a relative aside: the name the clause opened with
    ("Muratov, quien se ha negado a partir, opinó"), or the subject of the main verb before the aside
    ("Schultz supported Democrats on MSNBC, which let him go, and said..."); an unlinked noun ("El
    periodista ruso, cuyo periódico X..., advirtió") or an adjective alone leaves it unknown."""
    aside = clauses[ci - 1]
    if aside.kind == "boundary" and aside.parenthetical:
        # "Putin, speaking in Moscow, accused ...": the name right before the gerund aside
        units = clauses[ci - 2].units if ci >= 2 else []
        last = units[-1] if units else None
        if last is not None and last.is_cue("and") \
                and len(units) >= 2:
            # "Rossi ha parlato e, rivolgendosi ai giornalisti, ha criticato": a verb coordinated after
            # the aside shares the subject of the clause before it
            first = units[0]
            opening = first.phrase.heads() if first.kind == "phrase" and first.phrase is not None \
                and first.phrase.prep is None and not first.phrase.anaphor and not first.phrase.adjectival \
                and first.words_before == 0 else []
            return state.clause_subjects[ci - 2] or opening
        if last is None or last.phrase is None or last.phrase.prep is not None or last.phrase.anaphor \
                or last.phrase.adjectival or any(u.kind == "trigger" for u in units):
            return []
        return last.phrase.heads()
    r = ci - 1
    while r > 0 and clauses[r].kind != "relative":
        r -= 1
    while r > 1 and clauses[r - 1].kind == "relative" and clauses[r - 1].parenthetical:
        r -= 1  # "X, which remain parties to the deal, which Y left, called...": the first aside's name
    units = clauses[r - 1].units if r > 0 else []
    if len(units) < 2 or units[-1].kind != "cue" or units[-1].words_before:
        return []
    phrase = units[-2].phrase
    if all(u.kind == "cue" for u in units[:-2]):
        if phrase is None or phrase.prep is not None or phrase.anaphor or phrase.adjectival:
            return []
        return phrase.heads()
    if any(u.kind == "trigger" and any(t.pos == "verb" for t in u.triggers) for u in units):
        return state.clause_subjects[r - 1]
    return []


def _counted_from_another_act(doc: Document, cs: int, ce: int) -> bool:
    """The clause dates its act by time elapsed since another one ("la Corte, que terminó dando marcha
    atrás un año después"): not the report's day, and nothing the publication date can resolve."""
    pattern = lexicon(doc.language).elapsed_time if doc.language else None
    return pattern is not None and pattern.search(doc.text, cs, ce) is not None


_LAST_WORD = re.compile(r"(\w+)\s+$")


def _after_auxiliary(auxiliaries: frozenset[str], text: str, at: int) -> bool:
    """Is the word right before a verb trigger one of these auxiliaries (future: "será recibido", "sarà
    ricevuto"; conditional: "seraient soutenus")?"""
    if not auxiliaries:
        return False
    m = _LAST_WORD.search(text, max(0, at - 24), at)
    return m is not None and fold(m.group(1)) in auxiliaries


def _content_start(lex: Lexicon, text: str, cs: int, at: int) -> int:
    """Where a reported clause's content begins: after its "that" cue ("a annoncé lundi qu'il allait
    rencontrer", "anunció el lunes que visitará"); a date before it belongs to the report verb."""
    low = fold(text[cs:at])
    for m in lex.scan(low):
        # a longer cue may end in it ("ha annunciato che" is a `planned` cue)
        last = low[m.start:m.end].split()[-1:] if m.cues else []
        if any(c.value == "that" for c in m.cues) \
                or last and any(c.value == "that" for n in lex.scan(last[0]) for c in n.cues):
            return cs + m.end
    return cs


#: PLOVER types of an agentless passive that the law-enforcing body reporting it performed (arrests, raids, seizures)
REPORTED_BY_ENFORCER = frozenset({"COERCE"})
#: organisation kinds that arrest, search and seize (link/org_kinds.py)
ENFORCING_KINDS = frozenset({"police", "prosecution"})


def _enforcing_speaker(ctx: Context, at: int) -> str | None:
    """The police or prosecution body an indirect quotation holding ``at`` is attributed to ("..., the Federal
    Police said"), if any."""
    for q in ctx.doc.quotes:
        if not q.direct and q.start <= at < q.end and q.speaker and ctx.entity_type.get(q.speaker) == "ORG" \
                and ctx.entity_kind.get(q.speaker) in ENFORCING_KINDS:
            return q.speaker
    return None


def _event(ctx: Context, trigger, unit, args: Args, cs: int, ce: int, s: int, e: int,
           according: str | None, events: list[Event], reported: bool = False, lead: int = 0) -> Event | None:
    doc = ctx.doc
    row = ontology.lookup(trigger.type, trigger.mode)
    actors = list(args.actors)
    targets = [t for t in args.targets if t not in actors]
    taken = [t for t in targets if ctx.entity_type.get(t) in ("PLACE", "COUNTRY")]
    if trigger.frame.state and not any(ctx.entity_type.get(t) == "COUNTRY" or _capital(ctx, t) for t in targets):
        return None  # "travelled to Florida", "arrived in the House of Commons": a trip, no state visited
    location = None
    for place in args.places:
        location = place
        break
    if args.destinations:
        dest = args.destinations[0]
        location = dest
        country = ctx.country_of.get(dest)
        targets = [country if t == dest and country else t for t in targets]
        targets = [t for t in dict.fromkeys(targets) if t not in actors]
    if trigger.type == "CONSULT" and trigger.mode != "visit":
        # "si incontravano ad Abu Dhabi": a place met in is where, not whom
        places = [t for t in targets if ctx.entity_type.get(t) == "PLACE" and t in args.places]
        targets = [t for t in targets if t not in places]
        location = location or (places[0] if places else None)
    links = lexicon(doc.language).affiliation_links
    if links:
        # "Los vecinos de Carabanchel exigen", "originario di Foggia assaltò": a town named after a common
        # noun is where the actor lives or comes from; it stands for no country (events6, untuned news)
        actors = [a for a in actors if not (ctx.entity_type.get(a) == "PLACE"
                                            and _origin_only(ctx, a, s, e, links, (unit.start, unit.end)))]
    subsets = lexicon(doc.language).subset_words
    if links and subsets:
        # "algunos policías de Diprove piden", "certains, membres du CNU, évoquent": an unnamed part of a
        # body acts, not the body (issue #6, untuned news)
        actors = [a for a in actors if not _subset_only(ctx, a, s, e, links, subsets)]
    actors = [a for a in _as_countries(ctx, actors) if ctx.entity_type.get(a) != "PLACE"]
    if ctx.guessed:
        actors = [a for a in actors if not _guessed_against_itself(ctx, a, args.targets, s, e, unit.start)]
        if not actors:
            return None
    targets = [t for t in _as_countries(ctx, targets) if t not in actors and not _own_country(ctx, actors, t)]
    if links:
        targets = [t for t in targets if not _affiliation(ctx, actors, t, s, e, links)]
    if trigger.frame.place and not _place_taken(ctx, actors, targets, taken):
        return None  # "ha conquistato il titolo", "erobert die Herzen", a team winning at home: no place taken
    if trigger.type != "CONSULT":
        # "imputó a los tres jóvenes que ... en la colonia Santa Rosa del Aguaray, departamento de San Pedro": a
        # place no country stands behind is acted upon by nobody, as it acts for nobody (issue #6, untuned news)
        targets = [t for t in targets if ctx.entity_type.get(t) != "PLACE"]
    if trigger.type == "CONSULT":
        # "visitó Cerro Largo", "visita a Puerto Natales": a place no country stands behind is where the
        # visit went, not whom it met (events6 round, untuned news)
        places = [t for t in targets if ctx.entity_type.get(t) == "PLACE"]
        targets = [t for t in targets if t not in places]
        location = location or (places[0] if places else None)
        if places and not targets and trigger.mode == "visit":
            return None  # "durante una visita a Cerro Largo": a trip, nobody met
    if trigger.type == "CONSULT" and trigger.mode != "visit" and _hosts(ctx, actors, targets, location):
        actors, targets = targets, actors  # "MBS met with Rubio in Jeddah": the visitor is the source
    if trigger.type == "CONSULT" and actors and all(ctx.entity_type.get(a) == "MEDIA" for a in actors):
        return None  # "VOA spoke with Armitage", "during the Lesotho Times visit": an interview, reporting
    if trigger.type == "CONSULT" and targets and all(ctx.entity_type.get(t) == "MEDIA" for t in targets):
        return None  # "ha parlato con il Corriere", "spoke with Reuters": an interview given, no talks (lead29)
    if trigger.type == "ACCUSE" and trigger.mode == "investigate" and actors \
            and all(ctx.entity_type.get(a) == "MEDIA" for a in actors):
        return None  # "a VOA inquiry", "an investigation by The Post", "l'enquête du Daily Express": journalism (evprec27)
    if not actors and args.passive and trigger.type in REPORTED_BY_ENFORCER and trigger.pos == "verb":
        enforcer = _enforcing_speaker(ctx, unit.start)
        if enforcer:
            # "Xuejun Chen was arrested on Monday, the Federal Police said", "wurde festgenommen, teilte der
            # Generalbundesanwalt mit": an agentless arrest reported by the police or the prosecution is theirs;
            # the speaker after the clause is no recipient (evrecall22)
            actors = [enforcer]
            targets = [t for t in targets if t != enforcer]
            args.rule = "reported-enforcer"  # (the default confidence: a speaker, not a named agent)
            if not targets:
                return None
    if not actors:
        return None  # nobody acting; a place no country stands behind ("Lac Beauvert offers views") acts for none
    if trigger.type in SPEECH_ACTS and according and _speaks_for(ctx, according, actors):
        # "Putin ha affermato che Mosca sostiene...": a leader stating his country's act is the source
        actors = [according]
        targets = [t for t in targets if t != according]
    mode = trigger.mode
    type_ = trigger.type
    if trigger.type == "CONSULT" and mode is None and len(actors) + len(targets) >= 3:
        mode = "multilateral"
    if type_ == "PROTEST" and trigger.pos == "verb" and _AFTER_QUOTE.search(doc.text, max(0, unit.start - 4), unit.start):
        # "„Wir machen ...“, protestiert Höcke", "«...», protesta Salvini": protesting as a verb of saying
        # after a quotation objects to what was said (PLOVER REJECT), no demonstration
        type_, mode = "REJECT", None
    if type_ == "RETREAT" and mode == "withdraw" and targets \
            and all(ctx.entity_type.get(t) in ("ORG", "GROUP") for t in targets):
        type_ = "SANCTION"  # PLOVER: leaving an organisation is SANCTION withdraw; troops leaving land RETREAT
    if type_ == "ASSAULT" and mode is None \
            and verbal_attack(doc.text, doc.language, (unit.start, unit.end), (s, e),
                              (unit.start if trigger.pos == "noun" else cs, ce),
                              [(ctx.entity_type.get(a), ctx.entity_country.get(a)) for a in actors],
                              [(ctx.entity_type.get(t), ctx.entity_country.get(t))
                               for t in dict.fromkeys(targets + args.targets)],
                              unit.quote >= 0):
        # "l'ex ministro attacca Alfano", "Milei atacó al Congreso en su discurso", "griff die Opposition
        # scharf an": an attack in words is PLOVER ACCUSE (senses.py: cues of speech and of force; the
        # targets as named, before a city stands for its country: "attacked Kharkiv" is physical)
        type_, mode = "ACCUSE", "disapprove"
    if type_ == "MOBILIZE" and trigger.pos == "noun" and trigger.frame.role("with") == "X" and len(actors) >= 2:
        type_, mode = "COOPERATE", "military"  # "exercices militaires ... avec la Russie": joint manoeuvres
    actor_kinds = [(ctx.entity_type.get(a), ctx.entity_kind.get(a)) for a in actors]
    stateless = not state_party(actor_kinds, [ctx.entity_type.get(t) for t in targets])
    if stateless and type_ in COMPLEMENT_SENSITIVE \
            and complement_class(doc.text, doc.language or "", (unit.start, unit.end, max(unit.end, unit.span_end)),
                                 (cs, ce)):
        return None  # "verspricht den Kunden Rabatte", "ha ricevuto 240 voti", "the prices asked": commerce,
        # votes, prizes, computing, not an act between political actors (complements.py)
    if stateless and _other_domain(ctx):
        return None  # "Dion joined forces with Peabo Bryson", "Sharon asked me": a page of show business,
        # software, cooking or games, and no state takes part (domains.py)
    if business_only(type_, actor_kinds, [(ctx.entity_type.get(t), ctx.entity_kind.get(t)) for t in targets]):
        return None  # "Apple verspricht den Verlagen ...", "Rheinmetall droht": a company's business
    row = ontology.lookup(type_, mode)
    signatories = len(actors) >= 2 and trigger.frame.role("between") is not None
    # an agreement's parties all act ("l'accordo tra X e Y", "X e Y hanno firmato"): as reciprocal as a
    # meeting, although SUPPORT is no symmetric type (gold GUIDELINES, Agreements)
    reciprocal = (row.symmetric or signatories) and len(actors) >= 2
    if not targets and ((row.needs_target and not reciprocal) or (trigger.frame.target_required and not signatories)):
        return None  # a frame with "between" may have two parties instead of a target ("firmato tra X e Y")
    if trigger.frame.governed_only and not args.governed:
        return None  # "a ceasefire proposal": a topic, not an act
    if type_ == "CONSULT" and trigger.pos == "noun" and len(set(actors) | set(targets)) == 1 \
            and ctx.entity_type.get(actors[0] if actors else targets[0]) == "ORG" \
            and ctx.entity_country.get(actors[0] if actors else targets[0]):
        # "beim Dreikönigstreffen der FDP", "il congresso del Pd", "a Senate session": a national body's
        # own gathering (its members meet) is no meeting between actors; an international organisation's
        # meeting (NATO, the EU, the G7: no country of its own) is one between its members (multilateral)
        return None
    if len(set(actors) | set(targets)) < 2:
        policies = ontology.one_party()
        policy = policies.get(f"{type_} {mode}") or policies.get(type_, "keep")
        if trigger.frame.label and policy == "noun" and insulting_label(doc.text, doc.language or "", unit.end, e):
            policy = "active"  # name-calling with a negative quoted label is an insult, an act (gold GUIDELINES)
        if policy == "drop" or (policy == "noun" and trigger.pos != "noun") or (policy == "verb" and trigger.pos == "noun") \
                or (policy == "active" and trigger.pos != "noun" and (args.passive or args.rule in BORROWED_ACTOR)):
            return None  # "X criticised the procedures", "X discussed it": a statement, not an event between actors
    # "said that it would resume cooperation": the future told in the past is a plan when reported,
    # the narrator's "would" a possibility; so is it inside an indirect quotation the quotes stage gave a
    # speaker after or around it ("Biden would hold talks with Putin next week, the White House said",
    # "According to the Kremlin, Putin would meet Xi"): the speaker's announcement, not the narrator's guess
    told = reported or (FUTURE_PAST in args.status_cues and _in_indirect_quote(doc, unit.start))
    args.status_cues[:] = [("planned" if told else "hypothetical") if c == FUTURE_PAST else c
                           for c in args.status_cues]
    if trigger.pos == "verb" and _after_auxiliary(lexicon(doc.language).future_auxiliaries, doc.text, unit.start):
        args.status_cues.append("planned")  # "será recibido por su homólogo": a passive in the future
    hint = trigger.status_hint or args.status_hint
    if trigger.pos == "verb" and _after_auxiliary(lexicon(doc.language).conditional_auxiliaries, doc.text, unit.start):
        hint = "hypothetical"  # "seraient soutenus par Rome": a passive in the conditional, like the verb's own form
    if _question(doc.text, unit.end, e):
        args.status_cues.append("condition")  # "Will Russia attack?", "will you pledge...?": asked, not asserted
    status = _status(args.status_cues, hint, type_)
    if status == "negated" and trigger.frame.rule_out:
        return None  # "No descartaría la posibilidad de…", "did not rule out": a possibility left open
    # a plan or a possibility reported by someone else: the report's date ("Hier, X avait indiqué que
    # les deux dirigeants auraient un entretien") dates the statement, not the planned act, so only
    # expressions from the reported clause on may date it (an occurred act keeps the report's date)
    # ... and a date before the "that" of a planned act's clause dates the verb that governs it ("a annoncé
    # lundi qu'il allait rencontrer", "Lunedì Meloni ha annunciato che visiterà"), as does one before the
    # first word of a reported clause ("said on Monday he would visit")
    dcs = cs
    if status != "occurred":
        dcs = _content_start(lexicon(doc.language), doc.text, cs, unit.start)
        if dcs == cs and reported:
            dcs = max(cs, lead)
    others = reported and status != "occurred" or dcs > cs
    date, date_text = event_date(doc, dcs, ce, dcs if others else s, e, unit.start, verb=trigger.pos == "verb",
                                 occurred=status == "occurred")
    published = published_day(doc)
    if status == "occurred" and date and published and date > published.isoformat()[:len(date)]:
        if type_ in SPEECH_ACTS:
            date = date_text = None  # "he warned the hospitals could see 43 admissions by next month": the content's date
        else:
            # "la Nato, che inizia a ritirarsi dall'Afghanistan a partire dal 2011" (in 2010): an act dated
            # after the publication, with its year written, has not happened yet
            status = "planned"
    if date and published and status in ("planned", "hypothetical") and len(date) == 10 \
            and 0 < (published - day(date)).days < 7:
        date = (day(date) + timedelta(days=7)).isoformat()  # "talks Tuesday" (planned): the coming Tuesday
    if date and published and status == "planned" and len(date) == 7 and date < published.isoformat()[:7] \
            and not _YEAR.search(date_text or ""):
        date = f"{int(date[:4]) + 1}{date[4:]}"  # "prevista per aprile" read in March: the coming April
    act_of_the_day = trigger.pos == "verb" or args.rule == "nominal-light"  # "ha indetto una riunione"
    if date is None and status == "occurred" and trigger.pos == "verb":
        lex = lexicon(doc.language)
        date = same_occasion_day(doc, lex.same_occasion, cs, ce) or (
            middle_field_year(doc.text, unit.end, unit.span_end) if lex.verb_second else None)
    if date is None and published and status == "occurred" and act_of_the_day \
            and not _counted_from_another_act(doc, cs, ce) \
            and not (trigger.pos == "verb"
                     and (anterior(doc, cs, unit.start) or parenthetical_relative(doc, unit.start))):
        # a scene set by the previous sentence ("Ese 11 de abril, ..."), else the report's day: see RULES.md (Date)
        date = scene_day(doc, unit.start) or news_day(doc, published, e)
    if according is None:
        according = _cited_source(doc, s, e)
    confidence = CONFIDENCE.get(args.rule, 0.6)
    if trigger.pos == "noun" and args.rule == "nominal" and not targets and len(actors) < 2:
        confidence -= 0.1
    if not targets and not reciprocal and trigger.type in _NEEDS_PARTY:
        confidence *= 0.7  # one party and nobody acted upon: often a statement, not an event between actors
    if "condition" in args.status_cues or OBLIGATION in args.status_cues:
        confidence *= CONDITION_FACTOR  # "if the Kremlin agrees", "ob er ... unterstützen würde": nothing asserted
    elif status in ("hypothetical", "negated") and "hypothetical" in args.status_cues and not told \
            and unit.quote < 0:
        # (a negation does not make the narrator's possibility a fact: "Beim nächsten Mal könnte er ohne
        # größere Umstände ... verlangen", "Russia could not attack")
        # "Epstein would later ask to meet...", "you could argue X is a way to better support Y": the narrator's
        # own possibility asserts no act (issue #6, untuned news); a reported one ("said it would resume
        # cooperation") is the speaker's announcement, and a conditional verb form (the Romance reportive
        # "investigaría") keeps its confidence
        confidence *= CONDITION_FACTOR
    return Event(
        type=type_, source=actors, target=targets, status=status, date=date,
        trigger=Span.of(doc.text, unit.start, max(unit.end, unit.span_end)), sentence=Span.of(doc.text, s, e), mode=mode,
        location=location, date_text=date_text, according_to=according, intensity=trigger.intensity
        if mode == trigger.mode and type_ == trigger.type else row.score, confidence=round(confidence, 3),
        rule=f"{doc.language}:{trigger.entry}/{trigger.pos}:{args.rule}",
    )


def _affiliation(ctx: Context, actors: list[str], target: str, s: int, e: int, links: frozenset[str]) -> bool:
    """Is the target named right after an actor and joined to it by an affiliation word, no comma between
    ("Benjamin Jendro von der Gewerkschaft der Polizei", "Ana Pérez del PP"; not "Putin, der Xi traf")?
    It says where the actor comes from; the act is not aimed at it (events6 round, untuned news)."""
    text = ctx.doc.text
    # (a country belongs to nobody: "dass Deutschland der Ukraine Waffen liefert" names a dative recipient;
    # nor does a body or person of one country belong to another: "warf der Kreml der Ukraine Sabotage vor")
    home = ctx.entity_country.get(target) if ctx.entity_type.get(target) == "COUNTRY" else None
    ends = [me for a in actors if ctx.entity_type.get(a) != "COUNTRY"
            and not (home and ctx.entity_country.get(a) and ctx.entity_country[a] != home)
            for ms, me in ctx.mentions.get(a, ()) if s <= ms and me <= e]
    for ts, te in ctx.mentions.get(target, ()):
        if s <= ts < e and any(0 < ts - end <= 14 and fold(text[end:ts]).strip() in links for end in ends):
            return True
    return False


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@cache
def _state_nouns(code: str) -> frozenset[str]:
    """Nouns of bodies that act as their country ("gobierno", "Regierung"): institution_nouns.tsv."""
    rows = load(code).table("institution_nouns.tsv")
    return frozenset(fold(r["noun"]) for r in rows if r.get("acts_as") == "COUNTRY")


def _origin_only(ctx: Context, place: str, s: int, e: int, links: frozenset[str],
                 trigger: tuple[int, int]) -> bool:
    """Is every mention of the place in the sentence joined by a link word to a lower-case noun before
    it ("los vecinos de Carabanchel", "la procura di Bologna", "originario di Foggia")? Not when that
    noun is the trigger itself ("la intervención militar de Moscú": the owner acts)."""
    text = ctx.doc.text
    spans = [(ms, me) for ms, me in ctx.mentions.get(place, ()) if s <= ms < e]
    if not spans:
        return False
    for ms, _ in spans:
        before = fold(text[max(s, ms - 40):ms])
        link = next((w for w in sorted(links, key=len, reverse=True) if before.rstrip().endswith(" " + w)), None)
        if link is None:
            return False
        window = text[max(s, ms - 40):ms].rstrip()[: -len(link)].rstrip()
        m = _WORD_BEFORE.search(window)
        at = max(s, ms - 40) + m.start(1) if m else -1
        if m is None or not m.group(1)[:1].islower() or trigger[0] <= at < trigger[1] \
                or fold(m.group(1)) in _state_nouns(ctx.doc.language or ""):
            return False  # "el gobierno de Moscú": a body that acts as its country (institution_nouns.tsv)
    return True


#: words a quantifier may stand before the link word ("some of the", "algunos policías de", "mehrere Abgeordnete aus")
SUBSET_GAP_WORDS = 3
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")
_PHRASE_BREAK = re.compile(r"[,;:.()«»“”\"]")


def _subset_only(ctx: Context, actor: str, s: int, e: int, links: frozenset[str], subsets: frozenset[str]) -> bool:
    """Is every mention of the actor in the sentence joined by a link word to a noun that a quantifier
    opens ("algunos policías de Diprove", "some members of Congress", "mehrere Abgeordnete der Opposition")?
    Then an unnamed part of it is meant, no actor the text names."""
    text = ctx.doc.text
    spans = [(ms, me) for ms, me in ctx.mentions.get(actor, ()) if s <= ms < e]
    if not spans:
        return False
    for ms, _ in spans:
        before = fold(text[max(s, ms - 60):ms]).rstrip()
        link = next((w for w in sorted(links, key=len, reverse=True) if before.endswith(" " + w) or before == w), None)
        if link is None:
            return False
        phrase = _PHRASE_BREAK.split(before[: len(before) - len(link)])[-1]  # not past a comma: "Tras algunos días, el presidente de X"
        words = _WORDS_BEFORE.findall(phrase)[-SUBSET_GAP_WORDS:]
        if not any(w in subsets for w in words[:-1] or words):
            return False
    return True


def _place_taken(ctx: Context, actors: list[str], targets: list[str], taken: list[str]) -> bool:
    """Does a capture take a place (`[place]` frames): a place or country among its targets, not the
    actors' own ("la Policía y la Fuerza Armada de El Salvador tomaron el control del territorio
    salvadoreño" is a deployment at home, not a capture)."""
    homes = {ctx.entity_country.get(a) for a in actors} | {ctx.entity_country.get(c) for c in _as_countries(ctx, actors)}
    return any(t in targets and ctx.entity_country.get(t) not in homes - {None} and t not in _as_countries(ctx, actors)
               for t in _as_countries(ctx, taken))


#: Mention rules of the linker whose owner comes from the article rather than the words around the
#: mention: a bare title ("le Premier ministre": the article's country) or a bare government noun ("le
#: gouvernement": the country the passage names most). When that country is the act's own recipient
#: ("Le gouvernement a critiqué la Russie" in a text naming only Russia; "Le Premier ministre a accusé
#: Moscou" read as Russia's premier) the guess is the recipient mistaken for the owner: no actor.
GUESSED_RULES = frozenset({"title:article", "title:national", "title:context", "metonym:organisation"})


def _guessed_mentions(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Entity id -> spans of its mentions linked by a ``GUESSED_RULES`` rule."""
    out: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.entities:
        # (a government noun with its owner in the span, "il governo russo", "the Russian government",
        # is read, not guessed)
        spans = [(m.start, m.end) for m in ent.mentions if m.rule in GUESSED_RULES
                 and (m.rule != "metonym:organisation" or " " not in m.text.strip())]
        if spans:
            out[ent.id] = spans
    return out


def _guessed_against_itself(ctx: Context, actor: str, targets: list[str], s: int, e: int, at: int) -> bool:
    """Is ``actor`` named before the trigger at ``at`` in its sentence [s, e) only by guessed mentions,
    and is its country a recipient of the act (the country itself or a place in it) or named by its
    own name elsewhere in the sentence?"""
    guessed = ctx.guessed.get(actor)
    if not guessed:
        return False
    spans = [(a, b) for a, b in ctx.mentions.get(actor, ()) if s <= a < at]  # (the subject's side)
    if not spans or any(span not in guessed for span in spans):
        return False
    home = actor if ctx.entity_type.get(actor) == "COUNTRY" else None
    code = ctx.entity_country.get(actor)

    def same(other: str) -> bool:
        country = ctx.country_of.get(other, other) if ctx.entity_type.get(other) == "PLACE" else other
        return ctx.entity_type.get(country) == "COUNTRY" and \
            (country == home or (code is not None and ctx.entity_country.get(country) == code))

    if any(same(t) for t in targets):
        return True
    # the country named by its own name elsewhere in the clause ("Le gouvernement a rejeté les demandes
    # de la Russie"): another party of the act, not the owner of the noun
    for other, spans in ctx.mentions.items():
        if ctx.entity_type.get(other) == "COUNTRY" and same(other) and \
                any(s <= a < e and (a, b) not in ctx.guessed.get(other, ()) for a, b in spans):
            return True
    return False


def _own_country(ctx: Context, actors: list[str], target: str) -> bool:
    """Is the target the country the acting person stands for ("Trump levied tariffs on exports to
    the U.S."): a leader does not act upon their own state; the phrase names something else."""
    if ctx.entity_type.get(target) != "COUNTRY" or not ctx.entity_country.get(target):
        return False
    home = ctx.entity_country[target]
    return any(ctx.entity_type.get(a) == "PERSON" and ctx.entity_country.get(a) == home for a in actors)


def _hosts(ctx: Context, actors: list[str], targets: list[str], location: str | None) -> bool:
    """Does the one actor meet the one target at home (the meeting place lies in the actor's
    country, not the target's)? The guidelines code the visitor as source and the host as target."""
    if location is None or len(actors) != 1 or len(targets) != 1:
        return False
    where = ctx.entity_country.get(location)
    home, guest = ctx.entity_country.get(actors[0]), ctx.entity_country.get(targets[0])
    return bool(where) and where == home and bool(guest) and guest != home


#: Verbal acts the guidelines code with the speaker as source when reported.
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "AGREE", "SUPPORT"})


def _speaks_for(ctx: Context, speaker: str, actors: list[str]) -> bool:
    """Is the speaker (a person) stating the act of their own country ("Putin said Russia supports")?"""
    if ctx.entity_type.get(speaker) != "PERSON" or len(actors) != 1:
        return False
    home = ctx.entity_country.get(speaker)
    actor = actors[0]
    return bool(home) and ctx.entity_type.get(actor) == "COUNTRY" and ctx.entity_country.get(actor) == home


def _as_countries(ctx: Context, ids: list[str]) -> list[str]:
    """A city acting or acted upon stands for its country ("Pechino ha continuato a commerciare
    con Mosca" is China and Russia); places stay places in location fields."""
    out: list[str] = []
    for eid in ids:
        eid = ctx.country_of.get(eid, eid) if ctx.entity_type.get(eid) == "PLACE" else eid
        if eid not in out:
            out.append(eid)
    return out


#: Readiness ("is ready to", "ist bereit"): a plan for most acts, but declaring oneself ready to
#: accept or to give is itself the agreement ("Ukraine said it is ready to accept a U.S. proposal").
READY = "ready"


#: An option left open ("n'exclut pas de", "non esclude", "schließt nicht aus", "was an option",
#: "considera la possibilità di"): hypothetical, but the actor states it, so its confidence stands.
POSSIBLE = "possible"
#: "would", "würde": the future told in the past (planned) in reported speech, a possibility elsewhere.
FUTURE_PAST = "future-past"


def _status(cues: list[str], hint: str | None, type_: str = "") -> str:
    if ("condition" in cues or OBLIGATION in cues or POSSIBLE in cues) and "negated" not in cues:
        return "hypothetical"
    if READY in cues:
        cues = [c for c in cues if c != READY] + ([] if type_ == "AGREE" else ["planned"])
    for status in STATUS_ORDER:
        if status in cues:
            return status
    return hint or "occurred"


@cache
def _sources_hook():
    """sources.according_to(doc, start, end), when the sources stage provides it."""
    try:
        from cronaca.extract import sources
    except ImportError:
        return None
    return getattr(sources, "according_to", None)


def _in_indirect_quote(doc: Document, pos: int) -> bool:
    """Does an indirect quotation with a speaker (the quotes stage's, when it ran before) hold ``pos``?"""
    return any(not q.direct and q.speaker and q.start <= pos < q.end for q in doc.quotes)


def _cited_source(doc: Document, s: int, e: int) -> str | None:
    hook = _sources_hook()
    if hook is None:
        return None
    try:
        return hook(doc, s, e)
    except Exception:  # a neighbour stage's bug must not lose the event
        return None


def _capital(ctx: Context, eid: str) -> bool:
    """Is this place its country's capital? A capital stands for its state as a destination
    ("travelled to Beijing" visits China; "travelled to Florida" visits nobody)."""
    if ctx.entity_type.get(eid) != "PLACE":
        return False
    kb = _kb()
    entity = next((x for x in ctx.doc.entities if x.id == eid), None)
    entry = kb.country(entity.country) if kb and entity is not None and entity.country else None
    return entry is not None and entry.capital == eid


def _countries(doc: Document) -> dict[str, str]:
    """Place id -> country entity id: from the document's own country entities, else the KB."""
    by_iso = {e.country: e.id for e in doc.entities if e.type == "COUNTRY" and e.country}
    out: dict[str, str] = {}
    kb = None
    for entity in doc.entities:
        if entity.type != "PLACE" or not entity.country:
            continue
        if entity.country in by_iso:
            out[entity.id] = by_iso[entity.country]
            continue
        if kb is None:
            kb = _kb()
        entry = kb.country(entity.country) if kb else None
        if entry is not None:
            out[entity.id] = entry.id
    return out


def implied_countries(doc: Document, events: list[Event]) -> list[Entity]:
    """Countries the events name that the text only implies: "Russian troops attacked Kharkiv" makes
    Ukraine the target (a place acts and suffers through its country), though no word names Ukraine.
    Each becomes an entity of the article without mentions, so that every id an event holds resolves
    to a name; ``mentions`` stays empty because no span of the text names it."""
    known = {e.id for e in doc.entities}
    wanted = sorted({i for ev in events for i in (*ev.source, *ev.target) if i not in known})
    kb = _kb() if wanted else None
    found = [kb.get(i) for i in wanted] if kb else []
    return [Entity(entry.id, entry.name, entry.type, entry.country, entry.wikidata, in_kb=True, implied=True)
            for entry in found if entry is not None]


def _kb():
    try:
        from cronaca import kb
        return kb.load()
    except Exception:
        return False


def triggers(text: str, lang: str, sentences: list[tuple[int, int]] | None = None) -> list[tuple[Span, "Trigger"]]:
    """Every trigger in a text with the reading the event rules would give it, without arguments:
    for typing text whose entities are unknown (evaluation on snippets, quick filters)."""
    if lang not in supported():
        return []
    lex = lexicon(lang)
    matches = lex.scan(text, [e for _, e in sentences or ()])
    out: list[tuple[Span, Trigger]] = []
    for s, e in sentences or [(0, len(text))]:
        sm = [m for m in matches if s <= m.start < e]
        for clause in segment(text, s, e, sm, [], lex):
            for i, unit in enumerate(clause.units):
                if unit.kind != "trigger":
                    continue
                trigger = pick_trigger(unit, clause.units, i)
                if trigger.pos not in ("verb", "noun") or (trigger.pos == "verb" and unit.after_det):
                    continue
                out.append((Span.of(text, unit.start, max(unit.end, unit.span_end)), trigger))
    return out
