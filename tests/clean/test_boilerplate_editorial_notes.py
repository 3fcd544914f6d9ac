"""Notes a page sets around the article, not in it: that the text is a (human) translation or part
of a series, where it first appeared, the sources it used, paywall and affiliate notices, wire
copyright, a credit in brackets closing a caption. A note of machine translation stays:
clean/translation.py marks it in the text as evidence. Sentences of the article about
translations, sources or moderators stay."""
from __future__ import annotations

import pytest

from clean.plain_article import amid, removals


def removed(text: str, lang: str) -> list[str]:
    return [text for _, text in removals(text, lang)]


@pytest.mark.parametrize("lang, line", [
    ("de", "Dieser Artikel ist eine Übersetzung, im Original ist er in der israelischen "
           "Tageszeitung Haaretz erschienen."),
    ("de", "Übersetzt aus dem Englischen von Anna Schmidt"),
    ("en", "This article is a translation of a story by our German colleagues."),
    ("en", "This story was originally translated from Spanish."),
    ("fr", "Cet article a été traduit de l'anglais."),
    ("es", "Este artículo fue traducido del inglés."),
    ("it", "Questo articolo è stato tradotto dall'inglese."),
])
def test_a_translation_note_goes(lang, line):
    assert removed(amid(line, lang), lang) == [line]


@pytest.mark.parametrize("lang, line", [
    ("de", "Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen von Business "
           "Insider. Er wurde automatisiert übersetzt und von einem Redakteur überprüft."),
    ("en", "This article is a machine translation of a story by our German colleagues."),
    ("it", "Questo articolo è stato tradotto automaticamente dall'inglese."),
])
def test_a_machine_translation_note_stays_as_located_evidence(lang, line):
    # clean/translation.py marks the note in the text as evidence for the machine_translated flag
    assert removed(amid(line, lang), lang) == []


def test_a_sentence_about_a_translation_stays():
    line = "Die Übersetzung des Vertrags ins Ukrainische sei fehlerhaft gewesen, sagte der Minister."
    assert removed(amid(line, "de"), "de") == []


@pytest.mark.parametrize("lang, line", [
    ("de", "Dieser Artikel ist Teil unseres Schwerpunkts zur Bundestagswahl."),
    ("de", "*fr.de ist Teil des bundesweiten Ippen-Redaktionsnetzwerks"),
    ("de", "Verwendete Quellen: Instagram, Good on You, McKinsey"),
    ("de", "Dieser Artikel stammt aus dem SPIEGEL."),
])
def test_a_note_on_the_texts_origin_goes(lang, line):
    assert removed(amid(line, lang), lang) == [line]


@pytest.mark.parametrize("lang, line", [
    ("de", "Dieser Inhalt ist nur für Abonnenten verfügbar."),
    ("de", "Um diesen Artikel zu lesen, benötigen Sie ein Abo."),
    ("it", "Questo contenuto è riservato agli abbonati."),
    ("en", "This article contains affiliate links."),
    ("en", "We may earn a commission when you buy through links on our site."),
    ("fr", "Cet article contient des liens d'affiliation."),
    ("es", "Este artículo contiene enlaces de afiliados."),
    ("en", "This material may not be published, broadcast, rewritten or redistributed."),
    ("en", 'By clicking "Accept", you agree to the use of cookies.'),
    ("de", "Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube."),
])
def test_a_paywall_affiliate_copyright_or_consent_notice_goes(lang, line):
    assert removed(amid(line, lang), lang) == [line]


def test_an_article_sentence_about_commissions_stays():
    line = "The broker said it may earn a commission of two percent on every sale, the filing shows."
    assert removed(amid(line, "en"), "en") == []


@pytest.mark.parametrize("lang, line", [
    ("de", "Ein Artikel von Anna Schmidt"),
    ("de", "Redaktion: Anna Schmidt"),
])
def test_a_byline_or_credit_with_its_role_goes(lang, line):
    assert removed(amid(line, lang), lang) == [line]


def test_a_moderator_in_a_programme_stays():
    assert removed(amid("Moderation: Miriam Janke", "de"), "de") == []


@pytest.mark.parametrize("lang, caption, credit", [
    ("en", "Protesters gather outside parliament in London on Tuesday.", "Picture: Getty Images"),
    ("en", "Protesters gather outside parliament in London on Tuesday.", "Illustration: John Smith"),
    ("fr", "Emmanuel Macron à l'Élysée mardi.", "(Photo Ludovic Marin / AFP)"),
    ("it", "Giorgia Meloni a Palazzo Chigi martedì.", "(Foto Imagoeconomica)"),
    ("it", "Giorgia Meloni a Palazzo Chigi martedì.", "(Immagine di repertorio)"),
    ("de", "Olaf Scholz im Bundestag.", "Quelle: tagesschau.de"),
])
def test_a_caption_with_its_credit_goes(lang, caption, credit):
    assert removed(amid(f"{caption} {credit}", lang), lang) == [caption, credit]


def test_the_views_expressed_disclaimer_goes_without_naming_the_article():
    line = "The views expressed are the author's own."
    assert removed(amid(line, "en"), "en") == [line]


@pytest.mark.parametrize("lang, label", [
    ("de", "Die Redaktion empfiehlt"),
    ("de", "Meistgelesene Artikel"),
    ("en", "Read next"),
    ("fr", "Dans la même rubrique"),
])
def test_a_box_label_alone_goes(lang, label):
    assert removed(amid(label, lang), lang) == [label]


@pytest.mark.parametrize("line", [
    "Ver esta publicación en Instagram",
    "Una publicación compartida por Juan Pérez (@juanperez)",
])
def test_spanish_embedded_post_furniture_goes(line):
    assert removed(amid(line, "es"), "es") == [line]


LESOTHO = ("A Chinese-owned crusher and quarry mining company has come under heavy criticism from "
           "five Bela Bela villages who claim its blasting operations are destroying their homes.\n"
           "Communities living near the site report that frequent powerful explosions have caused "
           "severe structural damage.\n")


def test_a_byline_of_names_no_list_knows_goes_above_the_first_paragraph():
    text = "Mathatisi Sebusi/Mohalenyane Phakela\n" + LESOTHO
    assert removals(text, "en") == [("other", "Mathatisi Sebusi/Mohalenyane Phakela")]


def test_a_name_above_the_first_paragraph_that_the_story_names_again_stays():
    text = "Seabata Moeketsi\n" + LESOTHO + "Former area councillor Seabata Moeketsi said they had complained.\n"
    assert removals(text, "en") == []


def test_a_subhead_of_common_words_stays():
    assert removals("Flawed Approach\n" + LESOTHO, "en") == []


@pytest.mark.parametrize("lang, caption, credit", [
    ("en", "Protesters gather outside parliament in London on Tuesday.", "Anadolu Agency via Getty Images"),
    ("en", "Protesters gather outside parliament in London on Tuesday.", "Getty Images for Netflix"),
    ("en", "Protesters gather outside parliament in London on Tuesday.", "Credit...Doug Mills/The New York Times"),
    ("en", "Protesters gather outside parliament in London on Tuesday.", "[Hussein Malla/AP Photo]"),
    ("en", "Protesters gather outside parliament in London on Tuesday.", "PA Media"),
    ("en", "Protesters gather outside parliament in London on Tuesday.", "Screengrab: YouTube"),
    ("de", "Olaf Scholz im Bundestag.", "Screenshot: YouTube"),
    ("fr", "Emmanuel Macron à l'Élysée mardi.", "Capture d'écran YouTube"),
    ("it", "Giorgia Meloni a Palazzo Chigi martedì.", "Fermo immagine: Rai"),
])
def test_a_caption_with_an_agency_or_screenshot_credit_goes(lang, caption, credit):
    assert removed(amid(f"{caption} {credit}", lang), lang) == [caption, credit]


def test_a_sentence_naming_getty_images_stays():
    line = "The photograph was distributed to newspapers via Getty Images, the agency said."
    assert removed(amid(line, "en"), "en") == []


@pytest.mark.parametrize("lang, line", [
    ("fr", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."),
    ("fr", "Lire notre enquête : Les retraités face à la réforme"),
    ("fr", "Suivez toute l'actualité de France 24 sur notre application"),
    ("fr", "Cet article est paru dans Le Parisien"),
    ("en", "Article continues below this ad"),
    ("en", "Open this photo in gallery:"),
    ("it", "Argomenti trattati"),
])
def test_site_furniture_alone_on_its_line_goes(lang, line):
    assert removed(amid(line, lang), lang) == [line]


def test_a_french_sentence_about_following_the_news_stays():
    line = "Le ministre a dit qu'il suivait l'actualité de près, selon son entourage."
    assert removed(amid(line, "fr"), "fr") == []
