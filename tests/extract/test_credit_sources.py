"""Cited sources from an agency's dateline, signature or credit: the clean stage removes the
credit as boilerplate, the sources stage still cites the agency, pointing into the removed record."""
from functools import cache

from support import SEED

from cronaca.document import Document, Source
from cronaca.pipeline import default_pipeline
from cronaca.write.json import validate


@cache
def _pipeline():
    return default_pipeline()


def process(text, lang, outlet=None, authors=()):
    doc = Document(raw=text, language=lang,
                   source=Source(published="2024-03-12", outlet=outlet, authors=list(authors)))
    return _pipeline()(doc)


def credited(doc):
    """(entity, source as written, where it was read, rule) of each credit."""
    out = []
    for c in doc.credits:
        where = doc.integrity.removed[c.removed].text if c.removed is not None \
            else doc.source.authors[c.author] if c.author is not None else doc.text
        assert where[c.start:c.end] == c.text  # the span points at the characters it names
        out.append((c.entity_id, c.text, where if c.removed is not None or c.author is not None else "text", c.rule))
    return out


DPA = "kb:media:deutsche-presse-agentur"


def test_de_dateline_and_closing_credit_both_cite_dpa():
    doc = process("Berlin (dpa) - Die Bundesregierung hat am Dienstag ein neues Gesetz zur "
                  "Kindergrundsicherung beschlossen. Familienministerin Lisa Paus sprach von einem "
                  "wichtigen Schritt.\nMit Material von dpa", "de")
    assert credited(doc) == [
        (DPA, "dpa", "text", "source:dateline"),
        (DPA, "dpa", "Mit Material von dpa", "source:credit:cue"),
    ]
    assert doc.credits[0].cue.text == "Berlin (dpa) -"
    assert doc.credits[1].cue.text == "Mit Material von"


def test_de_signature_with_the_editors_initials_and_a_dateline_closed_by_a_full_stop():
    doc = process("Wiesbaden (KNA/iz). Der Bundespräsident hat am Dienstag die Islamkonferenz eröffnet. "
                  "Er rief zu mehr Zusammenarbeit auf.\ndet/dpa", "de")
    assert credited(doc) == [
        ("kb:media:katholische-nachrichten-agentur", "KNA", "text", "source:dateline"),
        (DPA, "dpa", "det/dpa", "source:credit:signature"),
    ]


def test_de_photographer_after_the_agency_is_a_picture_credit():
    doc = process("Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen. Familienministerin "
                  "Lisa Paus sprach von einem wichtigen Schritt.\n(picture alliance / dpa / Oliver Berg)", "de")
    assert doc.credits == []


def test_de_picture_credit_is_no_source():
    doc = process("Die Bundesregierung hat am Dienstag ein neues Gesetz beschlossen. Familienministerin "
                  "Lisa Paus sprach von einem wichtigen Schritt.\nFoto: dpa", "de")
    assert [r.text for r in doc.integrity.removed] == ["Foto: dpa"]
    assert doc.credits == []


def test_es_closing_signature_in_brackets():
    doc = process("El Gobierno español aprobó este martes una nueva ley de vivienda que limita los precios "
                  "del alquiler. La ministra de Vivienda defendió la norma ante el Congreso.\n(EFE)", "es")
    assert credited(doc) == [("kb:media:efe", "EFE", "(EFE)", "source:credit:signature")]
    (credit,) = doc.credits
    assert (credit.start, credit.end, credit.confidence) == (1, 4, 0.8)


def test_fr_source_label_credits_afp():
    doc = process("Le gouvernement a présenté mercredi un projet de loi sur l'immigration. Le ministre de "
                  "l'Intérieur a défendu le texte devant l'Assemblée.\nSource : AFP", "fr")
    assert credited(doc) == [("Q40464", "AFP", "Source : AFP", "source:credit:cue")]


def test_it_credit_with_information_from_reuters():
    doc = process("Il governo ha approvato oggi in Consiglio dei ministri il decreto sulle bollette. Il "
                  "ministro dell'Economia ha parlato di un intervento necessario.\ncon informazioni di Reuters", "it")
    assert credited(doc) == [("Q130879", "Reuters", "con informazioni di Reuters", "source:credit:cue")]


def test_it_picture_credit_of_the_seed_is_no_source():
    doc = process(SEED.read_text(encoding="utf-8"), "it")
    assert "(Credito immagine: AP)" in [r.text for r in doc.integrity.removed]
    assert doc.credits == []
    assert [s.rule for s in doc.sources][:1] == ["source:entity:before:according"]  # AP from the body


def test_en_dateline_and_dash_signature():
    doc = process("WASHINGTON (AP) — President Joe Biden on Tuesday signed an executive order on artificial "
                  "intelligence. The order requires companies to share safety test results.\n— Reuters", "en")
    assert credited(doc) == [
        ("Q40469", "AP", "text", "source:dateline"),
        ("Q130879", "Reuters", "— Reuters", "source:credit:signature"),
    ]


def test_en_photographer_and_agency_is_a_picture_credit():
    doc = process("President Joe Biden on Tuesday signed an executive order on artificial intelligence. "
                  "The order requires companies to share safety test results.\nAP Photo/Evan Vucci", "en")
    assert doc.credits == []


def test_the_publisher_crediting_itself_is_no_cited_source():
    doc = process("President Joe Biden on Tuesday signed an executive order on artificial intelligence. "
                  "The order requires companies to share safety test results.\n— Reuters", "en", outlet="Reuters")
    assert doc.credits == []


def test_an_agency_as_the_page_author():
    doc = process("Le gouvernement a présenté mercredi un projet de loi sur l'immigration. Le ministre de "
                  "l'Intérieur a défendu le texte devant l'Assemblée.", "fr", outlet="Le Figaro", authors=["AFP"])
    assert credited(doc) == [("Q40464", "AFP", "AFP", "source:author")]


def test_a_credited_agency_resolves_to_a_kb_entity_and_the_record_is_valid():
    doc = process("Le gouvernement a présenté mercredi un projet de loi sur l'immigration. Le ministre de "
                  "l'Intérieur a défendu le texte devant l'Assemblée.\navec AFP", "fr")
    record = doc.to_dict()
    validate(record)
    (cited,) = record["cited_sources"]
    assert {k: cited[k] for k in ("entity", "text", "rule", "removed", "confidence")} == {
        "entity": "Q40464", "text": "AFP", "rule": "source:credit:cue", "removed": 0, "confidence": 0.9}
    (entity,) = [e for e in record["entities"] if e["id"] == "Q40464"]
    assert (entity["name"], entity["type"], entity["mentions"]) == ("Agence France-Presse", "MEDIA", [])


def test_a_credit_does_not_attribute_the_quotes():
    doc = process("El ministro de Economía, Carlos Cuerpo, dijo: \"La economía crecerá este año\". "
                  "El Gobierno presentará sus previsiones la próxima semana.\n(EFE)", "es")
    assert [c.entity_id for c in doc.credits] == ["kb:media:efe"]
    assert doc.quotes and all(q.according_to is None for q in doc.quotes)
