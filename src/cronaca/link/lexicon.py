"""The language data the link stage reads, gathered once per language from ``lang/<code>/``.

Everything that differs between languages (titles, locative prepositions, cue words, name
particles, inflection rules, how capitalised words behave) comes from these files, so adding a
language adds files and never a branch in the code.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
import re
from typing import TYPE_CHECKING

from cronaca import lang as langdata
from cronaca.lang.calendar import CalendarWords, calendar_words

if TYPE_CHECKING:
    from cronaca.link.view import TextView

@cache
def _month_names(code: str) -> frozenset[str]:
    """The language's month names and abbreviations, lower case (weekdays left out; an abbreviation such as
    Spanish "may" is no given name to free: "May 5, 2022" is an English date)."""
    return frozenset(row["name"].lower() for row in langdata.load(code).table("months.tsv"))


#: A day number right before a month ("le 14 Juillet", "1er Mai"): the capitalised month is a date.
_DAY_NUMBER_BEFORE = re.compile(r"\d{1,2}(?:er|º|°)?[ \u00a0]+$")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-ZÀ-ÖØ-Þ]")


@dataclass(frozen=True, slots=True)
class TitleWord:
    phrase: str  # lower case
    roles: tuple[str, ...]  # KB role vocabulary, tried in order ("head_of_state,president")
    plural: bool
    # the same form is plural too ("Außenminister", "Minister"): a plural determiner before it decides
    also_plural: bool = False
    # names its holder only with an owner next to it ("AfD-Chef", "il leader della Lega"): alone ("der Chef") nobody
    owned: bool = False

    @property
    def role(self) -> str:
        return self.roles[0]


@dataclass(frozen=True, slots=True)
class InstitutionNoun:
    """A noun of a national body ("senato", "foreign ministry"): see institution_nouns.tsv."""

    phrase: str  # lower case
    kind: str  # the KB field "institution": senate, foreign_ministry, armed_forces...
    acts_as: str  # COUNTRY (the government: the country acting) or ORG (a body of its own)
    alone: bool  # capitalised and without a country it names the body of the article's country
    # alone "capital": also the noun names a body only capitalised, its lower-case form being an ordinary
    # word of another sense ("il Tesoro americano" and "un tesoro", "Hacienda" and "una hacienda")
    capital_only: bool = False


@dataclass(frozen=True, slots=True)
class Inflection:
    """Append ``add`` after dropping ``remove`` characters from a form ending with ``ending``."""

    ending: str  # "" = any; "[abc]" = one of these letters; else a literal suffix
    remove: int
    add: str
    kinds: frozenset[str]
    case: str = ""  # in languages where every word of a name declines together (Russian): its case

    def applies(self, form: str) -> bool:
        if not self.ending:
            return True
        if self.ending.startswith("[") and self.ending.endswith("]"):
            return bool(form) and form[-1] in self.ending[1:-1]
        return form.endswith(self.ending)

    def apply(self, form: str) -> str:
        return (form[: len(form) - self.remove] if self.remove else form) + self.add


@dataclass(frozen=True)
class RuleIndex:
    """Inflection rules by the last letter of the forms they fit, each bucket in file order: Russian
    has hundreds of rules, and every one of tens of thousands of KB forms would otherwise be tried
    against all of them when the matcher is built."""

    by_last: dict[str, tuple[Inflection, ...]]
    anywhere: tuple[Inflection, ...]  # rules with an empty ending: they fit every form

    @classmethod
    def of(cls, rules: tuple[Inflection, ...]) -> "RuleIndex":
        letters: dict[Inflection, str] = {}
        for rule in rules:
            if rule.ending.startswith("[") and rule.ending.endswith("]"):
                letters[rule] = rule.ending[1:-1]
            elif rule.ending:
                letters[rule] = rule.ending[-1]
        every = {c for found in letters.values() for c in found}
        return cls({c: tuple(r for r in rules if r not in letters or c in letters[r]) for c in every},
                   tuple(r for r in rules if r not in letters))

    def fitting(self, form: str, kind: str) -> list[Inflection]:
        """The rules for ``kind`` whose ending ``form`` has, in file order."""
        return [r for r in self.by_last.get(form[-1:], self.anywhere) if kind in r.kinds and r.applies(form)]


@dataclass(frozen=True)
class LinkLexicon:
    code: str
    titles: tuple[TitleWord, ...]
    locatives: frozenset[str]  # lower case; may hold several words ("vicino a")
    cues_before: dict[str, str]  # lower-case word -> PERSON | ORG | PLACE
    cues_inside: dict[str, str]
    cues_after: dict[str, str]
    cues_head: dict[str, str]  # lower-case head nouns that end a name after a capitalised word ("суд")
    cues_lead: dict[str, str]  # lower-case nouns that begin a place's name before it ("fiume", "rue")
    cues_lead_bare: dict[str, str]  # the same, only with no particle between ("stazione Termini")
    particles: tuple[str, ...]  # longest first, so "von der" is tried before "von"
    inflections: tuple[Inflection, ...]
    organisation_nouns: dict[str, str]  # "governo" -> ORG, "ribelli" -> GROUP
    name_endings: tuple[tuple[str, str], ...]  # ("ini", PERSON), longest ending first
    calendar: CalendarWords  # month and weekday names (capitalised but never names) and their abbreviations
    abbreviations: frozenset[str]  # "m", "dr": a period after them does not end a sentence
    common_word_zipf: float
    common_word_everywhere: bool
    lone_word_needs_cue: bool  # German: every noun is capitalised, so one word alone is no name
    conjunctions: frozenset[str] = frozenset()  # "e", "and": coordinated adjectives name actors
    act_nouns: frozenset[str] = frozenset()  # "proposta", "инициативу": an adjective by them names an actor
    definite_articles: frozenset[str] = frozenset()  # "il", "della", "the": no person follows
    indefinite_articles: frozenset[str] = frozenset()  # "un", "une": "X, une organisation" says what X is
    language_markers: frozenset[str] = frozenset()  # "en", "lingua": "en anglais" names a language
    prepositions: frozenset[str] = frozenset()  # "in", "da": a site noun after one names a site ("in via Roma")
    word_suffixes: tuple[str, ...] = ()  # German "s", "en": inflected common nouns ("Wahlkampfs")
    initial_word_zipf: float = 4.3  # first of several capitalised words at a sentence start: common above
    given_names: frozenset[str] = frozenset()  # common given names beyond the KB's ("Александр")
    case_rules: tuple[Inflection, ...] = ()  # rules with a case label: words of a name decline together
    institutions: tuple[InstitutionNoun, ...] = ()  # "senato", "foreign ministry": national bodies
    home_country: str | None = None  # ISO3 of the country a bare "il Senato" means when none is named
    national_titles: frozenset[str] = frozenset()  # "kanzler": bare, the home country's office (titles.py)
    regional_adjectives: frozenset[str] = frozenset()  # "europeo", "occidentali": owners that are no country
    not_current_holder: frozenset[str] = frozenset()  # "incaricato", "former", "-elect": not today's holder
    monarch_titles: frozenset[str] = frozenset()  # "re", "king": titles a monarch has; "presidente" is none
    generational_suffixes: frozenset[str] = frozenset()  # "jr.", "hijo": after a name, another person
    platform_cues: frozenset[str] = frozenset()  # "on", "auf": "on X" names a platform
    currency_nouns: frozenset[str] = frozenset()  # "dollars", "pesos": "dollars de Taïwan" names no country
    letter_platforms: dict[str, str] = field(default_factory=dict)  # "x" -> the KB id of the platform
    said_to: frozenset[str] = frozenset()  # "declaraciones", "detto": "a X" after them is no place
    plural_articles: frozenset[str] = frozenset()  # "les", "des", "i": before a group of people
    # words that make a title spelled alike in both numbers plural ("die Außenminister", "alle Minister")
    plural_determiners: frozenset[str] = frozenset()
    party_adjectives: dict[str, str] = field(default_factory=dict)  # "dem" -> the party's KB id
    inhabitant_endings: tuple[str, ...] = ()  # "ais", "ois", "esi": plural nouns of a place's people
    small_town_countries: tuple[str, ...] = ()  # ISO2 codes where towns of 1,000+ count (gazetteer.py)
    place_code: str = ""  # regex of a town's code in brackets after it, "(MB)" (group 1: the code)
    place_codes: dict[str, str] = field(default_factory=dict)  # "MB" -> the province it names (place_codes.tsv)
    function_words: frozenset[str] = frozenset()  # function_words.txt: "ma", "con": no name ends in one
    # language_names.txt, as written ("English", "anglais"): alone, such a word is no surname
    language_names: frozenset[str] = frozenset()
    addressee_prepositions: frozenset[str] = frozenset()  # "a", "à", "an": also "to whom" ("scritto a X")
    # prepositions with an article ("nel", "im", "en la"): a place only before a lone rare word
    article_locatives: frozenset[str] = frozenset()
    # region_words.txt, as written: regions named like a frequent word ("la Somme", "la Manche", "le
    # Lot"), a place after such a preposition all the same
    region_words: frozenset[str] = frozenset()
    # common_acronyms.txt, as written: acronyms of common nouns ("AI", "GDP", "PIL", "KI"), no body's name
    common_acronyms: frozenset[str] = frozenset()
    # prepositions of origin ("aus", "desde", "depuis"): before a name no stronger cue types, they make
    # it a place ("Flüchtlinge aus Idlib"), as a locative does (link_settings.tsv origin_prepositions)
    origins: frozenset[str] = frozenset()
    # a sentence-case name after an organisation's cue noun ("la société Terres australes a annoncé"):
    # the words that end it (auxiliaries, relatives: ``cued_name_ends``) and those that join two of its
    # lower-case words ("l'association Aide aux exilés": ``cued_name_joins``), link_settings.tsv
    cued_name_ends: frozenset[str] = frozenset()
    cued_name_joins: frozenset[str] = frozenset()
    # where every noun is capitalised, endings of derived common nouns ("-ung", "-heit", "-schaft"):
    # a word with one is no name ("in Millionenhöhe", "nach Erreichung"), link_settings.tsv
    common_noun_endings: tuple[str, ...] = ()
    # locatives that also introduce a firm, a club or a person ("bei Siemens", "bei Partizan"): after
    # one, only a known town's name is a place (link_settings.tsv weak_locatives)
    weak_locatives: frozenset[str] = frozenset()
    club_articles: frozenset[str] = frozenset()  # "il", "el": "il Napoli", "el Sevilla" name the club
    unaccented_capitals: bool = False  # orthography.tsv: French "Etats-Unis", "Egypte" drop the accent
    adjectives_follow: bool = True  # "il ministero della Giustizia iracheno"; not German or English
    # English: a bare body noun may modify the noun after it ("the military base"); the words that may
    # follow it as its verb or a function word ("*ed" an ending): any other lower-case word is a noun it modifies
    not_adjunct_words: frozenset[str] = frozenset()
    region_nouns: frozenset[str] = frozenset()  # "provincia", "région": "provincia de Córdoba" is no city
    state_words: frozenset[str] = frozenset()  # "nación", "república": "Congreso de la Nación" is the state's own
    subdivision_nouns: frozenset[str] = frozenset()  # "state", "Bundesstaat": "the state of Georgia" is no country
    subdivision_heads: frozenset[str] = frozenset()  # "governor", "gov": "Georgia Gov. Kemp" is the state
    name_modifiers: frozenset[str] = frozenset()  # "fédéral", "ortodossa": lower-case words of a body's name
    # "provincial", "regionale": after a government noun, a region's or town's government, not the country's
    subnational_modifiers: frozenset[str] = frozenset()
    seat_prepositions: frozenset[str] = frozenset()  # "in": "die Regierung in Bern" governs from Bern
    system_nouns: frozenset[str] = frozenset()  # "régimen": "régimen de excepción" is no government
    # articles, quantifiers, numerals: where every noun is capitalised, a town's name right after one is
    # a common noun ("mehrere Male", "die Halle"): a town takes no article unless an adjective qualifies it
    noun_determiners: frozenset[str] = frozenset()
    designate_words: frozenset[str] = frozenset()  # "incaricato", "elect": holder not yet in office (titles.py)
    # "i", "les", "die": a country's plural people word right after one is the country acting ("i russi")
    people_articles: frozenset[str] = frozenset()
    # words that give no letter to an acronym beyond articles, prepositions and particles ("for", "sur")
    acronym_small_words: frozenset[str] = frozenset()
    people_nouns_capitalised: bool = False  # German: "die Russen" (a noun), not "die russische Armee"
    # particles after a body's head noun that open the rest of its name where every noun is capitalised
    # ("Bundesamt für Migration", "Deutsches Institut für Wirtschaftsforschung"): unknown.py
    body_particles: frozenset[str] = frozenset()
    # articles that open a family name after a given name ("Marine Le Pen", "Ignazio La Russa")
    family_name_articles: frozenset[str] = frozenset()
    # an article a name opens with -> the prepositions fused with it ("le" -> "au", "du"): "au Figaro"
    # names "Le Figaro"
    article_contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    body_heads: frozenset[str] = frozenset()  # "zentrum": heads a body's name only before a body particle
    # body particles only after a compound of a noun of compound_body_heads ("Bundesministerium der
    # Finanzen"; "die Armee des Landes", "vor dem Oberlandesgericht der Prozess" name no body): unknown.py
    compound_body_particles: frozenset[str] = frozenset()
    compound_body_heads: frozenset[str] = frozenset()
    # particles (with their article) that join one lower-case noun to a sentence-case body's name after its
    # modifiers ("Office fédéral de l'agriculture", "Convention citoyenne pour le climat"): unknown.py
    complement_particles: tuple[str, ...] = ()
    calendar_lower_case: bool = False  # months and weekdays written lower case: "Julio" inside a sentence is a name

    def calendar_at(self, view: TextView, start: int, end: int) -> bool:
        """Is the word at ``start:end`` a month or weekday here ("Juni", "Jun. 12"), not a name ("Uwe Jun")?
        Where months are written lower case, a capitalised one inside a sentence and after no day number
        is a name ("Julio Carnero", "María Abril"; weekdays stay dates: "Viernes Santo"; but "le 14 Juillet" stays the date), and so is one opening a
        sentence before another capitalised word ("Julio Carnero defendió")."""
        if self.calendar_lower_case and view.text[start:start + 1].isupper() and not view.text[start:end].isupper() \
                and view.folded[start:end] in _month_names(self.code) & self.calendar.names \
                and not _DAY_NUMBER_BEFORE.search(view.text, max(0, start - 8), start) \
                and (not view.sentence_initial(start) or _CAPITAL_AFTER.match(view.text, end)):
            return False
        return self.calendar.at(view.text, view.folded, start, end)

    @cached_property
    def title_phrases(self) -> frozenset[str]:
        """Every title's phrase, for asking whether a word is a title without a pass over them all."""
        return frozenset(t.phrase for t in self.titles)

    @cached_property
    def inflection_index(self) -> RuleIndex:
        return RuleIndex.of(self.inflections)

    @cached_property
    def case_indexes(self) -> dict[str, RuleIndex]:
        """Per case, the index of its rules (empty in languages whose names do not decline together)."""
        cases = dict.fromkeys(r.case for r in self.case_rules)
        return {case: RuleIndex.of(tuple(r for r in self.case_rules if r.case == case)) for case in cases}

    def inflected(self, form: str, kind: str) -> list[str]:
        """``form`` inflected by every rule for ``kind`` that fits its ending (the last word only)."""
        return [r.apply(form) for r in self.inflection_index.fitting(form, kind)]

    def declined(self, form: str, kind: str) -> list[str]:
        """Every case form of a several-word name whose words all decline together: see decline()."""
        return decline(form, self.case_indexes, kind)

    def case_forms(self, name: str) -> list[str]:
        """Every case form of ``name`` ("александр брод" -> "александра брода"...), empty in languages
        without case-labelled rules, so that a name met in two cases is one name."""
        if not self.case_rules:
            return []
        if " " in name:
            return self.declined(name, "name")
        return [r.apply(name) for r in self.case_rules if "name" in r.kinds and r.applies(name)]


@cache
def lexicon(code: str) -> LinkLexicon:
    """The link data of one language; a language without a folder raises LanguageDataError."""
    data = langdata.load(code)
    cues: dict[str, dict[str, str]] = {"before": {}, "inside": {}, "after": {}}
    for row in data.table("entity_cues.tsv"):
        cues.setdefault(row["position"], {})[row["cue"].lower()] = row["type"]
    settings = {row["key"]: row["value"] for row in data.table("link_settings.tsv")}
    for other in _listed(settings, "name_cue_languages"):
        # foreign bodies keep their own names ("Oxford Semantic Technologies", "Trafalgar Square"
        # in a French or Italian article): the words inside those names type them too; the
        # language's own cue wins where both list a word
        for word, entity_type in _inside_cues(other).items():
            cues["inside"].setdefault(word, entity_type)
    inflections = tuple(
        Inflection(r["ending"], int(r["remove"] or 0), r["add"],
                   frozenset(k.strip() for k in r["kinds"].split(",") if k.strip()), r.get("case") or "")
        for r in data.table("name_inflections.tsv"))
    return LinkLexicon(
        code=code,
        titles=_title_words(data.table("titles.tsv")),
        locatives=frozenset(w.lower() for w in data.words("locative_prepositions.txt")),
        article_locatives=frozenset(w.lower() for w in data.words("locative_articles.txt")),
        region_words=frozenset(data.words("region_words.txt")),
        common_acronyms=frozenset(data.words("common_acronyms.txt")),
        origins=frozenset(_listed(settings, "origin_prepositions")),
        cued_name_ends=frozenset(_listed(settings, "cued_name_ends")),
        cued_name_joins=frozenset(_listed(settings, "cued_name_joins")),
        common_noun_endings=tuple(_listed(settings, "common_noun_endings")),
        weak_locatives=frozenset(_listed(settings, "weak_locatives")),
        club_articles=frozenset(w.lower() for w in data.words("club_articles.txt")),
        cues_before=cues["before"], cues_inside=cues["inside"], cues_after=cues["after"],
        cues_head=cues.get("head", {}),
        cues_lead=cues.get("lead", {}),
        cues_lead_bare=cues.get("lead-bare", {}),
        particles=tuple(sorted({w.lower() for w in data.words("name_particles.txt")},
                               key=len, reverse=True)),
        inflections=inflections,
        organisation_nouns={r["noun"].lower(): r["type"] for r in data.table("organisation_nouns.tsv")},
        name_endings=tuple(sorted(((r["ending"].lower(), r["type"]) for r in data.table("name_endings.tsv")),
                                  key=lambda t: -len(t[0]))),
        calendar=calendar_words(code),
        abbreviations=frozenset(w.lower().rstrip(".") for w in data.words("abbreviations.txt")),
        common_word_zipf=float(settings.get("common_word_zipf", 4.3)),
        common_word_everywhere=settings.get("common_word_scope", "sentence_start") == "everywhere",
        lone_word_needs_cue=settings.get("lone_word_needs_cue", "no") == "yes",
        calendar_lower_case=settings.get("calendar_case", "") == "lower",
        act_nouns=frozenset(w.strip().lower() for w in settings.get("act_nouns", "").split(",") if w.strip()),
        definite_articles=frozenset(w.strip().lower() for w in settings.get("definite_articles", "")
                                    .split(",") if w.strip()),
        indefinite_articles=frozenset(_listed(settings, "indefinite_articles")),
        prepositions=frozenset(_listed(settings, "prepositions")),
        language_markers=frozenset(_listed(settings, "language_markers")),
        word_suffixes=tuple(sorted((w.strip().lower() for w in settings.get("common_word_suffixes", "")
                                   .split(",") if w.strip()), key=len, reverse=True)),
        conjunctions=frozenset(w.strip().lower() for w in settings.get("conjunctions", "").split(",")
                               if w.strip()),
        initial_word_zipf=float(settings.get("initial_word_zipf", settings.get("common_word_zipf", 4.3))),
        given_names=frozenset(data.words("given_names.txt")),
        case_rules=tuple(r for r in inflections if r.case),
        institutions=tuple(InstitutionNoun(r["noun"].lower(), r["institution"], r["acts_as"].upper(),
                                           r["alone"].lower() in ("yes", "capital"),
                                           r["alone"].lower() == "capital")
                           for r in data.table("institution_nouns.tsv")),
        home_country=settings.get("home_country") or None,
        national_titles=frozenset(_listed(settings, "national_titles")),
        regional_adjectives=frozenset(w.strip().lower() for w in settings.get("regional_adjectives", "")
                                      .split(",") if w.strip()),
        not_current_holder=frozenset(_listed(settings, "not_current_holder")),
        monarch_titles=frozenset(_listed(settings, "monarch_titles")),
        generational_suffixes=frozenset(_listed(settings, "generational_suffixes")),
        platform_cues=frozenset(_listed(settings, "platform_cues")),
        currency_nouns=frozenset(_listed(settings, "currency_nouns")),
        letter_platforms=dict(pair.split("=", 1) for pair in _listed(settings, "letter_platforms")),
        said_to=frozenset(_listed(settings, "said_to")),
        addressee_prepositions=frozenset(_listed(settings, "addressee_prepositions")),
        place_code=settings.get("place_code", ""),
        place_codes={r["code"]: r["name"] for r in data.table("place_codes.tsv")},
        function_words=frozenset(w.lower() for w in data.words("function_words.txt")),
        language_names=frozenset(data.words("language_names.txt")),
        small_town_countries=tuple(w.upper() for w in _listed(settings, "small_town_countries")),
        plural_articles=frozenset(_listed(settings, "plural_articles")),
        plural_determiners=frozenset(_listed(settings, "plural_determiners")),
        party_adjectives={r["form"].lower(): r["entity"] for r in data.table("party_adjectives.tsv")},
        inhabitant_endings=tuple(_listed(settings, "inhabitant_endings")),
        unaccented_capitals=data.writes("unaccented_capitals"),
        region_nouns=frozenset(_listed(settings, "region_nouns")),
        state_words=frozenset(w.lower() for w in _listed(settings, "state_words")),
        subdivision_nouns=frozenset(_listed(settings, "subdivision_nouns")),
        subdivision_heads=frozenset(_listed(settings, "subdivision_heads")),
        adjectives_follow=settings.get("adjectives_follow_nouns", "yes") == "yes",
        not_adjunct_words=frozenset(w.lower() for w in _listed(settings, "not_adjunct_words")),
        name_modifiers=frozenset(w.lower() for w in data.words("name_modifiers.txt")),
        subnational_modifiers=frozenset(w.lower() for w in data.words("subnational_modifiers.txt")),
        seat_prepositions=frozenset(_listed(settings, "seat_prepositions")),
        system_nouns=frozenset(w.lower() for w in data.words("system_nouns.txt")),
        noun_determiners=frozenset(_listed(settings, "noun_determiners")),
        designate_words=frozenset(_listed(settings, "designate_words")),
        people_articles=frozenset(_listed(settings, "people_articles")),
        acronym_small_words=frozenset(_listed(settings, "acronym_small_words")),
        people_nouns_capitalised=settings.get("people_nouns_capitalised", "no") == "yes",
        body_particles=frozenset(_listed(settings, "body_particles")),
        family_name_articles=frozenset(_listed(settings, "family_name_articles")),
        article_contractions={article: tuple(fused.split()) for article, _, fused in
                              (pair.partition(":") for pair in _listed(settings, "article_contractions"))},
        body_heads=frozenset(_listed(settings, "body_heads")),
        compound_body_particles=frozenset(_listed(settings, "compound_body_particles")),
        compound_body_heads=frozenset(_listed(settings, "compound_body_heads")),
        complement_particles=tuple(sorted(_listed(settings, "complement_particles"), key=len, reverse=True)),
    )


def _listed(settings: dict[str, str], key: str) -> list[str]:
    return [w.strip().lower() for w in settings.get(key, "").split(",") if w.strip()]


@cache
def _inside_cues(code: str) -> dict[str, str]:
    """The inside cues of one language's entity_cues.tsv (words of a name that type it)."""
    return {row["cue"].lower(): row["type"] for row in langdata.load(code).table("entity_cues.tsv")
            if row["position"] == "inside"}


@cache
def own_inside_cues(code: str) -> frozenset[str]:
    """The inside cue words a language lists itself (not those taken from ``name_cue_languages``): a
    foreign one ("Times", "Post") in a German run is a name's word, not a capitalised common noun."""
    return frozenset(_inside_cues(code))


def decline(form: str, by_case: dict[str, RuleIndex], kind: str) -> list[str]:
    """Every case form of a several-word name whose words all decline together ("Северная Корея" ->
    "Северной Кореи", "Северную Корею"...): per case, each word takes the rule of that case with the
    longest matching ending, and a word no rule fits stays as it is. Empty without case-labelled rules."""
    words = form.split()
    if len(words) < 2:
        return []
    forms = []
    for index in by_case.values():
        declined = []
        for word in words:
            best = max(index.fitting(word, kind), key=lambda r: len(r.ending.strip("[]"))
                       if not r.ending.startswith("[") else 1, default=None)
            declined.append(best.apply(word) if best else word)
        if declined != words:
            forms.append(" ".join(declined))
    return forms


def _title_words(rows: list[dict[str, str]]) -> tuple[TitleWord, ...]:
    """One TitleWord per phrase; a phrase listed both singular and plural is singular unless a plural
    determiner stands before it (German "der Außenminister" / "die Außenminister")."""
    numbers: dict[str, set[str]] = {}
    roles: dict[str, tuple[str, ...]] = {}
    owned: set[str] = set()
    for r in rows:
        phrase = r["phrase"].lower()
        numbers.setdefault(phrase, set()).add(r["number"])
        roles.setdefault(phrase, tuple(x.strip() for x in r["role"].split(",")))
        if (r.get("owner") or "").strip() == "required":
            owned.add(phrase)
    return tuple(TitleWord(phrase, roles[phrase], number == {"plural"},
                           also_plural=number == {"singular", "plural"}, owned=phrase in owned)
                 for phrase, number in numbers.items())
