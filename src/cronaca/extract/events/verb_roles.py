"""A verb trigger's actor and recipient: its subject, bare object, frame preposition roles, passive agent,
object clitics, and the first entity later in the clause when the verb has no bare object."""
from __future__ import annotations

from cronaca.extract.events.arguments import UNRESOLVED, add, add_places, Args
from cronaca.extract.events.lexicon import Trigger
from cronaca.extract.events.modality import controlled_by_object, final_modal, status_cues
from cronaca.extract.events.parties import Parties, phrase_ids
from cronaca.extract.events.passives import agent_right_after, attributive_passive, fronted_participle_subject, noun_subject_actors, \
    participle_with_agent, passive_voice
from cronaca.extract.events.subjects import bare_start, coordinated_without_subject, first_conjunct_subject, \
    fronted_phrase, governed_infinitive, no_phrase_before, subject_before
from cronaca.extract.events.trigger_choice import CONTENT_TYPES, pick_trigger, requested_content
from cronaca.extract.events.units import Phrase, Unit
from cronaca.extract.events.verb_final import infinitive_args, roles_before, verb_second_args, zu_infinitive


#: Answers to another party's act: their target is that act's author ("rejected calls by Kofi Annan",
#: "conceded to demands from UNITA"), named after the act's noun.
ANSWERS = frozenset({"REJECT", "CONCEDE"})



ANSWERED = frozenset({"REQUEST", "AGREE", "ACCUSE", "THREATEN"})


#: Acts done with or for someone: an "against" phrase after them names the adversary, never their
#: recipient ("will defend its ally in its battle against Beijing")
ALLIED = frozenset({"AID", "SUPPORT", "COOPERATE", "AGREE", "CONSULT"})



def owns_trigger(units: list[Unit], j: int) -> bool:
    """Is the phrase at j the possessor of a noun trigger right after it ("Russia's invasion")? (A
    possessor inside a gapped trigger owns its tail: "protest against Sweden's decision".)"""
    return j + 1 < len(units) and units[j + 1].kind == "trigger" and units[j + 1].words_before <= 1 \
        and any(t.pos == "noun" for t in units[j + 1].triggers)



def demonym_people(units: list[Unit], phrase: Phrase, gap_end: int = 0) -> bool:
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



#: the rule of an infinitive whose governing verb no lexicon knows has a zero subject (weaker than "inherited")
INFINITIVE_INHERITED = "inherited:infinitive"


#: words between a verb and the first name after it beyond which, outside the frame's own phrases, the
#: name is no longer the verb's object phrase but another predicate's
OBJECT_PHRASE_REACH = 4


def words_between(units: list[Unit], i: int, j: int) -> int:
    """Words between unit i and unit j: the unknown words and the cue words (articles not counted)."""
    return sum(units[k].words_before for k in range(i + 1, j + 1)) + sum(
        1 for k in range(i + 1, j) if units[k].kind == "cue")


def verb_args(units: list[Unit], i: int, trigger: Trigger, resolved: dict[int, Args], anaphor: Parties,
              inherited: list[str], objects: set[int], verb_second: bool = False,
              object_prep: str | None = None, antecedent: list[str] | None = None, relative: bool = False,
              nouns: dict[int, Args] | None = None, inverted: bool = False, resume: bool = False,
              pro_drop: bool = False, finite_first: bool = False,
              opening: tuple[int, list[str]] | None = None) -> Args:
    frame = trigger.frame
    if units[i].agent_before:  # "die von der Türkei unterstützten Rebellen": a participle inside a noun phrase
        return attributive_passive(units, i, anaphor, objects, frame.subject == "Y" and frame.object == "X")
    args = Args()
    subject, rule = subject_before(units, i, resolved, anaphor, objects, inherited or antecedent)
    shared = first_conjunct_subject(units, i, anaphor)
    if shared:
        subject, rule = shared, "shared-subject"  # "X ist ... aktiv und stand Y zur Seite": X's second predicate
    owner = units[i - 1] if i > 0 else None
    if owner is not None and owner.kind == "phrase" and owner.phrase is not None and owner.phrase.possessor \
            and units[i].after_possessive and units[i].words_before <= 1 and not owner.phrase.adjectival:
        # "Beijing's promises", "Washington's call for": a verb form after a possessor is its noun, and
        # the possessor acts (also inside a preposition phrase: "comfort in Beijing's promises")
        subject, rule = phrase_ids(owner.phrase, anaphor), "subject"
        objects.add(i - 1)
    elif relative and rule == "subject" and genitive_subject(units, i, objects):
        # "les pays qui se sont émancipés de la tutelle de l'URSS refusent": inside a relative clause
        # the relative pronoun is the subject; a genitive there belongs to another noun
        subject, rule = [], ""
    early_object: list[str] = []
    # a verb-final relative clause ("Russland, das die Ukraine angreift"): the antecedent acts, the
    # phrase inside is the object; zu-infinitives likewise act for what their clause inherits
    infinitive = verb_second and (zu_infinitive(units, i, trigger) or relative and bool(inherited)
                                  and not any(u.kind == "trigger" for u in units[:i]))
    if infinitive:
        subject, early_object, rule = infinitive_args(units, i, anaphor, objects, inherited)
    elif verb_second and resume and inherited and not subject and bare_start(units, i):
        # "Putin, der Xi traf, kritisierte die USA": after the aside the verb comes first, and its
        # subject is the name before the aside, not the phrase after the verb
        subject, rule = list(inherited), "inherited"
    elif finite_first and inherited and not verb_second and not any(u.kind == "phrase" for u in units[:i]):
        # "Ruto, who had 14 days ..., took less than a day to nominate Kindiki": nothing but the clause's
        # own verb no lexicon knows stands before the trigger, whose subject is the name before the aside
        subject, rule = list(inherited), "inherited"
    elif verb_second and finite_first and inherited:
        # "Spiegel, die ... war, musste zurücktreten", "..., hatte Merz kritisiert": the clause opened with
        # its finite verb, so the name before the aside is the subject and a bare phrase before the
        # verb-final trigger its object
        subject, rule = list(inherited), "inherited"
        bare = [j for j in range(i) if units[j].kind == "phrase" and units[j].phrase is not None
                and units[j].phrase.prep is None and not units[j].phrase.anaphor and j not in objects]
        if bare:
            objects.add(bare[-1])
            early_object = phrase_ids(units[bare[-1]].phrase, anaphor)
    elif verb_second and units[i].noun_subject_before_aux:
        # "Der Verein hat ... die AfD unterstützt", "Die Bundestagsverwaltung hat die AfD aufgefordert": the
        # unlinked noun phrase before the auxiliary is the subject; the last bare name before the verb is its
        # object, and nobody named acts (evprec20, untuned news)
        bare = [j for j in range(i) if units[j].kind == "phrase" and units[j].phrase is not None
                and units[j].phrase.prep is None and not units[j].phrase.anaphor and j not in objects]
        if bare:
            objects.add(bare[-1])
            early_object = phrase_ids(units[bare[-1]].phrase, anaphor)
        subject, rule = [], UNRESOLVED
    elif verb_second:
        subject, early_object, rule = verb_second_args(units, i, subject, rule, anaphor, objects, resolved,
                                                   inherited or antecedent)
    controller = controlled_by_object(units, i)
    if controller is not None and units[controller].phrase is not None:
        # "Die USA erlaubten der Ukraine, Russland anzugreifen", "permitió a Ucrania atacar": the object the
        # control verb hands the infinitive to acts, not that verb's subject (event_control_verbs.tsv)
        subject, rule = phrase_ids(units[controller].phrase, anaphor), "subject"
        objects.add(controller)
    if not subject and inherited and rule != UNRESOLVED and (bare_start(units, i) or relative and no_phrase_before(units, i) and not units[i].det_gap
                                      or coordinated_without_subject(units, i)
                                      or pro_drop and fronted_phrase(units, i)):
        subject, rule = inherited, "inherited"  # "la Nato, che inizia a ritirarsi": the antecedent acts
    elif not subject and inherited and rule != UNRESOLVED and pro_drop and governed_infinitive(units, i):
        subject, rule = inherited, INFINITIVE_INHERITED  # "Poi decide di sospendere": the zero subject
    args.subject, args.rule = subject, rule if rule and rule != UNRESOLVED else "subject"
    if subject and args.rule == "subject":
        subject = subject + [p for p in aside_partners(units, i) if p not in subject]
        args.subject = subject
    fronted = None if subject or verb_second or trigger.base else fronted_participle_subject(units, i)
    if fronted is not None:  # "Ricevuto da Mattarella, Zelensky ha chiesto": Zelensky was received
        subject = phrase_ids(units[fronted].phrase, anaphor)
        objects.add(fronted)
        args.subject, args.rule = subject, "participle"
    elif opening is not None and not subject:
        # "After meeting Xi, Macron said", "Dopo aver incontrato Xi, Macron ha detto": a sentence-opening
        # non-finite clause has the main clause's subject (fronted_clauses.py)
        subject = [x for x in opening[1]]
        args.subject, args.rule = subject, "inherited"
    passive = fronted is not None or passive_voice(units, i, verb_second, frame.object is not None) or (
        not trigger.base and frame.role("by") is None and frame.role("from") is None
        and participle_with_agent(units, i))
    # "De Poli eletto con 144 voti", "la raccomandazione sostenuta da un recente studio ... dalla Brookings":
    # a bare participle is passive; only an agent right after it did the act (participles.py)
    bare = not passive and units[i].bare_participle
    passive = passive or bare
    args.passive = passive
    dobj: Phrase | None = None
    dobj_at = -1  # the bare object's unit
    preps: dict[str, Phrase] = {}
    for j in range(i + 1, len(units)):
        u = units[j]
        if opening is not None and j >= opening[0]:
            break  # the main clause's subject and what follows it belong to the main verb
        if passive and u.kind == "trigger" and trigger.type in CONTENT_TYPES \
                and any(t.pos == "verb" and requested_content(units, j, t) for t in u.triggers):
            agent = content_agent(units, j)  # "è stato invitato a dimettersi dal partito": who asked
            if agent is not None and "by" not in preps:
                preps["by"] = agent
            break
        if u.kind == "trigger" or trigger.mode == "allege" and unnamed_accused(units, i, j) \
                or u.is_cue("light"):
            break  # (a light verb opens the next predicate: "protestiert Höcke und macht Voigt Vorwürfe")
        if passive and u.is_cue("passive") \
                and not (j == i + 1 and u.words_before == 0):
            break  # "wird von X gefordert und wurde von den USA abgelehnt": the next passive has its own agent
        if trigger.type == "REQUEST" and (dobj is not None or preps or early_object) and demanded_act(units, i, j):
            break  # "chiesto alla Cina di frenare la Russia": China is asked, Russia is the act's object
        if u.kind != "phrase" or not u.phrase:
            continue
        if frame.object == "X" and u.comma_before and u.phrase.prep is None and not passive \
                and u.start > units[i].span_end:
            break  # "Marini ha ricevuto 521 voti, Rodotà 240": a host's guest is its own object, not a
            # name past a comma (the next item of a list, another clause's subject)
        if u.comma_before and u.phrase.prep is None and not passive and u.start > units[i].span_end \
                and next_verb_subject(units, j):
            break  # "Cuando Rusia atacó a Ucrania, Francia condenó": a name after a comma right before a verb
            # is that verb's subject, not this verb's object
        p = u.phrase
        if j in objects:
            continue  # already the subject (verb-second order)
        if p.possessor and not owns_trigger(units, j) and u.start > units[i].span_end:
            objects.add(j)
            if judged_owner(units, i, j, trigger, dobj):
                dobj = p  # "dismissed Putin's response", "criticised China's policy": its owner is judged
                continue
            continue  # "a fight with the United States' trading partners": the partners are acted upon
        if p.bare and not p.anaphor and p.prep is None or p.anaphor:
            if dobj is None:
                dobj, dobj_at = p, j
                objects.add(j)
                continue
            break
        if p.prep == "of" and "in" in preps and names_the_place(units, j, preps["in"]):
            # "in the Red Sea port city of Jeddah", "in the capital of Kenya": the "of" place is where
            args.places.insert(0, p.head_refs()[0].ids[0])
            objects.add(j)
            continue
        if p.prep == "of" and frame.role("of") is None:  # a frame's own [of] role takes it below
            if frame.object == "X" and u.words_before > 0:
                objects.add(j)  # "a reçu une lettre de Poutine", "recevoir la dépouille mortelle du général
                continue  # Koskiusko": a host receives the guest himself, not a thing of someone's
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
        roles_before(units, i, frame, preps, objects)
    if not passive and dobj is not None and "by" in preps and trigger.type in JUDGES_OWNED \
            and frame.role("by") is None and act_agent(units, i, dobj) is preps["by"]:
        # "condemned the treatment of Uyghurs by the Chinese government": the act's author is judged
        dobj = None
        add(args.targets, [h for h in preps.pop("by").heads() if h not in subject])
    if passive:
        if not subject and nouns:
            subject = noun_subject_actors(units, i, nouns)  # "l'attacco della Russia è stato condannato"
        if bare and not units[i].touching:
            subject = []  # "the block imposed by the Turkish government": a reduced relative's patient is the
            # noun right before it, here unnamed, not a name further back ("a ruling by the Court ... that")
        add(args.targets, subject)
        if "by" not in preps and verb_second:  # verb-final: "wurde von der Ukraine angegriffen"
            for j in range(i - 1, -1, -1):
                u = units[j]
                if u.kind == "trigger":
                    break
                if u.kind == "phrase" and u.phrase and u.phrase.prep == "by":
                    preps["by"] = u.phrase
                    break
        if bare and "by" in preps and not agent_right_after(units, i, preps["by"]):
            preps.pop("by")
        if "by" in preps:
            agent = preps.pop("by")
            add(args.actors, agent.heads())
            args.rule = "passive"
            if dobj is not None and dobj_at > 0 and units[dobj_at - 1].phrase is agent and units[dobj_at].comma_before \
                    and units[dobj_at].words_before == 0 and len(dobj.conjuncts) >= 2:
                # "criticized by United Nations, U.S., French, Chinese and Mexican representatives": the
                # list after the agent's comma goes on naming agents, nobody criticised
                add(args.actors, dobj.heads())
                dobj = None
        if frame.subject == "Y" and frame.object == "X":
            # "Sall a été reçu par Macron" with "Y V X" (the host receives the visitor): the visitor acts
            args.actors, args.targets = args.targets, args.actors
    elif frame.subject == "Y":
        add(args.targets, subject)
    else:
        add(args.actors, subject)
    if not args.targets and dobj is None and not args.passive and clitic_before(units, i):
        add(args.targets, previous_object(units, i, resolved, args.actors))  # "se reunió con Xi y le pidió"
    wants_target = frame.object == "Y" or any(who == "Y" for _, who in frame.roles)
    if dobj is None and not early_object and wants_target and not args.passive and not args.targets \
            and not frame.place:  # a place taken is the object or the frame's own role ("tomó medidas contra X")
        # "rejected calls by X", "affirmed their support for X": with no bare object, the first
        # entity later in the clause (past noun triggers, up to the next verb) is the target
        answers = trigger.type in ANSWERS
        passed_act = False  # past the answered act's noun only its "by" / "from" phrase counts
        demanded = False  # past a requested, threatened or offered act's noun ("demanded an admission by Moscow")
        for j in range(i + 1, len(units)):
            u = units[j]
            if trigger.mode == "allege" and unnamed_accused(units, i, j) \
                    or u.is_cue("light"):
                break  # "accusé l'Occident de vouloir détruire la Russie": the accused has no name;
                # a light verb opens the next predicate ("protestiert Höcke und macht Voigt Vorwürfe")
            if u.kind == "trigger" and (u.triggers[0].pos == "verb"
                                        or all(t.type != trigger.type for t in u.triggers)):
                # (a form that is both noun and verb is read as the sentence reads it: "el pedido")
                if answers and pick_trigger(u, units, j).pos == "noun" and all(t.type in ANSWERED for t in u.triggers):
                    passed_act = True
                    continue  # "rejected calls by X", "dismissed an appeal from X": the answered act's author
                if trigger.type in CONTENT_TYPES and any(t.pos == "verb" for t in u.triggers) \
                        and requested_content(units, j, next(t for t in u.triggers if t.pos == "verb")):
                    continue  # "threatened to break relations with Russia": the content names the target
                if trigger.type in CONTENT_TYPES and pick_trigger(u, units, j).pos == "noun" and not u.comma_before:
                    demanded = True
                    continue  # "demanded a truce with Moslem forces", "demanded support from X": its party
                break  # a noun trigger of another type owns what follows it
            if (demanded or trigger.frame.label) and u.comma_before:
                break  # "né ha chiesto il ritiro delle truppe, molti alleati dell'Ucraina": another clause's
            if u.kind != "phrase" or not u.phrase or u.phrase.anaphor \
                    or u.phrase.prep in ("according", "during", "like") or u.phrase.prep == "in" and trigger.type == "CONSULT" \
                    or u.phrase.prep in ("to", "from") and frame.role(u.phrase.prep) is None \
                    or u.phrase.prep == "against" and frame.role("against") is None and trigger.type in ALLIED \
                    or u.phrase.prep == "by" and not (answers or demanded or trigger.type in JUDGES_OWNED) \
                    or u.phrase.adjectival:
                if passed_act and u.kind == "phrase":
                    break
                continue  # "ai giornalisti italiani", "U.S. exports": an adjective modifies another noun;
                # where the object goes or comes from is no target unless the frame says so ("deported
                # 173 women and children to Turkey");
                # an agent or source ("riceverà il comando dall'Africom") is nobody acted upon, but the
                # author of a judged act is ("kritisiert den Auftritt von Höcke", "condemned the attack by Russia")
            if u.phrase.possessor and not owns_trigger(units, j) and u.start > units[i].span_end:
                continue  # "tariffs on the EU's exports": the exports, not the EU
            if u.phrase.prep == "in" and u.phrase.situated and trigger.type == "ACCUSE":
                heads = [h for h in situation_countries(u.phrase) if h not in subject]
                if heads:  # "denounced the human rights situation in China": whose situation it is
                    add(args.targets, heads)
                    args.rule = "object-phrase" if args.rule == "subject" else args.rule
                    break
            if u.phrase.prep == "in":
                continue  # "rechazó el pedido ... pendiente en la Corte Suprema por parte de X": where, not whose;
                # "slammed the hate crimes committed across the UK": where the object lies is no target (issue #6)
            if passed_act and u.phrase.prep not in ("by", "from"):
                break  # "ha respinto le accuse dell'Ucraina": the accusation's own genitive (see answered_acts.rejected_author)
            heads = [r.ids[0] for r in u.phrase.head_refs() if r.etype != "PLACE" and r.ids[0] not in subject]
            if heads and not (passed_act or demanded) and u.phrase.prep != "by" \
                    and (u.phrase.prep is None or frame.role(u.phrase.prep) is None) \
                    and words_between(units, i, j) > OBJECT_PHRASE_REACH:
                break  # "is supporting councils affected and stand ready to work closely with them and the
                # Government", "allocated more than $70 million for a ... Initiative": far past an unnamed object,
                # in no phrase of the frame's own, a name belongs to another predicate (evprec17, untuned news)
            if heads:
                add(args.targets, heads)
                args.rule = "object-phrase" if args.rule == "subject" else args.rule
                break
    if verb_second and dobj is None and not early_object and not args.passive and not args.targets \
            and trigger.type == "ACCUSE" and frame.role("by") is None:
        # "Merz hat die Migrationspolitik von Scholz kritisiert", "hat die Lage in China kritisiert"
        add(args.targets, [h for h in owner_before(units, i) if h not in args.actors])
    if inverted and dobj is not None and frame.object is None and args.rule in ("subject", "inherited") \
            and not args.passive and not dobj.adjectival and not dobj.anaphor and dobj.prep is None \
            and (not subject or args.rule == "inherited") \
            and not restates_phrase(units, dobj_at, i):
        # "llegó este martes la ministra Izkia Siches", "si è dimesso il ministro Rossi": an intransitive
        # verb's bare noun phrase after it is its subject, and beats a zero subject; not a name glued to
        # the phrase before it, which it only restates ("coordinando con las autoridades del Ministerio
        # de Salud (Minsa)": Minsa is that ministry, not the subject)
        args.actors[:] = [a for a in dobj.heads() if a not in args.targets]
        args.subject = list(args.actors)
        args.rule = "inverted"
        dobj = None
    if inverted and units[i].object_clitic and dobj is not None and frame.object is not None \
            and args.rule in ("subject", "inherited") and (not subject or args.rule == "inherited") \
            and not args.passive and not dobj.adjectival and not dobj.anaphor and dobj.prep is None \
            and not restates_phrase(units, dobj_at, i):
        # "Lo ha ricevuto il presidente Mattarella", "La ha criticada el ministro": the clitic before
        # the verb is its object, so the bare phrase after it is its subject (the clitic's person is
        # found by the object-pronoun rule); a zero subject carried from before yields to it
        heads = dobj.heads()
        if frame.subject == "Y":
            args.targets[:] = list(heads)
            args.actors[:] = [a for a in args.actors if a not in heads]
        else:
            args.actors[:] = list(heads)
            args.targets[:] = [t for t in args.targets if t not in heads]
        args.subject = list(heads)
        args.rule = "inverted"
        dobj = None
    if dobj is None and early_object and (frame.object == "Y" or args.rule != "pronoun" or args.actors):
        # (a subject pronoun naming nobody keeps the actor's place: "Man habe die Behörden informiert und
        # Anzeige erstattet" is no accusation by the authorities)
        add(args.targets if frame.object == "Y" else args.actors, early_object)
    if dobj is not None:
        ids = [] if demonym_people(units, dobj, units[i].span_end) else phrase_ids(dobj, anaphor)
        if frame.object == "Y":
            add(args.targets, ids)
        elif frame.object == "X":
            add(args.actors, ids)
        add_places(args, dobj, trigger)
    for prep, phrase in preps.items():
        who = frame.role(prep)
        if who == "Y":
            add(args.targets, phrase.heads())
            if prep in ("to", "in"):
                add_places(args, phrase, trigger)
        elif who == "X":
            add(args.actors, phrase.heads())
        elif prep in ("in", "to"):
            add(args.places, [r.place or r.ids[0] for r in phrase.head_refs() if r.etype in ("PLACE", "COUNTRY")])
    args.status_cues = status_cues(units, i, -1)
    if verb_second and not args.status_cues:
        args.status_cues = final_modal(units, i)
    if infinitive and zu_infinitive(units, i, trigger):
        args.status_cues.append("planned")  # "kündigte an, Kiew zu besuchen": not done yet
    return args



#: Verbs that judge, back or demand what another party said or did: the owner of their object is
#: their target ("dismissed Putin's response", "welcomed Ukraine's decision", "demanded Iran's answer").
JUDGES_OWNED = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST"})


def judged_owner(units: list[Unit], i: int, j: int, trigger: Trigger, dobj: Phrase | None) -> bool:
    """Is the possessor at j the owner of the verb's object right after the verb (no article, no other
    phrase between: "rejected Pakistan's claims", not "a fight with the United States' partners")? An
    article that is the possessor's own counts when the owned noun is an act with its "of" object ("condemned
    the Chinese government's treatment of Uyghurs"), not a noun of people ("the United States' partners")."""
    return dobj is None and trigger.type in JUDGES_OWNED and j == i + 1 \
        and (units[j].start - units[i].span_end <= 1 or units[j].after_det and units[j].words_before == 0
             and owned_act(units, j)) \
        and units[j].phrase.prep is None and not units[j].phrase.adjectival


#: words of the owned noun between a possessor and the "of" of its object ("treatment of", "migration policy of")
OWNED_NOUN_WORDS = 2


def owned_act(units: list[Unit], j: int) -> bool:
    """Is the noun owned by the possessor at j followed by an "of" phrase, its object ("X's treatment of Y")?"""
    nxt = units[j + 1] if j + 1 < len(units) else None
    return nxt is not None and nxt.is_cue("of") and 1 <= nxt.words_before <= OWNED_NOUN_WORDS and not nxt.comma_before


def act_agent(units: list[Unit], i: int, dobj: Phrase) -> Phrase | None:
    """The agent of the act noun that holds the verb's object as its own object: a "by" phrase right after
    the object, the object not right after the verb ("condemned the treatment of Uyghurs by the Chinese
    government", "il trattamento degli uiguri da parte del governo cinese", "die Behandlung der Uiguren
    durch die chinesische Regierung"): the act noun's author is the one judged, its object what it is about."""
    at = next((k for k in range(i + 1, len(units)) if units[k].phrase is dobj), None)
    if at is None:
        return None
    # the act noun between: words, or a word read as a cue ("el trato a los uigures"), not counting the object's
    # own preposition right before it
    between = sum(units[k].words_before for k in range(i + 1, at + 1)) \
        + sum(1 for k in range(i + 1, at - 1) if units[k].kind == "cue") \
        + (1 if at - 1 > i and units[at - 1].kind != "cue" else 0)
    if between == 0:
        return None  # "criticised Scholz by name", "condenó a Rusia": the object is a party, not an act's object
    words = 0
    for k in range(at + 1, len(units)):
        u = units[k]
        words += u.words_before
        if u.comma_before or words > 1:
            return None
        if u.kind == "cue" and (u.is_cue("by") or u.is_cue("of")):
            continue
        if u.kind == "phrase" and u.phrase is not None and u.phrase.prep == "by" and not u.phrase.anaphor:
            return u.phrase
        return None
    return None


def owner_before(units: list[Unit], i: int) -> list[str]:
    """Verb-final order: whose the judged object before the participle is, read off the last phrase before
    the verb: a "by" phrase whose cue follows a noun ("Merz hat die Migrationspolitik von Scholz kritisiert",
    as "Scholz' Migrationspolitik"), or the country of a situation ("hat die Lage in China kritisiert")."""
    for j in range(i - 1, 0, -1):
        u = units[j]
        if u.kind == "trigger":
            return []
        if u.kind != "phrase":
            continue
        cue = units[j - 1]
        if u.phrase is None or u.phrase.anaphor or u.words_before or cue.comma_before:
            return []
        if u.phrase.prep == "by" and cue.is_cue("by") and cue.words_before >= 1:
            return u.phrase.heads()
        if u.phrase.prep == "in" and u.phrase.situated:
            return situation_countries(u.phrase)
        return []
    return []


def situation_countries(phrase: Phrase) -> list[str]:
    """The countries an "in" phrase after a situation noun names: whose situation it is (``Phrase.situated``)."""
    return [r.ids[0] for r in phrase.head_refs() if r.etype == "COUNTRY"]


def restates_phrase(units: list[Unit], j: int, i: int) -> bool:
    """Is the name at j glued to a (non-adjective) phrase after the verb at i, restating it ("con el
    Ministerio de Salud (Minsa)")? ("con Sánchez el presidente ruso, Vladimir Putin" is a new phrase.)"""
    prev = units[j - 1] if j > i + 1 else None
    if prev is None or prev.kind != "phrase" or prev.phrase is None or prev.phrase.adjectival \
            or units[j].words_before or units[j].comma_before:
        return False
    here = units[j].phrase
    if here is not None and (len(here.conjuncts) >= 2 or not {r.etype for r in prev.phrase.head_refs()}
                             & {r.etype for r in here.head_refs()}):
        return False  # "Se reunieron en París Macron y Xi": a pair, or a person after a place, restates nothing (evargs27)
    return True


def clitic_before(units: list[Unit], i: int) -> bool:
    """An object clitic right before the verb ("le pidió", "lui a demandé")."""
    prev = units[i - 1] if i else None
    return prev is not None and prev.is_cue("clitic") \
        and units[i].words_before == 0



def previous_object(units: list[Unit], i: int, resolved: dict[int, Args], actors: list[str]) -> list[str]:
    """What an object clitic stands for: the party the previous verb of the clause acted upon, when
    the clitic's verb shares its subject ("Sánchez se reunió con Xi y le pidió que...": Xi)."""
    for j in range(i - 1, -1, -1):
        if j in resolved:
            prior = resolved[j]
            return [t for t in prior.targets if t not in actors] if prior.subject == actors else []
    return []



#: infinitive markers: "to", "di", "a", "de", "à", "zu" (cue roles in event_roles.tsv)
INFINITIVE_MARKERS = frozenset({"to", "of"})


def demanded_act(units: list[Unit], i: int, j: int) -> bool:
    """Does the demanded act start at unit j, after the request verb at i has its addressee? Either an
    infinitive marker followed by a word no entity stands for ("alla Cina di frenare la Russia",
    "urged China to restrain Russia", "a demandé à la Chine de freiner"), or, in verb-final order, a
    phrase after a comma that its own "zu" infinitive closes ("forderte China auf, Russland zu
    bremsen"). Whoever the demanded act names is not the request's target."""
    u = units[j]
    nxt = units[j + 1] if j + 1 < len(units) else None
    if u.kind == "cue" and u.cue is not None and u.cue.value in INFINITIVE_MARKERS and j > i + 1:
        return nxt is not None and nxt.words_before > 0 or nxt is not None and nxt.kind == "trigger" \
            and any(t.base for t in nxt.triggers) and nxt.words_before == 0
    if u.kind == "phrase" and u.comma_before and u.start > units[i].span_end and nxt is not None \
            and nxt.is_cue("to") and nxt.words_before == 0:
        after = units[j + 2] if j + 2 < len(units) else None
        return after is None or after.words_before > 0 or after.comma_before
    return False


#: units after a requested act's infinitive that its request's passive agent may stand at
CONTENT_AGENT_REACH = 4


def content_agent(units: list[Unit], j: int) -> Phrase | None:
    """The "by" phrase after the infinitive at j that a passive request governs ("a été appelé à
    démissionner par le Parti socialiste"): the agent of the request, not of the requested act."""
    for k in range(j + 1, min(len(units), j + 1 + CONTENT_AGENT_REACH)):
        u = units[k]
        if u.kind == "trigger" or u.comma_before:
            return None
        if u.kind == "phrase" and u.phrase is not None:
            return u.phrase if u.phrase.prep == "by" else None
    return None


def unnamed_accused(units: list[Unit], i: int, j: int) -> bool:
    """An "of" cue after words no entity stands for, with only cues since the accusing verb at i
    ("accusé l'Occident de", "acusó a Occidente de"): what follows is the charge, not the accused."""
    u = units[j]
    return u.is_cue("of") and u.words_before > 0 \
        and all(units[k].kind == "cue" for k in range(i + 1, j))



def names_the_place(units: list[Unit], j: int, where: Phrase) -> bool:
    """Is the "of" phrase at j a place that names the location phrase right before it ("in the Red
    Sea port city of Jeddah")?"""
    prev = units[j - 2] if j >= 2 and units[j - 1].kind == "cue" else units[j - 1]
    refs = units[j].phrase.head_refs() if units[j].phrase else []
    return prev.phrase is where and units[j].words_before == 0 and len(refs) == 1 and refs[0].etype == "PLACE" \
        and units[j - 1].words_before <= MAX_PLACE_WORDS



#: words between a location phrase and the "of" that names its place ("in the Red Sea port city of Jeddah")
MAX_PLACE_WORDS = 3



def genitive_subject(units: list[Unit], i: int, objects: set[int]) -> bool:
    """Is the phrase that gives the verb at i its subject a genitive ("of" phrase)?"""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            return False
        if u.kind == "phrase" and u.phrase is not None and u.phrase.subjectish and j not in objects:
            return u.phrase.prep == "of"
    return False



def aside_partners(units: list[Unit], i: int) -> list[str]:
    """Co-actors in a "with" aside between the subject and its verb ("France, along with Germany and
    China, criticized Russia", "la Francia, insieme alla Germania, ha criticato"): the aside opens with
    a comma right after the subject and closes with one right before the verb."""
    if i < 3 or not units[i].comma_before:
        return []
    j = i - 1
    u = units[j]
    if u.kind != "phrase" or u.phrase is None or u.phrase.prep != "with" or u.words_before:
        return []
    cue, subject = units[j - 1], units[j - 2]
    if cue.kind != "cue" or cue.cue is None or cue.cue.value != "with" or not cue.comma_before or cue.words_before \
            or subject.kind != "phrase" or subject.phrase is None or subject.phrase.prep is not None:
        return []
    return u.phrase.heads()


def next_verb_subject(units: list[Unit], j: int) -> bool:
    """Is the phrase at j directly followed by a verb trigger (no word, no comma between)?"""
    nxt = units[j + 1] if j + 1 < len(units) else None
    return nxt is not None and nxt.kind == "trigger" and not nxt.words_before and not nxt.comma_before \
        and any(t.pos == "verb" for t in nxt.triggers)
