""""Según" with a verb of saying ("según explicó el ministro, ...") and a name in apposition closing
the attribution ("..., según el ministro de Economía, Luis Caputo.")."""
from __future__ import annotations

import cronaca


def quotes(text: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language="es", published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_segun_explico_a_role_and_the_name_in_apposition_before_the_content():
    assert quotes("Según explicó el ministro de Economía, Luis Caputo, la inflación bajará en mayo.") \
        == [("la inflación bajará en mayo", "Luis Caputo")]


def test_a_name_in_apposition_closing_the_sentence_after_segun():
    assert quotes("La inflación bajará en mayo, según el ministro de Economía, Luis Caputo.") \
        == [("La inflación bajará en mayo", "Luis Caputo")]


def test_segun_afirmo_after_the_content_with_the_name_closing_the_sentence():
    assert quotes("La inflación bajará en mayo, según afirmó el ministro de Economía, Luis Caputo.") \
        == [("La inflación bajará en mayo", "Luis Caputo")]
