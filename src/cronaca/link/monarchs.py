"""Which heads of state reign: a king is head of state, but "el presidente" never names him.

The KB's role ``head_of_state`` covers presidents and monarchs alike (SCHEMA.md), so the linker tells
them apart by how the KB names the person: an alias that opens with a monarch's title of any
supported language ("King Felipe VI", "re Abdallah II", from ``monarch_titles`` in link_settings.tsv),
a regnal number ("Harald V", "Carl XVI Gustaf", "Mohammed VI of Morocco") or a realm after "of"
("Philippe of Belgium", "Albert II, Prince of Monaco"). Presidents are never named so.
"""
from __future__ import annotations

import re

from cronaca import lang as langdata
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import lexicon

#: a given name and a regnal number opening the name ("Harald V", "Carl XVI Gustaf"); a family name
#: before the number is a generational suffix ("Benigno Aquino III": a president)
_REGNAL = re.compile(r"^\w[\w-]* [IVX]+\b")
_REALM = re.compile(r"(?:,| of) (?:the )?[A-Z]")
STATE_ROLE = "head_of_state"


def monarch_titles() -> frozenset[str]:
    """Every supported language's monarch titles, lower case ("re", "king", "roi", "könig")."""
    return frozenset(w for code in langdata.supported() for w in lexicon(code).monarch_titles)


def monarchs(kb: KnowledgeBase) -> frozenset[str]:
    """Ids of the KB people who were ever head of state as monarchs."""
    titles = monarch_titles()
    found = set()
    for entry in kb.entries.values():
        if entry.type != "PERSON" or not any(r.role == STATE_ROLE for r in entry.roles):
            continue
        aliases = (a for names in entry.aliases.values() for a in names)
        if _REGNAL.search(entry.name) or _REALM.search(entry.name) \
                or any(a.split(" ", 1)[0].lower() in titles for a in aliases if " " in a):
            found.add(entry.id)
    return frozenset(found)
