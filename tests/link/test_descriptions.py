"""Definite descriptions that point back to an entity named shortly before: "the company", "el sindicato"."""
from __future__ import annotations


def _described(doc) -> list[tuple[str, str]]:
    return [(m.text, e.name) for e in doc.entities for m in e.mentions if m.rule.startswith("description:")]


def test_the_company_is_the_one_organisation_named_before(link_text):
    doc = link_text("Acme Corp announced new layoffs on Monday. The company said it would close two plants.", "en")
    assert _described(doc) == [("The company", "Acme Corp")]


def test_a_description_gets_its_rule_and_a_lower_confidence(link_text):
    doc = link_text("Acme Corp announced new layoffs on Monday. The company said it would close two plants.", "en")
    mention = next(m for e in doc.entities for m in e.mentions if m.text == "The company")
    assert mention.rule == "description:back-reference:type"
    assert mention.confidence < 0.9


def test_two_organisations_that_fit_compete_and_nothing_is_resolved(link_text):
    doc = link_text("Acme Corp and Globex Inc announced new layoffs on Monday. The company said it would "
                    "close two plants.", "en")
    assert _described(doc) == []


def test_a_name_holding_the_noun_wins_over_names_that_only_share_the_type(link_text):
    doc = link_text("Acme Corp appealed to the Court of Narnia on Monday. The court rejected the appeal.", "en")
    assert _described(doc) == [("The court", "Court of Narnia")]


def test_a_noun_of_another_kind_does_not_fit(link_text):
    doc = link_text("Il Partito Democratico ha presentato una mozione. Il sindacato ha protestato.", "it")
    assert _described(doc) == []


def test_the_union_named_after_its_noun_is_the_union(link_text):
    doc = link_text("El sindicato SUPRA anunció un paro en el puerto. El sindicato acusó a la empresa "
                    "de despidos.", "es")
    assert _described(doc) == [("El sindicato", "SUPRA")]  # "la empresa": the union is no company


def test_a_noun_followed_by_a_name_introduces_that_name(link_text):
    doc = link_text("Acme Corp announced new layoffs. The company Globex Inc said nothing.", "en")
    assert _described(doc) == []


def test_a_german_plural_form_is_no_back_reference(link_text):
    doc = link_text("Die Acme GmbH baut Stellen ab. Den beteiligten Unternehmen drohen Verluste.", "de")
    assert _described(doc) == []


def test_a_german_singular_form_is_a_back_reference(link_text):
    doc = link_text("Die Acme GmbH baut Stellen ab. Das Unternehmen bestätigte den Plan.", "de")
    assert [text for text, _ in _described(doc)] == ["Das Unternehmen"]


def test_an_entity_named_too_long_ago_is_not_reached(link_text):
    doc = link_text("Acme Corp announced new layoffs. It rained. The sun shone. Birds sang. "
                    "The company said nothing.", "en")
    assert _described(doc) == []


def test_the_other_company_is_not_the_one_named_before(link_text):
    doc = link_text("Acme Corp announced new layoffs on Monday. The other company said nothing.", "en")
    assert _described(doc) == []


def test_an_apposition_says_what_a_name_is(link_text):
    doc = link_text("Acme Corp and Globex Inc, a union of dockers, met on Monday. The union said it would strike.", "en")
    assert _described(doc) == [("The union", "Globex Inc")]


def test_a_country_adjective_keeps_only_that_countrys_candidates(link_text):
    doc = link_text("Acme Corp, a company of unknown origin, sued Globex Inc. The Italian company won.", "en")
    assert _described(doc) == []  # neither is known to be Italian



def test_an_owners_body_is_the_one_kb_child_of_that_kind():
    from cronaca.document import Document, Source
    from cronaca.kb import KBEntry, KnowledgeBase
    from cronaca.link.stage import Link
    from cronaca.pipeline import Pipeline, build
    kb = KnowledgeBase([
        KBEntry("Q1065", "ORG", "United Nations", aliases={"en": ["United Nations"]}, acronyms={"*": ["UN"]}),
        KBEntry("Q7801", "ORG", "International Court of Justice", parent="Q1065",
                aliases={"en": ["International Court of Justice"]}),
        KBEntry("Q1", "ORG", "UNICEF", parent="Q1065", aliases={"en": ["UNICEF"]}),
    ])
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(kb),))
    doc = pipeline(Document(raw="Kenya refused to attend a hearing by the UN's highest court.", language="en",
                            source=Source(published="2026-02-20")))
    assert _described(doc) == [("highest court", "International Court of Justice")]


def test_an_age_noun_is_the_one_person_named_just_before(link_text):
    doc = link_text("Am Montag ist Olaf Scholz zurückgetreten. Der 66-Jährige sagte, er habe nichts falsch gemacht.", "de")
    assert _described(doc) == [("Der 66-Jährige", "Olaf Scholz")]


def test_an_age_noun_after_two_people_names_nobody(link_text):
    doc = link_text("Olaf Scholz met Keir Starmer on Monday. The 61-year-old said nothing.", "en")
    assert _described(doc) == []


def test_an_age_noun_before_a_name_introduces_that_name(link_text):
    doc = link_text("Olaf Scholz spoke first. The 32-year-old Anna Bauer answered him.", "en")
    assert _described(doc) == []


def test_a_feminine_age_noun_skips_the_man_and_names_the_woman(link_text):
    doc = link_text("Frau Anna Keller und Peter Brandt wurden festgenommen. Die 27-Jährige soll den Anschlag "
                    "geplant haben.", "de")
    assert _described(doc) == [("Die 27-Jährige", "Anna Keller")]


def test_a_masculine_age_noun_does_not_name_a_woman(link_text):
    doc = link_text("Justizministerin Anna Keller stellte den Bericht vor. Der 42-Jährige wies alles zurück.", "de")
    assert _described(doc) == []


def test_a_relative_pronoun_after_the_name_says_the_gender(link_text):
    doc = link_text("Anna Keller, die die Klage eingereicht hatte, und Peter Brandt trafen sich. "
                    "Der 51-Jährige sagte nichts.", "de")
    assert _described(doc) == [("Der 51-Jährige", "Peter Brandt")]


def test_an_age_noun_opening_the_article_names_the_first_person_named_after_it(link_text):
    doc = link_text("Die 27-Jährige wurde am Montag festgenommen. Anna Keller soll den Anschlag geplant haben, "
                    "sagte Staatsanwalt Peter Brandt.", "de")
    assert _described(doc) == [("Die 27-Jährige", "Anna Keller")]


def test_a_body_whose_name_holds_the_noun_is_found_further_back(link_text):
    doc = link_text("Acme Corp appealed to the Court of Narnia on Monday. It rained. The sun shone. Birds sang. "
                    "The court rejected the appeal.", "en")
    court = next(e for e in doc.entities if e.name == "Court of Narnia")
    assert [(m.text, m.rule) for m in court.mentions][1:] == [("The court", "description:back-reference:far")]
