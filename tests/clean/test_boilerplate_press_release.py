"""The company blurb that closes a press release goes wherever it is republished; a closing
line of background on a company in an article stays, and so does the blurb between paragraphs.
Lines from real pages."""
from __future__ import annotations

from clean.plain_article import BODY, amid, removals

ABOUT = ("Ascom is a global solutions provider focused on healthcare ICT and mobile workflow "
         "solutions. The vision of Ascom is to close digital information gaps allowing for the "
         "best possible decisions – anytime and anywhere.")
SEAT = ("Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and "
        "employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the "
        "SIX Swiss Exchange in Zurich.")


def test_the_company_blurb_closing_a_press_release_goes():
    assert removals(BODY["en"] + ABOUT + "\n" + SEAT, "en") == [
        ("advert", ABOUT), ("advert", SEAT)]


def test_the_blurb_between_paragraphs_stays():
    assert removals(amid(ABOUT, "en") + BODY["en"] + BODY["en"], "en") == []


def test_a_closing_line_naming_only_a_companys_seat_stays():
    line = "Ascom is headquartered in Baar (Switzerland)."
    assert removals(BODY["en"] + line, "en") == []
