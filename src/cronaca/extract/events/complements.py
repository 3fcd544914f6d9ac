"""A trigger read in another sense, told by its complement: "promises customers a discount", "has received
240 votes", "ha ricevuto il premio", "the prices asked", "an HTTP GET request" are no PLOVER acts between
political actors, though "promise", "receive", "ask", "request" are triggers. What the verb is about decides
its sense; the nouns of the senses that are never political (goods for sale and prices, the buying public,
prizes, votes counted, computing) are per-language data (``lang/<code>/event_complements.tsv``).

The complement is read off the words near the trigger, with no parser: the words after its first word
(inside a gapped trigger's span too: "bietet Verbrauchern Unterstützung an"), up to ``REACH`` words past its end,
stopping at a comma, at the clause end and at a ``stop`` cue (an infinitive or a "that" opening the
content: "asked Beijing to lower prices" is about Beijing's act, not about prices; "and" opening another
conjunct); and the ``BEFORE`` words right before it with no punctuation and no stop cue between ("the prices
asked", "an HTTP GET request"; not "blasted price increases and congratulated Gingrich"). A class noun there
makes the event one of commerce, awards, elections or computing, unless a state takes part: a state among
its targets ("Russia offered India a discount on oil") or a state or a state body acting ("the EU agreed a
price cap", "il governo ha promesso sconti sulle bollette") keeps the act political.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.lang import load

Party = tuple[str | None, str | None]  # (entity type, organisation kind)

#: words after the trigger's end in which a complement noun is looked for
REACH = 6
#: words right before the trigger that may be its complement (a participle after its noun, a compound)
BEFORE = 3
#: PLOVER types whose sense depends on what is promised, asked, received, given or refused; attacks,
#: accusations, coercion and protests keep their reading whatever their object is
SENSITIVE = frozenset({"AGREE", "REQUEST", "CONSULT", "CONCEDE", "REJECT", "SUPPORT", "COOPERATE", "AID",
                       "RETREAT", "THREATEN"})
#: organisation kinds (link/org_kinds.py) that act for a state or for states: their trade policy is policy
STATE_KINDS = frozenset({"government", "ministry", "parliament", "international", "central_bank", "agency",
                         "armed_forces", "court", "prosecution", "police", "intelligence", "party"})
_WORD = re.compile(r"[\w'’-]+")
_BREAK = re.compile(r"[,;:()\[\]«»“”\"]")


@dataclass(frozen=True, slots=True)
class Complements:
    nouns: re.Pattern[str] | None  # any class noun; group "k<i>" names the class index
    classes: tuple[str, ...]
    stops: frozenset[str]


def _cue(cue: str) -> str:
    """A cue as a regular expression: "*" at its end matches any word it begins, at its start any word it
    ends (German compound heads: "Mehrpreis", "Kundenrabatt")."""
    head = r"\w*" if cue.startswith("*") else ""
    tail = r"\w*" if cue.endswith("*") else ""
    return head + re.escape(cue.strip("*")) + tail


@cache
def complements(code: str) -> Complements:
    by: dict[str, list[str]] = {}
    stops: set[str] = set()
    for row in load(code).table("event_complements.tsv"):
        cue, kind = row["cue"].strip().lower(), row["class"].strip()
        if kind == "stop":
            stops.add(cue)
        elif cue:
            by.setdefault(kind, []).append(cue)
    if not by:
        return Complements(None, (), frozenset(stops))
    classes = tuple(by)
    parts = [f"(?P<k{i}>" + "|".join(sorted((_cue(c) for c in by[k]), key=len, reverse=True)) + ")"
             for i, k in enumerate(classes)]
    return Complements(re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE), classes,
                       frozenset(stops))


def _stop(word: str, stops: frozenset[str]) -> bool:
    """Is the word a stop cue, or does it begin with an elided one ("qu'il", "d'accepter")?"""
    word = word.lower().replace("’", "'")
    return word in stops or ("'" in word and word[:word.index("'") + 1] in stops)


def _window_after(text: str, start: int, end: int, stops: frozenset[str], reach: int) -> int:
    """Where the complement after ``start`` ends: ``reach`` words on, a break, a stop cue or ``end``."""
    count = 0
    for m in _WORD.finditer(text, start, end):
        if _BREAK.search(text, start, m.start()) or _stop(m.group(), stops):
            return m.start()
        count += 1
        if count > reach:
            return m.start()
    stop = _BREAK.search(text, start, end)
    return stop.start() if stop else end


def _window_before(text: str, start: int, floor: int, count: int, stops: frozenset[str]) -> int:
    """The start of the ``count`` words right before ``start`` with no punctuation and no stop cue between
    ("blasted price increases and congratulated Gingrich": the prices are the other verb's)."""
    at = start
    for m in reversed(list(_WORD.finditer(text, floor, start))):
        if count == 0 or text[m.end():at].strip() or _stop(m.group(), stops):
            break
        at, count = m.start(), count - 1
    return at


def complement_class(text: str, code: str, trigger: tuple[int, int, int], clause: tuple[int, int]) -> str | None:
    """The class of a non-political complement of the trigger at ``trigger`` (start, end of its first
    word, end of its whole span, which for a gapped trigger holds its object) within ``clause``, or None."""
    found = complements(code)
    if found.nouns is None:
        return None
    start, word_end, span_end = trigger
    cs, ce = clause
    end = _window_after(text, word_end, ce, found.stops, REACH + len(_WORD.findall(text, word_end, span_end)))
    windows = [(word_end, end), (_window_before(text, start, cs, BEFORE, found.stops), start)]
    for a, b in windows:
        if a >= b:
            continue
        m = found.nouns.search(text, a, b)
        if m is not None:
            return next(found.classes[int(k[1:])] for k, v in m.groupdict().items() if v is not None)
    return None


#: organisation kinds that trade (link/org_kinds.py): what one promises, offers or asks of nobody political is
#: business ("Apple verspricht den Verlagen ...", "UPS: we comply with the NLRA", "Skoda verspricht, dass ...")
TRADERS = frozenset({"company"})
#: PLOVER types a company's statement takes without being an act between political actors; a company
#: rejecting an accusation or acted upon (fined, sued, sanctioned) is left alone
COMMERCIAL = frozenset({"AGREE", "SUPPORT", "REQUEST", "THREATEN", "CONCEDE", "COOPERATE"})


def business_only(type_: str, actors: list[Party], targets: list[Party]) -> bool:
    """Is this an act of companies towards nobody or towards other companies and media only?"""
    return type_ in COMMERCIAL and bool(actors) and all(kind in TRADERS for _, kind in actors) \
        and all(etype in ("ORG", "MEDIA") and (kind in TRADERS or etype == "MEDIA") for etype, kind in targets)


def state_party(actors: list[Party], target_types: list[str | None]) -> bool:
    """Does a state take part: a country among the targets, or a country or a state body acting?"""
    return any(t == "COUNTRY" for t in target_types) \
        or any(etype == "COUNTRY" or (etype == "ORG" and kind in STATE_KINDS) for etype, kind in actors)
