"""Names, surnames, capitals, adjectives and ambiguous names."""
from __future__ import annotations



def test_capitals_as_governments_are_metonyms_of_the_country(link_text, by_name):
    doc = link_text("Pechino ha continuato a commerciare con Mosca.", "it", "2026-02-04")
    names = by_name(doc)
    assert [(m.text, m.kind) for m in names["China"].mentions] == [("Pechino", "metonym")]
    assert [(m.text, m.kind) for m in names["Russia"].mentions] == [("Mosca", "metonym")]
    assert "Beijing" not in names and "Moscow" not in names


def test_capitals_after_a_locative_preposition_are_places(link_text, by_name):
    doc = link_text("Il ministro si è recato a Pechino. I negoziatori si incontravano ad Abu Dhabi.",
                    "it", "2026-02-04")
    names = by_name(doc)
    assert names["Beijing"].type == "PLACE" and names["Beijing"].mentions[0].kind == "name"
    assert names["Abu Dhabi"].mentions[0].text == "Abu Dhabi"
    assert "China" not in names


def test_country_adjectives_are_country_actors(link_text, by_name):
    doc = link_text("I negoziatori russo, ucraino e statunitense si incontravano separatamente.", "it",
                    "2026-02-04")
    adjectives = {e.name: [m.text for m in e.mentions] for e in doc.entities}
    assert adjectives == {"Russia": ["russo"], "Ukraine": ["ucraino"], "United States": ["statunitense"]}
    assert all(m.kind == "adjective" for e in doc.entities for m in e.mentions)


def test_hyphenated_adjectives_give_both_countries(link_text, by_name):
    doc = link_text("La cooperazione russo-cinese si rafforza.", "it", "2026-02-04")
    assert {e.name for e in doc.entities} == {"Russia", "China"}


def test_surname_after_full_name(link_text, by_name):
    doc = link_text("Il presidente Vladimir Putin ha parlato. Poi Putin ha ringraziato Xi Jinping. "
                    "Xi ha risposto.", "it", "2026-02-04")
    names = by_name(doc)
    assert [(m.text, m.kind, m.rule) for m in names["Vladimir Putin"].mentions][1] == (
        "Putin", "surname", "surname:after-full-name")
    assert [m.kind for m in names["Xi Jinping"].mentions] == ["name", "surname"]


def test_prominent_surname_alone_links_with_lower_confidence(link_text, by_name):
    doc = link_text("Ieri Putin ha parlato alla televisione.", "it", "2026-02-04")
    mention = by_name(doc)["Vladimir Putin"].mentions[0]
    assert (mention.rule, mention.confidence) == ("surname:prominent", 0.6)


def test_acronyms_are_case_sensitive(link_text, by_name):
    doc = link_text("Secondo AP, il vertice è andato bene. Un ap non conta.", "it", "2026-02-04")
    ap = by_name(doc)["Associated Press"]
    assert [(m.text, m.kind) for m in ap.mentions] == [("AP", "acronym")]
    assert ap.type == "MEDIA"


def test_georgia_is_the_us_state_near_atlanta(link_text, by_name):
    doc = link_text("The storm hit Atlanta, Georgia, on Monday.", "en", "2026-02-04")
    georgia = next(e for e in doc.entities if e.name == "Georgia")
    assert georgia.id == "Q1428" and georgia.type == "PLACE"


def test_georgia_is_the_country_near_tbilisi(link_text, by_name):
    doc = link_text("Protesters gathered in Tbilisi as Georgia voted.", "en", "2026-02-04")
    georgia = next(e for e in doc.entities if e.name == "Georgia")
    assert georgia.id == "Q230" and georgia.type == "COUNTRY"


def test_german_genitive_names(link_text, by_name):
    doc = link_text("Putins Sprecher äußerte sich zu Russlands Plänen.", "de", "2026-02-04")
    names = by_name(doc)
    assert names["Vladimir Putin"].mentions[0].text == "Putins"
    assert names["Russia"].mentions[0].text == "Russlands"


def test_french_names_and_capitals(link_text, by_name):
    doc = link_text("Emmanuel Macron est arrivé à Moscou. Macron a rencontré Poutine.", "fr",
                    "2026-02-04")
    names = by_name(doc)
    assert [m.kind for m in names["Emmanuel Macron"].mentions] == ["name", "surname"]
    assert names["Moscow"].type == "PLACE"
    assert names["Vladimir Putin"].mentions[0].text == "Poutine"


def test_organisation_noun_with_adjective_is_the_government(link_text, by_name):
    doc = link_text("Il governo tedesco ha protestato.", "it", "2026-02-04")
    germany = by_name(doc)["Germany"]
    assert [(m.text, m.kind, m.rule) for m in germany.mentions] == [
        ("governo tedesco", "metonym", "metonym:organisation")]


def test_a_visited_capital_is_the_place(link_text, by_name):
    doc = link_text("Shoigu ha visitato Pechino lo scorso fine settimana.", "it", "2026-02-04")
    names = by_name(doc)
    assert names["Beijing"].mentions[0].kind == "name" and "China" not in names


def test_a_bare_organisation_noun_is_no_entity(link_text, by_name):
    doc = link_text("La polizia ha arrestato tre persone.", "it", "2026-02-04")
    assert doc.entities == []


def test_a_famous_surname_inside_another_name_is_not_the_famous_person(link_text, by_name):
    doc = link_text("La scrittrice Ottavia Putin ha parlato ieri. Poi Putin ha firmato i libri.", "it",
                    "2026-02-04")
    names = by_name(doc)
    assert "Vladimir Putin" not in names
    assert [(m.text, m.kind) for m in names["Ottavia Putin"].mentions] == [
        ("Ottavia Putin", "name"), ("Putin", "surname")]


def test_a_capital_after_a_place_cue_word_is_the_city(link_text, by_name):
    doc = link_text("Le proteste più forti sono nella capitale, Pechino, e nel sud.", "it")
    assert [m.kind for m in by_name(doc)["Beijing"].mentions] == ["name"]
    assert "China" not in by_name(doc)


def test_a_country_name_that_is_a_given_name_before_a_surname_is_a_person(link_text, by_name):
    doc = link_text("Maurice Dupont, porte-parole de la préfecture, a démenti.", "fr")
    assert [(e.name, e.type) for e in doc.entities] == [("Maurice Dupont", "PERSON")]


def test_a_surname_before_an_elided_particle_is_part_of_an_unknown_name(link_text, by_name):
    doc = link_text("Secondo il portavoce, Carney al-Dabbagh, la tregua regge.", "it")
    assert "Mark Carney" not in by_name(doc)
