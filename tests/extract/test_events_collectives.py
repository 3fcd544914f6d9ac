"""Regional collectives act in events like countries: "i leader europei hanno chiesto alla Cina ...",
"Western sanctions on Russia" (GUIDELINES.md sections 2 and 4). The last test runs the whole pipeline
on the seed article: DESIGN.md lists its REQUEST by European leaders and the Western SANCTION."""
from __future__ import annotations

import json

from extract.events_support import document, events, summary
from support import SEED

EUROPE = ("kb:group:european-countries", "European countries", "GROUP", ["adjective:europei", "adjective:européens",
                                                                         "adjective:European"])
WEST = ("kb:group:western-world", "Western world", "GROUP", ["adjective:occidentali", "adjective:Western",
                                                             "adjective:westlichen", "adjective:occidentales"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Russie", "Rusia"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["Cina", "China", "Chine"], "CHN")
ALL = [EUROPE, WEST, RUSSIA, CHINA]


def test_italian_european_leaders_request_china():
    doc = document("I leader europei hanno chiesto alla Cina un cessate il fuoco.", "it", ALL)
    assert [summary(e) for e in events(doc)] == [("REQUEST", ("kb:group:european-countries",), ("Q148",),
                                                  "occurred")]


def test_english_western_sanctions_have_the_west_as_actor_and_a_year():
    doc = document("Western sanctions on Russia were imposed in 2022.", "en", ALL, {"in 2022": "2022"})
    [event] = events(doc)
    assert summary(event) == ("SANCTION", ("kb:group:western-world",), ("Q159",), "occurred")
    assert event.date == "2022"


def test_french_european_leaders_request_china():
    doc = document("Les dirigeants européens ont demandé à la Chine de faire pression sur la Russie.", "fr", ALL)
    assert ("REQUEST", ("kb:group:european-countries",), ("Q148",), "occurred") in map(summary, events(doc))


def test_german_western_states_sanction_russia():
    doc = document("Die westlichen Staaten verhängten Sanktionen gegen Russland.", "de", ALL)
    assert [summary(e) for e in events(doc)] == [("SANCTION", ("kb:group:western-world",), ("Q159",), "occurred")]


def test_spanish_western_countries_sanction_russia():
    doc = document("Los países occidentales impusieron sanciones a Rusia.", "es", ALL)
    assert [summary(e) for e in events(doc)] == [("SANCTION", ("kb:group:western-world",), ("Q159",), "occurred")]


def test_the_seed_article_gives_the_collectives_events(run_cli):
    record = json.loads(run_cli("process", str(SEED), "--published", "2026-02-04", "--format", "json").stdout)
    names = {e["id"]: e["name"] for e in record["entities"]}
    found = {(e["type"], tuple(names[x] for x in e["source"]), tuple(names[x] for x in e["target"]),
              e["status"], e.get("date")) for e in record["events"]}
    assert ("SANCTION", ("Western world",), ("Russia",), "occurred", "2022") in found
    assert any(t == "REQUEST" and s == ("European countries",) and r == ("China",) and st == "occurred"
               for t, s, r, st, _ in found)
