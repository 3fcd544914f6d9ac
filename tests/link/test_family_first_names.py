"""Names written family name first (the KB's name_order, per country or per person): "Xi Jinping",
"Wang Yi", "Kim Jong Un", "Lee Jae-myung", "Hun Sen". The first word is the family name a later
mention uses alone; a family name of two letters ("Xi", "Li", "Ma") names the KB person only where
that is safe. Run on the shipped KB: the order is its data (tools/kb/curated/countries.tsv and
name_order.tsv)."""
from __future__ import annotations


def _people(doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PERSON"}


def test_a_two_letter_family_name_alone_in_a_headline_is_the_one_prominent_bearer(shipped_text):
    assert _people(shipped_text("Putin e Xi firmano un accordo a Mosca.", "it", "2026-02-04")) == {
        "Vladimir Putin": ["Putin"], "Xi Jinping": ["Xi"]}


def test_the_family_name_written_first_is_the_short_mention_after_the_full_name(shipped_text):
    doc = shipped_text("Chinese Foreign Minister Wang Yi met Lavrov. Wang said the talks were useful.", "en")
    assert _people(doc)["Wang Yi"] == ["Wang Yi", "Wang"]


def test_a_korean_family_name_is_the_first_word_of_the_name(shipped_text):
    doc = shipped_text("President Lee Jae-myung spoke in Seoul. Lee said the talks would go on.", "en")
    assert _people(doc) == {"Lee Jae-myung": ["Lee Jae-myung", "Lee"]}


def test_the_last_word_of_a_family_first_name_alone_is_not_guessed_as_a_family_name(shipped_text):
    doc = shipped_text("In Cambogia il governo ha risposto. Sen è stato criticato.", "it")
    assert "Hun Sen" not in _people(doc)


def test_the_family_name_written_first_names_the_person_named_in_full_before(shipped_text):
    doc = shipped_text("Hun Sen ha mandato un messaggio. Hun ha risposto alle critiche.", "it")
    assert _people(doc) == {"Hun Sen": ["Hun Sen", "Hun"]}


def test_italian_ma_opening_a_sentence_is_the_conjunction_even_after_ma_ying_jeou(shipped_text):
    doc = shipped_text("L'ex presidente Ma Ying-jeou è arrivato a Pechino. Ma la visita è controversa.", "it")
    assert _people(doc) == {"Ma Ying-jeou": ["Ma Ying-jeou"]}


def test_a_two_letter_family_name_of_many_kb_people_is_not_guessed(shipped_text):
    assert _people(shipped_text("Li said the economy would grow this year.", "en")) == {}


def test_a_family_name_many_kb_people_bear_is_not_given_to_the_one_in_office(shipped_text):
    assert "Wang Yi" not in _people(shipped_text("Wang said the economy would grow this year.", "en"))


def test_a_family_name_before_another_given_name_is_another_person(shipped_text):
    doc = shipped_text("Wang Yi met the press. Wang Xiaoming, an analyst in Beijing, said the talks were useful.", "en")
    assert _people(doc) == {"Wang Yi": ["Wang Yi"], "Wang Xiaoming": ["Wang Xiaoming"]}


def test_a_family_first_name_is_another_person_where_the_word_opens_an_unknown_name_elsewhere(shipped_text):
    doc = shipped_text("Xi Mingze, a student, arrived in Boston. Xi said she was tired.", "en")
    assert "Xi Jinping" not in _people(doc)


def test_an_alias_in_western_order_keeps_the_family_name_last(shipped_text):
    doc = shipped_text("William Lai visited the island. Lai said Taiwan would not yield.", "en")
    assert _people(doc) == {"Lai Ching-te": ["William Lai", "Lai"]}


def test_a_hong_kong_official_with_an_english_given_name_keeps_the_family_name_last(shipped_text):
    doc = shipped_text("Margaret Chan led the WHO for ten years. Chan said the outbreak was over.", "en")
    assert _people(doc) == {"Margaret Chan": ["Margaret Chan", "Chan"]}


def test_western_names_keep_the_last_word_as_family_name(shipped_text):
    doc = shipped_text("Viktor Orbán a parlé à Budapest. Orbán a refusé.", "fr")
    assert _people(doc) == {"Viktor Orbán": ["Viktor Orbán", "Orbán"]}


def test_a_two_letter_family_name_in_capitals_is_an_acronym(shipped_text):
    doc = shipped_text("Taiwan's cabinet met. Ankara could turn to Russia's SU 35 as an alternative.", "en")
    assert "Su Tseng-chang" not in _people(doc)


def test_the_given_name_of_a_family_first_name_alone_is_the_person_named_in_full(shipped_text):
    doc = shipped_text("Xi Jinping spoke on Tuesday. “He doesn’t view President Xi [Jinping] as a rival,” Wyne said.", "en")
    assert _people(doc)["Xi Jinping"] == ["Xi Jinping", "Xi", "Jinping"]


def test_a_family_first_given_name_alone_without_the_full_name_is_nobody_of_the_kb(shipped_text):
    doc = shipped_text("A Qiang, who used to work in the Chinese media industry, thinks protests will grow.", "en")
    assert "Li Qiang" not in _people(doc)
