"""Verb number for zero subjects: a carried-over subject must agree with the verb it fills.

"Putin ha incontrato Xi. Hanno poi criticato gli Stati Uniti": the plural verb has another subject
(both of them, or someone unnamed), so Putin alone does not carry over; "Gli Stati Uniti hanno
criticato la Cina. Hanno poi ..." agrees (the plural verbs match), whatever the name looks like. The
number of a finite verb is read from language data in ``event_grammar.tsv``: ``plural_verb_endings``
(the endings of the third person plural: it "no", "ro"; es "n") on the verb itself, and
``plural_auxiliaries`` (it "hanno", "sono"; es "han", "fueron") among the two words before it, for
a participle ("hanno criticato", "han criticado"). No data, no check.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.extract.events.lexicon import Lexicon, fold

_WORD = re.compile(r"[^\W\d_]+")
#: how many words before a participle may hold its auxiliary ("hanno poi criticato", "han también criticado")
AUX_WORDS = 2


@dataclass(frozen=True, slots=True)
class Agreement:
    endings: tuple[str, ...]
    auxiliaries: frozenset[str]

    def plural(self, text: str, start: int, end: int, floor: int, infinitive: bool = False) -> bool | None:
        """Is the finite verb whose trigger spans text[start:end] plural? ``floor``: where the clause
        starts (an auxiliary is looked for after it). An ``infinitive`` takes the number of the verb
        governing it among the two words before it ("decidono di sospendere"). None when the language
        gives no data."""
        if not self.endings:
            return None
        first = _WORD.search(text, start, end)
        if first is not None and fold(first.group()).endswith(self.endings):
            return True
        before = [fold(w) for w in _WORD.findall(text, max(floor, start - 40), start)[-AUX_WORDS:]]
        return any(w in self.auxiliaries or infinitive and w.endswith(self.endings) for w in before)


@cache
def _agreement(code: str, endings: str, auxiliaries: str) -> Agreement:
    return Agreement(tuple(fold(x.strip()) for x in endings.split(",") if x.strip()),
                     frozenset(fold(x.strip()) for x in auxiliaries.split(",") if x.strip()))


def agreement(lex: Lexicon) -> Agreement:
    """The language's verb-number data (empty unless the language is pro-drop: elsewhere the subject is
    written, and German's ``plural_verb_endings`` serve another rule)."""
    if not lex.pro_drop:
        return _agreement(lex.code, "", "")
    return _agreement(lex.code, lex.grammar.get("plural_verb_endings", ""), lex.grammar.get("plural_auxiliaries", ""))
