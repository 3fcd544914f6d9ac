"""Nouns for one person of a country ("der Deutsch-Israeli", "die Britin", "le Français", "la
británica"), made from the knowledge base's demonyms so no language lists them by hand: a form of a
country's demonym ending in ``ending`` gives the person nouns with that ending replaced by each of
``person_endings`` (lang/<code>/demonym_nouns.tsv: German "Briten" -> "Brite", "Britin"). Such a noun
says who someone is, not what office he holds, so it points back like "der Mann" (role_nouns.py).
"""
from __future__ import annotations

from functools import lru_cache

from cronaca import kb, lang as langdata


@lru_cache(maxsize=None)
def demonym_nouns(code: str) -> frozenset[str]:
    """Lower-case singular person nouns of every country's demonym in language ``code``; empty when
    the language has no demonym_nouns.tsv."""
    rules: list[tuple[str, tuple[str, ...]]] = []
    for row in langdata.load(code).table("demonym_nouns.tsv"):
        ending = (row.get("ending") or "").strip().lower()
        targets = tuple(t.strip().lower() for t in (row.get("person_endings") or "").split(",") if t.strip())
        if ending and targets:
            rules.append((ending, targets))
    if not rules:
        return frozenset()
    nouns: set[str] = set()
    for entry in kb.load().entries.values():
        for form in entry.adjectives.get(code, []):
            low = form.lower().rsplit("-", 1)[-1]  # "US-Amerikaner": the last part is the noun
            for ending, targets in rules:
                if low.endswith(ending) and len(low) > len(ending) + 2:
                    stem = low[:-len(ending)]
                    nouns.update(stem + t for t in targets)
    return frozenset(nouns)
