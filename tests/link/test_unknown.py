"""Names outside the KB still become typed entities."""
from __future__ import annotations



def test_a_cue_types_an_unknown_organisation(link_text, by_name):
    doc = link_text("Il contratto è stato firmato dalla società Acme Logistica martedì.", "it")
    acme = by_name(doc)["Acme Logistica"]
    assert (acme.id, acme.type, acme.in_kb) == ("x:org:acme-logistica", "ORG", False)


def test_a_later_surname_joins_the_unknown_full_name(link_text, by_name):
    doc = link_text("Il signor Giorgio Bartolini ha parlato a lungo. Poi Bartolini se ne è andato.", "it")
    person = by_name(doc)["Giorgio Bartolini"]
    assert person.type == "PERSON"
    assert [(m.text, m.kind) for m in person.mentions] == [
        ("Giorgio Bartolini", "name"), ("Bartolini", "surname")]
    assert "Bartolini" not in by_name(doc)


def test_an_unknown_place_after_a_locative(link_text, by_name):
    doc = link_text("La delegazione è arrivata a Castelfranco ieri sera.", "it")
    assert by_name(doc)["Castelfranco"].type == "PLACE"


def test_english_cues(link_text, by_name):
    doc = link_text("Mr Hollingsworth said the Brambleton University study was flawed.", "en")
    names = by_name(doc)
    assert names["Hollingsworth"].type == "PERSON"
    assert names["Brambleton University"].type == "ORG"


def test_sentence_initial_common_words_are_not_names(link_text, by_name):
    doc = link_text("Nonostante la pioggia, la gara si è svolta. Riferendosi al meteo, ha riso.", "it")
    assert doc.entities == []


def test_weekdays_and_months_are_never_names(link_text, by_name):
    doc = link_text("On Monday, talks resumed. In January nothing happened.", "en")
    assert doc.entities == []


def test_an_abbreviated_title_is_a_cue_not_a_sentence_end(link_text, by_name):
    doc = link_text("Selon le journal, M. Dupont, le maire, était présent.", "fr")
    assert by_name(doc)["Dupont"].type == "PERSON"


def test_a_german_surname_after_frau_is_a_name_though_common(link_text, by_name):
    doc = link_text("Frau Müller sagte, die Lage sei ernst. Laut Herrn Schmidt ist alles gut.", "de")
    names = by_name(doc)
    assert names["Müller"].type == "PERSON" and names["Schmidt"].type == "PERSON"
    assert "Lage" not in names  # a German noun is capitalised, not a name


def test_a_common_word_capitalised_inside_a_sentence_is_not_a_name(link_text, by_name):
    doc = link_text("Dopo il crollo del Muro la città è cambiata per sempre.", "it")
    assert doc.entities == []


def test_a_name_ending_in_a_common_word_is_an_organisation_not_a_person(link_text, by_name):
    doc = link_text("The report was written at the Brambleton Institution last year.", "en")
    assert by_name(doc)["Brambleton Institution"].type == "ORG"


def test_two_rare_words_are_still_a_person(link_text, by_name):
    doc = link_text("The report was written by Khaldun Brambleton last year.", "en")
    assert by_name(doc)["Khaldun Brambleton"].type == "PERSON"


def test_a_german_compound_noun_before_a_name_is_not_part_of_it(link_text, by_name):
    doc = link_text("Das sagte gestern der Kongressabgeordnete Khaldun Brambleton in Berlin.", "de")
    assert "Khaldun Brambleton" in by_name(doc)
    assert not [e.name for e in doc.entities if "Kongressabgeordnete" in e.name]


def test_a_german_hyphenated_compound_is_not_a_name(link_text, by_name):
    doc = link_text("Nach mehreren TV-Auftritten war die Sache erledigt.", "de")
    assert doc.entities == []


def test_a_lone_capitalised_organisation_noun_is_not_a_name(link_text, by_name):
    doc = link_text("La proposta è passata ieri in Consiglio con pochi voti.", "it")
    assert "Consiglio" not in by_name(doc)  # which council? (national bodies: test_institutions.py)


def test_the_city_of_before_an_unknown_name_makes_it_a_place(link_text, by_name):
    doc = link_text("Le proteste sono arrivate fino alla città di Castelbrambilla ieri.", "it")
    assert by_name(doc)["Castelbrambilla"].type == "PLACE"


def test_a_town_outside_the_kb_is_typed_as_a_place(link_text, by_name):
    doc = link_text("I carabinieri di Seregno hanno fermato due persone.", "it")
    assert by_name(doc)["Seregno"].type == "PLACE"


def test_a_place_joined_by_a_hyphen_makes_one_place_name(link_text, by_name):
    doc = link_text("L'attentato all'aeroporto di Mosca-Domodedovo ha fatto molte vittime.", "it")
    airport = by_name(doc)["Mosca-Domodedovo"]
    assert (airport.type, airport.in_kb) == ("PLACE", False)
    assert "Moscow" not in by_name(doc)


def test_an_initial_before_a_surname_makes_a_person(link_text, by_name):
    doc = link_text("La prima partita V. Kramnik l'ha vinta con il bianco.", "it")
    assert by_name(doc)["V. Kramnik"].type == "PERSON"


def test_a_cue_word_before_a_country_adjective_still_types_the_name(link_text, by_name):
    doc = link_text("Il contratto con la società russa Pellegrinotti è stato firmato.", "it")
    assert by_name(doc)["Pellegrinotti"].type == "ORG"


def test_a_multi_word_name_after_a_definite_article_is_no_person(link_text, by_name):
    doc = link_text("Domenica si è aperto il Merano WineFestival con molti ospiti.", "it")
    festival = by_name(doc)["Merano WineFestival"]
    assert festival.type != "PERSON"


def test_a_venue_word_inside_a_name_makes_a_place(link_text, by_name):
    doc = link_text("La partita si gioca allo Stadio Adriatico sabato.", "it")
    assert by_name(doc)["Stadio Adriatico"].type == "PLACE"


def test_a_compass_word_makes_a_place_but_not_after_a_given_name(link_text, by_name):
    doc = link_text("Vladimir Stone went to Macrozona North. Then Vladimir North arrived.", "en")
    names = by_name(doc)
    assert names["Macrozona North"].type == "PLACE"
    assert names["Vladimir North"].type == "PERSON"


def test_a_lone_uncued_word_met_once_is_no_entity(link_text, by_name):
    doc = link_text("Sette di esse hanno ucciso il mortale Staphylococcus aureus, resistente ai farmaci.", "it")
    assert "Staphylococcus" not in by_name(doc)


def test_a_lone_uncued_word_met_twice_is_kept(link_text, by_name):
    doc = link_text("Gli utenti di Bravexo crescono. Anche Bravexo ha annunciato tagli.", "it")
    assert "Bravexo" in by_name(doc)


def test_a_lone_known_given_name_is_a_person(link_text, by_name):
    doc = link_text("Alla conferenza ha parlato anche Keir, arrivato in ritardo.", "it")
    assert by_name(doc)["Keir"].type == "PERSON"


def test_a_german_noun_after_a_known_name_is_no_part_of_it(link_text, by_name):
    doc = link_text("Auch Facebook Wahlkampf wurde kritisiert.", "de")
    assert [e.name for e in doc.entities] == ["Facebook"]


def test_a_listed_given_name_at_a_sentence_start_begins_the_name(link_text, by_name):
    doc = link_text("Nicola Mancino è il nuovo vicepresidente del consiglio.", "it")
    assert [(e.name, e.type) for e in doc.entities] == [("Nicola Mancino", "PERSON")]


def test_a_title_word_joined_by_a_particle_is_part_of_a_body_name(link_text, by_name):
    doc = link_text("La Fiscalía General del Estado abrió una investigación ayer.", "es")
    assert [(e.name, e.type) for e in doc.entities] == [("Fiscalía General del Estado", "ORG")]
