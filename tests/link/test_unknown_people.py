"""People outside the KB are typed PERSON, whole, from the shape and the words around their names."""
from __future__ import annotations


def test_abbreviated_military_title_is_no_name(link_text, typed):
    doc = link_text("The strike was approved, said Gen. Charles Brown, chairman of the board.", "en")
    assert "Gen" not in typed(doc)
    assert typed(doc)["Charles Brown"] == "PERSON"


def test_family_name_that_is_also_a_word_is_kept_after_a_role(link_text, typed):
    doc = link_text("Oberstaatsanwalt Falk Schnabel sagte, die Ermittlungen dauern an.", "de")
    assert typed(doc) == {"Falk Schnabel": "PERSON"}


def test_common_word_after_a_role_and_one_name_is_still_dropped_when_very_common(link_text, typed):
    doc = link_text("Sprecher Jens Zeit sagte das.", "de")
    assert "Jens Zeit" not in typed(doc)


def test_unknown_given_name_and_common_family_name_make_a_person(link_text, typed):
    # "Jones" is frequent in English text, but it is the family name of people the KB knows
    doc = link_text("Lianna Jones works on economic empowerment at a charity.", "en")
    assert typed(doc)["Lianna Jones"] == "PERSON"


def test_ending_in_a_common_word_still_makes_an_organisation(link_text, typed):
    doc = link_text("He worked for the Brookings Institution in the capital.", "en")
    assert typed(doc)["Brookings Institution"] == "ORG"


def test_role_apposition_without_article_makes_a_person(link_text, typed):
    doc = link_text("It is over, said Oh Ei Sun, senior fellow with a research institute in Asia.", "en")
    assert typed(doc)["Oh Ei Sun"] == "PERSON"


def test_body_apposition_without_article_does_not_make_a_person(link_text, typed):
    doc = link_text("It is over, said Kuala Holdings, owner of the port.", "en")
    assert typed(doc).get("Kuala Holdings") != "PERSON"


def test_misspelt_family_name_joins_the_person_named_in_full(link_text, by_name, typed):
    doc = link_text("Luis Eguiluz led the mission in the north. Later Equiluz says the army blocks aid.", "en")
    assert [m.text for m in by_name(doc)["Luis Eguiluz"].mentions] == ["Luis Eguiluz", "Equiluz"]
    assert "Equiluz" not in typed(doc)


def test_short_names_one_letter_apart_stay_apart(link_text, by_name):
    doc = link_text("Minister Maria Lopez spoke first. Later Lopes answered the critics. Lopes left.", "en")
    assert [m.text for m in by_name(doc)["Maria Lopez"].mentions] == ["Maria Lopez"]


def test_capitalised_word_opening_a_hyphenated_adjective_is_no_name(link_text, typed):
    doc = link_text("Attacks by a Christian-dominated militia continued in the north.", "en")
    assert "Christian" not in typed(doc)


def test_hyphenated_name_of_two_capitalised_parts_stays_a_name(link_text, typed):
    doc = link_text("The lawyer Francisca Joly-Gomez answered the questions.", "en")
    assert typed(doc)["Francisca Joly-Gomez"] == "PERSON"


def test_french_abbreviated_professor_title_points_back_to_the_full_name(link_text, by_name):
    doc = link_text("La gastro-entérologue Francisca Joly-Gomez explique le problème. La flore change, "
                    "indique la Pr Joly-Gomez.", "fr")
    assert [m.text for m in by_name(doc)["Francisca Joly-Gomez"].mentions] == [
        "Francisca Joly-Gomez", "Joly-Gomez"]
