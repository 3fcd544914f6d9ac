"""A definite role noun back to the person or body it names: "der Anwalt" to the lawyer introduced
earlier, "the senator" to the senator who spoke last, "la compañía" to the company most mentioned,
"der AfD-Chef" to the person met with the AfD. A noun of office is a ``person_noun`` of the language
data, also at the end of a compound ("Regierungssprecher").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from cronaca.document import Mention, Span
from cronaca.extract.demonym_nouns import demonym_nouns
from cronaca.extract.locate import sentence_bounds, sentence_index
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speaker_gender import other_gender, phrase_gender
from cronaca.extract.speaker_record import Speaker
from cronaca.link.descriptions import GENERIC_FITS, KIND_TYPES
from cronaca.link.org_kinds import fits

CARRY_SENTENCES = 3
APPOSITIVE_WORDS = 4
ROLE_NOUN_WORDS = 5
#: How far back a role noun looks for the person it names (characters).
ROLE_WINDOW = 2500
#: Shortest noun of office recognised at the end of a compound word.
COMPOUND_HEAD = 5
#: Most characters between a role noun and the name it introduces.
INTRO_GAP = 50
#: Most words of a phrase holding a compound role ("Thüringens AfD-Chef").
PREFIXED_ROLE_WORDS = 4
_NAME_AFTER_BODY = re.compile(r"\s*,?\s*")
#: A compound role at the end of a phrase: a capitalised body, a hyphen, a noun ("AfD-Chef").
_PREFIXED_ROLE = re.compile(r"(?<![\w-])([^\W\d_][\w]*)-([^\W\d_]{3,})$")
#: A possessive ending right after a title: "the Prime Minister's wife" names someone else.
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
SENTENCE_BREAK = re.compile(r"[.;!?\n“”«»„]")
#: Most characters between a closing quotation mark and the role noun of its verb ("”, recalca la integrante").
QUOTE_TO_ROLE = 30
#: Kinds of body a name must say it is: "la polizia" is no company met before.
NAMED_KINDS = frozenset({"court", "police", "armed_forces", "prosecution", "ministry"})


def role_noun(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """``_role_noun`` (below), kept from a PERSON the text never ties to the country the phrase names:
    "der Coach der Franzosen" is not the Canadian coach introduced and quoted before."""
    found = _role_noun(ctx, phrase)
    if found is None or found.entity_id is None or ctx.types.get(found.entity_id) != "PERSON":
        return found
    country = _country_in(ctx, phrase)
    if country is not None and not _tied_to(ctx, found.entity_id, country, phrase.start):
        return None
    return found


def _country_in(ctx: QuoteContext, phrase: Span) -> str | None:
    """The COUNTRY a phrase names by adjective, demonym or name after its noun of office, as its
    complement ("der Coach der Franzosen", "l'allenatore della Francia"); not one before it
    ("Luxemburgs ehemaliger Außenminister": the phrase's possessor, read elsewhere) nor a person by
    origin ("der Deutsch-Israeli": no noun of office)."""
    noun = next((w for w in WORD.finditer(ctx.text, phrase.start, phrase.end) if person_noun(ctx, w.group())), None)
    if noun is None:
        return None
    for m in (*ctx.country_adjectives, *ctx.mentions):
        if noun.end() <= m.start < phrase.end and ctx.types.get(m.entity_id) == "COUNTRY":
            return m.entity_id
    return None


def _tied_to(ctx: QuoteContext, person: str, country: str, pos: int) -> bool:
    """The person's KB country is the country's, or a mention of the person before ``pos`` has the
    country within ``INTRO_GAP`` characters in its sentence ("Frankreichs Trainer Vincent Collet")."""
    entities = {e.id: e for e in ctx.doc.entities}
    p, c = entities.get(person), entities.get(country)
    if p is not None and c is not None and p.country and p.country == c.country:
        return True
    places = [m for m in (*ctx.country_adjectives, *ctx.mentions) if m.entity_id == country and m.start < pos]
    for m in ctx.mentions[:bisect_left(ctx.mention_starts, pos)]:
        if m.entity_id != person:
            continue
        lo, hi = sentence_bounds(ctx.doc, m.start)
        if any(max(lo, m.start - INTRO_GAP) <= n.start and n.end <= min(hi, m.end + INTRO_GAP) for n in places):
            return True
    return False


def _role_noun(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A definite role noun ("il ministro", "the senator", "der Anwalt", "la titular") names a
    person already met, in this order: the PERSON this noun introduced earlier ("der Anwalt und
    Dissident Ayman Sheib ad-Din" ... "sagt der Anwalt"); the PERSON who spoke last, within
    ``CARRY_SENTENCES`` sentences; the nearest PERSON introduced by a title ("la ministra del
    Interior, Izkia Siches" ... "advirtió la titular de Interior"), within ``ROLE_WINDOW``
    characters. An indefinite one ("a spokesman") is someone new; so is a relation with no titled
    person before it ("Khaldun Zein è morto ... dice la madre"). A noun for a person by sex or age
    (``individual_noun``: "der Mann", "la donna") names the person quoted last, if that quotation is
    in the sentences just before, else the one person named there. A phrase of one gender ("la
    deputata", "die Ministerin", "el ministro") passes over people known to be of the other."""
    words = WORD.findall(phrase.text)
    if not 2 <= len(words) <= ROLE_NOUN_WORDS or words[0].lower() not in ctx.speech.definite \
            and not _country_possessor(ctx, phrase.start):
        return None
    wanted = phrase_gender(ctx, phrase.text)
    i = bisect_left(ctx.mention_starts, phrase.end) - 1
    if i >= 0 and ctx.mentions[i].end > phrase.start and ctx.types.get(ctx.mentions[i].entity_id) != "COUNTRY":
        # the phrase holds a name of its own (a country it serves is no name: "l'ambasciatore in Iraq");
        # an organisation's role ("der AfD-Chef") names the person met with that organisation
        if ctx.types.get(ctx.mentions[i].entity_id) in ("ORG", "GROUP") \
                and any(person_noun(ctx, w) for w in words[1:]):
            member = _member_of(ctx, ctx.mentions[i].entity_id, phrase.start)
            if member is not None:
                return Speaker(member.entity_id, phrase.text, phrase, "role-noun:member")
            # "Matteo Salvini è arrivato a Pontida. Il leader della Lega ha detto": the one person
            # named just before, when the role's head noun is a person's (not "der Sprecher der AfD")
            only = _only_person_before(ctx, phrase.start, wanted) if any(person_noun(ctx, w) for w in words[1:3]) \
                else None
            if only is not None:
                return Speaker(only, phrase.text, phrase, "role-noun:member-only-person")
        return None
    concerned = concerned_person(ctx, words, phrase.start, wanted)
    if concerned is not None:  # "lo stesso interessato", "le principal intéressé": the story's person
        return Speaker(concerned, phrase.text, phrase, "role-noun:concerned")
    if any(w in ctx.speech.individual_nouns or w.lower() in ctx.speech.individual_nouns for w in words[1:3]) \
            or _demonym_person(ctx, phrase, words):
        # "sagt der junge Mann", "ha raccontato la donna": the one person named just before, else someone new
        last = next((q for q in reversed(ctx.quotes) if q.start < phrase.start), None)
        here = sentence_index(ctx.doc, _said_from(ctx, phrase.start))
        floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0] if here is not None else 0
        if last is not None and last.start >= floor and last.speaker and ctx.types.get(last.speaker) == "PERSON" \
                and not other_gender(ctx, last.speaker, wanted):
            return Speaker(last.speaker, phrase.text, phrase, "role-noun:individual")  # the one just quoted
        only = _only_person_before(ctx, phrase.start, wanted)
        return Speaker(only, phrase.text, phrase, "role-noun:individual") if only else None
    # the noun of office may follow an adjective: "il primo ministro", "the prime minister"
    noun = next((w for w in words[1:3] if person_noun(ctx, w)), words[1])
    body = _body_named(ctx, noun, phrase.start)
    if body is not None:
        return Speaker(body.entity_id, phrase.text, phrase, "role-noun:body")
    if noun.lower() in ctx.speech.body_nouns and len(words) <= 3 \
            and not any(w.lower() in ctx.speech.prepositions for w in words):
        # "la compañía", "the group", not "il ministero della Giustizia iracheno" (a body of its own)
        salient = _salient_body(ctx, noun.lower(), phrase.start)
        return Speaker(salient, phrase.text, phrase, "role-noun:salient-body") if salient else None
    introduced = _introduced_by(ctx, noun, phrase.start)
    head = _compound_head(ctx, noun)
    if introduced is None and head is not None:  # "der Drusenführer" after "der Anführer Laith al-Balaous"
        introduced = _introduced_by(ctx, head, phrase.start, compound=True)
    if introduced is None and len(noun) >= COMPOUND_HEAD and person_noun(ctx, noun):
        # "die Ministerin" after "Anna Bianchi, Außenministerin Italiens"
        introduced = _introduced_by(ctx, noun, phrase.start, compound=True)
    if introduced is not None and ctx.types.get(introduced.entity_id) == "PERSON" and not person_noun(ctx, noun) \
            and not _last_quoted(ctx, introduced.entity_id, phrase.start, wanted):
        # "The school said" after "enroll her daughter, Makeda Mbewe": no person's noun; but a description
        # the last speaker was introduced with points back to him ("«...», indique Olivier Panisset,
        # naturopathe. «...», ajoute le naturopathe")
        introduced = None
    if introduced is not None:
        return Speaker(introduced.entity_id, phrase.text, phrase, "role-noun:introduced")
    if not person_noun(ctx, noun):
        return None  # "la présidence française", "the trade body": not a person
    here = sentence_index(ctx.doc, _said_from(ctx, phrase.start))
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0] if here is not None else 0
    for q in reversed(ctx.quotes):
        if q.start < floor:
            break
        if q.start < phrase.start and q.speaker and ctx.types.get(q.speaker) == "PERSON" \
                and not other_gender(ctx, q.speaker, wanted):
            return Speaker(q.speaker, phrase.text, phrase, "role-noun")
    titled = _titled_person_before(ctx, phrase.start, wanted)
    if titled is not None:
        return Speaker(titled.entity_id, phrase.text, phrase, "role-noun:titled")
    only = _only_person_before(ctx, phrase.start, wanted)
    if only is not None:  # "Sergei Lavrov è arrivato a Roma. Il ministro ha riferito che ..."
        return Speaker(only, phrase.text, phrase, "role-noun:only-person")
    # a long interview goes on calling its guest by the noun it introduced him with ("El fiscal
    # general de Colombia, Francisco Barbosa Delgado, ..." and pages later "el fiscal general indicó")
    far = _introduced_by(ctx, noun, phrase.start, window=phrase.start)
    if far is not None and not other_gender(ctx, far.entity_id, wanted):
        return Speaker(far.entity_id, phrase.text, phrase, "role-noun:introduced-far")
    return None


def _last_quoted(ctx: QuoteContext, entity_id: str, pos: int, wanted: str | None) -> bool:
    """The person is the speaker of the last quotation before ``pos``, within ``CARRY_SENTENCES``
    sentences, and not of the other gender than the phrase says."""
    here = sentence_index(ctx.doc, _said_from(ctx, pos))
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0] if here is not None else 0
    last = next((q for q in reversed(ctx.quotes) if q.start < pos), None)
    return last is not None and last.start >= floor and last.speaker == entity_id \
        and not other_gender(ctx, entity_id, wanted)


#: Most words of an office after the body's name that modifies it ("foreign policy chief").
OFFICE_WORDS = 3


def office_of_body(ctx: QuoteContext, m: Mention, pos: int) -> Speaker | None:
    """An organisation's name modifying a noun of office right before the verb ("The NATO chief
    said", "the Hamas leader said", "the Fed chair said"): the office speaks, and names the person
    met earlier with that organisation (as "il capo della Nato" does, see ``role_noun``). Not a
    spokesperson ("the Kremlin spokesman said" speaks for the Kremlin) and not when no such person
    was met: None then, and the organisation speaks."""
    if ctx.types.get(m.entity_id) not in ("ORG", "GROUP"):
        return None
    words = list(WORD.finditer(ctx.text, m.end, pos))
    while words and words[-1].group().lower() in ctx.speech.skippable:
        words.pop()
    if not words or len(words) > OFFICE_WORDS or any(c in ctx.text[m.end:words[-1].end()] for c in ",.;:()\n\"“”«»"):
        return None
    last = words[-1].group().lower()
    if not person_noun(ctx, last) or last in ctx.speech.spokes_nouns or not all(w.group()[0].islower() for w in words):
        return None
    start = m.start
    before = list(WORD.finditer(ctx.text, max(0, m.start - 12), m.start))
    if before and before[-1].group().lower() in ctx.speech.definite and not ctx.text[before[-1].end():m.start].strip():
        start = before[-1].start()
    phrase = Span(start, words[-1].end(), ctx.text[start:words[-1].end()])
    found = role_noun(ctx, phrase)
    if found is None or found.rule != "role-noun:member" or found.entity_id == m.entity_id:
        return None  # (only a person met with that body: "The UNICEF director" is not whoever was named last)
    return Speaker(found.entity_id, found.text, found.span, "office-" + found.rule)


def title_holder(ctx: QuoteContext, m: Mention) -> Mention | None:
    """The person the text itself introduced with the words of a title mention ("Elián Villegas,
    ministro de Hacienda, aseguró ... el ministro de Hacienda indicó"): the linker reads the title
    alone as its incumbent (of another country, or of another time), the text means the one it named
    with those words before. None when the title is not a mention of kind ``title``, or no person
    stands next to the same words earlier."""
    if m.kind != "title" or ctx.types.get(m.entity_id) != "PERSON":
        return None
    found = _introduced_by(ctx, m.text, m.start)
    if found is None or found.entity_id == m.entity_id or found.kind == "title" or found.end > m.start:
        return None
    title = re.compile(rf"(?<!\w){re.escape(m.text)}(?!\w)", re.IGNORECASE)
    near = title.search(ctx.text, max(0, found.start - INTRO_GAP), found.end + INTRO_GAP)
    if near is not None and _POSSESSIVE.match(ctx.text, near.end()):
        return None  # "Lady Starmer, the Prime Minister's wife": the title's holder is someone else
    return found


def _demonym_person(ctx: QuoteContext, phrase: Span, words: list[str]) -> bool:
    """A person by origin or age: the article and one word, a demonym noun (demonym_nouns.py: "der
    Deutsch-Israeli", "la británica", "l'italiano") or a number with an ``age_ending`` ("il 59enne"),
    never a body the demonym qualifies ("die britische Regierung", "il governo italiano"), nor a
    people after a plural article ("les Français": French has one form for one and for many)."""
    rest = ctx.text[phrase.start + len(words[0]):phrase.end].lstrip(" '’")
    if not rest or any(c.isspace() for c in rest) or words[0].lower() in ctx.speech.plural_articles:
        return False
    last = words[-1].lower()
    if last in demonym_nouns(ctx.doc.language or ""):
        return True
    return any(last.endswith(e) and last[:-len(e)].isdigit() for e in ctx.speech.age_endings)


def concerned_person(ctx: QuoteContext, words: list[str], pos: int, wanted: str | None = None) -> str | None:
    """The person a concerned noun after the article names ("lo stesso interessato", "le principal
    intéressé", "der Betroffene"): the PERSON mentioned most before ``pos``, the first met on a tie,
    not of the other gender. Only as the head, right after the article and maybe one word ("il
    ministro interessato" is the minister)."""
    if not any(w.lower() in ctx.speech.concerned_nouns for w in words[1:3]) \
            or len(words) > 3 or any(person_noun(ctx, w) for w in words[1:3]):
        return None
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in ctx.mentions[:bisect_left(ctx.mention_starts, pos)]:
        if ctx.types.get(m.entity_id) == "PERSON" and not other_gender(ctx, m.entity_id, wanted):
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
            first.setdefault(m.entity_id, m.start)
    # on a tie the one met first: a story opens with the person it is about
    return max(counts, key=lambda e: (counts[e], -first[e])) if counts else None


#: A concerned noun that introduces a quotation: a colon and the opening mark right after it.
_INTRODUCES = re.compile(r"\s*:\s*[«“\"„‘‹]")


def concerned_subject(ctx: QuoteContext, start: int, end: int, pos: int) -> Speaker | None:
    """A concerned noun phrase ("Le principal intéressé a rejeté ... et a fait savoir", "è confermata
    dallo stesso interessato: «...»") standing for the speaker of a verb with no subject of its own
    in the sentence [start, end): the phrase opens the sentence, or introduces with a colon the
    quotation that holds ``pos``."""
    if not ctx.speech.concerned_nouns:
        return None
    words = list(WORD.finditer(ctx.text, start, end))
    for k, w in enumerate(words):
        if w.group().lower() not in ctx.speech.concerned_nouns:
            continue
        lead = next((j for j in (k - 1, k - 2) if j >= 0 and (words[j].group().lower() in ctx.speech.definite
                                                               or words[j].group().lower() in ctx.speech.prepositions)), None)
        if lead is None:
            continue
        opens = lead == 0
        mark = _INTRODUCES.match(ctx.text, w.end())
        if not opens and (mark is None or mark.end() - 1 > pos):
            continue
        phrase = Span(words[lead].start(), w.end(), ctx.text[words[lead].start():w.end()])
        person = concerned_person(ctx, [words[lead].group()] + [x.group() for x in words[lead + 1:k + 1]],
                                  phrase.start, phrase_gender(ctx, phrase.text))
        if person is not None:
            return Speaker(person, phrase.text, phrase, "role-noun:concerned")
    return None


def _country_possessor(ctx: QuoteContext, pos: int) -> bool:
    """A country in the genitive opens the phrase, as a definite article would: "Luxemburgs
    ehemaliger Außenminister", "Russia's foreign minister"."""
    i = bisect_left(ctx.mention_starts, pos)
    if i >= len(ctx.mentions) or ctx.mentions[i].start != pos or ctx.types.get(ctx.mentions[i].entity_id) != "COUNTRY":
        return False
    return ctx.mentions[i].text.endswith(("s", "'s", "’s"))


def _said_from(ctx: QuoteContext, pos: int) -> int:
    """Where the words of a verb at ``pos`` begin when a quotation ends right before it ("“...”,
    recalca la integrante"): its sentences are one turn, so the speakers before are counted from
    its opening mark; else ``pos`` itself."""
    i = bisect_left(ctx.quoted_starts, pos) - 1
    if i >= 0 and ctx.quoted[i].close <= pos and pos - ctx.quoted[i].close <= QUOTE_TO_ROLE \
            and not SENTENCE_BREAK.search(ctx.text, ctx.quoted[i].close + 1, pos):
        return ctx.quoted[i].open
    return pos


def prefixed_role(ctx: QuoteContext, phrase: Span) -> Speaker | None:
    """A compound role whose first part names a body ("der AfD-Chef", "Thüringens AfD-Chef") names
    the PERSON met earlier with a title of the same body ("AfD-Spitzenkandidat Björn Höcke"), even
    when the linker left the body itself unlinked. The nearest such person within ``ROLE_WINDOW``."""
    found = _PREFIXED_ROLE.search(phrase.text)
    if found is None or len(WORD.findall(phrase.text)) > PREFIXED_ROLE_WORDS \
            or not person_noun(ctx, found.group(2)):
        return None
    titles = re.compile(rf"(?<![\w-]){re.escape(found.group(1))}-\w+")
    for occ in reversed(list(titles.finditer(ctx.text, max(0, phrase.start - ROLE_WINDOW), phrase.start))):
        i = bisect_left(ctx.mention_starts, occ.start())
        while i < len(ctx.mentions) and ctx.mentions[i].end <= occ.end():
            i += 1  # the body inside the title ("AfD" of "AfD-Spitzenkandidat"), when it is linked
        if i < len(ctx.mentions):
            m = ctx.mentions[i]
            if ctx.types.get(m.entity_id) == "PERSON" and m.end <= phrase.start and (
                    m.start == occ.start() or ctx.text[occ.end():m.start].strip() == ""):
                return Speaker(m.entity_id, phrase.text, phrase, "role-noun:prefixed")
    return None


def _member_of(ctx: QuoteContext, body: str, pos: int) -> Mention | None:
    """The nearest PERSON before ``pos`` met with organisation ``body`` in his title or apposition:
    "AfD-Spitzenmann Björn Höcke" ... "der AfD-Chef", "Rutte, il segretario generale della Nato" ...
    "il capo della Nato"."""
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) != "PERSON":
            continue
        lo, hi = sentence_bounds(ctx.doc, m.start)
        for n in ctx.mentions[max(0, i - 3):i + 6]:
            if n.entity_id == body and max(lo, m.start - INTRO_GAP) <= n.start and n.end <= min(hi, m.end + INTRO_GAP):
                return m
    return None


def _only_person_before(ctx: QuoteContext, pos: int, wanted: str | None = None) -> str | None:
    """The one PERSON named in the ``CARRY_SENTENCES`` sentences up to ``pos``, if exactly one is,
    leaving out people known to be of the other gender than ``wanted``."""
    here = sentence_index(ctx.doc, pos)
    if here is None:
        return None
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0]
    window = ctx.mentions[bisect_left(ctx.mention_starts, floor):bisect_left(ctx.mention_starts, pos)]
    people = {m.entity_id for m in window if ctx.types.get(m.entity_id) == "PERSON"
              and not other_gender(ctx, m.entity_id, wanted)}
    return people.pop() if len(people) == 1 else None


def person_noun(ctx: QuoteContext, word: str) -> bool:
    """A noun of office or role, also at the end of a compound ("Drusenführer", "Regierungssprecher")."""
    word = word.lower()
    return word in ctx.speech.person_nouns or _ends_in_person_noun(ctx.speech.person_nouns, word)


@lru_cache(maxsize=1 << 16)
def _ends_in_person_noun(nouns: frozenset[str], word: str) -> bool:
    """Cached: the speaker rules ask about the same words many times per article."""
    return any(word.endswith(n) for n in nouns if len(n) >= COMPOUND_HEAD)


def _compound_head(ctx: QuoteContext, word: str) -> str | None:
    """The noun of office a compound ends with: "Drusenführer" -> "führer" (not the word itself)."""
    word = word.lower()
    heads = [n for n in ctx.speech.person_nouns if len(n) >= COMPOUND_HEAD and len(n) < len(word)
             and word.endswith(n)]
    return max(heads, key=len) if heads else None


def _body_named(ctx: QuoteContext, noun: str, pos: int) -> Mention | None:
    """The organisation whose name holds ``noun``, mentioned shortly before: "Die Europäische
    Kommission hat ..." ... "wie die Kommission mitteilte"."""
    noun = noun.lower()
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) in ("ORG", "GROUP") and m.end <= pos \
                and noun in (w.lower() for w in WORD.findall(m.text)):
            return m
    return None


def _salient_body(ctx: QuoteContext, noun: str, pos: int) -> str | None:
    """The organisation a definite body noun ("la compañía", "the group") stands for: of the ORG
    and GROUP entities mentioned within ``ROLE_WINDOW`` characters before ``pos``, the one mentioned
    most (the nearest on a tie), leaving out those of an organisation kind the noun cannot name
    (link/org_kinds.py: "l'agence" is not the company Monsanto) and, for a body whose kind is not
    known, those whose name holds a body noun of another kind (``description_nouns.tsv``: "el
    Ministerio de Transporte" is no "compañía") and, for a body of the state ("la polizia", "the
    court"), those whose name says nothing of its kind. A body of the noun's own kind (an agency for
    "l'agence") counts as one whose name says it."""
    kind = ctx.speech.body_kinds.get(noun, noun)
    # a body noun of its own kind ("la congregación", "die Stiftung": not in description_nouns.tsv)
    # says nothing against a name holding a noun of a listed kind ("Compañía de Jesús")
    listed = kind in ctx.speech.listed_kinds
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    own: dict[str, bool] = {}
    i = bisect_left(ctx.mention_starts, pos) - 1
    seen: list[tuple[str, int, str]] = []
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        seen.append((ctx.mentions[i].entity_id, ctx.mentions[i].start, ctx.mentions[i].text))
        i -= 1
    # a body that reported something is a cited source, kept out of the mentions, but still the body
    # the passage is about ("La Compañía de Jesús informó ... la congregación señaló")
    seen += [(c.entity_id, c.start, c.text) for c in ctx.doc.sources if pos - ROLE_WINDOW <= c.start < pos]
    for entity_id, start, said in sorted(seen, key=lambda x: -x[1]):
        if ctx.types.get(entity_id) not in KIND_TYPES.get(kind, ("ORG", "GROUP")):
            continue
        # what the body is, when the KB or the noun introducing it says: "l'agence" is no company
        known = fits(kind, ctx.kinds.get(entity_id))
        if known is False:
            continue
        words = {w.lower() for w in WORD.findall(ctx.names.get(entity_id, "") + " " + said)}
        held = {ctx.speech.body_kinds[w] for w in words if w in ctx.speech.body_kinds}
        if known is None and (listed and held and kind not in held and not held & GENERIC_FITS.get(kind, frozenset())
                              or not held and kind in NAMED_KINDS):
            continue
        counts[entity_id] = counts.get(entity_id, 0) + 1
        last.setdefault(entity_id, start)
        own[entity_id] = own.get(entity_id, False) or kind in held or ctx.kinds.get(entity_id) == kind
    if not counts:
        return None
    return max(counts, key=lambda e: (own[e], counts[e], last[e]))


def _introduced_by(ctx: QuoteContext, noun: str, pos: int, compound: bool = False,
                   window: int = ROLE_WINDOW) -> Mention | None:
    """The PERSON mention nearest before ``pos`` that ``noun`` stands next to: "der Anwalt und
    Dissident Ayman Sheib ad-Din", "Izkia Siches, la ministra". ``compound``: any word ending in
    ``noun`` ("Anführer" for "führer"); ``window``: how far back (characters)."""
    prefix = r"\w*" if compound else ""
    pattern = re.compile(rf"(?<!\w){prefix}{re.escape(noun)}(?!\w)", re.IGNORECASE)
    for occ in reversed(list(pattern.finditer(ctx.text, max(0, pos - window), pos))):
        i = bisect_left(ctx.mention_starts, occ.end())
        k = bisect_left(ctx.mention_starts, occ.start()) - 1
        if k >= 0 and ctx.types.get(ctx.mentions[k].entity_id) == "PERSON" \
                and _apposition_gap(ctx, ctx.mentions[k].end, occ.start()):
            return ctx.mentions[k]  # "Anna Bianchi, ministra degli Esteri, ha incontrato Mario Rossi"
        if i < len(ctx.mentions):  # the name follows the noun
            m = ctx.mentions[i]
            body = _body_of(ctx, occ.end(), m)
            if body and i + 1 < len(ctx.mentions) and ctx.types.get(ctx.mentions[i + 1].entity_id) == "PERSON" \
                    and _NAME_AFTER_BODY.fullmatch(ctx.text, m.end, ctx.mentions[i + 1].start):
                return ctx.mentions[i + 1]  # "el presidente de la Junta de Andalucía, Juanma Moreno"
            gap = ctx.text[occ.end():m.start]
            words = len(WORD.findall(gap))
            # a longer complement of the noun before a comma and the name: "il presidente della
            # Regione Lombardia, Attilio Fontana"
            near = m.start - occ.end() <= INTRO_GAP and words <= APPOSITIVE_WORDS \
                or ctx.types.get(m.entity_id) == "PERSON" and gap.rstrip().endswith(",") \
                and m.start - occ.end() <= 2 * INTRO_GAP and words <= 2 * APPOSITIVE_WORDS
            if (ctx.types.get(m.entity_id) == "PERSON" or body) and near \
                    and not SENTENCE_BREAK.search(ctx.text, occ.end(), m.start):
                return m
        if i > 0:  # the name holds the noun ("il senatore Rick Scott") or stands before it
            m = ctx.mentions[i - 1]
            if ctx.types.get(m.entity_id) == "PERSON" and (
                    m.start <= occ.start() < m.end
                    or 0 <= occ.start() - m.end <= INTRO_GAP // 2
                    and len(WORD.findall(ctx.text, m.end, occ.start())) <= 2
                    and not SENTENCE_BREAK.search(ctx.text, m.end, occ.start())):
                return m
    return None


def _apposition_gap(ctx: QuoteContext, end: int, start: int) -> bool:
    """Only a comma and maybe an article between a name and the noun after it: "Izkia Siches, la
    ministra", "Anna Bianchi, ministra degli Esteri"."""
    gap = ctx.text[end:start]
    if gap.strip()[:1] != "," or len(gap) > 8:
        return False
    words = WORD.findall(gap)
    return all(w.lower() in ctx.speech.articles for w in words)


def _body_of(ctx: QuoteContext, pos: int, m: Mention) -> bool:
    """An organisation joined to the noun by one preposition: "diplomats from the Group of Seven",
    "una portavoce di TikTok" (the noun speaks for it)."""
    if ctx.types.get(m.entity_id) not in ("ORG", "GROUP"):
        return False
    words = [w.lower() for w in WORD.findall(ctx.text, pos, m.start)]
    while words and words[-1] in ctx.speech.articles:
        words.pop()
    return len(words) == 1 and words[0] in ctx.speech.prepositions


def _titled_person_before(ctx: QuoteContext, pos: int, wanted: str | None = None) -> Mention | None:
    """The nearest PERSON mention before ``pos`` that a definite noun of office introduces ("la
    ministra del Interior, Izkia Siches") or that is a title itself, not of the other gender than
    ``wanted``."""
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start >= pos - ROLE_WINDOW:
        m = ctx.mentions[i]
        i -= 1
        if ctx.types.get(m.entity_id) != "PERSON" or m.end > pos or other_gender(ctx, m.entity_id, wanted):
            continue
        if m.kind == "title":
            return m
        lead_start = max(0, m.start - INTRO_GAP)
        if i >= 0 and ctx.mentions[i].end > lead_start:
            # the title belongs to the name nearest it: "Le président russe Vladimir Poutine a rencontré
            # Xi Jinping" introduces Poutine, not Xi
            lead_start = ctx.mentions[i].end
        lead = SENTENCE_BREAK.split(ctx.text[lead_start:m.start])[-1]
        words = WORD.findall(lead)
        if any(a.lower() in ctx.speech.definite and b[0].islower() and person_noun(ctx, b)
               for a, b in zip(words, words[1:])):
            return m  # "la ministra del Interior, Izkia Siches", not "su subsecretario, Manuel Monsalve"
    return None
