"""Per-article counts of one prediction against its gold: entities, quotes, events, dates, damage.

Pure functions of (GoldArticle, Document), so each rule of the scoring can be shown with a
hand-made example. Predicted entities are identified with gold entities by name: the canonical
name, or any alias the annotator listed, within the same type group; a KB entity also by any name
or acronym its KB entry lists (the annotators wrote names without the KB). Speakers and event actors
are entity ids in the prediction; they are compared through that same identification, so a
linking error costs in the entity score, and an attribution error in the quote or event score.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from cronaca.document import Document, Entity, Quote
from cronaca.evaluate.gold import GoldArticle, GoldEntity, GoldEvent, GoldQuote
from cronaca.evaluate.matching import match, overlap_of_shorter
from cronaca.evaluate.metrics import Score
from cronaca.kb import load as load_kb

#: Entity types scored together: what matters to a user is person / organisation / country / place.
TYPE_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "MEDIA": "ORG", "GROUP": "ORG",
              "COUNTRY": "COUNTRY", "PLACE": "PLACE"}
GROUPS = ("PERSON", "ORG", "COUNTRY", "PLACE")
QUOTE_OVERLAP = 0.5
_SPACES = re.compile(r"\s+")


def group(entity_type: str) -> str:
    return TYPE_GROUP.get(entity_type.upper(), "ORG")


def _key(name: str) -> str:
    return _SPACES.sub(" ", name).strip().casefold()


@cache
def _articles(code: str) -> frozenset[str]:
    """The language's definite articles (link_settings.tsv), empty for a language without data."""
    from cronaca.link.lexicon import lexicon

    try:
        return frozenset(a.replace("’", "'") for a in lexicon(code).definite_articles)
    except ValueError:  # LanguageDataError: no folder for this language
        return frozenset()


def _without_article(key: str, articles: frozenset[str]) -> str | None:
    """An alias without the article the guidelines keep in it ("la convención constituyente" ->
    "convención constituyente"): a name never includes the article, so a predicted entity named
    without it is the same entity. None when the alias starts with no article."""
    key = key.replace("’", "'")
    head, _, rest = key.partition(" ")
    if rest and head in articles:
        return rest
    elided = key.split("'", 1)
    if len(elided) == 2 and elided[0] + "'" in articles and elided[1]:
        return elided[1]
    return None


@dataclass
class Identity:
    """How names in one article map to gold entities (keys are casefolded canonical names)."""

    by_alias: dict[tuple[str, str], str]  # (casefolded name or alias, group) -> gold key
    by_name: dict[str, str]  # casefolded name or alias, any group -> gold key
    predicted: dict[str, str]  # predicted entity id -> gold key, or its own casefolded name

    @classmethod
    def of(cls, gold: GoldArticle, doc: Document) -> "Identity":
        by_alias: dict[tuple[str, str], str] = {}
        by_name: dict[str, str] = {}
        for entity in gold.entities:  # canonical names first, so they win over another's alias
            by_alias.setdefault((_key(entity.name), group(entity.type)), _key(entity.name))
            by_name.setdefault(_key(entity.name), _key(entity.name))
        articles = _articles(gold.language)
        for entity in gold.entities:
            for alias in entity.aliases:
                by_alias.setdefault((_key(alias), group(entity.type)), _key(entity.name))
                by_name.setdefault(_key(alias), _key(entity.name))
        for entity in gold.entities:  # after every listed form, so a listed form always wins
            for alias in entity.aliases:
                bare = _without_article(_key(alias), articles)
                if bare:
                    by_alias.setdefault((bare, group(entity.type)), _key(entity.name))
                    by_name.setdefault(bare, _key(entity.name))
        predicted = {e.id: _gold_key(e, by_alias, by_name) for e in doc.entities}
        return cls(by_alias, by_name, predicted)

    def entity(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        return self.predicted.get(entity_id, _key(entity_id))

    def gold_name(self, name: str | None) -> str | None:
        return None if name is None else self.by_name.get(_key(name), _key(name))


def _gold_key(entity: Entity, by_alias: dict[tuple[str, str], str], by_name: dict[str, str]) -> str:
    """The gold entity a predicted one is, by its name, else (when its name is no gold name of any
    type) by a name or acronym its KB entry lists (the KB's "Benedict XVI" is the gold's "Pope Benedict
    XVI", its "Central Intelligence Agency" the gold's "CIA"); a name no gold entity has stands for itself."""
    kind = group(entity.type)
    found = by_alias.get((_key(entity.name), kind))
    if found is None and entity.in_kb and _key(entity.name) not in by_name:
        entry = load_kb().get(entity.id)  # cached: the KB the pipeline linked with
        forms = [name for names in (*entry.aliases.values(), *entry.acronyms.values()) for name in names] \
            if entry else []
        found = next((by_alias[(_key(f), kind)] for f in forms if (_key(f), kind) in by_alias), None)
    return found or _key(entity.name)


def score_article(gold: GoldArticle, doc: Document) -> list[Score]:
    identity = Identity.of(gold, doc)
    return [*entity_scores(gold, doc, identity), quote_score(gold, doc, identity),
            *event_scores(gold, doc, identity), *damage_scores(gold, doc)]


def _score(stage: str, gold: GoldArticle, tp: int, fp: int, fn: int, **extra: float) -> Score:
    return Score(stage, "", gold.language, tp, fp, fn, {"articles": 1, **extra})


# -- entities -------------------------------------------------------------------------------------

def entity_scores(gold: GoldArticle, doc: Document, identity: Identity | None = None) -> list[Score]:
    """Overall entity P/R/F1 (with mention recall in extra), then one row per type group."""
    identity = identity or Identity.of(gold, doc)
    named = [e for e in doc.entities if not e.implied]  # an implied country is named by no span

    def same(g: GoldEntity, p: Entity) -> bool:
        return group(g.type) == group(p.type) and identity.entity(p.id) == _key(g.name)

    pairs = match(gold.entities, named, same)
    gold_hit = {i for i, _ in pairs}
    pred_hit = {j for _, j in pairs}
    exact = sum(1 for i, j in pairs if gold.entities[i].type == named[j].type.upper())
    found, total = mention_recall(gold, doc, identity)
    scores = [_score("entities", gold, len(pairs), len(named) - len(pairs),
                     len(gold.entities) - len(pairs), mentions_found=found, mentions_total=total,
                     exact_type=exact)]
    why = [(group(g.type), entity_miss(g, doc, named, identity))
           for i, g in enumerate(gold.entities) if i not in gold_hit]
    scores[0].extra.update(_reason_counts(r for _, r in why))
    for name in GROUPS:
        tp = sum(1 for i in gold_hit if group(gold.entities[i].type) == name)
        fp = sum(1 for j, e in enumerate(named) if j not in pred_hit and group(e.type) == name)
        fn = sum(1 for i, e in enumerate(gold.entities) if i not in gold_hit and group(e.type) == name)
        scores.append(_score(f"entities.{name}", gold, tp, fp, fn,
                             **_reason_counts(r for g, r in why if g == name)))
    return scores


ENTITY_MISSES = ("missed_wrong_type", "missed_other_entity", "missed_unmentioned", "missed_not_in_text")


def _reason_counts(reasons: Iterable[str]) -> dict[str, int]:
    counts = dict.fromkeys(ENTITY_MISSES, 0)
    for reason in reasons:
        counts[reason] += 1
    return counts


def entity_miss(g: GoldEntity, doc: Document, named: list[Entity], identity: Identity) -> str:
    """Why a gold entity was not found: the right entity was made with a type of another group
    (``wrong_type``); its words are covered by a mention of some other entity (``other_entity``: a span
    too long or short, or linked or named otherwise); no mention covers them (``unmentioned``); or
    none of its names occurs in the cleaned text (``not_in_text``: the gold lists no form the text uses)."""
    key = _key(g.name)
    if any(identity.entity(p.id) == key for p in named):
        return "missed_wrong_type"
    names = {n for n in (g.name, *g.aliases) if n.strip()}
    if not names or not doc.text:
        return "missed_not_in_text"
    spans = [(m.start(), m.end()) for m in _names_pattern(names).finditer(doc.text)]
    if not spans:
        return "missed_not_in_text"
    covered = any(m.start < e and s < m.end for p in named for m in p.mentions for s, e in spans)
    return "missed_other_entity" if covered else "missed_unmentioned"


def _names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Whole-word occurrences of any of ``names``, any case, any run of spaces between their words;
    the longest name first, so "Vladimir Putin" is one occurrence, not "Putin" inside it."""
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
                      + r")(?!\w)", re.IGNORECASE)


def mention_recall(gold: GoldArticle, doc: Document, identity: Identity) -> tuple[int, int]:
    """(found, total) occurrences of gold names and aliases in the cleaned text that a mention of the
    right entity covers. Longest alias first, so "Vladimir Putin" is one occurrence, not two."""
    owner: dict[str, set[str]] = {}  # an alias may stand for two entities ("Pechino": China, Beijing)
    for entity in gold.entities:
        for name in (entity.name, *entity.aliases):
            owner.setdefault(_key(name), set()).add(_key(entity.name))
    if not owner or not doc.text:
        return 0, 0
    pattern = _names_pattern(owner)
    covered: dict[str, list[tuple[int, int]]] = {}
    for entity in doc.entities:
        target = identity.entity(entity.id) or ""
        covered.setdefault(target, []).extend((m.start, m.end) for m in entity.mentions)
    found = total = 0
    for m in pattern.finditer(doc.text):
        targets = owner.get(_key(m.group()))
        if not targets:
            continue
        total += 1
        if any(s < m.end() and m.start() < e for t in targets for s, e in covered.get(t, ())):
            found += 1
    return found, total


# -- quotes ---------------------------------------------------------------------------------------

def quote_score(gold: GoldArticle, doc: Document, identity: Identity | None = None) -> Score:
    """Speaker-attributed quote P/R/F1: the words overlap enough and the speaker is the same entity.
    The span-only score (speaker ignored) goes in extra as span_tp/fp/fn; according_correct counts
    attributed quotes whose cited source (or its absence) agrees with the gold."""
    identity = identity or Identity.of(gold, doc)

    def words(g: GoldQuote, p) -> bool:
        return overlap_of_shorter(g.text, p.text) >= QUOTE_OVERLAP

    def attributed(g: GoldQuote, p) -> bool:
        return words(g, p) and identity.entity(p.speaker) == identity.gold_name(g.speaker)

    n_gold, n_pred = len(gold.quotes), len(doc.quotes)
    pairs = match(gold.quotes, doc.quotes, attributed)
    tp = len(pairs)
    span = len(match(gold.quotes, doc.quotes, words))
    according = sum(1 for i, j in pairs
                    if identity.entity(doc.quotes[j].according_to) == identity.gold_name(gold.quotes[i].according_to))
    return _score("quotes", gold, tp, n_pred - tp, n_gold - tp,
                  span_tp=span, span_fp=n_pred - span, span_fn=n_gold - span, according_correct=according,
                  **speaker_errors(gold, doc, identity, pairs, words))


SPEAKER_ERRORS = ("speaker_none", "speaker_unlinked", "speaker_other")


def speaker_errors(gold: GoldArticle, doc: Document, identity: Identity, pairs: list[tuple[int, int]],
                   words: Callable[[GoldQuote, Quote], bool]) -> dict[str, int]:
    """Why quotes found with the right words have the wrong speaker: none was given (``speaker_none``),
    the gold speaker is no entity of the prediction at all (``speaker_unlinked``: the linker never
    made it, so no attribution rule could pick it), or another entity was picked (``speaker_other``)."""
    counts = dict.fromkeys(SPEAKER_ERRORS, 0)
    gold_left = [i for i in range(len(gold.quotes)) if i not in {i for i, _ in pairs}]
    pred_left = [j for j in range(len(doc.quotes)) if j not in {j for _, j in pairs}]
    linked = {identity.entity(e.id) for e in doc.entities}
    found = match([gold.quotes[i] for i in gold_left], [doc.quotes[j] for j in pred_left], words)
    for a, b in found:
        g, p = gold.quotes[gold_left[a]], doc.quotes[pred_left[b]]
        if p.speaker is None:
            counts["speaker_none"] += 1
        elif g.speaker is not None and identity.gold_name(g.speaker) not in linked:
            counts["speaker_unlinked"] += 1
        else:
            counts["speaker_other"] += 1
    return counts


# -- events and their dates ----------------------------------------------------------------------

def _overlap(a: Iterable[str | None], b: Iterable[str | None]) -> bool:
    sa, sb = {x for x in a if x}, {x for x in b if x}
    return (not sa and not sb) or bool(sa & sb)


def same_actors(gold_source: list[str | None], gold_target: list[str | None],
                source: list[str | None], target: list[str | None]) -> bool:
    """Actor sets overlap and recipient sets overlap; when either side has no recipient (a reciprocal
    event: talks, joint agreements), the participants on both sides are compared instead, so that
    "A -> B" matches gold [A, B] -> []."""
    if not any(gold_target) or not any(target):
        return _overlap([*gold_source, *gold_target], [*source, *target])
    return _overlap(gold_source, source) and _overlap(gold_target, target)


def event_scores(gold: GoldArticle, doc: Document, identity: Identity | None = None) -> list[Score]:
    """Event P/R/F1 on type + actor + recipient (see ``same_actors``), with type-only
    counts and the matched events whose status agrees in extra; then the dates of the matched events."""
    identity = identity or Identity.of(gold, doc)
    pairs = event_pairs(gold, doc, identity)
    indexed = list(range(len(doc.events)))
    typed = len(match(gold.events, indexed, lambda g, j: doc.events[j].type.upper() == g.type))
    n_gold, n_pred = len(gold.events), len(doc.events)
    status = sum(1 for i, j in pairs if doc.events[j].status == gold.events[i].status)
    events = _score("events", gold, len(pairs), n_pred - len(pairs), n_gold - len(pairs),
                    type_tp=typed, type_fp=n_pred - typed, type_fn=n_gold - typed, status_correct=status,
                    **miss_reasons(gold, doc, {i for i, _ in pairs}), **type_counts(gold, doc, pairs))
    return [events, date_score(gold, [(gold.events[i].date, doc.events[j].date) for i, j in pairs])]


#: a predicted event stands in a gold event's evidence when this share of the shorter text is shared
EVIDENCE_OVERLAP = 0.6
MISS_REASONS = ("missed_no_trigger", "missed_trigger_unused", "missed_wrong_parties", "missed_other_type",
                "missed_no_evidence")


def miss_reasons(gold: GoldArticle, doc: Document, matched: set[int]) -> dict[str, int]:
    """Why each unmatched gold event was missed, judged from its evidence sentence: the trigger lexicon
    has no word of its type there (``no_trigger``); it has one but no event came out of the sentence
    (``trigger_unused``: dropped for want of an actor or recipient, or ruled out); an event of its type
    came out with other parties (``wrong_parties``); or only events of other types did. Aggregates of
    these tell where recall is lost without anyone reading the held-out texts."""
    sentences = [doc.text[e.sentence.start:e.sentence.end] for e in doc.events]
    counts = dict.fromkeys(MISS_REASONS, 0)
    for i, g in enumerate(gold.events):
        if i in matched:
            continue
        if not g.evidence:
            counts["missed_no_evidence"] += 1
            continue
        there = {doc.events[j].type.upper() for j, sentence in enumerate(sentences)
                 if overlap_of_shorter(g.evidence, sentence) >= EVIDENCE_OVERLAP}
        if there:
            counts["missed_wrong_parties" if g.type in there else "missed_other_type"] += 1
        else:
            counts["missed_trigger_unused" if g.type in _trigger_types(doc, g.evidence) else "missed_no_trigger"] += 1
    return counts


def _trigger_types(doc: Document, evidence: str) -> set[str]:
    """Event types the trigger lexicon reads in the document's sentences that hold ``evidence``."""
    from cronaca.extract.events.lexicon import lexicon

    if not doc.language or not doc.text:
        return set()
    lex = lexicon(doc.language)
    types: set[str] = set()
    for start, end in doc.sentences or [(0, len(doc.text))]:
        if overlap_of_shorter(evidence, doc.text[start:end]) >= EVIDENCE_OVERLAP:
            types |= {t.type for m in lex.scan(doc.text[start:end]) for t in m.triggers}
    return types


def type_counts(gold: GoldArticle, doc: Document, pairs: list[tuple[int, int]]) -> dict[str, int]:
    """Gold, predicted and matched events per PLOVER type (``gold.MEET``, ``pred.MEET``, ``tp.MEET``):
    per-type recall and precision summed over articles."""
    counts: dict[str, int] = {}
    for prefix, types in (("gold", [g.type for g in gold.events]),
                          ("pred", [e.type.upper() for e in doc.events]),
                          ("tp", [gold.events[i].type for i, _ in pairs])):
        for t in types:
            counts[f"{prefix}.{t}"] = counts.get(f"{prefix}.{t}", 0) + 1
    return counts


def event_pairs(gold: GoldArticle, doc: Document, identity: Identity) -> list[tuple[int, int]]:
    """(gold index, predicted index) of the matched events: same type and parties, the pairing that
    prefers each gold event's own sentence and status among matchings of the same size (so that dates
    and status are judged on the right pair). Error-listing tools share it with the scorer."""
    pred_actors = [([identity.entity(x) for x in e.source], [identity.entity(x) for x in e.target])
                   for e in doc.events]
    indexed = list(range(len(doc.events)))

    def same(g: GoldEvent, j: int) -> bool:
        source, target = pred_actors[j]
        return doc.events[j].type.upper() == g.type and same_actors(
            [identity.gold_name(n) for n in g.source], [identity.gold_name(n) for n in g.target], source, target)

    def closeness(g: GoldEvent, j: int) -> float:
        event = doc.events[j]
        sentence = doc.text[event.sentence.start:event.sentence.end]
        return (overlap_of_shorter(g.evidence, sentence) if g.evidence else 0.0) \
            + 0.5 * (event.status == g.status)

    return match(gold.events, indexed, same, closeness)


def date_score(gold: GoldArticle, pairs: list[tuple[str | None, str | None]]) -> Score:
    """Dates of matched events. Correct when the prediction agrees at the gold's precision (a gold
    month is met by any day of it, a gold year by any month or day). tp: correct; fp: a wrong date given; fn: a gold date not found.
    extra: day_correct (identical strings) and month_correct, over the dated gold events."""
    tp = fp = fn = day = month = dated = 0
    for want, got in pairs:
        if not want:
            continue
        dated += 1
        day += int(got == want)
        month += int(bool(got) and got[: min(7, len(want))] == want[:7])  # a gold year: the year
        if got and got[: len(want)] == want:
            tp += 1
        else:
            fn += 1
            fp += int(bool(got))
    return _score("dates", gold, tp, fp, fn, dated=dated, day_correct=day, month_correct=month)


# -- damage ---------------------------------------------------------------------------------------

def _diff(before: str, after: str) -> tuple[str, str]:
    """What actually changed: the two strings without their common prefix and suffix."""
    i = 0
    while i < min(len(before), len(after)) and before[i] == after[i]:
        i += 1
    j = 0
    while j < min(len(before), len(after)) - i and before[-1 - j] == after[-1 - j]:
        j += 1
    return before[i: len(before) - j], after[i: len(after) - j]


def same_repair(gold: tuple[str, str], before: str, after: str) -> bool:
    """Equal (case-insensitive), or the same change written with more or less context around it
    ("spaziale.Nel" -> "spaziale. Nel" is the change "" -> " " a pass may record alone)."""
    gb, ga = gold[0].casefold(), gold[1].casefold()
    pb, pa = before.casefold(), after.casefold()
    if (gb, ga) == (pb, pa):
        return True
    wide, narrow = ((gb, ga), (pb, pa)) if len(gb) >= len(pb) else ((pb, pa), (gb, ga))
    return (narrow[0] in wide[0] and narrow[1] in wide[1] and _diff(*wide) == _diff(*narrow)
            and any(narrow))


def damage_scores(gold: GoldArticle, doc: Document) -> list[Score]:
    """Repairs as a multiset of (before, after); false repairs are the unmatched predictions. A
    "repair" that leaves the text as it was (a suspicion flagged) is counted apart, as flagged_only.
    Removed lines: a gold snippet is found when a removed block contains it."""
    changed = [r for r in doc.integrity.repairs if r.kind != "whitespace"]
    repairs = [r for r in changed if r.before != r.after]  # before == after: flagged, text left alone
    pairs = match(gold.repairs, repairs, lambda g, r: same_repair(g, r.before, r.after))
    tp = len(pairs)
    damage = _score("damage", gold, tp, len(repairs) - tp, len(gold.repairs) - tp,
                    false_repairs=len(repairs) - tp, flagged_only=len(changed) - len(repairs))
    removed = [_key(r.text) for r in doc.integrity.removed]
    found = sum(1 for g in gold.removed if any(_key(g.contains) in r for r in removed))
    stray = sum(1 for r in removed if not any(_key(g.contains) in r for g in gold.removed))
    return [damage, _score("damage.removed", gold, found, stray, len(gold.removed) - found)]
