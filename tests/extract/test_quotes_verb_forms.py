"""Quotes after verb forms the lexicons first lacked, an aside between verb and speaker, and
verbs made impersonal by a clitic."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_french_inverted_auxiliary_before_a_participle_is_a_cue():
    text = "« Nous ne céderons pas », a-t-il indiqué. Le ministre Jean Dupont était à Paris."
    found = quotes(make_doc(text, "fr", {"x:person:dupont": ("PERSON", ["Jean Dupont"])}))
    assert [(q.text, q.direct, q.cue.text) for q in found] == [("Nous ne céderons pas", True, "a-t-il indiqué")]


def test_spanish_present_tense_reports_a_clause():
    text = "La ministra Sandra Pettovello reconoce que el acuerdo no alcanza para cubrir la inflación."
    found = quotes(make_doc(text, "es", {"x:person:pettovello": ("PERSON", ["Sandra Pettovello"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("el acuerdo no alcanza para cubrir la inflación", "x:person:pettovello", False)]


def test_italian_fa_sapere_reports_a_clause():
    text = "Il ministro Guido Crosetto fa sapere che la missione partirà entro la fine del mese."
    found = quotes(make_doc(text, "it", {"x:person:crosetto": ("PERSON", ["Guido Crosetto"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("la missione partirà entro la fine del mese", "x:person:crosetto")]


def test_aside_between_verb_and_speaker_after_a_quotation_is_skipped():
    text = ("Taty Almeida habló primero. “Esto ya no es justicia”, lamenta, por su parte, Iris Avellaneda, "
            "presidenta de la Liga.")
    found = quotes(make_doc(text, "es", {"x:person:almeida": ("PERSON", ["Taty Almeida"]),
                                         "x:person:avellaneda": ("PERSON", ["Iris Avellaneda"])}))
    assert [(q.text, q.speaker) for q in found] == [("Esto ya no es justicia", "x:person:avellaneda")]


def test_spanish_se_before_the_verb_leaves_it_without_a_speaker():
    text = "En la presentación que hizo Siches ante la comisión se detalla que se reforzará la ley de armas."
    found = quotes(make_doc(text, "es", {"x:person:siches": ("PERSON", ["Siches"])}))
    assert found == []


def test_a_verb_with_a_plain_object_leaves_the_clause_to_the_verb_after_it():
    text = ("Los camaristas Arnulfo Arias y Arnaldo Fleitas confirmaron el fallo del 24 de enero, "
            "informó Raúl Ramírez, periodista de Última Hora.")
    found = quotes(make_doc(text, "es", {"x:person:arias": ("PERSON", ["Arnulfo Arias"]),
                                         "x:person:fleitas": ("PERSON", ["Arnaldo Fleitas"]),
                                         "x:person:ramirez": ("PERSON", ["Raúl Ramírez"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Los camaristas Arnulfo Arias y Arnaldo Fleitas confirmaron el fallo del 24 de enero",
         "x:person:ramirez")]


def test_sentence_opening_clause_of_comparison_reports_the_main_clause():
    text = "Come ha spiegato il ministro Mario Rossi, la crisi energetica è ormai alle spalle."
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("la crisi energetica è ormai alle spalle", "x:person:rossi", False)]


def test_german_clause_of_comparison_with_the_subject_before_the_verb():
    text = "Wie Mario Rossi am Montag sagte, ist die Lage unter Kontrolle."
    found = quotes(make_doc(text, "de", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("ist die Lage unter Kontrolle", "x:person:rossi")]


def test_attribution_word_after_a_whole_quotation_makes_it_a_direct_quote():
    text = "« La crise est finie », selon Mario Rossi."
    found = quotes(make_doc(text, "fr", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [("La crise est finie", "x:person:rossi", True)]


def test_attribution_word_before_a_whole_quotation_makes_it_a_direct_quote():
    text = "According to John Smith, “the crisis is over.”"
    found = quotes(make_doc(text, "en", {"x:person:smith": ("PERSON", ["John Smith"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [("the crisis is over.", "x:person:smith", True)]


def test_person_named_after_a_named_addressee_speaks():
    text = "« La crise est finie », a expliqué à l'AFP Mario Rossi."
    found = quotes(make_doc(text, "fr", {"x:person:rossi": ("PERSON", ["Mario Rossi"]),
                                         "kb:media:afp": ("MEDIA", ["AFP"])}))
    assert [(q.text, q.speaker) for q in found] == [("La crise est finie", "x:person:rossi")]


def test_german_role_noun_after_a_fronted_adverb_names_the_person_met_before():
    text = "Mario Rossi kam nach Berlin. Dort sagte der Minister: „Die Krise ist vorbei.“"
    found = quotes(make_doc(text, "de", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("Die Krise ist vorbei.", "x:person:rossi")]


def test_verb_after_a_long_quotation_takes_the_speaker_before_it():
    text = ("“Este efecto se produce cuando el aire sube”, explica Sergi González. “Al ascender el aire se "
            "enfría. El aire se condensa. Luego llueve o nieva. La masa pierde humedad. Al bajar el aire está "
            "seco”, detalla.")
    found = quotes(make_doc(text, "es", {"x:person:gonzalez": ("PERSON", ["Sergi González"])}))
    assert [q.speaker for q in found] == ["x:person:gonzalez", "x:person:gonzalez"]


def test_clause_after_a_verb_and_a_colon_without_quotation_marks_is_reported():
    text = "Mario Rossi ha avvertito: se l'Iran accresce le sue azioni, risponderemo con fermezza."
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("se l'Iran accresce le sue azioni, risponderemo con fermezza", "x:person:rossi", False)]


def test_source_opening_the_sentence_speaks_for_a_verb_without_subject():
    text = "Desde la Plataforma Vecinal aseguran que el parque se destroza cada año."
    found = quotes(make_doc(text, "es", {"x:org:plataforma": ("ORG", ["Plataforma Vecinal"])}))
    assert [(q.text, q.speaker) for q in found] == [("el parque se destroza cada año", "x:org:plataforma")]


def test_french_on_before_the_verb_leaves_it_without_a_speaker():
    text = "Jean Dupont parle de la France. On considère que c'est à l'État de s'en occuper."
    found = quotes(make_doc(text, "fr", {"x:person:dupont": ("PERSON", ["Jean Dupont"])}))
    assert found == []


def test_participle_after_a_conjunction_is_not_a_cue_of_the_first_auxiliary():
    text = "Mentre il commerciante li richiamava, i ragazzi lo hanno intimidito e minacciato."
    found = quotes(make_doc(text, "it", {}))
    assert found == []


def test_role_noun_after_an_attribution_word_names_the_person_met_before():
    text = "Mario Rossi llegó ayer a Bruselas. Según el mandatario, la crisis terminó."
    found = quotes(make_doc(text, "es", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("la crisis terminó", "x:person:rossi")]


def test_pronoun_after_an_attribution_word_stands_for_the_person_before():
    text = "Mario Rossi est arrivé hier à Bruxelles. Selon lui, la crise est terminée."
    found = quotes(make_doc(text, "fr", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("la crise est terminée", "x:person:rossi")]


def test_german_pronoun_before_zufolge_stands_for_the_person_before():
    text = "Mario Rossi ist gestern in Brüssel angekommen. Ihm zufolge ist die Krise vorbei."
    found = quotes(make_doc(text, "de", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("ist die Krise vorbei", "x:person:rossi")]


def test_role_noun_in_apposition_after_a_name_introduces_that_name():
    text = ("Anna Bianchi, ministra degli Esteri, ha incontrato Mario Rossi. La ministra ha sottolineato "
            "che i rapporti sono ottimi.")
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"]),
                                         "x:person:bianchi": ("PERSON", ["Anna Bianchi"])}))
    assert [(q.text, q.speaker) for q in found] == [("i rapporti sono ottimi", "x:person:bianchi")]


def test_german_relative_clause_after_the_subject_is_no_parenthetical_verb():
    text = "Mario Rossi, der die Delegation leitete, erklärte, das Abkommen sei nah."
    found = quotes(make_doc(text, "de", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("das Abkommen sei nah", "x:person:rossi")]


def test_cosi_after_a_quotation_attributes_it():
    text = "«La crisi è finita», così Mario Rossi."
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("La crisi è finita", "x:person:rossi")]


def test_name_before_a_colon_is_no_label_when_the_sentence_has_a_verb_of_saying():
    text = "Mario Rossi ha risposto alle critiche di Anna Bianchi: «La crisi è finita»."
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"]),
                                         "x:person:bianchi": ("PERSON", ["Anna Bianchi"])}))
    assert [(q.text, q.speaker) for q in found] == [("La crisi è finita", "x:person:rossi")]


def test_opinion_word_before_a_whole_quotation_makes_it_a_direct_quote():
    text = "Pour Mario Rossi, « la crise est finie »."
    found = quotes(make_doc(text, "fr", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [("la crise est finie", "x:person:rossi", True)]


def test_bracketed_party_after_a_name_is_not_the_speaker():
    text = "Vendola (SEL) ha detto che non darà la fiducia al governo."
    found = quotes(make_doc(text, "it", {"x:person:vendola": ("PERSON", ["Vendola"]),
                                         "x:org:sel": ("ORG", ["SEL"])}))
    assert [(q.text, q.speaker) for q in found] == [("non darà la fiducia al governo", "x:person:vendola")]


def test_report_ends_before_the_subject_of_the_next_verb_of_saying():
    text = ("Vendola ha detto che non darà la fiducia, Salvini (Lega), invece, ha detto che voterà contro "
            "il governo.")
    found = quotes(make_doc(text, "it", {"x:person:vendola": ("PERSON", ["Vendola"]),
                                         "x:person:salvini": ("PERSON", ["Salvini"]),
                                         "x:org:lega": ("ORG", ["Lega"])}))
    assert [(q.text, q.speaker) for q in found] == [("non darà la fiducia", "x:person:vendola"),
                                                    ("voterà contro il governo", "x:person:salvini")]


def test_quotation_after_an_attribution_sentence_carries_over_its_speaker():
    text = ("Chávez è morto ieri, secondo quanto comunicato dal ministro Nicolás Maduro. «Chávez lascia un "
            "Paese libero e indipendente», ha detto in televisione.")
    found = quotes(make_doc(text, "it", {"x:person:chavez": ("PERSON", ["Chávez"]),
                                         "x:person:maduro": ("PERSON", ["Nicolás Maduro"])}))
    assert [(q.text, q.speaker) for q in found][-1] == ("Chávez lascia un Paese libero e indipendente",
                                                        "x:person:maduro")


def test_possessive_attribution_phrase_carries_over_the_person_before():
    text = "Díaz-Canel habló ante el pleno. En su opinión, las muestras de cariño son un ejemplo de confianza."
    found = quotes(make_doc(text, "es", {"x:person:diaz": ("PERSON", ["Díaz-Canel"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("las muestras de cariño son un ejemplo de confianza", "x:person:diaz")]


def test_german_possessive_attribution_before_the_verb():
    text = "Mario Rossi kam nach Berlin. Seiner Meinung nach ist die Krise vorbei."
    found = quotes(make_doc(text, "de", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("ist die Krise vorbei", "x:person:rossi")]


def test_spanish_urging_verb_reports_the_infinitive_clause():
    text = "Díaz-Canel instó a debatir desde la base los problemas de la militancia."
    found = quotes(make_doc(text, "es", {"x:person:diaz": ("PERSON", ["Díaz-Canel"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("debatir desde la base los problemas de la militancia", "x:person:diaz")]


def test_german_separable_verb_after_a_quotation_attributes_it():
    text = "„Die Regierung muss sich jetzt endlich bewegen“, stellt Nora Back nach ihrer Rede klar."
    found = quotes(make_doc(text, "de", {"x:person:back": ("PERSON", ["Nora Back"])}))
    assert [(q.text, q.speaker) for q in found] == [("Die Regierung muss sich jetzt endlich bewegen",
                                                     "x:person:back")]


def test_e_quanto_points_back_to_the_statement_before():
    text = "Il governo non cadrà. Questo è quanto sostiene Mario Rossi."
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("Il governo non cadrà", "x:person:rossi")]
