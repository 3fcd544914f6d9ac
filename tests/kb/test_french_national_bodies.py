"""French national bodies in the shipped KB (tools/kb/curated/organisations_france.tsv): named by
their proper name ("la Cour de cassation") or, for ministries, by a common noun in an article about
France ("le ministère de l'Intérieur", institutions.tsv); "France" inside a broadcaster's name is no
mention of the country."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source
from cronaca.kb import load
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build


@pytest.fixture(scope="module")
def names():
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(load()),))

    def run(text: str) -> dict[str, str]:
        doc = pipeline(Document(raw=text, language="fr", source=Source(published="2025-03-04")))
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
