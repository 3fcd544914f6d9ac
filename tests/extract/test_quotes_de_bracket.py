"""German verb bracket: the subject after the auxiliary that opens it, far from the participle."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

MERZ = {"kb:person:merz": ("PERSON", ["Friedrich Merz"])}


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def speakers(text, entities):
    return [(q.text, q.speaker, q.speaker_text) for q in quotes(make_doc(text, "de", entities))]


def test_pronoun_after_the_auxiliary_is_the_subject_of_a_far_participle():
    text = ("Friedrich Merz besuchte Paris. In einem Interview hatte er mit Blick auf die Berichte über die "
            "„D-Day“-Formulierung noch betont: „Das stimmt nicht.“")
    assert speakers(text, MERZ) == [("Das stimmt nicht.", "kb:person:merz", "er")]


def test_role_noun_after_the_auxiliary_names_the_person_introduced_before():
    text = "Ministerin Nancy Faeser war in Rom. Das hat die Ministerin gesagt: „Das ist falsch.“"
    found = speakers(text, {"x:person:faeser": ("PERSON", ["Ministerin Nancy Faeser"])})
    assert found == [("Das ist falsch.", "x:person:faeser", "die Ministerin")]


def test_name_after_the_auxiliary_behind_a_fronted_adverb():
    text = "Gestern hat Friedrich Merz in Berlin gesagt, dass die Lage ernst sei."
    assert speakers(text, MERZ) == [("die Lage ernst sei", "kb:person:merz", "Friedrich Merz")]


def test_clause_opened_by_its_subject_keeps_it_over_an_object_after_the_auxiliary():
    text = "Friedrich Merz hat den Reportern gesagt, dass er bleibt."
    assert speakers(text, MERZ) == [("er bleibt", "kb:person:merz", "Friedrich Merz")]


def test_party_prefix_of_a_compound_title_is_no_subject_for_a_later_pronoun():
    text = ("FDP-Generalsekretär Bijan Djir-Sarai musste sich bemühen: In einem Interview hatte er betont: "
            "„Das stimmt nicht.“")
    found = speakers(text, {"x:person:djir-sarai": ("PERSON", ["Bijan Djir-Sarai"]),
                            "kb:org:fdp": ("ORG", ["FDP"])})
    assert found == [("Das stimmt nicht.", "x:person:djir-sarai", "er")]


def test_passive_naming_verb_makes_the_quoted_word_a_term_not_a_quote():
    text = "Auf Plakaten wurde Deutschland als „Wertediktatur“ bezeichnet und das Kalifat als „die Lösung“."
    assert speakers(text, {"Q183": ("COUNTRY", ["Deutschland"])}) == []


def test_active_naming_verb_with_its_subject_is_still_a_quote():
    text = "Innenministerin Nancy Faeser nannte die Kundgebung „schwer erträglich“."
    found = speakers(text, {"x:person:faeser": ("PERSON", ["Nancy Faeser"])})
    assert found == [("schwer erträglich", "x:person:faeser", "Nancy Faeser")]


def test_passive_report_without_agent_is_nobodys_speech():
    text = "Friedrich Merz kam nach Paris. Im Fall von Merz war zudem kritisiert worden, dass er keine Erfahrung habe."
    assert speakers(text, {"kb:person:merz": ("PERSON", ["Friedrich Merz", "Merz"])}) == []


def test_passive_report_with_agent_belongs_to_the_agent():
    text = "Am Montag wurde von Friedrich Merz betont, dass die Lage ernst sei."
    assert speakers(text, MERZ) == [("die Lage ernst sei", "kb:person:merz", "Friedrich Merz")]
