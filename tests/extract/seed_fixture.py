"""The seed article, hand-cleaned, with the entities and dates the link and dates stages should give."""
from __future__ import annotations

from pathlib import Path

from extract.events_support import document

SEED_TEXT = (Path(__file__).with_name("data") / "seed_clean_it.txt").read_text(encoding="utf-8")

SEED_ENTITIES = [
    ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"]),
    ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"]),
    ("Q159", "Russia", "COUNTRY", ["Russia", "adjective:russo", "adjective:russi", "adjective:russa"], "RUS"),
    ("Q148", "China", "COUNTRY", ["Cina", "adjective:cinese"], "CHN"),
    ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "adjective:ucraino"], "UKR"),
    ("Q30", "United States", "COUNTRY", ["adjective:statunitense"], "USA"),
    ("Q145", "United Kingdom", "COUNTRY", ["adjective:britannico"], "GBR"),
    ("Q16", "Canada", "COUNTRY", ["adjective:canadese"], "CAN"),
    ("Q56039", "Friedrich Merz", "PERSON", ["title:cancelliere tedesco"]),
    ("Q649", "Moscow", "PLACE", ["Mosca"], "RUS"),
    ("Q956", "Beijing", "PLACE", ["Pechino"], "CHN"),
    ("Q1519", "Abu Dhabi", "PLACE", ["Abu Dhabi"], "ARE"),
    ("Q312863", "Sergei Shoigu", "PERSON", ["Sergey Shoigu"]),
    ("Q16182", "Wang Yi", "PERSON", ["Wang Yi"]),
    ("Q40469", "Associated Press", "MEDIA", ["AP"]),
    ("kb:group:european-countries", "European countries", "GROUP", ["adjective:europei"]),
    ("kb:group:western-world", "Western world", "GROUP", ["adjective:occidentali"]),
]

SEED_DATES = {
    "Mercoledì": "2026-02-04", "il mese scorso": "2026-01", "alla fine di questo mese": "2026-02",
    "lo scorso fine settimana": "2026-01-31", "del 2022": "2022",
}


def seed_document():
    return document(SEED_TEXT, "it", SEED_ENTITIES, SEED_DATES, published="2026-02-04")
