"""A country named only by an adjective that describes something is not an actor of the article.

"la compañía belga", "navire de pêche espagnol", "ora italiana": the adjective says where a thing
is from, and the gold-set guidelines do not count it as a mention of the country. An adjective
does name the country as an actor when a title or an organisation noun goes with it ("il
cancelliere tedesco": Germany too) or when it is coordinated with other adjectives ("i
negoziatori russo, ucraino e statunitense", "siti governativi tedeschi e americani"): the text
then sets several parties side by side, as a hyphenated pair does ("la cooperazione
russo-cinese"), or when it goes with a noun of an act or a stance (``act_nouns`` in link_settings.tsv:
"la proposta russa", "российскую инициативу"). A plural word for the country's people right after a
plural article (``people_articles``) is the country acting, as the gold guidelines take "I russi",
"les Français", "los rusos", "die Russen": German spells the noun apart from the adjective and
capitalises it (``people_nouns_capitalised``), so "die russischen Truppen" stays a description. A country with at least one such adjective, or with any
other kind of mention, is kept; one with describing adjectives only is dropped. An adjective that
names a language ("en anglais", "in inglese": ``language_markers`` in link_settings.tsv) names no
country at all.
"""
from __future__ import annotations

from cronaca.document import Entity, Mention
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView


def drop_describing_adjectives(entities: list[Entity], view: TextView, lex: LinkLexicon,
                               covered: list[tuple[int, int]]) -> list[Entity]:
    """``entities`` without the countries that only describing adjectives mention, and without the
    adjectives that name a language ("en anglais", "in inglese", "auf Spanisch")."""
    languages: set[int] = set()  # ends of language names met so far: "auf Spanisch und Englisch"
    for x in sorted((x for e in entities if e.type == "COUNTRY" for x in e.mentions), key=lambda x: x.start):
        if _language(x, view, lex, languages):
            languages.add(x.end)
    for entity in entities:
        if entity.type == "COUNTRY":
            entity.mentions = [x for x in entity.mentions if x.end not in languages]
    entities = [e for e in entities if e.mentions]
    adjective_starts = {x.start for e in entities for x in e.mentions if x.kind == "adjective"}
    kept = []
    for entity in entities:
        if entity.type == "COUNTRY" and entity.mentions \
                and all(x.kind == "adjective" for x in entity.mentions) \
                and not any(_names_actor(x, view, lex, covered, adjective_starts)
                            for x in entity.mentions):
            continue
        kept.append(entity)
    return kept


def _language(x: Mention, view: TextView, lex: LinkLexicon, languages: set[int]) -> bool:
    """True when the adjective names a language: a language marker stands right before it
    ("en anglais", "lingua inglese", "auf Spanisch"), or a conjunction after another language
    ("auf Spanisch und Englisch")."""
    if x.kind != "adjective" or not lex.language_markers \
            or not (view.text[x.start - 1:x.start].isspace() or view.folded[x.start - 1:x.start] == "'"):
        return False  # "l'anglais": an elided article may stand right before it
    before = view.words_before(x.start, 1)
    if not before:
        return False
    if before[-1] in lex.language_markers:
        return True
    if before[-1] in lex.conjunctions:
        conjunction = view.folded.rfind(before[-1], 0, x.start)
        return len(view.text[:conjunction].rstrip(" ,")) in languages
    return False


def _names_actor(x: Mention, view: TextView, lex: LinkLexicon, covered: list[tuple[int, int]],
                 adjective_starts: set[int]) -> bool:
    if any(s <= x.start and x.end <= e for s, e in covered):
        return True  # part of a title or an organisation phrase
    if people_noun(x, view, lex):
        return True  # "i russi hanno attaccato", "die Russen"
    if view.text[x.end:x.end + 1] == "-" and x.end + 1 in adjective_starts \
            or view.text[x.start - 1:x.start] == "-" and any(
                view.text[k:x.start - 1].isalpha() for k in adjective_starts if k < x.start - 1):
        return True  # "russo-cinese": a relation between two countries
    before = view.words_before(x.start, 1)
    noun = before[-1].rpartition("'")[2].rpartition("’")[2] if before else ""  # "l'offensive russe": past the elided article
    if view.word_after(x.end) in lex.act_nouns or noun in lex.act_nouns:
        return True  # "la proposta russa", "российскую инициативу": the country acts
    if before and before[-1] in lex.conjunctions and view.text[x.start - 1:x.start].isspace():
        return True  # "... e statunitense"
    after = view.text[x.end:x.end + 12]
    stripped = after.lstrip(" ")
    if stripped.startswith(","):
        nxt = x.end + len(after) - len(stripped) + 1
        while nxt < len(view.text) and view.text[nxt] == " ":
            nxt += 1
        return nxt in adjective_starts  # "russo, ucraino"
    word = view.word_after(x.end)
    if word in lex.conjunctions:
        nxt = view.folded.find(word, x.end) + len(word)
        while nxt < len(view.text) and view.text[nxt] == " ":
            nxt += 1
        return nxt in adjective_starts  # "tedeschi e americani"
    return False


def people_noun(x: Mention, view: TextView, lex: LinkLexicon) -> bool:
    """True for a country's people named after a plural article ("gli italiani", "les Russes", "die
    Ukrainer"), with no capitalised word right after that it would qualify ("die Schweizer Armee")."""
    if not lex.people_articles or view.text[x.start - 1:x.start] not in (" ", "\u00a0"):
        return False
    before = view.words_before(x.start, 1)
    if not before or before[-1] not in lex.people_articles:
        return False
    if lex.people_nouns_capitalised and not view.text[x.start:x.start + 1].isupper():
        return False
    nxt = view.text[x.end:x.end + 2]
    if nxt[:1] in _GENDER_MARKS and view.text[x.end + 1:x.end + 6].casefold() == "innen":
        return False  # "die Venezolaner:innen": people counted one by one, not the state
    return not (nxt[:1] == " " and nxt[1:2].isupper())


#: Marks of a gender-inclusive plural ("Ukrainer:innen", "Ukrainer*innen", "Ukrainer_innen").
_GENDER_MARKS = frozenset(":*_/")
