"""A town's name after an article that towns do not take names the town's sports club.

Italian and Spanish use town names bare ("a Napoli", "Sevilla es"), but clubs with the masculine
article ("il Napoli ha vinto", "tifosi del Parma", "el Sevilla ganó"): the town there is the club, an
ORG (the gold set counts sports clubs as organisations). The articles are listed per language in
club_articles.txt (absent where towns and clubs are written alike: French, German, English). A town
whose own name holds an article ("Il Cairo", "L'Aquila") is left alone, as are regions (the KB gives
only towns a population) and countries.
"""
from __future__ import annotations

import re

from cronaca.document import Mention
from cronaca.kb import KBEntry, KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.unknown import Unknown, recast
from cronaca.link.view import TextView

RULE = "unknown:club-article"
_NEXT_WORD = re.compile(r"[ \u00a0]+(\w)")
#: How sure a club read from its article is: the article is a strong, but not the only, sign.
CLUB_CONFIDENCE = 0.65


def clubs_over_towns(kb_mentions: list[Mention], view: TextView, lex: LinkLexicon,
                     kb: KnowledgeBase) -> tuple[list[Mention], list[Unknown]]:
    """``kb_mentions`` without the towns named as clubs, and the clubs (ORG, outside the KB)."""
    if not lex.club_articles:
        return kb_mentions, []
    def club(x: Mention) -> bool:
        entry = kb.entries.get(x.entity_id)
        return entry is not None and x.kind == "name" and entry.type == "PLACE" and bool(entry.population) \
            and _club_article_before(view, x.start, lex) and not _article_in_name(entry, lex) \
            and not _name_goes_on(view.text, x.end)  # "del Merano WineFestival": a longer name

    return recast(kb_mentions, club, "ORG", RULE, CLUB_CONFIDENCE)


def _name_goes_on(text: str, end: int) -> bool:
    """Does a capitalised word follow one space after ``end`` (the town begins a longer name)?"""
    found = _NEXT_WORD.match(text, end)
    return found is not None and found.group(1).isupper()


def _club_article_before(view: TextView, start: int, lex: LinkLexicon) -> bool:
    """Is the word one space before ``start`` a club article ("il", "del", "el")?"""
    if start < 2 or view.text[start - 1] != " ":
        return False
    before = view.words_before(start, 1)
    if not before or before[-1] not in lex.club_articles:
        return False
    return view.folded.endswith(before[-1], 0, start - 1)  # the article itself, not a stripped quote


def _article_in_name(entry: KBEntry, lex: LinkLexicon) -> bool:
    """"Il Cairo", "L'Aquila", "El Cairo": the article belongs to the town's own name."""
    for name in [entry.name, *entry.aliases.get("*", []), *entry.aliases.get(lex.code, [])]:
        folded = name.casefold()
        first = folded.split(" ", 1)[0]
        elided = first[:first.find("'") + 1] if "'" in first else ""
        if " " in folded and first in lex.definite_articles or elided in lex.definite_articles:
            return True
    return False
