"""Speech cues of one language, compiled once: speech verbs, auxiliaries, complementizers, pronouns.

Built from ``lang/<code>/speech_verbs.tsv`` and ``lang/<code>/speech_cue_words.tsv``. One regex holds
every cue as a numbered group, so a single scan of the text finds them all and ``lastindex`` tells
which row matched. A participle is a cue only after an auxiliary ("ha affermato", "a déclaré",
"ha inoltre affermato": one word may stand between).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.extract.locate import phrase_pattern, word_boundary
from cronaca.lang import LanguageDataError, load


@dataclass(frozen=True, slots=True)
class CueRow:
    form: str
    kind: str  # direct | indirect | both
    tense: str  # finite | participle | gerund | postquote


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    row: CueRow


@dataclass(frozen=True)
class SpeechData:
    cues: re.Pattern[str] | None
    rows: tuple[CueRow, ...]  # by group number - 1
    complementizer: re.Pattern[str] | None  # anchored: matches right after a cue (an object may intervene)
    opener: re.Pattern[str] | None  # anchored: a reported clause without complementizer ("said he would")
    pronouns: frozenset[str]
    conjunctions: frozenset[str]
    skippable: frozenset[str] = frozenset()  # auxiliaries and adverbs trimmed off a speaker phrase

    def find(self, text: str) -> list[Cue]:
        if self.cues is None:
            return []
        return [Cue(m.start(), m.end(), self.rows[m.lastindex - 1])  # type: ignore[operator]
                for m in self.cues.finditer(text)]


#: Words allowed between a cue and its complementizer: "ha detto ai giornalisti che", "told reporters that".
_OBJECT_WORDS = 4


@cache
def speech_data(lang: str | None) -> SpeechData:
    try:
        data = load(lang or "")
    except LanguageDataError:
        return SpeechData(None, (), None, frozenset(), frozenset())
    words: dict[str, list[str]] = {}
    for row in data.table("speech_cue_words.tsv"):
        words.setdefault(row["role"], []).append(row["form"])
    rows = [CueRow(r["form"], r["kind"], r["tense"]) for r in data.table("speech_verbs.tsv")]
    aux = "|".join(phrase_pattern(a) for a in sorted(words.get("auxiliary", []), key=len, reverse=True))
    # participles first (they start earlier, at the auxiliary), then longer forms first
    rows.sort(key=lambda r: (r.tense != "participle", -len(r.form)))
    groups = []
    for row in rows:
        verb = phrase_pattern(row.form)
        if row.tense == "participle":
            if not aux:
                continue
            verb = rf"(?:{aux})(?:\s+\w+)?\s+{verb}"
        groups.append(f"({word_boundary(verb)})")
    rows = [r for r in rows if r.tense != "participle" or aux]
    comps = "|".join(word_boundary(phrase_pattern(c)) for c in words.get("complementizer", []))
    complementizer = None
    if comps:
        complementizer = re.compile(
            rf"(?:\s*,)?(?:\s+[\w'’-]+){{0,{_OBJECT_WORDS}}}?\s*,?\s*(?:{comps})", re.IGNORECASE)
    openers = "|".join(word_boundary(phrase_pattern(c)) for c in words.get("opener", []))
    opener = re.compile(rf"\s*,?\s+(?=(?:{openers}))", re.IGNORECASE) if openers else None
    return SpeechData(
        cues=re.compile("|".join(groups), re.IGNORECASE) if groups else None,
        rows=tuple(rows),
        complementizer=complementizer,
        opener=opener,
        pronouns=frozenset(p.lower() for p in words.get("pronoun", [])),
        conjunctions=frozenset(c.lower() for c in words.get("conjunction", [])),
        skippable=frozenset(w.lower() for role in ("auxiliary", "adverb", "conjunction")
                            for w in words.get(role, [])),
    )
