"""Cited sources: agencies and outlets next to a source cue, and which sentences rely on them."""
from extract.handmade import make_doc, seed_doc

from cronaca.extract.sources import according_to, find_sources

AP = {"Q40469": ("MEDIA", ["AP"])}
REUTERS = {"Q130879": ("MEDIA", ["Reuters"])}


def cited(doc):
    return [(s.entity_id, s.text, s.cue.text if s.cue else None) for s in find_sources(doc)]


def test_seed_cites_ap_three_times_and_state_media():
    doc = seed_doc()
    assert cited(doc) == [
        ("Q40469", "AP", "Secondo"),
        ("Q40469", "AP", "come da"),
        ("Q40469", "AP", "ha riferito"),
        ("x:media:state-media", "media statali", "Secondo"),
    ]


def test_cue_may_be_separated_from_the_source_by_a_description():
    doc = make_doc("Secondo l’agenzia di stampa AP, il vertice è finito.", "it", AP)
    (src,) = find_sources(doc)
    assert (src.text, src.cue.text, src.rule) == ("AP", "Secondo", "source:entity:before:according")


def test_source_before_its_cue():
    doc = make_doc("Reuters reported that the talks had failed.", "en", REUTERS)
    assert cited(doc) == [("Q130879", "Reuters", "reported")]


def test_a_person_after_according_to_is_not_a_cited_source():
    doc = make_doc("According to Smith, the talks failed.", "en", {"x:person:smith": ("PERSON", ["Smith"])})
    assert find_sources(doc) == []


def test_punctuation_between_cue_and_source_blocks_the_citation():
    doc = make_doc("As reported, AP staff were not present.", "en", AP)
    assert find_sources(doc) == []


def test_french_spanish_german_cues():
    afp = {"Q40464": ("MEDIA", ["AFP"])}
    efe = {"Q1141155": ("MEDIA", ["EFE"])}
    dpa = {"Q312542": ("MEDIA", ["dpa"])}
    assert cited(make_doc("Selon l'AFP, le sommet a échoué.", "fr", afp)) == [("Q40464", "AFP", "Selon")]
    assert cited(make_doc("Según EFE, la cumbre fracasó.", "es", efe)) == [("Q1141155", "EFE", "Según")]
    assert cited(make_doc("Der Gipfel ist laut dpa gescheitert.", "de", dpa)) == [("Q312542", "dpa", "laut")]


def test_unnamed_sources_share_one_id_across_languages():
    it = make_doc("Secondo i media statali, le parti sono d'accordo.", "it")
    en = make_doc("According to state media, the two sides agree.", "en")
    assert [s.entity_id for s in find_sources(it)] == [s.entity_id for s in find_sources(en)] == [
        "x:media:state-media"]


def test_according_to_same_sentence():
    doc = seed_doc()
    doc.sources = find_sources(doc)
    start = doc.text.index("la cooperazione nel settore energetico")
    assert according_to(doc, start, start + 10) == "Q40469"


def test_according_to_carries_over_a_repeated_source_within_the_paragraph():
    doc = seed_doc()
    doc.sources = find_sources(doc)
    start = doc.text.index("Ha affermato che Russia e Cina")  # no cue of its own, AP cited 3 times
    assert according_to(doc, start, start + 10) == "Q40469"


def test_according_to_does_not_cross_a_paragraph():
    doc = seed_doc()
    doc.sources = find_sources(doc)
    start = doc.text.index("Xi, nei commenti")  # first sentence of its paragraph
    assert according_to(doc, start, start + 10) is None


def test_a_single_citation_vouches_only_for_its_own_sentence():
    text = "According to Reuters, the talks failed. The delegates went home."
    doc = make_doc(text, "en", REUTERS)
    doc.sources = find_sources(doc)
    start = text.index("The delegates")
    assert according_to(doc, start, start + 5) is None
    assert according_to(doc, 22, 30) == "Q130879"


def test_outlet_name_in_quotation_marks_after_the_cue_is_cited():
    doc = make_doc("Laut „Washington Post“ hatte sie eine führende Rolle.", "de",
                   {"Q166032": ("MEDIA", ["Washington Post"])})
    assert [(s.entity_id, s.cue.text) for s in find_sources(doc)] == [("Q166032", "Laut")]


def test_interview_vouches_for_what_the_interviewed_person_says_next():
    text = ("El asunto fue abordado ayer por el Presidente Boric en entrevista con Cooperativa. "
            "“Necesitamos recuperar la legitimidad de las policías”, afirmó Boric.")
    doc = make_doc(text, "es", {"x:person:boric": ("PERSON", ["Presidente Boric", "Boric"]),
                                "x:media:radio-cooperativa": ("MEDIA", ["Cooperativa"])})
    doc.sources = find_sources(doc)
    from cronaca.extract.quotes import find_quotes
    (q,) = find_quotes(doc)
    assert (q.speaker, q.according_to) == ("x:person:boric", "x:media:radio-cooperativa")


def test_interview_does_not_vouch_for_someone_else_next():
    text = ("Starmer affirme son soutien dans une tribune publiée jeudi dans le quotidien « Le Monde ». "
            "Macron avait indiqué que les deux dirigeants auraient un entretien approfondi.")
    doc = make_doc(text, "fr", {"x:person:starmer": ("PERSON", ["Starmer"]), "x:person:macron": ("PERSON", ["Macron"]),
                                "Q12461": ("MEDIA", ["Le Monde"])})
    doc.sources = find_sources(doc)
    assert [s.entity_id for s in doc.sources] == ["Q12461"]
    from cronaca.extract.quotes import find_quotes
    assert [(q.speaker, q.according_to) for q in find_quotes(doc)] == [("x:person:macron", None)]


def test_outlet_told_again_and_again_is_the_newsroom_not_a_source():
    text = ("“It is positive,” Jason Crow told VOA. “I am hoping for talks,” Glenn Ivey told VOA.")
    doc = make_doc(text, "en", {"x:person:crow": ("PERSON", ["Jason Crow"]), "x:person:ivey": ("PERSON", ["Glenn Ivey"]),
                                "Q190581": ("MEDIA", ["VOA"])})
    doc.sources = find_sources(doc)
    from cronaca.extract.quotes import find_quotes
    assert [q.according_to for q in find_quotes(doc)] == [None, None]


def test_interview_with_an_organisation_cites_no_source():
    doc = make_doc("Stoltenberg said in an interview with NATO officials that the plan works.", "en",
                   {"Q7184": ("ORG", ["NATO"])})
    assert find_sources(doc) == []
