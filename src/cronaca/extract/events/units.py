"""A sentence as a short sequence of units: noun phrases that hold entity mentions, triggers and cues.

Only the things the event rules look at become objects (a few per sentence); the words between
them are just counted. A noun phrase starts at a preposition cue or at a mention and records the
preposition's role ("with", "between", "of"...); mentions joined by "and" or a list comma are
separate conjuncts, mentions in a chain ("il presidente russo Vladimir Putin") are one conjunct
whose head is the last non-adjective mention. Clause cues (boundaries, speech verbs, relative
pronouns) split the sentence into clauses.
"""
from __future__ import annotations

import bisect

import re
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter

from cronaca.extract.events.participles import bare_participle, subordinate_participle
from cronaca.extract.events.lexicon import Cue, Lexicon, Match, Trigger, fold
from cronaca.extract.events.labels import quoted_label
from cronaca.lang import LanguageDataError, load

PREPOSITIONS = frozenset({"with", "between", "against", "to", "by", "of", "in", "on", "from", "during",
                          "according", "for", "like"})
CLAUSE_ROLES = frozenset({"boundary", "report", "say", "belief", "relative", "that"})
#: a preposition that is a noun's genitive right after a noun trigger and an agent elsewhere (German "von")
GENITIVE_OR_AGENT = "by/of"
#: speech cues: "say" verbs report content only ("said the strike was"), "report" ones may also take an
#: act as their object ("announced a ceasefire"), "belief" ones report an opinion
SPEECH_ROLES = ("report", "say", "belief")
MAX_CHAIN_WORDS = 2  # words allowed between two mentions in a chain ("Russia's President Putin")
MAX_CONJ_WORDS = 4  # words allowed around "and" between two conjuncts
MAX_PREP_WORDS = 3  # words allowed between a preposition and the mention it introduces
_WORD = re.compile(r"\w+")
_COMMA_WORD = re.compile(r",\s*(\w+)")
_POSSESSIVE = re.compile(r"['’]s?\s+(?:\w+\s+)?")  # "Putin's (new) visit"
_POSSESSOR = re.compile(r"['’]s?\s")
_POSSESSIVE_END = re.compile(r"\w['’]s?\s+(?:[\w-]+\s+)?$")  # "X's (full-scale) invasion"
_OWNER_WORD = re.compile(r"(\w+)$")  # the possessor's last word, right before the apostrophe
PUNCT = object()  # a clause-breaking punctuation item
GERUND = object()  # a comma before a gerund ("Putin, speaking in Moscow, said"): opens an aside clause
RELATIVE_END = object()  # where a verb-final relative clause ended (`relative_after_comma`)
_HARD_PUNCT = re.compile(r"[;:–—]")  # parentheses are asides inside a clause, not breaks


@dataclass(slots=True)
class Ref:
    """An entity mention (overlapping mentions merged; the longest wins)."""

    start: int
    end: int
    ids: tuple[str, ...]
    kind: str  # name | surname | title | adjective | acronym | metonym | pronoun
    etype: str  # PERSON | ORG | COUNTRY | PLACE | GROUP | MEDIA
    place: str | None = None  # the place this span also names ("Pechino": China the actor, Beijing the place)


@dataclass(slots=True)
class Phrase:
    start: int
    end: int
    prep: str | None
    conjuncts: list[list[Ref]] = field(default_factory=list)
    anaphor: str | None = None  # "both sides": "*" or an entity type; resolved against earlier events
    agent: bool = False  # "Ukrainian officials": a country adjective on an agent noun stands for the country
    possessor: bool = False  # followed by "'s": owns the noun after it ("the United States' trading partners")
    speaker: bool = False  # "we", "wir" (`pronoun:SPEAKER`): inside a quotation, the speaker's side
    person: bool = False  # a personal pronoun ("he", "er": `pronoun:PERSON`) stands for a person only
    thing: bool = False  # a neuter pronoun ("es": `pronoun:THING`) stands for anything but a person
    plural: bool = False  # a plural-only pronoun ("they", "ellos": `pronoun:PLURAL`) stands for a pair or a group
    qualifier: bool = False  # "i carabinieri di Pavullo": a town naming where an unnamed noun is, not who acts
    # an "in" phrase after a situation noun ("the human rights situation in China", "die Menschenrechtslage in
    # China"; ``situation_nouns`` in event_grammar.tsv): the state whose conditions they are
    situated: bool = False

    def heads(self) -> list[str]:
        out: list[str] = []
        for chain in self.conjuncts:
            names = [r for r in chain if r.kind != "adjective"]
            for ref in ([names[-1]] if names else chain):
                for eid in ref.ids:
                    if eid not in out:
                        out.append(eid)
        return out

    def head_refs(self) -> list[Ref]:
        out: list[Ref] = []
        for chain in self.conjuncts:
            names = [r for r in chain if r.kind != "adjective"]
            out.extend([names[-1]] if names else chain)
        return out

    @property
    def adjectival(self) -> bool:
        return not self.agent and bool(self.conjuncts) and all(r.kind == "adjective" for c in self.conjuncts for r in c)

    @property
    def subjectish(self) -> bool:
        """May be a subject: bare, or a genitive / origin on an unseen head ("diplomats from the G7"),
        unless it only places that head ("i carabinieri di Pavullo")."""
        return self.prep in (None, "of", "from") and not self.qualifier

    @property
    def bare(self) -> bool:
        """A phrase that can be a subject or direct object (genitives hang on an unseen head noun)."""
        return self.prep in (None, "of")


@dataclass(slots=True)
class Unit:
    kind: str  # phrase | trigger | cue
    start: int
    end: int
    phrase: Phrase | None = None
    triggers: tuple[Trigger, ...] = ()
    cue: Cue | None = None
    words_before: int = 0  # words between the previous unit and this one
    comma_before: bool = False  # a comma between the previous unit and this one
    comma_after: bool = False  # a cue a comma follows at once ("Vorausgesetzt, ...")
    touching: bool = False  # nothing but spaces and commas between the previous unit and this one
    impersonal: bool = False  # an impersonal pronoun right before the verb ("si è discusso", "se decidió")
    after_det: bool = False  # an article right before it (a noun, not a verb: "la visita")
    after_possessive: bool = False  # "Putin's visit": the name before is the noun trigger's actor
    after_det_name: bool = False  # "the G7 talks", "la Jeddah summit": article + name + trigger is a noun
    span_end: int = 0  # a gapped trigger's evidence ends at its tail ("lehnte den Plan ab"), past the unit
    progressive: bool = False  # a progressive form ("are demanding"): "be" before it is no passive
    after_comma: bool = False  # a comma right before the verb (only auxiliaries between): an aside may end there
    aside_before: bool = False  # only an unlinked aside between two commas before it (", a terrorist group,")
    quote: int = -1  # start of the direct quotation holding the unit, -1 outside quotations
    noun_subject_before: bool = False  # the clause opens with an unlinked noun phrase right before this verb
    # the clause opens with an unlinked noun phrase right before its finite auxiliary, this verb closing the
    # clause ("Der Verein hat ... die AfD unterstützt"): the names between are objects
    noun_subject_before_aux: bool = False
    # verb-second order: an unlinked noun phrase with a subject article stands right after this verb, before
    # any name ("wählte die Vollversammlung Birgit Mock"): it is the subject, the name after it an object
    noun_subject_after: bool = False
    plain_gap: bool = False  # the one or two unknown words before it are lower case, no article among them (a verb, an adverb)
    det_gap: bool = False  # a relative clause's first verb has an article among the unknown words before it
    object_gap: bool = False  # one to four lower-case words before it, an article only first: a preposition's object ("Con esas tres iniciativas pidió")
    genitive_object_before: bool = False  # a fronted plural noun with a genitive name before a singular verb ("Die Pläne der Ukraine lehnte")
    unnamed_before: bool = False  # after the last comma before it, an article and a noun no lexicon knows ("..., la ministra detalló")
    noun_use_before: bool = False  # a verb form used as a noun ("the call for") stands between it and the previous unit
    gender: str = ""  # a possessive cue: whom it can stand for (``possessive_genders``: F, M, THING), else ""
    owned_before: bool = False  # right after "Name's" and a noun that is no body of the name ("Obama's advisers shrank")
    after_and: bool = False  # right after "and" ("... aktiv und stand"): coordinated with the clause's first predicate
    # the gap before it holds a comma followed by a lower-case word that is no article ("war umstritten, fiel
    # ... auf", "spoke for an hour, met"): a predicate opens there, not a noun phrase
    predicate_after_comma: bool = False
    name_compound: bool = False  # a bare verb form right after one name, no object after it: a noun ("U.S. support for")
    object_clitic: bool = False  # an accusative clitic (with its auxiliary) right before the verb: "Lo ha ricevuto"
    bare_participle: bool = False  # a past participle with no auxiliary after a content word: "De Poli eletto" (passive)
    # an attributive participle right after its agent phrase, inside a noun phrase ("die von der Türkei
    # unterstützten Rebellen", "der von Russland angegriffenen Ukraine"): passive, the agent acts
    agent_before: bool = False
    # a share of people right before it ("and 1 percent support", "44 per cent would back"; grammar key
    # `share_subject_words`): the unnamed share is the subject, no name before it acts
    share_before: bool = False
    # a bare name right before a noun of people who act on their own ("The Republican nominee ... and vowed",
    # grammar key `modified_people_nouns`): the name says whose they are and is no first conjunct's subject
    people_after: bool = False
    # a name right after an indefinite singular determiner (grammar key `member_determiners`: "a", "one"): "A
    # Republican criticized", "One Republican threatened" name one unnamed member, not the party
    one_member: bool = False

    def is_cue(self, value: str) -> bool:
        """A cue unit of this role or status ("and", "light", "passive", "by", ...): the test the role
        rules make most often, stated once."""
        return self.kind == "cue" and self.cue is not None and self.cue.value == value


@dataclass(slots=True)
class Clause:
    kind: str  # main | boundary | report | relative | that
    start: int
    end: int
    units: list[Unit] = field(default_factory=list)
    parenthetical: bool = False  # a relative clause opened after a comma ("Muratov, quien ...")
    belief: bool = False  # a report clause of an opinion verb ("molti alleati ritengono che ..."): a claim
    content_only: bool = False  # opened by a "say" verb: a noun at its start is the content's subject, not its object
    object_relative: bool = False  # opened by "a quien", "a cui", "auquel": the antecedent is acted upon
    according: str | None = None  # the speaker of a speech aside inside it ("Putin, said Biden, attacked")
    finite_first: bool = False  # a resumed clause opened by a finite verb no lexicon knows ("Spiegel, die ..., musste")


#: roles whose phrase may be a title followed by the person's name after a comma
APPOSITION_ROLES = frozenset({"with", "to", "against", "by"})  # "recibido por su homólogo chino, Xi Jinping"
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _titled_apposition(text: str, gap: str, words: int, item: object, pending: tuple[str, int], end: int) -> bool:
    """"se reunió con el presidente del Gobierno, Pedro Sánchez": a title no entity stands for, then
    the person's name after one comma, closing the phrase (a comma, a full stop or the sentence end
    after the name: "con los ministros, Putin dijo" is a new subject): the name keeps the preposition."""
    return isinstance(item, Ref) and item.etype == "PERSON" and item.kind != "adjective" \
        and pending[0] in APPOSITION_ROLES and gap.count(",") == 1 and not gap.rpartition(",")[2].strip() \
        and 0 < pending[1] + words <= MAX_PREP_WORDS + 2 \
        and _APPOSITION_END.match(text, item.end, end) is not None


def _role_tail(text: str, m: Match, lexicon: Lexicon) -> tuple[int, int, Match] | None:
    """The tail of a gapped trigger as a role cue, when it is a preposition its frame gives a role
    ("trattando con il Fondo monetario": "con" opens the [with] phrase, as it would without the trigger)."""
    k = m.end
    while k > m.head_end and not text[k - 1].isspace():
        k -= 1
    cue = lexicon.tail_roles.get(fold(text[k:m.end]))
    if cue is None or cue.value not in PREPOSITIONS or not any(t.tail and t.frame.role(cue.value) is not None
                                                                for t in m.triggers):
        return None
    return k, m.end, Match(k, m.end, (), (cue,))


def _right_after_verb(units: list[Unit]) -> bool:
    """Does the clause's last unit, a phrase, follow a verb trigger with no word between?"""
    return len(units) >= 2 and units[-1].kind == "phrase" and units[-1].words_before == 0 \
        and units[-2].kind == "trigger" and any(t.pos == "verb" for t in units[-2].triggers)


def _detach_last_conjunct(units: list[Unit], last: Unit) -> None:
    """The last item of ``last``'s list becomes a unit of its own after it: the next verb's subject."""
    phrase = last.phrase
    assert phrase is not None
    tail = phrase.conjuncts.pop()
    phrase.end = phrase.conjuncts[-1][-1].end
    last.end = phrase.end
    subject = Phrase(tail[0].start, tail[-1].end, None, [tail])
    units.append(Unit("phrase", subject.start, subject.end, phrase=subject, comma_before=True, touching=True))


def _split_fronted_subject(text: str, units: list[Unit]) -> None:
    """"Durante l'incontro con Xi Jinping, Putin ha elogiato": a name after a comma, right before a
    verb, at the end of a preposition's list that has no "and" is the verb's subject, not the last
    item of the list ("con Macron, Scholz e Meloni" keeps its list)."""
    last = units[-1]
    phrase = last.phrase
    if last.kind != "phrase" or phrase is None or len(phrase.conjuncts) < 2:
        return
    if phrase.prep is None and not any(u.kind == "trigger" and any(t.pos == "verb" for t in u.triggers)
                                       for u in units[:-1]):
        return  # a bare list is an object list only after a verb ("When Russia attacked Ukraine, France
        # condemned it": France is the next verb's subject); at a clause's start it is the subject list
    gaps = [text[a[-1].end:b[0].start] for a, b in zip(phrase.conjuncts, phrase.conjuncts[1:])]
    if any(g.strip() != "," for g in gaps):
        return
    _detach_last_conjunct(units, last)


def _uncompared(text: str, units: list[Unit], at: int) -> None:
    """A comparison word's phrase not closed by a comma before the verb at ``at`` is no comparison but the
    verb's subject after "as" ("Comme Macron l'a dit", "Como dijo Sánchez" keep their speaker): it stays bare."""
    last = units[-1] if units else None
    if last is not None and last.kind == "phrase" and last.phrase is not None and last.phrase.prep == "like" \
            and "," not in text[last.start:at]:
        last.phrase.prep = None


def _split_described_subject(text: str, units: list[Unit], lexicon: Lexicon) -> None:
    """"... militants in Afghanistan, a charge New Delhi quickly rejected": a name right before a verb, after
    a comma and an article with a common noun ("a charge", "the claim"), is no item of the list before
    the comma: the article opened a noun phrase whose own clause the name is the subject of (a list
    names its items bare or with a title, "Xi, Putin and Modi"). The name becomes the verb's subject."""
    last = units[-1] if units else None
    phrase = last.phrase if last is not None else None
    if last is None or last.kind != "phrase" or phrase is None or len(phrase.conjuncts) < 2:
        return
    gap = text[phrase.conjuncts[-2][-1].end:phrase.conjuncts[-1][0].start]
    if "," not in gap:
        return
    after = gap.rpartition(",")[2]
    words = after.split()
    if len(words) < 2 or not _opens_with_article(after, lexicon) or not all(w[:1].islower() for w in words[1:]):
        return
    _detach_last_conjunct(units, last)


def _split_opening_object(text: str, clauses: list[Clause]) -> None:
    """"After meeting Xi, Macron said", "Dopo aver incontrato Xi, Macron ha detto": the object of a verb that
    opens the sentence (nothing but cues before it), then a comma and a name right before the next verb, is
    the object and the main clause's subject, not a list of two objects (evrecall21; only a list of two
    with a bare comma between: "meeting Xi, Putin and Modi" keeps its list)."""
    if any(u.kind != "cue" for c in clauses[:-1] for u in c.units):
        return
    units = clauses[-1].units
    first = next((u for u in units if u.kind != "cue"), None)
    if first is None or first.kind != "trigger" or not any(t.pos == "verb" for t in first.triggers):
        return
    last = units[-1]
    phrase = last.phrase
    if last is first or last.kind != "phrase" or phrase is None or phrase.prep is not None \
            or len(phrase.conjuncts) != 2 or text[phrase.conjuncts[0][-1].end:phrase.conjuncts[1][0].start].strip() != ",":
        return
    _detach_last_conjunct(units, last)


#: units a sentence-opening participle's agent may stand after it ("Ricevuto al Quirinale da Mattarella")
PARTICIPLE_AGENT_REACH = 5


def _split_participle_agent(text: str, units: list[Unit]) -> None:
    """"Ricevuto al Quirinale da Mattarella, Zelensky ha parlato", "Criticato da Salvini, Conte ha
    replicato": a sentence opening with a participle and its agent, then a comma and a name, is the
    agent and the main clause's subject (whatever verb follows), not a list of agents: a list with no
    "and" splits as in _split_fronted_subject."""
    if units[0].kind != "trigger" or not any(t.pos == "verb" for t in units[0].triggers):
        return
    for k in range(1, min(len(units), PARTICIPLE_AGENT_REACH + 1)):
        u = units[k]
        if u.kind == "trigger":
            return
        if u.kind == "phrase" and u.phrase is not None and u.phrase.prep == "by":
            head = units[:k + 1]  # (_split_fronted_subject splits the last unit's phrase)
            rest = units[k + 1:]
            _split_fronted_subject(text, head)
            units[:] = head + rest
            return


def _title_conjunct(text: str, phrase: Phrase, item: Ref, lexicon: Lexicon) -> bool:
    """Is ``item`` the name that closes a title coordinated with ``phrase`` ("X e il leader
    dell'opposizione Y", "X et son homologue chinois Y")? A person's name within a few words, no
    punctuation between (a country after the genitive is the genitive's own: "e gli alleati
    dell'Ucraina")."""
    gap = text[phrase.end:item.start]
    return item.etype == "PERSON" and item.kind != "adjective" and not _HARD_PUNCT.search(gap) \
        and "," not in gap and lexicon.count_words(gap) <= MAX_CONJ_WORDS + 2


def _opens_with_article(gap: str, lexicon: Lexicon) -> bool:
    """Does the gap between two names start with an article ("Roma il presidente", "l'Élysée le
    président")? A name's title never does: the article opens the next noun phrase."""
    first = _FIRST_WORD.match(gap)
    return first is not None and lexicon.det_before(first.group(1) + " ", len(first.group(1)) + 1)


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+['’]?)")


def _article_after_words(gap: str, lexicon: Lexicon) -> bool:
    words = gap.split()
    return any(lexicon.det_before(" ".join(words[:k + 1]) + " ", len(" ".join(words[:k + 1])) + 1)
               for k in range(1, len(words)))


_START, _END = itemgetter(0), itemgetter(1)


def _sort_spans(items: list) -> None:
    """Sort (start, end, ...) items by start, the longer first, else in their order: two stable sorts
    keyed in C instead of a Python key call per item."""
    items.sort(key=_END, reverse=True)
    items.sort(key=_START)


def _pool(a: Ref, b: Ref) -> Ref:
    """Two entities on one span: a place and an actor ("Pechino" = Beijing and China) keep the actor
    for roles and the place for location; otherwise both ids (one title naming two people)."""
    if (a.etype == "PLACE") != (b.etype == "PLACE"):
        actor, place = (b, a) if a.etype == "PLACE" else (a, b)
        return Ref(a.start, a.end, actor.ids, actor.kind, actor.etype, place.ids[0])
    return Ref(a.start, a.end, tuple(dict.fromkeys(a.ids + b.ids)), a.kind, a.etype, a.place or b.place)


def merge_mentions(refs: list[Ref]) -> list[Ref]:
    """Drop mentions inside longer ones; same-span mentions pool their entity ids."""
    refs = sorted(refs, key=lambda r: (r.start, -(r.end - r.start)))
    out: list[Ref] = []
    for ref in refs:
        if out and ref.start < out[-1].end:
            last = out[-1]
            if ref.start == last.start and ref.end == last.end:
                out[-1] = _pool(last, ref)
            continue
        out.append(ref)
    return out


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The grammar values ``segment`` reads, parsed once per lexicon instead of once per sentence."""

    suffixes: tuple[str, ...]  # clause_suffixes: after a comma, a gerund opens an aside clause
    name_modifies: bool  # name_modifies_noun: "the G7 talks" (en), not "la Cina condanna"
    # languages whose subordinate clauses always follow a comma (German): a conjunction elsewhere is
    # a preposition or an adverb ("als Justizministerin", "beendete sie aber", "da" = there)
    comma_clauses: bool
    time_nouns: frozenset[str]
    clitics: frozenset[str]
    progressive: str  # "are demanding": active, not passive
    plural_endings: tuple[str, ...]
    nominative_articles: frozenset[str]
    subject_articles: frozenset[str]
    plural_nouns: tuple[str, ...]  # plural_noun_endings: "Die Pläne lehnte Russland ab"
    according_words: frozenset[str]
    relatives: frozenset[str]
    inclusions: frozenset[str]  # inclusion_words: ", including the EU": the names after it join the list before
    genitive: re.Pattern[str] | None
    object_clitic: re.Pattern[str] | None  # object_clitic_before: "Lo ha ricevuto il presidente"
    amounts: frozenset[str]  # amount_words: "tariffs on $20.7 billion worth of U.S. exports"
    present_passive: frozenset[str]  # present_passive_auxiliaries: "wird ... kritisiert" (not "wird ... kritisieren")
    copula_passive: frozenset[str]  # copula_passive: "è sostenuta dagli Stati Uniti" (with its agent only)
    agent_after: re.Pattern[str] | None  # copula_passive_agent: the agent preposition right after the participle
    reflexives: frozenset[str]  # reflexive_pronouns: "si è ..." is a reflexive verb's auxiliary, no passive
    verb_gap: re.Pattern[str] | None  # verb_between_names: "Poland alarmed NATO" is two phrases, not one chain
    finite_auxiliaries: frozenset[str]  # "hat", "wird", "kann": the finite verb of a clause closed by a participle
    # hyphen_modifier_before_noun: a hyphenated modifier right before a form that is verb and noun makes it the
    # noun ("the pro-reform protests", "the long-awaited debate"; head-final compounds, evprec27)
    hyphen_modifier: bool = False
    # possessive_genders: whom a possessive determiner can stand for (F, M: a person of that gender; THING: no
    # person), written on its cue unit ("her harsh criticism of Putin" is no act of the man who speaks; evactor27)
    possessive_genders: dict[str, str] = field(default_factory=dict)
    # situation_nouns: nouns of a state of affairs ("situation", "Lage", "condizioni"); a country in an "in"
    # phrase after one is whose situation it is (``Phrase.situated``)
    situations: frozenset[str] = frozenset()
    # modified_people_nouns: nouns of people who act on their own ("supporters", "Anhänger"); a name modifying
    # one, or in its genitive, says whose they are and does not act
    people_nouns: frozenset[str] = frozenset()
    # share_subject_words: a number followed by one of these words ("1 percent", "44 per cent") right before a verb
    # is the verb's (unnamed) subject: a share of voters or respondents
    shares: re.Pattern[str] | None = None
    # member_determiners: singular indefinite determiners ("a", "an", "one"); a name right after one, with the verb
    # right after the name, is one unnamed member of the named body ("One Republican threatened")
    member_dets: re.Pattern[str] | None = None


#: id(lexicon) -> (lexicon, its grammar values); the lexicon is kept so that an id is never reused
_GRAMMARS: dict[int, tuple[Lexicon, _Grammar]] = {}


def _grammar(lexicon: Lexicon) -> _Grammar:
    found = _GRAMMARS.get(id(lexicon))
    if found is not None and found[0] is lexicon:
        return found[1]
    get = lexicon.grammar.get
    grammar = _Grammar(
        suffixes=_suffixes(get("clause_suffixes", "")),
        name_modifies=get("name_modifies_noun") == "yes",
        comma_clauses=get("boundary_after_comma") == "yes",
        time_nouns=_word_set(get("time_nouns", "")),
        clitics=_word_set(get("clitic_pronouns", "")),
        progressive=get("progressive_suffix", ""),
        plural_endings=tuple(_word_set(get("plural_verb_endings", ""))),
        nominative_articles=_word_set(get("nominative_articles", "")),
        subject_articles=_word_set(get("subject_articles", "")),
        finite_auxiliaries=_word_set(get("finite_auxiliaries", "")),
        plural_nouns=tuple(_word_set(get("plural_noun_endings", ""))),
        according_words=_word_set(get("according_after_comma", "")),
        relatives=_word_set(get("relative_after_comma", "")),
        inclusions=_word_set(get("inclusion_words", "")),
        genitive=lexicon.noun_genitive,
        object_clitic=re.compile(get("object_clitic_before")) if get("object_clitic_before") else None,
        amounts=_word_set(get("amount_words", "")),
        present_passive=_word_set(get("present_passive_auxiliaries", "")),
        copula_passive=_word_set(get("copula_passive", "")),
        agent_after=re.compile(get("copula_passive_agent"), re.I) if get("copula_passive_agent") else None,
        reflexives=_word_set(get("reflexive_pronouns", "")),
        verb_gap=re.compile(get("verb_between_names")) if get("verb_between_names") else None,
        hyphen_modifier=get("hyphen_modifier_before_noun") == "yes",
        possessive_genders=dict(item.strip().split(":", 1) for item in get("possessive_genders", "").split(",")
                                if ":" in item),
        situations=_word_set(get("situation_nouns", "")),
        people_nouns=_word_set(get("modified_people_nouns", "")),
        shares=_share_pattern(get("share_subject_words", "")),
        member_dets=_final_words(get("member_determiners", "")))
    _GRAMMARS[id(lexicon)] = (lexicon, grammar)
    return grammar


def segment(text: str, start: int, end: int, matches: list[Match], refs: list[Ref],
            lexicon: Lexicon, dates: frozenset[int] = frozenset()) -> list[Clause]:
    """The clauses of the sentence text[start:end], each a list of units in text order.
    ``dates``: offsets covered by date expressions; a preposition inside one or right before one
    ("On Monday Putin met Xi", "am Mittwoch") introduces the date, not the next name."""
    items: list[tuple[int, int, object]] = [(r.start, r.end, r) for r in refs]
    pointer_ends = {r.end for r in refs if r.kind == "pronoun"}
    ri = 0
    for m in matches:
        while ri < len(refs) and refs[ri].end <= m.start:
            ri += 1
        if m.head_end is not None:  # a gapped trigger: the head is the unit, names in the gap stay
            if not (ri < len(refs) and refs[ri].start < m.head_end):
                items.append((m.start, m.head_end, m))
                tail = _role_tail(text, m, lexicon)
                if tail is not None:
                    items.append(tail)
            continue
        if ri < len(refs) and refs[ri].start < m.end:
            if m.cues and not m.triggers and m.start < refs[ri].start and " " in text[m.start:refs[ri].start]:
                items.append((m.start, refs[ri].start, m))  # "con il|presidente cinese": keep "con"
            continue  # a cue or trigger word inside a name ("Consiglio di sicurezza")
        items.append((m.start, m.end, m))
    for p in _HARD_PUNCT.finditer(text, start, end):
        items.append((p.start(), p.end(), PUNCT))
    grammar = _grammar(lexicon)
    suffixes = grammar.suffixes
    name_modifies = grammar.name_modifies
    comma_clauses = grammar.comma_clauses
    time_nouns = grammar.time_nouns
    clitics = grammar.clitics
    progressive = grammar.progressive
    plural_endings = grammar.plural_endings
    nominative_articles = grammar.nominative_articles
    subject_articles = grammar.subject_articles
    plural_nouns = grammar.plural_nouns
    pro_drop = lexicon.pro_drop
    according_words = grammar.according_words
    relatives = grammar.relatives
    inclusions = grammar.inclusions
    if suffixes:
        for p in _COMMA_WORD.finditer(text, start, end):
            if p.group(1).lower().endswith(suffixes) and len(p.group(1)) > 5 \
                    and p.group(1).lower() not in inclusions:  # "including" opens no clause
                items.append((p.start(), p.start() + 1, GERUND))
    if relatives and "," in text[start:end]:
        words = relatives
        for p in _COMMA_WORD.finditer(text, start, end):
            stop = _relative_end(text, p.end(1), end, lexicon.conjunctions) if p.group(1).lower() in words else None
            if stop is not None:
                items.append((p.start(1), p.end(1), Match(p.start(1), p.end(1), (), (_RELATIVE,))))
                if stop < end and text[stop] == ",":
                    items.append((stop, stop, RELATIVE_END))  # the verb closed it
    _sort_spans(items)

    clauses = [Clause("main", start, end)]
    phrase: Phrase | None = None
    pending_prep: tuple[str, int] | None = None  # (role, words since)
    pending_conj = False
    and_end = -1  # where the last "and" ended
    conj_title: Phrase | None = None  # "X e il leader dell'opposizione Y": the phrase Y may still join
    last_end = start
    last_ref: Ref | None = None
    last_det_end = -1
    agent_end = -1  # end of the last agent noun ("negoziatori"), for an adjective right after it
    agent_in = -1  # end of an "in" right after a bare agent noun ("security forces in Somalia")
    bare_agent_end = -1  # end of the last agent noun that no preposition governs
    genitive_phrase: Phrase | None = None  # the last phrase `noun_genitive` made a genitive
    body_end = -1  # end of the last body noun ("Regierung", `agent:body`) an adjective made a phrase of
    carried = 0  # words no lexicon knows since the previous unit (function-word items make no unit)
    comma_open = False  # a comma, then only auxiliaries or adverbs: "..., ha poi detto"
    noun_use = False  # a verb form used as a noun was passed over since the previous unit

    def add(unit: Unit) -> None:
        nonlocal carried, noun_use
        unit.noun_use_before = noun_use
        clauses[-1].units.append(unit)
        carried = 0
        noun_use = False

    def close() -> None:
        nonlocal phrase, pending_conj
        phrase = None
        pending_conj = False

    relative_closed = False
    capitalised = lexicon.capitalised_nouns
    genitive = grammar.genitive
    count_words = lexicon.count_words
    gap_memo = lexicon.gap_memo  # (count_words remembers short gaps: look there first, skip the call)
    relative_end = 0
    for s, e, item in items:
        if item is RELATIVE_END:
            relative_closed = clauses[-1].kind == "relative"
            relative_end = s
            continue
        if s < last_end:
            continue
        if relative_closed:
            relative_closed = False
            verb = _finite_verb_after(text, relative_end, s, item) \
                if _aside_of_opening_name(clauses) and not _continues_main(item) else None
            if verb is not None:
                # "Spiegel, die inzwischen Ministerin war, musste ... zurücktreten": the lower-case word no
                # lexicon knows after the aside of the opening name is the main clause's finite verb
                close()
                pending_prep = None
                clauses.append(Clause("resume", verb, end, finite_first=True))
                last_end = verb
            elif not _continues_main(item):
                # ", sowie durch die Huthis im Jemen, ...": what follows the closed relative clause is no
                # part of it (a verb or an auxiliary there resumes the main clause, below)
                close()
                pending_prep = None
                clauses.append(Clause("boundary", s, end))
        gap = text[last_end:s]
        words = gap_memo.get(gap)
        if words is None:
            words = count_words(gap)
        carried += words
        gap_comma = "," in gap and _comma(gap)
        if gap_comma and not relatives and _aside_of_opening_name(clauses, within=True):
            verb = _finite_verb_after(text, last_end + gap.rindex(","), s, None)
            if verb is not None:
                # "President William Ruto, who had 14 days ..., took less than a day to nominate": a
                # lower-case word no lexicon knows after a comma in the opening name's aside is the main
                # clause's verb (names are capitalised; function words, adverbs and known verbs are cues)
                close()
                pending_prep = None
                clauses.append(Clause("resume", verb, end, finite_first=True))
                gap = text[verb:s]
                words = carried = count_words(gap)
                gap_comma = False
        if gap_comma:
            comma_open = not gap.rpartition(",")[2].strip()
        elif comma_open and gap.strip():
            comma_open = False
        unit_words = carried
        if pending_prep is not None:
            if gap_comma and inclusions and _included(gap, inclusions):
                # "tariffs on exports from 35 countries, including the EU bloc": the EU is one of them
                # (the article after the inclusion word opens no new phrase; the words before are the
                # list's head noun: the name stands where it would stand right after the preposition)
                pending_prep = (pending_prep[0], 0)
                unit_words = carried = 0
            else:
                # (an amount counts no words; with no words in the gap there is nothing to discount)
                amount = words > 0 and bool(grammar.amounts) and _only_amount(gap, grammar.amounts)
                pending_prep = (pending_prep[0], pending_prep[1] + (0 if amount else words)) \
                    if not gap_comma or _titled_apposition(text, gap, words, item, pending_prep, end) else None
            if pending_prep is not None and words and time_nouns and any(w in time_nouns for w in fold(gap).split()):
                pending_prep = None  # "in der Nacht (zum Sonntag) Kiew angegriffen": the preposition took the time
        if item is PUNCT or item is GERUND:
            close()
            pending_prep = None
            if clauses[-1].units or item is GERUND and len(clauses) == 1 and pro_drop:
                # (a gerund aside after an opening adverb, "Poi, rivolgendosi ai giornalisti, ha
                # invitato": an aside of its own, the main clause resumes after it with its zero
                # subject; English "Groups, including the ACLU, have filed" needs its subject noun)
                clauses.append(Clause("boundary", s, end, parenthetical=item is GERUND))
            last_end = e
            carried = 0
            continue
        if isinstance(item, Ref):
            if according_words and gap_comma and fold(gap.rpartition(",")[2].strip()) in according_words \
                    and _ASIDE_CLOSE.match(text, e):
                close()  # "Putin, so Scholz, habe ...", "..., so Scholz.": the speaker the report comes from
                pending_prep = ("according", 0)
            if phrase is not None and clauses[-1].units and clauses[-1].units[-1].phrase is phrase \
                    and text[phrase.end:s].strip() == "(" and text.startswith(")", e):
                # "Nancy Faeser (SPD) nannte", "Olaf Scholz (SPD)", "(ECOWAS)": the bracketed name is the
                # person's party or the name's short form, no phrase of its own and never the head
                last_end = e + 1
                continue
            if conj_title is not None:
                saved = conj_title
                if item.etype == "PERSON" or item.kind == "adjective":
                    conj_title = None  # else "le président du Conseil européen Charles Michel": wait for the name
                if _title_conjunct(text, saved, item, lexicon):
                    saved.conjuncts.append([item])  # "Putin e il suo omologo cinese Xi Jinping"
                    saved.end = e
                    units = clauses[-1].units
                    at = next((k for k, u in enumerate(units) if u.phrase is saved), None)
                    if at is not None:
                        units[at].end = e
                        del units[at + 1:]  # the title's own words ("du Conseil européen", "son") are no units
                    pending_prep = None
                    last_ref, last_end, comma_open = item, e, False
                    continue
            limit = MAX_CONJ_WORDS if pending_conj else MAX_CHAIN_WORDS
            if phrase is not None:
                gap = text[phrase.end:s]  # everything since the phrase's last mention
                words = count_words(gap)
            joinable = phrase is not None and words <= limit and not _HARD_PUNCT.search(gap)
            if joinable and not pending_conj and phrase is genitive_phrase and words:
                joinable = False  # "der Rückzug der US-Militärs aus dem nordöstlichen Syrien": the genitive ends
            if joinable and not pending_conj and phrase is not None and phrase.agent and body_end >= phrase.end \
                    and not text[body_end:s].strip() and item.kind != "adjective":
                joinable = False  # "diskreditiert die russische Führung Baerbock": a body is nobody's title
            apposition = joinable and not pending_conj and words == 0 and gap.strip() == "," \
                and phrase is not None and phrase.prep != "according" and item.kind != "adjective" \
                and item.etype == "PERSON" and all(r.kind == "adjective" for c in phrase.conjuncts for r in c) \
                and any(u.kind == "trigger" for u in clauses[-1].units)
            if joinable and not apposition and "," in gap and (
                    pending_conj or (last_ref and last_ref.etype != item.etype)):
                joinable = False  # ", e" joins clauses; a comma between unlike things ends the phrase
            if joinable and not apposition and "," in gap and count_words(gap.partition(",")[0]):
                joinable = False  # a list comma follows its item: "forderte China auf, Russland zu bremsen"
            if joinable and not pending_conj and "," not in gap and gap.strip() not in ("-", "–", "/") \
                    and last_ref is not None and last_ref.kind != "adjective" and item.kind != "adjective" \
                    and last_ref.etype == item.etype:
                joinable = False  # two names of one kind side by side are two phrases ("traf Putin Xi")
            if joinable and not pending_conj and grammar.verb_gap is not None and last_ref is not None \
                    and last_ref.kind != "adjective" and item.kind != "adjective" and grammar.verb_gap.fullmatch(gap):
                # "Russia's threats against Poland alarmed NATO allies", "Xi Jinping worried Japan": the one
                # word between two names is a verb no lexicon knows, no title: two phrases, not a chain
                joinable = False
            if joinable and not pending_conj and not gap.strip() and last_ref is not None \
                    and last_ref.etype == "PLACE" and last_ref.kind != "adjective" and item.kind != "adjective":
                joinable = False  # "ad Arcore Silvio Berlusconi": a place names nobody's title; nor a state's or
                # a body's ("hat in Peking Russland kritisiert": where, then whom)
            if joinable and not pending_conj and lexicon.verb_second and not gap.strip() and last_ref is not None \
                    and last_ref.etype == "ORG" and last_ref.kind != "adjective" and item.etype == "PERSON" \
                    and item.kind != "adjective":
                # "hat das US-Militär Nicolás Maduro entführt": verb-second languages write a body's title
                # as a compound ("AfD-Chef"), so a body's bare name right before a person is another phrase
                joinable = False
            if joinable and not pending_conj and lexicon.verb_second and not gap.strip() \
                    and last_ref is not None and last_ref.kind != "adjective" and item.kind != "adjective" \
                    and _right_after_verb(clauses[-1].units):
                joinable = False  # verb-second order: "kritisierte Russland Baerbock" is subject and object
            if joinable and not pending_conj and last_ref is not None and last_ref.kind != "adjective" \
                    and "," not in gap and (lexicon.det_before(text, s) or _opens_with_article(gap, lexicon)):
                # "del Muro di Berlino la NATO ha ...", "ha incontrato a Roma il presidente Macron", "a reçu à
                # l'Élysée le président Zelensky": an article opens a new noun phrase (a title then its name)
                joinable = False
            if joinable:
                assert phrase is not None
                if apposition:
                    phrase.conjuncts[-1].append(item)  # "su homólogo chino, Xi Jinping": the name is the head
                elif pending_conj or "," in gap or gap.strip() in ("-", "–", "/"):
                    phrase.conjuncts.append([item])
                else:
                    phrase.conjuncts[-1].append(item)
                phrase.end = e
                clauses[-1].units[-1].end = e if clauses[-1].units[-1].phrase is phrase else clauses[-1].units[-1].end
                pending_conj = False
                carried = 0
            else:
                if pending_prep is not None and pending_prep[1] > 0 and _article_after_words(gap, lexicon):
                    pending_prep = None  # "da tempo la Cina": the article opens a new noun phrase
                prep = pending_prep[0] if pending_prep and pending_prep[1] <= MAX_PREP_WORDS else None
                if prep == "in" and agent_in == last_end and (not gap.strip() or lexicon.det_before(text, s)) \
                        and item.etype == "COUNTRY" \
                        and item.kind != "adjective":
                    prep = None  # "Security forces in Somalia say", "le autorità in Iran": the state's own agents
                genitive_made = False
                if prep is None and genitive is not None and _after_noun_trigger(clauses[-1].units) \
                        and genitive.fullmatch(text, clauses[-1].units[-1].end, e) and text[e:e + 1] != "-":
                    prep, genitive_made = "of", True  # "den Angriff Russlands auf die Ukraine": the noun's own genitive
                    # (a name glued to a noun modifies it: "Treffen der engsten FDP-Führung")
                    _noun_reading(clauses[-1].units[-1])
                phrase = Phrase(s, e, prep, [[item]], agent=agent_end == last_end and words == 0
                                and item.kind == "adjective")  # "i negoziatori russi"
                if genitive_made:
                    genitive_phrase = phrase
                if prep == "in" and grammar.situations:
                    phrase.situated = _after_situation(text, clauses[-1].units, grammar.situations)
                phrase.qualifier = prep in ("of", "from") and (_placed_noun(text, clauses[-1].units, item, lexicon)
                                                               or _people_genitive(text, clauses[-1].units, item, lexicon))
                if prep is None and genitive is not None and _people_noun_genitive(text, s, e, genitive, lexicon):
                    phrase.prep, phrase.qualifier = "of", True  # "Anhänger Bolsonaros griffen an": the supporters act
                verb = clauses[-1].units[-1] if clauses[-1].units else None
                finite = _verb_before_first_phrase(clauses[-1].units) if lexicon.verb_second else None
                if finite is not None and _noun_phrase_after_verb(text, finite.end, s, subject_articles):
                    finite.noun_subject_after = True
                if verb is not None and verb.noun_subject_before and prep is None \
                        and _article_before(text, s, nominative_articles) \
                        and not _plural_verb(text, verb.start, plural_endings):
                    # "Die eingelegte Beschwerde wies der Verwaltungsgerichtshof zurück": a nominative
                    # article after the verb marks its subject; the phrase before was the object. Not after a
                    # plural verb, which a singular nominative cannot agree with: in "Die Berater warfen der
                    # Ukraine Sabotage vor" the article is a dative's, and the fronted phrase the subject
                    verb.noun_subject_before = False
                add(Unit("phrase", s, e, phrase=phrase, words_before=unit_words))
            pending_prep = None
            last_ref = item
            last_end = e
            comma_open = False
            continue
        assert isinstance(item, Match)
        last_end = e
        # where nouns are capitalised, an object noun may head a verb entry written object first, its
        # verb the tail: "Waffen ~ geliefert" ("hat der Ukraine Waffen geliefert", "die Beziehungen abgebrochen")
        object_first = capitalised and item.head_end is not None and text[s].isupper() \
            and all(t.tail and t.pos == "verb" for t in item.triggers) \
            and not _verb_head(text[s:item.head_end], item.triggers)
        if item.triggers and s > start and text[s].isupper() and not _OPENS_QUOTATION.search(text, start, s) and (
                not capitalised or all(t.pos == "verb" for t in item.triggers)) and not object_first:
            continue  # a capitalised word mid-sentence is a name or a month ("March"), not a trigger
        if item.triggers and capitalised and s > start and text[s].isupper() and not object_first \
                and not _OPENS_QUOTATION.search(text, start, s) and any(t.pos == "verb" for t in item.triggers):
            # where nouns are capitalised a capitalised form mid-sentence is the noun ("hat 10,8 Milliarden
            # Aufrufe": views, not "ich aufrufe"); the verb readings go (evprec17, untuned news)
            item = replace(item, triggers=tuple(t for t in item.triggers if t.pos == "noun"))
        if item.triggers and any(t.frame.label for t in item.triggers) \
                and not quoted_label(text, lexicon.code, e, end):
            # "nannte ihn beim Namen": naming without a quoted label accuses nobody; a form with other
            # readings keeps those ("resisted calls to defund": the noun, no name-calling)
            unlabelled = tuple(t for t in item.triggers if not t.frame.label)
            if not unlabelled:
                continue
            item = replace(item, triggers=unlabelled)
        if item.triggers and capitalised and text[s].islower() and not any(c.isupper() for c in text[s:e]) \
                and (s == 0 or not text[s - 1].isalpha()) and all(t.pos == "noun" for t in item.triggers):
            # nouns are capitalised: a lower-case word is an adverb or adjective ("bitte", "offensive");
            # an adjective opening a noun entry is not ("grünes Licht", "sexuelle Gewalt")
            continue
        if comma_open and clauses[-1].kind in ("relative", "boundary") and _resumes_main(clauses, item, comma_open):
            close()
            pending_prep = None
            clauses.append(Clause("resume", s, end))  # "X, che ha ..., ha detto": X's clause goes on
            carried = unit_words = 0  # the words before the comma were the aside's
        if item.triggers:
            if pending_prep is not None and pending_prep[1] == 0 \
                    and all(t.pos == "verb" and not t.base for t in item.triggers) \
                    and not (progressive and _first_word(text, s, e).endswith(progressive)):
                # "dai media": a verb form used as a noun; a gerund stays a verb ("in calling on Rubio")
                pending_prep = (pending_prep[0], pending_prep[1] + 1)
                continue
            after_det = lexicon.det_before(text, s) and not object_first and s - 1 not in pointer_ends
            # ("Der lehnte ab": a demonstrative resolved to a person, events/antecedents.py, is no article)
            if after_det and _clitic_after_subject(text, s, clauses[-1].units, clitics) \
                    and any(t.pos == "verb" for t in item.triggers):
                after_det = False  # "Milei la acusó", "Renzi gli chiede": an object pronoun, not an article
            if after_det and all(t.pos == "verb" for t in item.triggers):
                noun_use = True  # "renewed the call for talks": a noun stands here, no light verb reaches past it
                continue
            if grammar.hyphen_modifier and _HYPHEN_MODIFIER.search(text, max(start, s - 40), s):
                nouns = tuple(t for t in item.triggers if t.pos == "noun")
                if not nouns:
                    continue  # "the long-awaited debate": a verb-only form after a compound modifier is a noun
                item = replace(item, triggers=nouns)  # "the pro-reform protests"
            agent_before = False
            if capitalised and all(t.pos == "verb" for t in item.triggers) \
                    and _attributive_participle(text, max(start, s - 60), s, e, lexicon):
                if not _agent_right_before(text, s, clauses[-1].units):
                    continue  # "der für 2026 vereinbarte Beitritt": an adjective before its noun, no clause's verb
                agent_before = True  # "die von der Türkei unterstützten Rebellen": a passive with its agent
            if all(t.pos == "verb" for t in item.triggers) and _owned(text, max(start, s - 40), s, lexicon):
                continue  # "Trump's vows", "the campaign's pledge": right after a possessor, a verb form is a noun
            _uncompared(text, clauses[-1].units, s)
            if unit_words == 0 and clauses[-1].units and any(t.pos == "verb" for t in item.triggers):
                _split_fronted_subject(text, clauses[-1].units)
                _split_opening_object(text, clauses)
                _split_described_subject(text, clauses[-1].units, lexicon)
            prev_unit = clauses[-1].units[-1] if clauses[-1].units else None
            det_name = name_modifies and unit_words == 0 and prev_unit is not None and prev_unit.kind == "phrase" \
                and prev_unit.phrase is not None \
                and "," not in text[prev_unit.end:s] and lexicon.det_before(text, prev_unit.start)
            close()
            pending_prep = None
            copula = _copula_passive(text, s, e, item.triggers, grammar) if grammar.copula_passive else None
            if copula is not None:
                add(Unit("cue", copula[0], copula[1], cue=Cue("role", "passive"), words_before=unit_words - 1))
                unit_words = 1
            if any(t.marked for t in item.triggers):  # "anzugreifen" reads as "zu angreifen"
                add(Unit("cue", s, s, cue=Cue("role", "to"), words_before=unit_words))
                unit_words = 0
            add(Unit("trigger", s, e, triggers=item.triggers, words_before=unit_words, after_det_name=det_name,
                     agent_before=agent_before,
                     after_and=and_end >= start and not text[and_end:s].strip(),
                     progressive=bool(progressive) and _first_word(text, s, e).endswith(progressive),
                     after_comma=comma_open,
                     impersonal=bool(lexicon.impersonal) and _impersonal_before(text, max(start, s - 24), s,
                                                                                 lexicon.impersonal),
                     span_end=item.end,
                     noun_subject_before=bool(subject_articles) and not clauses[-1].units
                     and _noun_phrase_opens(text, clauses[-1].start, s, subject_articles, plural_nouns, plural_endings),
                     noun_subject_before_aux=bool(grammar.finite_auxiliaries) and bool(subject_articles)
                     and all(c.kind == "boundary" for c in clauses[1:])  # the main clause, or its part after a comma
                     and not any(u.kind == "trigger" and any(t.pos == "verb" for t in u.triggers)
                                 for c in clauses for u in c.units)
                     and _noun_phrase_before_auxiliary(text, clauses[0].start, s, [u for c in clauses for u in c.units],
                                                       subject_articles, grammar.finite_auxiliaries, plural_nouns,
                                                       plural_endings),
                     genitive_object_before=bool(plural_nouns) and genitive is not None and len(clauses[-1].units) == 1
                     and _fronted_plural_genitive(text, clauses[-1].start, clauses[-1].units[0], s, subject_articles,
                                                  plural_nouns, plural_endings, genitive),
                                          after_det=after_det,
                                          after_possessive=_possessive_before(text, max(start, s - 24), s, lexicon),
                     object_clitic=grammar.object_clitic is not None
                     and grammar.object_clitic.search(text, max(start, s - 24), s) is not None,
                     bare_participle=any(t.pos == "verb" and not t.base for t in item.triggers)
                     and (bare_participle(text, clauses[-1].start, s, e, lexicon,
                                          [t.entry.split(":")[-1] for t in item.triggers if t.pos == "verb"])
                          or subordinate_participle(text, start, s, e, lexicon,
                                                    [t.entry.split(":")[-1] for t in item.triggers
                                                     if t.pos == "verb" and t.frame.object is not None]))))
            if grammar.present_passive and all(t.pos == "verb" and not t.base for t in item.triggers):
                _present_passive(text, clauses[-1].units, e, grammar.present_passive)
            comma_open = False
            continue
        first_cues = item.cues[:1]
        if len(item.cues) > 1 and item.cues[0].value in SPEECH_ROLES and _light_before_noun(text, e, item, lexicon, matches):
            first_cues = tuple(c for c in item.cues if c.value == "light")[:1]  # "sostuvo una reunión con Xi"
        for cue in first_cues:
            if cue.kind == "modality" and grammar.present_passive and unit_words == 0 \
                    and _participle_before(clauses[-1].units, text, s, e, grammar.present_passive):
                cue = Cue("role", "passive")  # "Gelobt wird auch Evelyn Hamann", "dass ... zugesagt wird"
                clauses[-1].units[-1].progressive = False  # the participle: a passive, no "wird" + progressive
            role = cue.value
            if cue.kind == "role" and role == GENITIVE_OR_AGENT:
                # German "von": right after a noun trigger its genitive ("die Eroberung von Damaskus", "der
                # Besuch von Macron"), else a passive's agent ("von der Polizei festgenommen")
                role = "of" if unit_words == 0 and _after_noun_trigger(clauses[-1].units) \
                    or _completes_prepositional_noun(clauses[-1].units, text, s, unit_words) else "by"
                cue = Cue("role", role)
                if role == "of":
                    _noun_reading(clauses[-1].units[-1])
            if cue.kind == "role" and role.startswith(ADDRESSEE):
                # German "an": "Kritik an der Regierung", "Appell an Berlin", "Hilfe an die Ukraine" name
                # the recipient only after a trigger that takes one; elsewhere ("an der Grenze") no role
                if not _takes_addressee(clauses[-1].units, role.partition(":")[2], unit_words) \
                        or not _WORD_AFTER.match(text, e):
                    carried += 1
                    continue
                role = "to"
                cue = Cue("role", role)
            if cue.kind == "role" and role in PREPOSITIONS and dates and _introduces_date(text, s, e, dates):
                continue
            if cue.kind == "role" and role == "like" and (clauses[-1].units or unit_words):
                carried += 1  # "countries like China condemned": examples of the noun before, who act;
                continue  # only a clause-opening "Like Macron, Scholz ..." compares (its name is no party)
            if cue.kind == "role" and (role in PREPOSITIONS or role.startswith("pronoun")):
                comma_open = False  # ("and" keeps it: ", and said" still closes a relative aside)
            if cue.kind == "role" and role in PREPOSITIONS:
                joined = phrase.prep if pending_conj and phrase is not None and words == 0 else None
                if joined == role and role != "of" and role != "between":
                    # "condenaron a Rusia y a China", "avec Macron et avec Meloni": the repeated
                    # preposition opens the next conjunct of the same phrase
                    continue
                if phrase is not None and phrase.prep == role and role not in ("of", "between") and words == 0 \
                        and gap.strip() == "," and clauses[-1].units and clauses[-1].units[-1].phrase is phrase:
                    continue  # a list: "criticó a Rusia, a China y a Alemania"
                if role == "of" and pending_conj and phrase is not None and unit_words:
                    conj_title = phrase  # "Papandreou e il leader dell'opposizione Antonis Samaras"
                close()
                if role == "of" and pending_prep is not None and pending_prep[1] <= 2:
                    pending_prep = (pending_prep[0], pending_prep[1] + 1)  # "ai siti del Pentagono": still "to"
                elif role == "of" and joined not in (None, "of"):
                    pending_prep = (joined, 0)  # "ai siti del Pentagono e del governo tedesco": both "to"
                else:
                    pending_prep = (role, 0)
                if role == "in" and bare_agent_end >= 0 and not text[bare_agent_end:s].strip():
                    agent_in = e
                add(Unit("cue", s, e, cue=cue, words_before=unit_words))
            elif cue.kind == "role" and role == "and":
                carried = 0  # words before "and" belong to what it coordinates, not to what follows
                and_end = e
                if pending_prep is not None and pending_prep[1] == 0 and clauses[-1].units \
                        and clauses[-1].units[-1].kind == "cue" and clauses[-1].units[-1].cue is not None \
                        and clauses[-1].units[-1].cue.value == pending_prep[0]:
                    # "Merz trat in Berlin auf und kritisierte Scholz": a preposition with nothing after it but
                    # "and" is a verb's particle; it governs neither the next verb nor the next name
                    pending_prep = None
                if phrase is not None and "," not in gap:
                    pending_conj = True
                else:
                    close()
                    add(Unit("cue", s, e, cue=cue, words_before=unit_words))
            elif cue.kind == "role" and role.partition(":")[0] == "agent":
                if phrase is not None and last_ref is not None and last_ref.end == phrase.end and words == 0 \
                        and not pending_conj:  # ("X e il leader ...": a title of the next conjunct)
                    phrase.agent = True  # "Ukrainian officials": the state acting
                    if role == "agent:body":
                        body_end = e  # "die russische Führung": no title, a name after it is another phrase
                else:
                    carried += 1  # "G7 ministers" with no name before: a noun like any unknown word
                    if pending_prep is None and phrase is None \
                            and not any(u.kind == "trigger" for u in clauses[-1].units):
                        bare_agent_end = e  # (a subject: before any verb of its clause)
                agent_end = e
            elif cue.kind == "role" and role == "aux":
                close()  # an auxiliary or adverb between subject and verb: verbal material, no unit
            elif cue.kind == "role" and role == "det":
                last_det_end = e
                if pending_prep is not None and pending_prep[1] > 0:
                    pending_prep = None  # "da tempo la Cina": the article opens a new noun phrase
            elif cue.kind == "role" and role.partition(":")[0] == "pronoun" and role.endswith(":THING") \
                    and (clauses[-1].units or unit_words or _plural_next(text, e, plural_endings)):
                # "bezeichnete es Miersch als zynisch": a neuter pronoun after the verb is its object; "Es
                # drohen Strafen": before a plural verb it holds the place of the subject after the verb
                carried += 1
            elif cue.kind == "role" and role.partition(":")[0] == "pronoun" and pending_prep is not None \
                    and pending_prep[0] != "between" and _right_after_preposition(text, clauses[-1].units, s):
                # "con lui", "con él", "avec elle", "with her": the preposition's object, no subject; the
                # preposition took it, so a name after it is no object of it ("Con lui Macron ha criticato").
                # "entre ellas", "among them" stays: it stands for the unnamed group acting ("fuerzas
                # políticas ..., entre ellas partidos ..., hacen un llamado": no name before it acts)
                pending_prep = None
                carried += 1
            elif cue.kind == "role" and role.partition(":")[0] == "pronoun":
                close()  # a subject pronoun: stands for the subject its clause inherits
                add(Unit("phrase", s, e, phrase=Phrase(s, e, None, [], anaphor="pronoun",
                                                       person=role.partition(":")[2] == "PERSON",
                                                       thing=role.partition(":")[2] == "THING",
                                                       speaker=role.partition(":")[2] == "SPEAKER",
                                                       plural=role.partition(":")[2] == "PLURAL"),
                                              words_before=unit_words))
            elif cue.kind == "role" and role == "self":
                close()  # "killed himself": the act falls on its own actor, no other party
                add(Unit("phrase", s, e, phrase=Phrase(s, e, None, [], anaphor="self"), words_before=unit_words))
            elif cue.kind == "role" and role.partition(":")[0] == "both":
                close()
                phrase = Phrase(s, e, None, [], anaphor=role.partition(":")[2] or "*")
                add(Unit("phrase", s, e, phrase=phrase, words_before=unit_words))
                phrase = None
            elif cue.kind == "role" and role == "boundary" and comma_clauses and clauses[-1].units \
                    and not _opens_after_comma(gap):
                carried += 1  # "als Justizministerin nominiert", "hat aber": no comma, no new clause
            elif cue.kind == "role" and (role in CLAUSE_ROLES or role == "relative:object"):
                object_relative = role == "relative:object"  # "Martínez, a quien acusó": the antecedent undergoes
                role = "relative" if object_relative else role
                content_only = role == "say"
                role = "report" if content_only else role  # "said", "ha detto": reported content only
                _uncompared(text, clauses[-1].units, s)
                if role == "report" and unit_words == 0 and clauses[-1].units:
                    _split_fronted_subject(text, clauses[-1].units)  # "Durante l'incontro con Xi, Putin ha detto"
                    _split_opening_object(text, clauses)  # "After meeting Xi, Macron said"
                close()
                pending_prep = None
                belief = role == "belief"
                if belief:
                    role = "report"  # "ritengono che", "believe": reported like speech, but an opinion
                if role == "that" and clauses[-1].kind == "report" \
                        and not any(u.kind != "cue" for u in clauses[-1].units):
                    carried = 0  # "said Tuesday that", "said on Monday, as expected, that": already open
                    continue
                if role == "that" and last_ref is not None and last_ref.end >= s - 3:
                    role = "relative"  # "la Cina, che ..." : a relative pronoun right after a name
                add(Unit("cue", s, e, cue=Cue("role", role), words_before=unit_words))
                clauses.append(Clause(role, e, end, parenthetical=role == "relative" and comma_open, belief=belief,
                                      object_relative=object_relative, content_only=content_only))
                carried = 0
                comma_open = False
            else:  # modality, passive, light, undergo, possessive
                if role == "possessive" and pending_conj and phrase is not None:
                    conj_title = phrase  # "Putin e il suo omologo cinese Xi Jinping"
                close()
                if comma_open and (cue.kind == "modality" or role == "passive") \
                        and clauses[-1].kind in ("relative", "boundary") and clauses[-1].parenthetical \
                        and clauses[-1].units and len(clauses) >= 2:
                    # "Russia, which attacked Ukraine, was sanctioned", "Starmer, who met Macron, will
                    # visit": the auxiliary after the aside's closing comma opens the main verb's clause
                    pending_prep = None
                    clauses.append(Clause("resume", s, end))
                    unit_words = 0
                add(Unit("cue", s, e, cue=cue, words_before=unit_words,
                         gender=grammar.possessive_genders.get(text[s:e].lower(), "") if role == "possessive" else ""))
    _merge_speech_asides(text, clauses)
    if clauses[0].units:
        _split_participle_agent(text, clauses[0].units)
    for a, b in zip(clauses, clauses[1:]):
        a.end = b.start
    _mark_surroundings(text, start, end, clauses, lexicon, inclusions, pro_drop, dates)
    for clause in clauses:
        clause.units = _merge_adjective_genitives(clause.units)
    return clauses


def _mark_surroundings(text: str, start: int, end: int, clauses: list[Clause], lexicon: Lexicon,
                       inclusions: frozenset[str], pro_drop: bool, dates: frozenset[int] = frozenset()) -> None:
    """What surrounds each unit of the sentence text[start:end] once its clauses stand: the quotation
    holding it, a possessor's "'s" after a phrase, the commas and words in the gap before it. (One pass
    over the units; what only a verb trigger needs is read for triggers only.)"""
    quotes = quotations(text, start, end) if _QUOTE_MARK.search(text, start, end) else []
    name_compounds = lexicon.grammar.get("bare_verb_after_name") == "noun"
    for clause in clauses:
        units = clause.units
        prev = clause.start
        gap_words = 0  # words before the first non-cue unit of the clause (a governed infinitive allows two)
        previous_unit: Unit | None = None
        for k, unit in enumerate(units):
            kind = unit.kind
            if quotes:
                unit.quote = next((a for a, b in quotes if a <= unit.start < b), -1)
            phrase = unit.phrase
            if phrase is not None and text[phrase.end:phrase.end + 1] in ("'", "’") \
                    and _POSSESSOR.match(text, phrase.end):
                phrase.possessor = True
                unit.after_det = lexicon.det_before(text, unit.start)  # "the Chinese government's": the article is the owner's
            if phrase is not None and not (phrase.possessor or phrase.prep is not None or phrase.anaphor
                                           or phrase.adjectival):
                after = _NOUN_AFTER_NAME.match(text, phrase.end)
                unit.people_after = after is not None and fold(after.group(1)) in _grammar(lexicon).people_nouns
                dets = _grammar(lexicon).member_dets
                unit.one_member = dets is not None and dets.search(text, max(0, unit.start - 12), unit.start) is not None \
                    and not any(w[:1].islower() for w in text[unit.start:unit.end].split())
                # (a name only: "a Bosnian court sentenced" is a description of the court, which acts)
            if k and kind == "trigger":
                o = k - 1  # the unit before by position (list.index compares units field by field); a passive
                while o > 0 and passive_cue(units[o]):  # auxiliary is verbal material ("sellers are pleading")
                    o -= 1
                if unit.words_before or o < k - 1:
                    owner = units[o]
                    unit.owned_before = owner.phrase is not None and any(t.pos == "verb" for t in unit.triggers) \
                        and (owner.phrase.possessor and _owned_person(text[owner.phrase.end:unit.start], lexicon)
                             or _modified_people(owner.phrase, text[owner.phrase.end:unit.start], lexicon))
                if name_compounds:
                    unit.name_compound = _name_compound(units, k)
            before = text[prev:unit.start]
            comma = "," in before and _comma(before) and not (
                inclusions and kind == "phrase" and unit.words_before == 0 and _included(before, inclusions))
            unit.comma_before = comma
            unit.touching = not before.strip(" ,")
            if comma:
                if previous_unit is not None and before.lstrip().startswith(","):
                    previous_unit.comma_after = True
                unit.aside_before = _ASIDE.fullmatch(before) is not None or (
                    unit.after_comma and _ASIDE.fullmatch(before[:before.rfind(",") + 1]) is not None)
                # (evargs27: the auxiliaries after the aside's closing comma are the verb's: "Macron, ex banchiere,
                # ha condannato")
                # (only in a main clause: a comma in a clause opened by "after", "when" closes that clause, and a
                # bare noun may open the main one: "after ABC13 left his office, someone ... took a report")
                unit.predicate_after_comma = clause.kind == "main" and _predicate_opens(before.rpartition(",")[2], lexicon)
                if kind == "cue":
                    unit.unnamed_before = _unnamed_after_comma(text, before, unit.start, lexicon)
            else:
                unit.aside_before = False
            previous_unit = unit
            if clause.kind == "relative" and kind == "trigger" and unit.words_before and gap_words >= 0 \
                    and not (previous_unit is not None and previous_unit.kind == "cue" and previous_unit.cue is not None
                             and previous_unit.cue.value in PREPOSITIONS):  # ("que en la reunión criticó")
                # "..., which the government denied", "che il governo ha negato": an article in the gap
                # before the relative clause's first verb opens its own (unnamed) subject
                # (not an article inside a date: "que el lunes se reunió con Xi")
                unit.det_gap = any(fold(m.group()) in lexicon.dets and prev + m.start() not in dates
                                   for m in _GAP_WORD.finditer(before))
            shares = _grammar(lexicon).shares
            if shares is not None and unit.words_before and not comma and (
                    kind == "trigger" or kind == "cue" and unit.cue is not None and unit.cue.kind == "modality"):
                # (not on "and": "Trump won 46 percent and criticized Clinton" keeps Trump)
                unit.share_before = shares.search(before) is not None
            if pro_drop and unit.words_before and gap_words >= 0:
                gap_words += unit.words_before
                if gap_words <= 2:  # only a clause's opening gaps matter (subjects.governed_infinitive)
                    unit.plain_gap = _plain_words(before, lexicon, prev == start)
                unit.object_gap = gap_words == unit.words_before and _object_words(before, lexicon)
            if kind != "cue":
                gap_words = -1
            prev = unit.end


_GAP_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|['’]")


def _plain_words(before: str, lexicon: Lexicon, opening: bool) -> bool:
    """Are the words of a gap all lower case (the sentence's first word may be capitalised: ``opening``),
    with no article, digit or apostrophe (elided article) among them? Such words are a verb or an adverb
    ("Poi decide di", "en consecuencia decidió"), not a noun phrase with an article."""
    words = _GAP_WORD.findall(before)
    return bool(words) and all(w.isalpha() and (w.islower() or opening and k == 0) and fold(w) not in lexicon.dets
                               for k, w in enumerate(words))


def _predicate_opens(after_comma: str, lexicon: Lexicon) -> bool:
    """Is the first word after a comma lower case, alphabetic and no article ("fiel durch ...", "met")? A
    verb or an adverb opens there, which continues a series of predicates; a name or an article would open
    a noun phrase."""
    words = _GAP_WORD.findall(after_comma)
    return bool(words) and words[0].isalpha() and words[0].islower() and fold(words[0]) not in lexicon.dets


def _object_words(before: str, lexicon: Lexicon) -> bool:
    """Are the words of a gap one to four lower-case words or numbers, with an article at most as the
    first word ("esas tres iniciativas", "la conferenza stampa")? Such a gap after a preposition is that
    preposition's object; a second article would open another noun phrase, a subject no lexicon knows
    ("Con esas iniciativas el bloque pidió")."""
    words = _GAP_WORD.findall(before)
    return 1 <= len(words) <= 4 and all((w.isalpha() and w.islower() or w.isdigit())
                                        and (k == 0 or fold(w) not in lexicon.dets) for k, w in enumerate(words))


def _unnamed_after_comma(text: str, before: str, at: int, lexicon: Lexicon) -> bool:
    """Does the gap before ``at`` end with a comma, then an article and a word or two ("..., la ministra
    detalló", "..., the minister said")? That unnamed noun is the clause's subject, not a name before
    the comma ("ante la Comisión de Seguridad, la ministra detalló": the committee does not speak)."""
    tail = before.rpartition(",")[2]
    words = tail.split()
    if not 2 <= len(words) <= 3:
        return False
    first = at - len(tail.lstrip())  # where the first word after the comma starts
    return lexicon.det_before(text, first + len(words[0]) + 1)


#: a comma, then at most one word (an auxiliary: ", ha detto", ", a dit"): the gap before a speech aside's verb
_ASIDE_OPEN = re.compile(r"\s*,\s*(?:\w+\s+)?")
_COMMA_NEXT = re.compile(r"\s*,")
_ASIDE_CLOSE = re.compile(r"(?:\s+[\w.-]+){0,3}\s*(?:[,.;:!?]|$)")  # the speaker: a name, a title or a day after it


def _merge_speech_asides(text: str, clauses: list[Clause]) -> None:
    """A speech verb and its speaker set off by commas between a subject and its verb ("Putin, ha detto
    Meloni, ha attaccato l'Ucraina", "Putin, said Biden, attacked", "Putin, Biden said, attacked") is an
    aside: the clause goes on with the subject before it, and the speaker is only whom the report comes
    from (an `according` phrase), never the actor. Without the second comma ("X attacked Y, said Z.")
    the speaker ends the sentence and nothing changes."""
    k = 0
    while k + 1 < len(clauses):
        here, nxt = clauses[k], clauses[k + 1]
        units = here.units
        if nxt.kind != "report" or len(units) < 2 or units[-1].kind != "cue" or not nxt.units:
            k += 1
            continue
        cue, before = units[-1], units[-2]
        merged: list[Unit] | None = None
        if before.phrase is not None and _bare_name(before.phrase) and _ASIDE_OPEN.fullmatch(text, before.end, cue.start) \
                and len(nxt.units) >= 2 and _bare_name(nxt.units[0].phrase) \
                and text[cue.end:nxt.units[0].start].strip().count(" ") < 2 \
                and _COMMA_NEXT.match(text, nxt.units[0].end) and any(u.kind == "trigger" for u in nxt.units[1:]):
            # "Putin, ha detto Meloni, ha attaccato": verb, then speaker
            speaker = nxt.units[0]
            speaker.phrase.prep = "according"
            merged = units[:-1] + nxt.units
        elif before.phrase is not None and _bare_name(before.phrase) and not text[before.end:cue.start].strip() \
                and nxt.units[0].kind == "trigger" and _COMMA_NEXT.match(text, cue.end):
            # "Putin, Biden said, attacked": speaker, then verb
            phrase = before.phrase
            if len(phrase.conjuncts) >= 2 and text[phrase.conjuncts[-2][-1].end:phrase.conjuncts[-1][0].start].strip() == ",":
                last = phrase.conjuncts.pop()
                phrase.end = before.end = phrase.conjuncts[-1][-1].end
                said = Unit("phrase", last[0].start, last[-1].end, phrase=Phrase(last[0].start, last[-1].end, "according", [last]))
                merged = units[:-1] + [said] + nxt.units
            elif len(units) >= 3 and units[-3].phrase is not None and _bare_name(units[-3].phrase) \
                    and text[units[-3].end:before.start].strip() == ",":
                before.phrase.prep = "according"
                merged = units[:-1] + nxt.units
        if merged is None:
            k += 1
            continue
        here.units = merged
        heads = next(u.phrase.heads() for u in merged if u.phrase is not None and u.phrase.prep == "according")
        here.according = heads[0] if heads else None
        del clauses[k + 1]


#: an article, at most one adjective, a capitalised noun: a whole noun phrase ("Die Regierung", "Das
#: israelische Militär")
_NOUN_PHRASE = re.compile(r"\s*[\"„“«]?(\w+)\s+(?:\w+\s+)?([A-ZÄÖÜ][\w-]*)\s*")


def _plural_next(text: str, at: int, endings: tuple[str, ...]) -> bool:
    """Does the next word end like a plural finite verb (grammar key `plural_verb_endings`)?"""
    m = _WORD.search(text, at, at + 40)
    return bool(endings) and m is not None and m.start() - at <= 2 and fold(m.group()).endswith(endings)


def _article_before(text: str, at: int, articles: frozenset[str]) -> bool:
    """Is one of ``articles`` among the (up to three) words right before ``at`` ("der Hessische VGH")?"""
    words = [fold(w) for w in _WORD.findall(text, max(0, at - 40), at)[-3:]]
    return bool(articles) and any(w in articles for w in words)


def _plural_verb(text: str, verb: int, plural_endings: tuple[str, ...]) -> bool:
    """Is the finite verb form at ``verb`` plural (``plural_verb_endings``: "warfen", "lehnten")?"""
    word = _VERB_WORD.match(text, verb)
    return bool(plural_endings) and word is not None and fold(word.group()).endswith(plural_endings)


def _noun_phrase_opens(text: str, start: int, verb: int, articles: frozenset[str],
                       plural_nouns: tuple[str, ...] = (), plural_verbs: tuple[str, ...] = ()) -> bool:
    """Verb-second order: does a noun phrase with a nominative article fill the whole field before the
    clause's first verb ("Die Regierung macht die Hamas verantwortlich")? Then it is the subject, unlinked,
    and a name after the verb is the object, not the subject (as after "Am Montag kritisierte ...").
    A plural noun (``plural_noun_endings``: "Die Pläne", "Die Forderungen") before a singular verb
    ("lehnte", not "lehnten") does not agree with it: it is the fronted object ("Die Pläne lehnte
    Russland ab"), and the subject follows the verb."""
    m = _NOUN_PHRASE.fullmatch(text, start, verb)
    if m is None or fold(m.group(1)) not in articles:
        return False
    if plural_nouns and fold(m.group(2)).endswith(plural_nouns):
        word = _VERB_WORD.match(text, verb)
        return word is None or fold(word.group()).endswith(plural_verbs)
    return True


_VERB_WORD = re.compile(r"\w+")
_SET_OFF = re.compile(r"[,(]\s*[„“\"«]?\s*$")
_OWNER_GAP = re.compile(r"\s+(?:der|des|von|vom)\s+(?:[\w-]+\s+){0,2}")
_FIELD_AFTER_VERB = re.compile(r"\s*(?:[a-zäöüß]\w*\s+){0,3}?(\w+)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*")


def _verb_before_first_phrase(units: list[Unit]) -> Unit | None:
    """The clause's last verb trigger, when only cue words (no name) have followed it."""
    for u in reversed(units):
        if u.kind == "trigger":
            return u if any(t.pos == "verb" for t in u.triggers) else None
        if u.kind != "cue":
            return None
    return None


def _noun_phrase_after_verb(text: str, verb: int, name: int, articles: frozenset[str]) -> bool:
    """Verb-second order: does an unlinked noun phrase with a subject article stand between the verb and the
    first name after it ("Zu Vizepräsidentinnen wählte die Vollversammlung Birgit Mock", "begrüßt der
    Tierschutzverein ausdrücklich die Kampagne von Kathrin Herrmann")? The first noun phrase after the verb is its
    subject, unlinked; the name is an object (a dative or genitive name right after the article, "dankte der
    Ukraine", is a phrase of its own and matches nothing here)."""
    if "," in text[verb:name] or _SET_OFF.search(text[verb:name]):
        # "kritisiert die Landesvorsitzende, Colette Boos-John,", "wirft die Opposition, allen voran die CDU,",
        # "der Verwaltungsgerichtshof (VGH)": a name in an aside or brackets after the phrase names it
        return False
    m = _FIELD_AFTER_VERB.match(text, verb, name)
    if m is None or fold(m.group(1)) not in articles:
        return False
    # "wies der Staat Israel zurück", "kritisierte die Kanzlerin Angela Merkel": a name right after the noun is
    # the phrase's own (a close apposition); "beraten die Außenminister der Europäischen Union": a name in the
    # phrase's genitive owns it and acts for it
    return bool(text[m.end():name].strip()) and _OWNER_GAP.fullmatch(text, m.end(), name) is None
_FIELD_BEFORE_AUXILIARY = re.compile(r"\s*[\"„“«]?\w+\s+(?:\w+\s+)?[A-ZÄÖÜ][\w-]*\s+")


def _noun_phrase_before_auxiliary(text: str, start: int, verb: int, units: list[Unit], articles: frozenset[str],
                                  auxiliaries: frozenset[str], plural_nouns: tuple[str, ...],
                                  plural_verbs: tuple[str, ...]) -> bool:
    """Verb-second order with the verb closing the clause: does an unlinked noun phrase with a nominative
    article fill the field before the clause's finite auxiliary ("Der Verein hat ... die AfD unterstützt",
    "Die Bundestagsverwaltung hat die AfD aufgefordert")? It is the subject, as before a finite trigger
    (``_noun_phrase_opens``); every name of the clause stands after the auxiliary, in the middle field, an object."""
    m = _FIELD_BEFORE_AUXILIARY.match(text, start, verb)
    if m is None or any(u.start < m.end() for u in units):
        return False
    word = _VERB_WORD.match(text, m.end(), verb)
    return word is not None and fold(word.group()) in auxiliaries \
        and _noun_phrase_opens(text, start, m.end(), articles, plural_nouns, plural_verbs)
_NOUN_HEAD = re.compile(r"\s*[\"„“«]?(\w+)\s+(?:\w+\s+)?([A-ZÄÖÜ][\w-]*)")


def _fronted_plural_genitive(text: str, start: int, unit: Unit, verb: int, articles: frozenset[str],
                             plural_nouns: tuple[str, ...], plural_verbs: tuple[str, ...],
                             genitive: re.Pattern[str]) -> bool:
    """Verb-second order: is the field before a singular verb a plural noun whose genitive is the name
    of ``unit`` ("Die Friedenspläne der Ukraine lehnte Russland ab")? The plural does not agree with the
    verb: the phrase is the fronted object, its genitive name whose plans they are, not the subject."""
    if unit.kind != "phrase" or unit.phrase is None or unit.phrase.prep is not None or text[unit.end:verb].strip():
        return False
    m = _NOUN_HEAD.match(text, start, unit.start)
    if m is None or fold(m.group(1)) not in articles or not fold(m.group(2)).endswith(plural_nouns) \
            or genitive.fullmatch(text, m.end(), unit.end) is None:
        return False
    word = _VERB_WORD.match(text, verb)
    return word is not None and not fold(word.group()).endswith(plural_verbs)


#: words between a situation noun and the "in" of its place ("la situazione dei diritti umani in Cina")
SITUATION_REACH = 5


def _after_situation(text: str, units: list[Unit], situations: frozenset[str]) -> bool:
    """Does a situation noun stand among the SITUATION_REACH words before the "in" cue that ends
    ``units``, with only cue units (its genitives) since the last phrase or trigger?"""
    k = len(units) - 1
    while k >= 0 and units[k].kind == "cue":
        k -= 1
    if k == len(units) - 1:
        return False  # no "in" cue before the phrase
    floor = units[k].end if k >= 0 else max(0, units[-1].start - 80)
    words = re.findall(r"\w+", text[floor:units[-1].start])[-SITUATION_REACH - 1:]
    return any(fold(w) in situations for w in words)


def _bare_name(phrase: Phrase | None) -> bool:
    return phrase is not None and phrase.prep is None and not phrase.anaphor and not phrase.adjectival


def _after_noun_trigger(units: list[Unit]) -> bool:
    """Is the clause's last unit a trigger with a noun reading?"""
    return bool(units) and units[-1].kind == "trigger" and any(t.pos == "noun" for t in units[-1].triggers)


def _completes_prepositional_noun(units: list[Unit], text: str, at: int, words: int) -> bool:
    """Does German "von" at ``at`` follow the one noun a preposition governs ("im Zentrum von Gaza", "am
    Rande von", "zum Schutz von")? It is then that noun's genitive, no passive's agent. (A date after the
    preposition is no unit, so "am Montag von Russland angegriffen" keeps its agent.)"""
    if words != 1 or not units:
        return False
    last = units[-1]
    if last.kind != "cue" or last.cue is None or last.cue.kind != "role" or last.cue.value not in PREPOSITIONS \
            or last.cue.value in ("by", "of"):
        return False
    noun = text[last.end:at].strip()
    return noun[:1].isupper() and noun.isalpha()


#: a role cue "to:TYPE|TYPE" is a "to" preposition only right after a noun trigger of those types whose
#: frame names a [to] recipient (German "an": "Kritik an X", "Appell an X"; "an der Grenze" is none)
ADDRESSEE = "to:"
MAX_ADDRESSEE_GAP = 2  # words between the noun (or its genitive) and the preposition ("Kritik auch an")
_WORD_AFTER = re.compile(r"\s+\w")  # the preposition opens a phrase (not a particle ending its clause)


def _takes_addressee(units: list[Unit], types: str, words: int) -> bool:
    """Is the clause's last unit, past the noun's own genitive ("die Kritik der Opposition an"), a noun
    trigger of one of ``types`` whose frame has a [to] recipient (or such a verb right before it)?"""
    if words > MAX_ADDRESSEE_GAP:
        return False
    k = len(units) - 1
    while k >= 0 and units[k].words_before <= MAX_ADDRESSEE_GAP and (
            units[k].kind == "phrase" and units[k].phrase is not None and units[k].phrase.prep == "of"
            or units[k].is_cue("of")):
        k -= 1
    if k < 0 or units[k].kind != "trigger":
        return False
    wanted = types.split("|")
    # a verb only right before it ("appellierte an die EU"; "forderte an der Grenze" has no [to])
    return any((t.pos == "noun" or k == len(units) - 1 and words == 0) and t.type in wanted
               and t.frame.role("to") == "Y" for t in units[k].triggers)


#: a hyphenated modifier ending right before a trigger: "pro-reform ", "two-day ", "long-awaited "
_HYPHEN_MODIFIER = re.compile(r"(?<![\w.'’-])[A-Za-z0-9]+(?:-[a-z]+)+ +$")


def _verb_head(head: str, triggers: tuple[Trigger, ...]) -> bool:
    """Is the head of a gapped match the entry's own verb ("Stimmen für" of "stimmen ~ für"), not an object
    written first ("Waffen ~ geliefert" of "liefern ~ waffen")? Capitalised mid-sentence, such a head is
    the noun ("erhielten 22.000 Stimmen für die Listen": votes, evprec27)."""
    words = head.split()
    first = fold(words[0]) if words else ""
    return any(first == fold(alt.split()[0]) for t in triggers for alt in t.entry.split("|") if alt.split())


def _noun_reading(unit: Unit) -> None:
    """A trigger with a genitive after it is a noun ("der Horror-Angriff der Hamas"): drop its verb readings."""
    unit.triggers = tuple(t for t in unit.triggers if t.pos == "noun")


def _possessive_before(text: str, start: int, at: int, lexicon: Lexicon) -> bool:
    """Does a possessor end right before ``at`` ("Putin's visit", German "Chinas Unterstützung")? Not a
    contracted verb ("he's asked", "that's": `contracted_subjects`)."""
    m = _POSSESSIVE_END.search(text, start, at)
    if m is not None:
        owner = _OWNER_WORD.search(text, start, m.start() + 1)
        return owner is None or fold(owner.group(1)) not in lexicon.contracted_subjects
    own = lexicon.possessive_end
    return own is not None and own.search(text, start, at) is not None


#: a possessor's "'s" (or a plural's apostrophe) right before a word
_OWNED = re.compile(r"(\w+)(?:['’]s|(?<=s)['’])\s+$")  # "Trump's", "the Brothers'" (not a closing quote: "‘Black Rod’")


_WORD = re.compile(r"[\w'’-]+")


def _attributive_participle(text: str, start: int, s: int, e: int, lexicon: Lexicon) -> bool:
    """Is the verb form at s..e an attributive participle inside a noun phrase ("Der für Ende 2026
    vereinbarte Beitritt", "das im April verabschiedete Abkommen")? Where nouns are capitalised: an
    article, then a lower-case word (a preposition or adverb: a capitalised noun there would close the
    phrase, "Die Regierung vereinbarte Ziele"), no punctuation, then a one-word form with an adjective
    ending and a capitalised noun right after it. (Right after the article ``after_det`` catches it.)"""
    m = re.match(r"(\w+)\s+[A-ZÄÖÜ]", text[s:e + 40])
    if m is None or s + m.end(1) != e or not m.group(1).endswith(_adjective_endings(lexicon.code)):
        return False
    before = re.split(r"[,;:.!?»«\"()]", text[start:s])[-1]
    words = _WORD.findall(before)
    for k in range(len(words) - 2, -1, -1):
        if fold(words[k]) in lexicon.dets:
            return words[k + 1][:1].islower() and _inside_phrase(words[k + 1:], lexicon)
    return False


def _agent_right_before(text: str, s: int, units: list[Unit]) -> bool:
    """Is the clause's last unit an agent phrase ("von der Türkei") with nothing but spaces between it
    and the attributive participle at s?"""
    last = units[-1] if units else None
    return last is not None and last.kind == "phrase" and last.phrase is not None and last.phrase.prep == "by" \
        and not last.phrase.adjectival and not text[last.end:s].strip()


def _inside_phrase(words: list[str], lexicon: Lexicon) -> bool:
    """Do the words between an article and an attributive participle stay inside its noun phrase? A
    capitalised noun there must be governed by a short lower-case word (a preposition: "für Ende",
    "im April") or an article, or continue a name so governed; after an adjective ("Der spanische
    Ministerpräsident Sánchez würdigte") it is the phrase's own noun, and the form is the verb."""
    governed = False
    for prev, word in zip(words, words[1:]):
        if word[:1].isupper():
            governed = (governed and prev[:1].isupper()) or fold(prev) in lexicon.dets \
                or prev[:1].islower() and not prev.endswith(_adjective_endings(lexicon.code))
            if not governed:
                return False
    return True


def _owned(text: str, start: int, at: int, lexicon: Lexicon) -> bool:
    """Does a possessor's apostrophe stand right before ``at`` ("Trump's vows")? Not a contracted verb
    ("he's asked", "that's": `contracted_subjects`)."""
    k = at
    while k > start and text[k - 1].isspace():
        k -= 1  # (the regex asks for an apostrophe, or "s" after one, before the spaces that end the window)
    if k == at or k - 2 < start or not (text[k - 1] in "'’" or text[k - 1] == "s" and text[k - 2] in "'’"):
        return False  # most windows end in a plain word: no regex search over them
    m = _OWNED.search(text, start, at)
    return m is not None and fold(m.group(1)) not in lexicon.contracted_subjects


_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d)")


#: an opening quotation mark right before a word: the quotation's first word is capitalised as a
#: sentence start ("“Exigimos la libertad...”", 'dijo: “Pedimos...')
_OPENS_QUOTATION = re.compile(r"[“«„\"]\s?$")


#: an aside with no name in it, closed by a second comma: "Al-Shabab, a U.S.-designated terrorist group, claimed"
_ASIDE = re.compile(r"\s*,\s*[^\W\d](?:[^,;:.!?()\[\]«»“”\"]|\.(?=\S))*?,\s*")


def _comma(gap: str) -> bool:
    """Is there a comma in the gap that is punctuation, not a digit group ("25,000 tons")?"""
    if "," not in gap:
        return False
    return not any(map(str.isdigit, gap)) or "," in _NUMBER_COMMA.sub("", gap)


_RELATIVE = Cue("role", "relative")
_CLAUSE_END = re.compile(r"[,;:.!?()–—]")


#: the possessive ending and the noun after it ("'s top advisers ", "'s poultry farmers and sellers are "): at
#: most five lower-case words, a coordination or an auxiliary among them
#: (a capitalised word joined by a hyphen is an adjective there: "Russia's main English-language network complained")
_OWNED_NOUN = re.compile(r"['’]s?\s+((?:(?:[a-z][\w-]*|[A-Z][\w.]*-[a-z][\w-]*)\s+){0,4}[a-z][\w-]*)\s*$")


def _name_compound(units: list[Unit], k: int) -> bool:
    """Is the verb form at k a noun after a name (grammar key `bare_verb_after_name`: English, where a
    present verb after one singular name takes an ending)? A base form right after one bare name, with no
    bare object after it, heads a compound: "U.S. support for the island", "IDE support is healthy",
    "an FBI probe". Two names ("Pakistan and China reject"), a group ("the Taliban reject") or an object
    after it ("Russia hit Ukraine") leave it a verb."""
    unit, prev = units[k], units[k - 1]
    if unit.words_before or not unit.triggers or not all(t.pos == "noun" or t.base for t in unit.triggers) \
            or not any(t.pos == "verb" for t in unit.triggers):
        return False
    if prev.kind != "phrase" or prev.phrase is None or prev.phrase.prep is not None or prev.phrase.anaphor \
            or len(prev.phrase.conjuncts) != 1 or len(prev.phrase.conjuncts[0]) != 1:
        return False
    ref = prev.phrase.conjuncts[0][0]
    if ref.kind in ("adjective", "pronoun") or ref.etype == "GROUP":
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    return not (nxt is not None and nxt.kind == "phrase" and nxt.phrase is not None and nxt.phrase.prep is None
                and nxt.words_before <= 1)


def passive_cue(unit: Unit) -> bool:
    """Is the unit a passive (or progressive) auxiliary ("are", "was"): verbal material between a
    subject and its verb, no phrase of its own?"""
    return unit.kind == "cue" and unit.cue is not None and unit.cue.kind == "role" and unit.cue.value == "passive"


def _owned_person(before: str, lexicon: Lexicon) -> bool:
    """Is the gap after a possessor a lower-case noun that is no body of the possessor ("'s advisers", "'s
    uncle", "'s spokesman")? Such an unnamed subject acts, not its owner; a body ("'s government", "'s armed
    forces": institution_nouns.tsv) acts for its owner, as the guidelines read "X's foreign ministry", and so
    do the nouns of grammar key `owner_acting_nouns` ("'s legal team")."""
    m = _OWNED_NOUN.match(before)
    if m is None:
        return False
    words = fold(m.group(1)).split()
    bodies = _body_nouns(lexicon.code) | _word_set(lexicon.grammar.get("owner_acting_nouns", ""))
    # (any run of the words: an auxiliary may follow the noun, "'s legal team has rejected")
    return not any(" ".join(words[a:b]) in bodies for a in range(len(words)) for b in range(a + 1, len(words) + 1))


#: the lower-case word right after a name ("Republican nominee")
_NOUN_AFTER_NAME = re.compile(r"[ \t]+([a-z][\w-]*)\b")

#: the lower-case words between a bare name and the verb ("Trump aides denied", "RT journalists complained")
_MODIFIED_NOUN = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*$")


def _modified_people(phrase: Phrase, before: str, lexicon: Lexicon) -> bool:
    """Is the bare name a modifier of a noun of people who act on their own (grammar key `modified_people_nouns`:
    "Trump aides denied", "former RT journalists complained", "Clinton supporters protested")? They are
    unnamed: the name does not act, as after "Name's" (``_owned_person``)."""
    if phrase.possessor or phrase.prep is not None or phrase.anaphor or phrase.adjectival:
        return False
    m = _MODIFIED_NOUN.match(before)
    if m is None:
        return False
    nouns = _grammar(lexicon).people_nouns
    return any(w in nouns for w in fold(m.group(1)).split())


def _placed_noun(text: str, units: list[Unit], item: Ref, lexicon: Lexicon) -> bool:
    """Is a town (a PLACE, not a country) the genitive of a common noun that is no national body
    ("i carabinieri di Pavullo", "la sala de reuniones de Losail", "les habitants de Lyon")? It says
    where that unnamed noun is: the town does not act ("il governo di Roma" is a body: it may)."""
    if item.etype != "PLACE" or item.kind == "adjective" or not units:
        return False
    cue = units[-1]
    if cue.kind != "cue" or not cue.words_before:
        return False
    words = _WORD.findall(text[max(0, cue.start - 40):cue.start])
    # (a word there not linked to an entity is a noun, capitalised or not: "i Carabinieri di Modena")
    return bool(words) and fold(words[-1]) not in _body_nouns(lexicon.code)


def _people_genitive(text: str, units: list[Unit], item: Ref, lexicon: Lexicon) -> bool:
    """Is the name the genitive of a noun of people who act on their own (grammar key `modified_people_nouns`:
    "supporters of Bolsonaro attacked", "i sostenitori di Bolsonaro", "Marzouk, marito di Raffaella Castagna,
    ha chiesto", "alcuni dipendenti dell'azienda")? It says whose those unnamed people are: it does not act,
    as a bare name before such a noun does not ("Clinton supporters", ``_modified_people``)."""
    if item.kind == "adjective" or not units:
        return False
    cue = units[-1]
    if cue.kind != "cue" or not cue.words_before:
        return False
    words = _WORD.findall(text[max(0, cue.start - 40):cue.start])
    return bool(words) and fold(words[-1]) in _grammar(lexicon).people_nouns


def _people_noun_genitive(text: str, s: int, e: int, genitive: re.Pattern[str], lexicon: Lexicon) -> bool:
    """Is the name at s..e the postnominal genitive (grammar key `noun_genitive`) of a noun of people who act on
    their own, one of the three words before it ("Anhänger Bolsonaros griffen den Kongress an", "die Berater
    des Präsidenten Selenskyj")?"""
    nouns = _grammar(lexicon).people_nouns
    if not nouns:
        return False
    start = max(0, s - 60)
    words = list(_WORD.finditer(text, start, s))[-3:]
    return any(fold(w.group()) in nouns and genitive.fullmatch(text, w.end(), e) for w in words)


@cache
def _adjective_endings(code: str) -> tuple[str, ...]:
    """The endings of an inflected (attributive) adjective (adjective_endings.txt: German e, en, er...)."""
    try:
        return tuple(load(code).words("adjective_endings.txt"))
    except LanguageDataError:
        return ()


@cache
def _body_nouns(code: str) -> frozenset[str]:
    """Nouns of national bodies (institution_nouns.tsv), folded."""
    try:
        rows = load(code).table("institution_nouns.tsv")
    except (FileNotFoundError, KeyError):
        return frozenset()
    return frozenset(fold(r["noun"]) for r in rows)


@cache
def _included(gap: str, inclusions: frozenset[str]) -> bool:
    """Does the text after the gap's last comma open with an inclusion word, followed by at most two
    words (an article: ", including the", ", tra cui la", ", darunter")?"""
    words = fold(gap.rpartition(",")[2]).split()
    return any(len(words) >= n and " ".join(words[:n]) in inclusions and len(words) - n <= 2 for n in (2, 1))


def _suffixes(listed: str) -> tuple[str, ...]:
    """``Lexicon.clause_suffixes``, split once per language rather than once per sentence."""
    return tuple(x for x in listed.split(",") if x)


@cache
def _final_words(listed: str) -> re.Pattern[str] | None:
    """One of the listed words (any case) and a space ending the searched stretch."""
    words = [re.escape(w.strip()) for w in listed.split(",") if w.strip()]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")\s+$", re.I) if words else None


def _share_pattern(listed: str) -> re.Pattern[str] | None:
    """A gap ending with a number and a share word (grammar key `share_subject_words`), at most one more word
    after it ("44 percent would", "il 30 per cento"): a share of people stands right before the verb."""
    words = [re.escape(w.strip()) for w in listed.split(",") if w.strip()]
    if not words:
        return None
    return re.compile(r"\d[\d.,]*\s*(?:" + "|".join(words) + r")(?:\s+[^\W\d_]+)?\s*$", re.I)


def _word_set(listed: str) -> frozenset[str]:
    """A comma-separated grammar value as a set of folded words (time nouns, relative pronouns)."""
    return frozenset(fold(w.strip()) for w in listed.split(",") if w.strip())


def _inside_aside(clauses: list[Clause]) -> bool:
    """Is the last clause a boundary clause inside a relative aside opened by a comma ("Berisha, who
    resigned as leader ... but remained in Parliament after being defeated ..., rejected")?"""
    for k in range(len(clauses) - 1, 0, -1):
        c = clauses[k]
        if c.kind == "relative":
            return c.parenthetical and any(x.units for x in clauses[k:])
        if c.kind != "boundary":
            return False
    return False


def _continues_main(item: object) -> bool:
    """Is the item a finite verb or a clause, speech, modality or passive cue, which after an aside
    resume the main clause ("Putin, der Xi traf, kritisierte", "..., wurde von der EU sanktioniert")?"""
    if not isinstance(item, Match):
        return False
    if item.triggers:
        return any(t.pos == "verb" and not t.base for t in item.triggers)
    return any(c.kind == "modality" or c.value in (*SPEECH_ROLES, "passive") for c in item.cues[:1])


_WORD_AFTER_COMMA = re.compile(r",\s*([^\W\d_]+)\b")


def _aside_of_opening_name(clauses: list[Clause], within: bool = False) -> bool:
    """Is the last clause a relative aside on the name the sentence opened with ("Spiegel, die ...")?
    ``within``: or a clause inside such an aside opened by a comma ("Ruto, who had 14 days after ...")."""
    if within and len(clauses) > 2 and clauses[1].kind == "relative" and clauses[1].parenthetical \
            and all(c.kind == "boundary" and not c.parenthetical for c in clauses[2:]):
        clauses = clauses[:2]
    elif within and not (len(clauses) == 2 and clauses[1].parenthetical):
        return False
    if len(clauses) != 2 or clauses[1].kind != "relative":
        return False
    units = clauses[0].units
    return len(units) >= 2 and units[-1].kind == "cue" and units[-2].phrase is not None \
        and units[-2].phrase.prep is None and all(u.kind == "cue" for u in units[:-2])


def _finite_verb_after(text: str, comma: int, next_at: int, item: object) -> int | None:
    """Where the lower-case word right after the comma closing a verb-final relative clause starts, when
    no lexicon knows it or only as an auxiliary or adverb (``aux``): in a language that capitalises its
    nouns and puts the finite verb second, that word after a fronted name and its aside is the main
    clause's verb ("..., musste", "..., hatte")."""
    m = _WORD_AFTER_COMMA.match(text, comma)
    if m is None or not m.group(1)[:1].islower():
        return None
    if m.start(1) >= next_at and not (isinstance(item, Match) and not item.triggers and item.cues
                                        and all(c.value == "aux" for c in item.cues)):
        return None
    return m.start(1)


def _relative_end(text: str, at: int, end: int, conjunctions: frozenset[str] = frozenset()) -> int | None:
    """Where the relative clause opened by a pronoun ending at ``at`` ends, or None when it is none:
    it must end, at the next punctuation, with a lower-case word. In a language that capitalises its
    nouns that is the verb closing a relative clause ("Russland, das die Ukraine angreift, ..."), not
    the noun of a list or an apposition ("Russland, die Ukraine und China"); a final "zu" + verb is an
    infinitive whose article only looked like a pronoun (", die erste WM zu würdigen")."""
    m = _CLAUSE_END.search(text, at, end)
    stop = m.start() if m else end
    words = text[at:stop].split()
    if len(words) < 2 or not words[-1][:1].islower() or words[-2].lower() == "zu" or "zu" in words[-1][2:-3] \
            or words[-1].lower() in conjunctions:
        return None  # ("den Respekt zu erweisen und, ...": "und" closes no relative clause)
    return stop


def _opens_after_comma(gap: str) -> bool:
    """Does the text before a conjunction end with a comma or another clause mark?"""
    return gap.rstrip().endswith((",", "(", ":", ";", "–", "—", "„", '"', "“"))


def _resumes_main(clauses: list[Clause], item: Match, comma_open: bool) -> bool:
    """A relative clause set off by commas ends at the comma right before a finite verb or a speech
    verb: "Muratov, quien se ha negado a partir, opinó", "Starmer, who will meet Macron, said":
    the verb after the closing comma is the main clause's, whose subject stands before the relative."""
    clause = clauses[-1]
    if not comma_open or clause.kind not in ("relative", "boundary") or len(clauses) < 2:
        return False
    if not (clause.parenthetical and clause.units or _inside_aside(clauses)):
        return False  # "the deal that Russia signed, said": a restrictive relative has no opening comma
    if item.triggers:
        return any(t.pos == "verb" and not t.base for t in item.triggers)
    return any(c.kind == "role" and c.value in SPEECH_ROLES for c in item.cues[:1])


def _title_of_person(prev: Unit, between: Unit, unit: Unit) -> bool:
    """"U.S. Secretary of State Marco Rubio", "Chinese Minister of Foreign Affairs Wang Yi": a state
    or body, a title word, "of", and a person's name are one person; the name is the head."""
    if prev.phrase is None or unit.phrase is None or prev.phrase.prep is not None or unit.comma_before:
        return False
    if len(prev.phrase.conjuncts) != 1 or any(r.etype == "PERSON" for r in prev.phrase.conjuncts[0]):
        return False
    heads = unit.phrase.head_refs()
    return between is not prev and between.words_before <= MAX_CHAIN_WORDS and not between.comma_before \
        and len(heads) == 1 and heads[0].etype == "PERSON" and heads[0].kind != "adjective"


_QUOTE = re.compile(r'“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|"[^"]*"')
_QUOTE_MARK = re.compile(r'[“«„"]')
MIN_QUOTE_WORDS = 4  # shorter quoted stretches are titles or scare quotes ("welcomed", “grandioso piano”)


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Direct quotations in text[start:end] (at least MIN_QUOTE_WORDS words); an opening mark
    without its closing one in the sentence quotes to the sentence end ("It was a mistake...)."""
    closed = list(_QUOTE.finditer(text, start, end))
    out = [(m.start(), m.end()) for m in closed if len(m.group().split()) >= MIN_QUOTE_WORDS]
    # an unclosed mark is looked for after every closed pair, short ones too: the closing “ of
    # „zynisch“ opens nothing ("bezeichnete es als „zynisch“, dass die FDP ...")
    last = closed[-1].end() if closed else start
    rest = text[last:end]
    for mark in "“«„\"":
        k = rest.find(mark)
        if k >= 0 and len(rest[k:].split()) >= MIN_QUOTE_WORDS and not _QUOTE.search(rest[k:]):
            out.append((last + k, end))
            break
    return out


def _impersonal_before(text: str, start: int, end: int, pronouns: frozenset[str]) -> bool:
    """An impersonal pronoun among the two words before a verb ("si è discusso", "se ha decidido")."""
    words = text[start:end].lower().split()[-2:]
    return any(w in pronouns for w in words)


def _introduces_date(text: str, s: int, e: int, dates: frozenset[int]) -> bool:
    if s in dates:
        return True
    j = e
    while j < len(text) and text[j] == " ":
        j += 1
    return j in dates


def _merge_adjective_genitives(units: list[Unit]) -> list[Unit]:
    """"il massimo funzionario cinese della politica estera Wang Yi": an adjective-only phrase and the
    genitive phrase right after it describe one person; merge so the name is the head."""
    out: list[Unit] = []
    for unit in units:
        if unit.kind == "phrase" and unit.phrase and unit.phrase.prep == "of" and out:
            prev = out[-1] if out[-1].kind == "phrase" else (
                out[-2] if len(out) > 1 and out[-1].kind == "cue" and out[-1].cue
                and out[-1].cue.value == "of" and out[-2].kind == "phrase" else None)
            if prev is not None and prev.phrase and prev.phrase.adjectival and _modifies_noun_trigger(out, prev):
                prev = None  # "l'invasione russa dell'Ucraina": the adjective is the act's, the genitive its object
            if prev is not None and prev.phrase and not prev.phrase.anaphor and unit.words_before <= MAX_CHAIN_WORDS \
                    and (prev.phrase.adjectival or _title_of_person(prev, out[-1], unit)):
                prev.phrase.conjuncts[-1].extend(r for c in unit.phrase.conjuncts for r in c)
                prev.phrase.end = prev.end = unit.end
                if out[-1] is not prev:
                    out.pop()
                continue
        out.append(unit)
    return out


def _modifies_noun_trigger(out: list[Unit], adjective: Unit) -> bool:
    """Does the adjective-only phrase stand right after a noun trigger ("l'invasione russa", "l'offensive
    russe"), so that it modifies the act rather than a person's title?"""
    k = next((n for n in range(len(out) - 1, -1, -1) if out[n] is adjective), -1)
    noun = out[k - 1] if k > 0 else None
    return noun is not None and noun.kind == "trigger" and not adjective.words_before and not adjective.comma_before \
        and any(t.pos == "noun" for t in noun.triggers)


_AMOUNT_TOKEN = re.compile(r"[$€£¥]?\d[\d.,]*%?|[$€£¥%]|[^\W\d_]+")


def _only_amount(gap: str, amounts: frozenset[str]) -> bool:
    """Is the stretch between a preposition and the next item nothing but an amount ("$20.7 billion
    worth", "20 miliardi", "mehrere Milliarden")? Then the preposition still reaches the name after
    it: "tariffs on $20.7 billion worth of U.S. exports" targets the United States."""
    tokens = _AMOUNT_TOKEN.findall(gap)
    return bool(tokens) and all(t[0] in "$€£¥%" or t[0].isdigit() or fold(t) in amounts for t in tokens)


def _right_after_preposition(text: str, units: list[Unit], at: int) -> bool:
    """Does the word at ``at`` follow a preposition cue with nothing but spaces between ("con lui",
    "with her"; not "for forces and I": the pronoun there opens a clause of its own)?"""
    last = units[-1] if units else None
    return last is not None and last.kind == "cue" and last.cue is not None and last.cue.value in PREPOSITIONS \
        and not text[last.end:at].strip()


def _clitic_after_subject(text: str, at: int, units: list[Unit], clitics: frozenset[str]) -> bool:
    """Is the article-like word before the verb form at ``at`` an object pronoun ("Milei la acusó",
    "Renzi gli chiede", "Renzi non le risponde")? It is when it is a `clitic_pronouns` word right after
    the subject's name or a negation: an article there would open a noun with no verb before it."""
    if not clitics or not units:
        return False
    m = _CLITIC_BEFORE.search(text, max(0, at - 12), at)
    if m is None or fold(m.group(1)) not in clitics:
        return False
    prev = units[-1]
    if prev.end != m.start():
        return False
    return (prev.kind == "phrase" and prev.phrase is not None and prev.phrase.prep is None) \
        or prev.is_cue("negated")


#: the word right before a trigger, and the space before that word
_CLITIC_BEFORE = re.compile(r"\s(\w+)\s+$")


def _copula_passive(text: str, s: int, e: int, triggers: tuple[Trigger, ...], grammar: _Grammar) -> tuple[int, int] | None:
    """"L'Ucraina è sostenuta dagli Stati Uniti", "la Polonia è minacciata dalla Russia": the copula right
    before a participle of a verb that takes a direct object, its agent preposition right after, is the
    present passive's auxiliary (the span of the copula, or None). The copula alone is no passive cue:
    "è arrivato", "è uscita dall'accordo" are active, and their verbs take no direct object."""
    if grammar.agent_after is None or not grammar.agent_after.match(text, e):
        return None
    if not all(t.pos == "verb" and not t.base and t.frame.subject == "X" and t.frame.object == "Y" for t in triggers):
        return None
    m = re.search(r"(\S*\s+)?(\w+)\s+$", text[max(0, s - 30):s])
    if m is None or fold(m.group(2)) not in grammar.copula_passive:
        return None
    if m.group(1) and fold(m.group(1).strip()) in grammar.reflexives:
        return None  # "si è rivolta dal medico": a reflexive verb's own auxiliary
    start = s - len(m.group(0)) + len(m.group(1) or "")
    return start, start + len(m.group(2))


def _present_passive(text: str, units: list[Unit], end: int, auxiliaries: frozenset[str]) -> None:
    """"Die Ukraine wird von den USA unterstützt", "Ihm werden Betrug und Untreue vorgeworfen": the future
    auxiliary with a participle (a verb form that is no infinitive) at the clause end is the present
    passive, not a plan: its cue becomes the passive auxiliary's. Not when another auxiliary follows the
    participle ("wird ... kritisiert werden": a planned passive, read as before)."""
    verb = units[-1]
    after = re.match(r"\s*(\w+)", text[end:end + 30])
    if after is not None and fold(after.group(1)) in auxiliaries:
        return
    for k in range(len(units) - 2, -1, -1):
        u = units[k]
        if u.kind == "trigger":
            return  # another verb in between: the auxiliary belongs to it
        if u.kind == "cue" and u.cue is not None and u.cue.kind == "modality" \
                and fold(text[u.start:u.end]) in auxiliaries:
            u.cue = Cue("role", "passive")
            verb.progressive = False
            return


def _participle_before(units: list[Unit], text: str, s: int, e: int, auxiliaries: frozenset[str]) -> bool:
    """Is the word at ``s``-``e`` the present passive's auxiliary right after a participle ("Gelobt wird
    auch Evelyn Hamann", "dass ... die Abnahme zugesagt wird")? The future takes an infinitive ("zusagen
    wird"), so a participle before "wird" makes it passive: the subject undergoes the act and, with no
    "von" phrase, nobody named acts."""
    if not units or fold(text[s:e]) not in auxiliaries:
        return False
    verb = units[-1]
    if verb.kind != "trigger" or text[verb.end:s].strip():
        return False
    return all(t.pos == "verb" and not t.base for t in verb.triggers)


def _first_word(text: str, start: int, end: int) -> str:
    """The first word of a trigger's span ("calling" of "calling on")."""
    space = text.find(" ", start, end)
    return text[start:space if space > 0 else end].lower()


def acted_only_through(events: list, refs: list[Ref], mentions: dict[str, list[tuple[int, int]]]):
    """(event, refs in its sentence) for every event whose actors are named in its sentence only by
    ``refs`` (mentions added by a back-reference or a description, sorted by start), never by a name
    of their own there: such events borrowed their actors and are less sure."""
    if not refs:
        return
    starts = [r.start for r in refs]
    spans = {(r.start, r.end) for r in refs}
    for event in events:
        s, e = event.sentence.start, event.sentence.end
        here = refs[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
        if not here or not event.source:
            continue
        ids = {i for r in here for i in r.ids}
        if all(i in ids and not any(s <= a < e and (a, b) not in spans for a, b in mentions.get(i, ()))
               for i in event.source):
            yield event, here


_NEXT_WORD = re.compile(r"\s+([\w']+)\s*")


def _light_before_noun(text: str, e: int, item: Match, lexicon: Lexicon, matches: list[Match]) -> bool:
    """A cue both a speech verb and a light verb ("sostuvo": claimed, or held) right before an article and
    a noun trigger ("sostuvo una reunión con Xi") is the light verb: a meeting was held, nothing was said
    (evrecall21)."""
    if not any(c.value == "light" for c in item.cues):
        return False
    m = _NEXT_WORD.match(text, e)
    if m is None or fold(m.group(1)) not in lexicon.dets:
        return False
    at = m.end()
    return any(x.start == at and any(t.pos == "noun" for t in x.triggers) for x in matches if e <= x.start <= at)
