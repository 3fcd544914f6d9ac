"""Who held an office on a given day: the question the linker asks for 'the German chancellor'."""
from __future__ import annotations

from datetime import date

import pytest

from cronaca.kb import Role, load


@pytest.fixture(scope="module")
def kb():
    return load()


def names(entries) -> list[str]:
    return [e.name for e in entries]


@pytest.mark.parametrize("role, of, day, expected", [
    ("head_of_government", "DEU", date(2026, 2, 15), ["Friedrich Merz"]),
    ("head_of_government", "DEU", date(2024, 1, 1), ["Olaf Scholz"]),
    ("head_of_government", "DEU", date(2015, 6, 1), ["Angela Merkel"]),
    ("head_of_state", "RUS", date(2010, 1, 1), ["Dmitry Medvedev"]),
    ("head_of_government", "RUS", date(2010, 1, 1), ["Vladimir Putin"]),
    ("head_of_state", "RUS", date(2026, 2, 4), ["Vladimir Putin"]),
    ("head_of_state", "USA", date(2018, 6, 1), ["Donald Trump"]),
    ("head_of_state", "USA", date(2022, 6, 1), ["Joe Biden"]),
    ("head_of_state", "USA", date(2025, 6, 1), ["Donald Trump"]),
    ("head_of_government", "GBR", date(2024, 8, 1), ["Keir Starmer"]),
    ("head_of_government", "CAN", date(2025, 6, 1), ["Mark Carney"]),
    ("head_of_government", "ITA", date(2026, 2, 4), ["Giorgia Meloni"]),
    ("head_of_state", "ITA", date(2026, 2, 4), ["Sergio Mattarella"]),
    ("head_of_state", "CHN", date(2026, 2, 4), ["Xi Jinping"]),
    ("foreign_minister", "CHN", date(2023, 3, 1), ["Qin Gang"]),
    ("foreign_minister", "CHN", date(2024, 3, 1), ["Wang Yi"]),
    ("defence_minister", "RUS", date(2020, 1, 1), ["Sergei Shoigu"]),
    ("defence_minister", "RUS", date(2025, 1, 1), ["Andrey Belousov"]),
    ("security_council_secretary", "RUS", date(2025, 1, 1), ["Sergei Shoigu"]),
    # former leaders (offices_history.tsv): "former president Clinton" is told from Hillary by these dates
    ("head_of_state", "USA", date(1995, 6, 1), ["Bill Clinton"]),
    ("head_of_state", "USA", date(1991, 6, 1), ["George H. W. Bush"]),
    ("head_of_government", "DEU", date(1990, 10, 3), ["Helmut Kohl"]),
    ("head_of_government", "ITA", date(1995, 6, 1), ["Lamberto Dini"]),
    ("head_of_government", "ESP", date(1990, 1, 1), ["Felipe González"]),
    ("head_of_state", "FRA", date(1990, 1, 1), ["François Mitterrand"]),
    ("head_of_state", "CHE", date(1999, 6, 1), ["Ruth Dreifuss"]),
    ("secretary_general", "Q1065", date(1999, 1, 1), ["Kofi Annan"]),
    ("foreign_minister", "GBR", date(1999, 1, 1), ["Robin Cook"]),
])
def test_holder_on_a_day(kb, role, of, day, expected):
    assert names(kb.holders(role, of, day)) == expected


def test_current_holder_when_no_day_is_given(kb):
    assert names(kb.holders("head_of_government", "DEU", None)) == ["Friedrich Merz"]


def test_on_a_handover_day_the_incoming_holder_comes_first(kb):
    assert names(kb.holders("head_of_government", "DEU", date(2025, 5, 6))) == ["Friedrich Merz", "Olaf Scholz"]


def test_an_organisation_office_is_held_of_the_organisation_id(kb):
    nato = kb.search("NATO", limit=1)[0]
    assert names(kb.holders("secretary_general", nato.id, date(2025, 1, 1))) == ["Mark Rutte"]


def test_roles_on_lists_what_a_person_held_that_day(kb):
    shoigu = kb.search("Sergei Shoigu", limit=1)[0]
    assert [r.role for r in shoigu.roles_on(date(2020, 1, 1))] == ["defence_minister"]
    assert {r.role for r in shoigu.roles_on(date(2025, 1, 1))} == {"security_council_secretary"}


def test_wang_yi_directs_the_central_foreign_affairs_office(kb):
    wang = kb.search("Wang Yi", limit=1)[0]
    targets = {kb.get(r.of).name for r in wang.roles_on(date(2024, 3, 1)) if r.of in kb}
    assert "Central Foreign Affairs Commission" in targets


def test_partial_end_date_covers_the_whole_month():
    role = Role("other", "USA", "2018-02-05", "2026-05")
    assert role.holds_on(date(2026, 5, 31))
    assert not role.holds_on(date(2026, 6, 1))


def test_partial_start_date_begins_with_its_year():
    role = Role("other", "USA", "2011", None)
    assert role.holds_on(date(2011, 1, 1))
    assert not role.holds_on(date(2010, 12, 31))


G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA")


@pytest.mark.parametrize("role", ["head_of_state", "head_of_government"])
def test_g20_heads_have_no_gap_since_2011(kb, role):
    from datetime import timedelta

    gaps = []
    for iso3 in G20:
        day = date(2011, 1, 1)
        while day <= date(2026, 2, 1):
            if not kb.holders(role, iso3, day):
                gaps.append((iso3, day.isoformat()))
                break
            day += timedelta(days=14)
    assert gaps == []
