"""Language identification, limited to the languages cronaca has data for."""
from __future__ import annotations

import pytest

from cronaca.language.identify import identify


@pytest.mark.parametrize("text, code", [
    ("Il governo ha approvato la legge di bilancio dopo un lungo dibattito in Parlamento.", "it"),
    ("The government approved the budget after a long debate in parliament.", "en"),
    ("Le gouvernement a approuvé le budget après un long débat au Parlement.", "fr"),
    ("El gobierno aprobó el presupuesto tras un largo debate en el Parlamento.", "es"),
    ("Die Regierung hat den Haushalt nach langer Debatte im Parlament verabschiedet.", "de"),
])
def test_supported_languages(text, code):
    assert identify(text)[0] == code


def test_too_little_text_is_undetermined():
    assert identify("12:30 — 4/2") == ("und", 0.0)



@pytest.mark.parametrize("text", [
    # the detector knows only the supported languages and names one of them with full confidence
    # (Portuguese and Czech as Spanish, Dutch, Polish and Norwegian as German, Swahili as French);
    # the common words say no
    "O governo em Lisboa aprovou na quarta-feira o novo orçamento para o próximo ano. O ministro das "
    "Finanças disse aos jornalistas que os gastos com a defesa vão aumentar.",
    "Vláda v Praze ve středu schválila nový rozpočet na příští rok. Ministr financí novinářům řekl, "
    "že výdaje na obranu porostou a daně se nezmění.",
    "De regering in Den Haag heeft woensdag de nieuwe begroting voor volgend jaar goedgekeurd. De "
    "minister van Financiën zei tegen journalisten dat de uitgaven voor defensie stijgen.",
    "Rząd w Warszawie przyjął w środę nowy budżet na przyszły rok. Minister finansów powiedział "
    "dziennikarzom, że wydatki na obronność wzrosną, a podatki pozostaną bez zmian.",
    "Regjeringen i Oslo la onsdag fram det nye budsjettet for neste år. Finansministeren sa til "
    "journalistene at utgiftene til forsvaret skal øke kraftig.",
    "Serikali ya Tanzania imeidhinisha bajeti mpya ya mwaka ujao siku ya Jumatano. Waziri wa fedha "
    "aliwaambia waandishi wa habari kwamba matumizi ya ulinzi yataongezeka.",
])
def test_a_language_without_data_is_undetermined(text):
    assert identify(text) == ("und", 0.0)


def test_a_page_of_menu_lines_still_has_its_language():
    # navigation words are rarer than running prose, but still common German words
    menu = ("E-Paper\nOnline-Service-Center\nAnzeigen\nKontakt\nWir suchen\nStartseite\nRegionalticker\n"
            "Polizeibericht Heidelberg\nLieblingscafés in Heidelberg\n"
            "Die Stadt hat am Montag den neuen Haushalt beschlossen. Der Gemeinderat stimmte mit großer "
            "Mehrheit für den Plan, der mehr Geld für Schulen und den Nahverkehr vorsieht.")
    assert identify(menu)[0] == "de"


def test_the_common_word_table_read_back_from_the_cache_is_the_one_built(tmp_path, monkeypatch) -> None:
    from cronaca.language import identify as ident

    monkeypatch.setenv("CRONACA_CACHE_DIR", str(tmp_path))
    ident._common_word_languages.cache_clear()
    try:
        built = ident._common_word_languages()  # builds and stores
        ident._common_word_languages.cache_clear()
        read = ident._common_word_languages()  # reads the stored copy
    finally:
        ident._common_word_languages.cache_clear()
    assert list(tmp_path.glob("common-words-*.marshal"))
    assert read == built
    assert list(read[1].items()) == list(built[1].items())  # same order too
