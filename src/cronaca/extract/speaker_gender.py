"""Gender agreement between a word pointing back and the person it names.

"a-t-elle ajouté" after "Gérald Darmanin a rencontré Élisabeth Borne" is Borne speaking, "la
deputata" after "Angelino Alfano" is not Alfano, "die Ministerin" is the woman of the two people
met before. A word's gender comes from gendered_words.tsv (pronouns, articles) and gender_cues.tsv
(a gendered noun of office: "ministra", "Kanzlerin"); a person's from the first word of the name
(gendered_words.tsv given names) or, failing that, the words around the mentions ("la Meloni",
"Frau Bondi", gender_cues.tsv, as the linker reads them). Unknown stays unknown: only a person known
to be of the other gender is passed over, never one whose gender the text does not show.
"""
from __future__ import annotations

from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.lang.gendered_words import gender_words
from cronaca.link.descriptions import ENDING_STEM, gender_cues
from cronaca.link.descriptions import person_gender as person_gender_of


def pronoun_gender(ctx: QuoteContext, pronoun: str) -> str | None:
    """"elle" -> F, "lui" -> M; None for a pronoun of no gender ("they", "loro")."""
    return gender_words(ctx.doc.language or "").pronouns.get(pronoun.lower())


def phrase_gender(ctx: QuoteContext, phrase: str) -> str | None:
    """The gender a role phrase says: its article ("la portavoz", "der Kanzler"), else a gendered
    noun of office in it ("ministra", "Ministerin": gender_cues.tsv before-words and endings)."""
    code = ctx.doc.language or ""
    words = [w.lower() for w in WORD.findall(phrase)]
    if not words:
        return None
    said = gender_words(code).articles.get(words[0])
    if said is not None:
        return said
    cues = gender_cues(code)
    for w in words[1:3]:
        if w in cues.before:
            return cues.before[w]
        found = {g for ending, g in cues.endings if w.endswith(ending) and len(w) >= len(ending) + ENDING_STEM}
        if len(found) == 1:
            return found.pop()
    return None


def person_gender(ctx: QuoteContext, entity_id: str | None) -> str | None:
    """F, M, or None when neither the name nor the text around its mentions says."""
    if entity_id is None or ctx.types.get(entity_id) != "PERSON":
        return None
    if entity_id in ctx.genders:
        return ctx.genders[entity_id]
    entity = next((e for e in ctx.doc.entities if e.id == entity_id), None)
    said = person_gender_of(entity, ctx.text, ctx.doc.language or "") if entity is not None else None
    ctx.genders[entity_id] = said
    return said


def other_gender(ctx: QuoteContext, entity_id: str | None, wanted: str | None) -> bool:
    """The person is known to be of the other gender than ``wanted`` (False when either is unknown)."""
    if wanted is None:
        return False
    found = person_gender(ctx, entity_id)
    return found is not None and found != wanted
