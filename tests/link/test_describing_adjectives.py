"""A country adjective that only describes a thing is no mention of the country as an actor."""
from __future__ import annotations


def test_an_adjective_describing_a_thing_names_no_country(link_text, by_name):
    doc = link_text("Il gruppo russo ha comprato una fabbrica a Torino.", "it")
    assert "Russia" not in by_name(doc)


def test_coordinated_adjectives_name_the_countries(link_text, by_name):
    doc = link_text("I negoziatori russo, ucraino e statunitense si sono incontrati.", "it")
    assert {"Russia", "Ukraine", "United States"} <= set(by_name(doc))


def test_an_adjective_in_a_title_still_names_the_country(link_text, by_name):
    doc = link_text("Il cancelliere tedesco dovrebbe recarsi a Pechino.", "it", "2026-02-04")
    assert [m.text for m in by_name(doc)["Germany"].mentions] == ["tedesco"]


def test_a_country_named_elsewhere_keeps_its_describing_adjective(link_text, by_name):
    doc = link_text("La Russia ha avvertito. Un drone russo è caduto.", "it")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["Russia", "russo"]


def test_an_adjective_by_a_noun_of_an_act_names_the_country(link_text, by_name):
    doc = link_text("Pechino ha sostenuto la proposta russa per il cessate il fuoco.", "it")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["russa"]


def test_an_adjective_after_an_elided_act_noun_names_the_country_fr(link_text, by_name):
    doc = link_text("L'offensive russe dans l'est du pays s'est poursuivie lundi.", "fr")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["russe"]


def test_an_adjective_after_an_elided_act_noun_names_the_country_it(link_text, by_name):
    doc = link_text("L'offensiva russa nell'est del paese è continuata lunedì.", "it")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["russa"]


def test_the_people_after_a_plural_article_are_the_country_acting_it(link_text, by_name):
    doc = link_text("I russi hanno attaccato la città all'alba.", "it")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["russi"]


def test_the_people_after_a_plural_article_are_the_country_acting_fr(link_text, by_name):
    doc = link_text("Les Russes ont lancé une nouvelle offensive.", "fr")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["Russes"]


def test_the_people_after_a_plural_article_are_the_country_acting_es(link_text, by_name):
    doc = link_text("Ayer los rusos bombardearon la ciudad.", "es")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["rusos"]


def test_the_german_people_noun_after_die_is_the_country_acting(link_text, by_name):
    doc = link_text("Am Morgen haben die Russen die Stadt angegriffen.", "de")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["Russen"]


def test_a_german_adjective_after_die_still_only_describes(link_text, by_name):
    doc = link_text("Am Morgen sind die russischen Soldaten abgezogen.", "de")
    assert "Russia" not in by_name(doc)


def test_an_adjective_after_the_article_of_its_noun_only_describes(link_text, by_name):
    doc = link_text("Ayer los soldados rusos abandonaron la ciudad.", "es")
    assert "Russia" not in by_name(doc)


def test_a_gender_inclusive_plural_names_people_not_the_state_de(link_text, by_name):
    doc = link_text("Am Morgen haben die Amerikaner:innen demonstriert.", "de")
    assert "United States" not in by_name(doc)


def test_the_plain_plural_after_die_is_the_country_acting_de(link_text, by_name):
    doc = link_text("Am Morgen haben die Amerikaner reagiert.", "de")
    assert [m.text for m in by_name(doc)["United States"].mentions] == ["Amerikaner"]
