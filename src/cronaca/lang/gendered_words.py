"""gendered_words.tsv of one language: the gender of pronouns, articles and given names.

Read by the linker (an honorific's gender against a KB person's given name: "Frau Merz" is not
Friedrich Merz) and by the quote speakers ("a-t-elle ajouté" passes over the men), so it lives
with the language data rather than in either stage.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cronaca import lang as langdata


@dataclass(frozen=True, slots=True)
class GenderWords:
    pronouns: dict[str, str]  # lower case -> F | M
    articles: dict[str, str]  # lower case -> F | M
    given: dict[str, str]  # given name as written -> F | M


@lru_cache(maxsize=None)
def gender_words(code: str) -> GenderWords:
    rows = [r for r in langdata.load(code).table("gendered_words.tsv") if r.get("form")]

    def of(kind: str, fold: bool = True) -> dict[str, str]:
        return {(r["form"].strip().lower() if fold else r["form"].strip()): r["gender"].strip()
                for r in rows if r["kind"].strip() == kind}

    return GenderWords(of("pronoun"), of("article"), of("given_name", fold=False))


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> F | M over every language that lists it; names the languages disagree on
    ("Andrea": a man in Italian, a woman in German) are left out."""
    found: dict[str, set[str]] = {}
    for code in langdata.supported():
        for name, gender in gender_words(code).given.items():
            found.setdefault(name, set()).add(gender)
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}
