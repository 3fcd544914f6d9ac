"""An event whose party is a place acts on the place's country; that country becomes an entity of the
article (with no mention: no word names it), so every id an event holds has a name."""
from __future__ import annotations

import cronaca


def test_a_country_implied_by_an_attacked_city_is_an_entity_without_mentions():
    doc = cronaca.process("Russian troops attacked Kharkiv on Monday, officials said.", language="en",
                          published="2026-02-04")
    [event] = doc.events
    assert (event.type, event.source, event.target) == ("ASSAULT", ["Q159"], ["Q212"])
    ukraine = next(e for e in doc.entities if e.id == "Q212")
    assert (ukraine.name, ukraine.type, ukraine.mentions, ukraine.implied) == ("Ukraine", "COUNTRY", [], True)


def test_a_country_the_text_names_is_not_added_twice():
    doc = cronaca.process("Russian troops attacked Kharkiv, and Ukraine protested.", language="en",
                          published="2026-02-04")
    assert [e.id for e in doc.entities].count("Q212") == 1
    assert not next(e for e in doc.entities if e.id == "Q212").implied
