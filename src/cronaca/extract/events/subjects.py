"""Finding a clause's subject: the nearest bare phrase before the verb, past appositions and asides,
zero subjects, fronted phrases, and the speaker of a clause that ends with a speech verb."""
from __future__ import annotations

from cronaca.extract.events.antecedents import agreeing
from cronaca.extract.events.arguments import UNRESOLVED, Args
from cronaca.extract.events.parties import Parties, persons_of, phrase_ids
from cronaca.extract.events.trigger_choice import pick_trigger
from cronaca.extract.events.lexicon import CONTROL
from cronaca.extract.events.units import PREPOSITIONS, Clause, Unit, passive_cue


def subject_before(units: list[Unit], i: int, resolved: dict[int, Args], anaphor: Parties,
                   objects: set[int], inherited: list[str] | None = None) -> tuple[list[str], str]:
    """The subject for the unit at i: the nearest bare phrase before it that is not a verb's object,
    else the subject of the verb whose object stands in between. Words that no lexicon knows right
    before the verb may be its own subject ("..., and officials suggested"): then no shared subject;
    a comma followed by such words ("Beyond Ukraine, G7 ministers discussed") hides the phrase."""
    for j in range(i - 1, -1, -1):
        u = units[j]
        if units[j + 1].share_before:
            return [], ""  # "44 percent would back Trump ... and 1 percent support Jill Stein": a share of
            # unnamed people is the subject; the name before it belongs to another clause
        if j == i - 1 and u.is_cue("and") and u.comma_before \
                and units[i].words_before >= 2 and not units[i].comma_before:
            return [], ""  # "But it also has gas, and several environment groups accused": after ", and" the
            # words before the verb are a new clause's own (unnamed) subject, not the first clause's
        if u.kind == "trigger" and j in resolved and u.triggers[0].pos == "verb" and infinitive_before_finite(units, j, i):
            continue  # "aims to mobilize personnel ... and urged counterparts": a finite verb is coordinated
            # with a finite one, never with an infinitive; its subject stands before that infinitive
        if u.kind == "trigger" and j in resolved and u.triggers[0].pos == "verb":
            if resolved[j].subject and units[i].words_before == 0 and u.quote == units[i].quote:
                # (a verb outside a quotation shares nothing with one inside it: "„Russland muss die
                # Truppen abziehen“, forderte Merz": Merz demands)
                if requested_of_object(units, j, i):
                    return [], ""
                return resolved[j].subject, "shared-subject"
            return [], ""
        if u.kind == "phrase" and u.phrase and u.phrase.subjectish and j not in objects:
            if u.people_after and u.quote == units[i].quote:
                return [], ""  # "The Republican nominee also outlined his plan and vowed": the unnamed nominee
            if u.one_member and all(units[k].words_before == 0 and (k == i or units[k].kind == "cue")
                                    for k in range(j + 1, i + 1)):
                return [], ""  # "One Republican threatened", "A Democrat criticized": one unnamed member acts
            if units[i].owned_before and all(passive_cue(units[x]) for x in range(j + 1, i)):
                return [], ""  # "Obama's advisers shrank": the unnamed advisers act, not Obama
            if u.predicate_after_comma and j == i - 1 and units[i].after_and and not units[i].comma_before \
                    and units[i].start - u.end > len(" and "):  # (words between the name and "and")
                continue  # "railed against ..., blasted Obamacare price increases and congratulated": the name is in the
                # object of a verb no lexicon knows after the comma; the series' subject stands further back
            if controlled_object(units, j, i):
                return [], ""  # "Kelly arranged for the former president to meet": the unnamed object meets
            if u.phrase.prep == "of" and _genitive_of_oblique(units, j):
                continue  # "Ante la Comisión de Seguridad del Senado criticó": the place's own genitive
            if u.phrase.prep == "of" and _place_of_person(units, j):
                continue  # "Sen. Elizabeth Warren of Massachusetts accused": where the senator is from
            if j == i - 2 and unknown_verbs_object(units, j, i):
                return [], ""
            described = aside_adjective_head(units, j, i)
            if described is not None and units[described].quote == units[i].quote:
                # "Al-Shabab, a U.S.-designated terrorist group, claimed": the adjective describes the name
                ids = phrase_ids(units[described].phrase, anaphor)
                return (ids, "subject") if ids else ([], "")
            head = apposition_head(units, j, i)
            if head is not None:
                j, u = head, units[head]  # "Stevandic, a close ally of Dodik, denounced": Stevandic
            if any(units[k].comma_before and units[k].words_before >= 2 and not (k == j + 1 and units[k].aside_before)
                   for k in range(j + 1, i + 1)) and not apposition_closed(units, j, i):
                # (an aside with no name right after the phrase is closed: "Al-Shabab, a terrorist group, claimed")
                return [], ""
            if u.quote != units[i].quote:
                return [], ""  # a name inside a quotation is no subject of a verb outside it, nor the reverse
            if u.phrase.anaphor == "pronoun":  # "Iraq said it would allow...": the inherited subject
                if u.phrase.speaker and u.quote < 0:
                    # "Wir haben mit Milton D’León gesprochen", "nous faire accepter": a first person outside
                    # any quotation is the writer, never the narrative's last actor (events6, untuned news)
                    return [], ""
                first = not any(units[k].kind == "phrase" and units[k].phrase is not None
                                and units[k].phrase.anaphor != "pronoun" and units[k].quote == u.quote
                                for k in range(j)) or inverted_pronoun(units, j)
                # (a quotation opens its own discourse; a pronoun right after the verb is its subject
                # whatever was fronted: "Dem Vorsitz der Fraktion erteilte sie eine Absage")
                # inside a direct quotation a pronoun belongs to the speaker's own discourse ("«... hat er
                # nur sich selbst verteidigt», sagt die Mutter"), not to the narrative around it
                ids = persons_of(u.phrase, inherited or [], anaphor) if first and (u.quote < 0 or u.phrase.speaker) \
                    else []  # ("we" there is the speaker's side: "Joly said, “... we continue to support Ukraine”")
                if first and u.quote < 0 and not u.phrase.speaker:
                    ids = agreeing(ids, u.start, anaphor)  # "Elle" is not Macron: the nearest that agrees
                return (ids, "pronoun") if ids else ([], "")
            if u.phrase.adjectival and u.phrase.prep in (None, "of"):
                return [], ""  # "the South Carolina senator said", "a U.S. appeals court": an unnamed noun acts
                # ("a group of Chinese immigrants arrived", "another wave of Somalis": people, not the state)
            ids = phrase_ids(u.phrase, anaphor)
            if ids:
                return ids, "anaphor" if u.phrase.anaphor else "subject"
            if u.phrase.anaphor:
                return [], UNRESOLVED  # "both countries withdrew" with no earlier pair: a subject we cannot name
    return [], ""



def requested_of_object(units: list[Unit], j: int, i: int) -> bool:
    """Is the verb at i the act that the verb of requesting at j asks of its object ("urging black voters in
    North Carolina to vote early and punish Republican officeholders": the voters would punish, not the one
    who urges; "urged Russia to withdraw its troops and to meet Ukraine"), or that an object-control verb
    (event_control_verbs.tsv, object column) hands to it ("invited employees to the microphone to offer their
    support")? An object right after the requesting verb (plain words, or a bare name), then an infinitive
    marker before i."""
    if not any((t.type == "REQUEST" or t.controls) and t.pos == "verb" for t in units[j].triggers) or j + 1 >= i:
        return False
    nxt = units[j + 1]
    if nxt.words_before == 0 and not (nxt.kind == "phrase" and nxt.phrase is not None and nxt.phrase.prep is None
                                      and not nxt.phrase.anaphor):
        return False
    to = next((k for k in range(j + 1, i + 1) if units[k].is_cue("to")), None)
    # (a comma after the infinitive returns to the requesting verb's subject: "urged Republicans to join the
    # ranks of climate change believers, and criticized the party": Graham criticized)
    # (a finite auxiliary after the object opens another predicate: "Trump's tweet to invite Flowers to the debate was
    # only to mock Clinton": Trump mocks)
    return to is not None and not any(units[k].comma_before for k in range(to + 1, i + 1)) \
        and not any(units[k].is_cue("passive") for k in range(j + 1, i))


def controlled_object(units: list[Unit], j: int, i: int) -> bool:
    """Is the infinitive at i governed by an object-control verb between the subject at j and it, with an
    unnamed object in between ("Kelly arranged for the former president to meet", "expect the administration
    to move to punish the Kremlin")? A control cue (event_control_verbs.tsv) with an object reading, words no
    lexicon knows right after it (or after its preposition), the marker right before i, no comma between:
    the object acts, not the phrase at j (a named object is a phrase nearer to i and the subject already)."""
    if units[i].words_before or i - 1 <= j or not units[i - 1].is_cue("to"):
        return False
    for k in range(j + 1, i - 1):
        cue = units[k].cue
        if units[k].kind != "cue" or cue is None or cue.scope != CONTROL or not cue.object_value:
            continue
        nxt = units[k + 1]
        if nxt.kind == "cue" and nxt.cue is not None and nxt.cue.value in PREPOSITIONS and not nxt.words_before \
                and k + 2 < i:
            nxt = units[k + 2]  # "arranged for the former president to"
        return nxt.words_before > 0 and not any(units[m].comma_before for m in range(k + 1, i + 1)) \
            and all(units[m].kind == "cue" for m in range(k + 1, i))
    return False


def infinitive_before_finite(units: list[Unit], j: int, i: int) -> bool:
    """Is the verb at j an infinitive right after its marker, and the verb at i a finite form after
    "and" ("aims to mobilize ... and urged")?"""
    conj = units[i - 1] if i > 0 else None
    return marked_infinitive(units, j) and not any(t.base for t in units[i].triggers) \
        and conj is not None and conj.is_cue("and")


def marked_infinitive(units: list[Unit], j: int) -> bool:
    """Is the verb at j an infinitive right after its marker ("to", "aims to", "will", "zu")?"""
    marker = units[j - 1] if j > 0 else None
    return marker is not None and marker.kind == "cue" and marker.cue is not None \
        and (marker.cue.value == "to" or marker.cue.kind == "modality") and units[j].words_before == 0 \
        and any(t.pos == "verb" for t in units[j].triggers) \
        and all(t.base for t in units[j].triggers if t.pos == "verb")


def apposition_head(units: list[Unit], j: int, i: int) -> int | None:
    """A genitive name inside an apposition closed by a comma right before the verb ("Nenad Stevandic,
    president of the assembly and a close ally of Dodik, denounced"): the bare name that opened the
    apposition, at the clause start and followed by a comma, is the subject. A bare name is such a
    genitive too when a title stands with it in the apposition and no preposition marks the genitive
    ("Hans Meier, Chef der Gewerkschaft Verdi, kritisierte", "John Smith, AFL-CIO president, accused")."""
    p = units[j].phrase
    v = i if units[i].after_comma else light_after_comma(units, j, i)
    if p is None or v is None:
        return None
    bare = p.prep is None
    if bare and not (units[j].comma_before and all(r.etype != "PERSON" for c in p.conjuncts for r in c)):
        return None  # ("Trump's special envoy, Steve Witkoff, spoke": a person there is the subject)
    for k in range(j):
        u = units[k]
        if u.kind == "trigger":
            return None
        if u.kind == "phrase" and u.phrase is not None:
            if u.phrase.prep is None and not u.phrase.anaphor and not u.phrase.adjectival \
                    and k + 1 <= j and units[k + 1].comma_before and not (bare and u.phrase.possessor) \
                    and (not bare or _apposition_words(units, k, j, v)):
                return k
            return None
    return None


def light_after_comma(units: list[Unit], j: int, i: int) -> int | None:
    """The index of the light verb that governs the noun trigger at i and opens right after a comma past
    the phrase at j ("Mancino, già Presidente del Senato, ha espresso ammirazione per", "Stevandic, ally of
    Dodik, voiced criticism"): the comma closes an apposition as it does before a verb trigger. Only cue
    words between the light verb and the noun."""
    for k in range(i - 1, j, -1):
        u = units[k]
        if u.kind != "cue" or u.cue is None:
            return None
        if u.cue.value == "light":
            return k if u.comma_before and not u.words_before else None
    return None


def _apposition_words(units: list[Unit], k: int, j: int, i: int) -> bool:
    """Does the apposition between the opening name at k and the verb at i hold more than the bare
    name at j (a title, an article: "Merz, der CDU-Chef, kritisierte", "Meier, Chef der Gewerkschaft
    Verdi, kritisierte")? Titles and articles are no counted words, so the characters beyond the two
    commas tell; "Merz, Söder, die CDU kritisierten" lists subjects instead."""
    return units[j].words_before + units[i].words_before >= 1 \
        or (units[j].start - units[k].end) + (units[i].start - units[j].end) > 5



def aside_adjective_head(units: list[Unit], j: int, i: int) -> int | None:
    """An adjective-only phrase at j opening an aside after a bare name ("Al-Shabab, a U.S.-designated
    terrorist group, claimed responsibility"): the aside closes with a comma before the verb (or its
    light verb) at i, no verb between; the name before the aside is the subject."""
    p = units[j].phrase
    if j == 0 or p is None or not p.adjectival or p.prep is not None or not units[j].comma_before:
        return None
    k = j - 1
    q = units[k].phrase
    if units[k].kind != "phrase" or q is None or q.prep is not None or q.anaphor or q.adjectival:
        return None
    close = next((m for m in range(j + 1, i + 1) if units[m].comma_before), None)
    if close is None or any(units[m].kind == "trigger" for m in range(j + 1, close)):
        return None
    return k


def apposition_closed(units: list[Unit], j: int, i: int) -> bool:
    """"Pakistan, a key ally in the war against terrorism, has refused": the phrase at j is followed
    by a comma, the verb at i (or the light verb governing it) by another right before it, and nothing
    between is a verb: an aside."""
    return (units[i].after_comma or light_after_comma(units, j, i) is not None) and j + 1 < i \
        and units[j + 1].comma_before \
        and all(units[k].kind != "trigger" for k in range(j + 1, i))



def no_phrase_before(units: list[Unit], i: int) -> bool:
    """No noun phrase and no other trigger between the clause start and unit i."""
    return all(u.kind == "cue" for u in units[:i])



def coordinated_without_subject(units: list[Unit], i: int) -> bool:
    """A verb right after "and" in a clause with no noun phrase and no other verb before it
    ("..., identificando le minacce del secolo ed ha aperto le porte"): it continues the subject the
    clause inherits, whatever unknown words came before the "and"."""
    if i == 0 or units[i].words_before or units[i - 1].kind != "cue" or units[i - 1].cue is None \
            or units[i - 1].cue.value != "and":
        return False
    return all(u.kind == "cue" or u.kind == "trigger" and (all(t.pos == "noun" for t in u.triggers)
                                                           or marked_infinitive(units, k))
               for k, u in enumerate(units[:i - 1]))  # ("aims to mobilize ... and urged": no finite verb)



def first_conjunct_subject(units: list[Unit], i: int, anaphor: Parties) -> list[str]:
    """A finite verb right after "and" in a clause that opened with a bare name and has no verb trigger
    before it ("Die 59-Jährige ist ... als Trump-Unterstützerin aktiv und stand dem Präsidenten zur Seite",
    "Merz lobte Scholz und kritisierte Putin"): the "and" coordinates two predicates of that name, so the
    verb shares it as subject; the phrases in between belong to the first predicate, a verb no lexicon
    knows.
    A series of predicates joined by commas and closed by "and" shares the name too ("Baerbock war umstritten,
    fiel ... auf und vermittelte", "Tajani ha parlato per un'ora, ha incontrato Zelensky e ha criticato"): a
    comma there is followed by a lower-case word that is no article (`Unit.predicate_after_comma`), and a verb
    right after such a comma, with a verb after "and" later in the clause, is the series' middle predicate."""
    unit, first = units[i], units[0]
    finite = any(t.pos == "verb" and not t.base for t in unit.triggers)
    middle = unit.after_comma and finite and i >= 1 and any(
        u.after_and and u.kind == "trigger" and any(t.pos == "verb" and not t.base for t in u.triggers)
        for u in units[i + 1:])
    if not (unit.after_and and i >= 2 or middle) or not finite:
        return []
    if first.kind != "phrase" or first.phrase is None or first.phrase.prep is not None or first.words_before \
            or first.phrase.anaphor or first.phrase.adjectival or first.phrase.possessor or first.quote != unit.quote \
            or first.people_after:  # ("The Republican nominee outlined ... and vowed": the nominee, not the party)
        return []
    if any(u.kind == "trigger" or u.comma_before and not (u.predicate_after_comma or _auxiliary(u)) for u in units[1:i]) \
            or unit.comma_before and not middle:
        return []
    if middle and not (unit.words_before or any(u.words_before for u in units[1:i])):
        return []  # ("Kiev, attaccata ... e": nothing between the name and the comma, no predicate before it)
    return phrase_ids(first.phrase, anaphor)


def _auxiliary(u: Unit) -> bool:
    """An auxiliary cue ("ha", "è stato"): after a comma it opens a predicate, as a lower-case verb does."""
    return u.kind == "cue" and u.cue is not None and u.cue.value in ("aux", "passive")


def fronted_phrase(units: list[Unit], i: int) -> bool:
    """Pro-drop languages: does the clause open with a preposition and its object of plain words, the verb
    at i right after ("Con esas tres iniciativas pidió la sesión", "In conferenza stampa ha chiesto")? The
    fronted phrase is no subject: the verb's subject is zero, as after a bare adverb."""
    if i == 0 or units[i].kind != "trigger" or not units[i].object_gap:
        return False
    first = units[0]
    return first.kind == "cue" and first.cue is not None and first.cue.value in PREPOSITIONS \
        and first.words_before == 0 and all(u.kind == "cue" and u.words_before == 0 for u in units[1:i])


def bare_start(units: list[Unit], i: int) -> bool:
    """Nothing but known function words between the clause start and unit i: a zero subject."""
    return all(u.words_before == 0 for u in units[:i + 1])



def governed_infinitive(units: list[Unit], i: int) -> bool:
    """Pro-drop languages: is the verb at i an infinitive after at most two plain words (a finite verb no
    lexicon knows, an adverb), with nothing but cues before them ("Poi decide di sospendere", "En
    consecuencia decidió suspender")? The governing verb has a zero subject, which the infinitive shares."""
    if not any(t.pos == "verb" and t.base for t in units[i].triggers):
        return False
    words = 0
    for u in units[:i + 1]:
        if u.kind != "cue" and u is not units[i]:
            return False
        if u.words_before:
            if not u.plain_gap:
                return False
            words += u.words_before
    return 0 < words <= 2


def fronted_subject(units: list[Unit], i: int) -> list[str]:
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
                or nxt.is_cue("report")
            return u.phrase.heads() if verb and not nxt.comma_before else []
    return []



def speaker(clause: Clause, anaphor: Parties) -> list[str]:
    """Who speaks in a clause that ends with a speech verb: the nearest phrase without a
    preposition before the cue (a genitive like "gli alleati dell'Ucraina" is not the speaker)."""
    units = clause.units
    aside = bool(units) and units[-1].comma_before  # "X, Vorsitzender der Yamina-Partei, erklärte"
    if units and units[-1].unnamed_before:
        return []  # "ante la Comisión de Seguridad, la ministra detalló": an unnamed speaker after the comma
    fallback: list[str] = []
    for u in reversed(units):
        if u.kind == "trigger":
            return fallback
        if u.kind == "phrase" and u.phrase and u.phrase.prep is None:
            ids = phrase_ids(u.phrase, anaphor)
            if aside and u.comma_before and ids:
                # a name inside an aside closed right before the speech verb describes the speaker
                # ("MK Naftali Bennett, Vorsitzender der Yamina-Partei, erklärte"): the name before it speaks
                aside = False
                fallback = fallback or ids
                continue
            return ids or fallback
    return fallback



def clause_subject(clause: Clause, anaphor: Parties) -> list[str]:
    """The first bare phrase of a clause before its first verb or speech cue (its subject)."""
    units = clause.units
    for k, u in enumerate(units):
        if u.kind == "trigger" and u.triggers[0].pos == "verb" and pick_trigger(u, units, k).pos == "verb":
            return []  # (a verb form read as a noun, "su nombre", "the Oval Office clash", is no verb)
        if u.kind == "phrase" and u.phrase and u.phrase.bare:
            nxt = units[k + 1] if k + 1 < len(units) else None
            if u.phrase.prep == "of" and nxt is not None and nxt.kind == "phrase" and nxt.phrase \
                    and nxt.phrase.prep is None and not nxt.phrase.anaphor and nxt.words_before == 0 \
                    and (not nxt.comma_before or not nxt.phrase.adjectival and all(
                        r.etype == "PERSON" for r in nxt.phrase.head_refs())):
                continue  # "dal crollo del Muro di Berlino la NATO ha...": the genitive ends a fronted phrase;
                # "El presidente de la Asamblea, Ernesto Castro, acusó": the title's genitive, then the name
            if u.phrase.prep == "of" and _genitive_of_oblique(units, k):
                continue  # "ante la Comisión de Seguridad del Senado, la ministra": the place's own genitive
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



def _genitive_of_oblique(units: list[Unit], k: int) -> bool:
    """Is the "of" phrase at k the genitive of a phrase with another preposition right before it (only
    its "of" cue between: "ante la Comisión de Seguridad del Senado", "in der Nähe der Botschaft")?
    It belongs to that phrase, which is no subject either."""
    j = k - 1
    if j < 1 or units[j].kind != "cue" or units[j].cue is None or units[j].cue.value != "of" or units[k].words_before:
        return False
    prev = units[j - 1]
    return prev.kind == "phrase" and prev.phrase is not None and prev.phrase.prep not in (None, "of") \
        and not units[j].words_before


def _place_of_person(units: list[Unit], k: int) -> bool:
    """Is the "of" phrase at k a place right after a person's name (only its "of" cue between: "Elizabeth
    Warren of Massachusetts", "Adam Schiff of California")? It says where the person is from or whom the
    person represents; the person is the subject, not the place (nor the place's country)."""
    j = k - 1
    refs = [r for chain in units[k].phrase.conjuncts for r in chain] if units[k].phrase is not None else []
    if j < 1 or not refs or any(r.etype != "PLACE" for r in refs) or units[k].words_before \
            or units[j].kind != "cue" or units[j].cue is None or units[j].cue.value != "of" or units[j].words_before:
        return False
    prev = units[j - 1]
    return prev.kind == "phrase" and prev.phrase is not None and prev.phrase.prep is None \
        and all(r.etype == "PERSON" for chain in prev.phrase.conjuncts for r in chain)


def inverted_pronoun(units: list[Unit], j: int) -> bool:
    """Does the subject pronoun at j follow a verb or a light verb with no word between ("erteilte sie",
    "fordern sie", "a-t-il")? Then it is that verb's subject, after any fronted phrase."""
    if j == 0 or units[j].words_before:
        return False
    prev = units[j - 1]
    return prev.kind == "trigger" and any(t.pos == "verb" for t in prev.triggers) \
        or prev.is_cue("light")



def unknown_verbs_object(units: list[Unit], j: int, i: int) -> bool:
    """"The organization ... concluded a Democracy Summit this week, and called on ...": a bare name right
    before ", and" + verb, with words before it (a verb no lexicon knows), is that verb's object; the
    verb after "and" shares the clause's subject, not the object."""
    conj = units[i - 1]
    return conj.is_cue("and") and conj.comma_before \
        and units[j].words_before >= 1 and units[j].phrase is not None and units[j].phrase.prep is None \
        and not units[j].phrase.anaphor
