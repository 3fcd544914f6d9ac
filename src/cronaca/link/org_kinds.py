"""What an organisation is, and which common nouns can name it.

A definite noun pointing back to a body ("l'agence", "the company", "der Konzern", "il partito") names
only a body it can describe: "écrit l'agence" after the EPA and Monsanto is the EPA, whatever Monsanto's
count. Each noun of ``description_nouns.tsv`` has a noun kind (company, agency, party...); each
organisation may have an organisation kind (kb/validate.py ``ORG_KINDS``): from the KB (``kind``), else
from the noun that introduced it in the text ("la société Montecon", "die Behörde Frontex"), else from
one noun its name holds ("Agence nationale de sécurité sanitaire": an agency). ``KIND_FITS`` says which
organisation kinds a noun kind may name; it is language-independent (what a company or an agency is),
the nouns themselves are per-language data.
"""
from __future__ import annotations

import re
from cronaca.document import Entity
from cronaca.kb import KnowledgeBase
from cronaca.link.automaton import fold

#: Noun kind (description_nouns.tsv) -> the organisation kinds it may name. "the bank" is a company's
#: noun that also names a central bank; "l'agence" an agency, a news agency, an intelligence service or
#: an international agency (IAEA); "the group" a company, militants or a charity, never a party.
KIND_FITS: dict[str, frozenset[str]] = {
    "company": frozenset({"company", "central_bank"}),
    "group": frozenset({"company", "armed_group", "criminal_group", "media", "ngo"}),
    "party": frozenset({"party"}),
    "union": frozenset({"union"}),
    "court": frozenset({"court"}),
    "armed_forces": frozenset({"armed_forces"}),
    "police": frozenset({"police"}),
    "prosecution": frozenset({"prosecution"}),
    "ministry": frozenset({"ministry"}),
    "coalition": frozenset({"international", "party", "collective", "armed_group"}),
    "agency": frozenset({"agency", "intelligence", "media", "international"}),
    "organisation": frozenset({"international", "ngo", "party", "union", "armed_group", "agency", "intelligence",
                               "business_association", "sports", "religious", "research"}),
    "armed_group": frozenset({"armed_group"}),
    "media": frozenset({"media"}),
    "ngo": frozenset({"ngo"}),
}
#: Noun kinds specific enough to say what an unknown organisation is when they introduce it ("la société
#: X": a company); "the group", "the organisation", "the coalition" say too little.
TELLING_KINDS = frozenset(KIND_FITS) - {"group", "organisation", "coalition"}
ORG_TYPES = frozenset({"ORG", "GROUP", "MEDIA"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def fits(noun_kind: str, org_kind: str | None) -> bool | None:
    """True when a noun of ``noun_kind`` can name an organisation of ``org_kind``, False when it cannot,
    None when either is unknown (a noun kind of its own, "la fondazione"; an organisation nothing types)."""
    allowed = KIND_FITS.get(noun_kind)
    if allowed is None or org_kind is None:
        return None
    return org_kind in allowed


def assign_kinds(entities: list[Entity], text: str, kb: KnowledgeBase, noun_kinds: dict[str, str],
                 compounds: bool = False) -> None:
    """Set ``kind`` on every organisation (in place): the KB's, else the one telling noun kind the text
    introduces it with or its name holds (``noun_kinds``: folded noun -> noun kind; ``compounds``: a
    name word ending in a noun holds it, "Gesundheitsministerium"). Two different kinds and it stays
    unknown."""
    for entity in entities:
        if entity.type not in ORG_TYPES:
            continue
        entry = kb.entries.get(entity.id) if entity.in_kb else None
        if entry is not None and entry.kind:
            entity.kind = entry.kind
            continue
        found = {k for k in (_cue_kind(text, x.start, noun_kinds) for x in entity.mentions
                             if x.kind == "name") if k}
        if not found:
            found = {k for x in entity.mentions if x.kind == "name"
                     for w in _words(x.text) for k in [_noun_kind(w, noun_kinds, compounds)] if k in TELLING_KINDS}
        found &= TELLING_KINDS
        if len(found) == 1:
            kind = found.pop()
            entity.kind = "media" if entity.type == "MEDIA" else kind
        elif entity.type == "MEDIA":
            entity.kind = "media"


def _cue_kind(text: str, start: int, noun_kinds: dict[str, str]) -> str | None:
    """The kind of the noun right before a name, after an article or an adjective: "la société Total",
    "the Chinese company Huawei", "der Konzern Bayer", "l'ONG Greenpeace"."""
    before = _WORD.findall(text[max(0, start - 40):start])
    if not before or text[start - 1:start] not in (" ", "'", "’"):
        return None
    word = fold(before[-1]).rsplit("'", 1)[-1]  # "l'ONG": the elided article is part of the word
    kind = noun_kinds.get(word)
    return kind if kind in TELLING_KINDS else None


#: Shortest noun recognised at the end of a compound name word ("Gesundheitsministerium": "ministerium").
COMPOUND_HEAD = 5


def _noun_kind(word: str, noun_kinds: dict[str, str], compounds: bool) -> str | None:
    if word in noun_kinds:
        return noun_kinds[word]
    if not compounds:
        return None
    ends = [n for n in noun_kinds if len(n) >= COMPOUND_HEAD and len(word) > len(n) and word.endswith(n)]
    return noun_kinds[max(ends, key=len)] if ends else None


def _words(name: str) -> list[str]:
    """A name's folded words, an elided article cut off ("l'Agence" -> "agence")."""
    return [fold(w).rsplit("'", 1)[-1] for w in _WORD.findall(name)]


def entity_kinds(entities: list[Entity]) -> dict[str, str]:
    """Entity id -> organisation kind, for the entities that have one."""
    return {e.id: e.kind for e in entities if e.kind}

