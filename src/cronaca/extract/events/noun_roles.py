"""A noun trigger's actor and recipient: adjacent modifiers, its own genitive and preposition phrases,
and the clause subject when a light verb, "during" or a possessive governs it."""
from __future__ import annotations

from cronaca.extract.events.arguments import add, add_places, Args
from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.modality import UNASSERTED, governing_modality, status_cues
from cronaca.extract.events.parties import Parties
from cronaca.extract.events.passives import glued_by_word
from cronaca.extract.events.subjects import bare_start, fronted_subject, subject_before
from cronaca.extract.events.units import PREPOSITIONS, Phrase, Unit
from cronaca.extract.events.verb_final import dative_after_light, light_after


MAX_NOUN_GAP = 4  # words between a noun trigger's argument phrases



#: noun types whose city genitive names the venue, not a party ("der Pakt von Glasgow", "il vertice di Madrid")
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})

#: noun types whose genitive, when a light verb's subject performs them, is what is judged
#: ("ha espresso la condanna di Mosca", "expressed criticism of Beijing")
JUDGING = frozenset({"ACCUSE", "REJECT"})

MAX_GENITIVE_CHAIN = 12  # words (and "of"/"and" links) of a chain of genitives before the owner phrase



def noun_args(units: list[Unit], i: int, trigger: Trigger, resolved: dict[int, Args], anaphor: Parties,
              inherited: list[str], objects: set[int], antecedent: list[str] | None = None,
              verb_final: bool = False, light_subject: list[str] | None = None, zero_subject: bool = False) -> Args:
    """``light_subject``: who a pronoun subject of a governing light verb stands for, and with
    ``zero_subject`` (pro-drop languages) a missing one: the carried subject, as for a verb ("Putin
    llegó a Madrid. Mantuvo conversaciones con Sánchez", "Il a eu des entretiens avec Xi")."""
    frame = trigger.frame
    args = Args(rule="nominal")
    # adjacent modifiers: "sanzioni occidentali", "Western sanctions", "i colloqui Putin-Xi"
    modifiers: list[str] = []  # country adjectives on the noun: "die russische Invasion", "l'invasione russa"
    before = units[i - 1] if i > 0 else None
    if before and before.kind == "phrase" and before.phrase and not units[i].comma_before \
            and (before.phrase.prep is None or units[i].words_before == 0) \
            and units[i].words_before <= (2 if units[i].after_possessive else 1) \
            and (before.phrase.adjectival or len(before.phrase.conjuncts) > 1 or units[i].after_possessive
                 or units[i].after_det_name or units[i].name_compound):  # ("U.S. support for Taiwan")
        refs = before.phrase.head_refs()
        if (units[i].after_det_name or units[i].name_compound) and (all(r.etype == "PLACE" for r in refs) or len(refs) == 1 and refs[0].kind == "metonym"):
            # "the Jeddah talks": where, not who; a capital (a metonym) too, though it stands for its state elsewhere
            # ("the Madrid talks", "the Paris agreement"; "the Iran deal", a country's own name, keeps its party)
            add(args.places, [r.place or r.ids[0] for r in refs])
        elif units[i].after_possessive and frame.role("poss") == "Y":
            add(args.targets, before.phrase.heads())  # "al-Rufay'i's killing", "Navalny's arrest": who undergoes it
        else:
            add(args.actors, before.phrase.heads())  # "the G7 talks", "the ECOWAS meeting"
            if before.phrase.adjectival:
                add(modifiers, before.phrase.heads())
        objects.add(i - 1)
    performer = agent_before_participle(units, i) if verb_final else None
    if performer is not None and not args.actors:
        # "der von der Hamas verübte Angriff": an agent phrase, a light verb's participle, the noun
        add(args.actors, units[performer].phrase.heads())
        objects.add(performer)
    of_actors: list[str] = []  # actors read off an "of" phrase
    agent_seen = False  # a "by" phrase named the noun's agent
    agents: list[str] = list(args.actors) if units[i].after_possessive else []  # "Macron's", "par Macron"
    seen_phrases = 0
    post = -9  # index of an adjective right after the noun
    joined: set[int] = set()  # location phrases whose later conjuncts completed a "between" pair
    distance = 0  # words since the trigger or its last argument
    genitive = True  # only "of" links so far: "il vertice dei capi di stato e di governo dell'UE"
    for j in range(i + 1, min(len(units), i + 10)):
        u = units[j]
        distance += u.words_before
        chain = genitive and seen_phrases == 0 and distance <= MAX_GENITIVE_CHAIN
        if u.comma_before and not args.actors and not agent_seen:
            k = performed_in_aside(units, j)
            if k is not None:
                # "l'attacco contro Israele, compiuto da Hamas,", "el hackeo de las instituciones, cometido
                # por Conti,": the aside's participle names who performed the noun's act
                add(args.actors, units[k].phrase.heads())
                add(agents, units[k].phrase.heads())
                objects.add(k)
                agent_seen = True
        if u.kind == "trigger" or u.comma_before or (distance > MAX_NOUN_GAP and not chain):
            break
        if j == i + 1 and u.words_before and u.is_cue("light"):
            break  # "This attack follows an operation conducted by NISA": the participle's agent performed the
            # other noun ("operation") that the unknown words after the trigger name, not this one
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
                if p.adjectival and not u.words_before:
                    add(modifiers, p.heads())
                    post = j  # "l'invasione russa dell'Ucraina": the genitive follows the adjective
                objects.add(j)
                seen_phrases += 1
                continue
            break
        seen_phrases += 1
        if seen_phrases > 3:
            break
        who = frame.role(p.prep)
        if who is None and p.prep == "by" and agent_cue_before(units, j) and close_knit(p) \
                and all(r.etype != "PLACE" for r in p.head_refs()):  # ("la reunión por Rosario": a place does nothing)
            who = "X"  # "la condanna della Russia da parte della Francia": whoever does it, in any frame
        if who is None and p.prep == "by" and performed_by(units, i, j) \
                and all(r.etype != "PLACE" for r in p.head_refs()):
            who = "X"  # "l'attacco compiuto da Hamas", "the attack carried out by Hamas": the participle's agent
        if who is None and p.prep in ("in", "to"):
            refs = p.head_refs()[:1] if j in joined else p.head_refs()
            add(args.places, [r.place or r.ids[0] for r in refs if r.etype in ("PLACE", "COUNTRY")])
            continue
        if who is None:
            continue
        if who == "Y" and p.adjectival and p.prep not in ("between", "on"):
            continue  # "support for American farmers": the adjective modifies another noun, no recipient
            # (what an act falls on is its recipient's: "Zölle auf chinesische Elektroautos", "attacks on Ukrainian cities")
        objects.add(j)
        ids = p.heads()
        if p.prep == "between" and len(p.conjuncts) == 1:
            # "zwischen der Hizbullah-Miliz in Libanon und den israelischen Streitkräften": the second
            # party was read as a conjunct of the first party's location phrase
            k = located_partner(units, j)
            if k is not None:
                loc = units[k].phrase
                ids = ids + [x for x in Phrase(loc.start, loc.end, None, loc.conjuncts[1:]).heads() if x not in ids]
                joined.add(k)
                objects.add(k)
        if p.prep == "between":
            if trigger.type in ("CONSULT", "COOPERATE", "AGREE", "ASSAULT", "RETREAT") \
                    or trigger.type in ("SUPPORT", "ACCUSE") and trigger.frame.role("between") == "X":
                # an agreement's parties; the two sides of a spat ("the spat between Musk and Trump")
                add(args.actors, ids)
            else:
                add(args.targets, ids)
        elif who == "X" and p.prep == "with":
            add(args.partners, ids)  # "exercices militaires avec la Russie": beside the subject, not instead
        elif who == "X" and p.prep == "of" and trigger.type in VENUE_TYPES \
                and all(r.etype == "PLACE" for r in p.head_refs()):
            add(args.places, [r.ids[0] for r in p.head_refs()])  # "der Pakt von Glasgow", "l'accordo di Parigi"
        elif who == "X":
            if p.prep == "of" and p.adjectival:
                continue  # "Vorwürfe eines spanischen Paters", "the claims of a Spanish priest": the adjective
                # describes an unnamed person, who is no country (an agent noun, "of Russian troops", is)
            if p.prep == "of" and p.qualifier:
                continue  # "le contestazioni di alcuni dipendenti dell'azienda", "protests by supporters of X":
                # the name says whose the unnamed people (or where the noun) are; they act, not it
            if p.prep == "of" and agent_seen:
                continue  # past its agent an "of" phrase belongs to another noun ("ataque por parte de los
                # republicanos desde la campaña de Trump": Trump's is the campaign)
            if p.prep == "of" and u.words_before == 0 and (seen_phrases == 1 and j == i + 1  # "Invasion der Ukraine"
                                                           or (seen_phrases == 1 and j == i + 2 or seen_phrases == 2
                                                               and j == post + 2) and units[j - 1].words_before == 0):
                add(of_actors, ids)  # the noun's own genitive, right after it ("criticism of Russia")
            else:
                add(agents, ids)
            add(args.actors, ids)
            agent_seen = agent_seen or p.prep == "by"
        else:
            add(args.targets, ids)
            if p.prep in ("to", "in"):
                add_places(args, p, trigger)
    agents += [m for m in modifiers if m not in agents]
    if of_actors and agents and not args.targets and trigger.frame.role("between") is None:
        # "Macron's criticism of Russia", "la condamnation de la Russie par Macron", "the Russian invasion
        # of Ukraine", "l'invasione russa dell'Ucraina": with its agent named otherwise (a possessor, a "by"
        # phrase, a country adjective), the noun's genitive is who undergoes it
        args.actors[:] = [a for a in args.actors if a not in of_actors or a in agents]
        add(args.targets, [g for g in of_actors if g not in agents])
    own = of_actors or own_genitive(units, i)
    if own and not args.targets and set(args.actors) == set(own) and trigger.type in HELP \
            and purpose_before(units, i) and frame.role("between") is None:
        # "Waffen zur Unterstützung Israels", "a sostegno dell'Ucraina": a help noun in a purpose phrase
        # names whom the help is for in its genitive; with a recipient of its own ("die Unterstützung
        # Deutschlands für die Ukraine") the genitive stays the helper
        args.actors[:] = []
        add(args.targets, own)
    # the clause subject, when a light verb, "during" or a possessive governs the noun
    window = units[max(0, i - 3):i]
    for k in range(len(window), 0, -1):
        if (units[i] if k == len(window) else window[k]).noun_use_before or window[k - 1].kind == "trigger":
            # "ha lanciato un appello per colloqui", "renewed the call for talks": a light verb governs
            # the first noun after it, not that noun's content (the talks called for are no act of the subject)
            window = window[k:]
            break
    lead = [u for u in window if u.kind == "cue" and u.cue]
    lights = [u for u in lead if u.cue is not None and u.cue.value == "light"]
    # "voiced interest in making continued military aid conditional": the noun is no object of the light
    # verb, three words and a preposition away (evrecall21; the German middle field puts adverbials between:
    # "macht Voigt etwas später in der Sendung einen Vorwurf")
    far = bool(lights) and (not verb_final and light_too_far(units, i, lights[-1])
                            or purpose_between(units, i, lights[-1]))
    light = bool(lights) and not far or any(u.cue.value == "during" for u in lead if u.cue) \
        and not any(u.is_cue("passive") for u in units[:i]) \
        and trigger.type != "PROTEST"
    # (a protest is a time the clause's subject lives through, not its act: "a law ensuring a minimum level of
    # service during strikes", "ihre Erlebnisse während der Proteste"; evprec17, untuned news)
    # ("were arrested for taking photos during the arrest of a lawmaker": a passive subject underwent
    # its own act, it does not perform the noun's)
    closing = not light and verb_final and light_after(units, i)
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
    possessive = i > 0 and not units[i].comma_before and units[i - 1].is_cue("possessive") \
        and units[i].words_before <= 1
    light_before = any(u.cue.value == "light" for u in lead[-2:] if u.cue)  # (not a clause-final one)
    if (possessive or light_before and trigger.type in JUDGING) and of_actors and args.actors == of_actors \
            and not args.targets and frame.role("between") is None and frame.role("of") == "X":
        # "Macron voiced his condemnation of Moscow", "Meloni ha espresso la condanna di Mosca": the
        # subject of the possessive or of the light verb performs the noun, so its own genitive is who
        # undergoes it (as with a "by" agent above); a light verb's subject may also bring its own
        # side's act ("ha ribadito il sostegno dell'Italia"), so only judgments read so
        args.actors.clear()
        add(args.targets, of_actors)
    owner = reason_owner(units, i, objects)
    if owner and not args.actors:
        add(args.actors, [a for a in owner if a not in args.targets])  # "criticised Hungary for its attack"
        args.rule = "nominal-light"
    if possessive and not args.actors:
        subject, _ = subject_before(units, i, resolved, anaphor, objects)
        subject = subject or verb_subject_before(units, i, resolved)
        # "their talks", "his meetings with counterparts"; a possessive that cannot stand for them names
        # someone else ("Trump said her harsh criticism of Putin", "Sloan ... the board and its investigation")
        add(args.actors, [a for a in subject or antecedent or [] if possessed_by(units[i - 1].gender, a, anaphor)])
        if args.actors:
            args.rule = "nominal-light"
    undergo = any(u.cue.value == "undergo" for u in lead if u.cue)
    args.governed = light or possessive or undergo or units[i].after_possessive or bool(owner)
    if light and not args.actors and verb_final and not closing:
        dative_after_light(units, i, trigger, args, resolved, anaphor, objects)
    if light and not args.actors:
        subject, rule = subject_before(units, i, resolved, anaphor, objects, light_subject)
        if not subject and bare_start(units, i):
            subject = fronted_subject(units, i)  # "Durante l'incontro con Xi, Putin ha elogiato..."
        if not subject and inherited and bare_start(units, i):
            subject = inherited  # "dopo aver dovuto affrontare sanzioni ... durante l'offensiva"
        elif not subject and inherited and not light_governs(lead) and no_subject_before(units, i, objects, resolved, verb_final):
            # "la Russia ha reindirizzato le esportazioni dopo aver dovuto affrontare sanzioni occidentali ad
            # ampio raggio durante l'offensiva": words stand before the "during" noun, but no phrase that could
            # be the clause's own subject; the subject it inherits acts, less surely than one named in the clause
            # (a light verb's dative may be its actor: "le ha facultado a la PNC realizar las capturas")
            subject, rule = inherited, "nominal-inherited"
        if not subject and zero_subject and light_subject and bare_start(units, i) and light_governs(lead) \
                and not any(u.kind == "phrase" for u in units[:i]):
            subject = light_subject  # "Luego lanzó amenazas contra Polonia": the light verb's zero subject
        if subject:
            add(args.actors, subject)
            args.rule = "nominal-inherited" if rule == "nominal-inherited" else "nominal-light"
    elif undergo and args.actors and not args.targets:
        subject, _ = subject_before(units, i, resolved, anaphor, objects)
        add(args.targets, subject or inherited)
        args.rule = "nominal-light"
    if not args.actors and not light:
        passive_agent(units, i, trigger, args, objects)
    # a noun's own status follows it ("la visita di Macron a Pechino è prevista per aprile"); a
    # governing verb's cues stand before it ("dovrebbe tenere una riunione")
    args.status_cues = status_cues(units, i, max(-1, i - 3)) if light or undergo else status_cues(units, i, i - 1)
    at = next((k for k in range(i - 1, max(-1, i - 3), -1) if units[k].is_cue("light")), None) \
        if light and not far else None
    if at is not None and at - 2 > -1:
        # "n'a pas envoyé d'aide", "did not send any aid": the light verb's own negation or plan, further back than
        # the noun's three units, is the noun's (evrecall21)
        args.status_cues += [c for c in status_cues(units, at, max(-1, at - 3)) if c not in args.status_cues]
    # "terrà un incontro", "tendrá una reunión", "subirà sanzioni": the governing verb's future or conditional
    # form is the noun's tense (a hint, as a verb trigger's own form: an explicit cue still wins)
    if at is not None:
        verb = units[at]
    elif undergo:
        verb = next((u for u in reversed(lead) if u.cue is not None and u.cue.value == "undergo"), None)
    else:
        verb = None
    if verb is not None and verb.cue is not None:
        args.status_hint = verb.cue.status or None
    if (light or undergo) and not args.status_cues:
        args.status_cues = governing_modality(units, i)
    elif not args.status_cues:
        args.status_cues = governing_modality(units, i, UNASSERTED)
    return args



#: help nouns: in a purpose phrase their genitive is who is helped ("zur Unterstützung Israels")
HELP = frozenset({"SUPPORT", "AID"})


def possessed_by(gender: str, eid: str, anaphor: Parties) -> bool:
    """Can a possessive of ``gender`` (``Unit.gender``: F, M, THING, "" unknown) stand for the entity?"""
    if not gender:
        return True
    person = anaphor.entity_type.get(eid) == "PERSON"
    if gender == "THING":
        return not person
    return person and anaphor.genders.get(eid) in (None, gender)


def own_genitive(units: list[Unit], i: int) -> list[str]:
    """The names of a bare genitive right after the noun at i ("Unterstützung Israels")."""
    u = units[i + 1] if i + 1 < len(units) else None
    if u is None or u.kind != "phrase" or u.phrase is None or u.phrase.prep != "of" or u.words_before:
        return []
    return u.phrase.heads()


def purpose_before(units: list[Unit], i: int) -> bool:
    """Is the noun at i opened by a "to" preposition right before it, an article at most between ("zur
    Unterstützung", "zu seiner Verteidigung" not: a possessive names the helped; "a sostegno di")?"""
    prev = units[i - 1] if i > 0 else None
    return prev is not None and prev.is_cue("to") \
        and units[i].words_before == 0 and not units[i].comma_before


def light_governs(lead: list[Unit]) -> bool:
    """A light verb (not "during") governs the noun: only then is the clause's zero subject its actor."""
    return any(u.cue is not None and u.cue.value == "light" for u in lead)



def passive_agent(units: list[Unit], i: int, trigger: Trigger, args: Args, objects: set[int]) -> None:
    """A noun trigger that is the subject of a passive ("Le sanzioni contro la Russia sono state imposte
    dall'Ue", "La solicitud había sido emitida por Nayib Bukele"): the agent after the passive is its
    actor. Only its own phrases, the auxiliary, and a participle no lexicon knows, a light verb or a verb
    of its own type may stand between ("were criticised by China" is another act)."""
    passive = False
    for j in range(i + 1, len(units)):
        u = units[j]
        if u.comma_before:
            return
        if u.is_cue("passive"):
            passive = True
        elif u.kind == "trigger":
            if not passive or any(t.type != trigger.type for t in u.triggers):
                return
        elif u.kind == "cue" and u.cue is not None and u.cue.value in ("light", "by") or u.kind == "cue" and not passive:
            continue
        elif u.kind == "phrase" and u.phrase is not None and passive and u.phrase.prep == "by":
            add(args.actors, [a for a in u.phrase.heads() if a not in args.targets])
            objects.add(j)
            args.rule = "passive"
            args.governed = True  # issued by someone: an act, not a topic
            return
        elif passive:
            return



def agent_cue_before(units: list[Unit], j: int) -> bool:
    """Is the phrase at j introduced by a "by" cue that follows the previous unit with no word between
    ("l'attacco contro Kiev da parte della Russia")? A word between is a participle whose agent it is
    ("la caisse de grève initiée par la CGT"), or the phrase lies further in ("ataque por parte de los
    republicanos desde la campaña de Trump")."""
    k = j - 1
    if k >= 1 and units[k].is_cue("of") \
            and units[k].words_before == 0 and units[j].words_before == 0:
        k -= 1
    u = units[k] if k >= 0 else None
    return u is not None and u.is_cue("by") \
        and u.words_before == 0 and (k == j - 1 and units[j].words_before == 0 or k == j - 2)



#: characters allowed between the mentions of one chain for it to be one name with its title
CHAIN_GAP_CHARS = 25


def close_knit(p) -> bool:
    """Are the mentions of each chain of the phrase close together ("del presidente ruso Putin"), not an
    adjective and a genitive further on ("los republicanos desde la fallida campaña de Donald Trump")?"""
    return all(b.start - a.end <= CHAIN_GAP_CHARS for chain in p.conjuncts for a, b in zip(chain, chain[1:]))



def performed_by(units: list[Unit], i: int, j: int) -> bool:
    """Is the agent phrase at j introduced by a light verb's participle right after the noun trigger at
    i ("l'attacco compiuto da Hamas", "the attack carried out by Hamas", "las investigaciones realizadas
    por Reuters", "l'attaque menée par le Hamas")? The participle's agent performed the noun's act. Any
    other word between ("la caisse de grève initiée par la CGT") leaves the agent to that word."""
    k = j - 1
    if units[j].words_before:
        return False
    if units[k].is_cue("by") and not units[k].words_before:
        k -= 1
    u = units[k] if k > i else None
    return k == i + 1 and u is not None and u.is_cue("light") \
        and u.words_before <= 1 and not u.comma_before and not units[j].comma_before


def performed_in_aside(units: list[Unit], j: int) -> int | None:
    """The index of the agent phrase of a light verb's participle that opens an aside after a comma at j,
    following a noun trigger and its phrases ("L'attacco contro Israele, compiuto da Hamas, ha ucciso",
    "Der Angriff auf Israel, verübt von der Hamas,", "the attack on the hotel, carried out by al-Shabaab"),
    else None. The participle is the first word after the comma and the agent follows it at once, as in
    ``performed_by`` without the comma; a place does nothing ("compiuto da Kiev")."""
    u = units[j]
    if u.kind != "cue" or u.cue is None or u.cue.value != "light" or u.words_before or not u.comma_before:
        return None
    k = j + 1
    if k < len(units) and glued_by_word(units[k]):
        k += 1
    if k >= len(units) or k == j + 1 and units[j + 1].kind != "phrase":
        return None
    agent = units[k]
    if agent.kind != "phrase" or agent.phrase is None or agent.phrase.prep != "by" or agent.words_before \
            or agent.comma_before or agent.phrase.adjectival \
            or any(r.etype == "PLACE" for r in agent.phrase.head_refs()):
        return None
    return k


def agent_before_participle(units: list[Unit], i: int) -> int | None:
    """The index of the agent phrase of a prenominal participle right before the noun trigger at i ("der
    von der Hamas verübte Angriff", "die von Russland gestartete Offensive"), else None. Verb-final
    languages only: elsewhere a light verb there is finite ("organizado por X y tuvo apoyo")."""
    if i < 2 or units[i].words_before > 0 or units[i].comma_before:
        return None
    cue, agent = units[i - 1], units[i - 2]
    if cue.kind != "cue" or cue.cue is None or cue.cue.value != "light" or cue.words_before or cue.comma_before:
        return None
    if agent.kind != "phrase" or agent.phrase is None or agent.phrase.prep != "by" or agent.phrase.adjectival:
        return None
    return i - 2 if all(r.etype != "PLACE" for r in agent.phrase.head_refs()) else None


def located_partner(units: list[Unit], j: int) -> int | None:
    """The index of the location phrase right after a one-party "between" phrase at j whose later
    conjuncts are the second party ("between Hezbollah fighters in Lebanon and Israeli forces"), else None."""
    for k in range(j + 1, min(len(units), j + 3)):
        u = units[k]
        if u.comma_before:
            return None
        if u.kind == "cue" and u.cue is not None and u.cue.value in ("in", "to"):
            continue  # ("au Liban", "a Gaza": a place after "to" is where)
        if u.kind == "phrase" and u.phrase is not None and u.phrase.prep in ("in", "to") and len(u.phrase.conjuncts) >= 2:
            return k
        return None
    return None


def no_subject_before(units: list[Unit], i: int, objects: set[int], resolved: dict[int, Args],
                      verb_final: bool = False) -> bool:
    """Does a verb with the clause's zero subject stand before the noun trigger at i (an `undergo` or
    `light` cue: "dopo aver dovuto affrontare sanzioni", or a verb trigger whose actor was inherited:
    "after meeting Xi during the visit"), and no phrase that could be the clause's own subject (every
    one is an object, a modifier or inside a preposition phrase)? "after the soldiers died during the
    offensive" has an unnamed subject of its own: no verb we know, no inheritance. In verb-final order
    the verb closes the clause ("um harte Sanktionen während der Offensive hinnehmen zu können")."""
    zero = verb_final and any(u.kind == "cue" and u.cue is not None and u.cue.value in ("undergo", "light")
                              for u in units[i + 1:])
    for j in range(i):
        u = units[j]
        if j in resolved:
            zero = zero or resolved[j].rule.startswith("inherited")
        elif u.kind == "cue" and u.cue is not None and u.cue.value in ("undergo", "light"):
            zero = True
        if u.kind == "phrase" and u.phrase is not None and u.phrase.prep is None and j not in objects \
                and not u.phrase.adjectival:
            return False
    return zero


def reason_owner(units: list[Unit], i: int, objects: set[int]) -> list[str]:
    """The owner of a reason phrase's possessive (`possessive:object` cues: "for its", "pour son", "per il
    suo", "por su", "für seinen") right before the noun trigger at i: the verb's object phrase right before
    it ("criticised Hungary for its attack on Ukraine": Hungary attacked, not the critic); else nothing."""
    if i < 2 or units[i].comma_before or units[i].words_before > 1:
        return []
    cue, owner = units[i - 1], units[i - 2]
    if cue.kind != "cue" or cue.cue is None or cue.cue.value != "possessive:object" or cue.comma_before:
        return []
    if owner.kind != "phrase" or owner.phrase is None or owner.phrase.prep not in (None, "to") or i - 2 not in objects \
            or owner.phrase.adjectival or owner.phrase.anaphor:
        return []
    return owner.phrase.heads()


def verb_subject_before(units: list[Unit], i: int, resolved: dict[int, Args]) -> list[str]:
    """The subject of the verb that governs the possessive noun trigger at i across function words and a
    modifier ("retaliated with its own sanctions"), when no noun phrase stands between (after an object
    the possessive may be the object's: "criticised Hungary for its attack")."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            return list(resolved[j].subject) if j in resolved else []
        if u.kind == "phrase" or u.comma_before or u.words_before:
            return []  # ("asked them to accompany him on his hunting trip": another verb's possessive)
    return []


#: unknown words between a light verb and a noun trigger after a preposition beyond which the noun is no
#: longer the light verb's object but a complement of another noun ("voiced interest in making ... aid")
LIGHT_REACH = 2


def light_too_far(units: list[Unit], i: int, light: Unit) -> bool:
    """Is the noun at i separated from the light verb by a preposition and more than LIGHT_REACH unknown
    words ("took part in the talks", "ha espresso il suo pieno sostegno" stay governed)?"""
    at = next(k for k, u in enumerate(units) if u is light)
    words = sum(units[k].words_before for k in range(at + 1, i + 1))
    # ("of" joins a quantity to its noun: "will provide nearly 25,000 tons of emergency food aid" stays governed)
    prep = any(units[k].kind == "cue" and units[k].cue is not None and units[k].cue.value in PREPOSITIONS
               and units[k].cue.value != "of" for k in range(at + 1, i))
    return prep and words > LIGHT_REACH


def purpose_between(units: list[Unit], i: int, light: Unit) -> bool:
    """Is the noun at i inside a purpose phrase ("to", "for") that follows the light verb's own object noun
    ("kündigte Waffen zur Unterstützung Israels an")? That phrase names what the object is for; the noun
    inside it is no act of the subject's, in the middle field too; nor does a light verb reach past "and" (evargs27)."""
    at = next(k for k, u in enumerate(units) if u is light)
    if any(units[k].is_cue("and") for k in range(at + 1, i)):
        return True  # "zu beschließen und die Forderungen ... einzubringen": the noun is the next verb's object
    purpose = next((k for k in range(at + 1, i) if units[k].kind == "cue" and units[k].cue is not None
                    and units[k].cue.value in ("to", "for")), None)
    return purpose is not None and units[purpose].words_before > 0 \
        and not any(units[k].kind != "cue" for k in range(at + 1, purpose))
