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
