"""Month and weekday names as calendar words, told apart from the names their abbreviations collide with.

A full month or weekday name ("June", "Juni", "lunedì") is never a person's or a place's name in news
text, but an abbreviation is often one too: "Jun" is a surname (the German political scientist Uwe
Jun), "Mar" a given name, "Sat" a word. An abbreviation is a calendar word only where it looks like a
date: with its period inside a sentence ("Jun. 2020"), or next to a day number or a year ("12 Jun",
"Jun 12", "12. Jun", "Jun 2020"). Which forms are abbreviations follows from ``months.tsv`` and
``weekdays.tsv`` themselves: a form that begins
another form of the same month or day ("jun" of "june", "sept" of "september") and is no longer than
CLDR's abbreviations (``ABBREVIATION_CHARS``) is a shortening of it; a longer one is an inflected full
name's stem (Russian "август" of "августа").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca import lang as langdata

#: CLDR's abbreviated month and day names have at most four letters ("sept", "févr", "janv").
ABBREVIATION_CHARS = 4
_ABBREVIATION_GOES_ON = re.compile(r"[ \u00a0]*[\d,;a-zà-ÿ]")
_DAY_BEFORE = re.compile(r"\d{1,2}\.?[ \u00a0]*$")
_DAY_AFTER = re.compile(r"\.?[ \u00a0]*(?:\d{1,2}|\d{4})(?!\d)")  # "Jun 12", "Jun 2020"


@dataclass(frozen=True)
class CalendarWords:
    names: frozenset[str]  # full month and weekday names, lower case
    abbreviations: frozenset[str]  # shortened forms, lower case, without a period

    def at(self, text: str, folded: str, start: int, end: int) -> bool:
        """Is the word at ``text[start:end]`` a month or weekday here (``folded`` is the lower-cased
        text, same offsets)? A trailing period may be inside the span or right after it."""
        word = folded[start:end]
        if word in self.names:
            return True
        bare = word.rstrip(".")
        if bare not in self.abbreviations:
            return False
        after = end if word.endswith(".") else end + 1 if text[end:end + 1] == "." else -1
        if after >= 0 and _ABBREVIATION_GOES_ON.match(text, after):
            return True  # "Jun. 2020", "Sept. and Oct.": a period that ends no sentence
        return bool(_DAY_BEFORE.search(text, max(0, start - 6), start)) \
            or bool(_DAY_AFTER.match(text, end))


@cache
def calendar_words(code: str) -> CalendarWords:
    """The calendar words of one language (raises LanguageDataError without a folder)."""
    data = langdata.load(code)
    names: set[str] = set()
    short: set[str] = set()
    for table, key in (("months.tsv", "month"), ("weekdays.tsv", "weekday")):
        by_number: dict[str, set[str]] = {}
        for row in data.table(table):
            by_number.setdefault(row[key], set()).add(row["name"].lower().rstrip("."))
        for forms in by_number.values():
            for form in forms:
                if len(form) <= ABBREVIATION_CHARS and any(other != form and other.startswith(form) for other in forms):
                    short.add(form)
                else:
                    names.add(form)
    return CalendarWords(frozenset(names), frozenset(short - names))
