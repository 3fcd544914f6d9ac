"""A lone capitalised word with no cue that is a frequent word of the language or of English is no
organisation, however often repeated (link/unknown.py _capitalised_word); a rare one still is."""
from __future__ import annotations

from cronaca.document import Document, Source


def _names(pipeline, text: str, lang: str) -> dict[str, str]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    return {e.name: e.type for e in doc.entities}


def test_a_repeated_capitalised_common_word_is_no_organisation(pipeline):
    text = ("L'autre moitié se répartit entre quelques Presses universitaires. "
            "Les Presses universitaires publient moins de revues.")
    assert "Presses" not in _names(pipeline, text, "fr")


def test_a_repeated_rare_word_is_still_an_organisation(pipeline):
    text = "Les chiffres de la Drees sont publiés mardi. Selon la Drees, le nombre de médecins baisse."
    assert _names(pipeline, text, "fr").get("Drees") == "ORG"


def test_the_capitalised_assemblee_alone_is_the_national_assembly(pipeline):
    assert _names(pipeline, "Devant l'Assemblée, le ministre a défendu son texte.", "fr") == {
        "National Assembly": "ORG"}


def test_a_given_name_alone_after_the_full_name_is_that_person(pipeline):
    doc = pipeline(Document(raw="La dirigente Iris Avellaneda habló ayer. El juez le preguntó a Iris por las cuentas.",
                            language="es", source=Source(published="2026-02-20")))
    assert {e.name: e.type for e in doc.entities} == {"Iris Avellaneda": "PERSON"}
