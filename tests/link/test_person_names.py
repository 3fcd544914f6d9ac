"""Person names outside the KB: role words before them, family names alone after them."""
from __future__ import annotations


def test_a_family_name_after_a_given_name_stays_in_the_name(link_text, by_name):
    doc = link_text("Die Ministerin Heike Hofmann kündigte neue Regeln an.", "de")
    assert by_name(doc)["Heike Hofmann"].type == "PERSON"


def test_a_frequent_family_name_alone_joins_the_person_named_before(link_text, by_name):
    doc = link_text("Die Ministerin Heike Hofmann kündigte neue Regeln an. Hofmann sagte, es gehe "
                    "um Fairness.", "de")
    person = by_name(doc)["Heike Hofmann"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Heike Hofmann", "name"), ("Hofmann", "surname")]


def test_a_role_noun_before_a_name_is_not_part_of_it(link_text, by_name):
    doc = link_text("Die Kriminologin Bärbel Bongartz warnte vor den Folgen.", "de")
    person = by_name(doc)["Bärbel Bongartz"]
    assert (person.type, person.mentions[0].text) == ("PERSON", "Bärbel Bongartz")


def test_a_compound_ending_in_a_role_noun_is_a_role_too(link_text, by_name):
    doc = link_text("Hessens Arbeitsministerin Heike Hofmann kündigte neue Regeln an.", "de")
    names = by_name(doc)
    assert names["Heike Hofmann"].type == "PERSON"
    assert not any("Arbeitsministerin" in name for name in names)


def test_a_party_post_joined_by_a_hyphen_is_a_role(link_text, by_name):
    doc = link_text("Der Thüringer AfD-Chef Björn Höcke sprach in Erfurt. Höcke sagte, die Partei "
                    "werde gewinnen.", "de")
    person = by_name(doc)["Björn Höcke"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Björn Höcke", "name"), ("Höcke", "surname")]


def test_a_role_and_a_place_before_a_name_make_it_a_person(link_text, by_name):
    doc = link_text("Il patriarca di Tbilisi Ilarion ha detto che la chiesa è unita.", "it")
    names = by_name(doc)
    assert names["Ilarion"].type == "PERSON"
    assert "Tbilisi Ilarion" not in names


def test_a_role_two_words_before_a_name_makes_it_a_person(link_text, by_name):
    doc = link_text("El presidente andaluz Juanma Moreno ganó las elecciones.", "es")
    assert by_name(doc)["Juanma Moreno"].type == "PERSON"


def test_a_family_name_of_several_words_joins_the_full_name(link_text, by_name):
    doc = link_text("Il ministro siriano Ayman Sheib ad-Din ha incontrato i giornalisti. Sheib ad-Din "
                    "ha detto che la situazione è stabile.", "it")
    person = by_name(doc)["Ayman Sheib ad-Din"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Ayman Sheib ad-Din", "name"), ("Sheib ad-Din", "surname")]


def test_a_given_name_makes_a_person_though_the_family_name_is_a_word(link_text, by_name):
    doc = link_text("Doug Ford said on Tuesday that tariffs would hurt workers.", "en")
    assert by_name(doc)["Doug Ford"].type == "PERSON"


def test_given_names_of_other_languages_count_too(link_text, by_name):
    doc = link_text("La reunión con Doug Ford terminó sin acuerdo.", "es")
    assert by_name(doc)["Doug Ford"].type == "PERSON"


def test_an_inflected_adjective_opening_a_sentence_makes_no_name(link_text, by_name):
    doc = link_text("Der Pier war nur gedacht. Rauer Seegang hatte den Pier beschädigt.", "de")
    assert doc.entities == []


def test_a_family_name_after_a_common_noun_still_joins_the_person(link_text, by_name):
    doc = link_text("Heike Hofmann sagte etwas. Bauer Hofmann sagte nichts.", "de")
    person = by_name(doc)["Heike Hofmann"]
    assert [m.text for m in person.mentions] == ["Heike Hofmann", "Hofmann"]


def test_a_name_goes_on_past_a_kb_surname_inside_it(link_text, by_name):
    doc = link_text("Prime Minister Shehbaz Sharif spoke first. Lieutenant General Ahmed Sharif "
                    "Chaudhry said the attackers were killed. Chaudhry added that the operation was "
                    "over.", "en")
    person = by_name(doc)["Ahmed Sharif Chaudhry"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Ahmed Sharif Chaudhry", "name"), ("Chaudhry", "surname")]


def test_an_elided_particle_joins_a_spanish_name(link_text, by_name):
    doc = link_text("Es sobrino del fallecido Roberto d'Aubuisson, el fundador del partido.", "es")
    assert by_name(doc)["Roberto d'Aubuisson"].type == "PERSON"


def test_a_family_name_that_is_a_common_word_stays_after_a_given_name(link_text, by_name):
    doc = link_text("Die Grünen-Politikerin Ricarda Lang kritisierte den Plan. Lang sagte, er sei "
                    "unsozial.", "de")
    person = by_name(doc)["Ricarda Lang"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Ricarda Lang", "name"), ("Lang", "surname")]


def test_a_titled_family_name_joins_the_full_name_given_later(link_text, by_name):
    doc = link_text("Ex-Ministerin Raab wird Chefin eines Instituts. Die Expertise von Susanne Raab "
                    "werde gebraucht.", "de")
    person = by_name(doc)["Susanne Raab"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Raab", "surname"), ("Susanne Raab", "name")]


def test_a_function_word_is_never_a_family_name_alone(link_text, by_name):
    doc = link_text("Readers of The Namibian wrote in. The paper replied.", "en")
    assert all(m.text != "The" for e in doc.entities for m in e.mentions)


def test_a_firm_named_after_a_place_stays_a_firm_after_a_role(link_text, by_name):
    doc = link_text("David Moura-George, Managing Director of Atlanta Advisers Portugal, said it.", "en")
    assert "Advisers Portugal" not in by_name(doc)


def test_one_part_of_a_hyphenated_family_name_joins_the_person(link_text, by_name):
    doc = link_text("El alcalde José Luis Martínez-Almeida habló. Almeida dijo que la ciudad está "
                    "lista.", "es")
    person = by_name(doc)["José Luis Martínez-Almeida"]
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("José Luis Martínez-Almeida", "name"), ("Almeida", "surname")]


def test_a_given_name_spelt_another_way_still_names_the_kb_person(link_text, by_name):
    doc = link_text("Der israelische Premierminister Binyamin Netanyahu reiste ab. Später sprach "
                    "Netanyahu mit Journalisten.", "de")
    person = by_name(doc)["Benjamin Netanyahu"]
    assert [m.text for m in person.mentions] == ["Binyamin Netanyahu", "Netanyahu"]
