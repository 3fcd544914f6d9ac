"""Speaker classes found wrong on fresh untuned Italian news (tools/quotes/judged/
it_quotesro29_tune_2026-12-02.tsv: DICE crime news): an inverted subject whose role phrase has a
complement before the colon, a role phrase after the verb with the holder's name in apposition, and
verbs of saying set inside a quotation that the verb table lacked."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text, lang, entities):
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.speaker_text) for q in find_quotes(doc)]


def test_it_inverted_role_phrase_with_a_complement_speaks_not_an_earlier_body():
    # the verb opens the sentence and its subject runs to the colon: not the police named before
    text = ("I coniugi hanno chiamato la Questura, che ha mandato una pattuglia. "
            "Racconta la proprietaria della villa: «Non ci sentiamo più sicuri».")
    found = speakers(text, "it", {"Q": ("ORG", ["Questura"])})
    assert found == [("Non ci sentiamo più sicuri", None, "la proprietaria della villa")]


def test_it_verb_opening_the_sentence_with_an_addressee_and_complementizer_keeps_the_subject_before():
    # "ai giornalisti" is no subject phrase: the complement rule must not take it
    text = "Il sindaco Mario Rossi è arrivato. Spiega ai giornalisti della sede che il bilancio è in ordine."
    found = speakers(text, "it", {"R": ("PERSON", ["Mario Rossi"])})
    assert found == [("il bilancio è in ordine", "R", "Mario Rossi")]


def test_it_name_in_apposition_to_the_role_phrase_after_the_verb_speaks():
    # "il suo legale" alone would point back to the client the possessive names
    text = ("Mario Bianchi è stato condannato a tre anni. «Era in pericolo», aveva detto il suo legale, "
            "l'avvocato Franco Neri.")
    found = speakers(text, "it", {"B": ("PERSON", ["Mario Bianchi"]), "N": ("PERSON", ["Franco Neri"])})
    assert found == [("Era in pericolo", "N", "Franco Neri")]


def test_it_apposition_after_a_preposition_is_someone_else():
    # "la madre, a detta di Franco Neri": a preposition before the name, so no apposition
    text = ("Mario Bianchi è stato condannato. «Era in pericolo», ha detto la madre, secondo Franco Neri.")
    found = speakers(text, "it", {"B": ("PERSON", ["Mario Bianchi"]), "N": ("PERSON", ["Franco Neri"])})
    assert ("Era in pericolo", "N", "Franco Neri") not in found


def test_it_riconosce_inside_a_quotation_names_the_speaker():
    text = "«Il furto è avvenuto di notte - riconosce la nuora Giulia Conti - ma nessuno ha sentito nulla»."
    found = speakers(text, "it", {"G": ("PERSON", ["Giulia Conti"])})
    assert [(s, t) for _q, s, t in found] == [("G", "Giulia Conti"), ("G", "Giulia Conti")]


def test_it_fa_eco_inside_a_quotation_names_a_new_speaker():
    text = ("Carla Rossi ha parlato a lungo. «Tempo fa - fa eco un'altra residente, Laura Conti - "
            "abbiamo avuto qualche furto».")
    found = speakers(text, "it", {"R": ("PERSON", ["Carla Rossi"]), "C": ("PERSON", ["Laura Conti"])})
    assert [(s, t) for _q, s, t in found] == [("C", "Laura Conti"), ("C", "Laura Conti")]


def test_it_single_capitalised_word_after_a_noun_is_a_shop_name_not_a_quote():
    text = "Il personale del supermercato “Carrefour” ha segnalato un furto di vestiti."
    assert speakers(text, "it", {}) == []


def test_it_single_word_shouted_after_its_verb_stays_a_quote():
    text = "Il ragazzo ha gridato «Aiuto» e poi è fuggito."
    assert [q for q, _s, _t in speakers(text, "it", {})] == ["Aiuto"]


def test_de_single_capitalised_noun_in_quotation_marks_stays_a_quote():
    # German capitalises every noun (orthography.tsv): "sei eine „Biowaffe“" is a word she wrote
    text = "Die Abgeordnete Marjorie Taylor Greene schrieb, das Virus sei eine \"Biowaffe\", die freigesetzt wurde."
    found = speakers(text, "de", {"G": ("PERSON", ["Marjorie Taylor Greene"])})
    assert ("Biowaffe", "G", "Marjorie Taylor Greene") in found


def test_it_future_of_narration_after_a_quotation_names_an_unnamed_witness():
    text = "Il ladro Marco Neri è stato arrestato. «Sembrava molto agitato», racconterà un testimone."
    found = speakers(text, "it", {"N": ("PERSON", ["Marco Neri"])})
    assert found == [("Sembrava molto agitato", None, "un testimone")]


def test_it_capitals_dateline_before_a_quotation_is_no_speaker():
    text = ("SOLIERA «La cosa che mi ha fatto più male è stata la reazione di mia figlia di tre anni, "
            "che ha iniziato a fare domande sui ladri».")
    found = speakers(text, "it", {"S": ("ORG", ["SOLIERA"])})
    assert [(s, t) for _q, s, t in found] == [(None, None)]


def test_it_as_clause_opening_with_its_verb_takes_the_subject_after_it():
    text = ("Il titolare Mario Rossi ha parlato a lungo. Anche il negozio accanto è stato colpito, "
            "come spiega la proprietaria: «Sono in vacanza da una settimana».")
    found = speakers(text, "it", {"R": ("PERSON", ["Mario Rossi"])})
    assert found == [("Sono in vacanza da una settimana", None, "la proprietaria")]


def test_it_gerund_of_manner_after_an_inside_verb_is_no_speaker_phrase():
    # "- dice sorridendo e quasi sbalordito -": no subject after the verb, so none is made of the manner words
    text = ("Il ladro è stato bloccato da Paolo Bassi. «Non mi sento un eroe - dice sorridendo e quasi sbalordito - "
            "ho fatto una cosa normale».")
    found = speakers(text, "it", {"B": ("PERSON", ["Paolo Bassi"])})
    assert [t for _q, _s, t in found] == [None, None]


def test_it_subject_after_a_gerund_of_manner_inside_a_quotation_speaks():
    text = ("Il ladro Marco Neri è stato arrestato. «Non mi sento un eroe - dice sorridendo il giovane Paolo Bassi - "
            "ho fatto una cosa normale».")
    found = speakers(text, "it", {"N": ("PERSON", ["Marco Neri"]), "B": ("PERSON", ["Paolo Bassi"])})
    assert [(s, t) for _q, s, t in found] == [("B", "Paolo Bassi"), ("B", "Paolo Bassi")]


def test_it_name_in_a_street_address_is_no_subject_carried_over():
    # "via Emilia Est": a street named like a person; a plural verb with no subject is not the street speaking
    text = ("Nel quartiere compreso tra via Campi e via Emilia Est si respira aria di collaborazione, perché "
            "«una finestra rotta è un segnale di incuria - dicono - e per chi delinque è un lasciapassare».")
    found = speakers(text, "it", {"E": ("PERSON", ["Emilia Est"])})
    assert [s for _q, s, _t in found] == [None, None]
