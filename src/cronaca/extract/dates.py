"""Dates: absolute and relative time expressions resolved against the publication date.

Every pattern of ``lang/<code>/relative_dates.tsv`` (placeholders filled from months.tsv and
weekdays.tsv) becomes one regex, filed under the words it can start with (``phrases.PhraseIndex``),
longest pattern first, so one scan over the words finds all expressions. Values are ISO: YYYY-MM-DD, YYYY-MM or YYYY.

Resolution rules, with P the publication date (``doc.source.published``):
- an absolute date without a year ("4 febbraio") takes the year that puts it closest to P, a date
  after P counting FUTURE_COST times its distance (news reports the past; "scorso" forces the past);
- a bare weekday ("mercoledì", "on Wednesday") is that day on or before P (news reports the past),
  "last Tuesday" the latest one at least two days before P (yesterday would be "ieri"/"yesterday":
  on a Wednesday "martedì scorso" is eight days back), "next Tuesday" the one strictly after; a bare
  weekday after a future cue ("will", "dovrebbe", "-rá": Future) or a deadline word (offset "future":
  "entro domenica", "ab Montag") is that day on or after P;
- numbers may be spelled ({n}: number_words.tsv); a range ("dal 3 al 5 marzo") is one expression
  valued by its first day; an "attributive" expression ("Tuesday's attack") dates a noun only;
- a week ("la settimana scorsa", "next week") is given by the Monday that starts it;
- a weekend ("lo scorso fine settimana", "last weekend") by its Saturday: weekend k is the Saturday
  of the week k weeks from P's week (weeks start on Monday), so in an article of Wednesday
  2026-02-04 "lo scorso fine settimana" is 2026-01-31;
- months and years move by calendar units ("il mese scorso" on 2026-01-15 is 2025-12);
- a month name alone ("a marzo") is the occurrence nearest to P (weighted as above), followed by a year
  that year ("im Dezember 2024"); "lo scorso marzo" the last one
  before P's month, "il prossimo marzo" the next one after it.
Without a publication date only complete absolute dates resolve; others get value None.
"""
from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import ClassVar

from cronaca.document import Document, TimeExpression, day_of
from cronaca.extract.locate import phrase_pattern, sentence_bounds
from cronaca.extract.phrases import DIGITS, PhraseIndex, first_words
from cronaca.lang import LanguageData, LanguageDataError, load
from cronaca.pipeline import register

_PLACEHOLDER = re.compile(r"\{(day2|day|monthnum|monthname|month|year|weekday|n)\}")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|º|°|\.)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_MONTHNUM = r"(?:1[0-2]|0?[1-9])"
#: a year right after a month name read without one ("im Dezember 2024", "late January 2025")
_YEAR_AFTER = re.compile(r"[ \t\xa0]+(" + _YEAR + r")(?![\w.,]\d)(?!\w)")


@dataclass(frozen=True, slots=True)
class DateRow:
    pattern: str
    unit: str
    offset: str
    precision: str
    use: str = ""  # "attributive": qualifies a noun ("Tuesday's attack"), dates no verb; "exact-case": as written


@dataclass(frozen=True)
class DatePatterns:
    index: PhraseIndex[DateRow] | None
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int] = field(default_factory=dict)  # number words for {n} ("due", "two")
    future: Future | None = None  # what makes a bare weekday the coming one ("will meet Friday")


@dataclass(frozen=True)
class Future:
    """Cues of a planned act, from the language's event data: modality cues of status ``planned``
    ("will", "dovrebbe", "wird") and the future endings of verb_inflections.tsv ("-erà", "-rá")."""

    cues: re.Pattern[str] | None
    endings: tuple[str, ...]

    def before(self, text: str, start: int) -> bool:
        """Is there a future cue among the few words before ``start`` in its sentence part?"""
        window = text[max(0, start - FUTURE_WINDOW_CHARS):start]
        cut = max(window.rfind(c) for c in ".;!?\n")
        window = window[cut + 1:]
        if self.cues is not None and self.cues.search(window):
            return True
        return bool(self.endings) and any(
            w.endswith(self.endings) and len(w) > FUTURE_MIN_WORD for w in _WORDS.findall(window.lower()))


#: how far before a bare weekday a future cue counts ("is expected to travel to Riyadh on Tuesday")
FUTURE_WINDOW_CHARS = 60
FUTURE_MIN_WORD = 5  # a future ending on a short word is more often something else ("sera", "era")
_WORDS = re.compile(r"\w+")


@cache
def patterns_for(lang: str | None) -> DatePatterns:
    try:
        data = load(lang or "")
    except LanguageDataError:
        return DatePatterns(None, {}, {})
    months = {r["name"].lower(): int(r["month"]) for r in data.table("months.tsv")}
    weekdays = {r["name"].lower(): int(r["weekday"]) for r in data.table("weekdays.tsv")}
    numbers = {r["word"].lower(): int(r["value"]) for r in data.table("number_words.tsv")}
    full = {n: m for n, m in months.items()
            if not any(o != n and o.startswith(n) and months[o] == m for o in months)}
    alts = {
        "day": _DAY + _DAY_SUFFIX,
        "year": _YEAR,
        "n": "|".join([r"\d{1,3}"] + [re.escape(w) for w in sorted(numbers, key=len, reverse=True)]),
        "day2": _DAY + _DAY_SUFFIX,
        "monthnum": _MONTHNUM,
        "weekday": _names(weekdays),
        "monthname": _names(full),
        "month": "|".join([_names(full)] + [re.escape(n) + r"\.?" for n in
                                              sorted(set(months) - set(full), key=len, reverse=True)]),
    }
    starts = {"day": [DIGITS], "day2": [DIGITS], "monthnum": [DIGITS], "year": [DIGITS],
              "n": [DIGITS, *numbers], "weekday": list(weekdays),
              "monthname": list(full), "month": list(months)}
    rows = [DateRow(r["pattern"], r["unit"], r["offset"], r["precision"], r.get("use", ""))
            for r in data.table("relative_dates.tsv")]
    rows.sort(key=lambda r: -len(_PLACEHOLDER.sub("xxxxxx", r.pattern)))
    entries = []
    for row in rows:
        context, _, core = row.pattern.rpartition("|")
        body = f"(?P<s>{_fill(core, alts)})"
        if context:
            body = rf"{phrase_pattern(context)}\s+{body}"
        if row.use == "exact-case":  # German "morgen" (tomorrow) but not "am folgenden Morgen" (morning)
            body = f"(?-i:{body})"
        entries.append((rf"(?<!\w){body}(?!\w)", _keys(row.pattern, starts), row))
    return DatePatterns(PhraseIndex.build(entries), months, weekdays, numbers, _future(data))


def _keys(pattern: str, starts: dict[str, list[str]]) -> list[str]:
    """The words a pattern may start with; a placeholder glued to letters starts a compound word
    ("{weekday}abend": "dienstagabend")."""
    lead = _PLACEHOLDER.match(pattern.strip())
    if not lead:
        return first_words(pattern)
    glued = re.match(r"\w*", pattern.strip()[lead.end():]).group()  # type: ignore[union-attr]
    return [DIGITS if n == DIGITS else w + glued.lower()
            for n in starts[lead.group(1)] for w in (first_words(n) if n != DIGITS else [n])]


def _future(data: LanguageData) -> Future:
    """What makes a bare weekday the coming one: the event data's planned cues and future endings."""
    cues = [r["cue"] for r in data.table("modality.tsv") if r.get("status") == "planned"]
    endings = {s for r in data.table("verb_inflections.tsv") if r.get("tense") == "future"
               for s in r["suffixes"].split("|") if len(s) >= 3}
    pattern = (re.compile(r"(?<!\w)(?:" + "|".join(phrase_pattern(c) for c in sorted(cues, key=len, reverse=True))
                          + r")(?!\w)", re.IGNORECASE) if cues else None)
    return Future(pattern, tuple(sorted(endings)))


def _names(table: dict[str, int]) -> str:
    return "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))


def _fill(core: str, alts: dict[str, str]) -> str:
    """Regex source of a pattern: words joined by runs of spaces, placeholders as named groups."""
    tokens = []
    for token in core.split():
        parts = []
        pos = 0
        for m in _PLACEHOLDER.finditer(token):
            if m.start() > pos:
                parts.append(phrase_pattern(token[pos:m.start()]))
            parts.append(f"(?P<{m.group(1)}>{alts[m.group(1)]})")
            pos = m.end()
        if pos < len(token):
            parts.append(phrase_pattern(token[pos:]))
        tokens.append("".join(parts))
    return r"\s+".join(tokens)


def find_dates(doc: Document) -> list[TimeExpression]:
    pats = patterns_for(doc.language)
    if pats.index is None or not doc.text:
        return []
    published = day_of(doc.source.published)
    out: list[TimeExpression] = []
    reach = 0
    for m, row in pats.index.finditer(doc.text):
        if "|" in row.pattern:  # "ab|{weekday}": a longer expression may start at the core itself
            m, row = _longer_at_core(pats.index, doc.text, m, row)
        if m.start() < reach:
            continue
        reach = m.end()
        if row.unit == "none":
            continue
        start, end = m.span("s")
        if doc.text[end - 1] == "." and row.pattern.endswith(("{day}", "{day2}")):
            end -= 1  # "on Feb. 13.": the full stop ends the sentence, not the day ("3. Mai" keeps it)
        groups = {k: v for k, v in m.groupdict().items() if v is not None and k != "s"}
        if row.unit == "monthname" and row.offset == "0":
            year = _YEAR_AFTER.match(doc.text, end)
            if year:  # "im Dezember 2024": the month of that year, not the nearest one
                groups, end = {**groups, "year": year.group(1)}, year.end()
                row = DateRow(row.pattern, "date", "0", "month", row.use)
        elif row.unit == "weekday" and row.offset == "0" and pats.future is not None \
                and pats.future.before(doc.text, start):
            row = DateRow(row.pattern, "weekday", "future", row.precision, row.use)  # "will meet on Friday"
        value = _resolve(row, groups, pats, published)
        if value is _INVALID:
            continue
        rule = f"date:{row.unit}:{row.pattern}" + (ATTRIBUTIVE if row.use == "attributive" else "")
        out.append(TimeExpression(start, end, doc.text[start:end], value, rule))  # type: ignore[arg-type]
    return out


def _longer_at_core(index: PhraseIndex[DateRow], text: str, m: re.Match[str], row: DateRow
                    ) -> tuple[re.Match[str], DateRow]:
    """A context pattern matched at its context word ("ab" in "ab Montag, den 1. Mai"): the patterns
    filed under the core's first word win when they reach further ("Montag, den 1. Mai")."""
    start = m.start("s")
    word = _FIRST_WORD.match(text, start)
    if word is None:
        return m, row
    key = DIGITS if word.group()[0].isdigit() else word.group().lower()
    for pattern, payload in index.buckets.get(key, ()):
        other = pattern.match(text, start)
        if other is not None and other.end("s") > m.end("s"):
            return other, payload
    return m, row


_FIRST_WORD = re.compile(r"\w+")
_INVALID = object()

#: rule suffix of an expression that qualifies a noun ("Tuesday's attack", "l'attacco di martedì")
ATTRIBUTIVE = ":attributive"


def attributive(t: TimeExpression) -> bool:
    """Does the expression date the noun it qualifies rather than its clause ("the Taliban rejected
    the claim that Tuesday's attack..." dates the attack, not the rejection)?"""
    return t.rule.endswith(ATTRIBUTIVE)


def _resolve(row: DateRow, g: dict[str, str], pats: DatePatterns, pub: date | None) -> str | None | object:
    offset = 0 if row.offset == "future" else _offset(row.offset, g.get("n"), pats.numbers)
    unit = row.unit
    if unit == "date":
        return _absolute(row, g, pats, pub)
    if pub is None:
        return None
    if unit == "day":
        return (pub + timedelta(days=offset)).isoformat()
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
        return monday.isoformat()
    if unit == "weekend":
        saturday = pub - timedelta(days=pub.weekday()) + timedelta(days=5, weeks=offset)
        return saturday.isoformat()
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, offset)
        return f"{y:04d}-{m:02d}"
    if unit == "year":
        return f"{pub.year + offset:04d}"
    if unit == "weekday":
        wd = pats.weekdays.get(g.get("weekday", "").lower())
        if wd is None:
            return _INVALID
        back = (pub.weekday() - wd) % 7
        if row.offset == "future":  # a planned act: that day on or after publication
            day = pub + timedelta(days=(wd - pub.weekday()) % 7)
        elif offset == 0:
            day = pub - timedelta(days=back)
        elif offset < 0:
            # yesterday has its own word ("ieri", "ayer", "hier"): "last Tuesday" written on a
            # Wednesday is the week before's, as in news usage
            day = pub - timedelta(days=back if back >= 2 else back + 7) - timedelta(weeks=-offset - 1)
        else:
            day = pub + timedelta(days=((wd - pub.weekday()) % 7) or 7) + timedelta(weeks=offset - 1)
        return day.isoformat()
    if unit == "monthname":
        month = pats.months.get(g.get("monthname", "").lower().rstrip("."))
        if month is None:
            return _INVALID
        if offset < 0:
            year = pub.year if month < pub.month else pub.year - 1
        elif offset > 0:
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = min((pub.year - 1, pub.year, pub.year + 1),
                       key=lambda y: _distance((y - pub.year) * 12 + month - pub.month))
        return f"{year:04d}-{month:02d}"
    return _INVALID


def _absolute(row: DateRow, g: dict[str, str], pats: DatePatterns, pub: date | None) -> str | None | object:
    name = (g.get("month") or g.get("monthname") or "").lower().rstrip(".")
    month = pats.months.get(name) if name else None
    if "monthnum" in g:  # "21.11.2024", "21/11/2024"
        name, month = g["monthnum"], int(g["monthnum"])
    year = int(g["year"]) if "year" in g else None
    day = int(re.match(r"\d+", g["day"]).group()) if "day" in g else None  # type: ignore[union-attr]
    if name and month is None:
        return _INVALID
    if month is None:
        return f"{year:04d}" if year else _INVALID
    if year is None:
        if pub is None:
            return None
        candidates = [y for y in (pub.year - 1, pub.year, pub.year + 1)
                      if day is None or day <= monthrange(y, month)[1]]
        if row.offset == "-1":  # "il 12 marzo scorso", "el pasado 16 de abril": on or before publication
            candidates = [y for y in candidates if date(y, month, min(day or 1, 28)) <= pub]
        if not candidates:
            return _INVALID
        year = min(candidates, key=lambda y: _distance((date(y, month, min(day or 1, 28)) - pub).days))
    if day is None or row.precision != "day":
        return f"{year:04d}-{month:02d}"
    if day > monthrange(year, month)[1]:
        return _INVALID
    return f"{year:04d}-{month:02d}-{day:02d}"


#: News mostly reports what has happened: a date without a year lies after publication only when it is
#: this much nearer than its past occurrence ("elections in March" in February: next March; "warned in
#: July" in March: last July; "Ende November" in June: last November).
FUTURE_COST = 2.5


def _distance(ahead: int) -> float:
    """How far a candidate date lies from publication (months or days; negative = before)."""
    return ahead * FUTURE_COST if ahead > 0 else -ahead


def _offset(value: str, n: str | None, numbers: dict[str, int]) -> int:
    if value in ("-n", "+n", "n"):
        count = int(n) if n and n.isdigit() else numbers.get((n or "").lower(), 0)
        return count * (-1 if value == "-n" else 1)
    return int(value)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def date_for(doc: Document, start: int, end: int) -> TimeExpression | None:
    """The date expression that governs ``start..end``: one in the same sentence; one inside the
    span first, then a fronted one that opens the sentence ("Sempre il 29 dicembre, X aveva
    affermato che ... prima del 26 gennaio, mentre Y aveva smentito": it scopes over every clause),
    then the closest; resolved expressions win over unresolved ones."""
    s_start, s_end = sentence_bounds(doc, start)
    best: tuple[tuple[bool, int, int], TimeExpression] | None = None
    for t in doc.dates:
        if t.start < s_start or t.end > max(s_end, end):
            continue
        dist = start - t.end if t.end <= start else (t.start - end if t.start >= end else 0)
        key = (t.value is None, 0 if dist == 0 else (1 if _fronted(doc.text, s_start, t) else 2), dist)
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


#: a fronted date opens its sentence: it ends within this many characters of the sentence start
#: and a comma follows it ("Mercoledì 4 febbraio, ...", "Tuesday, ...", "Sempre il 29 dicembre, ...")
FRONTED_CHARS = 60


def _fronted(text: str, s_start: int, t: TimeExpression) -> bool:
    return t.end - s_start <= FRONTED_CHARS and text[t.end:t.end + 2].lstrip().startswith(",")


@register
class Dates:
    name: ClassVar[str] = "dates"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "source", "language")
    writes: ClassVar[tuple[str, ...]] = ("dates",)

    def __call__(self, doc: Document) -> Document:
        doc.dates = find_dates(doc)
        return doc
