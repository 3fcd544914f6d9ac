"""A leader title with its organisation ("il leader della Lega", "der CDU-Parteichef", "the Labour leader")
names the party's leader on the article date (KB party_leader roles); alone, or on a regional branch, nobody."""
from __future__ import annotations


def _title_of(doc, by_name, person: str) -> list[tuple[str, str]]:
    return [(m.text, m.rule) for m in by_name(doc)[person].mentions if m.kind == "title"]


def test_the_leader_of_a_party_named_after_is_its_leader_it(shipped_text, by_name):
    doc = shipped_text("Il leader della Lega ha criticato duramente il governo.", "it", "2024-03-03")
    assert _title_of(doc, by_name, "Matteo Salvini") == [("leader della Lega", "title:date")]


def test_the_patron_of_a_party_is_its_leader_fr(shipped_text, by_name):
    doc = shipped_text("Le patron du RN a critiqué Emmanuel Macron.", "fr", "2024-03-03")
    assert _title_of(doc, by_name, "Jordan Bardella") == [("patron du RN", "title:date")]


def test_the_leader_of_a_party_is_its_leader_es(shipped_text, by_name):
    doc = shipped_text("El líder de Vox criticó a Pedro Sánchez.", "es", "2024-03-03")
    assert _title_of(doc, by_name, "Santiago Abascal") == [("líder de Vox", "title:date")]


def test_a_party_before_the_title_owns_it_when_the_article_names_the_leader_en(shipped_text, by_name):
    doc = shipped_text("Keir Starmer spoke in Leeds on Monday. The Labour leader criticised Rishi Sunak.", "en",
                       "2024-03-03")
    assert _title_of(doc, by_name, "Keir Starmer") == [("Labour leader", "title:date")]


def test_a_party_in_a_compound_before_the_title_owns_it_de(shipped_text, by_name):
    doc = shipped_text("Friedrich Merz sprach in Köln. Der CDU-Parteichef kritisierte Olaf Scholz scharf.", "de",
                       "2024-03-03")
    assert _title_of(doc, by_name, "Friedrich Merz") == [("CDU-Parteichef", "title:date")]


def test_an_owner_before_names_no_leader_the_article_does_not_name(shipped_text, by_name):
    # co-leaders: the KB may hold one of them only ("der AfD-Chef" may be Tino Chrupalla)
    doc = shipped_text("Die Partei tagte in Köln. Der CDU-Parteichef kritisierte Olaf Scholz scharf.", "de",
                       "2024-03-03")
    assert "Friedrich Merz" not in by_name(doc)


def test_an_owner_before_names_no_leader_of_the_other_gender(shipped_text, by_name):
    doc = shipped_text("Alice Weidel sprach in Köln. Der AfD-Chef kritisierte die Regierung.", "de", "2024-03-03")
    assert _title_of(doc, by_name, "Alice Weidel") == []


def test_the_head_of_a_regional_branch_is_not_the_partys_leader(shipped_text, by_name):
    doc = shipped_text("Alice Weidel sprach in Berlin. Thüringens AfD-Chefin kritisierte die Regierung.", "de",
                       "2024-03-03")
    assert _title_of(doc, by_name, "Alice Weidel") == []


def test_a_leader_word_alone_names_nobody(shipped_text, by_name):
    # "parteichef" (no owner needed) refers back to the holder named before; "Chef" alone does not
    doc = shipped_text("Friedrich Merz sprach in Köln. Der Chef kritisierte Olaf Scholz scharf.", "de", "2024-03-03")
    assert _title_of(doc, by_name, "Friedrich Merz") == []
