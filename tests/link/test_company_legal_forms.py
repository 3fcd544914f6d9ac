"""A name that carries a company's legal form, or one listed with companies the KB knows, is a company (real KB:
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


def test_a_lone_name_listed_with_known_companies_is_a_company(pipeline):
    doc = pipeline(Document(raw="Zu den Familienunternehmen zählen unter anderen Miele, Schüco, Rossmann und "
                                "Trigema.", language="de", source=Source(published="2026-02-20")))
    types = {e.name: (e.type, [m.rule for m in e.mentions]) for e in doc.entities}
    assert types["Schüco"] == ("ORG", ["unknown:listed-body"])
    assert types["Trigema"] == ("ORG", ["unknown:listed-body"])
