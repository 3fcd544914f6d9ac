"""Italian and French attribution written from the grammar, through the whole pipeline: attribution
words before an articled name ("a detta del ministro", "aux yeux du ministre"), an attribution
inside guillemets followed by a clause, a title introducing the nearest name, and a plural article
that makes a demonym a people ("les Français")."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_a_detta_before_an_articled_title_and_name_reports_the_clause_after_the_comma():
    assert quotes("A detta del ministro Giulio Tremonti, i conti pubblici sono in ordine.", "it") \
        == [("i conti pubblici sono in ordine", "Giulio Tremonti")]


def test_aux_yeux_du_ministre_reports_the_clause_after_the_comma():
    assert quotes("Aux yeux du ministre de l'Économie Bruno Le Maire, la croissance restera solide.", "fr") \
        == [("la croissance restera solide", "Bruno Le Maire")]


def test_a_pronoun_clause_after_an_attribution_inside_guillemets_goes_on_quoting():
    assert quotes("« Nous ne céderons pas, a dit Marine Le Pen, nous irons jusqu'au bout. »", "fr") \
        == [("Nous ne céderons pas", "Marine Le Pen"), ("nous irons jusqu'au bout.", "Marine Le Pen")]


def test_an_apposition_closing_the_guillemets_is_no_second_quote():
    assert quotes("« Nous ne céderons pas, a dit Marine Le Pen, présidente du groupe RN. »", "fr") \
        == [("Nous ne céderons pas", "Marine Le Pen")]


def test_a_title_introduces_the_name_right_after_it_not_the_next_name_in_the_sentence():
    text = ("Le président russe Vladimir Poutine a rencontré Xi Jinping. "
            "« Nos relations sont au plus haut », a déclaré le dirigeant.")
    assert quotes(text, "fr") == [("Nos relations sont au plus haut", "Vladimir Putin")]


def test_les_francais_after_a_plural_article_are_a_people_not_the_last_speaker():
    text = "Emmanuel Macron a présenté sa réforme. « C'est trop cher », estiment les Français."
    assert quotes(text, "fr") == [("C'est trop cher", None)]


def test_le_francais_singular_is_the_person_named_before():
    text = "Emmanuel Macron a présenté sa réforme. « C'est trop cher », a déclaré le Français."
    assert quotes(text, "fr") == [("C'est trop cher", "Emmanuel Macron")]


def test_les_francais_interroges_are_not_the_french_state():
    assert quotes("Selon les Français interrogés, la situation économique se dégrade.", "fr") \
        == [("la situation économique se dégrade", None)]


def test_a_relative_clause_on_the_inverted_speaker_does_not_hide_the_content_before_the_verb():
    text = ("La situation reste très tendue dans le pays, a déclaré Emmanuel Macron qui se trouvait "
            "alors en visite officielle à Berlin.")
    assert quotes(text, "fr") == [("La situation reste très tendue dans le pays", "Emmanuel Macron")]


def test_il_quale_after_the_inverted_speaker_opens_a_relative_clause_not_the_content():
    text = "La situazione resta molto tesa, ha detto il ministro Antonio Tajani il quale si trovava in visita a Berlino."
    assert quotes(text, "it") == [("La situazione resta molto tesa", "Antonio Tajani")]


def test_secondo_a_name_and_its_acronym_in_brackets_reports_the_clause_with_no_comma():
    assert quotes("Secondo Amnesty International (AI) le condanne a morte sono aumentate.", "it") \
        == [("le condanne a morte sono aumentate", "Amnesty International")]


def test_selon_a_name_written_out_with_lower_case_words_and_its_acronym():
    assert quotes("Selon l'Organisation mondiale de la santé (OMS) le virus circule toujours.", "fr") \
        == [("le virus circule toujours", "World Health Organization")]


def test_content_then_selon_a_body_whose_acronym_closes_the_sentence():
    text = ("Les ventes de voitures neuves ont augmenté de 4,3 % en juin, selon les données publiées par "
            "l'Association des constructeurs européens d'automobiles (ACEA).")
    assert quotes(text, "fr") == [("Les ventes de voitures neuves ont augmenté de 4,3 % en juin",
                                   "Association des constructeurs européens d'automobiles")]


def test_secondo_set_off_by_dashes_reports_the_clause_after_the_closing_dash():
    text = "La Russia – secondo il ministro degli Esteri Sergej Lavrov – non accetterà mai un accordo del genere."
    assert quotes(text, "it") == [("non accetterà mai un accordo del genere", "Sergey Lavrov")]


def test_secondo_in_dashes_with_no_one_named_reports_nothing():
    assert quotes("Il piano - secondo le prime stime - costerà tre miliardi di euro.", "it") == []


def test_a_description_after_the_verb_stands_for_the_person_the_sentence_before_is_about():
    text = ("Nicola Mancino è stato eletto vicepresidente del Csm. «Non nascondo la mia emozione», "
            "ha detto il nuovo numero due di Palazzo dei Marescialli.")
    assert quotes(text, "it") == [("Non nascondo la mia emozione", "Nicola Mancino")]


def test_a_description_with_a_named_complement_stands_for_the_subject_before():
    text = ("Barack Obama ha parlato alla nazione. "
            "L'inquilino della Casa Bianca ha detto che l'economia si sta riprendendo.")
    assert quotes(text, "it") == [("l'economia si sta riprendendo", "Barack Obama")]


def test_a_description_after_a_sentence_naming_two_people_is_left_unresolved():
    text = ("Nicola Mancino ha incontrato Romano Prodi. «Non nascondo la mia emozione», "
            "ha detto il nuovo numero due di Palazzo dei Marescialli.")
    assert quotes(text, "it") == [("Non nascondo la mia emozione", None)]


def test_an_adjective_before_the_comma_belongs_to_the_speaker_phrase_after_secondo():
    text = ("Il segretario del Pd Pier Luigi Bersani ha parlato ieri. "
            "Secondo il leader democratico, il governo deve dimettersi.")
    assert quotes(text, "it") == [("il governo deve dimettersi", "Pier Luigi Bersani")]


def test_an_office_noun_after_a_long_circumstance_is_the_subject_not_the_name_inside_it():
    text = ("Il ministro Mariastella Gelmini ha presentato il piano. Ad una domanda di Alessandro Laterza "
            "il ministro ha affermato che il ministero adotterà standard aperti.")
    assert quotes(text, "it") == [("il ministero adotterà standard aperti", "Mariastella Gelmini")]


def test_a_short_quoted_sentence_right_after_an_attributed_one_goes_on_quoting_its_speaker():
    assert quotes("«Siamo pronti», ha detto Giorgia Meloni. «Ma non accetteremo ricatti».", "it") \
        == [("Siamo pronti", "Giorgia Meloni"), ("Ma non accetteremo ricatti", "Giorgia Meloni")]


def test_a_sentence_of_the_writer_in_between_breaks_the_chain_of_short_quotations():
    text = "«Siamo pronti», ha detto Giorgia Meloni. Il Pd ha criticato la proposta. «Ma non accetteremo ricatti»."
    assert quotes(text, "it") == [("Siamo pronti", "Giorgia Meloni")]


def test_a_quotation_that_is_only_part_of_the_next_sentence_is_no_continuation():
    text = "«Siamo pronti», ha detto Giorgia Meloni. «Ma non accetteremo ricatti» è lo slogan del partito."
    assert quotes(text, "it") == [("Siamo pronti", "Giorgia Meloni")]


def test_a_description_by_a_tie_to_another_person_is_someone_else():
    text = "Khaldun Zein è morto in battaglia. «Lo chiamavano terrorista», ha detto la madre del ragazzo."
    assert quotes(text, "it") == [("Lo chiamavano terrorista", None)]
