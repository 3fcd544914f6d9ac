"""French news names against the shipped KB. National bodies (tools/kb/curated/organisations_france.tsv)
are named by their proper name ("la Cour de cassation") or, for ministries, by a common noun in an
article about France ("le ministère de l'Intérieur", institutions.tsv); "France" inside a broadcaster's
name is no mention of the country. Titles resolve by date, also before an elided article ("le secrétaire
général de l'Otan": lang/fr/name_particles.txt) and for "le guide suprême" (lang/fr/titles.tsv)."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source
from cronaca.kb import load
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build


@pytest.fixture(scope="module")
def names():
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(load()),))

    def run(text: str, published: str = "2025-03-04") -> dict[str, str]:
        doc = pipeline(Document(raw=text, language="fr", source=Source(published=published)))
        return {e.name: e.type for e in doc.entities}
    return run


def test_a_court_named_by_its_french_name_gets_its_english_title(names):
    assert names("La Cour de cassation a rejeté mardi le pourvoi de l'ancien ministre.") \
        == {"Court of Cassation": "ORG"}


def test_a_ministry_named_by_a_common_noun_is_the_french_ministry(names):
    found = names("Le ministère de l'Intérieur a annoncé l'expulsion de trois militants.")
    assert found == {"Ministry of the Interior": "ORG"}


def test_france_inside_a_broadcaster_name_is_no_country(names):
    assert names("Radio France a annoncé des suppressions de postes.") == {"Radio France": "MEDIA"}


def test_a_title_of_a_body_after_an_elided_article_resolves_by_date(names):
    assert names("Le secrétaire général de l'Otan a appelé à la retenue.") \
        == {"Mark Rutte": "PERSON", "NATO": "ORG"}


def test_the_supreme_guide_is_the_head_of_state_of_iran(names):
    assert names("Le guide suprême iranien a menacé les États-Unis.", "2025-03-04") \
        == {"Ali Khamenei": "PERSON", "Iran": "COUNTRY", "United States": "COUNTRY"}


def test_a_feminine_title_resolves_like_the_masculine(names):
    assert names("La cheffe du gouvernement italien a réagi.") == {"Giorgia Meloni": "PERSON", "Italy": "COUNTRY"}


def test_a_title_split_by_the_country_adjective_resolves_by_date(names):
    """French puts the nationality inside the title: "le ministre russe de la Défense"."""
    assert names("Le ministre russe de la Défense a annoncé des mesures.") \
        == {"Andrey Belousov": "PERSON", "Russia": "COUNTRY"}


def test_a_split_title_followed_by_a_name_leaves_the_person_to_the_name(names):
    found = names("Le ministre français de l'Intérieur, Bruno Retailleau, a annoncé des mesures.")
    assert found == {"Bruno Retailleau": "PERSON", "France": "COUNTRY"}
