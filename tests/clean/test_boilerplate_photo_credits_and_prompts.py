"""Boilerplate a copied news page leaves that the cues missed before (boiler26): an agency
credit with a photographer's initial or in its own brackets, formal-address prompts, captions
that open by saying what the picture is, an author's note above the page's closing furniture.
The article's own sentences around them stay."""
from __future__ import annotations

import pytest

from clean.plain_article import BODY, amid, removals as removed


def test_a_photographer_s_initial_does_not_cut_an_agency_credit_short():
    caption = "Senate Majority Leader speaks to reporters at the Capitol in Washington, Friday."
    credit = "(AP Photo/J. Scott Applewhite)"
    assert removed(amid(f"{caption} {credit}", "en"), "en") == [("caption", caption),
                                                                ("credit", credit)]


def test_a_credit_alone_in_its_brackets_is_one_credit_with_its_brackets():
    credit = "(AP Photo/Evan Vucci)"
    assert removed(amid(credit, "en"), "en") == [("credit", credit)]


@pytest.mark.parametrize("lang, line", [
    ("es", "También puede leer: El informe completo de la Fiscalía"),
    ("es", "Haga clic aquí para más información"),
    ("es", "Para más noticias visite nuestra sección de política"),
    ("es", "Descargue nuestra app"),
    ("es", "Reciba las noticias de El Tiempo en su correo"),
    ("es", "Te invitamos a seguirnos en nuestras redes sociales"),
    ("es", "Escuche el podcast"),
    ("it", "Annuncio pubblicitario"),
    ("it", "Ascolta la notizia"),
    ("it", "Sostieni l'informazione indipendente"),
    ("fr", "A lire aussi : le plan santé en détail"),
    ("fr", "Soutenez une information indépendante"),
    ("fr", "Durée de lecture : 3 min"),
    ("en", "What to read next"),
])
def test_prompts_in_other_wordings_are_removed(lang, line):
    assert [text for _, text in removed(amid(line, lang), lang)] == [line]


@pytest.mark.parametrize("lang, line", [
    ("it", "Ph. Mario Rossi"),
    ("fr", "Photo DR"),
    ("en", "Photo illustration by Jane Doe"),
])
def test_picture_credits_in_short_forms_are_removed(lang, line):
    assert removed(amid(line, lang), lang) == [("credit", line)]


@pytest.mark.parametrize("lang, line", [
    ("es", "Vista general del pleno del Congreso este jueves en Madrid"),
    ("it", "In foto il sindaco con i commercianti del quartiere"),
    ("it", "Un momento della conferenza stampa a Palazzo Chigi"),
])
def test_a_caption_that_says_what_the_picture_shows_is_removed(lang, line):
    assert removed(amid(line, lang), lang) == [("caption", line)]


@pytest.mark.parametrize("lang, line", [
    ("es", "Vista general de la situación, el Gobierno decidió aplazar la reforma."),
    ("it", "Un momento della conferenza stampa è stato dedicato alle domande dei cronisti."),
    ("it", "In foto il sindaco è apparso sorridente, ha raccontato un testimone."),
])
def test_a_sentence_opening_with_the_same_words_stays(lang, line):
    assert removed(amid(line, lang), lang) == []


def test_an_author_s_note_above_the_page_s_closing_furniture_goes_with_it():
    note = "Jane Smith is a congressional correspondent for The Associated Press."
    text = (BODY["en"] + note + "\nCopyright 2026 The Associated Press. All rights reserved.\n"
            "Topics: Congress, Budget, Senate\n24 Comments\n")
    # an author's note is recorded with kind "other" (no caption, credit or teaser)
    assert ("other", note) in removed(text, "en")


def test_a_listed_box_of_other_stories_above_an_advert_slot_goes():
    box = ("- Canada's unemployment rate drops to 6.6% as economy gains 88,000 jobs\n"
           "- Matthew Lau: Keep out of Tim Hortons' hiring choices")
    text = amid(f"{box}\nAdvertisement", "en")
    assert removed(text, "en") == [("teaser", box), ("advert", "Advertisement")]


def test_an_announced_list_of_the_article_above_an_advert_stays():
    points = ("- Pensions rise by two per cent for every retiree next year\n"
              "- The retirement age stays at 67 for those born before 1964")
    text = (BODY["en"] + "The reform changes three things for workers, the minister said:\n"
            + points + "\nAdvertisement\nUnions said they would study the details.\n")
    assert removed(text, "en") == [("advert", "Advertisement")]


@pytest.mark.parametrize("lang, line", [
    ("es", "Sugerimos: El precio del alquiler sube un 10%"),
    ("es", "No deje de leer: El precio del alquiler sube un 10%"),
    ("es", "Video relacionado: El precio del alquiler sube un 10%"),
    ("es", "Lea la nota completa aquí"),
    ("it", "Da leggere: Pensioni, cosa cambia dal primo gennaio"),
    ("fr", "À ne pas manquer : Urgences, les fermetures de nuit"),
    ("de", "Nicht verpassen: Wärmepumpen – was Eigentümer wissen müssen"),
    ("de", "Lesetipp"),
])
def test_reading_prompts_before_another_story_s_headline_are_removed(lang, line):
    assert [text for _, text in removed(amid(line, lang), lang)] == [line]


@pytest.mark.parametrize("lang, line", [
    ("es", "Para leer el informe completo, los diputados tendrán que esperar hasta el lunes."),
    ("it", "Non perdere tempo è la priorità, ha detto il sindaco."),
    ("de", "Nicht verpassen wollen die Händler vor allem das Ostergeschäft."),
])
def test_sentences_opening_with_a_prompt_s_words_stay(lang, line):
    assert removed(amid(line, lang), lang) == []


@pytest.mark.parametrize("lang, line", [
    ("en", "jane.smith@planet.com"),
    ("de", "thomas.mueller@zeitung.de"),
    ("it", "marco.rossi@giornale.it"),
])
def test_an_e_mail_address_alone_on_its_line_is_removed(lang, line):
    assert removed(amid(line, lang), lang) == [("other", line)]


def test_an_e_mail_address_inside_a_sentence_stays():
    line = "Write to the council at council@city.gov if you want to object."
    assert removed(amid(line, "en"), "en") == []


def test_an_archive_credit_with_the_outlet_in_capitals_is_removed():
    assert removed(amid("Archivo EL TIEMPO", "es"), "es") == [("credit", "Archivo EL TIEMPO")]


def test_a_caption_printed_under_its_credit_goes_when_the_line_above_ends_a_sentence():
    caption = "Il ministro dell'Economia durante la conferenza stampa a Palazzo Chigi"
    text = (BODY["it"] + "Foto: Ansa\n" + caption + "\n"
            "Le opposizioni hanno criticato duramente il provvedimento approvato ieri sera.\n")
    assert removed(text, "it") == [("credit", "Foto: Ansa"), ("caption", caption)]


def test_a_subhead_under_a_credit_stays_since_its_paragraph_takes_up_its_words():
    subhead = "Le critiche dei sindacati alla riforma delle pensioni"
    text = (BODY["it"] + "Foto: Ansa\n" + subhead + "\n"
            "I sindacati hanno annunciato uno sciopero contro la riforma per il mese prossimo.\n")
    assert removed(text, "it") == [("credit", "Foto: Ansa")]
