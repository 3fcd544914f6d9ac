"""Definite descriptions standing for an actor named earlier ("il deputato Carlo Sibilia ... il deputato
ha definito", "la Asamblea Legislativa ... la Asamblea aprobó", "die UN-Generalversammlung ... Im Sommer
wählte die Versammlung", "President William Ruto ... the president nominated").

News names an actor once with a title or by its full name, then goes on with the title or the head of
the name alone. The linker links names only, so the events lost the actor of every later act. Here a
description (a determiner of ``event_descriptions.tsv`` and one or two words) right before a verb trigger
(its subject), or right after one in verb-second languages ("wählte die Versammlung"), becomes a mention
of the nearest earlier entity whose own name holds the description's head or whose mention was
introduced by it as a title ("il deputato Carlo Sibilia": the words between a determiner, a comma or the
sentence start and the name). The description must say the same word: no lexicon of offices is needed,
and nothing is resolved when the text never used that word for anybody. Events whose actor comes only
from such a mention are less sure (``antecedents.lower_borrowed``) and say so in their rule
(``DESCRIBED``).

A title on a named body ("il leader di NCD", "the AFL-CIO president", "der AfD-Chef") keeps the body as
the actor (an unnamed official acts for the body) unless the text gave a person that title right next to
that body ("Angelino Alfano, leader di NCD", "Alfano è il leader di NCD"): then it is that person.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata
from cronaca.document import Document
from cronaca.extract.events.lexicon import Lexicon, Match
from cronaca.extract.events.units import Ref, acted_only_through

#: the suffix an event's rule takes when its actors come only from descriptions
DESCRIBED = "+described"
#: title words read before a mention (more are a clause, not a title)
MAX_TITLE_WORDS = 4
#: the shortest head word matched (shorter ones are function words or abbreviations)
MIN_HEAD = 4
#: entity types a description never stands for (a place is where, not who)
NOT_ACTORS = frozenset({"PLACE"})
#: the kind of the mentions added here (``Ref.kind``)
KIND = "description"
#: characters before a verb in which its subject description may begin (a determiner, two words, two more)
WINDOW = 60

_WORD = re.compile(r"\w+(?:[’'.-]\w+)*|[^\w\s]")
#: a noun right after a name and a comma, before a link: an apposition ("Carlo Sibilia, deputato del M5S")
_APPOSITION = re.compile(r", (\w[\w-]*) (\w+)")
#: up to two words (an auxiliary, an adverb) between a description and its verb
_GAP = re.compile(r"(?: [\w'’]+){0,2} ")


@dataclass(frozen=True, slots=True)
class DescriptionWords:
    """``event_descriptions.tsv`` of one language."""

    determiners: frozenset[str]
    links: frozenset[str]
    genitives: frozenset[str]
    ignore: frozenset[str]
    copulas: frozenset[str]
    head_last: bool  # "the foreign ministry" (en, de) rather than "il deputato dem" (it, es, fr)
    pattern: re.Pattern[str]  # a determiner and one or two words after it


@lru_cache(maxsize=None)
def description_words(code: str) -> DescriptionWords | None:
    data = langdata.load(code)

    def items(key: str) -> frozenset[str]:
        return frozenset(x.lower() for x in data.listed("event_descriptions.tsv", key))

    dets = items("determiners")
    if not dets:
        return None
    elided = sorted((d for d in dets if d.endswith("'")), key=len, reverse=True)
    whole = sorted((d for d in dets if not d.endswith("'")), key=len, reverse=True)
    alternatives = [re.escape(d) + r"\s+" for d in whole] + [re.escape(d[:-1]) + r"['’]\s*" for d in elided]
    pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(\w[\w-]*)(?:[ ](\w[\w-]*))?", re.I)
    return DescriptionWords(dets, items("links"), items("genitives"), items("ignore"), items("copulas"),
                            data.settings("event_descriptions.tsv").get("head") == "last", pattern)


def _parts(word: str) -> list[str]:
    """A word and the parts of a hyphenated one ("AfD-Chef": afd-chef, afd, chef)."""
    low = word.lower().strip(".’'-")
    return [low, *(p for p in low.split("-") if p)] if "-" in low else [low]


def _title_words(text: str, start: int, end: int, words: DescriptionWords, verbs: frozenset[int]) -> list[str]:
    """The words that introduce the mention text[start:end] as a title: between a determiner, a comma or
    the sentence start and the name, with no verb trigger and no link among them but a genitive ("il
    deputato del Movimento Carlo Sibilia", "Governor John Rankin"), also before a comma ("Der damalige
    Landrat des Kreises Ahrweiler, Jürgen Pföhler") or right after one ("Carlo Sibilia, deputato del
    M5S"). Not across a line break or a possessor ("NPHET's letter\nIreland"); where no determiner opens
    them, at most their first word is in lower case ("2030, researcher Dr Kalpana Viswanath", not
    "Opposition party chiefs questioned Ishiba", "(You could argue PyOxidizer")."""
    lo = max(0, start - 100)
    tokens = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, start)]
    title: list[str] = []
    opened = by_determiner = False
    apposition = bool(tokens) and tokens[-1][1] == ","
    if apposition:
        tokens.pop()
    edge = start
    for k in range(len(tokens) - 1, -1, -1):
        at, token = tokens[k]
        low = token.lower()
        if at in verbs or "\n" in text[at + len(token):edge] or low.endswith(("'s", "’s")):
            break
        edge = at
        if low in words.genitives and title and not (low in words.determiners and _opens(tokens, k, words)):
            continue
        if not token[0].isalnum():
            opened = not apposition
            break
        if low in words.determiners or low.rstrip("'’") + "'" in words.determiners:
            opened = by_determiner = True
            break
        if low in words.links or len(title) == MAX_TITLE_WORDS:
            break
        title.append(token)
    else:
        opened = lo == 0 and not apposition and "\n" not in text[:edge]
    lower = [t for t in title if not t[0].isupper()]
    if not by_determiner and (lower[1:] or lower and lower[0] is not title[-1]):
        opened = False
    if not title or not opened and (apposition or lower):
        title = []
    after = _APPOSITION.match(text, end)
    if after is not None and after.group(2).lower() in words.links | words.genitives:
        title.append(after.group(1))
    predicate = _predicate_title(text, end, words)
    if predicate:
        title.append(predicate)
    return [p for t in title for p in _parts(t)]


def _predicate_title(text: str, end: int, words: DescriptionWords) -> str | None:
    """The title a copula gives the name ending at ``end`` on a body's genitive ("Angelino Alfano è il
    leader di NCD", "Smith is the head of the AFL-CIO", "Meier ist Chef der Gewerkschaft"): the title
    word, else None."""
    tokens = _WORD.findall(text, end, min(len(text), end + 60))[:4]
    if len(tokens) < 3 or tokens[0].lower() not in words.copulas:
        return None
    rest = tokens[1:]
    det = rest[0].lower()
    if det in words.determiners or det.rstrip("'’") + "'" in words.determiners:
        rest = rest[1:]
    if len(rest) < 2 or not rest[0][0].isalpha() or rest[1].lower() not in words.genitives:
        return None
    return rest[0]


def _opens(tokens: list[tuple[int, str]], k: int, words: DescriptionWords) -> bool:
    """Does the determiner tokens[k] open a phrase (after punctuation, a link or the text's start), rather
    than join a genitive ("Der damalige Landrat des Kreises": "Der" opens, "des" joins)?"""
    if k == 0:
        return True
    before = tokens[k - 1][1].lower()
    return not before[0].isalnum() or before in words.links


class _EntityWords:
    """Entity id -> the words of its name, and its titles in this text (each may name it alone), read
    for an entity only when a description reaches it."""

    def __init__(self, doc: Document, refs: list[Ref], words: DescriptionWords, verbs: frozenset[int]) -> None:
        self.doc, self.words, self.verbs = doc, words, verbs
        self.entities = {e.id: e for e in doc.entities if e.type not in NOT_ACTORS}
        self.refs: dict[str, list[Ref]] = {}
        for r in refs:
            if len(r.ids) == 1 and r.kind not in ("adjective", "pronoun", KIND):
                self.refs.setdefault(r.ids[0], []).append(r)
        self.known: dict[str, tuple[set[str], set[str]]] = {}

    def get(self, eid: str) -> tuple[set[str], set[str]] | None:
        if eid in self.known:
            return self.known[eid]
        entity = self.entities.get(eid)
        if entity is None:
            return None
        text = self.doc.text
        names = {p for w in _WORD.findall(entity.name) for p in _parts(w)}
        titles: set[str] = set()
        for r in self.refs.get(eid, ()):
            names.update(p for w in _WORD.findall(text, r.start, r.end) for p in _parts(w))
            titles.update(_title_words(text, r.start, r.end, self.words, self.verbs))
        self.known[eid] = (names, titles)
        return self.known[eid]


def _named(head: str, bag: set[str], compounds: bool) -> bool:
    if head in bag:
        return True
    # "die Versammlung" for "UN-Generalversammlung": the head ends a compound of the name
    return compounds and len(head) >= 6 and any(len(w) > len(head) and w.endswith(head) for w in bag)


def _word_before(text: str, at: int) -> str:
    j = at
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’"):
        i -= 1
    return text[i:j].lower()


@dataclass(frozen=True, slots=True)
class Verbs:
    """The document's verb triggers, read once for this module and ``state_nouns``."""

    starts: list[int]  # sorted
    start_set: frozenset[int]
    ends: frozenset[int]

    @classmethod
    def of(cls, matches: list[Match]) -> "Verbs":
        starts: list[int] = []
        ends: list[int] = []
        for m in matches:
            if m.triggers:
                for t in m.triggers:
                    if t.pos == "verb":
                        starts.append(m.start)
                        ends.append(m.end)
                        break
        return cls(starts, frozenset(starts), frozenset(ends))

    def openings(self, pattern: re.Pattern[str], text: str, verb_second: bool) -> list[re.Match[str]]:
        """The matches of ``pattern`` that may stand as a verb's subject: those in the few words before a
        verb (scanned there only, not over the whole text), and in verb-second languages the one right
        after a verb. In text order, each once."""
        out: dict[int, re.Match[str]] = {}
        for v in self.starts:
            for m in pattern.finditer(text, max(0, v - WINDOW), v):
                out.setdefault(m.start(), m)
        if verb_second:
            for e in self.ends:
                m = pattern.match(text, e + 1) if text[e:e + 1] == " " else None
                if m is not None:
                    out.setdefault(m.start(), m)
        return [out[k] for k in sorted(out)]


def described_refs(doc: Document, lex: Lexicon, verbs: Verbs, refs: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """``refs`` with a mention added for every description before a verb trigger (after one too in
    verb-second languages) that names an earlier entity, and the mentions added. A description after a
    preposition is no subject ("demander au ministre de démissionner"), nor one whose verb follows a
    preposition ("la Santé de démissionner"). A head written in lower case names only an entity that
    the text introduced with that title ("l'ultima forza" is not "Forza Italia"), except in languages
    that capitalise every noun."""
    words = description_words(doc.language or "")
    if words is None or not refs or not verbs.starts:
        return refs, []
    text = doc.text
    named = {r.start for r in refs if r.kind != "adjective"}
    bodies = {r.start: r for r in refs if r.kind not in ("adjective", "pronoun") and r.etype != "PERSON"}
    found: list[tuple[int, int, list[tuple[str, bool]], Ref | None]] = []
    for m in verbs.openings(words.pattern, text, lex.verb_second):
        before = _word_before(text, m.start())
        if before in words.links or before.rstrip("'’") + "'" in words.links:
            continue
        plain = _description(text, m, words, verbs.start_set, verbs.ends, lex, named)[:1]
        found.extend((*d, None) for d in plain)
        if not plain:
            found.extend(_body_title(text, m, words, verbs.start_set, verbs.ends, lex, named, bodies)[:1])
    if not found:
        return refs, []
    bags = _EntityWords(doc, refs, words, verbs.start_set)
    entities = {e.id: e for e in doc.entities}
    starts = [r.start for r in refs]
    added: list[Ref] = []
    absorbed: set[tuple[int, int]] = set()
    compounds = lex.compound_suffix
    low = text.lower()
    for start, end, heads, body in found:
        if not any(low.find(h, 0, start) >= 0 for h, _ in heads):
            continue  # a word the text has not used before names nobody introduced by it
        near = [r for r in refs[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end + 1)]
                if (r.start < end or r.kind == "adjective") and r is not body]  # inside it, or its adjective right after it
        if body is None and words.head_last:
            body = _prenominal_body(near, end)
            if body is not None:
                near = [r for r in near if r is not body]
        inside = bisect.bisect_right(starts, start) - 1
        # the determiner read as a demonstrative pronoun ("Der" before a verb) is this description's article
        if any(r.kind != "adjective" and not (r.kind == "pronoun" and r.start == start and r.end <= end)
               for r in near) or inside >= 0 and refs[inside].end > start and refs[inside].start < start:
            continue  # part of a mention already ("il deputato Carlo Sibilia")
        # a country adjective on it ("the Russian president", "il presidente russo"): a person of that country
        nation = {entities[r.ids[0]].country for r in near if r.kind == "adjective" and r.ids[0] in entities}
        if len(nation) > 1 or None in nation:
            continue
        country = next(iter(nation), None)
        for r in reversed(refs[:bisect.bisect_left(starts, start)]):
            if len(r.ids) != 1 or r.etype in NOT_ACTORS or r.kind == "adjective":
                continue
            if country is not None and (r.etype != "PERSON" or entities[r.ids[0]].country != country):
                continue
            if body is not None and (r.etype != "PERSON" or not _near_body(r.ids[0], body, refs)):
                continue  # "il leader di NCD": only a person the text gave that title next to that body
            bag = bags.get(r.ids[0])
            if bag is not None and any(_named(h, bag[1], compounds) or capital and _named(h, bag[0], compounds)
                                       for h, capital in heads):
                added.append(Ref(start, max([end, *(a.end for a in near)]), r.ids, KIND, r.etype))
                absorbed.update((a.start, a.end) for a in [*near, *([body] if body is not None else [])])
                break
    if not added:
        return refs, []
    out = sorted([*(r for r in refs if (r.start, r.end) not in absorbed), *added], key=lambda r: (r.start, -r.end))
    return out, added


def _description(text: str, m: re.Match[str], words: DescriptionWords, verbs: frozenset[int], verb_ends: frozenset[int],
                 lex: Lexicon, named: set[int]) -> list[tuple[int, int, list[tuple[str, bool]]]]:
    """The description a determiner match opens, as (start, end, heads), when it stands as a subject:
    one word or two ("il deputato ha definito", "the foreign ministry condemned": two words first where
    the head comes last), right before a verb trigger, or right after one in verb-second languages
    ("wählte die Versammlung die neue Vorsitzende"); a name is never its second word ("kritisierte der
    Ex-Landrat Russland")."""
    second = m.group(2)
    spans = [m.end(1)]
    if second is not None and second.lower() not in words.links | words.determiners and m.start(2) not in named:
        spans = [m.end(), m.end(1)] if words.head_last else [m.end(1), m.end()]
    j = m.start()
    while j > 0 and text[j - 1] == " ":
        j -= 1
    after_verb = lex.verb_second and j < m.start() and j in verb_ends
    for end in spans:
        if not after_verb and not _verb_follows(text, end, verbs, words.links, named):
            continue
        pair = [g for g in ([m.group(1), second] if end == m.end() and second is not None else [m.group(1)])
                if g.lower() not in words.ignore]
        if not pair:
            continue
        head = pair[-1] if words.head_last else pair[0]
        heads = [(p, head[0].isupper() or lex.capitalised_nouns) for p in _parts(head)
                 if len(p) >= MIN_HEAD and p not in words.ignore and p not in words.determiners]
        if heads:
            return [(m.start(), end, heads)]
    return []


def _body_title(text: str, m: re.Match[str], words: DescriptionWords, verbs: frozenset[int], verb_ends: frozenset[int],
                lex: Lexicon, named: set[int], bodies: dict[int, Ref]) -> list[tuple[int, int, list[tuple[str, bool]], Ref]]:
    """A title on the genitive of a named body as a verb's subject ("il leader di NCD ha detto", "the head of
    the AFL-CIO accused", "der Chef der Gewerkschaft Verdi forderte"), as (start, end, heads, body): the
    determiner, one title word, a genitive, at most two words (an article, "Gewerkschaft") and the body's
    mention, right before a verb trigger (or right after one in verb-second languages). Such a phrase is
    the body unless the text gave a person that title next to that body (``_near_body``)."""
    second = m.group(2)
    if second is None or second.lower() not in words.genitives:
        return []
    at, hops = m.end(), 0
    while at < len(text) and text[at] == " ":
        at += 1
    body = bodies.get(at)
    while body is None and hops < 2:
        word = _WORD.match(text, at)
        if word is None or not word.group()[0].isalpha() or at in named or \
                word.group().lower() in words.links - words.determiners - words.genitives:
            return []
        at, hops = word.end(), hops + 1
        while at < len(text) and text[at] in " '’":
            at += 1
        body = bodies.get(at)
    if body is None or m.group(1).lower() in words.ignore:
        return []
    j = m.start()
    while j > 0 and text[j - 1] == " ":
        j -= 1
    after_verb = lex.verb_second and j < m.start() and j in verb_ends
    if not after_verb and not _verb_follows(text, body.end, verbs, words.links, named):
        return []
    heads = [(p, m.group(1)[0].isupper() or lex.capitalised_nouns) for p in _parts(m.group(1))
             if len(p) >= MIN_HEAD and p not in words.ignore and p not in words.determiners]
    return [(m.start(), body.end, heads, body)] if heads else []


#: entity types that have officials with titles ("the AFL-CIO president", "der AfD-Chef")
BODY_TYPES = frozenset({"ORG", "GROUP", "MEDIA"})


def _prenominal_body(near: list[Ref], end: int) -> Ref | None:
    """The body named before the title in a head-last description ("the AFL-CIO president", "der
    AfD-Chef"): the only mention in it, of a body, with the title after it."""
    if len(near) != 1 or near[0].etype not in BODY_TYPES or near[0].end >= end:
        return None
    return near[0]


#: characters between a person's mention and the body's that make the title the person's at that body
BODY_REACH = 60


def _near_body(person: str, body: Ref, refs: list[Ref]) -> bool:
    """Did the text name ``person`` right next to a mention of the body ("Angelino Alfano, leader di NCD",
    "il leader di NCD Angelino Alfano")? Only then is "il leader di NCD" that person rather than the body."""
    mine = [r for r in refs if person in r.ids and r.kind != KIND]
    theirs = [r for r in refs if set(r.ids) & set(body.ids) and r is not body]
    return any(-BODY_REACH < b.start - p.end < BODY_REACH or -BODY_REACH < p.start - b.end < BODY_REACH
               for p in mine for b in theirs)


def _verb_follows(text: str, end: int, verbs: frozenset[int], links: frozenset[str], named: set[int] = frozenset()) -> bool:
    """A verb trigger right after ``end``, or after one or two words that are no preposition and no name
    ("il deputato ha definito", not "la Santé de démissionner", not "il direttore Alessandro Sallusti
    accusa": there the name is the subject)."""
    gap = _GAP.match(text, end)
    if gap is None:
        return False
    at = end + 1
    for word in gap.group().split(" ")[1:]:
        if at in verbs:
            return True
        if not word or word.lower() in links or at in named:
            return False
        at += len(word) + 1
    return False


def mark_described(events: list, added: list[Ref], mentions: dict[str, list[tuple[int, int]]]) -> None:
    """Events whose actors are named in their sentence only by mentions added here or by
    ``state_nouns`` say so in their rule (their confidence is lowered with the other borrowed actors):
    ``DESCRIBED`` or ``state_nouns.STATE_NOUN`` after the rule, by the kind of the first such mention."""
    for event, here in acted_only_through(events, added, mentions):
        kind = next(r.kind for r in here if r.ids[0] in event.source)
        event.rule += DESCRIBED if kind == KIND else "+" + kind
