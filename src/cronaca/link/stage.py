"""The link stage: find mentions of actors and resolve them to knowledge-base entities.

One Aho-Corasick pass finds KB names, acronyms, adjectives and title words (automaton.py);
resolve.py settles names, surnames, capitals-as-governments and ambiguous forms; titles.py
resolves titles by the article date; collectives.py adds regional collectives acting ("i leader europei",
"Western sanctions"); unknown.py turns the remaining capitalised names into
entities outside the KB. The KB is loaded on first use (tests inject their own).
"""
from __future__ import annotations

from datetime import date
from typing import ClassVar

from cronaca import kb as kbase
from cronaca import lang as langdata
from cronaca.document import Document, Entity
from cronaca.kb import KnowledgeBase
from cronaca.link.acting_places import with_acting_places
from cronaca.link.acronyms import join_defined_acronyms
from cronaca.link.adjectives import drop_describing_adjectives
from cronaca.link.automaton import matcher
from cronaca.link.clubs import clubs_over_towns
from cronaca.link.currencies import outside_currencies
from cronaca.link.teams import clubs_over_sports_towns, teams_over_countries
from cronaca.link.collectives import with_collectives
from cronaca.link.descriptions import description_nouns, resolve_descriptions
from cronaca.link.designators import join_designators
from cronaca.link.generic import resolve_generic
from cronaca.link.institutions import resolve_institutions
from cronaca.link.letter_names import letter_platforms
from cronaca.link.named_people import people_over_places
from cronaca.link.org_kinds import assign_kinds
from cronaca.link.outlet_heads import outlet_heads
from cronaca.link.outlets import outlet_names
from cronaca.link.resolve import GUESSED_SURNAME_RULE, resolve
from cronaca.link.seats import seat_holders
from cronaca.link.titles import resolve_titles
from cronaca.link.unknown import find_unknown
from cronaca.link.view import TextView
from cronaca.pipeline import register


@register
class Link:
    name: ClassVar[str] = "link"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "language", "source")
    writes: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = kbase.load()
        return self._kb

    def __call__(self, doc: Document) -> Document:
        code = doc.language
        if not code or code not in langdata.supported() or not doc.text:
            doc.entities = []  # no language data: nothing can be recognised reliably
            return doc
        doc.entities = link(doc.text, doc.sentences, code, self.kb, article_date(doc.source.published))
        return doc


def article_date(published: str | None) -> date:
    """The day titles resolve on: the publication date, or today when it is unknown."""
    if published:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            pass
    return date.today()


def link(text: str, sentences: list[tuple[int, int]], code: str, kb: KnowledgeBase,
         day: date) -> list[Entity]:
    m = matcher(kb, code)
    view = TextView(text, sentences, m.lex.abbreviations)
    shadowed: list = []
    matches = m.find(text, view.folded, shadowed)
    resolved = resolve(matches, view, m, day)
    if shadowed:  # organisation names a longer title overlaps: "segretario del Consiglio di ..."
        resolved.mentions.extend(resolve(shadowed, view, m, day).mentions)
    titles = resolve_titles(matches, resolved.mentions, view, m, day, resolved.namesakes)
    resolved.mentions.extend(titles.people)  # "former president Clinton": the namesake the title fits
    seated = seat_holders(resolved.mentions, view, code, kb, day)  # "la titolare del Viminale": the minister
    titles.mentions.extend(seated)
    titles.covered.extend((x.start, x.end) for x in seated)
    generic = resolve_generic(matches, resolved.mentions, view, m)
    bodies = resolve_institutions(matches, resolved.mentions, view, m)
    consumed = generic.consumed  # a title keeps its adjective: "tedesco" names Germany too
    # "il ministero della Giustizia iracheno" names the body, as the KB's "esercito israeliano" does
    consumed |= {x.start for x in resolved.mentions if x.kind == "adjective"
                 and any(s <= x.start and x.end <= e for s, e in bodies.covered)}
    # "U.S. forces", "Gobierno de Venezuela": the country acting covers its own name inside
    governed = {(x.start, x.end, x.entity_id) for x in bodies.mentions if x.kind == "metonym"}
    # a guessed KB person a title contradicts is nobody the article names ("former president Clinton")
    resolved.mentions[:] = [x for x in resolved.mentions if not (
        x.entity_id in titles.contradicted and x.kind == "surname" and x.rule == GUESSED_SURNAME_RULE)]
    kb_mentions = [x for x in resolved.mentions if (x.start not in consumed or x.kind != "adjective")
                   and not any(s <= x.start and x.end <= e and (s, e) != (x.start, x.end) and i == x.entity_id
                               for s, e, i in governed)] + generic.mentions + bodies.mentions
    kb_mentions, currencies = outside_currencies(kb_mentions, view.folded, m.lex, kb)  # "dollars de Taïwan"
    kb_mentions = with_collectives(view, m, kb_mentions, [(x.start, x.end) for x in kb_mentions + titles.mentions]
                                   + titles.covered + generic.covered + bodies.covered)
    outlets = outlet_names(view, m.lex, kb_mentions)  # "EL COLOMBIANO se puso en contacto": no Colombia inside
    spans = [(x.start, x.end) for o in outlets for x in o.mentions] + currencies
    kb_mentions = [x for x in kb_mentions if not any(s <= x.start and x.end <= e for s, e in spans)]
    kb_mentions += outlet_heads(view, m.lex, kb, [(x.start, x.end) for x in kb_mentions] + titles.covered
                                + generic.covered + bodies.covered + spans)  # "laut Spiegel", "der Welt sagte"
    kb_mentions += letter_platforms(view, m.lex, kb, kb_mentions, [(x.start, x.end) for x in kb_mentions] + titles.covered
                                    + generic.covered + bodies.covered + spans)  # "posted on X"
    taken = bytearray(len(text) + 1)
    for s, e in [(x.start, x.end) for x in kb_mentions] + titles.covered + generic.covered + bodies.covered \
            + spans:
        taken[s:e] = b"\x01" * (e - s)
    unknowns, absorbed = find_unknown(view, m, taken, kb_mentions, titles.person_cues)
    unknowns += bodies.unknowns + outlets
    kb_mentions = [x for x in kb_mentions if id(x) not in absorbed]
    kb_mentions, unknowns = join_designators(view, m.lex, kb, kb_mentions, unknowns)
    kb_mentions = people_over_places(kb_mentions, unknowns, view, m.lex, kb)  # "Whitney Houston ... la Houston"
    kb_mentions, clubs = clubs_over_towns(kb_mentions, view, m.lex, kb)  # "il Napoli ha vinto": the club
    kb_mentions, teams = teams_over_countries(kb_mentions, view, m.lex, kb)  # "la Georgia" beaten 3-1
    kb_mentions, town_clubs = clubs_over_sports_towns(kb_mentions, view, m.lex, kb)  # "a battu Nantes 3-0"
    unknowns += clubs + teams + town_clubs

    def kb_entity(entity_id: str) -> Entity:
        entry = kb.entries[entity_id]
        return Entity(id=entry.id, name=entry.name, type=entry.type, country=entry.country,
                      wikidata=entry.wikidata, roles=[f"{r.role}:{r.of}" for r in entry.roles_on(day)], in_kb=True)

    entities: dict[str, Entity] = {}
    for mention in sorted(kb_mentions + titles.mentions, key=lambda x: (x.start, -x.end)):
        entity = entities.get(mention.entity_id)
        if entity is None:
            entity = entities[mention.entity_id] = kb_entity(mention.entity_id)
        entity.mentions.append(mention)
    with_acting_places(entities, view, m.lex, kb, kb_entity)  # "Europe quickly retaliated": the EU
    for unknown in unknowns:
        same = entities.get(unknown.id)
        if same is not None:  # "Governo" (a name) and "governo" (an organisation noun)
            same.mentions.extend(unknown.mentions)
            continue
        entities[unknown.id] = Entity(id=unknown.id, name=unknown.name, type=unknown.type,
                                      roles=unknown.roles, in_kb=False, mentions=unknown.mentions)
    kept = drop_describing_adjectives(list(entities.values()), view, m.lex,
                                      titles.covered + generic.covered + bodies.covered)
    small = m.lex.definite_articles | m.lex.prepositions | m.lex.conjunctions | m.lex.locatives \
        | m.lex.acronym_small_words | frozenset(m.lex.particles)
    ordered = sorted(join_defined_acronyms(text, kept, small), key=lambda e: min(x.start for x in e.mentions))
    resolve_descriptions(ordered, text, view.folded, sentences, m)  # "the company": one named before
    lex = m.lex
    nouns = description_nouns(lex.code, lex.definite_articles, lex.indefinite_articles, lex.common_word_everywhere)
    assign_kinds(ordered, text, kb, nouns.kinds, nouns.compounds)  # "la société X": a company
    for entity in ordered:
        entity.mentions.sort(key=lambda x: x.start)
    return ordered

