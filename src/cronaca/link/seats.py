"""A seat of government standing for its office holder: "la titolare del Viminale" is Italy's interior
minister on the article date, "le locataire de Matignon" France's prime minister, "el inquilino de la
Moncloa" Spain's.

Data, per language: ``seat_titles.tsv`` maps a seat (a KB entity: "Viminale", "Matignon", "Casa
Bianca") to the KB role and owner its holder has; ``seat_holder_words`` of link_settings.tsv lists the
words that name a holder through his seat ("titolare", "inquilino", "locataire", "hôte"). A holder word,
a particle ("del", "de", "de la", "dell'") and the seat's mention make one title mention of the
holder, resolved by ``KnowledgeBase.holders`` on the article date; nothing when the KB knows no holder
of that role, or when the article before the holder word says a gender the holder's given name
contradicts ("la titolare del Viminale" in 2024 is no woman the KB knows).
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.lang.gendered_words import gender_words, given_name_genders
from cronaca.link.view import TextView

#: Most characters between a holder word and the seat's name ("titolare del ", "locataire de l'").
HOLDER_GAP = 12
RULE = "title:seat"


@cache
def seat_table(code: str) -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    """(seat entity id -> (role, owner), a pattern of a holder word and a particle ending at the seat)."""
    try:
        data = langdata.load(code)
    except langdata.LanguageDataError:
        return {}, None
    seats = {r["seat"].strip(): (r["role"].strip(), r["of"].strip())
             for r in data.table("seat_titles.tsv") if r.get("seat") and r.get("role") and r.get("of")}
    words = data.listed("link_settings.tsv", "seat_holder_words") if data.has("link_settings.tsv") else ()
    particles = sorted({w.lower() for w in data.words("name_particles.txt")} if data.has("name_particles.txt")
                       else set(), key=len, reverse=True)
    if not seats or not words or not particles:
        return seats, None
    particle = "|".join(re.escape(p).replace("'", "['’]") for p in particles
                        if p[0].isalpha() and p.count(" ") <= 1 and not p.endswith("-"))
    holder = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "titolare del ", "locataire de l'", "inquilino de la ": the holder word right before the seat
    return seats, re.compile(rf"(?<!\w)({holder})\s+(?:(?:{particle})(?:\s+|(?<=['’])))+$", re.IGNORECASE)


def seat_holders(kb_mentions: list[Mention], view: TextView, code: str, kb, day: date | None) -> list[Mention]:
    """One title mention of the office holder per "holder word + particle + seat" phrase."""
    seats, pattern = seat_table(code)
    if pattern is None:
        return []
    out = []
    for x in kb_mentions:
        role_of = seats.get(x.entity_id)
        if role_of is None:
            continue
        head = pattern.search(view.text, max(0, x.start - HOLDER_GAP - 20), x.start)
        if head is None:
            continue
        holder = _named_holder(kb_mentions, kb, role_of, head.start())
        if holder is None:
            holders = kb.holders(role_of[0], role_of[1], day)
            if not holders:
                continue  # the KB knows no holder of that office: the seat stays the body it names
            holder = holders[0]
        said = _gender_before(view, head.start(), code)
        if said is not None and given_name_genders().get(holder.name.split(" ", 1)[0], said) != said:
            continue
        start = head.start()
        out.append(Mention(start, x.end, view.text[start:x.end], holder.id, RULE, 0.8, "title"))
    return out


def _named_holder(kb_mentions: list[Mention], kb, role_of: tuple[str, str], pos: int):
    """The nearest person named before ``pos`` who ever held the office: "Barack Obama ha parlato. L'inquilino
    della Casa Bianca ha detto ..." is Obama whatever the date (the text says whom it means)."""
    for x in sorted((x for x in kb_mentions if x.end <= pos), key=lambda x: -x.start):
        entry = kb.get(x.entity_id)
        if entry is not None and entry.type == "PERSON" and any(r.role == role_of[0] and r.of == role_of[1]
                                                                 for r in entry.roles):
            return entry
    return None


def _gender_before(view: TextView, start: int, code: str) -> str | None:
    before = view.words_before(start, 1)
    return gender_words(code).articles.get(before[-1]) if before else None
