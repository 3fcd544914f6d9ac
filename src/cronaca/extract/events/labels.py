"""Name-calling: a naming verb ("nannte", "llamó", "ha definito") is an accusation only when a short
quoted label follows it ("nannte Baerbock ein „Auslaufmodell“", "llamó “basura” a Martínez"), and
only when the tone lexicon finds nothing positive in the label ("eine „gute Freundin“" is praise).
Checked when the clause's units are built, so that a naming verb without a label is no unit at all and
changes no clause structure."""
from __future__ import annotations

import re

from cronaca.extract.tone import measure

#: a short quoted label: „Auslaufmodell“, “basura”, « menteur », also ending a sentence inside its quotes
#: (American style: “egregious and insulting.”)
_LABEL = re.compile(r"[“„«\"‘]\s?[^“”„«»\"‘’.!?]{1,40}?[.!?,]?\s?[”“»\"’]")
LABEL_REACH = 80  # characters after the verb where the label may open
LABEL_WORDS = 6  # "a “blatant case of judicial weaponization.”" (five words) is a label; longer ones are claims


def quoted_label(text: str, lang: str, at: int, sentence_end: int) -> bool:
    """Does a short, not positive, quoted label follow the naming verb ending at ``at`` in its sentence?"""
    m = _LABEL.search(text, at, min(sentence_end, at + LABEL_REACH + 45))
    return m is not None and m.start() - at <= LABEL_REACH and len(m.group().split()) <= LABEL_WORDS \
        and measure(text, lang, m.start(), m.end()).positive == 0


def insulting_label(text: str, lang: str, at: int, sentence_end: int) -> bool:
    """Does the quoted label after the naming verb ending at ``at`` hold a negative word (an insult,
    an act on its own: „schwer erträglich“, "una sfilata di vergogna"), not only nothing positive?"""
    m = _LABEL.search(text, at, min(sentence_end, at + LABEL_REACH + 45))
    return m is not None and m.start() - at <= LABEL_REACH and measure(text, lang, m.start(), m.end()).negative > 0
