"""Bodies French news cites: the statistics office and pollsters as sources, "les Vingt-Sept" for the
European Union, a company noun with its modifier before the company's name."""
from __future__ import annotations

import cronaca


def names(text: str) -> dict[str, list[str]]:
    doc = cronaca.process(text, language="fr", published="2026-02-05")
    return {e.name: [m.text for m in e.mentions] for e in doc.entities}


def test_the_statistics_office_written_as_a_word_is_an_organisation():
    found = names("Selon l'Insee, l'inflation a atteint 2,3 % en janvier.")
    assert found["Institut national de la statistique et des études économiques"] == ["Insee"]


def test_les_vingt_sept_are_the_european_union():
    assert names("Les Vingt-Sept ont décidé de prolonger les sanctions contre la Russie.") \
        == {"European Union": ["Vingt-Sept"], "Russia": ["Russie"]}


def test_the_number_in_letters_is_no_union():
    assert "European Union" not in names("Il a été condamné à vingt-sept mois de prison à Lyon.")


def test_a_company_noun_and_its_modifier_before_a_name_point_to_that_name_not_back():
    found = names("L'Olympique lyonnais a battu Rennes. Le constructeur automobile Stellantis a annoncé "
                  "la fermeture de son usine.")
    assert found["Olympique Lyonnais"] == ["Olympique lyonnais"]
    assert found["Stellantis"] == ["Stellantis"]


def test_a_country_in_the_name_of_a_competition_is_no_country():
    found = names("Le coureur a remporté une étape du Tour de France, puis le PSG a perdu en Coupe de France.")
    assert "France" not in found


def test_the_national_stadium_is_a_place_without_the_country():
    assert names("Le concert aura lieu au Stade de France en juillet.") == {"Stade de France": ["Stade de France"]}


def test_the_sports_paper_is_named_with_its_capital_only():
    found = names("L'équipe de France de football a battu l'Espagne, selon L'Équipe.")
    assert found["L'Équipe"] == ["L'Équipe"]


def test_bercy_is_the_economy_ministry_as_french_news_writes_it():
    assert names("D'après Bercy, le déficit atteindra 5 % du PIB.") \
        == {"Ministry of the Economy and Finance": ["Bercy"]}
