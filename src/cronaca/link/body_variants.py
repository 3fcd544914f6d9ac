"""One body written several ways in one article is one entity: "Confederación Nacional del
Transporte de Carga", "Confederación del Transporte de Cargas", "Confederación Nacional de
Transporte de Carga".

Why: the unknown-name finder keys a name by its exact words, so a writer's variants (a dropped
adjective, another particle, a plural) become separate organisations, each counted as a false one.
Two names of organisations outside the KB are one when their capitalised words, read without
accents and a plural ending, are the same, or when the longer one only adds words right after the
head noun of a name where a particle follows that noun ("Confederación [Nacional] del Transporte",
"Ministerio [Federal] de Salud"). Other insertions name other bodies: "Donetsk National
[Technology] University", "OS X [Mountain] Lion".
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


def join_body_variants(entities: dict[str, Unknown], weak_rules: frozenset[str] = frozenset()) -> None:
    """Merge the variants of each body's name into the variant with the most mentions (the longer
    name on a tie), in place: every key of a merged entity then points at the kept one. A name only
    ``weak_rules`` typed is no body yet (it is dropped later when met once) and joins nothing."""
    bodies = [e for e in {id(e): e for e in entities.values()}.values() if e.type in BODY_TYPES
              and not all(x.rule in weak_rules for x in e.mentions)]
    words = {id(e): _capitalised_words(e.name) for e in bodies}
    headed = {id(e) for e in bodies if _particle_after_head(e.name)}
    bodies = [e for e in bodies if len(words[id(e)]) >= MIN_NAME_WORDS]
    bodies.sort(key=lambda e: (-len(e.mentions), -len(e.name)))
    merged: dict[int, Unknown] = {}
    for i, keep in enumerate(bodies):
        if id(keep) in merged:
            continue
        for other in bodies[i + 1:]:
            if id(other) not in merged and _variants(words[id(keep)], words[id(other)], headed, keep, other):
                merged[id(other)] = keep
                keep.mentions = sorted(keep.mentions + other.mentions, key=lambda x: x.start)
    if merged:
        for key, entity in list(entities.items()):
            if id(entity) in merged:
                entities[key] = merged[id(entity)]


def _variants(a: tuple[str, ...], b: tuple[str, ...], headed: set[int], x: Unknown, y: Unknown) -> bool:
    if a == b:
        return True
    (short, short_entity), (long, _) = sorted(((a, x), (b, y)), key=lambda item: len(item[0]))
    if id(short_entity) not in headed or short[0] != long[0] or len(short) == len(long):
        return False
    return long[len(long) - len(short) + 1:] == short[1:]


def _particle_after_head(name: str) -> bool:
    """"Confederación del Transporte": a lower-case word follows the name's first word."""
    words = name.split()
    return len(words) > 2 and words[1][:1].islower()


def _capitalised_words(name: str) -> tuple[str, ...]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return tuple(_singular(w.casefold()) for w in plain.replace("-", " ").split() if w[:1].isupper())


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word
