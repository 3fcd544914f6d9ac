"""A capitalised plural noun of inhabitants after a plural article ("les Lyonnais", "des Bretons",
"i Milanesi") names people of a place, a generic group: never an organisation.

Languages that capitalise such nouns list their plural articles (``plural_articles``) and the
endings of inhabitant nouns (``inhabitant_endings``) in link_settings.tsv; either absent, the rule
is off. Only a lone word counts: "les Lyonnais Dupont" is no such noun.
"""
from __future__ import annotations

from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView

#: Shortest stem left before the ending: "Bretons" (Bret-ons), not "Dons".
MIN_STEM = 3


def inhabitants(start: int, end: int, view: TextView, lex: LinkLexicon) -> bool:
    """True when the word at ``start:end`` is a plural inhabitant noun right after a plural article."""
    if not lex.inhabitant_endings or not lex.plural_articles:
        return False
    word = view.folded[start:end]
    if not word.isalpha() or view.text[start:end].isupper() or not any(
            word.endswith(ending) and len(word) - len(ending) >= MIN_STEM for ending in lex.inhabitant_endings):
        return False
    if view.text[start - 1:start] not in (" ", "\u00a0"):
        return False
    before = view.words_before(start, 1)
    return bool(before) and before[-1] in lex.plural_articles
