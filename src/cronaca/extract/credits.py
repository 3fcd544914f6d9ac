"""Sources the article credits as a whole: an agency's credit, signature or dateline.

A story an agency supplied says so outside its sentences: a dateline opening the body ("MADRID (EFE)
-", "WASHINGTON (AP) —", "Berlin (dpa) -"), a signature or credit under it ("(EFE)", "— Reuters",
"Mit Material von dpa", "avec AFP", "Source : AFP", "con informazioni di Reuters"), or the page's
author ("AFP"). The clean stage removes the credits as boilerplate (``integrity.removed``); each
one that names a KB outlet (type MEDIA) and nothing else becomes a cited source whose offsets point
into the removed record's text (``removed``: the record's index). A dateline stays in the text: its
agency is cited with offsets into the text and the dateline as its cue.

What may stand around the agency is language data, ``lang/<code>/credit_cues.tsv``: the words of a
text credit (kind ``text``: "Mit Material von", "avec", "Quelle:"), of a byline (kind ``byline``:
"By", "Por") and fillers (kind ``filler``: "and", "the", "l'"); besides them only punctuation, and
in a dateline the place and date before the bracketed agency. Any other word ("AP Photo/Evan Vucci",
"ANSA/ETTORE FERRARI") makes the record something else. A picture's credit is no source of the story:
a record holding a word of ``picture_words.txt`` ("Foto: dpa", "(Credito immagine: AP)", "AP
Photo") or standing right next to a removed caption is passed over. Neither is the publisher
itself ("— Reuters" on a page Reuters publishes).

These sources are kept apart from the citations in the sentences (``Document.credits``): they vouch
for the whole article, not for one quote, so quotes and events are not attributed to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca import kb as kbase
from cronaca.document import CitedSource, Document, Entity, Removed, Span
from cronaca.extract.locate import phrase_pattern
from cronaca.lang import LanguageDataError, load

#: Removed records that may credit the text (captions, teasers, navigation never do).
CREDIT_KINDS = frozenset({"credit", "other"})
#: Confidence of each way of crediting an agency.
CONFIDENCE = {"dateline": 0.9, "credit:cue": 0.9, "byline": 0.85, "credit:dateline": 0.85,
              "credit:signature": 0.8, "author": 0.8, "credit:alone": 0.6}
#: A dateline: a place (and date) then the agency in brackets: "MADRID (EFE)", "LONDON, March 3
#: (Reuters)", "Madrid, 12 mar (EFE)"; the same punctuation in every language.
_DATELINE = re.compile(r"(?P<place>[^\W\d_][^()\n!?;:]{0,40}?)?\s*\((?P<inner>[^()\n]{2,40})\)")
#: What closes a dateline opening the body: a dash ("-", "—", ".-"), a colon or a full stop
#: ("Wiesbaden (KNA/iz). Bundespräsident ...").
_DATELINE_END = re.compile(r"\s*(?:\.?\s*[-–—]+|[:.])\s")
MAX_PLACE_WORDS = 6
#: Lines of the body a dateline may open (a title line may come first).
DATELINE_LINES = 3
_WORD = re.compile(r"\w+")
#: Initials after or before an agency, joined by a slash: "(dpa/lno)", "det/dpa".
_INITIALS_AFTER = re.compile(r"\s*/\s*([^\W\d_]{2,4})(?![\w/])")
_INITIALS_BEFORE = re.compile(r"(?<![\w/])([^\W\d_]{2,4})\s*/\s*$")


@dataclass(frozen=True)
class CreditCues:
    cues: re.Pattern[str] | None  # group name = kind
    picture: re.Pattern[str] | None


@cache
def credit_cues(lang: str) -> CreditCues:
    try:
        data = load(lang)
    except LanguageDataError:
        return CreditCues(None, None)
    by_kind: dict[str, list[str]] = {}
    for row in data.table("credit_cues.tsv"):
        by_kind.setdefault(row["kind"], []).append(row["cue"])
    parts = [f"(?P<{kind}>{'|'.join(_bounded(c) for c in sorted(cues, key=len, reverse=True))})"
             for kind, cues in by_kind.items()]
    pictures = [_bounded(w) for w in data.words("picture_words.txt")]
    return CreditCues(re.compile("|".join(parts), re.IGNORECASE) if parts else None,
                      re.compile("|".join(pictures), re.IGNORECASE) if pictures else None)


def _bounded(phrase: str) -> str:
    """A phrase as whole words; a sign ("©", "—") needs no word boundary."""
    source = phrase_pattern(phrase)
    head = r"(?<!\w)" if phrase[:1].isalnum() else ""
    tail = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return f"{head}(?:{source}){tail}"


def _kb() -> kbase.KnowledgeBase:
    return kbase.load()


def agencies(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, entity id) of every KB outlet named in ``text``."""
    from cronaca.link.automaton import fold, matcher

    kb = _kb()
    try:
        m = matcher(kb, lang)
    except LanguageDataError:
        return []
    out = []
    for x in m.find(text, fold(text)):
        ids = [f.entity_id for f in x.forms if kb.entries[f.entity_id].type == "MEDIA"]
        if ids:
            out.append((x.start, x.end, ids[0]))
    return out


def find_credits(doc: Document) -> list[CitedSource]:
    lang = doc.language
    if not lang or lang == "und":
        return []
    cues = credit_cues(lang)
    publisher = {i for _, _, i in agencies(doc.source.outlet, lang)} if doc.source.outlet else set()
    found = [*_datelines(doc, lang, cues)]
    removed = doc.integrity.removed
    for index, record in enumerate(removed):
        if record.kind not in CREDIT_KINDS or _picture(record.text, cues) or _by_caption(doc.raw, removed, index, cues):
            continue
        found += _credited(record.text, lang, cues, record.rule == "boilerplate.byline", removed=index)
    for index, author in enumerate(doc.source.authors):
        found += [CitedSource(c.entity_id, c.start, c.end, c.text, c.cue, "source:author", CONFIDENCE["author"],
                              author=index)
                  for c in _credited(author, lang, cues, True) if not _picture(author, cues)]
    return [c for c in found if c.entity_id not in publisher]


def credited_entities(doc: Document) -> list[Entity]:
    """KB entities of credited agencies the text does not name: every id the output holds resolves."""
    known = {e.id for e in doc.entities}
    out = []
    for credit in doc.credits:
        entry = _kb().get(credit.entity_id)
        if entry is not None and entry.id not in known:
            known.add(entry.id)
            out.append(Entity(entry.id, entry.name, entry.type, entry.country, entry.wikidata, in_kb=True,
                              implied=True, kind=entry.kind))
    return out


def _picture(text: str, cues: CreditCues) -> bool:
    return cues.picture is not None and cues.picture.search(text) is not None


def _by_caption(raw: str, removed: list[Removed], index: int, cues: CreditCues) -> bool:
    """Does the record stand right under or over a removed caption (with only blanks between)? A
    "caption" made only of a credit's words ("Von:" over "det/dpa") is the credit's label."""
    record = removed[index]
    if record.raw_start is None:
        return False
    start, end = record.raw_start, record.raw_start + len(record.text)
    for other in removed:
        if other.kind != "caption" or other.raw_start is None or _only_cues(other.text, cues):
            continue
        o_start, o_end = other.raw_start, other.raw_start + len(other.text)
        if (o_end <= start and not raw[o_end:start].strip()) or (end <= o_start and not raw[end:o_start].strip()):
            return True
    return False


def _only_cues(text: str, cues: CreditCues) -> bool:
    return cues.cues is not None and not _WORD.search(cues.cues.sub(" ", text))


def _credited(text: str, lang: str, cues: CreditCues, byline: bool, removed: int | None = None) -> list[CitedSource]:
    """The agencies a credit names, when it names nothing else (see the module docstring)."""
    names = agencies(text, lang)
    if not names:
        return []
    covered = _covered(text, names)
    cue: Span | None = None
    kinds = set()
    if cues.cues is not None:
        for match in cues.cues.finditer(text):
            if covered.find(1, match.start(), match.end()) != -1:
                continue
            covered[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            kinds.add(match.lastgroup)
            if match.lastgroup != "filler" and cue is None:
                cue = Span(match.start(), match.end(), match.group())
    way = "credit:cue" if "text" in kinds else "byline" if "byline" in kinds or byline else None
    dateline = _DATELINE.fullmatch(text.strip(" \t-–—.:")) if way is None else None
    if dateline is not None and dateline.group("place"):
        place = dateline.group("place")
        if len(place.split()) <= MAX_PLACE_WORDS:
            offset = text.index(dateline.group())
            covered[offset:offset + len(place)] = b"\x01" * len(place)
            way = "credit:dateline"
    if any(covered.find(1, w.start(), w.end()) == -1 for w in _WORD.finditer(text)):
        return []  # another word: a photographer, a sentence, a list of names
    if way is None:
        way = "credit:signature" if re.search(r"[()\[\]–—/-]", text) else "credit:alone"
    rule = "source:byline" if way == "byline" else f"source:{way}"
    return [CitedSource(eid, s, e, text[s:e], cue, rule, CONFIDENCE[way], removed=removed)
            for s, e, eid in names]


def _datelines(doc: Document, lang: str, cues: CreditCues) -> list[CitedSource]:
    """An agency's dateline opening one of the first lines of the body: "WASHINGTON (AP) — ..."."""
    text = doc.text
    out: list[CitedSource] = []
    line_start = 0
    for _ in range(DATELINE_LINES):
        while line_start < len(text) and text[line_start] in " \t\n":
            line_start += 1
        match = _DATELINE.match(text, line_start)
        if match is not None and _DATELINE_END.match(text, match.end()) \
                and len((match.group("place") or "").split()) <= MAX_PLACE_WORDS:
            inner_start = match.start("inner")
            inner = match.group("inner")
            names = [(s + inner_start, e + inner_start, eid) for s, e, eid in agencies(inner, lang)]
            rest = _WORD.findall(_strip(inner, _covered(inner, [(s - inner_start, e - inner_start, i)
                                                               for s, e, i in names]), cues))
            if names and not rest:
                end = _DATELINE_END.match(text, match.end()).end()  # type: ignore[union-attr]
                cue = Span.of(text, match.start(), end - 1)
                out += [CitedSource(eid, s, e, text[s:e], cue, "source:dateline", CONFIDENCE["dateline"])
                        for s, e, eid in names]
                break
        newline = text.find("\n", line_start)
        if newline == -1:
            break
        line_start = newline + 1
    return out


def _covered(text: str, names: list[tuple[int, int, str]]) -> bytearray:
    """The characters of the agency names, and of the desk's or editor's initials a slash joins to
    one ("dpa/lno", "KNA/iz", "det/dpa": lower-case letters, no word of a sentence)."""
    covered = bytearray(len(text))
    for start, end, _ in names:
        covered[start:end] = b"\x01" * (end - start)
        after = _INITIALS_AFTER.match(text, end)
        if after and after.group(1).islower():
            covered[after.start(1):after.end(1)] = b"\x01" * len(after.group(1))
        before = _INITIALS_BEFORE.search(text, 0, start)
        if before and before.group(1).islower():
            covered[before.start(1):before.end(1)] = b"\x01" * len(before.group(1))
    return covered


def _strip(text: str, covered: bytearray, cues: CreditCues) -> str:
    """``text`` without the covered characters and its filler words ("dpa/AFP", "AP and Reuters")."""
    rest = "".join(" " if covered[i] else ch for i, ch in enumerate(text))
    if cues.cues is not None:
        rest = cues.cues.sub(lambda m: " " * len(m.group()) if m.lastgroup == "filler" else m.group(), rest)
    return rest
