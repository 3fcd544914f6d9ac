"""The gold-set scorers on hand-made predictions: each test pins one matching rule with exact counts."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Entity, Event, Mention, Quote, Removed, Repair, Span
from cronaca.evaluate.article_scores import (
    Identity, damage_scores, date_score, entity_scores, event_scores, quote_score, same_repair,
)
from cronaca.evaluate.gold import GoldArticle, GoldEntity, GoldEvent, GoldQuote, GoldRemoved
from cronaca.evaluate.matching import match, overlap_of_shorter

TEXT = ("Il presidente russo Vladimir Putin ha parlato con Xi Jinping. "
        "Putin ha detto che la cooperazione è “veramente strategica”.")
PUTIN = GoldEntity("Vladimir Putin", "PERSON", ("Vladimir Putin", "Putin", "il presidente russo"))
XI = GoldEntity("Xi Jinping", "PERSON", ("Xi Jinping",))
RUSSIA = GoldEntity("Russia", "COUNTRY", ("Russia",))
AP = GoldEntity("Associated Press", "MEDIA", ("AP",))


def gold(**fields) -> GoldArticle:
    return GoldArticle(id="t-1", language="it", split="dev", text=TEXT, **fields)


def doc(entities=(), quotes=(), events=(), repairs=(), removed=()) -> Document:
    d = Document(raw=TEXT, language="it")
    d.text = TEXT
    d.entities = list(entities)
    d.quotes = list(quotes)
    d.events = list(events)
    d.integrity.repairs = list(repairs)
    d.integrity.removed = list(removed)
    return d


def entity(eid: str, name: str, type_: str, *mentions: str) -> Entity:
    found = []
    for text in mentions:
        start = TEXT.index(text)
        found.append(Mention(start, start + len(text), text, eid, "test"))
    return Entity(eid, name, type_, mentions=found)


def event(type_: str, source: list[str], target: list[str], date: str | None = None) -> Event:
    return Event(type_, source, target, "occurred", date, Span(0, 1, "I"), Span(0, 10, TEXT[:10]))


def quote(text: str, speaker: str | None) -> Quote:
    start = TEXT.find(text)
    return Quote(start, start + len(text), text, speaker, None, True)


def counts(score) -> tuple[float, float, float]:
    return score.tp, score.fp, score.fn


# -- matching primitives --------------------------------------------------------------------------

def test_overlap_is_shared_tokens_over_the_shorter_text():
    assert overlap_of_shorter("veramente strategica", "“Veramente strategica”, ha detto") == 1.0
    assert overlap_of_shorter("una cooperazione veramente strategica", "cooperazione tattica") == 0.5


def test_matching_finds_the_pairing_that_greedy_would_miss():
    # gold 0 accepts pred 0 or 1, gold 1 only pred 0: greedy gives 1 pair, the maximum is 2
    ok = {(0, 0), (0, 1), (1, 0)}
    assert match([0, 1], [0, 1], lambda g, p: (g, p) in ok) == [(0, 1), (1, 0)]


# -- entities -------------------------------------------------------------------------------------

def test_entities_match_by_canonical_name_ignoring_case():
    scores = entity_scores(gold(entities=(PUTIN, XI)), doc([entity("Q7747", "vladimir putin", "PERSON")]))
    assert counts(scores[0]) == (1, 0, 1)


def test_entity_named_by_a_gold_alias_counts_as_found():
    scores = entity_scores(gold(entities=(PUTIN,)), doc([entity("x:person:putin", "Putin", "PERSON")]))
    assert counts(scores[0]) == (1, 0, 0)


def test_entity_named_like_a_gold_alias_without_its_article_counts_as_found():
    # the guidelines keep the article in the alias ("il presidente russo"); a name never has one
    scores = entity_scores(gold(entities=(PUTIN,)), doc([entity("x:person:presidente-russo",
                                                                "presidente russo", "PERSON")]))
    assert counts(scores[0]) == (1, 0, 0)


def test_a_kb_entity_is_identified_by_a_name_its_kb_entry_lists():
    # the KB calls him "Benedict XVI" and lists "Pope Benedict XVI" among his English names
    pope = GoldEntity("Pope Benedict XVI", "PERSON", ("Benedetto XVI",))
    pred = doc([entity("kb:person:benedict-xvi", "Benedict XVI", "PERSON")])
    assert counts(entity_scores(gold(entities=(pope,)), pred)[0]) == (1, 0, 0)


def test_a_kb_name_never_overrides_a_predicted_name_that_is_a_gold_name_of_another_type():
    # "Italy" typed PLACE is no gold COUNTRY match, but it still stands for the gold "Italy" in events
    italy = GoldEntity("Italy", "COUNTRY", ("Italia",))
    pred = doc([entity("Q38", "Italy", "PLACE")])
    assert Identity.of(gold(entities=(italy,)), pred).entity("Q38") == "italy"


def test_a_leading_word_that_is_no_article_is_not_dropped_from_an_alias():
    scores = entity_scores(gold(entities=(PUTIN,)), doc([entity("x:person:russo", "russo", "PERSON")]))
    assert counts(scores[0]) == (0, 1, 1)


def test_entity_of_the_wrong_type_group_is_a_miss_and_a_false_positive():
    scores = entity_scores(gold(entities=(RUSSIA,)), doc([entity("Q159", "Russia", "PERSON")]))
    assert counts(scores[0]) == (0, 1, 1)


def test_media_and_org_are_one_type_group():
    scores = entity_scores(gold(entities=(AP,)), doc([entity("Q40469", "Associated Press", "ORG")]))
    assert counts(scores[0]) == (1, 0, 0)
    assert scores[0].extra["exact_type"] == 0


def test_two_predicted_entities_for_one_gold_entity_give_one_false_positive():
    pred = [entity("Q7747", "Vladimir Putin", "PERSON"), entity("x:person:putin", "Putin", "PERSON")]
    assert counts(entity_scores(gold(entities=(PUTIN,)), doc(pred))[0]) == (1, 1, 0)


def test_entities_are_also_counted_per_type_group():
    pred = [entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q159", "Russia", "COUNTRY"),
            entity("Q148", "China", "COUNTRY")]
    by_stage = {s.stage: counts(s) for s in entity_scores(gold(entities=(PUTIN, XI, RUSSIA)), doc(pred))}
    assert by_stage["entities.PERSON"] == (1, 0, 1)
    assert by_stage["entities.COUNTRY"] == (1, 1, 0)
    assert by_stage["entities.ORG"] == (0, 0, 0)


def entity_misses(score) -> tuple[int, int, int, int]:
    return tuple(score.extra[k] for k in ("missed_wrong_type", "missed_other_entity", "missed_unmentioned",
                                          "missed_not_in_text"))


def test_a_gold_entity_made_with_a_type_of_another_group_is_missed_on_its_type():
    pred = doc([entity("Q7747", "Vladimir Putin", "ORG", "Vladimir Putin")])
    assert entity_misses(entity_scores(gold(entities=(PUTIN,)), pred)[0]) == (1, 0, 0, 0)


def test_a_gold_entity_whose_words_another_entity_covers_is_missed_on_the_entity():
    pred = doc([entity("x1", "Russo Vladimir Putin", "PERSON", "russo Vladimir Putin")])
    assert entity_misses(entity_scores(gold(entities=(PUTIN,)), pred)[0]) == (0, 1, 0, 0)


def test_a_gold_entity_no_mention_covers_is_unmentioned_and_one_the_text_never_names_is_not_in_text():
    pred = doc([])
    assert entity_misses(entity_scores(gold(entities=(XI, RUSSIA)), pred)[0]) == (0, 0, 1, 1)


def test_mention_recall_counts_alias_occurrences_covered_by_the_right_entity():
    # occurrences: "Il presidente russo", "Vladimir Putin", "Putin" (2nd sentence), "Xi Jinping" -> 4
    pred = [entity("Q7747", "Vladimir Putin", "PERSON", "Vladimir Putin", "Putin ha detto")]
    overall = entity_scores(gold(entities=(PUTIN, XI)), doc(pred))[0]
    assert (overall.extra["mentions_found"], overall.extra["mentions_total"]) == (2, 4)


# -- quotes ---------------------------------------------------------------------------------------

def test_quote_with_overlapping_words_and_the_right_speaker_is_a_hit():
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON")], [quote("“veramente strategica”", "Q7747")])
    score = quote_score(gold(entities=(PUTIN,), quotes=(GoldQuote("veramente strategica", "Vladimir Putin"),)), pred)
    assert counts(score) == (1, 0, 0)


def test_quote_with_the_wrong_speaker_counts_for_the_span_but_not_for_attribution():
    pred = doc([entity("Q15031", "Xi Jinping", "PERSON")], [quote("veramente strategica", "Q15031")])
    score = quote_score(gold(entities=(PUTIN, XI), quotes=(GoldQuote("veramente strategica", "Vladimir Putin"),)), pred)
    assert counts(score) == (0, 1, 1)
    assert (score.extra["span_tp"], score.extra["span_fp"], score.extra["span_fn"]) == (1, 0, 0)


def speaker_errors_of(score) -> tuple[int, int, int]:
    return tuple(score.extra[k] for k in ("speaker_none", "speaker_unlinked", "speaker_other"))


def test_a_quote_given_to_another_entity_than_a_linked_gold_speaker_is_a_wrong_pick():
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")],
               [quote("veramente strategica", "Q15031")])
    score = quote_score(gold(entities=(PUTIN, XI), quotes=(GoldQuote("veramente strategica", "Vladimir Putin"),)), pred)
    assert speaker_errors_of(score) == (0, 0, 1)


def test_a_quote_whose_gold_speaker_the_linker_never_made_is_counted_as_unlinked():
    pred = doc([entity("Q15031", "Xi Jinping", "PERSON")], [quote("veramente strategica", "Q15031")])
    score = quote_score(gold(entities=(PUTIN, XI), quotes=(GoldQuote("veramente strategica", "Vladimir Putin"),)), pred)
    assert speaker_errors_of(score) == (0, 1, 0)


def test_a_quote_found_without_a_speaker_is_counted_as_speakerless():
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON")], [quote("veramente strategica", None)])
    score = quote_score(gold(entities=(PUTIN,), quotes=(GoldQuote("veramente strategica", "Vladimir Putin"),)), pred)
    assert speaker_errors_of(score) == (1, 0, 0)


def test_quote_sharing_less_than_half_of_the_shorter_text_is_not_a_match():
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON")],
               [quote("la cooperazione è “veramente strategica”", "Q7747")])
    g = gold(entities=(PUTIN,), quotes=(GoldQuote("la partnership è strategica e reciprocamente vantaggiosa", "Vladimir Putin"),))
    # shorter text: 5 tokens (la cooperazione è veramente strategica); shared: la, è, strategica = 3/5
    assert counts(quote_score(g, pred)) == (1, 0, 0)
    g2 = gold(entities=(PUTIN,), quotes=(GoldQuote("una partnership reciprocamente vantaggiosa", "Vladimir Putin"),))
    assert counts(quote_score(g2, pred)) == (0, 1, 1)


# -- events ---------------------------------------------------------------------------------------

def test_event_matches_on_type_and_overlapping_actor_and_recipient_sets():
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON"),
                entity("Q159", "Russia", "COUNTRY")],
               events=[event("CONSULT", ["Q7747", "Q159"], ["Q15031"])])
    g = gold(entities=(PUTIN, XI, RUSSIA), events=(GoldEvent("CONSULT", ("Vladimir Putin",), ("Xi Jinping",)),))
    assert counts(event_scores(g, pred)[0]) == (1, 0, 0)


def test_event_with_swapped_actor_and_recipient_is_a_miss_but_a_type_hit():
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")],
               events=[event("CONSULT", ["Q15031"], ["Q7747"])])
    g = gold(entities=(PUTIN, XI), events=(GoldEvent("CONSULT", ("Vladimir Putin",), ("Xi Jinping",)),))
    score = event_scores(g, pred)[0]
    assert counts(score) == (0, 1, 1)
    assert (score.extra["type_tp"], score.extra["type_fp"], score.extra["type_fn"]) == (1, 0, 0)


def test_event_without_recipient_matches_gold_without_recipient():
    pred = doc([entity("Q159", "Russia", "COUNTRY")], events=[event("SANCTION", [], [])])
    g = gold(entities=(RUSSIA,), events=(GoldEvent("SANCTION", (), ()),))
    assert counts(event_scores(g, pred)[0]) == (1, 0, 0)


def test_dates_of_matched_events_day_exact_or_within_a_gold_month():
    score = date_score(gold(), [("2026-02-04", "2026-02-04"), ("2026-01", "2026-01-31"),
                                ("2026-02-04", "2026-02-03"), ("2026-02-04", None), (None, "2026-02-04")])
    assert counts(score) == (2, 1, 2)
    assert (score.extra["dated"], score.extra["day_correct"], score.extra["month_correct"]) == (4, 1, 3)


# -- damage ---------------------------------------------------------------------------------------

def repair(before: str, after: str, kind: str = "substitution") -> Repair:
    return Repair(kind, 0, len(after), before, after, 0.9, "test")


def test_repairs_are_a_multiset_so_a_missing_repeat_is_a_miss():
    g = gold(repairs=(("advert", "ad"), ("advert", "ad"), ("chief", "leader")))
    score = damage_scores(g, doc(repairs=[repair("advert", "ad"), repair("chief", "leader")]))[0]
    assert counts(score) == (2, 0, 1)


def test_a_repair_not_in_gold_is_a_false_repair():
    score = damage_scores(gold(repairs=(("advert", "ad"),)), doc(repairs=[repair("fine", "fantastic")]))[0]
    assert counts(score) == (0, 1, 1)
    assert score.extra["false_repairs"] == 1


def test_whitespace_normalisation_is_not_counted_as_a_repair():
    score = damage_scores(gold(), doc(repairs=[repair("  ", " ", kind="whitespace")]))[0]
    assert counts(score) == (0, 0, 0)


@pytest.mark.parametrize(("pred", "expected"), [(("", " "), True), (("spaziale.Nel", "spaziale. Nel"), True),
                                                (("", "\n"), False)])
def test_a_glue_repair_matches_whatever_context_it_is_written_with(pred, expected):
    assert same_repair(("spaziale.Nel", "spaziale. Nel"), *pred) is expected


def test_removed_lines_are_found_by_the_snippet_they_contain():
    g = gold(removed=(GoldRemoved("caption", "Credito immagine"), GoldRemoved("teaser", "Groenlandia")))
    pred = doc(removed=[Removed("caption", "Putin parla con Xi (Credito immagine: AP)"),
                        Removed("other", "Leggi anche")])
    assert counts(damage_scores(g, pred)[1]) == (1, 1, 1)


def test_matched_events_whose_status_differs_still_match_but_are_counted():
    pred = doc([entity("Q148", "China", "COUNTRY"), entity("Q159", "Russia", "COUNTRY")],
               events=[event("ACCUSE", ["Q148"], ["Q159"])])  # status "occurred"
    g = gold(entities=(RUSSIA, GoldEntity("China", "COUNTRY", ("Cina",))),
             events=(GoldEvent("ACCUSE", ("China",), ("Russia",), status="negated"),))
    score = event_scores(g, pred)[0]
    assert (counts(score), score.extra["status_correct"]) == ((1, 0, 0), 0)


def test_attributed_quote_counts_whether_its_cited_source_agrees():
    said = quote("veramente strategica", "Q7747")
    said.according_to = "Q40469"
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q40469", "Associated Press", "MEDIA")], [said])
    g = gold(entities=(PUTIN, AP), quotes=(GoldQuote("veramente strategica", "Vladimir Putin", True, "AP"),))
    assert quote_score(g, pred).extra["according_correct"] == 1


def test_reciprocal_gold_event_matches_a_directed_prediction_between_its_participants():
    pred = doc([entity("Q159", "Russia", "COUNTRY"), entity("Q148", "China", "COUNTRY")],
               events=[event("COOPERATE", ["Q159"], ["Q148"])])
    g = gold(entities=(RUSSIA, GoldEntity("China", "COUNTRY", ("Cina",))),
             events=(GoldEvent("COOPERATE", ("Russia", "China"), ()),))
    assert counts(event_scores(g, pred)[0]) == (1, 0, 0)


def test_a_year_only_gold_date_is_met_by_any_date_in_that_year():
    score = date_score(gold(), [("2022", "2022-02-24")])
    assert (counts(score), score.extra["month_correct"]) == ((1, 0, 0), 1)


def test_an_alias_shared_by_two_entities_is_covered_by_a_mention_of_either():
    text = "Pechino ha risposto."
    g = GoldArticle(id="t-2", language="it", split="dev", text=text,
                    entities=(GoldEntity("China", "COUNTRY", ("Pechino",)), GoldEntity("Beijing", "PLACE", ("Pechino",))))
    d = Document(raw=text, language="it")
    d.text = text
    d.entities = [Entity("Q956", "Beijing", "PLACE", mentions=[Mention(0, 7, "Pechino", "Q956", "test")])]
    overall = entity_scores(g, d)[0]
    assert (overall.extra["mentions_found"], overall.extra["mentions_total"]) == (1, 1)


def test_a_flag_that_changes_nothing_is_neither_a_repair_nor_a_false_repair():
    score = damage_scores(gold(repairs=(("chief", "leader"),)), doc(repairs=[repair("chief", "chief", kind="other")]))[0]
    assert (counts(score), score.extra["flagged_only"]) == ((0, 0, 1), 1)


def test_an_implied_country_named_by_no_span_is_no_false_positive():
    d = doc([entity("Q7747", "Vladimir Putin", "PERSON", "Vladimir Putin")])
    d.entities.append(Entity("Q212", "Ukraine", "COUNTRY", implied=True))
    [overall, *_] = entity_scores(gold(entities=(PUTIN,)), d)
    assert (overall.tp, overall.fp, overall.fn) == (1, 0, 0)


# -- why events were missed (aggregates that say where recall is lost) ------------------------------

FIRST, SECOND = TEXT.split(". ", 1)[0] + ".", TEXT.split(". ", 1)[1]


def event_in(sentence: str, type_: str, source: list[str], target: list[str]) -> Event:
    start = TEXT.index(sentence)
    return Event(type_, source, target, "occurred", None, Span(start, start + 1, TEXT[start]),
                 Span(start, start + len(sentence), sentence))


def reasons(extra: dict) -> tuple[int, ...]:
    return tuple(extra[k] for k in ("missed_no_trigger", "missed_trigger_unused", "missed_wrong_parties",
                                    "missed_other_type"))


def test_a_gold_event_whose_sentence_has_a_trigger_but_yields_no_event_left_its_trigger_unused():
    # "cooperazione" is a COOPERATE trigger of the Italian lexicon; the prediction has no event there
    g = gold(entities=(PUTIN, XI), events=(GoldEvent("COOPERATE", ("Vladimir Putin",), ("Xi Jinping",),
                                                     evidence=SECOND),))
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")],
               events=[event_in(FIRST, "CONSULT", ["Q7747"], ["Q15031"])])
    pred.sentences = [(0, len(FIRST)), (len(FIRST) + 1, len(TEXT))]
    assert reasons(event_scores(g, pred)[0].extra) == (0, 1, 0, 0)


def test_a_gold_event_whose_sentence_has_no_trigger_of_its_type_is_missed_by_the_lexicon():
    g = gold(entities=(PUTIN, XI), events=(GoldEvent("SANCTION", ("Vladimir Putin",), ("Xi Jinping",),
                                                     evidence=FIRST),))
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")])
    pred.sentences = [(0, len(FIRST)), (len(FIRST) + 1, len(TEXT))]
    assert reasons(event_scores(g, pred)[0].extra) == (1, 0, 0, 0)


def test_a_gold_event_found_in_its_sentence_with_other_parties_is_missed_on_the_parties():
    g = gold(entities=(PUTIN, XI), events=(GoldEvent("CONSULT", ("Vladimir Putin",), ("Xi Jinping",),
                                                     evidence=FIRST),))
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")],
               events=[event_in(FIRST, "CONSULT", ["Q15031"], ["Q7747"])])
    assert reasons(event_scores(g, pred)[0].extra) == (0, 0, 1, 0)


def test_a_gold_event_whose_sentence_yields_only_other_types_is_missed_on_the_type():
    g = gold(entities=(PUTIN, XI), events=(GoldEvent("CONSULT", ("Vladimir Putin",), ("Xi Jinping",),
                                                     evidence="ha parlato con Xi Jinping"),))
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")],
               events=[event_in(FIRST, "MEET", ["Q7747"], ["Q15031"])])
    assert reasons(event_scores(g, pred)[0].extra) == (0, 0, 0, 1)


def test_events_are_counted_per_type_in_gold_prediction_and_matches():
    g = gold(entities=(PUTIN, XI), events=(GoldEvent("CONSULT", ("Vladimir Putin",), ("Xi Jinping",)),
                                           GoldEvent("COOPERATE", ("Vladimir Putin",), ("Xi Jinping",))))
    pred = doc([entity("Q7747", "Vladimir Putin", "PERSON"), entity("Q15031", "Xi Jinping", "PERSON")],
               events=[event("CONSULT", ["Q7747"], ["Q15031"]), event("MEET", ["Q7747"], ["Q15031"])])
    extra = event_scores(g, pred)[0].extra
    assert {k: v for k, v in extra.items() if k.split(".")[0] in ("gold", "pred", "tp")} == {
        "gold.CONSULT": 1, "gold.COOPERATE": 1, "pred.CONSULT": 1, "pred.MEET": 1, "tp.CONSULT": 1}
