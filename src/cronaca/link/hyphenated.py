"""Names whose capitalised parts hyphens and short lower-case words join: "Seine-et-Marne",
"Saint-Germain-en-Laye", "Boulogne-sur-Mer", "Villeneuve-d'Ascq", "Stratford-upon-Avon".

Why: such a name is one word to the reader, but a name finder that only joins capitalised parts
stops at "-et-", and the KB finds a shorter name inside it ("Seine", "Montreuil", "Boulogne"),
which then names another place (a river, a town elsewhere). The link words are short and lower
case in every language that writes names this way, so the shape alone says it: no word list.
"""
from __future__ import annotations

import re


def cased_class(upper: bool) -> str:
    """A regex character class body with every upper-case (or lower-case) letter of the Basic
    Multilingual Plane, which holds every cased script (Python's re has no \\p{Lu})."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if chr(cp).isupper() if upper else chr(cp).islower():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


UPPER = cased_class(upper=True)
LOWER = cased_class(upper=False)
#: Longest lower-case word that links two capitalised parts ("et", "sur", "les", "upon").
MAX_LINK_WORD = 4
#: One or more link words between hyphens, or an elided one ("-d'"), before the next part.
LINK = rf"-(?:[{LOWER}]{{1,{MAX_LINK_WORD}}}-|[{LOWER}]['’])+"
_LINK_AFTER = re.compile(rf"{LINK}[{UPPER}]")
_LINK_BEFORE = re.compile(rf"[{UPPER}][\w]*{LINK}\Z")
#: How far back a linked part before a name is looked for.
_BEFORE_WINDOW = 40


def inside_linked_name(text: str, start: int, end: int) -> bool:
    """True when the span ``start:end`` is only a part of a linked name: "Seine" in
    "Seine-et-Marne", "Laye" in "Saint-Germain-en-Laye"."""
    if _LINK_AFTER.match(text, end) is not None:
        return True
    return start > 0 and text[start - 1] in "-'’" \
        and _LINK_BEFORE.search(text, max(0, start - _BEFORE_WINDOW), start) is not None
