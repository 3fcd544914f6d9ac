"""A role before a name: after an attribution or opinion word ("Selon le chef de la diplomatie russe,
Sergueï Lavrov, ...", "Per il presidente della Repubblica Sergio Mattarella, ..."), and a time
phrase between an inverted verb and its subject ("afirmó ayer en el Congreso la vicepresidenta")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

LAVROV = {"x:person:lavrov": ("PERSON", ["Sergueï Lavrov"])}


def found(text: str, lang: str, entities: dict) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_according_word_role_and_apposed_name_the_content_starts_after_the_name():
    text = "Selon le chef de la diplomatie russe, Sergueï Lavrov, l'Occident a échoué en Ukraine."
    assert found(text, "fr", LAVROV) == [("l'Occident a échoué en Ukraine", "x:person:lavrov")]


def test_opinion_word_with_a_long_role_and_apposed_name():
    text = "Pour le ministre russe des Affaires étrangères, Sergueï Lavrov, l'Occident a échoué en Ukraine."
    assert found(text, "fr", LAVROV) == [("l'Occident a échoué en Ukraine", "x:person:lavrov")]


def test_opinion_word_with_a_role_before_the_name_and_no_comma():
    text = "Per il presidente della Repubblica Sergio Mattarella, l'Italia deve restare unita."
    entities = {"x:person:mattarella": ("PERSON", ["Sergio Mattarella"])}
    assert found(text, "it", entities) == [("l'Italia deve restare unita", "x:person:mattarella")]


def test_opinion_word_passes_over_the_party_in_the_role():
    text = "Per il segretario della Lega Matteo Salvini, l'autonomia si farà entro l'anno."
    entities = {"x:person:salvini": ("PERSON", ["Matteo Salvini"]), "x:org:lega": ("ORG", ["Lega"])}
    assert found(text, "it", entities) == [("l'autonomia si farà entro l'anno", "x:person:salvini")]


def test_time_and_place_between_an_inverted_verb_and_its_subject():
    text = "“No vamos a aceptar recortes”, afirmó ayer en el Congreso la vicepresidenta segunda, Yolanda Díaz."
    entities = {"x:person:diaz": ("PERSON", ["Yolanda Díaz"]), "x:org:congreso": ("ORG", ["Congreso"])}
    assert found(text, "es", entities) == [("No vamos a aceptar recortes", "x:person:diaz")]


def test_a_country_in_the_genitive_before_a_role_is_no_speaker_the_role_names_the_person():
    text = ("Am Straßenrand steht ein politisches Schwergewicht: Jean Asselborn. Luxemburgs ehemaliger "
            "Außenminister meint, dass die Demo eine gute Botschaft sei.")
    entities = {"x:person:asselborn": ("PERSON", ["Jean Asselborn"]),
                "Q32": ("COUNTRY", ["Luxemburgs"])}
    assert found(text, "de", entities) == [("die Demo eine gute Botschaft sei", "x:person:asselborn")]


def test_nach_ansicht_von_a_name_reports_the_rest_of_the_sentence():
    text = "Nach Ansicht von Olaf Scholz ist die Lage an der Grenze ernst."
    entities = {"x:person:scholz": ("PERSON", ["Olaf Scholz"])}
    assert found(text, "de", entities) == [("ist die Lage an der Grenze ernst", "x:person:scholz")]


def test_a_name_far_after_nach_angaben_von_is_the_clause_subject_not_the_source():
    text = ("Nach Angaben von Vertretern deutscher Nachrichtendienste hat Peking ganze Netzwerke in Deutschland "
            "aufgebaut, um seine Bürger zu kontrollieren.")
    entities = {"Q148": ("COUNTRY", ["Peking"])}
    assert all(q[1] != "Q148" for q in found(text, "de", entities))


def test_a_long_role_with_a_party_in_it_then_a_comma_and_the_name_the_name_speaks():
    text = ("“Alargar el plazo es alargar la mecha de una bomba”, admitió el convencional UDI e integrante de la "
            "Comisión de Normas Transitorias, Pablo Toloza.")
    entities = {"x:person:toloza": ("PERSON", ["Pablo Toloza"]), "x:org:udi": ("ORG", ["UDI"])}
    assert found(text, "es", entities) == [("Alargar el plazo es alargar la mecha de una bomba", "x:person:toloza")]


def test_an_apposition_after_the_name_of_a_mid_sentence_attribution_is_not_reported():
    text = ("Questa è la raccomandazione di uno studio recente, secondo quanto riferito da Rupert Cornwell, inviato "
            "nella capitale del quotidiano The Independent.")
    entities = {"x:person:cornwell": ("PERSON", ["Rupert Cornwell"])}
    assert all(not q[0].startswith("inviato") for q in found(text, "it", entities))


YAPANDE = {"x:person:yapande": ("PERSON", ["Bruno Yapande"])}


def test_a_country_possessor_the_linker_ended_before_its_s_leaves_the_apposed_person_the_speaker():
    text = ("Rebels attacked villages this week. Bruno Yapande, Cameroon’s territorial administration minister, "
            "says the government has ordered its military to seal border areas.")
    entities = {**YAPANDE, "x:country:cmr": ("COUNTRY", ["Cameroon"])}
    assert found(text, "en", entities) == [
        ("the government has ordered its military to seal border areas", "x:person:yapande")]


def test_an_initialism_with_dots_inside_the_apposition_still_leaves_the_person_the_speaker():
    text = ("Rebels attacked villages this week. Bruno Yapande, C.A.R.’s territorial administration minister, "
            "says the government has ordered its military to seal border areas.")
    entities = {**YAPANDE, "x:country:caf": ("COUNTRY", ["C.A.R."])}
    assert found(text, "en", entities) == [
        ("the government has ordered its military to seal border areas", "x:person:yapande")]
