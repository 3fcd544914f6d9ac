"""Platforms named by one letter: "wrote on X", "schrieb auf X", "ha scritto su X" name the platform.

Twitter renamed itself "X" in 2023 and news now cites posts "on X" in every language. One capital
letter is no name the automaton can match (forms of one character are never keys: "X" is also a
variable, a grade, a Roman ten), so it counts only after the language's preposition for posting on a
platform (``platform_cues`` in link_settings.tsv) and only as a whole word: "on X-ray", "on
X Street" stay out, "on X Monday" (a weekday after it) stays in. Which letters name which KB entity is
data too (``letter_platforms``: "x=kb:org:twitter").
"""
from __future__ import annotations

import re
from functools import cache

from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView
from cronaca.prefixed_search import unglued

RULE = "platform:letter"
CONFIDENCE = 0.8
_BODY_TYPES = frozenset({"ORG", "MEDIA"})
#: What may not stand right before a lone letter (the letter would be the end of a word: "Twitter-X").
_GLUE = re.compile(r"[\w-]")


def letter_platforms(view: TextView, lex: LinkLexicon, kb: KnowledgeBase, bodies: list[Mention],
                     taken: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of one-letter platforms after a cue word or in a list of ``bodies`` (KB mentions of
    organisations), outside the ``taken`` spans."""
    if not lex.letter_platforms:
        return []
    bare, cue_before, reach = _patterns(tuple(lex.letter_platforms), tuple(lex.platform_cues))
    text = view.text
    letter_hits = list(unglued(bare, text, _GLUE))
    if not letter_hits:
        return []
    ends = {x.end for x in bodies if kb.entries.get(x.entity_id) and kb.entries[x.entity_id].type in _BODY_TYPES}
    starts = {x.start for x in bodies if kb.entries.get(x.entity_id) and kb.entries[x.entity_id].type in _BODY_TYPES}
    found = []
    cued = [h for h in letter_hits if cue_before.search(text, max(0, h.start() - reach), h.start())]
    hits = [(h, "cue") for h in cued] + [(h, "list") for h in letter_hits]
    seen: set[int] = set()
    for hit, how in hits:
        start, end = hit.span(1)
        entity_id = lex.letter_platforms[hit.group(1).lower()]
        if start in seen or entity_id not in kb.entries or any(s < end and start < e for s, e in taken):
            continue
        if how == "list" and not _listed_between(text, start, end, ends, starts, lex):
            continue
        if text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
            k = end + 1
            while k < len(text) and text[k].isalpha():
                k += 1
            if not lex.calendar_at(view, end + 1, k):
                continue  # "on X Street", "auf X Æ A-12": the letter opens a longer name
        seen.add(start)
        found.append(Mention(start, end, hit.group(1), entity_id, RULE, CONFIDENCE, "name"))
    return found


@cache
def _patterns(letters: tuple[str, ...], cues: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """The letters standing alone, and the cue that must end right before one ("on ", "auf "): the
    cue is checked only where a letter stands, since an alternation opening with case-insensitive
    cues would be tried at every character of the text."""
    alternation = "|".join(re.escape(p) for p in sorted(cues, key=len, reverse=True)) or "(?!)"
    letter_class = "".join(re.escape(k.upper()) for k in letters)
    bare = re.compile(rf"([{letter_class}])(?![\w-]|\.\w)")  # (not glued: ``_GLUE``, ``unglued``)
    cue_before = re.compile(rf"(?<!\w)(?i:{alternation}) \Z")
    return bare, cue_before, max((len(p) for p in cues), default=0) + 1


def _listed_between(text: str, start: int, end: int, ends: set[int], starts: set[int], lex: LinkLexicon) -> bool:
    """True when a KB body ends right before the letter or begins right after it, across a comma or
    a conjunction ("Facebook, X, Google", "Facebook and X", "X und Tiktok")."""
    def joined(gap: str) -> bool:  # ", " or " und " or ", and "
        words = gap.strip(" ,").split()
        return gap == ", " or len(words) == 1 and words[0].lower() in lex.conjunctions and gap.endswith(" ")

    before = any(joined(text[e:start]) for e in ends if 0 < start - e <= 6)
    after = any(joined(text[end:s]) for s in starts if 0 < s - end <= 6)
    return before or after
