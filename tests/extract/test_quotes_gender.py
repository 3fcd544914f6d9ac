"""A gendered pronoun or role noun pointing back passes over a person of the other gender
(gendered_words.tsv: pronouns, articles, given names; gender_cues.tsv: "Ministerin")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

BORNE_DARMANIN = {"x:person:borne": ("PERSON", ["Élisabeth Borne"]),
                  "x:person:darmanin": ("PERSON", ["Gérald Darmanin"])}


def speakers(text: str, lang: str, entities: dict) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_masculine_pronoun_after_a_quote_passes_over_the_woman_who_opened_the_sentence_before():
    text = "Élisabeth Borne a rencontré Gérald Darmanin à Matignon. « Nous voulons avancer vite », a-t-il ajouté."
    assert speakers(text, "fr", BORNE_DARMANIN) == [("Nous voulons avancer vite", "x:person:darmanin")]


def test_feminine_pronoun_keeps_the_woman_who_opened_the_sentence_before():
    text = "Élisabeth Borne a rencontré Gérald Darmanin à Matignon. « Nous voulons avancer vite », a-t-elle ajouté."
    assert speakers(text, "fr", BORNE_DARMANIN) == [("Nous voulons avancer vite", "x:person:borne")]


def test_feminine_subject_pronoun_of_an_indirect_quote_skips_the_man_named_first():
    text = "Gérald Darmanin a rencontré Élisabeth Borne. Elle a déclaré que la réforme était nécessaire."
    assert speakers(text, "fr", BORNE_DARMANIN) == [("la réforme était nécessaire", "x:person:borne")]


def test_german_er_skips_the_woman_named_first():
    text = "Annalena Baerbock traf Olaf Scholz. Er sagte, die Lage sei ernst."
    found = speakers(text, "de", {"x:person:baerbock": ("PERSON", ["Annalena Baerbock"]),
                                  "x:person:scholz": ("PERSON", ["Olaf Scholz"])})
    assert found == [("die Lage sei ernst", "x:person:scholz")]


def test_feminine_role_noun_names_the_one_woman_of_two_people_before():
    text = ("Maria Elena Boschi ha incontrato Matteo Renzi. «Il governo deve cambiare», ha detto la deputata.")
    found = speakers(text, "it", {"x:person:boschi": ("PERSON", ["Maria Elena Boschi"]),
                                  "x:person:renzi": ("PERSON", ["Matteo Renzi"])})
    assert found == [("Il governo deve cambiare", "x:person:boschi")]


def test_masculine_role_noun_names_the_one_man_of_two_people_before_spanish():
    text = "María Jesús Montero se reunió con Carlos Cuerpo. El ministro explicó que el déficit bajará."
    found = speakers(text, "es", {"x:person:montero": ("PERSON", ["María Jesús Montero"]),
                                  "x:person:cuerpo": ("PERSON", ["Carlos Cuerpo"])})
    assert found == [("el déficit bajará", "x:person:cuerpo")]


def test_german_role_noun_ending_in_in_is_a_woman():
    text = "Annalena Baerbock traf Olaf Scholz. „Die Lage ist ernst“, sagte die Ministerin."
    found = speakers(text, "de", {"x:person:baerbock": ("PERSON", ["Annalena Baerbock"]),
                                  "x:person:scholz": ("PERSON", ["Olaf Scholz"])})
    assert found == [("Die Lage ist ernst", "x:person:baerbock")]


def test_given_name_gender_is_per_language_andrea_is_a_man_in_italian():
    text = "Andrea Orlando ha incontrato Elly Schlein. «Serve unità», ha aggiunto lui."
    found = speakers(text, "it", {"x:person:orlando": ("PERSON", ["Andrea Orlando"]),
                                  "x:person:schlein": ("PERSON", ["Elly Schlein"])})
    assert found == [("Serve unità", "x:person:orlando")]


def test_a_person_of_unknown_gender_is_not_passed_over():
    text = "Dominique Morel a rencontré Gérald Darmanin. « Nous voulons avancer vite », a-t-elle ajouté."
    found = speakers(text, "fr", {"x:person:morel": ("PERSON", ["Dominique Morel"]),
                                  "x:person:darmanin": ("PERSON", ["Gérald Darmanin"])})
    assert found == [("Nous voulons avancer vite", "x:person:morel")]


def test_english_she_skips_the_man_named_first():
    # English has no gendered articles: the given names say who "she" can be
    text = "Joe Biden met Kamala Harris at the White House. She said the talks had been useful."
    found = speakers(text, "en", {"x:person:biden": ("PERSON", ["Joe Biden"]),
                                  "x:person:harris": ("PERSON", ["Kamala Harris"])})
    assert found == [("the talks had been useful", "x:person:harris")]
