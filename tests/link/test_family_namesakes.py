"""Relatives and namesakes of a known person: a generation suffix, another given name or a body named
after the family make another reading than the KB person the family name alone would mean."""
from __future__ import annotations


def test_a_generation_suffix_makes_the_son_not_the_father(link_text, by_name):
    names = by_name(link_text("Donald Trump Jr. told reporters that the family would fight.", "en"))
    assert "Donald Trump" not in names
    assert names["Donald Trump Jr"].type == "PERSON"


def test_a_family_name_with_a_generation_suffix_opening_a_sentence_is_a_person(link_text, by_name):
    names = by_name(link_text("Trump Jr. said the family would fight.", "en"))
    assert "Donald Trump" not in names
    assert names["Trump Jr"].type == "PERSON"


def test_a_generation_suffix_is_never_a_family_name_of_its_own(link_text, by_name):
    names = by_name(link_text("Martin Luther King Jr. was the keynote speaker.", "en"))
    assert "Surangel Whipps Jr." not in names


def test_the_family_name_of_a_kb_person_with_a_suffix_is_the_word_before_it(link_text, by_name):
    names = by_name(link_text("Whipps said the islands would not take sides.", "en"))
    assert [m.text for m in names["Surangel Whipps Jr."].mentions] == ["Whipps"]


def test_another_given_name_before_a_kb_family_name_is_another_person(link_text, by_name):
    names = by_name(link_text("Eric Trump said that the company would grow.", "en"))
    assert "Donald Trump" not in names
    assert names["Eric Trump"].type == "PERSON"


def test_a_given_name_before_a_kb_full_name_is_another_person(link_text, by_name):
    doc = link_text("Il figlio Pier Silvio Berlusconi ha parlato a Milano.", "it")
    names = by_name(doc)
    assert "Silvio Berlusconi" not in names
    assert names["Pier Silvio Berlusconi"].type == "PERSON"


def test_a_family_name_after_a_full_name_outside_the_kb_is_the_person_not_the_outlet(link_text, by_name):
    names = by_name(link_text("Democratic candidate Mike Bloomberg faced sharp attacks at the debate. "
                              "Bloomberg denied that his policy was racist.", "en"))
    assert "Bloomberg News" not in names
    assert [m.text for m in names["Mike Bloomberg"].mentions] == ["Mike Bloomberg", "Bloomberg"]


def test_a_company_named_after_a_kb_person_named_before_is_the_person(link_text, by_name):
    names = by_name(link_text("Enzo Ferrari nacque a Modena. Ferrari disse che le corse erano tutto.", "it"))
    assert "Ferrari" not in names
    assert [m.text for m in names["Enzo Ferrari"].mentions] == ["Enzo Ferrari", "Ferrari"]


def test_the_outlet_stays_when_no_person_of_that_name_came_before(link_text, by_name):
    names = by_name(link_text("The company told Bloomberg that sales had fallen.", "en"))
    assert names["Bloomberg News"].type == "MEDIA"


def test_a_middle_initial_between_two_name_words_makes_a_person(link_text, by_name):
    names = by_name(link_text("Police arrested Hayley N. Hull on Tuesday.", "en"))
    assert names["Hayley N. Hull"].type == "PERSON"


def test_an_initial_ending_a_reference_does_not_join_the_next_sentence_into_a_person(link_text, by_name):
    names = by_name(link_text("See Bocquet H, Roujeau J. Drug reactions are rare.", "en"))
    assert names.get("Roujeau J. Drug") is None or names["Roujeau J. Drug"].type != "PERSON"
