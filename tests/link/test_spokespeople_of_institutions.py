"""A spokesperson is named by the institution he speaks for: the KB gives the Kremlin's spokesman and the
Russian foreign ministry's spokeswoman offices of their own (tools/kb/curated/offices_g20.tsv), so "il
portavoce del Cremlino" is Peskov and "la portavoce del ministero degli Esteri russo" Zakharova, where the
office of Russia's spokesperson alone would name either."""
from __future__ import annotations


DAY = "2026-02-04"


def test_the_kremlin_spokesman_is_peskov(shipped_text, holders):
    doc = shipped_text("Il portavoce del Cremlino ha detto che Mosca è pronta a trattare.", "it", DAY)
    assert holders(doc) == [("Dmitry Peskov", "portavoce del Cremlino")]


def test_the_russian_foreign_ministry_spokeswoman_is_zakharova(shipped_text, holders):
    doc = shipped_text("La portavoce del ministero degli Esteri russo ha detto che Mosca risponderà.", "it", DAY)
    assert holders(doc) == [("Maria Zakharova", "portavoce del ministero degli Esteri russo")]


def test_the_white_house_spokeswoman_is_the_press_secretary_of_the_day(shipped_text, holders):
    doc = shipped_text("La porte-parole de la Maison-Blanche a déclaré que les États-Unis étaient prêts.", "fr",
                       DAY)
    assert holders(doc) == [("Karoline Leavitt", "porte-parole de la Maison-Blanche")]
