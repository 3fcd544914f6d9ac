"""A KB organisation's name opening a body's name is one body, an organ of it (link/unknown.py), with
the shipped KB."""
from __future__ import annotations


def test_a_working_group_named_after_the_united_nations_is_one_body(mentions):
    linked = mentions("The United Nations Working Group on Arbitrary Detention has also determined that "
                      "his detention was arbitrary.", "en", "type", "name")
    assert linked == {"United Nations Working Group on Arbitrary Detention":
                      ("ORG", "United Nations Working Group on Arbitrary Detention")}


def test_a_kb_organisation_before_a_title_stays_itself(mentions):
    linked = mentions("NATO Secretary General Mark Rutte spoke on Monday.", "en", "type", "name")
    assert linked["NATO"] == ("ORG", "NATO")
