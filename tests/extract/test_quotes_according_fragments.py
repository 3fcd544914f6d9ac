"""A clause reported by an attribution after it ("..., selon la Drees") may hold quoted words: the
clause is reported speech all the same, and the quoted words are the same speaker's."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

DREES = "x:org:drees"


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_quoted_fragments_in_a_clause_reported_by_selon_after_it():
    text = ("Les comptes des hôpitaux publics se sont « très fortement dégradés » en 2022, avec près de "
            "deux tiers d'entre eux en déficit, « une proportion inédite depuis 2005 », selon la Drees, "
            "le service statistique des ministères sociaux.")
    found = quotes(make_doc(text, "fr", {DREES: ("ORG", ["Drees"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("Les comptes des hôpitaux publics se sont « très fortement dégradés » en 2022, avec près de deux "
         "tiers d'entre eux en déficit, « une proportion inédite depuis 2005 »", DREES, False),
        ("très fortement dégradés", DREES, True),
        ("une proportion inédite depuis 2005", DREES, True),
    ]


def test_a_quotation_with_its_own_verb_keeps_the_clause_out():
    text = ("« Nous sommes prêts », a déclaré Jean Dupont, le ministre, selon la Drees.")
    found = quotes(make_doc(text, "fr", {DREES: ("ORG", ["Drees"]),
                                         "x:person:dupont": ("PERSON", ["Jean Dupont"])}))
    assert [(q.text, q.speaker) for q in found] == [("Nous sommes prêts", "x:person:dupont")]
