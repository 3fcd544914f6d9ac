"""Unknown organisations and places typed by the cue noun before them, where the cue noun joins the run of
capitalised words (German nouns, a cue written in capitals), and place names read from their site noun
(real KB: none of these names is in it)."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source


def _types(pipeline, text: str, lang: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    return {e.name: e.type for e in doc.entities}


@pytest.mark.parametrize("lang, text, name", [
    # the capitalised cue noun opens the German run; the frequent family name after it is the firm
    ("de", "Gestern hat die Firma Hansen gekündigt.", "Hansen"),
    ("de", "Der Zulieferer Schaeffler streicht Stellen.", "Schaeffler"),
    ("de", "Auch die Initiative Lobbycontrol kritisiert das.", "Lobbycontrol"),
    # a legal form keeps the common nouns before it in the name
    ("de", "Gestern hat die Acme Logistik GmbH gekündigt.", "Acme Logistik GmbH"),
    # a cue noun written in capitals is no word of the name
    ("fr", "Selon le journal, l'ONG Sherpa a porté plainte.", "Sherpa"),
    ("fr", "Le collectif RogueESR appelle à manifester.", "RogueESR"),
    ("es", "El colectivo Ni Una Menos convocó una marcha.", "Ni Una Menos"),
    # after the cue noun a lone capitalised head noun is the name, not the kind of body
    ("fr", "Le syndicat Alliance police nationale a dénoncé les violences.", "Alliance"),
    # a number after a cued organisation's name ends it
    ("de", "In einem Interview mit dem israelischen Sender Channel 13 hat er berichtet.", "Channel 13"),
])
def test_a_cued_name_is_an_organisation(pipeline, lang, text, name):
    assert _types(pipeline, text, lang).get(name) == "ORG"


def test_a_year_after_a_cued_name_is_no_part_of_it(pipeline):
    assert "Müller" in _types(pipeline, "Die Firma Müller 2019 war pleite.", "de")


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le département du Var est en vigilance rouge.", "Var"),
    ("es", "Hubo protestas en el departamento del Cauca.", "Cauca"),
    ("es", "Los manifestantes se concentraron en la Puerta del Sol.", "Puerta del Sol"),
    ("es", "El Presidente será recibido en la Base Aérea Chubunco.", "Base Aérea Chubunco"),
])
def test_a_cued_place(pipeline, lang, text, name):
    assert _types(pipeline, text, lang).get(name) == "PLACE"
