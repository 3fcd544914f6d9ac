"""A lower-case noun of a site or feature before a name makes the name the site's own.

"il fiume Irrawaddy", "le palais de Blenheim", "via Roma", "piazza Garibaldi": the name after
the noun stands for the river, the palace or the street, not for the town or person it borrows.
The noun and the name become one PLACE named as written; the nouns are the ``lead`` cues of
entity_cues.tsv (``lead-bare`` ones only with nothing between: "stazione Termini", while "la
stazione di Saronno" is the town's station). Across a particle a known town stays itself and its
site is one more place ("la stazione di Saronno", "el puerto de Montevideo": the town's station or
port, a building or site the gold set names too); an unknown name joins the site. A country after one ("golfo del
Messico") is left to the country: its name is more often the owner than the site's name.
A capitalised lead noun and a particle before a known place begin the name of the feature itself
("Lago di Como", "Golfo di Cagliari"): one PLACE, the town only lends its name.
A lead noun of a body (type ORG: "l'università di Nottingham", "la fondazione Cariplo") makes an
ORG of the name and takes a town into it; a known body keeps its own entity.
A region noun of link_settings.tsv (``region_nouns``) across a particle makes a region of a town
("la provincia de Córdoba", "la région de Lyon"): the town itself is not meant; a body known by the
district of its seat is the district again after one ("le quartier de Bercy": a place, not the ministry).
"""
from __future__ import annotations

import re

from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.sites import capitalised_lead_before, designator_before, region_before
from cronaca.link.unknown import Unknown, body_modifiers_end
from cronaca.link.view import TextView

#: How sure a designated site is: the noun says what it is, the name which one.
DESIGNATED_CONFIDENCE = 0.75
RULE = "unknown:designator"
_NOUN = re.compile(r"\w+")


def join_designators(view: TextView, lex: LinkLexicon, kb: KnowledgeBase, kb_mentions: list[Mention],
                     unknowns: list[Unknown]) -> tuple[list[Mention], list[Unknown]]:
    """KB mentions and unknown names led by a site noun, moved into PLACE entities of their own."""
    sites: dict[str, Unknown] = {}

    def site(mention: Mention, known: bool) -> bool:
        # a capital read as its government is the town again after a site noun: "via Roma"
        if mention.kind != "name" and mention.rule != "metonym:capital":
            return False
        if known and kb.entries[mention.entity_id].type == "ORG" \
                and region_before(view, mention.start, lex) is not None:
            # "le quartier de Bercy": the district the ministry is named after, not the ministry
            name = view.text[mention.start:mention.end]
            key = " ".join(name.casefold().split())
            entity = sites.get(key)
            if entity is None:
                entity = sites[key] = Unknown(name, "PLACE", DESIGNATED_CONFIDENCE)
            entity.mentions.append(Mention(mention.start, mention.end, name, "", RULE, DESIGNATED_CONFIDENCE,
                                           "name"))
            return True
        # "la stazione di Saronno", "el puerto de Montevideo": a known town owns the site and is
        # named itself; "via Roma", "aeroporto Fiumicino" name the site alone
        found = designator_before(view, mention.start, lex, across=not known)
        owned = False  # "el puerto de Montevideo": the town's own site, and the town named too
        if found is None and known and kb.entries[mention.entity_id].type == "PLACE":
            named = capitalised_lead_before(view, mention.start, lex)
            found = None if named is None else ("PLACE", named)  # "Lago di Como": the lake alone
        if found is None and known and kb.entries[mention.entity_id].population:
            # "la provincia de Córdoba": a region named after its town is a place of its own (an
            # unknown name after the noun names the region itself: "distrito de Carabanchel")
            region = region_before(view, mention.start, lex)
            found = None if region is None else ("PLACE", region)
            if found is None:
                found = designator_before(view, mention.start, lex, across=True, bare_across=True)
                if found is not None and found[0] == "ORG" and _bare_only(view, found[1], lex):
                    found = None  # "l'ospedale di Napoli": a hospital in the town, the town itself
                # "l'università di Nottingham", "la universidad de Chile": a body named after its
                # town takes the town into its name, as "Università di Bologna" does
                owned = found is not None and found[0] != "ORG"
        if found is None:
            return False
        if found[0] == "ORG" and known and kb.entries[mention.entity_id].type != "PLACE":
            return False  # "la fondazione Ford": a known body keeps its own name
        entity_type, start = found
        # "le ministère de l'Enseignement supérieur": a body's name goes on with its lower-case words
        end = body_modifiers_end(view, mention.end, lex) if entity_type == "ORG" else mention.end
        name = view.text[start:end]
        key = " ".join(name.casefold().split())
        entity = sites.get(key)
        if entity is None:
            entity = sites[key] = Unknown(name, entity_type, DESIGNATED_CONFIDENCE)
        entity.mentions.append(Mention(start, end, name, "", RULE, DESIGNATED_CONFIDENCE, "name"))
        return not owned

    kept = [x for x in kb_mentions if (x.kind == "name" and kb.entries[x.entity_id].type == "COUNTRY")
            or not site(x, True)]
    for unknown in unknowns:
        unknown.mentions = [x for x in unknown.mentions if not site(x, False)]
    unknowns = [u for u in unknowns if u.mentions]
    for entity in sites.values():
        entity.settle()
    return kept, unknowns + list(sites.values())


def _bare_only(view: TextView, start: int, lex: LinkLexicon) -> bool:
    """True when the body noun at ``start`` leads a name only with nothing between (``lead-bare``:
    "l'ospedale Cardarelli"): across a particle it names no body of the town ("l'ospedale di Napoli")."""
    match = _NOUN.match(view.folded, start)
    noun = match.group(0) if match else ""
    return noun in lex.cues_lead_bare and noun not in lex.cues_lead
