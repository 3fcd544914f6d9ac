"""Promos, labels and credits a copied page leaves in plain text: newsletter blurbs, contents
labels, agency and picture credits, comment prompts, the headlines a "related" label
introduces; the article's own lines and a court ruling's heading stay."""
from __future__ import annotations

from clean.plain_article import BODY, amid, removals


def removed(text: str, lang: str) -> list[str]:
    return [text for _, text in removals(text, lang)]


def test_an_agency_alone_in_brackets_is_a_credit():
    assert removed(amid("(Reuters)", "en"), "en") == ["(Reuters)"]


def test_additional_reporting_closing_the_text_is_a_credit():
    line = "- – additional reporting by Donald Matthys"
    assert removed(BODY["en"] + line, "en") == [line]


def test_a_contents_label_goes_alone():
    assert removed(amid("Inhaltsverzeichnis", "de"), "de") == ["Inhaltsverzeichnis"]


def test_a_german_newsletter_promo_goes():
    line = "Lust auf mehr? Melden Sie sich hier für unseren Newsletter an!"
    assert removed(amid(line, "de"), "de") == [line]


def test_a_sentence_about_a_newsletter_in_the_news_stays():
    line = ("Der Verlag stellte seinen Newsletter im Frühjahr ein, weil zu wenige Leser ihn "
            "abonniert hatten, wie ein Sprecher sagte.")
    assert removed(amid(line, "de"), "de") == []


def test_a_german_comment_prompt_goes():
    line = "Verraten Sie gerne in den Kommentaren: Was bedeutet der Preis für Sie?"
    assert removed(BODY["de"] + line, "de") == [line]


def test_a_cover_picture_credit_goes():
    assert removed(BODY["de"] + "Titelbild: Fachy Marín on Unsplash", "de") == [
        "Titelbild: Fachy Marín on Unsplash"]


def test_a_disclaimer_in_brackets_goes():
    assert removed(amid("(Alle Angaben ohne Gewähr)", "de"), "de") == ["(Alle Angaben ohne Gewähr)"]


def test_a_spanish_video_credit_goes():
    assert removed(amid("Vídeo: Europa Press", "es"), "es") == ["Vídeo: Europa Press"]


def test_a_spanish_paywall_prompt_goes():
    assert removed(amid("Para seguir leyendo, suscríbete", "es"), "es") == [
        "Para seguir leyendo, suscríbete"]


def test_a_french_subscribe_button_goes():
    assert removed(amid("Je m’abonne", "fr"), "fr") == ["Je m’abonne"]


def test_an_italian_newsletter_invitation_goes():
    line = "Iscriviti alla nostra newsletter per ricevere ogni giorno le notizie più importanti"
    assert removed(amid(line, "it"), "it") == [line]


def test_an_english_follow_prompt_closing_the_text_goes():
    line = ("Mike Wall's book about the search for alien life, \"Out There\", is out now. "
            "Follow him on Twitter @michaeldwall.")
    assert removed(BODY["en"] + line, "en") == [line]


def test_the_same_follow_words_between_paragraphs_stay():
    line = "Fans who follow him on Twitter saw the post before it was deleted on Monday."
    assert removed(amid(line, "en"), "en") == []


def test_an_authors_role_at_the_outlet_closing_the_text_goes():
    line = "Eric Song is IGN's deal curator and spends 25% of his pay on stuff he posts."
    assert removed(BODY["en"] + line, "en") == [line]


def test_a_german_authors_role_at_the_outlet_closing_the_text_goes():
    line = "Inga Buller ist Head of Social & Community bei CHIP."
    assert removed(BODY["de"] + line, "de") == [line]


def test_a_related_label_takes_the_linked_item_below_it_even_with_the_bylines_name():
    raw = ("Daniel Aragón\n" + BODY["es"][:-1] + "\nNoticia relacionada\n- Baloncesto Daniel Aragón\n"
           + BODY["es"])
    assert removed(raw, "es") == ["Daniel Aragón", "Noticia relacionada\n- Baloncesto Daniel Aragón"]


def test_a_related_label_takes_a_headline_that_asks():
    raw = amid("Leggi anche\nI Cavalieri dello Zodiaco diventeranno un film: lo faranno i "
               "produttori de ‘Il Signore degli Anelli’?", "it")
    assert removed(raw, "it") == [
        "Leggi anche\nI Cavalieri dello Zodiaco diventeranno un film: lo faranno i produttori "
        "de ‘Il Signore degli Anelli’?"]


def test_a_menu_list_ends_where_its_items_end():
    raw = ("Der Bundesgerichtshof hat über Fotos in einem Kochbuch entschieden.\n"
           "- Newsletter abonnieren\n- Sie haben Fragen? Gerne per E-Mail an: info@example.de\n"
           "- Kanzlei im TV\nUrteil\nBGH: Kochbuch\nBUNDESGERICHTSHOF\nIM NAMEN DES VOLKES\n"
           "Der I. Zivilsenat des Bundesgerichtshofs hat auf die mündliche Verhandlung für Recht erkannt.\n")
    gone = removed(raw, "de")
    assert gone[0].startswith("- Newsletter abonnieren")
    assert all("Urteil" not in g and "BUNDESGERICHTSHOF" not in g for g in gone)


def test_a_sentence_on_following_someone_on_twitter_stays_in_spanish():
    line = "Miles de usuarios decidieron seguir a Milei en Twitter después del debate del domingo."
    assert removed(amid(line, "es"), "es") == []


def test_a_reported_newsletter_sign_up_stays_in_german():
    line = ("Die Nutzer sollen sich künftig für den Newsletter der Behörde anmelden können, "
            "sagte der Minister.")
    assert removed(amid(line, "de"), "de") == []


def test_a_reported_newsletter_sign_up_stays_in_english():
    line = "The paper asked readers to sign up for the newsletter before the election, its editor said."
    assert removed(amid(line, "en"), "en") == []


def test_a_french_published_and_updated_line_goes_whole():
    line = "Publié le 12/03/2024 à 10h45, mis à jour le 12/03/2024 à 11h00"
    assert removed(amid(line, "fr"), "fr") == [line]


def test_a_french_follow_our_account_prompt_goes():
    line = "Suivez toute l'actualité sur notre compte Twitter"
    assert removed(amid(line, "fr"), "fr") == [line]


def test_a_long_newsletter_plug_closing_the_text_goes():
    line = ("Our website is the place for the latest breaking news, exclusive scoops, longreads and "
            "provocative commentary. Please bookmark example.com and sign up for our daily newsletter, "
            "Posted, here.")
    assert removed(BODY["en"] + line, "en") == [line]


def test_a_long_spanish_newsletter_plug_closing_the_text_goes():
    line = ("Cada día publicamos las noticias más importantes de la región con análisis, opinión y "
            "contexto de nuestros corresponsales, y si quieres recibirlas cada mañana, suscríbete "
            "gratis a nuestro boletín diario.")
    assert removed(BODY["es"] + line, "es") == [line]


def test_a_closing_appeal_above_a_trailing_button_still_stands_at_the_end():
    appeal = ("Wait! Before you go on about your day, ask yourself: how likely is it that the story "
              "you just read would have been produced by another outlet?")
    raw = BODY["en"] + appeal + "\nJoin the conversation\nShare"
    assert removed(raw, "en") == [appeal, "Join the conversation\nShare"]


def test_short_closing_sentences_do_not_move_the_end():
    line = ("Before you go on holiday, the ministry said, travellers should check whether their "
            "passports are still valid for at least six months, as many countries require.")
    raw = BODY["en"] + line + "\nThe rule applies from May.\nIt will be checked.\nFines follow."
    assert removed(raw, "en") == []
