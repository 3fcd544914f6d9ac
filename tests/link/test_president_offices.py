"""The word "president" names whoever holds an office called so before the head of state: Iran's
president heads the government, its head of state is the Supreme Leader (real KB)."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source


def _people(pipeline, text: str, lang: str, published: str) -> dict[str, list[str]]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published=published)))
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PERSON"}


@pytest.mark.parametrize("lang, text, phrase", [
    ("it", "Il presidente iraniano ha ricevuto il ministro a Teheran.", "presidente iraniano"),
    ("en", "The Iranian president received the minister in Tehran.", "Iranian president"),
])
def test_irans_president_is_the_president_not_the_supreme_leader(pipeline, lang, text, phrase):
    assert _people(pipeline, text, lang, "2025-03-01") == {"Masoud Pezeshkian": [phrase]}


def test_the_president_of_iran_follows_the_article_date(pipeline):
    people = _people(pipeline, "Il presidente iraniano ha ricevuto il ministro a Teheran.", "it", "2022-05-01")
    assert list(people) == ["Ebrahim Raisi"]


def test_a_president_who_is_head_of_state_is_unchanged(pipeline):
    people = _people(pipeline, "Il presidente russo ha parlato con il presidente iraniano.", "it", "2025-03-01")
    assert people == {"Vladimir Putin": ["presidente russo"], "Masoud Pezeshkian": ["presidente iraniano"]}
