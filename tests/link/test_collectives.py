"""Regional collectives: "i leader europei", "Western sanctions", "the West" are GROUP actors; a
place ("in Europa") or a description ("media occidentali") is not (GUIDELINES.md section 2)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cronaca import lang as langdata

KB_FILE = Path(__file__).resolve().parents[2] / "src" / "cronaca" / "kb" / "data" / "organisations.jsonl"


def groups(doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "GROUP"}


def test_european_leaders_in_italian_are_european_countries(link_text):
    doc = link_text("I leader europei sollecitano da tempo la Cina a tenere a freno la Russia.", "it")
    assert groups(doc) == {"European countries": ["europei"]}


def test_western_sanctions_in_italian_name_the_west(link_text):
    doc = link_text("La Russia ha dovuto affrontare sanzioni occidentali dopo l'offensiva.", "it")
    assert groups(doc) == {"Western world": ["occidentali"]}


def test_the_west_as_a_noun_in_english(link_text):
    doc = link_text("The West condemned Russia on Monday.", "en")
    assert groups(doc) == {"Western world": ["West"]}


def test_west_bank_stays_the_place(link_text):
    doc = link_text("Israel occupies the West Bank.", "en")
    assert groups(doc) == {} and "West Bank" in {e.name for e in doc.entities}


def test_french_leaders_and_spanish_countries(link_text):
    fr = link_text("Les dirigeants européens ont demandé à la Chine de faire pression sur la Russie.", "fr")
    es = link_text("Los países europeos pidieron a China que frene a Rusia.", "es")
    assert groups(fr) == {"European countries": ["européens"]}
    assert groups(es) == {"European countries": ["europeos"]}


def test_german_western_countries(link_text):
    doc = link_text("Andere westliche Länder haben russische Spione ausgewiesen.", "de")
    assert groups(doc) == {"Western world": ["westliche"]}


def test_russian_western_countries_and_the_west(link_text):
    assert groups(link_text("Западные страны ввели санкции против России.", "ru")) == {"Western world": ["Западные"]}
    assert groups(link_text("Запад осудил Россию. На Западе растут цены.", "ru")) == {"Western world": ["Запад"]}


def test_gulf_states_after_their_head_noun(link_text):
    doc = link_text("I paesi del Golfo hanno chiesto un cessate il fuoco.", "it")
    assert groups(doc) == {"Arab states of the Persian Gulf": ["del Golfo"]}


@pytest.mark.parametrize("text, lang", [
    ("I media occidentali hanno criticato la Cina.", "it"),  # a description of the media
    ("Western media reported the visit.", "en"),
    ("Xi will die Beziehungen zu den Medien im Westen verbessern.", "de"),
    ("Il gas arriva in Europa dalla Russia.", "it"),  # the continent as a place
    ("Many people live in the West.", "en"),  # a location, not the West acting
    ("Un paese europeo ha votato contro.", "it"),  # one country: singular adjectives are no collective
    ("The disease is endemic in several African countries.", "en"),  # a location
    ("Officials in two Western countries confirmed the sale.", "en"),  # some particular countries
    ("Il virus circola nei paesi europei da mesi.", "it"),
])
def test_places_and_descriptions_are_no_collective(link_text, text, lang):
    assert groups(link_text(text, lang)) == {}


def test_the_kb_name_of_a_collective_acts_but_not_as_a_place(link_text):
    assert groups(link_text("African countries demanded debt relief.", "en")) == {
        "African countries": ["African countries"]}
    assert groups(link_text("The disease is endemic in several African countries.", "en")) == {}


def test_the_european_union_stays_an_organisation(link_text):
    doc = link_text("L'Unione europea e i governi europei hanno discusso.", "it")
    assert groups(doc) == {"European countries": ["europei"]}
    assert {e.name: e.type for e in doc.entities}["European Union"] == "ORG"


def test_every_collective_of_every_language_is_a_kb_entry():
    ids = {json.loads(line)["id"] for line in KB_FILE.read_text(encoding="utf-8").splitlines() if line}
    used = {row["entity"] for code in langdata.supported()
            for row in langdata.load(code).table("collectives.tsv") if row["entity"] != "*"}
    assert used and used <= ids
