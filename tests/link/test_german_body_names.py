"""German bodies named by a head noun, "für" and common nouns ("Bundesamt für Migration und
Flüchtlinge"): every word is a capitalised common noun, which alone makes no name; the head noun and
the particle after it say the run is one body's name (link_settings.tsv body_particles, body_heads)."""
from __future__ import annotations


def _names(link_text, text: str) -> dict[str, str]:
    doc = link_text(text, "de")
    return {e.name: e.type for e in doc.entities}


def test_a_compound_head_noun_and_fuer_make_a_body_name(link_text):
    names = _names(link_text, "Die Sprecherin des Bundesamts für Migration und Flüchtlinge sagte, die Zahl sei gestiegen.")
    assert names == {"Bundesamts für Migration und Flüchtlinge": "ORG"}


def test_a_capitalised_country_adjective_before_the_head_begins_the_name(link_text):
    names = _names(link_text, "Iran-Experte Cornelius Adebahr von der Deutschen Gesellschaft für Auswärtige "
                              "Politik sagte am Montag, die Lage sei ernst.")
    assert names["Deutschen Gesellschaft für Auswärtige Politik"] == "ORG"
    assert "Germany" not in names


def test_a_hyphen_before_und_completes_the_last_noun(link_text):
    names = _names(link_text, "Die Steine sind an das Deutsche Zentrum für Luft- und Raumfahrt gegangen.")
    assert names == {"Deutsche Zentrum für Luft- und Raumfahrt": "ORG"}


def test_a_known_name_after_und_is_not_part_of_the_body(link_text):
    names = _names(link_text, "Das Zentrum für Antisemitismusforschung und Angela Merkel reagierten.")
    assert "Zentrum für Antisemitismusforschung" in names


def test_a_head_noun_of_a_body_list_alone_types_no_place_name(link_text):
    # "Zentrum" heads a body's name only before "für": "im Zentrum von Gaza" is the centre of a place
    names = _names(link_text, "Im Zentrum von Gaza starben am Montag zwei Menschen.")
    assert not any(t == "ORG" for t in names.values())
