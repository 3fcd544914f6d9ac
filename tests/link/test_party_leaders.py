"""A party's leader named by the title and the party ("il segretario del Pd", "il segretario PD") is
whoever led it on the article date (real KB: curated/offices_europe.tsv party_leader rows)."""
from __future__ import annotations


def test_the_secretary_of_the_party_is_its_leader_on_the_article_date(mentions):
    assert mentions("Ieri il segretario del Pd ha attaccato il governo.", "it", published="2026-02-04")[
        "segretario del Pd"] == "Elly Schlein"


def test_the_party_may_follow_the_title_without_a_particle(mentions):
    assert mentions("Il segretario PD ha risposto alla premier.", "it", published="2022-05-10")[
        "segretario PD"] == "Enrico Letta"


def test_a_secretary_of_no_party_names_nobody(mentions):
    assert "segretario comunale" not in mentions("Il segretario comunale ha firmato la delibera.", "it",
                                                 published="2026-02-04")
