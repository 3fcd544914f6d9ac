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
#: A linked name: one link, at most two capitalised parts on each side of it, and nothing glued to
#: it ("Five-Nights-at-Freddys-Photo-by-Courtesy-of-Universal-Pictures" is a file name, not a place).
LINKED_NAME = rf"(?<![\w'’-])[{UPPER}]\w*(?:-[{UPPER}]\w*)?{LINK}[{UPPER}]\w*(?:-[{UPPER}]\w*)?(?![\w'’-])"
_LINKED_NAME = re.compile(LINKED_NAME)
_CHUNK_CHARS = re.compile(r"[\w'’-]")


def inside_linked_name(text: str, start: int, end: int) -> bool:
    """True when the span ``start:end`` is only a part of a linked name: "Seine" in
    "Seine-et-Marne", "Laye" in "Saint-Germain-en-Laye"."""
    left, right = start, end
    while left > 0 and _CHUNK_CHARS.match(text, left - 1):
        left -= 1
    while right < len(text) and _CHUNK_CHARS.match(text, right):
        right += 1
    return (left, right) != (start, end) and _LINKED_NAME.fullmatch(text, left, right) is not None
