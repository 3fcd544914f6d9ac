"""Former leaders (KB offices_history.tsv, 1980 to about 2005): a bare family name several leaders bear
is told apart by the title before it and the article date, never by guessing a family member; spellings
of other languages and scripts name the same person."""
from __future__ import annotations

import pytest


def _mentions(doc, by_name, person: str) -> list[tuple[str, str]]:
    entity = by_name(doc).get(person)
    return [(m.text, m.rule) for m in entity.mentions] if entity else []


def test_former_president_is_the_namesake_whose_presidency_ended(shipped_text, by_name):
    doc = shipped_text("Former president Clinton spoke in Little Rock. On Monday Clinton said the deal was fair.",
                       "en", "2026-03-03")
    assert _mentions(doc, by_name, "Bill Clinton") == [("Clinton", "title+surname:role"),
                                                       ("Clinton", "surname:after-title")]
    assert "Hillary Clinton" not in by_name(doc)


def test_a_family_name_after_a_full_name_stays_that_person(shipped_text, by_name):
    doc = shipped_text("Hillary Clinton spoke in New York. Clinton said the deal was fair.", "en", "2026-03-03")
    assert _mentions(doc, by_name, "Hillary Clinton") == [("Hillary Clinton", "kb"),
                                                          ("Clinton", "surname:after-full-name")]
    assert "Bill Clinton" not in by_name(doc)


def test_a_bare_family_name_of_one_family_links_nobody(shipped_text, by_name):
    names = by_name(shipped_text("Clinton and Bush met in Washington on Monday.", "en", "2026-03-03"))
    assert not {"Bill Clinton", "Hillary Clinton", "George W. Bush", "George H. W. Bush"} & set(names)


def test_president_carter_is_the_one_who_was_president(shipped_text, by_name):
    doc = shipped_text("President Carter built houses for the poor in Georgia.", "en", "2026-03-03")
    assert _mentions(doc, by_name, "Jimmy Carter") == [("Carter", "title+surname:role")]
    assert "Ash Carter" not in by_name(doc)


def test_the_president_of_the_day_and_the_former_one_by_the_article_date(shipped_text, by_name):
    now = shipped_text("President Bush said the deal was fair.", "en", "2003-03-03")
    before = shipped_text("Former president Bush said the deal was fair.", "en", "2003-03-03")
    assert _mentions(now, by_name, "George W. Bush") == [("Bush", "title+surname:role")]
    assert _mentions(before, by_name, "George H. W. Bush") == [("Bush", "title+surname:role")]


def test_ex_premier_names_a_former_prime_minister_it(shipped_text, by_name):
    doc = shipped_text("L'ex premier Prodi ha parlato a Bologna.", "it", "2026-03-03")
    assert [m.text for m in by_name(doc)["Romano Prodi"].mentions] == ["Prodi"]


@pytest.mark.parametrize("lang,text", [
    ("it", "Michail Gorbaciov ha incontrato Ronald Reagan."),
    ("fr", "Mikhaïl Gorbatchev a rencontré Ronald Reagan."),
    ("es", "Mijaíl Gorbachov se reunió con Ronald Reagan."),
    ("de", "Michail Gorbatschow traf Ronald Reagan."),
    ("ru", "Михаил Горбачёв встретился с Рональдом Рейганом."),
])
def test_one_leader_in_every_language_and_script(shipped_text, by_name, lang, text):
    assert "Mikhail Gorbachev" in by_name(shipped_text(text, lang, "1987-12-08"))


def test_a_title_resolves_to_the_holder_of_that_year(shipped_text, by_name):
    doc = shipped_text("The British prime minister arrived in Brussels.", "en", "1992-06-01")
    assert [m.text for m in by_name(doc)["John Major"].mentions] == ["British prime minister"]


def test_a_leader_long_out_of_office_needs_his_country_named(shipped_text, by_name):
    # "Schmidt" alone in a text on management is a scholar, not Germany's chancellor of 1974-1982
    alone = shipped_text("This model is given by Tannenbaum and Schmidt, who saw several styles.", "en", "2026-03-03")
    beside = shipped_text("In Bonn regierte Schmidt bis 1982 die Bundesrepublik Deutschland.", "de", "2026-03-03")
    assert "Helmut Schmidt" not in by_name(alone)
    assert [m.text for m in by_name(beside)["Helmut Schmidt"].mentions] == ["Schmidt"]


def test_the_namesake_whose_country_the_article_names(shipped_text, by_name):
    # Gordon Brown (United Kingdom) and Charles Q. Brown (United States) both left office before 2026
    doc = shipped_text("On Monday Brown said in Britain that the bank had failed.", "en", "2026-03-03")
    assert [m.text for m in by_name(doc)["Gordon Brown"].mentions] == ["Brown"]


def test_an_initial_before_a_family_name_makes_another_person(shipped_text, by_name):
    names = by_name(shipped_text("Jaya K. Rao, deputy editor, reports no interests.", "en", "2026-03-03"))
    assert "P. V. Narasimha Rao" not in names


def test_a_leaders_given_name_before_another_family_name_is_another_person(shipped_text, by_name):
    names = by_name(shipped_text("Bill Clinton met New Mexico Governor Bill Richardson.", "en", "2026-03-03"))
    assert [m.text for m in names["Bill Clinton"].mentions] == ["Bill Clinton"]
    assert names["Bill Richardson"].type == "PERSON"
