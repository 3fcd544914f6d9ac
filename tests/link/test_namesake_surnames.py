"""A bare word that is a given name or a common word and also the surname of a KB office holder
(link/resolve.py, issue #5): alone, it names that person only where the article names something of
the person's country or a title stands before it. Sentences from untuned pages (fundus, trafilatura-eval)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


def _linked(pipeline: Pipeline, text: str, lang: str) -> dict[str, str]:
    """{mention text: entity name}."""
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2025-06-01")))
    return {m.text: e.name for e in doc.entities for m in e.mentions}


def test_a_religion_word_is_not_micronesias_president(pipeline):
    linked = _linked(pipeline, "In the early 20th century, a white, Christian, conservative Republican "
                               "farmer did not experience the elections as a clash of identities.", "en")
    assert linked.get("Christian") != "Peter M. Christian"


def test_a_common_given_name_is_not_malaysias_prime_minister(pipeline):
    linked = _linked(pipeline, "\"Some of the universities are still not working today,\" says Ibrahim. "
                               "Others, including the University of Khartoum, have adopted online teaching.", "en")
    assert linked.get("Ibrahim") != "Anwar Ibrahim"


def test_a_common_word_surname_keeps_the_president_where_his_country_is_named(pipeline):
    """"trump" is an English word, but "Democratic" (the US party) says whose country the article is about."""
    linked = _linked(pipeline, "Along with Democratic rivals, Trump has gotten into the act, stepping up "
                               "his trolling of the candidate.", "en")
    assert linked["Trump"] == "Donald Trump"
