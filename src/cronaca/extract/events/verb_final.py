"""Verb-second and verb-final word order (German): subjects after the verb, objects and preposition
roles before it, zu-infinitives, and names between a light verb and its noun."""
from __future__ import annotations

from cronaca.extract.events.arguments import add, Args, UNRESOLVED
from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.parties import Parties, persons_of, phrase_ids
from cronaca.extract.events.subjects import subject_before
from cronaca.extract.events.units import PREPOSITIONS, Phrase, Unit


def zu_infinitive(units: list[Unit], i: int, trigger: Trigger) -> bool:
    """A verb-final infinitive with its marker right before it ("..., Kiew zu besuchen")."""
    prev = units[i - 1] if i > 0 else None
    return trigger.base and units[i].words_before == 0 and prev is not None and prev.kind == "cue" \
        and prev.cue is not None and prev.cue.value == "to"



def infinitive_args(units: list[Unit], i: int, anaphor: Parties, objects: set[int],
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



def roles_before(units: list[Unit], i: int, frame, preps: dict[str, Phrase], objects: set[int]) -> None:
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



def verb_second_args(units: list[Unit], i: int, subject: list[str], rule: str, anaphor: Parties,
                 objects: set[int], resolved: dict[int, Args],
                 antecedent: list[str] | None = None) -> tuple[list[str], list[str], str]:
    """Verb-second / verb-final word order: "Am Mittwoch traf Putin Xi" (subject after the verb),
    "..., dass China Russland verurteilt" (object before the verb)."""
    if not subject and i > 0 and units[i - 1].kind == "phrase" and units[i - 1].phrase is not None \
            and units[i - 1].phrase.anaphor == "pronoun" and units[i].words_before == 0:
        # "„Wir verurteilen Bennetts Angriffe“": the pronoun right before the verb is its subject, even
        # when it cannot be resolved; the name after the verb is the object, not a subject
        return subject, [], rule
    owner: list[str] = []
    if units[i].genitive_object_before and i == 1 and 0 not in objects:
        # "Die Friedenspläne der Ukraine lehnte Russland ab": the fronted plural is the object, the name in
        # its genitive whose plans they are; the subject follows the verb
        objects.add(0)
        owner, subject = phrase_ids(units[0].phrase, anaphor), []
    if not subject and units[i].noun_subject_before:
        # "Die Regierung macht die Hamas verantwortlich": an unlinked noun phrase before the verb is its
        # subject; the name after the verb is the object, and no verb coordinated later may take it
        return [], [], UNRESOLVED
    if not subject and units[i].noun_subject_after:
        # "Zu Vizepräsidentinnen wählte die Vollversammlung Birgit Mock": the unlinked noun phrase right after
        # the verb is its subject; the name after it is the object (evprec20, untuned news)
        return [], [], UNRESOLVED
    if not subject and units[i].after_and:
        # "legt man die Aktion neu auf und bietet den Tarif an", "trat auf und kritisierte Scholz": a
        # finite verb right after "und" shares the first conjunct's subject (nothing fronted, no inversion);
        # the phrase after it is its object
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
                    narrator = u.quote < 0 and u.phrase.speaker  # "haben wir": the writer (events6)
                    return ([] if quoted or narrator else persons_of(u.phrase, antecedent or [], anaphor)), [], \
                        "pronoun"
                return phrase_ids(u.phrase, anaphor), owner, "subject"
        return subject, [], UNRESOLVED if owner else rule
    before = [j for j in range(i) if units[j].kind == "phrase" and units[j].phrase
              and units[j].phrase.prep is None and j not in objects]
    after = any(u.kind == "phrase" and u.phrase and u.phrase.bare for u in units[i + 1:]
                if u.kind != "trigger")
    if rule == "subject" and len(before) >= 2 and not after \
            and not any(units[k].kind == "trigger" and any(t.pos == "verb" for t in units[k].triggers)
                        for k in range(before[-2], i)):  # a noun between ("hat X Unterstützung zugesagt")
        objects.add(before[-1])
        # the first of them is the subject ("Trump hat nach dem Rückzug seines Kandidaten Gaetz Bondi
        # nominiert": a genitive or dative between is neither subject nor object)
        at = next(j for j in before if not any(units[k].kind == "trigger" and any(t.pos == "verb" for t in units[k].triggers)
                                                for k in range(j, i)))
        first = units[at].phrase
        if first.anaphor == "pronoun":  # "warum er Russland kritisiert": the pronoun's antecedent
            quoted = units[at].quote >= 0 and not first.speaker
            narrator = units[at].quote < 0 and first.speaker  # "Wir haben X ... gesprochen": the writer
            return ([] if quoted or narrator else persons_of(first, antecedent or [], anaphor)), \
                phrase_ids(units[before[-1]].phrase, anaphor), "pronoun"
        return phrase_ids(first, anaphor), phrase_ids(units[before[-1]].phrase, anaphor), rule
    return subject, [], rule



def dative_after_light(units: list[Unit], i: int, trigger: Trigger, args: Args, resolved: dict[int, Args],
                        anaphor: Parties, objects: set[int]) -> None:
    """Verb-second order: names between a light verb and its noun ("Höcke macht Voigt einen schweren
    Vorwurf", "Gestern machte Höcke Voigt Vorwürfe"): with a subject before the verb the one name is the
    recipient; with two, the first is the subject and the second the recipient; a single name with
    nothing before the verb is its subject ("Am Montag führte Merz Gespräche mit Xi")."""
    if not any(who == "Y" for _, who in trigger.frame.roles) or args.targets:
        return
    k = next((j for j in range(i - 1, -1, -1) if units[j].is_cue("light")), None)
    if k is None:
        return
    between = [j for j in range(k + 1, i) if units[j].kind == "phrase" and units[j].phrase is not None
               and units[j].phrase.prep is None and not units[j].phrase.adjectival and j not in objects
               and not units[j].phrase.anaphor]  # ("erteilte sie ... eine Absage": the pronoun is the subject)
    if len(between) >= 2:
        add(args.actors, phrase_ids(units[between[0]].phrase, anaphor))
        add(args.targets, [t for t in phrase_ids(units[between[1]].phrase, anaphor) if t not in args.actors])
        objects.update(between[:2])
        args.rule = "nominal-light"
    elif len(between) == 1:
        subject = subject_before(units, k, resolved, anaphor, objects)[0]
        if subject:
            add(args.targets, phrase_ids(units[between[0]].phrase, anaphor))
            objects.add(between[0])
            # the light verb's own subject acts, also when it stood after an earlier verb it shares
            # ("..., protestiert Höcke und macht Voigt einen schweren Vorwurf")
            add(args.actors, [a for a in subject if a not in args.targets])
            args.rule = "nominal-light"



def light_after(units: list[Unit], i: int) -> bool:
    """Verb-final order: a light verb closes the noun's clause ("Die EU hat Sanktionen gegen Russland
    verhängt", "hat Gespräche mit Xi geführt"): only the noun's own phrases stand in between."""
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.kind == "trigger" or u.comma_before:
            return False
        if u.is_cue("light"):
            return True
        if u.kind == "cue" and u.cue is not None and u.cue.value not in PREPOSITIONS and u.cue.value != "and":
            return False
    return False
