"""Passive voice: auxiliaries before (or, verb-final, after) the verb, participles with an agent, and a
noun trigger standing as the subject of a passive verb."""
from __future__ import annotations

from cronaca.extract.events.arguments import Args, add
from cronaca.extract.events.parties import Parties, phrase_ids
from cronaca.extract.events.units import Unit


def noun_subject_actors(units: list[Unit], i: int, nouns: dict[int, Args]) -> list[str]:
    """The actors of a noun trigger that is the subject of a passive verb ("l'attacco della Russia è
    stato condannato dalla Francia": condemning the attack condemns Russia)."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if u.kind == "trigger":
            return list(nouns[j].actors) if j in nouns else []
    return []



def participle_with_agent(units: list[Unit], i: int) -> bool:
    """A past participle used as an adjective of the name right before it, its agent right after
    ("Rossi, arrestato dalla polizia", "X, detenido por la policía", "X, arrêté par la police", "the Houthis
    supported by Iran"): nothing but a comma between name and verb (an auxiliary would make it a finite active verb),
    and the agent phrase follows at once."""
    if i == 0 or units[i - 1].kind != "phrase":
        return False
    if not units[i].comma_before and not units[i].bare_participle:
        return False  # with no comma only a form known to be a participle ("Scholz besuchte die von Russland
        # angegriffene Ukraine": "besuchte" is a finite verb, "von Russland" the next participle's agent)
    if not units[i].touching and not (units[i].after_comma and all(u.kind == "cue" for u in units[:i - 1])):
        return False  # (a comma closes the clause's first noun phrase: "Somali government soldiers,
        # supported by the U.S. military, are conducting...": the soldiers are supported)
    joined = False  # "supported by local clan militias and the U.S. military": the named agent after "and"
    for j in range(i + 1, min(i + 4, len(units))):
        u = units[j]
        if u.kind == "cue" and u.cue and u.cue.value == "by" and u.words_before == 0:
            after = units[j + 1] if j + 1 < len(units) else None
            if units[i].comma_before and (after is None or after.kind != "phrase" or after.words_before > 1):
                return True  # an unnamed agent in an aside ("Mugabe, invitato dalla comunità internazionale a
                # dimettersi"); without the comma "by" may be a manner ("Trudeau retaliated by announcing")
            continue
        if u.kind == "cue" and u.cue and u.cue.value == "and" and j == i + 2 and not joined:
            joined = True
            continue
        return u.kind == "phrase" and u.phrase is not None and u.phrase.prep == "by" and (u.words_before == 0 or joined)
    return False



def glued_by_word(u: Unit) -> bool:
    """Is the unit a "by" word standing on its own ("dal" before an article), with no word and no comma
    before it: the agent phrase it opens follows at once."""
    return u.is_cue("by") and not u.words_before \
        and not u.comma_before


def agent_right_after(units: list[Unit], i: int, agent: object) -> bool:
    """Is the phrase ``agent`` right after the participle at i, its "by" word glued to both ("sostenuti
    dalla Turchia", "apoyada por Francia")? The "by" word is a unit of its own when it stands before an
    article or an unlinked title ("dal leader dell'UDC"), part of the phrase otherwise."""
    j = i + 1
    if j < len(units) and glued_by_word(units[j]):
        j += 1
    return j < len(units) and units[j].phrase is agent and units[j].words_before == 0 and not units[j].comma_before



#: units a fronted participle's agent and its subject may stand after it ("Ricevuto al Quirinale da Mattarella,")
FRONTED_REACH = 8


def fronted_participle_subject(units: list[Unit], i: int) -> int | None:
    """A participle opening its sentence, its agent after it, then a comma and the main clause's subject
    ("Ricevuto al Quirinale da Mattarella, Zelensky ha chiesto", "Reçu à l'Élysée par Macron, Zelensky a
    demandé", "Accusé par Moscou d'espionnage, le diplomate"): that subject undergoes the participle's
    act, done by the agent. The unit of the subject's phrase, or None."""
    if any(u.kind != "cue" or u.cue is None or u.cue.value in ("passive", "aux") for u in units[:i]):
        return None  # a name or an auxiliary before it: an ordinary verb
    agent = False
    for j in range(i + 1, min(len(units), i + FRONTED_REACH)):
        u = units[j]
        if u.kind == "trigger":
            return None
        if u.kind != "phrase" or u.phrase is None:
            continue
        if u.comma_before:
            return j if agent and u.phrase.prep is None and not u.phrase.adjectival else None
        agent = agent or u.phrase.prep == "by"
    return None


def passive_voice(units: list[Unit], i: int, verb_second: bool, transitive: bool = True) -> bool:
    """A passive auxiliary right before the verb ("was attacked", "è stato criticato"), or anywhere
    before it in its clause in verb-final languages ("wurde von der Ukraine angegriffen"). A verb with no
    direct object (``transitive`` False: "kooperieren mit") has no passive of its own: after "und" it is the
    next predicate of the passive's subject ("wird vom Ministerium gefördert und kooperiert mit der RWTH")."""
    if units[i].progressive:
        return False  # "are demanding", "was attacking"
    if not transitive and (units[i].after_and or i > 0 and units[i - 1].is_cue("and")):
        return False
    if verb_second and i + 1 < len(units):  # "ist ... festgenommen worden": the auxiliary follows
        u = units[i + 1]
        if u.is_cue("passive") and u.words_before == 0:
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


def attributive_passive(units: list[Unit], i: int, anaphor: Parties, objects: set[int],
                        host: bool = False) -> Args:
    """The parties of an attributive participle with its agent right before it, inside a noun phrase
    ("die von der Türkei unterstützten Rebellen griffen an", "der von Russland angegriffenen Ukraine"): the
    agent acts; a name right after the participle is the noun it describes, who undergoes the act; nothing
    else in the clause is its party (the clause's own verb comes later). ``host``: a frame whose object
    acts ("der von Scholz empfangene Macron": Macron visits)."""
    args = Args(rule="passive")
    args.passive = True
    agent = units[i - 1].phrase
    add(args.actors, agent.heads())
    objects.add(i - 1)
    after = units[i + 1] if i + 1 < len(units) else None
    if after is not None and after.kind == "phrase" and after.phrase is not None and after.phrase.prep is None \
            and not after.phrase.adjectival and not after.words_before and not after.comma_before:
        add(args.targets, [t for t in phrase_ids(after.phrase, anaphor) if t not in args.actors])
        objects.add(i + 1)
    if host:
        args.actors, args.targets = args.targets, args.actors
    return args
