"""One body written several ways in one article is one entity: "Confederación Nacional del
Transporte de Carga", "Confederación del Transporte de Cargas", "Confederación Nacional de
Transporte de Carga".

Why: the unknown-name finder keys a name by its exact words, so a writer's variants (a dropped
adjective, another particle, a plural) become separate organisations, each counted as a false one.
Two names of organisations outside the KB are one when their capitalised words, read without
accents and a plural ending, are the same, or when those of the shorter name all appear in the
longer one in order, with the same first (the head noun) and last word.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cronaca.link.unknown import Unknown

#: Fewest capitalised words a body's name needs before its variants are joined: "Ministerio de
#: Salud" and "Ministerio Federal de Salud" (two) are one; a one-word name is too little to go on.
MIN_NAME_WORDS = 2
BODY_TYPES = frozenset({"ORG"})


def join_body_variants(entities: dict[str, Unknown]) -> None:
    """Merge the variants of each body's name into the variant with the most mentions (the longer
    name on a tie), in place: every key of a merged entity then points at the kept one."""
    bodies = [e for e in {id(e): e for e in entities.values()}.values() if e.type in BODY_TYPES]
    words = {id(e): _capitalised_words(e.name) for e in bodies}
    bodies = [e for e in bodies if len(words[id(e)]) >= MIN_NAME_WORDS]
    bodies.sort(key=lambda e: (-len(e.mentions), -len(e.name)))
    merged: dict[int, Unknown] = {}
    for i, keep in enumerate(bodies):
        if id(keep) in merged:
            continue
        for other in bodies[i + 1:]:
            if id(other) not in merged and _variants(words[id(keep)], words[id(other)]):
                merged[id(other)] = keep
                keep.mentions = sorted(keep.mentions + other.mentions, key=lambda x: x.start)
    if merged:
        for key, entity in list(entities.items()):
            if id(entity) in merged:
                entities[key] = merged[id(entity)]


def _variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if short[0] != long[0] or short[-1] != long[-1]:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def _capitalised_words(name: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return tuple(_singular(w.casefold()) for w in plain.replace("-", " ").split() if w[:1].isupper())


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word
