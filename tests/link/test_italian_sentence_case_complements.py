"""Italian writes a body's name in sentence case like French: after its capitalised head noun and the
lower-case words of its name, a particle and a lower-case noun end it (it link_settings.tsv
complement_particles), a second complement joined by "e" goes on it, and "dello"/"delle" join
capitalised words into one name as "della" does (name_particles.txt)."""
from __future__ import annotations


def test_a_particle_and_a_lower_case_noun_end_the_body_s_name(link_text, typed):
    doc = link_text("Il regolamento voluto dall'Ufficio di presidenza è entrato in vigore ieri.", "it")
    assert typed(doc)["Ufficio di presidenza"] == "ORG"


def test_a_conjoined_complement_goes_on_the_name(link_text, typed):
    doc = link_text("Ne ha parlato il presidente onorario dell'Organizzazione internazionale della vigna e "
                    "del vino, Mario Fregoni.", "it")
    assert typed(doc)["Organizzazione internazionale della vigna e del vino"] == "ORG"


def test_a_quantifier_after_the_particle_is_no_complement(link_text, typed):
    doc = link_text("Ufficiali di Polizia di molte città hanno sostenuto il contrario.", "it")
    assert not any("molte" in name for name in typed(doc))


def test_dello_joins_a_country_to_the_body_before_it(link_text, typed):
    doc = link_text("Per contrastare l'inflazione, la Banca centrale dello Zimbabwe ha introdotto una banconota.", "it")
    assert typed(doc)["Banca centrale dello Zimbabwe"] == "ORG"
