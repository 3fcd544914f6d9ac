"""Per-language event lexicons compiled into one Aho-Corasick automaton per language.

One automaton holds every surface form of every trigger (verbs inflected from their lemma by the
rules in ``verb_inflections.tsv``) and every cue word (preposition roles, clause boundaries, speech
verbs, modality and negation), so one pass over the lower-cased text finds them all. Built once per
process and language, on first use.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from operator import itemgetter
from pathlib import Path

import ahocorasick

from cronaca.extract.events import ontology
from cronaca.extract.events.frames import Frame, parse
from cronaca.lang import LanguageDataError, load, read_tsv
from cronaca.lang.verbs import InflectionRules, inflect, inflection_rules

_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_POSSESSOR_END = re.compile(r"\w(?:'s|s')\s+$")  # "Macron's ", "the ministers' " (folded text)
_NON_WORD = re.compile(r"[^\w ]")
_TOKEN = re.compile(r"\w[\w.'-]*")  # a word ("l'", "U.S.", "20.7"); punctuation alone is not a word
_WORD_BEFORE_HYPHEN = re.compile(r"(\w+)-$")
# what ends a clause after a verb; opening quotes and brackets do not ("nannte sie ein „Auslaufmodell“")
_CLAUSE_PUNCT = re.compile(r"[.,;:!?\"“”»)\]\n–]")

#: Gaps between units repeat (" ", " the ", ", "): counted once per process. Only short gaps are
#: remembered and the memo is bounded, so memory stays flat however many articles stream through.
GAP_MEMO_CHARS = 40
#: a "~~" entry ("condannare ~~ anni") allows this many times the language's gap_words before its tail
WIDE_GAP = 2
GAP_MEMO_LIMIT = 100_000
#: bound on the remembered tail plans (one per trigger tuple of the automaton: far fewer in practice)
TAIL_PLAN_LIMIT = 100_000

STATUS_OF_TENSE = {"future": "planned", "conditional": "hypothetical"}
#: the tense of infinitives with enclitic pronouns in verb_inflections.tsv ("criticarlo", "pedirle"):
#: they read like the infinitive itself ("di criticarlo" is a verb, not a noun use after a preposition)
INFINITIVE = "infinitive"


@dataclass(frozen=True, slots=True)
class Trigger:
    entry: str  # the lexicon entry as written (lemma or pattern): goes into Event.rule
    pos: str  # verb | noun
    type: str
    mode: str | None
    intensity: float
    frame: Frame
    status_hint: str | None  # planned / hypothetical from the inflected form's tense
    tail: str | None  # for "a ~ b" entries: the part that must follow within a few words
    base: bool = False  # the surface form is the lemma itself (an infinitive: "to attack", "di visitare")
    reflexive: bool = False  # the lemma is reflexive ("recarsi", "reunirse", "s'entretenir")
    # a second act the same words report ("condannato a sette anni di reclusione": SANCTION convict and
    # COERCE arrest, gold GUIDELINES "Courts"): written "SANCTION+COERCE" / "convict+arrest" in the row
    also: tuple[str, str | None] | None = None
    # the form is also a control verb's (event_control_verbs.tsv) with an object reading: an infinitive after
    # its object is the object's act ("invited employees to the microphone to offer their support")
    controls: bool = False
    # the form holds its own infinitive marker (German "anzugreifen": grammar ``separable_infinitive_infix``),
    # read as the marker's cue followed by the infinitive ("zu angreifen")
    marked: bool = False


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str  # role | modality
    value: str  # the role name, or the status (planned | hypothetical | negated)
    scope: str = "before"  # modality: before | after | both (where the trigger may be) | infinitive
    # scope "infinitive" (a control verb of event_control_verbs.tsv): the role of the marker its infinitive
    # takes ("to", "of"; "" a bare infinitive), and the status when an object stands between ("wants the UK
    # to extradite": another party's act, wished; "" = the same as ``value``)
    marker: str = ""
    object_value: str = ""
    # a light or undergo verb's form in the future or conditional ("terrà", "tendrá", "tiendrait"): the status
    # (planned | hypothetical) the noun it governs takes, as a verb trigger's own form gives it (``status_hint``)
    status: str = ""


#: not frozen: a frozen dataclass sets each field through object.__setattr__, and the scan makes one
#: Match per lexicon hit; nothing mutates a Match, and ``unsafe_hash`` keeps it hashable as before
@dataclass(slots=True, unsafe_hash=True)
class Match:
    start: int
    end: int
    triggers: tuple[Trigger, ...]
    cues: tuple[Cue, ...]
    head_end: int | None = None  # a gapped trigger ("lehnte den Plan der EU ab"): end of its head word(s)


@dataclass
class Lexicon:
    code: str
    automaton: ahocorasick.Automaton
    grammar: dict[str, str]
    gap_words: int
    dets: frozenset[str] = frozenset()  # articles ("la", "the", "l'"), folded
    impersonal: frozenset[str] = frozenset()  # before a non-reflexive verb: impersonal ("si è deciso")
    particles: frozenset[str] = frozenset()  # separable verb particles: a gapped tail that ends its clause
    particle_end: str = ""  # what may follow a particle: punctuation, the end, "and" ("und", "oder")
    conjunctions: frozenset[str] = frozenset()  # the `and` cues, folded ("und", "sowie")
    reflexive_pronouns: frozenset[str] = frozenset()  # a reflexive lemma's form needs one ("se manifestaron")
    tail_roles: dict[str, Cue] = field(default_factory=dict)  # one-word role cues a gapped tail may be ("con")
    capitalised_nouns: bool = False  # orthography.tsv: a capitalised noun trigger mid-sentence is no name
    gap_memo: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    # id(triggers) -> (triggers, their distinct tails): see ``_tail_plan``
    tail_plans: dict[int, tuple] = field(default_factory=dict, repr=False, compare=False)

    def count_words(self, gap: str) -> int:
        """Words in a stretch of text between known items, articles not counted."""
        n = self.gap_memo.get(gap)
        if n is not None:
            return n
        if not gap.strip():
            n = 0
        else:
            dets = self.dets
            n = sum(1 for w in _TOKEN.findall(fold(gap)) if w not in dets and w.rstrip(".") not in dets)
        if len(gap) <= GAP_MEMO_CHARS and len(self.gap_memo) < GAP_MEMO_LIMIT:
            self.gap_memo[gap] = n
        return n

    def det_before(self, text: str, at: int) -> bool:
        """Is the word right before ``at`` an article ("la visita", "l'appello")?"""
        j = at
        while j > 0 and text[j - 1] == " ":
            j -= 1
        i = j
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’"):
            i -= 1
            if text[i] in "'’" and i < j - 1:
                break
        word = fold(text[i:j])
        return word in self.dets or word.rstrip("'") + "'" in self.dets

    # The grammar's derived values below are read per sentence and per clause (pro_drop, verb_second:
    # tens of thousands of reads per thousand articles): each is computed once per lexicon.
    @cached_property
    def age_noun(self) -> re.Pattern[str] | None:
        """The pattern of a definite age noun ("der 42-Jährige", "the 63-year-old"): a person
        already named, referred to by age (grammar key `age_noun`, a regular expression)."""
        return _pattern(self.grammar.get("age_noun", ""))

    @cached_property
    def elapsed_time(self) -> re.Pattern[str] | None:
        """A span of time counted from another act ("un año después", "two years later", "ein Jahr
        später"): the act it dates happened away from the report's day (grammar key `elapsed_time`,
        a regular expression, matched case-insensitively)."""
        return _pattern(self.grammar.get("elapsed_time", ""), re.IGNORECASE)

    @cached_property
    def same_occasion(self) -> re.Pattern[str] | None:
        """A phrase pointing back to an occasion dated before ("en esa misma ocasión", "on that occasion",
        "bei dieser Gelegenheit"): the act happened on that day, not the report's (grammar key
        `same_occasion`, a regular expression, matched case-insensitively)."""
        return _pattern(self.grammar.get("same_occasion", ""), re.IGNORECASE)

    @cached_property
    def subset_words(self) -> frozenset[str]:
        """Quantifiers that make a noun an unnamed part of the body joined to it ("some officers of X",
        "algunos policías de X", "mehrere Abgeordnete der Opposition"): grammar key `subset_words`."""
        return _word_list(self.grammar.get("subset_words", ""))

    @cached_property
    def cleft_openers(self) -> frozenset[str]:
        """Prepositions that open a cleft before an infinitive whose subject follows a copula ("A chiedere
        aiuto è stato il Papa", it: grammar key `cleft_openers`)."""
        return _word_list(self.grammar.get("cleft_openers", ""))

    @cached_property
    def cleft_copulas(self) -> frozenset[str]:
        """Forms of "to be" that name a cleft's subject after them (grammar key `cleft_copulas`)."""
        return _word_list(self.grammar.get("cleft_copulas", ""))

    @cached_property
    def question_words(self) -> frozenset[str]:
        """Words that open an indirect question ("asked whether", "chiesto se", "demandé pourquoi"):
        after a verb of asking they make it a question, not a request (grammar key `question_words`)."""
        return _word_list(self.grammar.get("question_words", ""))

    @cached_property
    def content_verbs(self) -> frozenset[str]:
        """Entries of asking that demand something only with a content after them (grammar key
        `request_needs_content`: en "ask"): an infinitive, "for" or "that" ("asked Russia to veto",
        "asked for help"); with none they ask a question ("asked Morrison about", "asked reporters")."""
        return _word_list(self.grammar.get("request_needs_content", ""))

    @cached_property
    def future_auxiliaries(self) -> frozenset[str]:
        """Future forms of the passive auxiliary right before a participle ("será recibido", "sarà
        ricevuto", "sera reçu"): the act is planned (grammar key `future_auxiliaries`)."""
        return _word_list(self.grammar.get("future_auxiliaries", ""))

    @property
    def conditional_auxiliaries(self) -> frozenset[str]:
        """Conditional forms of the passive auxiliary right before a participle ("seraient soutenus",
        "sería recibido"): the act is hypothetical (grammar key `conditional_auxiliaries`)."""
        return _word_list(self.grammar.get("conditional_auxiliaries", ""))

    @cached_property
    def contracted_subjects(self) -> frozenset[str]:
        """Words whose "'s" is a verb ("he's asked", "that's"), not a possessor (grammar key
        `contracted_subjects`)."""
        return _word_list(self.grammar.get("contracted_subjects", ""))

    @cached_property
    def possessive_end(self) -> re.Pattern[str] | None:
        """Text right before a noun trigger that makes the name before it the noun's owner, beyond the
        apostrophe every language shares (German "Chinas Unterstützung": grammar key `possessive_end`)."""
        return _pattern(self.grammar.get("possessive_end", ""))

    @cached_property
    def noun_genitive(self) -> re.Pattern[str] | None:
        """Text from a noun trigger's end to the end of the name after it that makes the name the
        noun's genitive with no preposition (German "der Angriff Russlands", "die Kritik der Regierung
        Chinas"; grammar key `noun_genitive`, a regular expression matched in full)."""
        return _pattern(self.grammar.get("noun_genitive", ""))

    @cached_property
    def inverted_subject(self) -> bool:
        """May a subject follow an intransitive verb ("è arrivato il ministro", "llegó la ministra")?"""
        return self.grammar.get("inverted_subject") == "yes"

    @cached_property
    def pro_drop(self) -> bool:
        return self.grammar.get("pro_drop") == "yes"

    @cached_property
    def clause_suffixes(self) -> tuple[str, ...]:
        """Word endings that, after a comma, open a new clause (gerunds: "..., elogiando")."""
        return tuple(x for x in self.grammar.get("clause_suffixes", "").split(",") if x)

    @cached_property
    def object_preposition(self) -> str | None:
        return self.grammar.get("object_preposition") or None

    @cached_property
    def verb_second(self) -> bool:
        return self.grammar.get("verb_second") == "yes"

    @cached_property
    def affiliation_links(self) -> frozenset[str]:
        """Words that join a person's name to the body they belong to ("von der", "del"): grammar key
        `affiliation_links`, comma-separated."""
        return _word_list(self.grammar.get("affiliation_links", ""))

    @cached_property
    def compound_suffix(self) -> bool:
        return self.grammar.get("compound_suffix") == "yes"

    def scan(self, text: str, sentence_ends: Sequence[int] = ()) -> list[Match]:
        """Leftmost-longest matches at word boundaries (noun triggers may also end a compound word
        in languages that glue nouns together, e.g. German "Wirtschaftssanktionen").

        Keys are stored with a space on each side and the text is scanned with every non-word
        character turned into a space (same length), so only whole-word matches are reported.
        ``sentence_ends`` (sorted end offsets of the text's sentences) keeps the tail of a gapped
        trigger inside its head's sentence: "schoss gegen" never spans "schoss. Gegen".
        """
        if self.automaton.kind != ahocorasick.AHOCORASICK:
            return []
        low = fold(text)
        padded = " " + _NON_WORD.sub(" ", low) + " "
        # offsets in text: padded minus the leading space, the key's start and end stored as distances
        # back from its last character (one comprehension, no append or nested unpacking per hit)
        found = [(last - back, last - trail, payload) for last, (back, trail, payload) in self.automaton.iter(padded)]
        # by start, the longer first (two stable sorts keyed in C: no Python call per hit)
        found.sort(key=_SECOND, reverse=True)
        found.sort(key=_FIRST)
        out: list[Match] = []
        reach = -1
        tail = (-1, -1)  # the tail of the last gapped trigger: nothing else matches there
        other_verb = bool(self.reflexive_pronouns or (self.verb_second and self.particles))
        last_k = len(found) - 1
        for k, (start, end, (triggers, cues)) in enumerate(found):
            if start < reach or tail[0] <= start < tail[1]:
                continue
            if triggers and start < tail[0] < end <= tail[1]:
                continue  # a noun ending in the tail is the tail itself: "froze military aid", not "military aid"
            if triggers and _hyphen_glued(text, start):
                triggers = ()
                if not cues:
                    continue
            # (_gapped_inside needs a later match starting inside this one: most cues have none)
            if not triggers and k < last_k and found[k + 1][0] < end \
                    and self._gapped_inside(low, found, k, _sentence_end(sentence_ends, start)):
                continue  # "ha lanciato missili": the gapped trigger, not the light verb "ha lanciato"
            if triggers and any(t.tail for t in triggers):
                head_end = end
                triggers, end, tail_start = self._tails(low, end, triggers, _sentence_end(sentence_ends, start))
                if triggers and self.reflexive_pronouns and any(t.reflexive for t in triggers):
                    # a gapped reflexive entry needs its pronoun too: "si è messo a disposizione" offers
                    # oneself, "ha messo a disposizione fondi" provides money
                    triggers = self._other_verb(low, start, head_end, triggers)
                if not triggers and not cues:
                    continue
                if tail_start > head_end:
                    # names and cues in the gap stay visible ("lehnte den Plan der EU ab")
                    out.append(Match(start, end, triggers, cues, head_end))
                    reach, tail = head_end, (tail_start, end)
                    continue
            if triggers and other_verb:
                triggers = self._other_verb(low, start, end, triggers)
                if not triggers and not cues:
                    continue
            out.append(Match(start, end, triggers, cues))
            reach = end
        return self._possessed_heads(text, low, out)

    def _possessive_before(self, low: str, at: int) -> bool:
        """Is the word right before ``at`` a possessive determiner cue ("his meeting with")?"""
        words = _TOKEN.findall(low[max(0, at - 12):at])
        found = self.automaton.get(" " + words[-1] + " ", None) if words else None
        return found is not None and any(c.value == "possessive" for c in found[2][1])

    def _possessed_heads(self, text: str, low: str, out: list[Match]) -> list[Match]:
        """A phrasal verb right after a possessor or a possessive determiner is its head noun and a role cue
        ("Macron's meeting with Xi", "his meeting with Xi": the noun "meeting" and "with", not the verb "meet
        with", which a possessor makes no verb; evrecall21). Only where the head word alone is a noun trigger.
        Returns a new list (a match may become two: the head noun and its cue)."""
        result: list[Match] = []
        for m in out:
            if m.head_end is not None or not m.triggers or any(t.pos != "verb" for t in m.triggers):
                result.append(m)
                continue
            head, sep, rest = low[m.start:m.end].partition(" ")
            if not sep or not (_POSSESSOR_END.search(low, max(0, m.start - 4), m.start) or self._possessive_before(low, m.start)):
                result.append(m)
                continue
            found = self.automaton.get(" " + head + " ", None)
            nouns = tuple(t for t in found[2][0] if t.pos == "noun") if found else ()
            if not nouns:
                result.append(m)
                continue
            after = self.automaton.get(" " + rest.strip() + " ", None)
            result.append(Match(m.start, m.start + len(head), nouns, ()))
            if after and after[2][1] and not after[2][0]:
                result.append(Match(m.start + len(head) + 1, m.end, (), after[2][1]))
        return result

    def _other_verb(self, low: str, start: int, end: int, triggers: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
        """Drop verb readings the context shows to be another verb (events6 round, untuned text):
        a reflexive lemma's form with no reflexive pronoun before it or glued to it ("manifestando su
        visión" expresses a view, "se manifestaron" protested); in verb-second languages a plain verb whose
        clause ends in a separable particle ("räumte ... ein" is einräumen, to admit, not räumen)."""
        kept = triggers
        if self.reflexive_pronouns and any(t.reflexive and t.pos == "verb" for t in kept):
            if not self._reflexive_near(low, start, end):
                kept = tuple(t for t in kept if not (t.reflexive and t.pos == "verb"))
        if self.verb_second and self.particles and any(t.pos == "verb" and not t.tail for t in kept) \
                and " " not in low[start:end].strip():
            if self._stranded_particle(low, end):
                kept = tuple(t for t in kept if not (t.pos == "verb" and not t.tail))
        return kept

    def _stranded_particle(self, low: str, end: int) -> bool:
        """Does the clause after a verb end in a separable particle (before punctuation, "und", "oder")?"""
        stop = _CLAUSE_PUNCT.search(low, end, end + 400)
        words = _TOKEN.findall(low[end:stop.start() if stop else end + 400])
        for k, w in enumerate(words):
            if w in self.conjunctions:
                words = words[:k]
                break
        return bool(words) and words[-1] in self.particles

    def _reflexive_near(self, low: str, start: int, end: int) -> bool:
        pronouns = self.reflexive_pronouns

        def pronoun(word: str) -> bool:  # "se", "s'è" (an elided pronoun glued to the auxiliary)
            return word in pronouns or word.split("'")[0] + "'" in pronouns

        words = _TOKEN.findall(low[start:end])
        if any(pronoun(w) for w in words):
            return True
        if words and self.grammar.get("reflexive_suffix") \
                and any(words[0].endswith(p) for p in pronouns if p[-1:].isalpha()):
            return True  # enclitic, where reflexive lemmas end in the pronoun: "reunirse", "riunitisi", "reuniéndose"
        return any(pronoun(w) for w in _TOKEN.findall(low[max(0, start - 40):start])[-3:])

    def _gapped_inside(self, low: str, found: list, k: int, limit: int | None) -> bool:
        """Does a gapped trigger whose tail follows start inside the cue match at k and end with it
        ("ha lanciato" light cue, "lanciato ~ missili" trigger)?"""
        start, end = found[k][0], found[k][1]
        for other_start, other_end, (triggers, _) in found[k + 1:k + 4]:
            if other_start >= end:
                return False
            if other_start > start and other_end == end and any(t.tail for t in triggers) \
                    and any(t.tail for t in self._tails(low, end, triggers, limit)[0]):
                return True
        return False

    @cached_property
    def instrument_phrases(self) -> tuple[str, ...]:
        """Fixed phrases that make the noun in them an instrument or a means ("à l'aide de", "con l'aiuto di",
        "con la ayuda de", "mit Hilfe"): no object of the verb before, so never the tail of a gapped trigger
        (grammar key `instrument_phrases`, comma-separated, folded)."""
        return tuple(sorted(_word_list(self.grammar.get("instrument_phrases", ""))))

    def _instrument_before(self, window: str, at: int) -> bool:
        """Does a tail starting at ``at`` in ``window`` stand inside one of ``instrument_phrases``?"""
        for phrase in self.instrument_phrases:
            i = window.find(phrase, max(0, at - len(phrase)), at + len(phrase))
            if 0 <= i <= at < i + len(phrase):
                return True
        return False

    def _tail_plan(self, triggers: tuple[Trigger, ...]) -> tuple[tuple[Trigger, ...], tuple, dict[str, str]]:
        """The readings without a tail, and each distinct tail once (tail, word, wide window?, gap,
        particle end): one head has many readings, most share a tail and most tails are absent, so
        ``_tails`` tests each tail once. Kept per trigger tuple (the automaton's own payloads)."""
        plan = self.tail_plans.get(id(triggers))
        if plan is not None and plan[0] is triggers:
            return plan[1]
        checks = []
        words: dict[str, str] = {}
        for t in triggers:
            if not t.tail or t.tail in words:
                continue
            # "condannare ~~ anni": a wide gap ("condannato Mario Rossi a sette anni")
            wide = t.tail.startswith("~")
            word = words[t.tail] = t.tail.lstrip("~ ") if wide else t.tail
            # a separable particle closes its clause ("wies das Gericht den Antrag im Dezember als
            # unzulässig zurück"): its gap is the wide one, but never past the clause's end
            particle = word in self.particles
            checks.append((t.tail, word, wide or particle, self.gap_words * (WIDE_GAP if wide or particle else 1),
                           self.particle_end if particle else ""))
        found = (tuple(t for t in triggers if not t.tail), tuple(checks), words)
        if len(self.tail_plans) < TAIL_PLAN_LIMIT:
            self.tail_plans[id(triggers)] = (triggers, found)
        return found

    def _tails(self, low: str, end: int, triggers: tuple[Trigger, ...],
               limit: int | None = None) -> tuple[tuple[Trigger, ...], int, int]:
        """Keep a gapped trigger ("lavorare ~ insieme") only when its tail follows within the gap and
        before ``limit`` (its sentence's end); also return the new end and where the tail starts."""
        untailed, checks, words = self._tail_plan(triggers)
        reach = end + 12 * (WIDE_GAP * self.gap_words + 1)
        window = low[end:reach if limit is None else min(reach, limit)]
        near = 12 * (self.gap_words + 1)
        tried: dict[str, re.Match[str]] = {}  # the tails that follow
        for tail, word, wide, gap, particle_end in checks:
            if word in (window if wide else window[:near]):  # a substring test rules most out
                m = _tail_regex(word, gap, particle_end).match(window)
                if m and not self._instrument_before(window, m.end() - len(word)):
                    tried[tail] = m
        if not tried:
            return untailed, end, end
        kept, new_end, tail_start = [], end, end
        reach: dict[Trigger, int] = {}  # where each matched tail ends
        for t in triggers:
            if not t.tail:
                kept.append(t)
                continue
            m = tried.get(t.tail)
            if m:
                kept.append(t)
                reach[t] = m.end()
                if end + m.end() > new_end:
                    new_end, tail_start = end + m.end(), end + m.end() - len(words[t.tail])
        if any(t.tail for t in kept):  # the longer, gapped entry is the more specific reading
            kept = [t for t in kept if t.tail]
            # of two gapped readings of one part of speech, the tail further on is the more specific:
            # "condannato a sette anni" is the prison term ("~ anni"), not only the sentence ("~ a")
            furthest = {pos: max(n for t, n in reach.items() if t.pos == pos) for pos in {t.pos for t in kept}}
            kept = [t for t in kept if reach[t] == furthest[t.pos]]
        return tuple(kept), new_end, tail_start


def _sentence_end(ends: Sequence[int], at: int) -> int | None:
    """End of the sentence holding offset ``at`` (None: no sentences given, or past the last)."""
    i = bisect_right(ends, at)
    return ends[i] if i < len(ends) else None


def _hyphen_glued(text: str, start: int) -> bool:
    """Is the word at ``start`` the second part of a hyphenated compound whose first part is a
    lower-case word or prefix? Such a compound is another word, never the trigger's verb or act noun
    ("co-host", "pre-order", "meet-and-greet", "high-threat aliens"); a capitalised first part names
    who acts in it ("Hamas-Massaker", "AFS-Gipfel") and keeps the trigger."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    m = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 40), start)
    return m is not None and m.group(1)[0].islower()


def fold(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lower case is longer: fold one by one
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.replace("’", "'").replace("‘", "'").replace("`", "'")


def _value(key: str, lead: int, trail: int, payload: tuple) -> tuple[int, int, tuple]:
    """An automaton value: how far back from the key's last character its text starts and ends (``lead``
    and ``trail`` padding spaces left out: the scanned text has one more space in front), then the
    payload (triggers, cues). `Lexicon.scan` turns a hit into text offsets with two subtractions."""
    return len(key) - lead, trail, payload


@cache
def _tail_regex(tail: str, gap: int, particle_end: str = "") -> re.Pattern[str]:
    """A separable particle ends its clause ("sagte den Besuch zu."): before punctuation, else it is
    a preposition or an infinitive marker ("sagte er zu Reportern", "Bachmut zu halten")."""
    end = r"(?!\w)" if tail[-1:].isalnum() else ""  # "all'" glues to the next word
    if particle_end:
        end = particle_end
    if particle_end:  # the particle's clause: the gap holds no sentence punctuation
        return re.compile(r"(?:[^\w.;:!?]+\w+){0,%d}?[^\w.;:!?]+%s%s" % (gap, re.escape(tail), end))
    return re.compile(r"(?:\W+\w+){0,%d}?\W+%s%s" % (gap, re.escape(tail), end))


@cache
def _word_list(listed: str) -> frozenset[str]:
    return frozenset(fold(w.strip()) for w in listed.split(",") if w.strip())


@cache
def _pattern(source: str, flags: int = 0) -> re.Pattern[str] | None:
    return re.compile(source, flags) if source else None


#: speech-verb kinds and tenses (quotes stage's speech_verbs.tsv) that may open reported speech after them
SPEECH_KINDS = frozenset({"both", "indirect"})


def _speech_forms(data, triggers: dict) -> list[str]:
    """Speech verbs the quotes stage knows, with the complementizer after them ("informó que", "precisa
    che", "ha precisato che", "han explicado que"): reported speech after one is its speaker's, so a zero
    subject there is the speaker ("la PNC informó que aprehendió a ..."), as for the `say` cues of
    event_roles.tsv. Only with the complementizer: a bare form may take an object ("garantisce il
    transito", "hob die Sanktionen auf", "continued attacks"). A participle that is a trigger ("ha
    chiesto") is left to the trigger."""
    if not data.has("speech_verbs.tsv"):
        return []
    rows = [r for r in data.table("speech_verbs.tsv") if r.get("kind") in SPEECH_KINDS and r.get("form")]
    words = data.table("speech_cue_words.tsv")
    auxiliaries = [r["form"] for r in words if r.get("role") == "auxiliary"]
    complementizers = [r["form"] for r in words if r.get("role") == "complementizer"]
    verbs = [r["form"] for r in rows if r.get("tense") == "finite" and fold(r["form"]) not in triggers]
    # a participle with its auxiliary ("ha riferito", "han explicado", "a précisé")
    verbs += [f"{aux} {r['form']}" for r in rows if r.get("tense") == "participle"
              and fold(r["form"]) not in triggers for aux in auxiliaries]
    return [fold(f"{verb} {that}") for verb in verbs for that in complementizers]


@cache
def lexicon(code: str) -> Lexicon:
    """The compiled lexicon of one language (raises LanguageDataError when it has no folder)."""
    data = load(code)
    grammar = {r["key"]: r["value"] for r in data.table("event_grammar.tsv")}
    rules = inflection_rules(data.table("verb_inflections.tsv"))
    triggers: dict[str, list[Trigger]] = {}
    cues: dict[str, list[Cue]] = {}
    # words that only look like a verb form: determiners, adverbs, adjectives ("einige", "bitte", "libero")
    not_verbs = frozenset(fold(w.strip()) for w in grammar.get("not_verb_forms", "").split(",") if w.strip())
    listed = data.table("event_triggers.tsv")
    for row in listed + _family_rows(data.table("event_act_families.tsv"), listed):
        for form, trigger in _expand(row, rules, grammar):
            if trigger.pos == "verb" and form in not_verbs:
                continue
            triggers.setdefault(form, []).append(trigger)
    for row in data.table("event_roles.tsv"):
        cues.setdefault(fold(row["cue"]), []).append(Cue("role", row["role"]))
    _tensed_light_verbs(data.table("event_roles.tsv"), rules, grammar, triggers, cues)
    for form in _speech_forms(data, triggers):
        if form not in cues and form not in triggers:
            cues[form] = [Cue("role", "say")]
    for row in data.table("modality.tsv"):
        cues.setdefault(fold(row["cue"]), []).append(Cue("modality", row["status"], row.get("scope") or "before"))
    _control_cues(data, rules, grammar, triggers, cues)
    for word in data.words("event_offtopic.txt"):  # sport words: see offtopic.py
        cues.setdefault(fold(word), []).append(Cue("offtopic", "sport"))
    automaton = ahocorasick.Automaton()
    compound = grammar.get("compound_suffix") == "yes"
    # articles are not scanned: the rules only ask whether the word before a trigger or a name is one
    dets = frozenset(k for k, cs in cues.items() if cs and all(c.value == "det" for c in cs))
    for key in set(triggers) | set(cues):
        if not key.strip() or (key in dets and key not in triggers):
            continue
        payload = (_dedupe(triggers.get(key, [])), tuple(cues.get(key, [])))
        # " key " matches a whole word; a key that ends in an apostrophe ("dell'") glues to the next word
        right = " " if key[-1].isalnum() else ""
        left = " " if key[0].isalnum() else ""
        padded = left + _NON_WORD.sub(" ", key) + right
        automaton.add_word(padded, _value(padded, len(left), len(right), payload))
        nouns = tuple(t for t in payload[0] if t.pos == "noun")
        if compound and nouns and left:
            bare = _NON_WORD.sub(" ", key) + right
            if bare not in automaton:
                automaton.add_word(bare, _value(bare, 0, len(right), (nouns, ())))
    # words that merely end like a noun trigger ("Gebäudereinigung" is cleaning, not "Einigung"):
    # listed with no reading, so the longest match hides the trigger inside them
    # fixed phrases in which a trigger word has another sense ("as opposed to", "droht ein Bußgeld": a
    # penalty looms, nobody threatens): listed with no reading likewise, the longer match hides the trigger
    for phrase in (fold(w.strip()) for w in grammar.get("not_trigger_phrases", "").split(",") if w.strip()):
        key = " " + _NON_WORD.sub(" ", phrase) + " "
        if key not in automaton:
            automaton.add_word(key, _value(key, 1, 1, ((), ())))
    for word in (fold(w.strip()) for w in grammar.get("not_compound_heads", "").split(",") if w.strip()):
        for key, lead, trail in ((" " + word + " ", 1, 1), (word + " ", 0, 1)):
            if key not in automaton:
                automaton.add_word(key, _value(key, lead, trail, ((), ())))
    if len(automaton):
        automaton.make_automaton()
    impersonal = frozenset(w for w in grammar.get("impersonal_pronouns", "").split(",") if w)
    particles = frozenset(p for p in grammar.get("separable_prefixes", "").split("|") if p)
    ands = sorted(re.escape(k.strip()) for k, cs in cues.items() if k.strip() and any(c.value == "and" for c in cs))
    particle_end = r"(?=[^\w\s]|\s[(\[]|\s*$%s)" % "".join(r"|\s+%s\b" % a for a in ands)
    conjunctions = frozenset(k.strip() for k, cs in cues.items() if k.strip() and any(c.value == "and" for c in cs))
    reflexive_pronouns = frozenset(fold(w.strip()) for w in grammar.get("reflexive_pronouns", "").split(",")
                                   if w.strip())
    # a gapped trigger's tail that is a preposition ("trattare ~ con") still opens its role phrase
    tail_roles = {k: cs[0] for k, cs in cues.items() if " " not in k.strip() and len(cs) == 1 and cs[0].kind == "role"}
    return Lexicon(code, automaton, grammar, int(grammar.get("gap_words", "3")), dets, impersonal, particles,
                   particle_end, conjunctions, reflexive_pronouns, tail_roles,
                   capitalised_nouns=data.writes("capitalised_nouns"))


#: the language-independent verb class x noun class table of verb + object acts ("suspended aid": SANCTION)
ACT_FAMILIES = Path(__file__).with_name("act_families.tsv")


@cache
def _act_families() -> tuple[dict[str, str], ...]:
    return tuple(read_tsv(ACT_FAMILIES))


def _family_rows(members: list[dict[str, str]], listed: list[dict[str, str]]) -> list[dict[str, str]]:
    """Lexicon rows for the verb + object acts of ``act_families.tsv``: every verb of a verb class with
    every noun of the noun class it pairs with, as the gapped trigger "verb ~ noun" (a verb's irregular
    forms likewise; a form written "~ form" follows the noun: "die Zahlungen ~ gestoppt"). So "sospendere",
    "tagliare", "congelare" x "aiuti", "fondi", "finanziamenti" are nine SANCTION rows, not nine lines
    written one by one. A pair that ``listed`` (event_triggers.tsv) already has keeps the listed row."""
    words: dict[str, list[tuple[str, str]]] = {}
    for row in members:
        words.setdefault(row["class"], []).append((row["word"].strip(), row.get("forms") or ""))
    taken = {(fold(head.strip()), _last_word(tail)) for row in listed for variant in row["trigger"].split("|")
             if "~" in variant for head, _, tail in [variant.partition("~")]}
    rows: list[dict[str, str]] = []
    for family in _act_families():
        verbs, nouns = words.get(family["verb_class"], []), words.get(family["noun_class"], [])
        for verb, forms in verbs:
            for noun, _ in nouns:
                if (fold(verb), _last_word(noun)) in taken:  # "sospendere ~ gli aiuti" is listed
                    continue
                before, after = [], []
                for form in (f.strip() for f in forms.split("|") if f.strip()):
                    if form.startswith("~"):
                        after.append(f"{noun} {form}")
                    else:
                        before.append(f"{form} ~ {noun}")
                rows.append({"trigger": f"{verb} ~ {noun}", "pos": "verb", "type": family["type"],
                             "mode": family["mode"], "intensity": "", "frame": family["frame"],
                             "forms": "|".join(before + after), "notes": family["notes"]})
    return rows


def _last_word(phrase: str) -> str:
    """The head noun of a tail, its article left out ("gli aiuti" -> "aiuti", "l'inchiesta" -> "inchiesta")."""
    words = fold(phrase).replace("~", " ").split()
    return words[-1].rsplit("'", 1)[-1] if words else ""


def _dedupe(triggers: list[Trigger]) -> tuple[Trigger, ...]:
    seen: dict[tuple, Trigger] = {}
    for t in triggers:
        key = (t.entry, t.pos, t.type, t.mode, t.tail)
        if key not in seen or (t.base and not seen[key].base):
            seen[key] = t
    return tuple(seen.values())


def _separated(entry: str, lemma: str, pos: str, type_: str, mode: str | None, score: float, frame,
               rules: InflectionRules, grammar: dict[str, str]):
    """Finite forms of a separable verb with the prefix as the gapped tail, from the grammar's
    ``separable_prefixes``: "ablehnen" -> "lehnt ~ ab", "lehnten ~ ab" ("Russland lehnte den Plan ab").
    Regular forms only; strong verbs list theirs in ``forms`` ("gab ~ auf"). The infinitive marker goes
    between prefix and stem (grammar ``separable_infinitive_infix``: "anzugreifen", "aufzuheben"): that
    form is the lemma's infinitive, read like "to attack" after "plant", "droht", "beschlossen"."""
    infix = grammar.get("separable_infinitive_infix", "")
    for prefix in (p for p in grammar.get("separable_prefixes", "").split("|") if p):
        rest = lemma[len(prefix):]
        if lemma.startswith(prefix) and len(rest) >= 4:
            for form, tense in inflect(rest, rules, {}).items():
                if form != rest:
                    yield fold(form), Trigger(entry, pos, type_, mode, score, frame,
                                              STATUS_OF_TENSE.get(tense or ""), prefix, False)
            if infix:
                yield fold(prefix + infix + rest), Trigger(entry, pos, type_, mode, score, frame, None, None, True,
                                                           marked=True)
            return


def _without_reflexive_prefix(head: str, grammar: dict[str, str]) -> list[str]:
    """The words of a reflexive lemma written with its pronoun before it, the pronoun left out, by the
    grammar's ``reflexive_prefixes`` ("se rendre" -> ["rendre"], "s'allier" -> ["allier"]); [] for others."""
    for prefix in (p for p in grammar.get("reflexive_prefixes", "").split(",") if p):
        prefix = prefix.replace("_", " ")
        if fold(head).startswith(prefix) and len(head) > len(prefix):
            return head[len(prefix):].split()
    return []


#: event-role cues that are verbs governing a noun trigger: their tense is the noun's (see ``Cue.status``)
TENSED_ROLES = frozenset({"light", "undergo"})


def _tensed_light_verbs(rows: list[dict[str, str]], rules: InflectionRules, grammar: dict[str, str],
                        triggers: dict, cues: dict) -> None:
    """The future and conditional forms of the light and undergo verbs of ``event_roles.tsv``, inflected
    from the lemmas listed there by ``verb_inflections.tsv`` as triggers are ("tenere" -> "terrà", "tener"
    -> "tendrá", "tenir" -> "tiendrait"), as cues that keep the tense's status: "terrà un incontro" is a
    planned meeting, as "incontrerà" is. A listed form whose first word is one of them keeps it too
    ("terrà", "avrà il"); a form with another reading (a trigger, an auxiliary, a modal) keeps that one."""
    tensed: dict[str, tuple[str, str]] = {}
    finite = frozenset(fold(w.strip()) for w in grammar.get("finite_light_forms", "").split(",") if w.strip())
    for row in rows:
        role, lemma = row["role"], fold(row["cue"])
        if role not in TENSED_ROLES or " " in lemma or lemma in finite:
            continue
        for form, tense in inflect(lemma, rules, grammar).items():
            status = STATUS_OF_TENSE.get(tense or "")
            if status and form != lemma:
                tensed.setdefault(form, (role, status))
    for key, listed in cues.items():
        first = tensed.get(key.split()[0]) if key.strip() else None
        if first:
            cues[key] = [replace(c, status=first[1]) if c.kind == "role" and c.value in TENSED_ROLES else c
                         for c in listed]
    for form, (role, status) in tensed.items():
        # (a trigger only with its tail, "lancerà ~ missili", leaves the form a cue elsewhere, as listed ones are)
        if form not in cues and all(t.tail for t in triggers.get(form, [])):
            cues[form] = [Cue("role", role, status=status)]


#: the scope of a control verb's cue: it sets the status of the infinitive it governs only
CONTROL = "infinitive"


def _control_cues(data, rules: InflectionRules, grammar: dict[str, str], triggers: dict, cues: dict) -> None:
    """The forms of the control verbs of ``event_control_verbs.tsv`` (inflected like triggers, or the
    forms listed for an irregular verb) as modality cues of scope ``infinitive``, with the role of their infinitive marker
    ("to", "di" -> "of"). A form that is a trigger ("refused", "urged") stays the trigger (one only with its
    tail, "attempt ~ assassination", is the cue elsewhere), and a form
    modality.tsv already lists keeps that reading."""
    roles = {fold(r["cue"]): r["role"] for r in data.table("event_roles.tsv")}
    for row in data.table("event_control_verbs.tsv"):
        marker = fold(row.get("marker") or "")
        if marker and marker not in roles:
            raise LanguageDataError(f"control verb {row['verb']!r}: marker {marker!r} is not in event_roles.tsv")
        cue = Cue("modality", row["subject"], CONTROL, roles.get(marker, ""), row.get("object") or "")
        # an irregular verb lists all its forms: inflected by the regular rules it would read as other words
        # ("volere" -> "vola", "volo")
        listed = {f.strip() for f in (row.get("forms") or "").split("|") if f.strip()}
        forms = (listed | {row["verb"]}) if listed else set(inflect(row["verb"], rules, grammar))
        for form in sorted(fold(f) for f in forms if f):
            if all(t.tail for t in triggers.get(form, [])) and form not in cues:
                cues[form] = [cue]
            elif cue.object_value and form in triggers:
                triggers[form] = [replace(t, controls=True) if t.pos == "verb" and not t.tail else t
                                  for t in triggers[form]]


def _expand(row: dict[str, str], rules: InflectionRules, grammar: dict[str, str]):
    """(surface form, Trigger) pairs of one lexicon row (with its second act, if the row names one)."""
    also_type = row["type"].partition("+")[2]
    if not also_type:
        yield from _expand_one(row, rules, grammar)
        return
    also = (also_type, (row.get("mode") or "").partition("+")[2] or None)
    for surface, trigger in _expand_one(row, rules, grammar):
        yield surface, replace(trigger, also=also)


def _expand_one(row: dict[str, str], rules: InflectionRules, grammar: dict[str, str]):
    pos = row["pos"]
    type_, _, also_type = row["type"].partition("+")
    mode, _, also_mode = (row.get("mode") or "").partition("+")
    for t in (type_, also_type or type_):
        if t not in ontology.types():
            raise LanguageDataError(f"event trigger {row['trigger']!r}: {t!r} is not a PLOVER type")
    mode = mode or None
    frame = parse(row.get("frame", ""), pos)
    score = float(row["intensity"]) if row.get("intensity") else ontology.intensity(type_, mode)
    entry = row["trigger"]
    suffix = grammar.get("reflexive_suffix")

    def reflexive_lemma(variant: str) -> bool:
        """Is this variant's lemma reflexive ("negarse", "se rendre")? Each variant of a row is its own lemma:
        "rehusar|rehusarse" has a plain one, whose forms need no pronoun ("Rusia rehusó negociar")."""
        variant = variant.strip()
        return pos == "verb" and (variant.startswith(("s'", "s’", "se ")) or bool(
            suffix and variant.split("~")[0].split() and variant.split("~")[0].split()[0].endswith(suffix)))

    reflexive = reflexive_lemma(entry.split("|")[0])  # the irregular forms go with the first lemma
    for variant in entry.split("|"):
        head, _, tail = (p.strip() for p in variant.partition("~"))
        words = head.split()
        own_reflexive = reflexive_lemma(variant)
        if pos == "verb" and words:
            for form, tense in inflect(words[0], rules, grammar).items():
                surface = " ".join([form] + words[1:])
                yield fold(surface), Trigger(entry, pos, type_, mode, score, frame,
                                             STATUS_OF_TENSE.get(tense or ""), fold(tail) or None,
                                             form == words[0] or tense == INFINITIVE, own_reflexive)
            if not tail and len(words) == 1:
                yield from _separated(entry, words[0], pos, type_, mode, score, frame, rules, grammar)
            bare = _without_reflexive_prefix(head, grammar)
            forms = inflect(bare[0], rules, grammar) if bare else {}
            for form, tense in forms.items() if len(forms) > 1 else ():
                # the pronoun stands apart from the verb's form ("se rendrait", "s'est allié": the lexicon's
                # reflexive_pronouns check keeps the form only with "se" / "s'" near it)
                yield fold(" ".join([form] + bare[1:])), Trigger(
                    entry, pos, type_, mode, score, frame, STATUS_OF_TENSE.get(tense or ""), fold(tail) or None,
                    form == bare[0] or tense == INFINITIVE, True)
        else:
            yield fold(head), Trigger(entry, pos, type_, mode, score, frame, None, fold(tail) or None, False,
                                      own_reflexive)
    for form in (f.strip() for f in row.get("forms", "").split("|")):
        if form:  # an irregular form may name its tense: "s'entretiendra@future"
            form, _, tense = form.partition("@")
            head, _, tail = (p.strip() for p in form.partition("~"))
            # the tail is matched in the lower-cased text ("liefert ~ Waffen", "übernahm ~ Kontrolle")
            yield fold(head), Trigger(entry, pos, type_, mode, score, frame, STATUS_OF_TENSE.get(tense.strip()),
                                      fold(tail) or None, False, reflexive)
