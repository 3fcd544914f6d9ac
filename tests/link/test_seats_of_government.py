"""A seat of government after a preposition of place is the building; acting, it is the body
(link/seats.py, KB ``kind`` ``seat``), with the shipped KB."""
from __future__ import annotations


def test_a_seat_after_a_preposition_of_place_is_the_building(mentions):
    linked = mentions("Il presidente incaricato si recherà al Quirinale sabato.", "it", "type", "name")
    assert linked["Quirinale"] == ("PLACE", "Quirinal Palace")


def test_a_seat_that_acts_is_the_body(mentions):
    linked = mentions("Il Quirinale ha fatto sapere che la firma arriverà presto.", "it", "type", "name")
    assert linked["Quirinale"] == ("ORG", "Quirinal Palace")


def test_an_english_seat_after_at_and_its_article_is_the_building(mentions):
    linked = mentions("Putin received the delegation at the Kremlin on Monday.", "en", "type", "name")
    assert linked["the Kremlin"] == ("PLACE", "Kremlin")


def test_a_seat_words_are_sent_to_stays_the_body(mentions):
    """"to" takes an addressee as often as a place, so it is no preposition of place here."""
    linked = mentions("The senators sent a letter to the Kremlin on Monday.", "en", "type", "name")
    assert linked["the Kremlin"] == ("ORG", "Kremlin")


def test_a_spanish_seat_after_en_is_the_building(mentions):
    linked = mentions("Los camioneros fueron recibidos en La Moneda hace doce días.", "es", "type", "name")
    assert linked["La Moneda"] == ("PLACE", "La Moneda Palace")


def test_a_german_seat_after_im_is_the_building(mentions):
    linked = mentions("Das Treffen fand am Montag im Kreml statt.", "de", "type", "name")
    assert linked["Kreml"] == ("PLACE", "Kremlin")


def test_a_french_seat_after_a_and_the_elided_article_is_the_building(mentions):
    linked = mentions("Le Premier ministre a été reçu à l'Élysée mardi soir.", "fr", "type", "name")
    assert linked["Élysée"] == ("PLACE", "Élysée Palace")
