"""Bodies named with who controls them: "der von der Hamas kontrollierte Zivilschutz", "the Hamas-run
health ministry", "il ministero della Sanità controllato da Hamas".

A national body's noun with no country next to it names no particular actor (institutions.py); a
participle of control joined to an armed group or a country says whose body it is: the controller's
country (the KB's ``country`` of Hamas is Palestine, so its health ministry is Palestine's). The
words are per language in ``body_controllers.tsv``: side ``before`` for a participle between the
controller and the noun ("Hamas-run", "von der Hamas kontrollierte"), side ``after`` for one after the
noun, then at most a definite article before the controller ("controlled by Hamas", "das ebenfalls unter
der Kontrolle der Hamas steht"). Only groups and countries control a body here: a town's or a
region's police ("Ohio-run"?) is not the country's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.kb import KnowledgeBase
from cronaca.link.view import TextView

#: Entity types that control a body as a state does.
CONTROLLER_TYPES = frozenset({"GROUP", "COUNTRY"})
#: Most words between a body's noun and a participle after it ("das ebenfalls unter der Kontrolle").
MOST_WORDS_BETWEEN = 3
_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[.;:!?\n«»\"“”„]")


@dataclass(frozen=True, slots=True)
class ControllerCues:
    before: tuple[str, ...]  # between controller and noun: "-run", "kontrollierte"
    after: tuple[str, ...]  # after the noun, before the controller: "run by", "controllato da"


@cache
def controller_cues(code: str) -> ControllerCues:
    try:
        data = langdata.load(code)
    except langdata.LanguageDataError:
        return ControllerCues((), ())
    if not data.has("body_controllers.tsv"):
        return ControllerCues((), ())
    rows = data.table("body_controllers.tsv")
    longest_first = lambda side: tuple(sorted((r["cue"].strip().lower() for r in rows if r["side"] == side),
                                              key=len, reverse=True))
    return ControllerCues(longest_first("before"), longest_first("after"))


def controller_country(start: int, end: int, view: TextView, kb: KnowledgeBase, code: str,
                       definite_articles: frozenset[str], by_start: dict[int, Mention],
                       by_end: dict[int, Mention]) -> str | None:
    """ISO3 of the group or country that controls the body named at [start, end), or None."""
    cues = controller_cues(code)
    folded = view.folded
    for cue in cues.before:
        # "Hamas-run health ministry", "von der Hamas kontrollierte Zivilschutz"
        joined = cue if cue.startswith("-") else " " + cue
        at = start - len(joined) - 1
        if at > 0 and folded[at:start] == joined + " ":
            country = _country(by_end.get(at), kb)
            if country is not None:
                return country
    for cue in cues.after:
        country = _after(cue, end, view, kb, definite_articles, by_start)
        if country is not None:
            return country
    return None


def _after(cue: str, end: int, view: TextView, kb: KnowledgeBase, definite_articles: frozenset[str],
           by_start: dict[int, Mention]) -> str | None:
    folded = view.folded
    window = folded[end:end + 60 + len(cue)]
    at = window.find(" " + cue + " ")
    if at == -1:
        return None
    gap = window[:at]
    if _CLAUSE_END.search(gap) or len(_WORD.findall(gap)) > MOST_WORDS_BETWEEN \
            or any(c.isupper() for c in view.text[end:end + at]):
        return None  # a capitalised word between goes on the body's name ("ministero della Sanità")
    i = end + at + len(cue) + 2
    article = _WORD.match(folded, i)
    if article is not None and article.group() in definite_articles and folded[article.end():article.end() + 1] == " ":
        i = article.end() + 1
    return _country(by_start.get(i), kb)


def _country(mention: Mention | None, kb: KnowledgeBase) -> str | None:
    if mention is None or mention.kind not in ("name", "acronym"):
        return None
    entry = kb.entries.get(mention.entity_id)
    if entry is None or entry.type not in CONTROLLER_TYPES or not entry.country:
        return None
    return entry.country
