"""One Aho-Corasick pass per article finds every KB name, acronym, adjective and title word.

The automaton is built lazily per (knowledge base, language) and cached for the process, and on
disk between processes (``disk_cache``: a build costs 1-2 s a language, reading it back a tenth of
that), keyed by the KB files, every language folder and this package's source. The
keys are lower-cased surface forms (plus inflected forms from ``name_inflections.tsv`` and
surnames derived from multi-word person names); each key carries the forms it stands for, and
the case rules are checked on the original text afterwards (acronyms exactly, capitalised names
need a capital, adjectives and titles any case).
"""
from __future__ import annotations

import hashlib
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

import ahocorasick

from cronaca import disk_cache
from cronaca import lang as langdata
from cronaca.kb import KBEntry, KnowledgeBase
from cronaca.link.generations import without_suffix
from cronaca.link.hyphenated import inside_linked_name
from cronaca.link.lexicon import InstitutionNoun, LinkLexicon, TitleWord, lexicon
from cronaca.link.monarchs import monarchs
from cronaca.link.words import zipf

#: Particles that are English words, not parts of a person's family name ("Duke of Edinburgh").
_NOT_FAMILY_PARTICLES = frozenset({"of", "for", "the", "of the", "for the"})


@cache
def family_name_openers() -> frozenset[str]:
    """Lower-case words that open a family name of several words after a given name, from every
    language's name particles and family-name articles: a person's name keeps the particles of the
    language it comes from, whatever language the article is in ("Ursula von der Leyen" in French)."""
    words: set[str] = set()
    for code in langdata.supported():
        lex = lexicon(code)
        words.update(p for p in lex.particles if " " not in p and p[-1:].isalpha())
        words.update(lex.family_name_articles)
    return frozenset(words - _NOT_FAMILY_PARTICLES)


def family_name(words: list[str], openers: frozenset[str]) -> str:
    """The family name of a full name: its last word, or from a particle or article after the given
    name to the end ("Marine Le Pen" -> "Le Pen", "Charles de Gaulle" -> "de Gaulle", "Luigi Di Maio"
    -> "Di Maio"), which the text then matches whole, not as "Pen" after another given name."""
    for i in range(1, len(words) - 1):
        j = i
        while j < len(words) - 1 and words[j].lower() in openers:
            j += 1  # "von der Leyen": particles in a row
        if j > i and words[j][:1].isupper():
            return " ".join(words[i:])
    return words[-1]


def family_first_word(words: list[str], person: KBEntry, kb: KnowledgeBase) -> str | None:
    """The family name of one full name of a person the KB says is named family name first (its field
    ``name_order``, or the person's country's: "Xi Jinping", "Kim Jong Un", "Hun Sen"): the first word,
    or the last where a form puts the canonical name's first word last ("William Lai" for Lai Ching-te);
    None for every other person, whose family name comes last (``family_name``)."""
    if len(words) < 2 or not kb.family_first(person):
        return None
    family = person.name.split()[0]
    word = words[-1] if words[-1] == family and words[0] != family else words[0]
    return word if word[:1].isupper() and word.isalpha() else None


def _fused_article_forms(name: str, lex: LinkLexicon) -> list[str]:
    """A body's name that opens with an article, as written after a preposition fused with it: "Le
    Figaro" -> "au Figaro", "du Figaro"; "Les Echos" -> "aux Echos", "des Echos". Not when the rest
    is one common word ("du Monde" is also "la Coupe du Monde", "au Point" a phrase)."""
    article, _, rest = name.partition(" ")
    fused = lex.article_contractions.get(article.lower())
    if not fused or not article[:1].isupper() or not rest[:1].isupper() \
            or (" " not in rest and zipf(fold(rest), lex.code) >= lex.common_word_zipf):
        return []
    return [f"{word} {rest}" for word in fused]


#: Words this frequent (zipf) are function words ("Le", "Come", "The"), never given names.
FUNCTION_WORD_ZIPF = 5.5
KIND_RANK = {"name": 0, "acronym": 1, "surname": 2, "given": 3, "adjective": 4, "title": 5}
_NON_WORD = re.compile(r"[\W_]")


#: What ``_NON_WORD.sub(" ", text)`` replaces, spaces left out: a text is mostly letters and spaces, so
#: the engine rewrites only its punctuation (a third of the characters fewer to copy than with "[\W_]",
#: and faster than a ``str.translate`` table, whose every non-ASCII character is a dictionary lookup).
_NON_WORD_NOT_SPACE = re.compile(r"[^\w ]|_")
#: Most (surface, spelling) pairs whose fitting forms are kept; past it they are recomputed.
FITTING_CACHE = 1 << 16


def unaccented_initial(text: str) -> str:
    """``text`` with an accented capital first letter written without its accent ("États" -> "Etats")."""
    first = text[:1]
    if not first.isupper():
        return text
    base = unicodedata.normalize("NFD", first)[0]
    return base + text[1:] if base != first and base.isupper() else text


def fold(text: str) -> str:
    """Lower case with the same length as ``text``, so offsets carry over unchanged."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep such letters as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("’", "'").replace("ʼ", "'")


class Form(NamedTuple):
    """One way a KB entry can be written: the exact form, its entity and its kind."""

    text: str
    entity_id: str
    kind: str  # name | acronym | adjective | surname | given (first word of a full name)


@dataclass(slots=True)
class Surface:
    """Everything one lower-cased key can stand for."""

    forms: list[Form] = field(default_factory=list)
    title: TitleWord | None = None
    generic: str | None = None  # entity type of an organisation noun ("governo": ORG)
    institution: InstitutionNoun | None = None  # a national body's noun ("senato", "foreign ministry")
    capital_only: bool = False  # every form needs a capital: lower-case hits are skipped early


#: A surface as plain values, the form kept on disk: (forms as (text, entity id, kind) tuples,
#: index of its title in the lexicon's titles or -1, generic type, index of its institution or -1,
#: capital_only). Surfaces are made from rows on first hit: an article meets a few hundred of the
#: ~90,000 keys, and making them all costs more than the rest of reading the matcher back.
SurfaceRow = tuple[tuple[tuple[str, str, str], ...], int, "str | None", int, bool]


class MatcherTable(NamedTuple):
    """Everything the matcher derives from the KB and the language data, as it is cached on disk."""

    automaton: ahocorasick.Automaton  # " key " -> (length, row index)
    rows: tuple[SurfaceRow, ...]
    given_names: frozenset[str]
    capital_of: dict[str, str]
    title_roles: frozenset[str]
    adjectives: frozenset[str]
    listed_given_names: frozenset[str]
    own_names: frozenset[str]
    monarchs: frozenset[str]
    family_names: frozenset[str]
    listed_anywhere: frozenset[str]


class Match(NamedTuple):
    """A key found in the text whose case fits at least one of its forms."""

    start: int
    end: int
    forms: tuple[Form, ...]
    title: TitleWord | None
    generic: str | None = None
    institution: InstitutionNoun | None = None

    @property
    def best_kind(self) -> str:
        if self.forms:
            return min((f.kind for f in self.forms), key=KIND_RANK.__getitem__)
        return "title"


@dataclass
class Matcher:
    kb: KnowledgeBase
    lex: LinkLexicon
    automaton: ahocorasick.Automaton
    given_names: frozenset[str]  # first words of KB person names: "Vladimir", "Keir"
    capital_of: dict[str, str]  # place id -> id of the country it is the capital of
    title_roles: frozenset[str]  # roles the language has title words for ("prominent" roles)
    build_seconds: float
    adjectives: frozenset[str] = frozenset()  # folded country adjectives: "belga", "americana"
    listed_given_names: frozenset[str] = frozenset()  # the language's given_names.txt, with case forms
    own_names: frozenset[str] = frozenset()  # folded organisation names the KB lists for this language
    monarchs: frozenset[str] = frozenset()  # ids of heads of state who reign (monarchs.py)
    family_names: frozenset[str] = frozenset()  # last words of KB people's full names: "Jones", "Brown"
    # every language's given_names.txt (names travel), without the KB people's first words
    listed_anywhere: frozenset[str] = frozenset()
    rows: tuple[SurfaceRow, ...] = ()  # the automaton's surfaces as plain values, by index
    # forms of a surface that fit one spelling: the same names recur in every article
    _fitting: dict[tuple[int, str], tuple[Form, ...]] = field(default_factory=dict, repr=False)
    _surfaces: list[Surface | None] = field(default_factory=list, repr=False)  # rows made into surfaces

    def __post_init__(self) -> None:
        self._surfaces = [None] * len(self.rows)
        self._fused_articles = frozenset(w for ws in self.lex.article_contractions.values() for w in ws)

    def surface(self, index: int) -> Surface:
        """The surface of row ``index``, made on first use (the titles and institutions are the
        lexicon's own objects)."""
        found = self._surfaces[index]
        if found is None:
            forms, title, generic, institution, capital_only = self.rows[index]
            found = self._surfaces[index] = Surface(
                [Form._make(f) for f in forms], self.lex.titles[title] if title >= 0 else None, generic,
                self.lex.institutions[institution] if institution >= 0 else None, capital_only)
        return found

    def find(self, text: str, folded: str, shadowed: list[Match] | None = None) -> list[Match]:
        """Non-overlapping matches, longest first then leftmost, in text order.

        ``shadowed`` collects organisation names that a longer title overlaps and ends inside:
        "il segretario del Consiglio di sicurezza russo" is a title AND names the council.
        """
        # (minus length, start, match): longest first then leftmost; no two share a span (the
        # automaton reports each key once), so the match itself is never compared
        found: list[tuple[int, int, Match]] = []
        # keys are " word word " over text whose non-word characters are spaces, so the
        # automaton itself only reports whole words (no Python work for "al" inside "national")
        scan = " " + _NON_WORD_NOT_SPACE.sub(" ", folded) + " "
        fitting = self._fitting
        surfaces = self._surfaces
        for end_index, (length, index) in self.automaton.iter(scan):
            surface = surfaces[index] or self.surface(index)
            start = end_index - length + 1
            if surface.capital_only and not text[start].isupper():
                continue
            end = end_index - 1
            if (text[end:end + 1] == "-" or text[start - 1:start] in ("-", "'", "’")) \
                    and inside_linked_name(text, start, end):
                continue  # "Seine" in "Seine-et-Marne": a part of a longer name, not the river
            original = text[start:end]
            forms = fitting.get((index, original))
            if forms is None:
                forms = tuple(f for f in surface.forms if _case_fits(f, original))
                if len(fitting) < FITTING_CACHE:
                    fitting[index, original] = forms
            if forms and self._fused_articles:
                start = self._past_fused_article(start, original, forms)
            if forms or surface.title or surface.generic or surface.institution:
                found.append((start - end, start, Match(start, end, forms, surface.title, surface.generic,
                                                        surface.institution)))
        found.sort()
        taken = bytearray(len(text) + 1)
        chosen = []
        titles: list[Match] = []
        for _, _, m in found:
            if taken.find(1, m.start, m.end) == -1:
                taken[m.start:m.end] = b"\x01" * (m.end - m.start)
                chosen.append(m)
                if m.title is not None and not m.forms:
                    titles.append(m)
            elif shadowed is not None and titles and self._organisation_name(m):
                # the title spells two words or more of the name ("consiglio di sicurezza"), not
                # only its head noun ("presidente del consiglio" + "Consiglio dei ministri")
                title = next((t for t in titles if t.start < m.start < t.end < m.end
                              and " " in folded[m.start:t.end]), None)
                if title is not None and taken.find(1, title.end, m.end) == -1:
                    shadowed.append(m)
        chosen.sort(key=lambda m: m.start)
        return chosen

    def _past_fused_article(self, start: int, original: str, forms: tuple[Form, ...]) -> int:
        """Where the name starts in "au Figaro": past the fused preposition, which is no part of
        it (only when every form read is such a form, not a name like "Des Moines")."""
        word = original.split(" ", 1)[0]
        if word.lower() in self._fused_articles \
                and all(f.text.split(" ", 1)[0] in self._fused_articles for f in forms):
            return start + len(word) + 1
        return start

    def _organisation_name(self, m: Match) -> bool:
        return any(f.kind == "name" for f in m.forms) and " " in m.forms[0].text and all(
            self.kb.entries[f.entity_id].type in ("ORG", "MEDIA", "GROUP") for f in m.forms)


def _merge(into: Surface, other: Surface) -> None:
    into.forms.extend(other.forms)
    into.title = into.title or other.title
    into.generic = into.generic or other.generic
    into.institution = into.institution or other.institution
    into.capital_only = into.capital_only and other.capital_only


def _case_fits(form: Form, original: str) -> bool:
    if not form.text[-1:].isalnum() and fold(original[-1:]) != fold(form.text[-1:]):
        # keys space punctuation out, so the German genitive "Merz'" also matched "Merz," and "Hamas."
        return False  # (a mention ending in the comma or full stop after the name: events' commas lost)
    if form.kind == "acronym":
        return original == form.text
    if form.kind in ("name", "surname", "given") and form.text[:1].isupper():
        return original[:1].isupper() and (form.kind != "surname" or _name_words_capitalised(form, original))
    if form.kind == "surname":
        return _name_words_capitalised(form, original)  # "de Gaulle", never "de gaulle"
    return True


def _name_words_capitalised(form: Form, original: str) -> bool:
    """Every word a family name of several words capitalises is capitalised in the text: "le maire"
    is no "Le Maire" (nor "le Maire" of a KB alias), "De Gaulle" at a sentence's start is "de Gaulle"."""
    return all(o[:1].isupper() for f, o in zip(form.text.split()[1:], original.split()[1:]) if f[:1].isupper())


#: Kinds of form that, written with a capital, match only a capitalised spelling.
_CAPITALISED_KINDS = frozenset({"name", "surname", "given"})

_CACHE: dict[tuple[int, str], Matcher] = {}
_LOCK = threading.Lock()


def matcher(kb: KnowledgeBase, code: str) -> Matcher:
    """The matcher of ``code`` over ``kb``, built on first use and kept for the process."""
    key = (id(kb), code)
    found = _CACHE.get(key)
    if found is not None and found.kb is kb:
        return found
    with _LOCK:
        found = _CACHE.get(key)
        if found is None or found.kb is not kb:
            found = _build(kb, lexicon(code))
            _CACHE[key] = found
    return found


#: Entries whose several-word names of capitalised words decline as a whole where the language's
#: name_inflections.tsv has case rows of kind "body" (German adjective and noun).
BODY_TYPES = frozenset({"ORG", "MEDIA", "GROUP"})


def _build(kb: KnowledgeBase, lex: LinkLexicon) -> Matcher:
    began = time.perf_counter()
    if kb.sources is None:  # entries given in code: nothing on disk says what they are
        table = _table(kb, lex)
    else:
        table = disk_cache.derived(f"link-matcher-{lex.code}", [_package_digest(), *kb.sources],
                                   lambda: _table(kb, lex), fmt="pickle")
    return Matcher(kb, lex, table.automaton, table.given_names, table.capital_of, table.title_roles,
                   time.perf_counter() - began, table.adjectives, table.listed_given_names, table.own_names,
                   table.monarchs, table.family_names, table.listed_anywhere, table.rows)


#: What shapes the matcher besides the KB files: this package, the language folders and their
#: readers, the KB loader's modules (its data files are the KB's own ``sources``).
_SOURCE_PARTS = ("disk_cache.py", "link", "lang", *(f"kb/{p.name}" for p in sorted(
    (Path(__file__).resolve().parent.parent / "kb").glob("*.py"))))


@cache
def _package_digest() -> bytes:
    """One hash of everything besides the KB files that the matcher is derived from: every file of
    every language folder (the build reads other languages' given names and monarch titles too),
    the source of the packages that build it, and the versions of the libraries it calls."""
    digest = hashlib.sha256()
    for version in ("pyahocorasick", "wordfreq"):
        try:
            digest.update(f"{version}={metadata.version(version)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{version}=?\0".encode())
    digest.update(tree_digest(Path(__file__).resolve().parent.parent, _SOURCE_PARTS))
    return digest.digest()


def tree_digest(root: Path, parts: tuple[str, ...]) -> bytes:
    """The hash of the files ``parts`` (files or folders, walked whole) under ``root``, with their
    paths: a changed, added, removed or renamed file changes it."""
    digest = hashlib.sha256()
    files: list[Path] = []
    for part in parts:
        top = root / part
        if top.is_file():
            files.append(top)
        elif top.is_dir():
            files.extend(p for p in top.rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for path in sorted(files):
        data = path.read_bytes()
        digest.update(b"\0" + path.relative_to(root).as_posix().encode() + b"\0" + len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def _table(kb: KnowledgeBase, lex: LinkLexicon) -> MatcherTable:
    surfaces: dict[str, Surface] = {}
    seen: set[Form] = set()
    # keys with a form that needs no capital: noted as forms are added, instead of testing every
    # form of every key again when the automaton is filled (a tenth of the build)
    any_case: set[str] = set()

    def add(text: str, entity_id: str, kind: str) -> None:
        form = Form(text.strip(), entity_id, kind)
        if len(form.text) < 2 or form in seen:
            return
        if lex.unaccented_capitals and form.text[0] != (bare := unaccented_initial(form.text))[0]:
            add(bare, entity_id, kind)  # "Etats-Unis" as typeset without the capital's accent
        seen.add(form)
        key = fold(form.text)
        surface = surfaces.get(key)
        if surface is None:
            surface = surfaces[key] = Surface()
        surface.forms.append(form)
        if kind not in _CAPITALISED_KINDS or not form.text[:1].isupper():
            any_case.add(key)

    given: set[str] = set()
    # "Papa Wemba", "President X": words that are cues or titles are never given names
    role_words = {w for phrase in [*lex.cues_before, *lex.cues_inside, *(t.phrase for t in lex.titles)]
                  for w in phrase.split()}
    full_names: list[tuple[str, str]] = []
    for text, entity_id, kind in kb.surface_forms(lex.code):
        entry = kb.entries[entity_id]
        if entry.type == "PERSON" and kind == "name" and " " not in text.strip() \
                and " " in entry.name:
            kind = "surname"  # "Putin", "Xi": resolved like a surname (see resolve.py)
        add(text, entity_id, kind)
        for inflected in lex.inflected(text, "name" if kind == "surname" else kind):
            add(inflected, entity_id, kind)
        for declined in lex.declined(text, "name" if kind == "surname" else kind):
            add(declined, entity_id, kind)
        if kind in ("name", "acronym") and entry.type in BODY_TYPES:
            for fused in _fused_article_forms(text, lex):  # "au Figaro", "du Canard enchaîné"
                add(fused, entity_id, kind)
        if kind == "name" and entry.type in BODY_TYPES and all(w[:1].isupper() for w in text.split()):
            for declined in lex.declined(text, "body"):  # "des Statistischen Bundesamts"
                add(declined, entity_id, kind)
        if entry.type == "PERSON" and kind == "name" and " " in text:
            full_names.append((text, entity_id))
    for name in lex.given_names:
        given.add(name)
    # names travel ("Doug Ford" in a Spanish article): another language's given names count too,
    # unless the word is common here ("Will", "Mark" where they are words)
    for other in langdata.supported():
        data = langdata.load(other)
        if other != lex.code:  # words() reads an absent given_names.txt as empty
            given.update(n for n in data.words("given_names.txt") if fold(n) not in role_words
                         and zipf(fold(n), lex.code) < lex.common_word_zipf)
    listed_anywhere = set(given)  # the lists' names only, before KB people's first words join

    def case_forms(name: str) -> list[str]:
        return [r.apply(name) for r in lex.inflection_index.fitting(name, "name") if r.case]

    openers = family_name_openers()
    for text, entity_id in full_names:
        words = without_suffix(text.split())  # "Surangel Whipps Jr.": the family name is "Whipps"
        first = words[0]
        if first[:1].isupper() and len(first) > 2 and not first.endswith(".") \
                and zipf(fold(first), lex.code) < FUNCTION_WORD_ZIPF and fold(first) not in role_words:
            given.add(first)  # "Le", "Come" begin some KB names but are words, not given names
        family = family_first_word(words, kb.entries[entity_id], kb)
        if family is not None:  # "Xi Jinping", "Kim Jong Un": the family name opens the name
            add(family, entity_id, "surname")  # (of two letters too: "Xi"; resolve.py says when it is safe)
            for inflected in lex.inflected(family, "name"):
                add(inflected, entity_id, "surname")
            given_word = words[-1] if first == family else first  # "Jinping" of "Xi Jinping", "William" of "William Lai"
            if given_word[:1].isupper() and len(given_word) > 2 and not given_word.endswith("."):
                add(given_word, entity_id, "given")  # (only near the full name; not "Un" of "Kim Jong Un")
            continue
        if first[:1].isupper() and len(first) > 1 and not first.endswith("."):
            add(first, entity_id, "given")  # "Donald" after "Donald Trump": only after the full name
        for surname in {family_name(words, openers), words[-1]}:
            # (the last word alone too: "Kirchner" for "Cristina Fernández de Kirchner"; in "Le Pen"
            # the longer form wins)
            if surname[:1].isupper() and len(surname) > 2 or " " in surname:
                add(surname, entity_id, "surname")
                for inflected in lex.inflected(surname, "name"):
                    add(inflected, entity_id, "surname")
    # where names decline, "Александра" and "Владимиром" are given names too
    given |= {form for name in given for form in case_forms(name)}
    listed = set(lex.given_names)
    listed |= {form for name in listed for form in case_forms(name)}
    listed_anywhere |= {form for name in listed_anywhere for form in case_forms(name)}
    for title in lex.titles:
        surfaces.setdefault(fold(title.phrase), Surface()).title = title
    for noun, entity_type in lex.organisation_nouns.items():
        surfaces.setdefault(fold(noun), Surface()).generic = entity_type
    for body in lex.institutions:  # "Parlaments", "Senats": the noun's inflected forms too
        for form in [body.phrase, *lex.inflected(body.phrase, "name")]:
            surface = surfaces.setdefault(fold(form), Surface())
            surface.institution = surface.institution or body

    automaton = ahocorasick.Automaton()
    kept: list[Surface] = []
    for key, surface in surfaces.items():
        surface.capital_only = surface.title is None and surface.generic is None \
            and surface.institution is None and key not in any_case
        spaced = " " + _NON_WORD.sub(" ", key) + " "
        found = automaton.get(spaced, None)
        if found is not None:  # "U.S." and "U S" fold to the same key: keep both forms
            _merge(kept[found[1]], surface)
        else:
            automaton.add_word(spaced, (len(spaced), len(kept)))
            kept.append(surface)
    automaton.make_automaton()
    title_index = {id(t): i for i, t in enumerate(lex.titles)}
    institution_index = {id(b): i for i, b in enumerate(lex.institutions)}
    rows = tuple((tuple(tuple(f) for f in s.forms), title_index[id(s.title)] if s.title else -1, s.generic,
                  institution_index[id(s.institution)] if s.institution else -1, s.capital_only) for s in kept)
    capital_of = {e.capital: e.id for e in kb.entries.values() if e.type == "COUNTRY" and e.capital}
    adjectives = frozenset(fold(f.text) for f in seen if f.kind == "adjective")
    # (with the language's own case-sensitive forms: "Grünen" is the party, "grünen" the colour; and
    # the names of bodies of the language's home country written alike everywhere: "Lufthansa")
    own = frozenset(fold(name) for e in kb.entries.values() if e.type in ("ORG", "MEDIA", "GROUP")
                    for name in (*e.aliases.get(lex.code, ()), *e.acronyms.get(lex.code, ()),
                                 *(e.aliases.get("*", ()) if lex.home_country and e.country == lex.home_country
                                   else ())))
    return MatcherTable(automaton, rows, frozenset(given), capital_of,
                        frozenset(r for t in lex.titles for r in t.roles), adjectives, frozenset(listed), own,
                        monarchs(kb),
                        frozenset(w for t, _ in full_names if (w := t.split()[-1])[:1].isupper() and len(w) > 2
                                  and fold(w) not in role_words), frozenset(listed_anywhere))
