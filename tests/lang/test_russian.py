"""Russian, added as data only (lang/ru): names in every case, titles by date, events and dates,
run through the whole pipeline against the shipped knowledge base."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source
from cronaca.link.lexicon import lexicon
from cronaca.pipeline import build


@pytest.fixture(scope="module")
def process():
    pipeline = build()

    def run(text: str, published: str = "2024-06-20") -> Document:
        return pipeline(Document(raw=text, source=Source(published=published)))
    return run


def names(doc: Document) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities}


def test_every_word_of_a_name_declines_together():
    ru = lexicon("ru")
    forms = ru.declined("Северная Корея", "name")
    assert "Северной Кореи" in forms and "Северную Корею" in forms
    assert "Владимира Путина" in ru.declined("Владимир Путин", "name")
    assert "Дмитрием Песковым" in ru.declined("Дмитрий Песков", "name")


def test_languages_without_case_rules_decline_nothing():
    assert lexicon("it").declined("Corea del Nord", "name") == []


def test_russian_text_is_identified_and_names_link_in_oblique_cases(process):
    doc = process("Министр иностранных дел Северной Кореи встретился в Москве с Сергеем Лавровым.")
    assert doc.language == "ru"
    found = names(doc)
    assert found["North Korea"] == ["Северной Кореи"]
    assert found["Sergey Lavrov"] == ["Сергеем Лавровым"]
    assert found["Moscow"] == ["Москве"]


def test_title_resolves_by_date_and_full_name_in_genitive(process):
    doc = process("Российский президент провел переговоры. Визит Владимира Путина в Пхеньян завершился.")
    assert names(doc)["Vladimir Putin"] == ["Российский президент", "Владимира Путина"]


def test_capital_as_government_and_country_adjective(process):
    doc = process("Пекин поддержал российскую инициативу.")
    found = names(doc)
    assert found["China"] == ["Пекин"] and found["Russia"] == ["российскую"]


def test_oblasts_decline_as_adjective_and_noun(process):
    doc = process("Беспилотники атаковали Белгородскую область и Курскую область.")
    assert {e.name for e in doc.entities} == {"Belgorod Oblast", "Kursk Oblast"}


def test_unknown_cyrillic_names_get_ids_of_their_own(process):
    doc = process("Снаряды упали на посёлок Зоринское и село Краснополье.")
    ids = {e.id for e in doc.entities if not e.in_kb}
    assert len(ids) == 2 and all(i.startswith("x:place:") for i in ids)


def test_perfective_future_is_a_planned_event(process):
    doc = process("Владимир Путин посетит Китай в следующем месяце.", "2026-02-04")
    [event] = doc.events
    assert (event.type, event.mode, event.status, event.date) == ("CONSULT", "visit", "planned", "2026-03")


def test_accusation_with_object_in_accusative(process):
    doc = process("Министр иностранных дел России Сергей Лавров вчера обвинил США в срыве переговоров.",
                  "2026-02-04")
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert [(e.source, e.target, e.date) for e in accuse] == [(["kb:person:sergey-lavrov"], ["Q30"], "2026-02-03")]


def test_dates_in_russian(process):
    doc = process("Переговоры прошли 12 марта 2025 года, а новая встреча состоится в следующую пятницу.",
                  "2025-03-14")
    assert [(t.text, t.value) for t in doc.dates] == [("12 марта 2025", "2025-03-12"),
                                                      ("в следующую пятницу", "2025-03-21")]


def entity_of(doc: Document, text: str):
    """The entity one of whose mentions reads ``text``."""
    return next(e for e in doc.entities if any(m.text == text for m in e.mentions))


def test_capitalised_adjective_and_lower_case_head_noun_make_one_name(process):
    doc = process("Жители Тамбовской области вышли на Манежную площадь.")
    assert [(e.type, [m.text for m in e.mentions]) for e in doc.entities] == [
        ("PLACE", ["Тамбовской области"]), ("PLACE", ["Манежную площадь"])]


def test_head_noun_types_an_unknown_body(process):
    doc = process("Решение принял Арбитражный суд, а не Уставный суд.")
    assert {(e.name, e.type) for e in doc.entities} == {("Арбитражный суд", "ORG"), ("Уставный суд", "ORG")}


def test_case_forms_of_an_unknown_name_are_one_person(process):
    doc = process("По словам Олега Тимченкова, сделка сорвалась. Олег Тимченков уехал в Москву.")
    person = entity_of(doc, "Олега Тимченкова")
    assert (person.name, person.type) == ("Олег Тимченков", "PERSON")
    assert [m.text for m in person.mentions] == ["Олега Тимченкова", "Олег Тимченков"]


def test_a_later_surname_in_another_case_joins_the_full_name(process):
    doc = process("Олег Тимченков уехал. Позже Тимченкова видели в Твери.")
    assert [m.text for m in entity_of(doc, "Олег Тимченков").mentions] == ["Олег Тимченков", "Тимченкова"]


def test_given_name_that_is_also_a_town_begins_a_person(process):
    doc = process("Беседа с Владимиром Беловым прошла спокойно.")
    assert entity_of(doc, "Владимиром Беловым").type == "PERSON"


def test_role_noun_opening_a_sentence_is_not_part_of_the_name(process):
    doc = process("Скульптор Пётр Ганичев представил новую работу.")
    assert [(e.name, e.type) for e in doc.entities] == [("Пётр Ганичев", "PERSON")]


def test_company_legal_form_types_the_name_and_is_no_name_itself(process):
    doc = process("Акции ОАО «Вымпелком» выросли, пишут СМИ.")
    assert [(e.name, e.type) for e in doc.entities] == [("Вымпелком", "ORG")]


def test_russian_forms_of_bodies_and_companies_link_to_the_kb(process):
    doc = process("Вчера Минобороны и ФСБ пожаловались в Конституционный суд на Facebook и Майкрософт.")
    assert [e.name for e in doc.entities] == ["Ministry of Defence", "Federal Security Service",
                                              "Constitutional Court of Russia", "Facebook", "Microsoft"]


def test_case_forms_are_only_made_where_names_decline():
    assert "александра брода" in lexicon("ru").case_forms("александр брод")
    assert lexicon("it").case_forms("marco rossi") == []
    assert lexicon("de").case_forms("angela merkel") == []


def test_capitalised_adjective_alone_is_no_name(process):
    doc = process("Лауреат Государственной премии выступил в Москве.")
    assert [e.name for e in doc.entities] == ["Moscow"]


def test_given_name_alone_is_a_person(process):
    doc = process("Рабочий Марк рассказал о забастовке.")
    assert [(e.name, e.type) for e in doc.entities] == [("Марк", "PERSON")]


def test_unknown_name_after_na_is_a_place(process):
    doc = process("Летом на Таймыре выпал снег.")
    assert [(e.name, e.type) for e in doc.entities] == [("Таймыре", "PLACE")]


def test_feminine_nouns_in_soft_sign_decline_with_their_adjective():
    forms = lexicon("ru").declined("Ленинградская область", "name")
    assert "Ленинградской области" in forms and "Ленинградской областью" in forms


def test_frequent_adjective_before_a_head_noun_still_begins_a_name(process):
    doc = process("Сторонники Народного фронта вышли на митинг.")
    assert [(e.name, e.type) for e in doc.entities] == [("Народного фронта", "ORG")]
