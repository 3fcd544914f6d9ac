"""A headline-shaped line next to a removed teaser or navigation line, sharing little with the
body, is the rest of that box (boilerplate.box_neighbour); a subhead announcing the paragraph
under it, and an embedded post's text above its signature, stay. Lines from real pages."""
from __future__ import annotations

from clean.plain_article import BODY, amid, removals

RELATED = ("- „Über manches irritiert“: Klingbeil greift Klöckner an\n"
           "- KI in der Schule? Digitalminister Wildberger: „Werden die KI immer bei uns haben“\n"
           "- Warnung: DRK-Präsidentin schlägt bei Pflege Alarm: „Häuser gehen insolvent“")


def test_a_newsletters_tagline_above_its_related_list_goes_with_it():
    tagline = "Exklusive Politik-Hintergründe – für Sie recherchiert"
    assert removals(amid(tagline + "\n" + RELATED, "de"), "de") == [
        ("teaser", tagline), ("teaser", RELATED)]


def test_a_picture_credit_above_a_related_label_goes():
    credit = "Bild – unten: Günter W. Kienitz"
    assert ("teaser", credit) in removals(amid(credit + "\nVerwandte Artikel:", "de"), "de")


def test_a_subhead_under_a_removed_link_line_stays():
    text = (BODY["de"]
            + "Detaillierte Ergebnisse aller ADAC Kindersitztests finden Sie hier\n"
            "Aufblasbarer Sitz: Praktisch für die Reise\n"
            'Der "Nachfolger Hy5 TT" ist ein aufblasbarer Kindersitz, der vor allem für Reisende '
            "interessant ist, die flexibel mit verschiedenen Verkehrsmitteln unterwegs sind oder "
            "Car-Sharing-Angeboten nutzen.\n" + BODY["de"])
    assert removals(text, "de") == [
        ("navigation", "Detaillierte Ergebnisse aller ADAC Kindersitztests finden Sie hier")]


def test_an_embedded_posts_text_above_its_removed_signature_stays():
    post = ("Zelensky is said to be meeting senior military commanders to assess the battlefield "
            "situation and evaluate potential successors.\n"
            "While no decision has been made, he is reportedly… pic.twitter.com/PbK0B7UjJM\n"
            "— MAKS 26 🇺🇦👀 (@Maks_NAFO_FELLA) July 18, 2026")
    gone = [text for _, text in removals(amid(post, "en"), "en")]
    assert "While no decision has been made, he is reportedly… pic.twitter.com/PbK0B7UjJM" not in gone


def test_cards_sharing_their_kicker_with_a_removed_card_go():
    cards = ("Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni\n"
             "Milano Design Week 2018 | Seiko’s ‘The Flow of Time’ at the Triennale\n"
             "Milano Design Week 2018 | ‘LIVING NATURE’ explores the relationship between nature "
             "and living")
    assert removals(BODY["en"] + cards + "\n" + BODY["en"], "en") == [
        ("teaser", "Milan Design Week 2018 | FLOS pays tribute to Achille Castiglioni"),
        ("teaser", "Milano Design Week 2018 | Seiko’s ‘The Flow of Time’ at the Triennale"),
        ("teaser", "Milano Design Week 2018 | ‘LIVING NATURE’ explores the relationship between "
                   "nature and living"),
    ]
