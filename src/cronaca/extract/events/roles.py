"""Who did what to whom, read off the units of one clause (never from another sentence, except the
documented zero-subject carry-over of pro-drop languages).

Rules, each named in ``Event.rule`` and weighted in ``CONFIDENCE``:
- subject: the nearest bare noun phrase before a verb trigger in its clause;
- shared-subject: a verb after another verb's object shares that verb's subject ("X visited Y and met Z");
- inherited: a clause without a subject takes it from the clause it depends on (reported speech:
  the speaker; relative clause: the antecedent; subordinate and non-finite clauses: the main subject);
- carry-over: pro-drop languages only, a sentence without any subject takes the previous sentence's
  subject in the same paragraph ("Ha affermato che...");
- object / preposition roles / passive "by": from the trigger's frame;
- nominal: a noun trigger's own genitive, "between", "with", "against" phrases and adjacent adjectives
  ("sanzioni occidentali"), possessive names ("Putin's visit") and compound pairs ("U.S.-Ukraine
  talks"); light verbs, "during" and possessive determiners give it the clause subject ("durante una
  videochiamata con Xi", "their talks"); "undergo" verbs make the subject its target ("affrontare sanzioni");
- pronoun: a subject pronoun stands for what its clause inherits, or the previous sentence's subject;
- object-phrase: with no bare object, the first entity later in the clause is the target.
A zero subject is only inherited when no unknown word stands before the verb in its clause
("..., and officials suggested" has its own, unlinked subject).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.units import PREPOSITIONS, Clause, Phrase, Unit

MAX_NOUN_GAP = 4  # words between a noun trigger's argument phrases
MAX_GENITIVE_CHAIN = 12  # words (and "of"/"and" links) of a chain of genitives before the owner phrase

CONFIDENCE = {
    "subject": 0.85, "shared-subject": 0.75, "inherited": 0.7, "carry-over": 0.6, "anaphor": 0.6,
    "pronoun": 0.65, "object-phrase": 0.6,
    "nominal": 0.75, "nominal-light": 0.65, "passive": 0.8, "inverted": 0.7, "obligation": 0.6,
}


UNRESOLVED = "unresolved"  # subject_before: the subject is an anaphor with no antecedent


@dataclass(slots=True)
class Args:
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # entity ids of places in location / destination phrases
    destinations: list[str] = field(default_factory=list)  # places a visit goes to
    rule: str = "subject"
    subject: list[str] = field(default_factory=list)  # the clause subject (for later shared-subject use)
    status_cues: list[str] = field(default_factory=list)
    passive: bool = False
    governed: bool = False  # a noun trigger under a light verb, a possessive or "during"
    partners: list[str] = field(default_factory=list)  # a noun's "with" co-actors, joined after its subject


def add(into: list[str], ids: list[str]) -> None:
    for eid in ids:
        if eid not in into:
            into.append(eid)


@dataclass
class SentenceState:
    """What later clauses and sentences may inherit."""

    clause_subjects: list[list[str]] = field(default_factory=list)
    according: list[str | None] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)  # the sentence's main subject (for carry-over)
    subject_rule: str = "subject"


class Parties:
    """Participants of earlier events, newest last, for "both sides" / "the two leaders"."""

    def __init__(self, entity_type: dict[str, str]) -> None:
        self.history: list[list[str]] = []
        self.entity_type = entity_type

    def add(self, ids: list[str]) -> None:
        if len(ids) >= 2:
            self.history.append(list(ids))

    def resolve(self, wanted: str) -> list[str]:
        """"*" (both sides, both parties): the last two or more parties that are not people;
        a type ("both:PERSON" = the two leaders): the last two or more of that type."""
        for ids in reversed(self.history):
            if wanted == "*":
                typed = [i for i in ids if self.entity_type.get(i) != "PERSON"]
            else:
                typed = [i for i in ids if self.entity_type.get(i) == wanted]
            if len(typed) >= 2:
                return typed
        return []


def phrase_ids(phrase: Phrase, anaphor: "Parties") -> list[str]:
    if phrase.anaphor in ("pronoun", "self"):
        return []  # a pronoun is resolved by subject_before, which knows what the clause inherits
    return anaphor.resolve(phrase.anaphor) if phrase.anaphor else phrase.heads()


def subject_before(units: list[Unit], i: int, resolved: dict[int, Args], anaphor: Parties,
                   objects: set[int], inherited: list[str] | None = None) -> tuple[list[str], str]:
    """The subject for the unit at i: the nearest bare phrase before it that is not a verb's object,
    else the subject of the verb whose object stands in between. Words that no lexicon knows right
    before the verb may be its own subject ("..., and officials suggested"): then no shared subject;
    a comma followed by such words ("Beyond Ukraine, G7 ministers discussed") hides the phrase."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger" and j in resolved and u.triggers[0].pos == "verb":
            if resolved[j].subject and units[i].words_before == 0:
                return resolved[j].subject, "shared-subject"
            return [], ""
        if u.kind == "phrase" and u.phrase and u.phrase.subjectish and j not in objects:
            head = _apposition_head(units, j, i)
            if head is not None:
                j, u = head, units[head]  # "Stevandic, a close ally of Dodik, denounced": Stevandic
            if any(units[k].comma_before and units[k].words_before >= 2 for k in range(j + 1, i + 1)) \
                    and not _apposition_closed(units, j, i):
                return [], ""
            if u.quote != units[i].quote:
                return [], ""  # a name inside a quotation is no subject of a verb outside it, nor the reverse
            if u.phrase.anaphor == "pronoun":  # "Iraq said it would allow...": the inherited subject
                first = not any(units[k].kind == "phrase" and units[k].phrase is not None
                                and units[k].phrase.anaphor != "pronoun" for k in range(j))
                # inside a direct quotation a pronoun belongs to the speaker's own discourse ("«... hat er
                # nur sich selbst verteidigt», sagt die Mutter"), not to the narrative around it
                ids = _persons(u.phrase, inherited or [], anaphor) if first and (u.quote < 0 or u.phrase.speaker) \
                    else []  # ("we" there is the speaker's side: "Joly said, “... we continue to support Ukraine”")
                return (ids, "pronoun") if ids else ([], "")
            if u.phrase.adjectival and u.phrase.prep is None:
                return [], ""  # "the South Carolina senator said", "a U.S. appeals court": an unnamed noun acts
            ids = phrase_ids(u.phrase, anaphor)
            if ids:
                return ids, "anaphor" if u.phrase.anaphor else "subject"
            if u.phrase.anaphor:
                return [], UNRESOLVED  # "both countries withdrew" with no earlier pair: a subject we cannot name
    return [], ""


#: Answers to another party's act: their target is that act's author ("rejected calls by Kofi Annan",
#: "conceded to demands from UNITA"), named after the act's noun.
ANSWERS = frozenset({"REJECT", "CONCEDE"})
ANSWERED = frozenset({"REQUEST", "AGREE", "ACCUSE", "THREATEN"})


def _owns_trigger(units: list[Unit], j: int) -> bool:
    """Is the phrase at j the possessor of a noun trigger right after it ("Russia's invasion")? (A
    possessor inside a gapped trigger owns its tail: "protest against Sweden's decision".)"""
    return j + 1 < len(units) and units[j + 1].kind == "trigger" and units[j + 1].words_before <= 1 \
        and any(t.pos == "noun" for t in units[j + 1].triggers)


def _demonym_people(units: list[Unit], phrase: Phrase, gap_end: int = 0) -> bool:
    """"encouraged Americans to", "a appelé les Tchèques à": a demonym standing alone right after the
    verb names a people, not the state ("denunció la propaganda rusa", "condemned Russian strikes"
    keep theirs: the adjective has its noun)."""
    if not phrase.adjectival:
        return False
    k = next(k for k, u in enumerate(units) if u.phrase is phrase)
    if units[k].words_before:
        return False
    if phrase.end < gap_end:
        return True  # inside a gapped trigger, right before its tail ("a appelé les Tchèques à")
    return k + 1 < len(units) and units[k + 1].words_before == 0 and units[k + 1].kind != "phrase"


def _persons(pronoun: Phrase, antecedent: list[str], parties: Parties) -> list[str]:
    """What a pronoun stands for: its antecedent; a personal one ("he", "er", "ella") only the
    people in it ("He released a letter" after "the United States" is nobody we know)."""
    if not pronoun.person:
        return list(antecedent)
    return [i for i in antecedent if parties.entity_type.get(i) == "PERSON"]


def _apposition_head(units: list[Unit], j: int, i: int) -> int | None:
    """A genitive name inside an apposition closed by a comma right before the verb ("Nenad Stevandic,
    president of the assembly and a close ally of Dodik, denounced"): the bare name that opened the
    apposition, at the clause start and followed by a comma, is the subject."""
    p = units[j].phrase
    if p is None or p.prep is None or not units[i].after_comma:
        return None
    for k in range(j):
        u = units[k]
        if u.kind == "trigger":
            return None
        if u.kind == "phrase" and u.phrase is not None:
            if u.phrase.prep is None and not u.phrase.anaphor and not u.phrase.adjectival \
                    and k + 1 <= j and units[k + 1].comma_before:
                return k
            return None
    return None


def _apposition_closed(units: list[Unit], j: int, i: int) -> bool:
    """"Pakistan, a key ally in the war against terrorism, has refused": the phrase at j is followed
    by a comma, the verb at i by another right before it, and nothing between is a verb: an aside."""
    return units[i].after_comma and j + 1 < i and units[j + 1].comma_before \
        and all(units[k].kind != "trigger" for k in range(j + 1, i))


def _no_phrase_before(units: list[Unit], i: int) -> bool:
    """No noun phrase and no other trigger between the clause start and unit i."""
    return all(u.kind == "cue" for u in units[:i])


def _coordinated_without_subject(units: list[Unit], i: int) -> bool:
    """A verb right after "and" in a clause with no noun phrase and no other verb before it
    ("..., identificando le minacce del secolo ed ha aperto le porte"): it continues the subject the
    clause inherits, whatever unknown words came before the "and"."""
    if i == 0 or units[i].words_before or units[i - 1].kind != "cue" or units[i - 1].cue is None \
            or units[i - 1].cue.value != "and":
        return False
    return all(u.kind == "cue" or u.kind == "trigger" and all(t.pos == "noun" for t in u.triggers)
               for u in units[:i - 1])


def bare_start(units: list[Unit], i: int) -> bool:
    """Nothing but known function words between the clause start and unit i: a zero subject."""
    return all(u.words_before == 0 for u in units[:i + 1])


def status_cues(units: list[Unit], i: int, stop: int) -> list[str]:
    """Modality cues between the subject (or clause start) and the trigger, and after it for
    cues whose scope allows."""
    out: list[str] = []
    for j in range(i - 1, stop, -1):
        u = units[j]
        if u.kind == "trigger":
            break
        if u.kind == "cue" and u.cue and u.cue.kind == "modality" and u.cue.scope in ("before", "both"):
            if u.cue.value == "condition" and any(units[k].comma_before for k in range(j + 1, i + 1)):
                continue  # "si le public le veut, il a rejeté": the comma closed the condition
            out.append(u.cue.value)
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.kind == "trigger":
            break
        if u.kind == "cue" and u.cue and u.cue.kind == "modality" and u.cue.scope in ("after", "both"):
            out.append(u.cue.value)
    return out


def verb_args(units: list[Unit], i: int, trigger: Trigger, resolved: dict[int, Args], anaphor: Parties,
              inherited: list[str], objects: set[int], verb_second: bool = False,
              object_prep: str | None = None, antecedent: list[str] | None = None, relative: bool = False,
              nouns: dict[int, Args] | None = None, inverted: bool = False, resume: bool = False) -> Args:
    frame = trigger.frame
    args = Args()
    subject, rule = subject_before(units, i, resolved, anaphor, objects, inherited or antecedent)
    early_object: list[str] = []
    # a verb-final relative clause ("Russland, das die Ukraine angreift"): the antecedent acts, the
    # phrase inside is the object; zu-infinitives likewise act for what their clause inherits
    infinitive = verb_second and (_zu_infinitive(units, i, trigger) or relative and bool(inherited)
                                  and not any(u.kind == "trigger" for u in units[:i]))
    if infinitive:
        subject, early_object, rule = _infinitive_args(units, i, anaphor, objects, inherited)
    elif verb_second and resume and inherited and not subject and bare_start(units, i):
        # "Putin, der Xi traf, kritisierte die USA": after the aside the verb comes first, and its
        # subject is the name before the aside, not the phrase after the verb
        subject, rule = list(inherited), "inherited"
    elif verb_second:
        subject, early_object, rule = _verb_second(units, i, subject, rule, anaphor, objects, resolved,
                                                   inherited or antecedent)
    if not subject and inherited and rule != UNRESOLVED and (bare_start(units, i) or relative and _no_phrase_before(units, i)
                                      or _coordinated_without_subject(units, i)):
        subject, rule = inherited, "inherited"  # "la Nato, che inizia a ritirarsi": the antecedent acts
    args.subject, args.rule = subject, rule if rule and rule != UNRESOLVED else "subject"
    passive = _passive(units, i, verb_second) or (
        not trigger.base and frame.role("by") is None and frame.role("from") is None
        and _participle_with_agent(units, i))
    args.passive = passive
    dobj: Phrase | None = None
    preps: dict[str, Phrase] = {}
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.kind == "trigger" or trigger.mode == "allege" and _unnamed_accused(units, i, j):
            break
        if u.kind != "phrase" or not u.phrase:
            continue
        p = u.phrase
        if j in objects:
            continue  # already the subject (verb-second order)
        if p.possessor and not _owns_trigger(units, j) and u.start > units[i].span_end:
            objects.add(j)
            continue  # "a fight with the United States' trading partners": the partners are acted upon
        if p.bare and not p.anaphor and p.prep is None or p.anaphor:
            if dobj is None:
                dobj = p
                objects.add(j)
                continue
            break
        if p.prep == "of" and "in" in preps and _names_the_place(units, j, preps["in"]):
            # "in the Red Sea port city of Jeddah", "in the capital of Kenya": the "of" place is where
            args.places.insert(0, p.head_refs()[0].ids[0])
            objects.add(j)
            continue
        if p.prep == "of" and frame.role("of") is None:  # a frame's own [of] role takes it below
            if dobj is None:
                dobj = p
                objects.add(j)
            continue
        if p.prep and p.prep == object_prep and dobj is None and not preps and frame.role(p.prep) is None:
            dobj = p  # Spanish personal "a": "condenó a Rusia"
            objects.add(j)
            continue
        if p.prep and p.prep not in preps:
            preps[p.prep] = p
            objects.add(j)
    if verb_second:
        _roles_before(units, i, frame, preps, objects)
    if passive:
        if not subject and nouns:
            subject = _noun_subject_actors(units, i, nouns)  # "l'attacco della Russia è stato condannato"
        add(args.targets, subject)
        if "by" not in preps and verb_second:  # verb-final: "wurde von der Ukraine angegriffen"
            for j in range(i - 1, -1, -1):
                u = units[j]
                if u.kind == "trigger":
                    break
                if u.kind == "phrase" and u.phrase and u.phrase.prep == "by":
                    preps["by"] = u.phrase
                    break
        if "by" in preps:
            add(args.actors, preps.pop("by").heads())
            args.rule = "passive"
        if frame.subject == "Y" and frame.object == "X":
            # "Sall a été reçu par Macron" with "Y V X" (the host receives the visitor): the visitor acts
            args.actors, args.targets = args.targets, args.actors
    elif frame.subject == "Y":
        add(args.targets, subject)
    else:
        add(args.actors, subject)
    if not args.targets and dobj is None and not args.passive and _clitic_before(units, i):
        add(args.targets, _previous_object(units, i, resolved, args.actors))  # "se reunió con Xi y le pidió"
    wants_target = frame.object == "Y" or any(who == "Y" for _, who in frame.roles)
    if dobj is None and not early_object and wants_target and not args.passive and not args.targets:
        # "rejected calls by X", "affirmed their support for X": with no bare object, the first
        # entity later in the clause (past noun triggers, up to the next verb) is the target
        answers = trigger.type in ANSWERS
        passed_act = False  # past the answered act's noun only its "by" / "from" phrase counts
        demanded = False  # past a requested, threatened or offered act's noun ("demanded an admission by Moscow")
        for j in range(i + 1, len(units)):
            u = units[j]
            if trigger.mode == "allege" and _unnamed_accused(units, i, j):
                break  # "accusé l'Occident de vouloir détruire la Russie": the accused has no name
            if u.kind == "trigger" and (u.triggers[0].pos == "verb"
                                        or all(t.type != trigger.type for t in u.triggers)):
                if answers and u.triggers[0].pos == "noun" and all(t.type in ANSWERED for t in u.triggers):
                    passed_act = True
                    continue  # "rejected calls by X", "dismissed an appeal from X": the answered act's author
                if trigger.type in CONTENT_TYPES and any(t.pos == "verb" for t in u.triggers) \
                        and _requested_content(units, j, next(t for t in u.triggers if t.pos == "verb")):
                    continue  # "threatened to break relations with Russia": the content names the target
                if trigger.type in CONTENT_TYPES and pick_trigger(u, units, j).pos == "noun" and not u.comma_before:
                    demanded = True
                    continue  # "demanded a truce with Moslem forces", "demanded support from X": its party
                break  # a noun trigger of another type owns what follows it
            if demanded and u.comma_before:
                break  # "né ha chiesto il ritiro delle truppe, molti alleati dell'Ucraina": another clause's
            if u.kind != "phrase" or not u.phrase or u.phrase.anaphor \
                    or u.phrase.prep in ("according", "during") or u.phrase.prep == "in" and trigger.type == "CONSULT" \
                    or u.phrase.prep == "by" and not (answers or demanded or trigger.type == "REQUEST") \
                    or u.phrase.adjectival:
                if passed_act and u.kind == "phrase":
                    break
                continue  # "ai giornalisti italiani", "U.S. exports": an adjective modifies another noun;
                # an agent or source ("riceverà il comando dall'Africom") is nobody acted upon
            if u.phrase.possessor and not _owns_trigger(units, j) and u.start > units[i].span_end:
                continue  # "tariffs on the EU's exports": the exports, not the EU
            if passed_act and u.phrase.prep not in ("by", "from"):
                break  # "ha respinto le accuse dell'Ucraina": the accusation's own genitive (see _rejected_author)
            heads = [r.ids[0] for r in u.phrase.head_refs() if r.etype != "PLACE" and r.ids[0] not in subject]
            if heads:
                add(args.targets, heads)
                args.rule = "object-phrase" if args.rule == "subject" else args.rule
                break
    if inverted and dobj is not None and frame.object is None and args.rule in ("subject", "inherited") \
            and not args.passive and not dobj.adjectival and not dobj.anaphor and dobj.prep is None \
            and (not subject or args.rule == "inherited"):
        # "llegó este martes la ministra Izkia Siches", "si è dimesso il ministro Rossi": an intransitive
        # verb's bare noun phrase after it is its subject, and beats a zero subject
        args.actors[:] = [a for a in dobj.heads() if a not in args.targets]
        args.subject = list(args.actors)
        args.rule = "inverted"
        dobj = None
    if dobj is None and early_object:
        add(args.targets if frame.object == "Y" else args.actors, early_object)
    if dobj is not None:
        ids = [] if _demonym_people(units, dobj, units[i].span_end) else phrase_ids(dobj, anaphor)
        if frame.object == "Y":
            add(args.targets, ids)
        elif frame.object == "X":
            add(args.actors, ids)
        _places(args, dobj, trigger)
    for prep, phrase in preps.items():
        who = frame.role(prep)
        if who == "Y":
            add(args.targets, phrase.heads())
            if prep in ("to", "in"):
                _places(args, phrase, trigger)
        elif who == "X":
            add(args.actors, phrase.heads())
        elif prep in ("in", "to"):
            add(args.places, [r.place or r.ids[0] for r in phrase.head_refs() if r.etype in ("PLACE", "COUNTRY")])
    args.status_cues = status_cues(units, i, -1)
    if infinitive and _zu_infinitive(units, i, trigger):
        args.status_cues.append("planned")  # "kündigte an, Kiew zu besuchen": not done yet
    return args


def _clitic_before(units: list[Unit], i: int) -> bool:
    """An object clitic right before the verb ("le pidió", "lui a demandé")."""
    prev = units[i - 1] if i else None
    return prev is not None and prev.kind == "cue" and prev.cue is not None and prev.cue.value == "clitic" \
        and units[i].words_before == 0


def _previous_object(units: list[Unit], i: int, resolved: dict[int, Args], actors: list[str]) -> list[str]:
    """What an object clitic stands for: the party the previous verb of the clause acted upon, when
    the clitic's verb shares its subject ("Sánchez se reunió con Xi y le pidió que...": Xi)."""
    for j in range(i - 1, -1, -1):
        if j in resolved:
            prior = resolved[j]
            return [t for t in prior.targets if t not in actors] if prior.subject == actors else []
    return []


def _fronted_subject(units: list[Unit], i: int) -> list[str]:
    """The subject of the main verb after a fronted phrase that holds the noun trigger at i ("Durante
    l'incontro con Xi, Putin ha elogiato", "Lors de sa visite à Pékin, Macron a déclaré"): the first
    bare name after a comma, right before a verb or a speech cue."""
    for j in range(i + 1, len(units) - 1):
        u = units[j]
        if u.kind == "trigger":
            return []
        if u.kind == "phrase" and u.comma_before and u.phrase is not None and u.phrase.prep is None \
                and not u.phrase.anaphor and not u.phrase.adjectival:
            nxt = units[j + 1]
            verb = nxt.kind == "trigger" and any(t.pos == "verb" for t in nxt.triggers) \
                or nxt.kind == "cue" and nxt.cue is not None and nxt.cue.value == "report"
            return u.phrase.heads() if verb and not nxt.comma_before else []
    return []


def _unnamed_accused(units: list[Unit], i: int, j: int) -> bool:
    """An "of" cue after words no entity stands for, with only cues since the accusing verb at i
    ("accusé l'Occident de", "acusó a Occidente de"): what follows is the charge, not the accused."""
    u = units[j]
    return u.kind == "cue" and u.cue is not None and u.cue.value == "of" and u.words_before > 0 \
        and all(units[k].kind == "cue" for k in range(i + 1, j))


def _zu_infinitive(units: list[Unit], i: int, trigger: Trigger) -> bool:
    """A verb-final infinitive with its marker right before it ("..., Kiew zu besuchen")."""
    prev = units[i - 1] if i > 0 else None
    return trigger.base and units[i].words_before == 0 and prev is not None and prev.kind == "cue" \
        and prev.cue is not None and prev.cue.value == "to"


def _infinitive_args(units: list[Unit], i: int, anaphor: Parties, objects: set[int],
                     inherited: list[str]) -> tuple[list[str], list[str], str]:
    """A verb-final infinitive has no subject of its own: it acts for the subject its clause inherits
    ("Merz kündigte an, Kiew zu besuchen"), else for the first bare phrase of the clause ("Merz plant,
    Kiew zu besuchen"); the bare phrase right before the marker is its object."""
    start = next((j + 1 for j in range(i - 1, -1, -1) if units[j].kind == "trigger"), 0)
    bare = [j for j in range(start, i) if units[j].kind == "phrase" and units[j].phrase is not None
            and units[j].phrase.prep is None and j not in objects]
    obj: list[str] = []
    if bare and (inherited or len(bare) >= 2):
        objects.add(bare[-1])
        obj = phrase_ids(units[bare[-1]].phrase, anaphor)
        bare = bare[:-1]
    if inherited:
        return list(inherited), obj, "inherited"
    if bare:
        first = units[bare[0]].phrase
        ids = list(inherited) if first.anaphor == "pronoun" else phrase_ids(first, anaphor)
        return ids, obj, "subject"
    return [], obj, ""


def _names_the_place(units: list[Unit], j: int, where: Phrase) -> bool:
    """Is the "of" phrase at j a place that names the location phrase right before it ("in the Red
    Sea port city of Jeddah")?"""
    prev = units[j - 2] if j >= 2 and units[j - 1].kind == "cue" else units[j - 1]
    refs = units[j].phrase.head_refs() if units[j].phrase else []
    return prev.phrase is where and units[j].words_before == 0 and len(refs) == 1 and refs[0].etype == "PLACE" \
        and units[j - 1].words_before <= MAX_PLACE_WORDS


#: words between a location phrase and the "of" that names its place ("in the Red Sea port city of Jeddah")
MAX_PLACE_WORDS = 3


def _roles_before(units: list[Unit], i: int, frame, preps: dict[str, Phrase], objects: set[int]) -> None:
    """Verb-final order ("Scholz hat am Dienstag mit Xi telefoniert", "Merz will nach China reisen",
    "..., dass sie gegen Russland vorgehen"): the preposition phrases between the previous verb (or
    the clause start) and the verb are its roles, as those after it are in verb-first order. A phrase
    another trigger took (a noun's own "mit") is skipped; the passive "by" is read by its own rule."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            break
        if u.kind != "phrase" or u.phrase is None or j in objects or u.phrase.anaphor:
            continue
        prep = u.phrase.prep
        if prep is None or prep in ("by", "of", "according", "during") or prep in preps:
            continue
        if frame.role(prep) is not None or prep in ("in", "to"):
            preps[prep] = u.phrase
            objects.add(j)


def _noun_subject_actors(units: list[Unit], i: int, nouns: dict[int, Args]) -> list[str]:
    """The actors of a noun trigger that is the subject of a passive verb ("l'attacco della Russia è
    stato condannato dalla Francia": condemning the attack condemns Russia)."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            return list(nouns[j].actors) if j in nouns else []
    return []


def _participle_with_agent(units: list[Unit], i: int) -> bool:
    """A past participle used as an adjective of the name right before it, its agent right after
    ("Rossi, arrestato dalla polizia", "X, detenido por la policía", "X, arrêté par la police"):
    nothing but a comma between name and verb (an auxiliary would make it a finite active verb),
    and the agent phrase follows at once."""
    if i == 0 or units[i - 1].kind != "phrase" or not units[i].touching:
        return False
    for j in range(i + 1, min(i + 3, len(units))):
        u = units[j]
        if u.kind == "cue" and u.cue and u.cue.value == "by" and u.words_before == 0:
            continue
        return u.kind == "phrase" and u.phrase is not None and u.phrase.prep == "by" and u.words_before == 0
    return False


def _passive(units: list[Unit], i: int, verb_second: bool) -> bool:
    """A passive auxiliary right before the verb ("was attacked", "è stato criticato"), or anywhere
    before it in its clause in verb-final languages ("wurde von der Ukraine angegriffen")."""
    if units[i].progressive:
        return False  # "are demanding", "was attacking"
    if verb_second and i + 1 < len(units):  # "ist ... festgenommen worden": the auxiliary follows
        u = units[i + 1]
        if u.kind == "cue" and u.cue is not None and u.cue.value == "passive" and u.words_before == 0:
            return True
    words = 0
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            return False
        words += units[j + 1].words_before + (1 if j + 1 < i else 0)  # words and cue words in between
        if u.kind == "cue" and u.cue and u.cue.value == "passive":
            return verb_second or words <= 1
        if u.kind == "phrase" and not verb_second:
            return False
    return False


def _verb_second(units: list[Unit], i: int, subject: list[str], rule: str, anaphor: Parties,
                 objects: set[int], resolved: dict[int, Args],
                 antecedent: list[str] | None = None) -> tuple[list[str], list[str], str]:
    """Verb-second / verb-final word order: "Am Mittwoch traf Putin Xi" (subject after the verb),
    "..., dass China Russland verurteilt" (object before the verb)."""
    if not subject and i > 0 and units[i - 1].kind == "phrase" and units[i - 1].phrase is not None \
            and units[i - 1].phrase.anaphor == "pronoun" and units[i].words_before == 0:
        # "„Wir verurteilen Bennetts Angriffe“": the pronoun right before the verb is its subject, even
        # when it cannot be resolved; the name after the verb is the object, not a subject
        return subject, [], rule
    if not subject:
        for j in range(i + 1, len(units)):
            u = units[j]
            if u.kind == "trigger":
                break
            if u.kind == "phrase" and u.phrase and u.phrase.prep is None:
                objects.add(j)
                if u.phrase.anaphor == "pronoun":  # "fordern sie": the pronoun's antecedent
                    quoted = u.quote >= 0 and not u.phrase.speaker
                    return ([] if quoted else _persons(u.phrase, antecedent or [], anaphor)), [], "pronoun"
                return phrase_ids(u.phrase, anaphor), [], "subject"
        return subject, [], rule
    before = [j for j in range(i) if units[j].kind == "phrase" and units[j].phrase
              and units[j].phrase.prep is None and j not in objects]
    after = any(u.kind == "phrase" and u.phrase and u.phrase.bare for u in units[i + 1:]
                if u.kind != "trigger")
    if rule == "subject" and len(before) >= 2 and not after \
            and not any(units[k].kind == "trigger" and any(t.pos == "verb" for t in units[k].triggers)
                        for k in range(before[-2], i)):  # a noun between ("hat X Unterstützung zugesagt")
        objects.add(before[-1])
        first = units[before[-2]].phrase
        if first.anaphor == "pronoun":  # "warum er Russland kritisiert": the pronoun's antecedent
            quoted = units[before[-2]].quote >= 0 and not first.speaker
            return ([] if quoted else _persons(first, antecedent or [], anaphor)), \
                phrase_ids(units[before[-1]].phrase, anaphor), "pronoun"
        return phrase_ids(first, anaphor), phrase_ids(units[before[-1]].phrase, anaphor), rule
    return subject, [], rule


def _places(args: Args, phrase: Phrase, trigger: Trigger) -> None:
    """A visit's destination, or a place named in a location phrase."""
    for ref in phrase.head_refs():
        place = ref.ids[0] if ref.etype == "PLACE" else ref.place
        if place:
            add(args.places, [place])
            if trigger.mode == "visit" and ref.etype == "PLACE":
                add(args.destinations, [place])


def noun_args(units: list[Unit], i: int, trigger: Trigger, resolved: dict[int, Args], anaphor: Parties,
              inherited: list[str], objects: set[int], antecedent: list[str] | None = None,
              verb_final: bool = False, light_subject: list[str] | None = None, zero_subject: bool = False) -> Args:
    """``light_subject``: who a pronoun subject of a governing light verb stands for, and with
    ``zero_subject`` (pro-drop languages) a missing one: the carried subject, as for a verb ("Putin
    llegó a Madrid. Mantuvo conversaciones con Sánchez", "Il a eu des entretiens avec Xi")."""
    frame = trigger.frame
    args = Args(rule="nominal")
    # adjacent modifiers: "sanzioni occidentali", "Western sanctions", "i colloqui Putin-Xi"
    before = units[i - 1] if i > 0 else None
    if before and before.kind == "phrase" and before.phrase and not units[i].comma_before \
            and (before.phrase.prep is None or units[i].words_before == 0) \
            and units[i].words_before <= (2 if units[i].after_possessive else 1) \
            and (before.phrase.adjectival or len(before.phrase.conjuncts) > 1 or units[i].after_possessive
                 or units[i].after_det_name):
        refs = before.phrase.head_refs()
        if units[i].after_det_name and all(r.etype == "PLACE" for r in refs):
            add(args.places, [r.ids[0] for r in refs])  # "the Jeddah talks": where, not who
        elif units[i].after_possessive and frame.role("poss") == "Y":
            add(args.targets, before.phrase.heads())  # "al-Rufay'i's killing", "Navalny's arrest": who undergoes it
        else:
            add(args.actors, before.phrase.heads())  # "the G7 talks", "the ECOWAS meeting"
        objects.add(i - 1)
    seen_phrases = 0
    distance = 0  # words since the trigger or its last argument
    genitive = True  # only "of" links so far: "il vertice dei capi di stato e di governo dell'UE"
    for j in range(i + 1, min(len(units), i + 10)):
        u = units[j]
        distance += u.words_before
        chain = genitive and seen_phrases == 0 and distance <= MAX_GENITIVE_CHAIN
        if u.kind == "trigger" or u.comma_before or (distance > MAX_NOUN_GAP and not chain):
            break
        if u.kind != "phrase" or not u.phrase:
            distance += 1  # the cue word itself
            genitive = genitive and u.kind == "cue" and u.cue is not None and u.cue.value in ("of", "and")
            continue
        if distance > MAX_NOUN_GAP and u.phrase.prep != "of":
            break  # past a long genitive chain only its last "of" phrase is the noun's owner
        distance = 0
        p = u.phrase
        if p.prep is None:
            if seen_phrases == 0 and u.words_before <= 1 and (p.adjectival or len(p.conjuncts) > 1):
                add(args.actors, p.heads())
                objects.add(j)
                seen_phrases += 1
                continue
            break
        seen_phrases += 1
        if seen_phrases > 3:
            break
        who = frame.role(p.prep)
        if who is None and p.prep in ("in", "to"):
            add(args.places, [r.place or r.ids[0] for r in p.head_refs() if r.etype in ("PLACE", "COUNTRY")])
            continue
        if who is None:
            continue
        if who == "Y" and p.adjectival and p.prep != "between":
            continue  # "support for American farmers": the adjective modifies another noun, no recipient
        objects.add(j)
        ids = p.heads()
        if p.prep == "between":
            if trigger.type in ("CONSULT", "COOPERATE", "AGREE", "ASSAULT", "RETREAT"):
                add(args.actors, ids)
            else:
                add(args.targets, ids)
        elif who == "X" and p.prep == "with":
            add(args.partners, ids)  # "exercices militaires avec la Russie": beside the subject, not instead
        elif who == "X":
            add(args.actors, ids)
        else:
            add(args.targets, ids)
            if p.prep in ("to", "in"):
                _places(args, p, trigger)
    # the clause subject, when a light verb, "during" or a possessive governs the noun
    lead = [u for u in units[max(0, i - 3):i] if u.kind == "cue" and u.cue]
    light = any(u.cue.value in ("light", "during") for u in lead if u.cue)
    closing = not light and verb_final and _light_after(units, i)
    if closing and not args.actors:
        # "China hat Russland schwere Vorwürfe gemacht": before a clause-final light verb, the first
        # bare phrase is the subject and a second one the recipient (dative)
        bare = [j for j in range(i - 1, -1, -1) if units[j].kind == "trigger"][:1]
        start = bare[0] + 1 if bare else 0
        before = [j for j in range(start, i) if units[j].kind == "phrase" and units[j].phrase is not None
                  and units[j].phrase.prep is None and not units[j].phrase.anaphor and j not in objects
                  and not units[j].phrase.adjectival]
        if len(before) >= 2 and not args.targets and any(who == "Y" for _, who in trigger.frame.roles):
            # ("X hatte Tiktok nach dem Erfolg des Y ... Vorwürfe gemacht": the first two, not the nearest)
            add(args.actors, units[before[0]].phrase.heads())
            add(args.targets, [t for t in units[before[1]].phrase.heads() if t not in args.actors])
            objects.update(before[:2])
            args.rule = "nominal-light"
    light = light or closing
    possessive = i > 0 and not units[i].comma_before and units[i - 1].kind == "cue" and units[i - 1].cue is not None \
        and units[i - 1].cue.value == "possessive" and units[i].words_before <= 1
    if possessive and not args.actors:
        subject, _ = subject_before(units, i, resolved, anaphor, objects)
        add(args.actors, subject or antecedent or [])  # "their talks", "his meetings with counterparts"
        if args.actors:
            args.rule = "nominal-light"
    undergo = any(u.cue.value == "undergo" for u in lead if u.cue)
    args.governed = light or possessive or undergo or units[i].after_possessive
    if light and not args.actors and verb_final and not closing:
        _dative_after_light(units, i, trigger, args, resolved, anaphor, objects)
    if light and not args.actors:
        subject, rule = subject_before(units, i, resolved, anaphor, objects, light_subject)
        if not subject and bare_start(units, i):
            subject = _fronted_subject(units, i)  # "Durante l'incontro con Xi, Putin ha elogiato..."
        if not subject and inherited and bare_start(units, i):
            subject = inherited  # "dopo aver dovuto affrontare sanzioni ... durante l'offensiva"
        if not subject and zero_subject and light_subject and bare_start(units, i) and _light_governs(lead) \
                and not any(u.kind == "phrase" for u in units[:i]):
            subject = light_subject  # "Luego lanzó amenazas contra Polonia": the light verb's zero subject
        if subject:
            add(args.actors, subject)
            args.rule = "nominal-light"
    elif undergo and args.actors and not args.targets:
        subject, _ = subject_before(units, i, resolved, anaphor, objects)
        add(args.targets, subject or inherited)
        args.rule = "nominal-light"
    # a noun's own status follows it ("la visita di Macron a Pechino è prevista per aprile"); a
    # governing verb's cues stand before it ("dovrebbe tenere una riunione")
    args.status_cues = status_cues(units, i, max(-1, i - 3)) if light or undergo else status_cues(units, i, i - 1)
    if (light or undergo) and not args.status_cues:
        args.status_cues = _governing_modality(units, i)
    return args


def _light_governs(lead: list[Unit]) -> bool:
    """A light verb (not "during") governs the noun: only then is the clause's zero subject its actor."""
    return any(u.cue is not None and u.cue.value == "light" for u in lead)


def _governing_modality(units: list[Unit], i: int) -> list[str]:
    """A plan or possibility stated on the verb that governs a noun trigger reaches it across other
    nouns ("the United States hopes to resolve the pause in aid to Ukraine during talks Tuesday"):
    planned and hypothetical cues back to the clause start or the previous verb (negation stays
    local: "did not resolve the pause during talks" says nothing about the talks)."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger" and any(t.pos == "verb" for t in u.triggers) and not u.after_det:
            return []
        if u.kind == "cue" and u.cue is not None and u.cue.kind == "modality" \
                and u.cue.value in ("planned", "hypothetical") and u.cue.scope in ("before", "both"):
            return [u.cue.value]
    return []


def _dative_after_light(units: list[Unit], i: int, trigger: Trigger, args: Args, resolved: dict[int, Args],
                        anaphor: Parties, objects: set[int]) -> None:
    """Verb-second order: names between a light verb and its noun ("Höcke macht Voigt einen schweren
    Vorwurf", "Gestern machte Höcke Voigt Vorwürfe"): with a subject before the verb the one name is the
    recipient; with two, the first is the subject and the second the recipient; a single name with
    nothing before the verb is its subject ("Am Montag führte Merz Gespräche mit Xi")."""
    if not any(who == "Y" for _, who in trigger.frame.roles) or args.targets:
        return
    k = next((j for j in range(i - 1, -1, -1) if units[j].kind == "cue" and units[j].cue is not None
              and units[j].cue.value == "light"), None)
    if k is None:
        return
    between = [j for j in range(k + 1, i) if units[j].kind == "phrase" and units[j].phrase is not None
               and units[j].phrase.prep is None and not units[j].phrase.adjectival and j not in objects]
    if len(between) >= 2:
        add(args.actors, phrase_ids(units[between[0]].phrase, anaphor))
        add(args.targets, [t for t in phrase_ids(units[between[1]].phrase, anaphor) if t not in args.actors])
        objects.update(between[:2])
        args.rule = "nominal-light"
    elif len(between) == 1 and subject_before(units, k, resolved, anaphor, objects)[0]:
        add(args.targets, phrase_ids(units[between[0]].phrase, anaphor))
        objects.add(between[0])


def _light_after(units: list[Unit], i: int) -> bool:
    """Verb-final order: a light verb closes the noun's clause ("Die EU hat Sanktionen gegen Russland
    verhängt", "hat Gespräche mit Xi geführt"): only the noun's own phrases stand in between."""
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.kind == "trigger" or u.comma_before:
            return False
        if u.kind == "cue" and u.cue is not None and u.cue.value == "light":
            return True
        if u.kind == "cue" and u.cue is not None and u.cue.value not in PREPOSITIONS and u.cue.value != "and":
            return False
    return False


_NOUN_USE = Trigger("", "none", "", None, 0.0, None, None, None)  # type: ignore[arg-type]


def pick_trigger(unit: Unit, units: list[Unit], i: int) -> Trigger:
    """A surface form that is both a verb and a noun ("visita"): a noun after an article or a
    preposition, else a verb."""
    triggers = unit.triggers
    if unit.after_det_name and all(t.pos == "verb" and t.base for t in triggers):
        return _NOUN_USE  # "the Oval Office clash": a noun this lexicon only knows as a verb
    if len(triggers) == 1:
        return triggers[0]
    prev = units[i - 1] if i > 0 else None
    nounish = unit.words_before <= 2 and prev is not None and prev.kind == "cue" and prev.cue is not None \
        and prev.cue.kind == "role" and prev.cue.value not in ("passive", "report") \
        and not (prev.cue.value == "to" and any(t.base and t.pos == "verb" for t in triggers))  # "to attack"
    nxt = units[i + 1] if i + 1 < len(units) else None
    follows_noun_prep = nxt is not None and nxt.kind == "cue" and nxt.cue is not None \
        and nxt.cue.value in ("between", "of") and nxt.words_before == 0
    modifier = prev is not None and prev.kind == "phrase" and prev.phrase is not None \
        and unit.words_before == 0 and (prev.phrase.adjectival or len(prev.phrase.conjuncts) > 1)
    # "La Corea del Nord minaccia di attaccare": right after a bare name, a verb ("la minaccia di X": a noun)
    after_subject = prev is not None and prev.kind == "phrase" and prev.phrase is not None and prev.phrase.prep is None \
        and not prev.phrase.adjectival and unit.words_before == 0 and not unit.comma_before
    # "ha chiesto aiuto", "offerto sostegno": right after another verb, the object noun
    after_verb = prev is not None and prev.kind == "trigger" and unit.words_before == 0 and not unit.comma_before \
        and any(t.pos == "verb" for t in prev.triggers)
    want = "noun" if nounish or unit.after_det or unit.after_possessive or i == 0 or after_verb \
        or follows_noun_prep and not after_subject \
        or modifier or unit.after_det_name else "verb"  # "U.S.-Ukraine talks", "Russian strikes"
    for t in triggers:
        if t.pos == want:
            return t
    if unit.after_possessive and not any(t.pos == "noun" for t in triggers):
        return _NOUN_USE  # "al-Rufay'i's killing": a verb form used as a noun, no trigger
    return triggers[0]


#: Types whose infinitive complement is their content, not an event of its own.
CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})


def _requested_content(units: list[Unit], i: int, trigger: Trigger) -> bool:
    """An infinitive introduced by "to / de / a / zu" after a request, threat or offer in the same
    clause ("urged Russia to accept", "prêt à démissionner", "chiesto di ritirarsi")."""
    prev = units[i - 1] if i > 0 else None
    if not trigger.base or prev is None or units[i].words_before or prev.kind != "cue" or prev.cue is None \
            or prev.cue.value not in ("to", "of", "with"):
        return False
    for j in range(i - 2, -1, -1):
        u = units[j]
        if u.kind == "trigger":  # "amenazó con atacar": a threat's content only
            return any((t.type in CONTENT_TYPES or t.mode == "allege") and (prev.cue.value != "with" or t.type == "THREATEN")
                       for t in u.triggers)  # ("accusato la Cina di sostenere la Russia": the charge)
    return False


def _after_preposition(units: list[Unit], i: int) -> bool:
    prev = units[i - 1] if i > 0 else None
    return units[i].words_before == 0 and prev is not None and prev.kind == "cue" and prev.cue is not None \
        and prev.cue.kind == "role" and prev.cue.value in PREPOSITIONS


def clause_args(clause: Clause, inherited: list[str], anaphor: Parties, verb_second: bool = False,
                object_prep: str | None = None, noun_inherited: list[str] | None = None,
                antecedent: list[str] | None = None, inverted: bool = False,
                light_subject: list[str] | None = None, zero_subject: bool = False) -> list[tuple[Unit, Trigger, Args]]:
    """Arguments of every trigger of one clause, left to right. ``light_subject``: the zero or pronoun
    subject a light verb governing a noun trigger stands for (nouns themselves inherit less)."""
    resolved: dict[int, Args] = {}
    nouns: dict[int, Args] = {}  # noun triggers' arguments, for a passive verb they are the subject of
    objects: set[int] = set()
    out: list[tuple[Unit, Trigger, Args]] = []
    units = clause.units
    for i, unit in enumerate(units):
        if unit.kind != "trigger":
            continue
        trigger = pick_trigger(unit, units, i)
        if trigger is _NOUN_USE:
            continue
        if trigger.pos == "verb" and (unit.after_det or (_after_preposition(units, i) and not trigger.base)):
            continue  # "dell'impegno": a verb form used as a noun
        if trigger.pos == "verb" and _requested_content(units, i, trigger):
            continue  # "demander au ministre de démissionner": the request carries it
        if trigger.pos == "verb":
            if unit.impersonal and not trigger.reflexive:
                # "Durante il vertice si è discusso", "se decidió": impersonal, nobody's zero subject
                args = verb_args(units, i, trigger, resolved, anaphor, [], objects, verb_second, object_prep,
                                 None, False)
            else:
                args = verb_args(units, i, trigger, resolved, anaphor, inherited, objects, verb_second,
                                 object_prep, antecedent, clause.kind == "relative", nouns, inverted,
                                 clause.kind == "resume")
        else:
            # a possessive ("their talks", "sus amenazas") stands for a party of this sentence only:
            # the previous sentence's subject is too often somebody else ("Habría obligado... bajo sus amenazas")
            args = noun_args(units, i, trigger, resolved, anaphor, noun_inherited or [], objects,
                             noun_inherited or [], verb_second, light_subject, zero_subject)
            args.subject = []
            if clause.kind == "report" and unit.words_before <= 2 \
                    and all(u.kind == "cue" and u.cue is not None and u.cue.value == "of" for u in units[:i]):
                # ("a annoncé de nouvelles sanctions": a partitive "de" may open the object)
                # "Russia announced a ceasefire", "ha annunciato una tregua": the object of the speech verb
                args.governed = True
                if not args.actors and inherited:
                    add(args.actors, inherited)
                    args.rule = "nominal-light"
        add(args.actors, [p for p in args.partners if p not in args.targets])
        if trigger.pos == "verb":
            resolved[i] = args
        else:
            nouns[i] = args
            k = i - 1  # the unit before the noun and its own adjective ("verurteilte den russischen Angriff")
            if k >= 0 and units[k].kind == "phrase" and units[k].phrase is not None and units[k].phrase.adjectival \
                    and k in objects and not units[i].words_before:
                k -= 1
            _rejected_author(out, unit, args, units[k] if k >= 0 else None)
        out.append((unit, trigger, args))
    return out


#: Verbs whose object may be another party's act: their target is that act's author ("ha condannato
#: l'attacco della Russia", "rejected Pakistan's allegation", "exigió la retirada de las tropas rusas").
ACT_OBJECT_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST"})
#: Verbs that judge another party's act: their object noun's author is their target.
JUDGES_ACTS = frozenset({"REJECT", "ACCUSE"})
#: Measures a concession lifts: their target is the one relieved ("ha revocato le sanzioni contro X").
LIFTED = frozenset({"SANCTION", "COERCE"})


def _rejected_author(done: list, unit: Unit, args: Args, before: Unit | None = None) -> None:
    """A rejection, condemnation, praise or demand whose object is another act answers that act's
    author ("la Russia ha respinto le accuse dell'Ucraina", "la Francia ha condannato duramente
    l'attacco di Israele"): the noun's actors become the target of the verb right before it (nothing
    but an article and one adverb between); a rejected accusation without a target was aimed at the
    one who rejects it."""
    if not done or unit.words_before > 1 or unit.comma_before:
        return
    prev_unit, prev_trigger, prev_args = done[-1]
    if prev_trigger.pos == "verb" and prev_trigger.type == "CONCEDE" and before is prev_unit \
            and not prev_args.targets and unit.triggers and all(t.type in LIFTED for t in unit.triggers):
        add(prev_args.targets, [t for t in args.targets if t not in prev_args.actors])  # "levé les sanctions contre X"
        return
    if not args.actors:
        return
    if before is not prev_unit and (unit.words_before or prev_trigger.type != "REJECT"):
        return  # only an adverb may stand between the verb and the act it answers
    if prev_trigger.pos == "verb" and prev_trigger.type in ACT_OBJECT_TYPES and not prev_args.targets \
            and prev_unit.end <= unit.start:
        # "Merz verurteilte den russischen Angriff", "condemned the attack by Russia": the act's author
        add(prev_args.targets, [a for a in args.actors if a not in prev_args.actors])
        if prev_trigger.type == "REJECT" and not args.targets and unit.triggers \
                and all(t.type == "ACCUSE" for t in unit.triggers):
            add(args.targets, [a for a in prev_args.actors if a not in args.actors])  # accused: who rejects it


def speaker(clause: Clause, anaphor: Parties) -> list[str]:
    """Who speaks in a clause that ends with a speech verb: the nearest phrase without a
    preposition before the cue (a genitive like "gli alleati dell'Ucraina" is not the speaker)."""
    for u in reversed(clause.units):
        if u.kind == "trigger":
            return []
        if u.kind == "phrase" and u.phrase and u.phrase.prep is None:
            return phrase_ids(u.phrase, anaphor)
    return []


def clause_subject(clause: Clause, anaphor: Parties) -> list[str]:
    """The first bare phrase of a clause before its first verb or speech cue (its subject)."""
    units = clause.units
    for k, u in enumerate(units):
        if u.kind == "trigger" and u.triggers[0].pos == "verb":
            return []
        if u.kind == "phrase" and u.phrase and u.phrase.bare:
            nxt = units[k + 1] if k + 1 < len(units) else None
            if u.phrase.prep == "of" and nxt is not None and nxt.kind == "phrase" and nxt.phrase \
                    and nxt.phrase.prep is None and not nxt.phrase.anaphor and nxt.words_before == 0 \
                    and not nxt.comma_before:
                continue  # "dal crollo del Muro di Berlino la NATO ha...": the genitive ends a fronted phrase
            if u.phrase.adjectival and u.phrase.prep is None and u.words_before:
                continue  # "El canciller ruso, Serguéi Lavrov, acusó": the adjective describes a title
                # ("I russi hanno accettato": a demonym with its article alone stands for the state)
            if u.quote >= 0 and not u.phrase.speaker:
                continue  # «..., der selber syrisches Blut an den Händen hat», sagt X: the quotation's
                # words are the speaker's, not the narrative's subject (X is)
            ids = phrase_ids(u.phrase, anaphor)
            if ids:
                return ids
    return []
