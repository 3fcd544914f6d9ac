"""Two speaker constructions: unnamed officials speaking for a state ("Officials say" is the country
the passage is about), and a name after a quotation through a verb the lexicon does not list
("„...“, lästerte Promoter Alexander Krassyuk")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

CAR = "kb:country:central-african-republic"
CHAD = "kb:country:chad"
HAMAS = "kb:org:hamas"
KRASSYUK = "kb:person:krassyuk"
SMITH = "kb:person:smith"
COUNTRY_CODES = {CAR: "CAF", CHAD: "TCD"}


def speakers(text, lang, entities):
    doc = make_doc(text, lang, entities)
    for e in doc.entities:
        e.country = COUNTRY_CODES.get(e.id)
    doc.sources = find_sources(doc)
    return {q.text: q.speaker for q in find_quotes(doc)}


def test_officials_with_no_name_speak_for_the_country_the_article_is_about():
    text = ("Fighting in the Central African Republic has displaced thousands. The Central African Republic "
            "asked for help last month.\n\nOfficials say a rebel group has relaunched hostilities in the north.")
    found = speakers(text, "en", {CAR: ("COUNTRY", ["Central African Republic"])})
    assert found["a rebel group has relaunched hostilities in the north"] == CAR


def test_officials_of_a_named_group_are_not_the_country():
    text = ("Fighting in the Central African Republic has displaced thousands. The Central African Republic "
            "asked for help last month.\n\nHamas officials said the hostages were in good health.")
    found = speakers(text, "en", {CAR: ("COUNTRY", ["Central African Republic"]), HAMAS: ("ORG", ["Hamas"])})
    assert found["the hostages were in good health"] == HAMAS


def test_officials_of_an_article_shared_by_two_countries_stay_unnamed():
    text = ("Chad and the Central African Republic held talks. Chad and the Central African Republic "
            "disagree on the border.\n\nOfficials said on Monday that no agreement had been reached.")
    found = speakers(text, "en", {CAR: ("COUNTRY", ["Central African Republic"]), CHAD: ("COUNTRY", ["Chad"])})
    assert found["no agreement had been reached"] is None


def test_local_authorities_are_no_state():
    text = ("Las lluvias causaron inundaciones en la República Centroafricana. La República Centroafricana "
            "pidió ayuda.\n\nLas autoridades locales prometieron que el agua volvería pronto.")
    found = speakers(text, "es", {CAR: ("COUNTRY", ["República Centroafricana"])})
    assert found["el agua volvería pronto"] is None


def test_a_name_after_a_quotation_and_an_unlisted_verb_speaks_it():
    text = ("Die Nerven liegen blank. „Sein Vater ist nervös. Er versucht den kleinsten Typen zu bekämpfen“, "
            "lästerte Usyks Promoter Alexander Krassyuk.")
    found = speakers(text, "de", {KRASSYUK: ("PERSON", ["Alexander Krassyuk"])})
    assert found["Sein Vater ist nervös. Er versucht den kleinsten Typen zu bekämpfen"] == KRASSYUK


def test_a_name_and_an_unlisted_verb_after_the_quotation_speak_it_in_english():
    text = 'Labour faced a revolt on Tuesday. "We will not back down, not now and not ever," Smith bristled.'
    found = speakers(text, "en", {SMITH: ("PERSON", ["Smith"])})
    assert found["We will not back down, not now and not ever"] == SMITH


def test_a_quotation_that_is_the_subject_of_its_sentence_is_nobody_s():
    text = ("Die Fans feierten. „Das Spiel ist noch lange nicht vorbei, Freunde“ ist ein Satz, den Alexander "
            "Krassyuk in Stadien oft hört.")
    found = speakers(text, "de", {KRASSYUK: ("PERSON", ["Alexander Krassyuk"])})
    assert all(s != KRASSYUK for t, s in found.items() if t.startswith("Das Spiel"))


SCHOLZ = "kb:person:scholz"
MACRON = "kb:person:macron"


def test_a_possessive_before_a_noun_of_speech_and_a_colon_points_back_to_the_last_person():
    text = ("Olaf Scholz hat das Gesetz im Bundestag verteidigt. Seine Botschaft war deutlich: „Das ist ein "
            "guter Tag für Deutschland.“")
    found = speakers(text, "de", {SCHOLZ: ("PERSON", ["Olaf Scholz"])})
    assert found["Das ist ein guter Tag für Deutschland."] == SCHOLZ


def test_a_possessive_noun_of_speech_with_a_longer_clause_before_the_quotation_is_no_label():
    text = ("Emmanuel Macron a reçu les syndicats. Son message, que personne n'a vraiment compris ce jour-là "
            "à l'Élysée, reste « une énigme ».")
    found = speakers(text, "fr", {MACRON: ("PERSON", ["Emmanuel Macron"])})
    assert "une énigme" not in found or found["une énigme"] is None


NATO = "kb:org:nato"
RUTTE = "kb:person:rutte"
KREMLIN = "kb:org:kremlin"
PESKOV = "kb:person:peskov"


def test_an_office_named_by_its_body_speaks_as_the_person_met_with_that_body():
    text = ("NATO Secretary General Mark Rutte arrived in The Hague on Monday. The NATO chief said the alliance "
            "must spend more.")
    found = speakers(text, "en", {NATO: ("ORG", ["NATO"]), RUTTE: ("PERSON", ["Mark Rutte"])})
    assert found["the alliance must spend more"] == RUTTE


def test_a_spokesperson_named_by_its_body_speaks_for_the_body():
    text = ("Kremlin spokesman Dmitry Peskov met reporters in Moscow on Monday. The Kremlin spokesman said the "
            "talks would continue.")
    found = speakers(text, "en", {KREMLIN: ("ORG", ["Kremlin"]), PESKOV: ("PERSON", ["Dmitry Peskov"])})
    assert found["the talks would continue"] == KREMLIN
