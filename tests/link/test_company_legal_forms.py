"""A name that carries a company's legal form is a company, whatever its first word looks like (real KB:
"Vinci" and "Natie" are also read as given names there)."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "La société Kering SA et Vinci SAS ont signé le contrat.", "Vinci SAS"),
    ("es", "La empresa Katoen Natie SA firmó el contrato.", "Katoen Natie SA"),
    ("de", "Gestern meldeten Trigema GmbH und Schüco KG Verluste.", "Schüco KG"),
])
def test_a_legal_form_makes_a_company(pipeline, lang, text, name):
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    assert {e.name: e.type for e in doc.entities}.get(name) == "ORG"
