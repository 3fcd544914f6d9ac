"""A place's name that names a body when it acts: "Europe quickly retaliated", "l'Europa ha risposto".

News lets a continent stand for the union that governs it: the subject of a verb of acting or speaking
is then the union (the gold-set guidelines, section 2: "Europe quickly retaliated" is an alias of the
European Union), while "in Europe", "gas to Europe" or "Europe's economy" stay the PLACE. Which names
stand for which body is per language in ``lang/<code>/acting_places.tsv`` (exact case). The verb is
found with the languages' own verb data (lang/verbs.py): a form of an event-trigger verb, a speech verb
(speech_verbs.tsv) or a speaking cue, one lower-case word (an adverb, an auxiliary) allowed before it. Only the
short stretch after each such mention is scanned, so the cost is nil on articles that have none.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cronaca import lang as langdata
from cronaca.document import Entity
from cronaca.kb import KnowledgeBase
from cronaca.lang.verbs import act_verbs
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView

_RULE = "acting-place"
#: Characters after the name that are scanned for the verb: an adverb or an auxiliary, then the verb.
WINDOW = 48
_TWO_WORDS = re.compile(r" +(\S+)(?: +\S+)?")


@cache
def acting_forms(code: str) -> dict[str, str]:
    """Exact form -> KB id of the body it names when acting (empty where the file is absent)."""
    forms: dict[str, str] = {}
    for row in langdata.load(code).table("acting_places.tsv"):
        for form in row["forms"].split(","):
            if form.strip():
                forms[form.strip()] = row["entity"].strip()
    return forms


def with_acting_places(entities: dict[str, Entity], view: TextView, lex: LinkLexicon,
                       kb: KnowledgeBase, make: Callable[[str], Entity]) -> None:
    """Move each mention of a place that is the subject of an act or speech verb to the body it stands
    for (``make(entry_id)`` builds that body's Entity when the article has none yet); in place."""
    forms = acting_forms(lex.code)
    if not forms:
        return
    for entity in list(entities.values()):
        if entity.type != "PLACE":
            continue
        acting = [x for x in entity.mentions if x.kind == "name" and forms.get(x.text) is not None
                  and _subject_of_verb(view, x.start, x.end, lex)]
        for x in acting:
            body_id = forms[x.text]
            if body_id not in kb.entries:
                continue
            body = entities.get(body_id)
            if body is None:
                body = entities[body_id] = make(body_id)
            entity.mentions.remove(x)
            x.entity_id, x.rule, x.confidence = body_id, _RULE, min(x.confidence, 0.7)
            body.mentions.append(x)
        if not entity.mentions:
            del entities[entity.id]


def _subject_of_verb(view: TextView, start: int, end: int, lex: LinkLexicon) -> bool:
    """No preposition before the name, and a verb of acting or speaking right after it (one lower-case
    word may stand between: "Europe quickly retaliated", "l'Europa ha risposto")."""
    before = view.words_before(start, 2)
    if before and before[-1] in lex.definite_articles:
        before = before[:-1]  # "gas to the Europe", "vers l'Europe": the word before the article
    word = before[-1] if before else ""
    if word in lex.conjunctions:
        return False  # "in den USA und Europa": a second conjunct may be in any role
    if word not in lex.definite_articles and (  # (French lists "l'" among its prepositions too)
            word in lex.locatives or word in lex.prepositions or word in lex.addressee_prepositions):
        return False
    window = view.text[end:end + WINDOW]
    if not window.startswith(" "):
        return False  # "Europe's", "Europe," "Europe-wide": no verb follows the name itself
    two = _TWO_WORDS.match(window)
    if two is None or not two.group(1)[:1].islower() or two.group(1).lower() in lex.conjunctions:
        return False  # "rearming Europe and supporting Ukraine": coordinated objects, no subject
    # the verb, or an auxiliary's participle, begins within the next two words; an auxiliary alone
    # is no verb of acting ("L'Europe a besoin de gaz", "Europe has many rivers")
    return act_verbs(lex.code).begins_within(window, 2)
