"""A title names today's holder only when nothing says otherwise: a designated, elected or former
holder is not the one in office (a designated or elected one is whoever the KB says took office within a
few months after the article date), and a president's title never names a monarch (nor a king's a president)."""
from __future__ import annotations


def test_president_elect_is_not_the_serving_president_but_the_incoming_one(link_text, holders):
    doc = link_text("The American president-elect said he would meet the cabinet.", "en", "2024-11-20")
    assert holders(doc) == [("Donald Trump", "American president-elect")]


def test_serving_president_still_resolves_by_date(link_text, holders):
    doc = link_text("The American president said he would meet the cabinet.", "en", "2024-11-20")
    assert holders(doc) == [("Joe Biden", "American president")]


def test_designated_chancellor_in_german_is_the_incoming_one(link_text, holders):
    doc = link_text("Der designierte deutsche Kanzler sagte, er werde nach Paris reisen.", "de", "2025-04-10")
    assert holders(doc) == [("Friedrich Merz", "deutsche Kanzler")]


def test_former_president_in_french_is_not_macron(link_text, holders):
    doc = link_text("L'ancien président français a critiqué le gouvernement.", "fr", "2024-05-04")
    assert holders(doc) == []


def test_italian_ex_before_the_title_is_a_former_holder(link_text, holders):
    doc = link_text("L'ex presidente francese ha criticato il governo.", "it", "2024-05-04")
    assert holders(doc) == []


def test_designated_title_keeps_the_name_after_it_a_person(link_text, by_name, holders):
    doc = link_text("Il cancelliere tedesco designato Hans Weberling ha parlato a Berlino.", "it", "2025-04-10")
    assert holders(doc) == []
    assert by_name(doc)["Hans Weberling"].type == "PERSON"


def test_spanish_presidente_of_spain_is_not_the_king(link_text, holders):
    doc = link_text("El presidente español dijo que no habrá cambios en el gabinete.", "es", "2022-05-04")
    assert "Felipe VI" not in [name for name, _ in holders(doc)]


def test_spanish_rey_of_spain_is_the_king(link_text, holders):
    doc = link_text("El rey español dijo que no habrá cambios en el gabinete.", "es", "2022-05-04")
    assert holders(doc) == [("Felipe VI", "rey español")]


def test_a_kings_title_never_names_a_president(link_text, holders):
    doc = link_text("Le roi français a parlé hier soir.", "fr", "2024-05-04")
    assert holders(doc) == []


def test_bare_title_in_an_article_about_one_country_names_its_holder(link_text, holders):
    doc = link_text("La France et la France encore: à Paris, le président a répondu aux critiques.", "fr",
                    "2024-05-04")
    assert holders(doc) == [("Emmanuel Macron", "président")]


def test_bare_title_between_two_countries_named_alike_names_nobody(link_text, holders):
    doc = link_text("La France et la Chine ont signé un accord. Le président a répondu aux critiques.", "fr",
                    "2024-05-04")
    assert holders(doc) == []


def test_a_title_of_a_body_the_kb_does_not_know_names_no_head_of_state():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="Mattarella ha parlato ieri. Il presidente della Regione Lazio ha firmato il decreto.",
        language="it", source=Source(published="2024-11-07")))
    found = {m.text: e.name for e in doc.entities for m in e.mentions}
    assert "presidente" not in found and found.get("Regione Lazio") == "Regione Lazio"
