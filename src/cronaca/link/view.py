"""The article as the link rules look at it: text, its folded copy, sentence starts, nearby words."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field


from cronaca.link.automaton import fold

_PUNCTUATION = ",;:()[]{}\"«»“”„!?"
_OPENING_QUOTES = "«“„\""
_WORD_AFTER = re.compile(r"\s*([\w'-]+)")
_SPACES_QUOTES = frozenset(" \t\u00a0\"'“”«»‘’(„[—–-")
_OPEN_BRACKETS = frozenset("([“«„")
_DASHES = frozenset("-–—")
_ENDERS = frozenset(".?!:;\n")
_CLOSERS = frozenset("?!;:»”)]")
#: Words before a position ``words_before`` reads at least, so that the rules' asks for one, two or
#: three words share one reading.
BEFORE_WORDS = 3


@dataclass
class TextView:
    text: str
    sentences: list[tuple[int, int]]
    abbreviations: frozenset[str] = frozenset()  # lower case, without the period ("m", "dr")
    folded: str = field(init=False)
    _starts: list[int] = field(init=False)
    # the link rules ask for the same few words before a position many times (one name is looked
    # at by several rules, for one, two or three words): pos -> (count, the words), computed once per
    # article for at least BEFORE_WORDS words; fewer are the last of those
    _before: dict[int, tuple[int, tuple[str, ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.folded = fold(self.text)
        self._starts = sorted(s for s, _ in self.sentences) or [0]
        self._before = {}

    def sentence_initial(self, pos: int) -> bool:
        """True at the start of a sentence, a line, or after ``.?!:;`` and opening quotes or brackets."""
        i = bisect_right(self._starts, pos) - 1
        floor = self._starts[i] if i >= 0 else 0
        j = pos - 1
        while j >= floor and self.text[j] in _SPACES_QUOTES:
            if self.text[j] in _OPEN_BRACKETS:
                return True  # "(Credito immagine: AP)": a bracket starts like a sentence
            if self.text[j] in _DASHES and j > floor and self.text[j - 1] == " ":
                return True  # "... di cui è editrice - Purtroppo": a spaced dash breaks the sentence
            j -= 1
        if j < floor:
            return True
        if self.text[j] == ".":  # "M. Dupont", "Dr. Weber": an abbreviation, not an end
            k = j
            while k > floor and self.text[k - 1].isalpha():
                k -= 1
            if j - k == 1:  # "George W. Bush" is an initial, "posted on X. Militants" an end
                before = self.text[max(floor, k - 2):k].rstrip()
                return bool(before) and before[-1].islower()
            return self.folded[k:j] not in self.abbreviations
        return self.text[j] in _ENDERS

    def capitalised_inside(self, word: str) -> bool:
        """True when ``word`` (exact case) also occurs somewhere not at a sentence start."""
        i = self.text.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not self.text[i - 1].isalnum()) and \
                    (end >= len(self.text) or not self.text[end].isalnum()) and \
                    not self.sentence_initial(i):
                return True
            i = self.text.find(word, i + 1)
        return False

    def words_before(self, pos: int, count: int = 3) -> list[str]:
        """Up to ``count`` folded words just before ``pos``, nearest last; stops at a sentence end."""
        known = self._before.get(pos)
        if known is not None and known[0] >= count > 0:
            # (the words are found nearest first and the search only stops earlier for more of them)
            return list(known[1][-count:])
        reach = max(count, BEFORE_WORDS) if count > 0 else count
        window = self.folded[max(0, pos - 40):pos]
        cut = window.rfind("\n")
        if cut >= 0:
            window = window[cut + 1:]
        words: list[str] = []
        for word in reversed(window.split()):
            raw = word
            word = word.strip(_PUNCTUATION)
            if raw[-1] in ".!?:" and (not word or len(raw) > 3 and words):
                break  # the previous sentence ended here ("m." and "dr." are abbreviations; "radio ?")
            if word:
                words.append(word)
            elif any(c in _CLOSERS for c in raw):
                break  # "une radio ? » Laura Frémy": spaced punctuation (French) ends the phrase too
            if len(words) == reach:
                break
        words.reverse()
        if reach > 0:
            self._before[pos] = (reach, tuple(words))
            return words[-count:]
        return words

    def phrase_before(self, pos: int, phrases: frozenset[str] | dict[str, str], longest: int = 3,
                      words: list[str] | None = None) -> str | None:
        """The longest phrase of ``phrases`` that ends right before ``pos`` (one space allowed, and an
        opening quote: "компания «Вымпелком»", "la società «Alitalia»")."""
        if pos > 1 and self.text[pos - 1] in _OPENING_QUOTES and self.text[pos - 2].isspace():
            pos -= 1
        if pos == 0 or not (self.text[pos - 1].isspace() or self.folded[pos - 1] == "'"):
            return None
        words = self.words_before(pos, longest) if words is None else words
        if not words:
            return None
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[-n:])
            if phrase in phrases:
                return phrase
            elided = phrase.rpartition("'")[2] if n == 1 else ""
            if elided and elided in phrases:  # "l'hebdomadaire Respekt", "dell'agenzia"
                return elided
        return None

    def word_after(self, end: int) -> str | None:
        found = _WORD_AFTER.match(self.folded, end)
        return found.group(1) if found else None

    def gap(self, start: int, end: int) -> str:
        return self.text[start:end] if start < end else ""
