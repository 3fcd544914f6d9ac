"""When an event happened: the date expression of its clause (or what the dates stage says for it),
weeks and weekdays read against the publication day, and the news day a report is anchored on."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as date_, timedelta
from functools import cache

from cronaca.document import Document, TimeExpression
from cronaca.extract.locate import same_paragraph, sentence_index
from cronaca.lang import LanguageDataError, load


def event_date(doc: Document, cs: int, ce: int, s: int, e: int, at: int,
          verb: bool = False, occurred: bool = False) -> tuple[str | None, str | None]:
    """The date expression of the trigger's own clause (nearest to it), else what the dates stage
    says for the clause when that expression lies in the same sentence; else none (no guessing from
    the publication date). An expression that qualifies a noun ("Tuesday's attack", "l'attacco di
    martedì") dates no verb, nor does one of a reduced relative clause after the trigger ("ha
    richiamato il governo al rispetto del patto stipulato il 15 marzo": the pact's date)."""
    attributive = attributive_hook() if verb else never
    grammar = date_grammar(doc.language)

    def noun_only(t: TimeExpression) -> bool:
        return attributive(t) or (verb and t.start > at and grammar.participle_before(doc.text, at, t.start))

    best = None
    for t in doc.dates:
        if t.value and cs <= t.start and t.end <= ce and not noun_only(t):
            if best is None or abs(t.start - at) < abs(best.start - at):
                best = t
    if best is None:
        date_for = _dates_hook()
        if date_for is not None:
            try:
                t = date_for(doc, cs, ce)
            except Exception:  # a neighbour stage's bug must not lose the event
                t = None
            # ... but not one after the trigger's clause: it dates a later clause ("Russia has not
            # agreed, but Trump said Tuesday that...")
            if t is not None and t.value and s <= t.start < ce and t.end <= e and not noun_only(t):
                best = t
    if best is None:
        return None, None
    best = _cited_day(doc, best, ce)
    published = published_day(doc)
    value = _event_value(best, published)
    if occurred and value and published:
        value = _not_after(value, best, published)
    return value, best.text



def _cited_day(doc: Document, best: TimeExpression, ce: int) -> TimeExpression:
    """A month or a year made exact by a bracket later in the clause, or right after it: court reports
    cite the decision they describe ("wies ... im Dezember 2024 zurück (Beschl. v. 16.12.2024, Az.
    ...)", "ruled last month (judgment of 3 March 2025)"): the cited day of that month dates the act."""
    if not best.value or len(best.value) == 10:
        return best
    text = doc.text
    after = len(text) - len(text[ce:].lstrip(" \t\xa0"))
    end = after + 1 if text.startswith("(", after) else ce
    for t in doc.dates:
        if not (best.end <= t.start < end + 80 and t.value and len(t.value) == 10
                and t.value.startswith(best.value)):
            continue
        opened = text.rfind("(", best.end, t.start)
        if opened >= 0 and opened < end and ")" not in text[opened:t.start]:
            return t
    return best


def _not_after(value: str, t: TimeExpression, published: date_) -> str:
    """An act that occurred cannot lie after publication: a weekday or a date written without a
    year that the dates stage put in the future ("In March, Russia attacked" read in February) is
    the occurrence before (a week, a year earlier). An explicit year is left as written."""
    unit, _, pattern = t.rule.removeprefix("date:").partition(":")
    if value <= published.isoformat()[: len(value)] or "{year}" in pattern:
        return value
    if unit == "weekday" and len(value) == 10:
        return (day(value) - timedelta(days=7)).isoformat()
    if unit in ("monthname", "date") and len(value) >= 7 and value[5:10] != "02-29":
        return f"{int(value[:4]) - 1:04d}{value[4:]}"
    return value



def _event_value(t: TimeExpression, published: date_ | None) -> str | None:
    """The date an event takes from an expression. A week (the dates stage gives its Monday) dates
    an event only to its month, and only when the whole week lies in one month; the publication's
    own week ("this week", "questa settimana") dates nothing: the guidelines leave both null rather
    than guess a day."""
    if not t.rule.startswith("date:week:") or not t.value or len(t.value) != 10:
        return t.value
    monday = day(t.value)
    if published is not None and 0 <= (published - monday).days < 7:
        return None
    sunday = monday + timedelta(days=6)
    return t.value[:7] if sunday.month == monday.month else None



def published_day(doc: Document) -> date_ | None:
    value = doc.source.published if doc.source else None
    try:
        return day(value[:10]) if value else None
    except ValueError:
        return None



def day(value: str) -> date_:
    return date_.fromisoformat(value[:10])



#: how many days before publication the day a report is anchored on may lie ("erklärte am
#: Samstagabend" in a Sunday paper, "on Tuesday" in a Thursday story)
NEWS_DAY_BACK = 3



def news_day(doc: Document, published: date_, before: int) -> str | None:
    """The day the article anchors its report on: its first day-precise date expression before
    ``before`` that lies on the publication day or up to ``NEWS_DAY_BACK`` days before it
    ("Mercoledì" in an article of Wednesday, "am Samstagabend" in a Sunday paper); else None.
    An undated act of the report takes that day, as the gold annotators date the day's statements."""
    attributive = attributive_hook()
    for t in sorted(doc.dates, key=lambda t: t.start):
        if t.start >= before:
            break
        if attributive(t):
            continue  # "Tuesday's hostage-taking" dates that act, not the day the article reports on
        if t.value and len(t.value) == 10 and not t.rule.startswith(("date:week:", "date:weekend:")) \
                and 0 <= (published - day(t.value)).days <= NEWS_DAY_BACK:
            return t.value
    return None



_WORD = re.compile(r"\w+(?:['’])?")


@dataclass(frozen=True)
class DateGrammar:
    """The grammar of ``lang/<code>/date_grammar.tsv``: which words make a reduced relative clause
    that carries its own date, and which auxiliaries make a pluperfect (an act before the report)."""

    participle_endings: tuple[str, ...] = ()
    participle_not_after: frozenset[str] = frozenset()
    participle_links: tuple[str, ...] = ()
    anterior_auxiliaries: frozenset[str] = frozenset()
    anterior_reach: int = 0
    anterior_breaks: frozenset[str] = frozenset()

    def participle_before(self, text: str, after: int, start: int) -> bool:
        """Is the expression at ``start`` the date of a past participle that follows a noun, between
        ``after`` (the trigger) and it ("del patto stipulato il 15 marzo", "el acuerdo firmado el
        lunes")? The participle must follow a content word: after an article, a preposition or an
        auxiliary the same ending is a noun or a compound tense ("il mandato", "ha firmato")."""
        if not self.participle_endings:
            return False
        words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, after, start)]
        if len(words) < 2:
            return False
        lowered = " ".join(w for _, w in words)
        for link in ("", *self.participle_links):
            if link and not lowered.endswith(" " + link):
                continue
            k = len(words) - 1 - (len(link.split()) if link else 0)
            if k < 1 or words[k][0] <= after:
                continue
            participle, head = words[k][1], words[k - 1][1]
            if not participle.endswith(self.participle_endings) or len(participle) <= 4:
                continue
            if head in self.participle_not_after or head.endswith(("'", "’")):
                continue
            if text[words[k - 1][0]].isupper():
                continue  # a name before it: "dal Senato giovedì" is no participle clause
            return True
        return False

    def anterior(self, text: str, cs: int, at: int) -> bool:
        """Is the verb at ``at`` a pluperfect ("había rechazado", "had already rejected", "hatte den
        Antrag abgelehnt"): an act before the day the article reports on?"""
        if not self.anterior_auxiliaries:
            return False
        words = [m.group().lower() for m in _WORD.finditer(text, cs, at)][-(self.anterior_reach + 1):]
        for i, w in enumerate(words):
            if w in self.anterior_auxiliaries:
                following = words[i + 1] if i + 1 < len(words) else ""
                return following not in self.anterior_breaks
        return False


@cache
def date_grammar(lang: str | None) -> DateGrammar:
    try:
        data = load(lang or "")
    except LanguageDataError:
        return DateGrammar()
    items = lambda key: data.listed("date_grammar.tsv", key)  # noqa: E731
    reach = data.settings("date_grammar.tsv").get("anterior_reach", "0")
    return DateGrammar(
        participle_endings=tuple(sorted(items("participle_endings"), key=len, reverse=True)),
        participle_not_after=frozenset(items("participle_not_after")),
        participle_links=tuple(sorted(items("participle_links"), key=len, reverse=True)),
        anterior_auxiliaries=frozenset(items("anterior_auxiliaries")),
        anterior_reach=int(reach) if reach.isdigit() else 0,
        anterior_breaks=frozenset(items("anterior_breaks")),
    )


@cache
def _relatives(lang: str | None) -> frozenset[str]:
    try:
        data = load(lang or "")
    except LanguageDataError:
        return frozenset()
    return frozenset(r["cue"].lower() for r in data.table("event_roles.tsv") if r.get("role") == "relative")


def parenthetical_relative(doc: Document, at: int) -> bool:
    """Is the verb at ``at`` in a relative clause set off by a comma (", who resigned as leader, ..."):
    background about a participant, not an act of the day the article reports on?"""
    comma = doc.text.rfind(",", max(0, at - RELATIVE_CHARS), at)
    if comma < 0:
        return False
    words = [m.group().lower() for m in _WORD.finditer(doc.text, comma, at)]
    relatives = _relatives(doc.language)
    return any(" ".join(words[:n]) in relatives for n in (1, 2)) and len(words) <= 4


#: how far before the verb the comma that opens a parenthetical relative clause may lie
RELATIVE_CHARS = 40


def anterior(doc: Document, cs: int, at: int) -> bool:
    """Is the verb at ``at`` (its clause from ``cs``) a pluperfect? Such an act lies before the
    report: it does not take the news day ("La jueza había rechazado el pedido")."""
    return date_grammar(doc.language).anterior(doc.text, cs, at)


#: a scene-setting date opens its sentence: it ends within this many characters of the sentence start
#: and a comma follows it ("Ese 11 de abril, Bukele difundió...", "On Monday, ...")
SCENE_CHARS = 40


def scene_day(doc: Document, at: int) -> str | None:
    """The day a scene-setting date of the previous sentence (same paragraph) puts the narrative on
    ("Ese 11 de abril, Bukele difundió un video. El presidente llamó «basura» a Martínez": the
    insult is of that day), when the act's own sentence has none. Day-precise, not after publication."""
    i = sentence_index(doc, at)
    if not i or not same_paragraph(doc, i - 1, i):
        return None
    start, end = doc.sentences[i - 1]
    published = published_day(doc)
    for t in doc.dates:
        if start <= t.start and t.end <= end and t.end - start <= SCENE_CHARS \
                and doc.text[t.end:t.end + 2].lstrip().startswith(",") and t.value and len(t.value) == 10 \
                and not t.rule.startswith(("date:week:", "date:weekend:")) and not attributive_hook()(t) \
                and (published is None or t.value <= published.isoformat()):
            return t.value
    return None


def never(t: TimeExpression) -> bool:
    return False



@cache
def attributive_hook():
    """dates.attributive(expression), when the dates stage provides it."""
    try:
        from cronaca.extract import dates
    except ImportError:
        return never
    return getattr(dates, "attributive", never)



@cache
def _dates_hook():
    """dates.date_for(doc, start, end), when the dates stage provides it."""
    try:
        from cronaca.extract import dates
    except ImportError:
        return None
    return getattr(dates, "date_for", None)


#: sentences before an occasion's back-reference in which the occasion's date may be written
SAME_OCCASION_SENTENCES = 2


def same_occasion_day(doc: Document, pattern, cs: int, ce: int) -> str | None:
    """The day of the occasion a clause points back to ("En esa misma ocasión, el titular hizo el
    llamado", "on that occasion", "bei dieser Gelegenheit": grammar key `same_occasion`): the last
    day-precise date expression written before the clause, in its sentence or the
    ``SAME_OCCASION_SENTENCES`` before; None when the clause points back to nothing or none is there."""
    if pattern is None or pattern.search(doc.text, cs, ce) is None:
        return None
    i = sentence_index(doc, cs)
    floor = doc.sentences[max(0, (-1 if i is None else i) - SAME_OCCASION_SENTENCES)][0] if doc.sentences else 0
    days = [t for t in doc.dates if floor <= t.start < cs and t.value and len(t.value) == 10]
    return days[-1].value if days else None


#: a bare year: not inside a longer number, followed by punctuation or a lower-case word (in a language that
#: capitalises its nouns "2000 Soldaten" is a count, "im Kongress 2019 zur Seite" a year)
_BARE_YEAR = re.compile(r"(?<![\d.,])\b((?:19|20)\d\d)\b(?![.,]?\d)(?=\s*(?:[,;.)]|\s[a-zäöüß]))")


def middle_field_year(text: str, start: int, end: int) -> str | None:
    """A year written between a verb and the tail of its gapped entry ("stand dem damaligen Präsidenten
    im Kongress 2019 zur Seite"): in verb-second order that middle field holds the clause's time
    adverbials, so the year dates the act where the dates stage read no expression."""
    m = _BARE_YEAR.search(text, start, end)
    return m.group(1) if m else None
