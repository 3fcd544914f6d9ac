"""Where a lower-case noun of a site or feature stands right before a name ("il fiume Irrawaddy",
"via Roma", "le palais de Blenheim"): the lead cues of entity_cues.tsv, found in the text.

Kept apart from designators.py so that unknown.py can type a name by the noun before it too.
"""
from __future__ import annotations

from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView

_APOSTROPHES = "'’"


def designator_before(view: TextView, start: int, lex: LinkLexicon,
                      across: bool = True, bare_across: bool = False) -> tuple[str, int] | None:
    """(type, start of the noun) of a lead noun just before ``start``, directly or (``across``)
    across one particle or article, or a particle and an article ("fiume Irrawaddy", "palais de
    Blenheim", "aeroporto dell'Urbe", "ministère de l'Emploi"),
    or None; ``bare_across``: a noun that names a site only with nothing between counts across a
    particle too ("el puerto de Montevideo", said of a known town)."""
    if not (lex.cues_lead or lex.cues_lead_bare) or start < 2:
        return None
    word = _word_before(view, start)
    if word is None:
        return None
    found = _lead(view, *word, lex, bare=True)
    if found is not None or not across:
        return found
    particle = view.folded[word[0]:word[1]].replace("’", "'")
    if particle not in lex.particles and particle not in lex.definite_articles:
        return None
    noun = _word_before(view, word[0])
    if noun is not None and particle in lex.definite_articles and particle not in lex.particles \
            and view.folded[noun[0]:noun[1]].replace("’", "'") in lex.particles:
        noun = _word_before(view, noun[0])  # "le ministère de l'Emploi", "el palacio de la Moneda"
    if noun is None or view.text[noun[1]:noun[1] + 1] in _APOSTROPHES:
        return None
    return _lead(view, *noun, lex, bare=bare_across)


def capitalised_lead_before(view: TextView, start: int, lex: LinkLexicon) -> int | None:
    """The start of a capitalised site noun and a particle before ``start`` ("Lago di Como", "Golfo
    di Cagliari", "Lac de Genève"): the words open the name of the lake or gulf, which the town
    after them only lends its name to. None otherwise (a lower-case noun is designator_before's)."""
    if not (lex.cues_lead or lex.cues_lead_bare) or start < 2:
        return None
    noun = _noun_and_particle_before(view, start, lex)
    if noun is None:
        return None
    s, e = noun
    text, folded = view.text[s:e], view.folded[s:e]
    if not (text[:1].isupper() and text[1:].islower()):
        return None
    entity_type = lex.cues_lead.get(folded) or lex.cues_lead_bare.get(folded)
    return s if entity_type == "PLACE" else None


def _lead(view: TextView, s: int, e: int, lex: LinkLexicon, bare: bool = False) -> tuple[str, int] | None:
    word = view.folded[s:e]
    entity_type = lex.cues_lead.get(word) or (lex.cues_lead_bare.get(word) if bare else None)
    if entity_type is None or not view.text[s:e].islower():
        return None  # "Via Roma" capitalised opens the name itself, or a sentence
    opener = _word_before(view, s) if s > 1 else None
    if opener is None:
        return None
    word = view.folded[opener[0]:opener[1]].replace("’", "'")
    if word not in lex.prepositions and word not in lex.definite_articles \
            and word not in lex.indefinite_articles:
        return None  # a noun has its article or preposition; "spazzato via Renzi" is a verb's "away"
    return entity_type, s


def _noun_and_particle_before(view: TextView, start: int, lex: LinkLexicon) -> tuple[int, int] | None:
    """The word before a particle right before ``start`` ("Lago" in "Lago di Como", "provincia" in
    "provincia de Córdoba"), not elided itself; None when no particle stands there."""
    word = _word_before(view, start)
    if word is None or view.folded[word[0]:word[1]].replace("’", "'") not in lex.particles:
        return None
    noun = _word_before(view, word[0])
    if noun is None or view.text[noun[1]:noun[1] + 1] in _APOSTROPHES:
        return None
    return noun


def _word_before(view: TextView, pos: int) -> tuple[int, int] | None:
    """The word ending just before ``pos``: glued by an elision ("dell'") or one space before."""
    end = pos
    if view.text[pos - 1] not in _APOSTROPHES:
        if view.text[pos - 1] not in " \u00a0":
            return None
        end = pos - 1
    start = end - 1 if view.text[end - 1] in _APOSTROPHES else end
    while start > 0 and view.text[start - 1].isalpha():
        start -= 1
    return (start, end) if start < end and view.text[start:end].strip(_APOSTROPHES) else None


def region_before(view: TextView, start: int, lex: LinkLexicon) -> int | None:
    """The start of a lower-case region noun and particle before ``start`` ("provincia de Córdoba",
    "la région de Lyon"): the region named after its town, or None."""
    if not lex.region_nouns or start < 2:
        return None
    noun = _noun_and_particle_before(view, start, lex)
    if noun is None:
        return None
    s, e = noun
    return s if view.text[s:e].islower() and view.folded[s:e] in lex.region_nouns else None
