"""The grammatical gender of a body, for a pronoun pointing back to it.

In German and French a pronoun standing for an organisation takes the gender of the noun it was
named with: "die Regierung ... sagte sie", "das Ministerium ... es", "der Konzern ... er", "la société
... a-t-elle précisé", "le groupe ... a-t-il ajouté". So "er" is not the Behörde met before, and "elle"
not the groupe. A body's gender comes from ``noun_genders.tsv``: a noun its mention holds, also at the
end of a compound ("Bundesregierung", "Gesundheitsministerium"), or the noun right before its name
("der Konzern Bayer", "la société Total"), else its KB names in the language ("EZB": "Europäische
Zentralbank"). Unknown stays unknown: a body named only by its name
("Siemens", "EPA") agrees with every pronoun, and one named with nouns of two genders too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from cronaca import kb
from cronaca import lang as langdata
from cronaca.extract.quote_context import QuoteContext

#: Shortest noun recognised at the end of a compound ("amt" in "Bundesamt") and how much longer the
#: word must be ("Bundesrat", not "Rat" alone nor a short word that merely ends alike).
COMPOUND_NOUN = 3
COMPOUND_STEM = 3
#: Entity types a gendered noun can name: bodies, and a country acting through one ("die Regierung").
BODY_TYPES = frozenset({"ORG", "GROUP", "MEDIA", "COUNTRY"})
_WORD = re.compile(r"[^\W\d_][\w-]*")
_ELIDED = re.compile(r"^\w{1,2}['’]")


@lru_cache(maxsize=None)
def noun_genders(code: str) -> dict[str, str]:
    """Lower-case noun -> M | F | N, from the language's noun_genders.tsv (empty when it has none)."""
    try:
        rows = langdata.load(code).table("noun_genders.tsv")
    except langdata.LanguageDataError:
        return {}
    return {r["noun"].strip().lower(): r["gender"].strip() for r in rows if r.get("noun", "").strip()}


@lru_cache(maxsize=1 << 14)
def word_gender(code: str, word: str) -> str | None:
    """The gender of a noun, or of the noun a compound ends with ("Gesundheitsministerium": N)."""
    genders = noun_genders(code)
    word = _ELIDED.sub("", word.lower())
    if word in genders:
        return genders[word]
    ends = [n for n in genders if len(n) >= COMPOUND_NOUN and len(word) >= len(n) + COMPOUND_STEM
            and word.endswith(n)]
    return genders[max(ends, key=len)] if ends else None


def phrase_gender(code: str, phrase: str) -> str | None:
    """The one gender the nouns of a phrase say ("die Europäische Kommission": F); None for none or two."""
    found = {g for g in (word_gender(code, w) for w in _WORD.findall(phrase)) if g}
    return found.pop() if len(found) == 1 else None


def body_gender(ctx: QuoteContext, entity_id: str) -> str | None:
    """The one gender the mentions of a body say, their own nouns or the noun right before a name."""
    key = "body:" + entity_id
    if key in ctx.genders:
        return ctx.genders[key]
    code = ctx.doc.language or ""
    found: set[str] = set()
    entity = next((e for e in ctx.doc.entities if e.id == entity_id), None)
    for m in entity.mentions if entity is not None else []:
        if m.kind == "adjective":
            continue  # "tedesco", "russe": a country's adjective has the gender of what it qualifies
        said = phrase_gender(code, m.text)
        if said is None:
            before = _WORD.findall(ctx.text[max(0, m.start - 30):m.start])
            said = word_gender(code, before[-1]) if before and ctx.text[m.start - 1:m.start] == " " else None
        if said is not None:
            found.add(said)
    if not found and entity is not None and entity.in_kb:
        found = set(_kb_name_genders(code, entity.id))  # "die EZB": die Europäische Zentralbank
    ctx.genders[key] = gender = found.pop() if len(found) == 1 else None
    return gender


@lru_cache(maxsize=1 << 12)
def _kb_name_genders(code: str, entity_id: str) -> frozenset[str]:
    """The genders the KB's names of a body in this language say, when the text names it only by
    acronym or by a name of no gender ("EZB", "BND")."""
    entry = kb.load().entries.get(entity_id)
    if entry is None:
        return frozenset()
    return frozenset(g for g in (phrase_gender(code, n) for n in entry.aliases.get(code, [])) if g)


def body_disagrees(ctx: QuoteContext, entity_id: str | None, wanted: str | None, said: str | None = None) -> bool:
    """A body known to be of another gender than the pronoun's (``wanted``): by the words it is named
    with here (``said``: "die Behörde"), else by its mentions. False for people (speaker_gender.py
    checks them), for no gender wanted, and for a body of unknown gender."""
    if wanted is None or entity_id is None or ctx.types.get(entity_id) not in BODY_TYPES:
        return False
    code = ctx.doc.language or ""
    if not noun_genders(code):
        return False
    found = phrase_gender(code, said) if said else None
    if found is None:
        found = body_gender(ctx, entity_id)
    return found is not None and found != wanted
