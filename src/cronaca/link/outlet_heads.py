"""An outlet whose name opens with an article, cited by its head word: "laut Spiegel", "gegenüber der
Welt", "wie die Zeit berichtete", "selon le Monde", "the Times reported".

The KB names such outlets with their article ("Der Spiegel", "Die Welt", "Le Monde"), but the article
changes with the sentence ("der Welt", "dem Spiegel", "du Monde") or drops ("laut Spiegel"), and the
head alone is a common word ("Welt", "Zeit", "Monde": world, time), so the head counts only where the
language cites a source: right after a cue of ``source_cues.tsv`` positioned before the source
("laut", "gegenüber", "selon", "told"), or right before one positioned after it ("berichtete",
"reported"), with an article of the language or quotation marks around it allowed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView
from cronaca.prefixed_search import unglued

RULE = "outlet:head"
CONFIDENCE = 0.75
_QUOTES = "\"'„“”«»‚‘’"
#: Articles of any supported language an outlet's KB name may open with.
_OPENING_ARTICLES = frozenset({"der", "die", "das", "le", "la", "les", "l'", "el", "the", "il", "lo", "los", "las"})


@cache
def _heads(kb: KnowledgeBase) -> dict[str, str]:
    """Head word(s) -> KB id for outlets whose names open with an article ("Spiegel" -> Der Spiegel);
    a head two outlets share is left out."""
    found: dict[str, set[str]] = {}
    for entry in kb.entries.values():
        if entry.type != "MEDIA":
            continue
        for name in [entry.name, *(a for names in entry.aliases.values() for a in names),
                     *(a for names in entry.acronyms.values() for a in names)]:
            article, _, head = name.partition(" ")
            if article.lower() in _OPENING_ARTICLES and head[:1].isupper():
                found.setdefault(head, set()).add(entry.id)
    return {head: next(iter(ids)) for head, ids in found.items() if len(ids) == 1}


@cache
def _cue_patterns(code: str) -> tuple[str, str]:
    """Alternations of the cues before and after the source, "*" as any ending."""
    before, after = [], []
    for row in langdata.load(code).table("source_cues.tsv"):
        cue = r"\s+".join(re.escape(w).replace(r"\*", r"\w*") for w in row["cue"].split())
        (before if row["position"] == "before" else after).append(cue)
    return "|".join(sorted(before, key=len, reverse=True)), "|".join(sorted(after, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    """A scan for the head words, then the cue checks run only where a head stands: a single
    alternation that opens with the cues would be tried at every character of the text. ``head``
    has no look-behind in front, so the regex engine jumps to the heads' first letters
    (``unglued`` checks that no word character is glued before a head)."""

    head: re.Pattern[str]
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


#: How far back from a head the cue before it may start ("gegenüber der Zeitung „...").
_REACH_BEFORE = 80


@cache
def _patterns(code: str, kb: KnowledgeBase, articles: frozenset[str]) -> _Patterns | None:
    heads = _heads(kb)
    before, after = _cue_patterns(code)
    if not heads or not (before or after):
        return None
    names = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    article = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    return _Patterns(
        head=re.compile(rf"(?:{names})(?=s?[{_QUOTES}]?(?!\w))"),
        before=re.compile(rf"(?<!\w)(?i:{before})[ ,]+(?:(?i:{article})\s+)?[{_QUOTES}]?\Z")
        if before else None,
        after=re.compile(rf"s?[{_QUOTES}]?[ ,]+(?i:{after})(?!\w)") if after else None,
    )


_WORD_CHAR = re.compile(r"\w")


def outlet_heads(view: TextView, lex: LinkLexicon, kb: KnowledgeBase,
                 taken: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of outlets cited by their head word next to a source cue, outside ``taken`` spans."""
    patterns = _patterns(lex.code, kb, lex.definite_articles)
    if patterns is None:
        return []
    heads = _heads(kb)
    text = view.text
    found = []
    for hit in unglued(patterns.head, text, _WORD_CHAR):
        start, end = hit.span()
        cited = (patterns.before is not None
                 and patterns.before.search(text, max(0, start - _REACH_BEFORE), start) is not None) or (
                 patterns.after is not None and patterns.after.match(text, end) is not None)
        if not cited or any(s < end and start < e for s, e in taken):
            continue
        found.append(Mention(start, end, hit.group(), heads[hit.group()], RULE, CONFIDENCE, "name"))
    return found
