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
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView

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


@cache
def _pattern(code: str, kb: KnowledgeBase, articles: frozenset[str]) -> re.Pattern[str] | None:
    heads = _heads(kb)
    before, after = _cue_patterns(code)
    if not heads or not (before or after):
        return None
    names = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    article = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    head = rf"(?:(?i:{article})\s+)?[{_QUOTES}]?(?P<head>{names})s?[{_QUOTES}]?(?!\w)"
    parts = []
    if before:
        parts.append(rf"(?<!\w)(?i:{before})[ ,]+{head}")
    if after:
        parts.append(rf"{head.replace('(?P<head>', '(?P<head2>')}[ ,]+(?i:{after})(?!\w)")
    return re.compile("|".join(f"(?:{p})" for p in parts))


def outlet_heads(view: TextView, lex: LinkLexicon, kb: KnowledgeBase,
                 taken: list[tuple[int, int]]) -> list[Mention]:
    """Mentions of outlets cited by their head word next to a source cue, outside ``taken`` spans."""
    pattern = _pattern(lex.code, kb, lex.definite_articles)
    if pattern is None:
        return []
    heads = _heads(kb)
    found = []
    for hit in pattern.finditer(view.text):
        group = "head" if hit.group("head") else "head2"
        start, end = hit.span(group)
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(Mention(start, end, hit.group(group), heads[hit.group(group)], RULE, CONFIDENCE, "name"))
    return found
