"""Verb data shared by the stages: inflecting a lemma by ``verb_inflections.tsv``, and the set of
surface forms of a language's verbs of acting and speaking.

The event lexicon (extract/events) inflects its trigger lemmas here, and the linker (link/acting_places)
asks whether a verb of acting or speaking follows a place's name ("Europe quickly retaliated") from the
same data files, so neither stage depends on the other: both read the language data through this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cronaca.lang import load

#: The tenses a surface form keeps from its inflection rule (the others read as plain forms): the event
#: rules take future and conditional as planned and hypothetical, and infinitives as the verb itself.
MARKED_TENSES = frozenset({"future", "conditional", "infinitive"})
#: Event-role cues that are verbs of speaking or acting ("said", "ha risposto con"); see event_roles.tsv.
VERB_ROLES = frozenset({"say", "light"})

InflectionRules = list[tuple[str, tuple[str, ...], str]]
_WORD = re.compile(r"\w[\w'’-]*")


def inflection_rules(rows: list[dict[str, str]]) -> InflectionRules:
    """(lemma ending, suffixes, tense), longest ending first."""
    rules = [(r["ending"], tuple(s for s in r["suffixes"].split("|") if s), r["tense"]) for r in rows]
    return sorted(rules, key=lambda r: -len(r[0]))


def inflect(lemma: str, rules: InflectionRules, grammar: dict[str, str]) -> dict[str, str | None]:
    """Surface forms of a verb lemma -> tense ("future", "conditional", "infinitive" or None for others).

    Per tense, the rule with the longest matching ending wins; a reflexive infinitive
    ("recarsi", "reunirse") is inflected as its plain infinitive and also kept as written.
    """
    forms: dict[str, str | None] = {lemma: None}
    base = lemma
    reflexive = grammar.get("reflexive_suffix")
    if reflexive and lemma.endswith(reflexive) and len(lemma) > len(reflexive) + 2:
        base = lemma[: -len(reflexive)] + grammar.get("reflexive_restore", "")
        forms.setdefault(base, None)
    done: set[str] = set()
    for ending, suffixes, tense in rules:
        if tense in done or not base.endswith(ending):
            continue
        done.add(tense)
        stem = base[: len(base) - len(ending)] if ending else base
        for suffix in suffixes:
            forms.setdefault(stem + suffix, tense if tense in MARKED_TENSES else None)
    return forms


def fold(text: str) -> str:
    return text.lower().replace("’", "'")


@dataclass(frozen=True)
class ActVerbs:
    """Surface forms (lower case, words joined by one space) of the verbs of acting and speaking."""
    forms: frozenset[str]
    longest: int  # words in the longest form

    def begins_within(self, text: str, words: int) -> bool:
        """Does one of the forms begin at one of the first ``words`` words of ``text``?"""
        tokens = [fold(t) for t in _WORD.findall(text, 0, len(text))[:words + self.longest - 1]]
        for i in range(min(words, len(tokens))):
            for n in range(1, self.longest + 1):
                if i + n <= len(tokens) and " ".join(tokens[i:i + n]) in self.forms:
                    return True
        return False


@cache
def act_verbs(code: str) -> ActVerbs:
    """Every form of the language's event-trigger verbs (inflected), of its speech verbs and of its
    speaking and light-verb cues (raises LanguageDataError when the language has no folder)."""
    data = load(code)
    grammar = {r["key"]: r["value"] for r in data.table("event_grammar.tsv")}
    rules = inflection_rules(data.table("verb_inflections.tsv"))
    not_verbs = {fold(w.strip()) for w in grammar.get("not_verb_forms", "").split(",") if w.strip()}
    prefixes = [p for p in grammar.get("separable_prefixes", "").split("|") if p]
    forms: set[str] = set()
    for row in data.table("event_triggers.tsv"):
        if row["pos"] != "verb":
            continue
        for variant in row["trigger"].split("|"):
            words = variant.split()
            if not words or "~" in variant:
                continue  # a gapped entry ("have ~ talks") is a verb only with its tail
            forms.update(fold(" ".join([f] + words[1:])) for f in inflect(words[0], rules, grammar))
            rest = next((words[0][len(p):] for p in prefixes if words[0].startswith(p)
                         and len(words[0]) - len(p) >= 4), None)
            if rest and len(words) == 1:  # "lehnte ... ab": the finite form of a separable verb
                forms.update(fold(f) for f in inflect(rest, rules, {}))
        for form in row.get("forms", "").split("|"):
            head = form.partition("@")[0].strip()
            if head and "~" not in head:
                forms.add(fold(head))
    forms -= not_verbs
    forms.update(fold(r["cue"].strip()) for r in data.table("event_roles.tsv") if r["role"] in VERB_ROLES)
    forms.update(fold(r["form"].strip()) for r in data.table("speech_verbs.tsv"))
    if data.writes("sharp_s_as_ss"):  # Swiss spelling: "äusserte"
        forms.update({f.replace("ß", "ss") for f in forms if "ß" in f})
    forms.discard("")
    return ActVerbs(frozenset(forms), max((f.count(" ") + 1 for f in forms), default=1))


@dataclass(frozen=True)
class SpeakingVerbs:
    """The verbs of saying of ``speech_verbs.tsv`` as the linker needs them (lower case): forms that
    stand alone ("dice", "estime", "said"), participles that need an auxiliary before them ("ha
    detto", "a déclaré"), and the words around them from ``speech_cue_words.tsv``."""
    finite: frozenset[str]
    participles: frozenset[str]
    auxiliaries: frozenset[str]
    plural_endings: tuple[str, ...]  # "dissero", "hanno": the verb has a plural subject
    relatives: frozenset[str]  # subject relatives and complementizers: "Fiorello, che ha dichiarato"
    pronouns: frozenset[str]
    roles: frozenset[str]  # nouns of office and role ("person_noun"): "il ministro Rossi"
    function_words: frozenset[str]  # function_words.txt: "que Rossi dit" has no noun before the name
    plural_articles: frozenset[str]  # "Les Lyonnais réclament": people of a place, not one person
    object_verbs: frozenset[str]  # "told": the name after it is the addressee ("..., told Observer")
    longest: int  # words in the longest finite form
    openers: frozenset[str]  # the words a verb of saying can begin with: a finite form's first, an auxiliary


#: Tenses of speech_verbs.tsv whose forms stand alone (a gerund is no finite verb with a subject).
_ALONE_TENSES = frozenset({"finite", "postquote"})


@cache
def speaking_verbs(code: str) -> SpeakingVerbs:
    """Raises LanguageDataError when the language has no folder."""
    data = load(code)
    words: dict[str, set[str]] = {}
    for row in data.table("speech_cue_words.tsv"):
        words.setdefault(row["role"], set()).add(fold(row["form"].strip()))
    rows = data.table("speech_verbs.tsv")
    finite = frozenset(fold(r["form"].strip()) for r in rows if r["tense"] in _ALONE_TENSES)
    return SpeakingVerbs(
        finite=finite,
        participles=frozenset(fold(r["form"].strip()) for r in rows if r["tense"] == "participle"),
        auxiliaries=frozenset(words.get("auxiliary", set())),
        plural_endings=tuple(sorted(words.get("plural_ending", set()))),
        relatives=frozenset(words.get("subject_relative", set()) | words.get("complementizer", set())),
        pronouns=frozenset(words.get("pronoun", set())),
        roles=frozenset(words.get("person_noun", set())),
        function_words=frozenset(fold(w) for w in data.words("function_words.txt")) if data.has("function_words.txt")
        else frozenset(),
        plural_articles=frozenset(words.get("plural_article", set())),
        object_verbs=frozenset(words.get("object_verb", set())),
        longest=max((f.count(" ") + 1 for f in finite), default=1),
        openers=frozenset({f.split(" ", 1)[0] for f in finite} | words.get("auxiliary", set())))
