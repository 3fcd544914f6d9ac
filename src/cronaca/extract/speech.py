"""Speech cues of one language, compiled once: speech verbs, auxiliaries, complementizers, pronouns.

Built from ``lang/<code>/speech_verbs.tsv`` and ``lang/<code>/speech_cue_words.tsv``. Cues are
indexed by their first word (``phrases.PhraseIndex``), so a single scan over the words finds them
all. A participle is a cue only after an auxiliary ("ha affermato", "a déclaré", "ha inoltre
affermato", "ha più volte detto": two words may stand between, but not a passive "stato", "été").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from cronaca.extract.locate import APOSTROPHES, phrase_pattern, whole_words, word_boundary
from cronaca.extract.phrases import PhraseIndex, first_words
from cronaca.lang import LanguageData, LanguageDataError, load


@dataclass(frozen=True, slots=True)
class CueRow:
    form: str
    kind: str  # direct | indirect | both
    tense: str  # finite | participle | gerund | postquote | postcomma | predicative | split | cleft


#: Tenses of forms that only attribute the quotation right before them ("„...“, so Merz"); a
#: ``postcomma`` form needs the comma too: "„...“, steht in dem Brief", never "„Remigration“ steht in der Kritik".
AFTER_QUOTE = frozenset({"postquote", "postcomma"})


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    row: CueRow


@dataclass(frozen=True)
class SpeechData:
    cues: PhraseIndex[CueRow | None] | None  # payload None: an auxiliary + participle, see ``participles``
    participles: dict[str, CueRow]
    complementizer: re.Pattern[str] | None  # anchored: matches right after a cue (an object may intervene)
    opener: re.Pattern[str] | None  # anchored: a reported clause without complementizer ("said he would")
    pronouns: frozenset[str]
    conjunctions: frozenset[str]
    person_pronouns: frozenset[str] = frozenset()  # "he", "lui": stand for people only, never a body
    skippable: frozenset[str] = frozenset()  # auxiliaries and adverbs trimmed off a speaker phrase
    prepositions: frozenset[str] = frozenset()  # a mention right after one is not a subject
    inverted_pronoun: re.Pattern[str] | None = None  # a pronoun joined to the verb: "-t-il"
    closed_words: frozenset[str] = frozenset()  # function_words.txt: pronouns, prepositions; no noun phrase opens with one
    complementizers: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()  # definite articles: "the senator" names someone known
    articles: frozenset[str] = frozenset()
    #: other words that open a noun phrase ("des", "sa", "cette"): the object after a verb of saying
    determiners: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()  # nouns of office or role: "la titular" names a person
    object_verbs: frozenset[str] = frozenset()  # "told": the next noun phrase is the addressee, not a clause
    addressed: re.Pattern[str] | None = None  # the same after an addressee ("told reporters he would")
    addressed_far: re.Pattern[str] | None = None  # a complementizer after a longer addressee ("told a crowd in X that")
    #: an addressee and a marked infinitive after any verb of saying: "ha detto al premier di svegliarsi",
    #: "a demandé au gouvernement de réagir" (``addressee_preposition``, openers opening with an ``infinitive_marker``).
    addressee_infinitive: re.Pattern[str] | None = None
    #: verbs of asking or charging whose object stands before a marked infinitive ("ha invitato i
    #: partiti a votare", "a accusé Paris de mentir"; ``object_infinitive_verb``), and that object and
    #: marker up to the infinitive (``object_infinitive`` rows: "a *are", "di aver*"); see ``object_infinitives``
    object_infinitive_verbs: frozenset[str] = frozenset()
    object_infinitive: re.Pattern[str] | None = None
    verb_second: bool = False  # a fronted phrase puts the subject after the verb ("Darin betonte Smotrich")
    subject_first: bool = False  # a finite verb always has its subject before it (no pro-drop): English
    clause_verbs: frozenset[str] = frozenset()  # "said": any word after it opens the reported clause
    not_clause: frozenset[str] = frozenset()  # "said nothing", "said so": a whole answer, no clause
    comma_openers: frozenset[str] = frozenset()  # "sagte, die Linken wollten": a main clause after the comma
    document_nouns: frozenset[str] = frozenset()  # "the statement said": whoever issued it
    spokes_nouns: frozenset[str] = frozenset()  # "a spokesman": speaks for an organisation
    as_words: frozenset[str] = frozenset()  # ", wie Merz sagte", ", come ha detto X": the clause before is reported
    designate: re.Pattern[str] | None = None  # "il premier in pectore", "der designierte Kanzler": not the incumbent
    time_phrase: re.Pattern[str] | None = None  # anchored: "ayer", "hier soir", "el lunes" right after a verb
    plural_endings: tuple[str, ...] = ()  # a verb of saying ending so has a plural subject ("afirmaban", "dissero")
    #: a lower-case word ending so opens a gerund clause, never a subject ("rivolgendosi ai colleghi ha detto")
    gerund_endings: tuple[str, ...] = ()
    body_nouns: frozenset[str] = frozenset()  # "la compañía", "the group": the organisation the text is about
    #: noun -> kind (company, party, court, police...) of description_nouns.tsv, the nouns the linker
    #: resolves too; a body_noun row of speech_cue_words.tsv it lacks is its own kind
    body_kinds: dict[str, str] = field(default_factory=dict)
    #: the kinds description_nouns.tsv lists ("company", "party"), not a body_noun row's own kind
    listed_kinds: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()  # "Lo ha detto X", "Das sagte X": the words point back
    #: an anaphor row of several words is one whole lead, its words in that order: "C'est ce qu'a
    #: affirmé X" (each word alone points back to nothing: "Ce qu'a dit X est faux")
    anaphor_phrases: frozenset[tuple[str, ...]] = frozenset()
    content_nouns: frozenset[str] = frozenset()  # "la speranza che", "the hope that": no relative clause
    opinion: frozenset[str] = frozenset()  # "Pour X, ...": a sentence opening with someone's view
    relatives: frozenset[str] = frozenset()  # "secondo cui": the speaker stands before the cue
    reportive: re.Pattern[str] | None = None  # a verb form that marks reported speech (Konjunktiv I: "sei")
    #: "betont, keine Werbung zu akzeptieren": the word before a clause-final infinitive.
    infinitive_markers: frozenset[str] = frozenset()
    #: "Den Tausch ... bezeichnete Heusgen": articles no subject opens with (verb-second languages).
    oblique_articles: frozenset[str] = frozenset()
    #: "sagte ein Sprecher dem Handelsblatt": articles of a dative object, after which a name is told, not speaking
    dative_articles: frozenset[str] = frozenset()
    #: "Seine Botschaft war deutlich: „...“": third-person possessives that point back to a speaker
    possessives: frozenset[str] = frozenset()
    #: "sagte, um ... zu helfen": words opening an infinitive clause that is not the report.
    infinitive_blockers: frozenset[str] = frozenset()
    reportive_words: frozenset[str] = frozenset()  # the same forms, for a lookup over the text's words
    #: an unlisted verb in the reportive mood, known by its ending next to an impersonal subject
    #: ("Das aber vermisse man", "Man vermisse"): ``reportive_subject`` and ``reportive_ending`` rows
    reportive_by_subject: re.Pattern[str] | None = None
    reportive_subjects: frozenset[str] = frozenset()  # "man": where to try ``reportive_by_subject``
    #: words that follow a finite verb and never an adjective or adverb of the same ending ("zwinge die
    #: Bahn", "verschärfe sich"): ``reportive_follower`` rows, also tried by ``reportive_by_subject``
    reportive_followers: frozenset[str] = frozenset()
    #: "ich": a reportive-looking form next to it is the first person of the indicative ("Dann
    #: schweige ich kurz", "Ich habe"), the narrator's own words, not a report (``not_reportive_subject``)
    not_reportive_subjects: frozenset[str] = frozenset()
    #: forms standing in for the reportive mood where it would look like the indicative (Konjunktiv
    #: II: "würden", "hätten"): reported only right after someone's words
    reportive_substitutes: frozenset[str] = frozenset()
    #: finite auxiliaries of compound tenses: "hatte er ... betont" (see ``verb_bracket``).
    auxiliaries: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()  # "stato", "worden", "wurde": a passive verb has no speaker subject
    #: "la cosiddetta «...»", "lo que llaman «...»", "so-called “...”": the quotation after it is a term.
    term_marker: re.Pattern[str] | None = None
    #: "according to officials", "según fuentes policiales": plural nouns for unnamed people who speak.
    people_nouns: frozenset[str] = frozenset()
    #: "Officials say", "las autoridades informaron": plural nouns of unnamed officials who speak for a
    #: state, read as its country (``state_people_noun``; see ``state_speakers``)
    state_people_nouns: frozenset[str] = frozenset()
    #: a person by sex or age, no office ("der Mann", "la donna", "the woman"): the one person named
    #: just before, else someone new
    individual_nouns: frozenset[str] = frozenset()
    subject_relatives: frozenset[str] = frozenset()  # "qui", "who": a relative clause on the speaker after the verb
    #: "precisa tramite il capogruppo Renato Brunetta", "a fait savoir par la voix de": the person named
    #: after one of these, right after the verb, speaks for the subject (``mouthpiece``)
    mouthpieces: tuple[str, ...] = ()
    #: "io", "mi", "je", "yo": a quotation holding one is said by one person, never a body (``first_singular``)
    first_singulars: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()  # organisation_nouns.tsv, institution_nouns.tsv: "il governo"
    relation_nouns: frozenset[str] = frozenset()  # "la madre", "l'avocat": someone by his tie to another
    plural_articles: frozenset[str] = frozenset()  # "les", "gli": the noun after is many people ("les Français")
    #: object clitics written before the verb ("che le ha detto", "La polizia ci avverte che"): one ending
    #: the words before a verb of saying is its object, never part of the subject (``clitic``)
    clitics: frozenset[str] = frozenset()
    #: pronouns that are objects only between a quotation and its inverted verb ("« ... », nous a déclaré
    #: M. Birri"; ``inverted_clitic``): elsewhere a subject as often ("Nous avons dit")
    inverted_clitics: frozenset[str] = frozenset()
    #: "il 59enne": the ending of a number that makes it a person of that age (``age_ending``)
    age_endings: tuple[str, ...] = ()
    #: the person the story is about ("l'interessato", "le principal intéressé", "der Betroffene"):
    #: the PERSON mentioned most before it
    concerned_nouns: frozenset[str] = frozenset()
    #: "from" before a source after a verb with no subject: "fanno sapere da Palazzo Chigi"
    from_prepositions: frozenset[str] = frozenset()
    #: "a", "al", "à", "au": whom words are addressed to ("Draghi al Senato: «...»": the addressee ends the label)
    addressee_prepositions: frozenset[str] = frozenset()
    #: finite verbs that, a short noun phrase after a verb of saying, show a reported clause with no
    #: complementizer: "confirmed diplomatic efforts are under way"
    clause_finites: frozenset[str] = frozenset()
    #: nouns naming an utterance after a quotation: "«...», la replica di Schlein", "fue la respuesta de X"
    speech_nouns: frozenset[str] = frozenset()
    #: "announced the activation of": nouns naming an act or event, objects of a verb of saying
    act_nouns: frozenset[str] = frozenset()
    record_nouns: frozenset[str] = frozenset()  # "according to the poll", "según los datos": a record cited
    relative_heads: frozenset[str] = frozenset()  # "lo" in "dijo lo que pensaba": a relative, no report
    #: "so" in "Die Lage ist ernst, so der Experte": attributes the clause before it in any mood
    attribution_adverbs: frozenset[str] = frozenset()
    #: complementizers that never open a relative clause ("dass"): an article before one opens an addressee
    only_complementizers: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()  # "heißt es": a placeholder subject, the source speaks
    #: "se detalla que", "si legge che": a clitic right before the verb makes it impersonal (or
    #: reflexive: "se negó a", "se comunicó con"), so the verb has no speaker subject.
    impersonal_clitics: frozenset[str] = frozenset()
    #: "Desde la Plataforma aseguran que", "Dall'ambasciata fanno sapere": a clause opening with one
    #: names the source of a verb that has no subject of its own.
    source_openers: frozenset[str] = frozenset()
    #: "selon lui", "according to him", "ihm zufolge": a pronoun after a preposition stands for whoever spoke last.
    stressed_pronouns: frozenset[str] = frozenset()
    source_prepositions: frozenset[str] = frozenset()  # "aus" in "heißt es aus dem Ministerium"
    circle_nouns: frozenset[str] = frozenset()  # "aus Kreisen der Regierung": someone unnamed
    agent_prepositions: frozenset[str] = frozenset()  # "von" in "wurde von Merz betont": the agent follows
    #: "definita «folle» da Berlusconi": participles (every gender and number) naming a quotation whose agent follows.
    agent_participles: frozenset[str] = frozenset()
    #: fixed phrases holding a verb of saying that report nothing ("autrement dit", "detto questo")
    idioms: re.Pattern[str] | None = None

    def find(self, text: str) -> list[Cue]:
        if self.cues is None:
            return []
        out = []
        idioms = [(m.start(), m.end()) for m in self.idioms.finditer(text)] if self.idioms is not None else []
        for m, row in self.cues.finditer(text):
            if any(a <= m.start() < b for a, b in idioms):
                continue  # "Autrement dit, l'opération est moins « ... »": no one says it
            if row is None:
                row = self.participles[m.group("verb").lower()]
            end = m.end()
            if self.inverted_pronoun is not None and text.startswith("-", end):
                tail = self.inverted_pronoun.match(text, end)  # "déclare-t-il", "dit-elle"
                if tail is not None:
                    end = tail.end()
            out.append(Cue(m.start(), end, row))
        return out


#: Words allowed between a cue and its complementizer: "ha detto ai giornalisti che", "told reporters that".
_OBJECT_WORDS = 4
#: Most characters of an aside in commas between a verb and an adjacent complementizer ("come").
_ASIDE_CHARS = 80
#: Most words of an addressee before a complementizer ("told a meeting of Pacific Island leaders that").
_FAR_ADDRESSEE_WORDS = 8
#: Most words of an addressee before a clause without complementizer ("told the news agency he").
_ADDRESSEE_WORDS = 2
#: Most words of an addressee after its preposition before a marked infinitive ("al Presidente del
#: Consiglio Matteo Renzi di svegliarsi").
_INFINITIVE_ADDRESSEE_WORDS = 6
#: Most words of the middle field between the parts of a split separable verb ("warf der Regierung
#: am Dienstag im Bundestag vor", "merkte in der Liveübertragung des NDR bereits kurz nach Start an").
_SPLIT_WORDS = 10
#: Most words of the object between a verb of asking and its marked infinitive ("ha sollecitato il
#: primo ministro britannico Gordon Brown a ...").
_INFINITIVE_OBJECT_WORDS = 6


@cache
def speech_data(lang: str | None) -> SpeechData:
    try:
        data = load(lang or "")
    except LanguageDataError:
        return SpeechData(None, {}, None, None, frozenset(), frozenset())
    spellings = _spellings(data)
    words: dict[str, list[str]] = {}
    for row in data.table("speech_cue_words.tsv"):
        words.setdefault(row["role"], []).extend(spellings(row["form"]))
    kinds = _body_kinds(data, words.get("body_noun", []))
    rows = [CueRow(form, r["kind"], r["tense"]) for r in data.table("speech_verbs.tsv")
            for form in spellings(r["form"])]
    auxiliaries = sorted(words.get("auxiliary", []), key=len, reverse=True)
    participles = {r.form.lower(): r for r in rows if r.tense == "participle"}
    entries: list[tuple[str, list[str], CueRow | None]] = []
    if participles and auxiliaries:
        verbs = "|".join(phrase_pattern(v) for v in sorted(participles, key=len, reverse=True))
        # no passive "stato", "été" between, nor a conjunction joining another participle ("hanno
        # intimidito e minacciato": the first participle is the verb, not an adverb)
        passive = "|".join(phrase_pattern(w) for w in words.get("passive", []) + words.get("conjunction", []))
        between = rf"(?:\s+(?!(?:{passive})(?!\w))\w+){{0,2}}" if passive else r"(?:\s+\w+){0,2}"
        for aux in auxiliaries:  # "ha affermato", "ha inoltre affermato", "ha più volte detto", not "a été rappelé"
            entries.append((word_boundary(rf"{phrase_pattern(aux)}{between}\s+(?P<verb>{verbs})"),
                            first_words(aux), None))
    for row in (r for r in rows if r.tense == "split"):  # "warf der Regierung am Dienstag vor, ...": before the
        # first part alone ("stellte", "„...“, stellt Nora Back klar"), which the first match in a bucket would win
        first, _, particle = row.form.partition(" ")
        entries.append((_split_verb(first, particle), first_words(first), row))
    cleft = _cleft_pattern(words, [r.form for r in rows if r.tense == "cleft"])
    if cleft is not None:  # "A dirlo è Guido Crosetto", "A parlare è una madre": the subject after the copula
        entries.append((cleft, [w.lower() for w in words["cleft_marker"]], CueRow("cleft", "both", "cleft")))
    for row in sorted((r for r in rows if r.tense not in ("participle", "split", "cleft")), key=lambda r: -len(r.form)):
        pattern = word_boundary(phrase_pattern(row.form))
        if row.tense == "postcomma":  # "„...“, steht in dem Brief": no cue elsewhere ("steht vor dem Aus")
            pattern = rf"(?<=[“”\"«»‘’‹›],\s){pattern}"
        entries.append((pattern, first_words(row.form), row))
    comps = whole_words(phrase_pattern(c) for c in words.get("complementizer", []))
    complementizer = None
    if comps:
        # an adjacent complementizer only right after the verb, or past an aside in commas ("ha fatto
        # notare, facendo riferimento al marito, come la mafia ...": "come" is no "as" there)
        adjacent = whole_words(phrase_pattern(c) for c in words.get("adjacent_complementizer", []))
        near = rf"|(?:\s*,[^,.;:!?“”«»„\"()\n]{{1,{_ASIDE_CHARS}}},)?\s+(?:{adjacent})(?=\s)" if adjacent else ""
        # an aside in commas opening with a preposition may stand before the complementizer: "ha detto,
        # in un'intervista, che ...", "a déclaré, lors d'une conférence de presse, que", "said, in a
        # statement, that" (not a clause: "sagte in Coburg, sie bedauere, dass ...")
        preps = "|".join(phrase_pattern(w) for w in sorted(words.get("preposition", []), key=len, reverse=True))
        aside = rf"(?:\s*,\s*(?:{preps})(?![\w-])[^,.;:!?“”«»„\"()\n]{{1,{_ASIDE_CHARS}}},)?" if preps else ""
        complementizer = re.compile(
            rf"(?:\s*,)?(?:\s+[\w'’-]+){{0,{_OBJECT_WORDS}}}?{aside}\s*,?\s*(?:{comps}){near}", re.IGNORECASE)
    openers = whole_words(phrase_pattern(c) for c in words.get("opener", []))
    opener = re.compile(rf"\s*,?\s+(?=(?:{openers}))", re.IGNORECASE) if openers else None
    # after a verb with an addressee, openers that are no article: "told reporters he would", "told
    # VOA there was" (not "told reporters aboard a plane")
    articles = {w.lower() for w in words.get("article", [])}
    bare = whole_words(phrase_pattern(c) for c in words.get("opener", []) if c.lower() not in articles)
    addressed = re.compile(rf"(?:\s+[\w'’.-]+){{1,{_ADDRESSEE_WORDS}}}?\s+(?=(?:{bare}))",
                           re.IGNORECASE) if bare else None
    addressed_far = re.compile(rf"(?:\s+[\w'’.-]+){{1,{_FAR_ADDRESSEE_WORDS}}}?\s+(?:{comps})",
                               re.IGNORECASE) if comps else None
    markers = {w.lower() for w in words.get("infinitive_marker", [])}
    marked = whole_words(phrase_pattern(c) for c in words.get("opener", [])
                      if c.split()[0].lower() in markers and len(c.split()) > 1)
    to_whom = whole_words(phrase_pattern(w) for w in words.get("addressee_preposition", []))
    addressee_infinitive = re.compile(
        rf"\s+(?:{to_whom})\s*[\w'’.-]+(?:\s+[\w'’.-]+){{0,{_INFINITIVE_ADDRESSEE_WORDS - 1}}}?\s+(?=(?:{marked}))",
        re.IGNORECASE) if marked and to_whom else None
    return SpeechData(
        cues=PhraseIndex.build(entries) if entries else None,
        addressee_infinitive=addressee_infinitive,
        object_infinitive_verbs=frozenset(w.lower() for w in words.get("object_infinitive_verb", [])),
        object_infinitive=_object_infinitive(words),
        addressed_far=addressed_far,
        participles=participles,
        complementizer=complementizer,
        opener=opener,
        addressed=addressed,
        pronouns=frozenset(p.lower() for p in words.get("pronoun", [])),
        person_pronouns=frozenset(p.lower() for p in words.get("person_pronoun", [])),
        conjunctions=frozenset(c.lower() for c in words.get("conjunction", [])),
        skippable=frozenset(w.lower() for role in ("auxiliary", "adverb", "conjunction")
                            for w in words.get(role, [])),
        prepositions=frozenset(w.lower().rstrip("'’") for w in words.get("preposition", [])),
        articles=frozenset(w.lower().rstrip("'’") for w in words.get("article", [])),
        determiners=frozenset(w.lower() for w in words.get("determiner", [])),
        complementizers=frozenset(w.lower().rstrip("'’") for w in words.get("complementizer", [])),
        definite=frozenset(w.lower().rstrip("'’") for w in words.get("definite", [])),
        person_nouns=frozenset(w.lower() for w in words.get("person_noun", [])),
        object_verbs=frozenset(w.lower() for w in words.get("object_verb", [])),
        verb_second="verb-second" in words.get("word_order", []),
        subject_first="subject-first" in words.get("word_order", []),
        relatives=frozenset(w.lower() for w in words.get("relative", [])),
        opinion=frozenset(w.lower() for w in words.get("opinion", [])),
        content_nouns=frozenset(w.lower() for w in words.get("content_noun", [])),
        clause_verbs=frozenset(w.lower() for w in words.get("clause_verb", [])),
        not_clause=frozenset(w.lower() for w in words.get("not_clause", [])),
        comma_openers=frozenset(w.lower() for w in words.get("comma_opener", [])),
        document_nouns=frozenset(w.lower() for w in words.get("document_noun", [])),
        spokes_nouns=frozenset(w.lower() for w in words.get("spokes_noun", [])),
        body_nouns=frozenset(kinds),
        body_kinds=kinds,
        listed_kinds=frozenset(r["kind"].strip() for r in data.table("description_nouns.tsv")
                               if r.get("noun", "").strip() and r["kind"].strip() != "not_same"),
        as_words=frozenset(w.lower() for w in words.get("as_word", [])),
        designate=_designate_pattern(words.get("designate", [])),
        time_phrase=_time_phrase(data, words.get("article", []) + words.get("definite", [])),
        plural_endings=tuple(w.lower() for w in words.get("plural_ending", [])),
        gerund_endings=tuple(w.lower() for w in words.get("gerund_ending", [])),
        anaphors=frozenset(w.lower().rstrip("'’") for w in words.get("anaphor", [])),
        anaphor_phrases=frozenset(tuple(re.findall(r"\w+", w.lower())) for w in words.get("anaphor", [])
                                  if len(re.findall(r"\w+", w)) > 1),
        reportive_words=frozenset(w.lower() for w in words.get("reportive", [])),
        reportive_substitutes=frozenset(w.lower() for w in words.get("reportive_substitute", [])),
        auxiliaries=frozenset(w.lower() for w in words.get("auxiliary", [])),
        passive=frozenset(w.lower() for w in words.get("passive", [])),
        term_marker=re.compile(
            "(?:" + whole_words(phrase_pattern(w) for w in words["term_marker"]) + r")\s*$",
            re.IGNORECASE) if words.get("term_marker") else None,
        people_nouns=frozenset(w.lower() for w in words.get("people_noun", [])),
        state_people_nouns=frozenset(w.lower() for w in words.get("state_people_noun", [])),
        # written with a capital, an entry matches only so: German "Junge" (a boy) is no "junge" (young)
        subject_relatives=frozenset(w.lower() for w in words.get("subject_relative", [])),
        first_singulars=frozenset(w.lower() for w in words.get("first_singular", [])),
        mouthpieces=tuple(sorted({w.lower() for w in words.get("mouthpiece", [])}, key=len, reverse=True)),
        organisation_nouns=frozenset(r["noun"].strip().lower() for name in ("organisation_nouns.tsv", "institution_nouns.tsv")
                                     if data.has(name) for r in data.table(name) if r.get("noun", "").strip()),
        relation_nouns=frozenset(w.lower() for w in words.get("relation_noun", [])),
        plural_articles=frozenset(w.lower() for w in words.get("plural_article", [])),
        clitics=frozenset(w.lower().rstrip("'’") for w in words.get("clitic", [])),
        inverted_clitics=frozenset(w.lower() for w in words.get("inverted_clitic", [])),
        individual_nouns=frozenset(w if w[:1].isupper() else w.lower() for w in words.get("individual_noun", [])),
        age_endings=tuple(w.lower() for w in words.get("age_ending", [])),
        concerned_nouns=frozenset(w.lower() for w in words.get("concerned_noun", [])),
        from_prepositions=frozenset(w.lower().rstrip("'’") for w in words.get("from_preposition", [])),
        addressee_prepositions=frozenset(w.lower().rstrip("'’") for w in words.get("addressee_preposition", [])),
        clause_finites=frozenset(w.lower() for w in words.get("clause_finite", [])),
        speech_nouns=frozenset(w.lower() for w in words.get("speech_noun", [])),
        act_nouns=frozenset(w.lower() for w in words.get("act_noun", [])),
        record_nouns=frozenset(w.lower() for w in words.get("record_noun", [])),
        relative_heads=frozenset(w.lower() for w in words.get("relative_head", [])),
        only_complementizers=frozenset(w.lower() for w in words.get("only_complementizer", [])),
        attribution_adverbs=frozenset(w.lower() for w in words.get("attribution_adverb", [])),
        impersonal=frozenset(w.lower() for w in words.get("impersonal", [])),
        impersonal_clitics=frozenset(w.lower() for w in words.get("impersonal_clitic", [])),
        stressed_pronouns=frozenset(w.lower() for w in words.get("stressed_pronoun", [])),
        source_openers=frozenset(w.lower().rstrip("'’") for w in words.get("source_opener", [])),
        source_prepositions=frozenset(w.lower() for w in words.get("source_preposition", [])),
        circle_nouns=frozenset(w.lower() for w in words.get("circle_noun", [])),
        agent_prepositions=frozenset(w.lower() for w in words.get("agent_preposition", [])),
        agent_participles=frozenset(w.lower() for w in words.get("agent_participle", [])),
        infinitive_markers=frozenset(w.lower() for w in words.get("infinitive_marker", [])),
        oblique_articles=frozenset(w.lower() for w in words.get("oblique_article", [])),
        dative_articles=frozenset(w.lower() for w in words.get("dative_article", [])),
        possessives=frozenset(w.lower() for w in words.get("possessive", [])),
        infinitive_blockers=frozenset(w.lower() for w in words.get("infinitive_blocker", [])),
        idioms=re.compile(word_boundary("|".join(phrase_pattern(w) for w in sorted(words["idiom"], key=len, reverse=True))),
                          re.IGNORECASE) if words.get("idiom") else None,
        reportive=_reportive_pattern(words),
        reportive_by_subject=_reportive_by_subject(words),
        reportive_subjects=frozenset(w.lower() for w in words.get("reportive_subject", [])),
        reportive_followers=frozenset(w.lower() for w in words.get("reportive_follower", [])),
        not_reportive_subjects=frozenset(w.lower() for w in words.get("not_reportive_subject", [])),
        closed_words=frozenset(w.lower() for w in data.words("function_words.txt")) if data.has("function_words.txt")
        else frozenset(),
        inverted_pronoun=re.compile(
            r"(?:-t)?-(?:" + "|".join(re.escape(p) for p in words["pronoun"]) + r")(?!\w)", re.IGNORECASE)
        if words.get("pronoun") else None,
    )


def _cleft_pattern(words: dict[str, list[str]], infinitives: list[str]) -> str | None:
    """A cleft sentence whose subject follows the copula: a ``cleft_marker`` ("a", "ad"), an infinitive
    of saying (``cleft`` rows of speech_verbs.tsv), bare or with a ``cleft_clitic`` joined to it in place
    of its final vowel ("dire" -> "dirlo", "parlare" -> "parlarne"), then a ``cleft_copula`` ("è", "è
    stato", "sono stati"): "A dirlo è il ministro", "A parlare è una madre di famiglia". The words said
    are the sentence or quotation before ("«...». A dirlo è X") or the quotation its colon opens."""
    markers, copulas = words.get("cleft_marker", []), words.get("cleft_copula", [])
    if not (markers and copulas and infinitives):
        return None
    clitics = words.get("cleft_clitic", [])
    forms = {f.lower() for f in infinitives} | {f.lower()[:-1] + c.lower() for f in infinitives for c in clitics}
    verbs = "|".join(phrase_pattern(f) for f in sorted(forms, key=len, reverse=True))
    marker = "|".join(phrase_pattern(m) for m in sorted(markers, key=len, reverse=True))
    copula = "|".join(phrase_pattern(c) for c in sorted(copulas, key=len, reverse=True))
    return word_boundary(rf"(?:{marker})\s+(?:{verbs})\s+(?:{copula})")


def _split_verb(first: str, particle: str) -> str:
    """A separable verb of saying split by its middle field ("warf der Regierung am Dienstag vor,",
    "kündigte in Berlin an:"): the first part, up to ``_SPLIT_WORDS`` words with no punctuation or
    quotation mark, then the particle closing the clause right before the comma or colon that opens
    the report, or the end of a sentence opened by a quotation ("„...“, ließ Lindner wissen."). Without
    either the particle may be a preposition ("gab am Montag an der Seite")."""
    p = phrase_pattern(particle)
    between = rf"(?:\s+(?!{p}(?![\w-]))[^\s,.;:!?“”„«»‚‘\"()]+){{1,{_SPLIT_WORDS}}}?"
    verb = rf"{phrase_pattern(first)}{between}\s+{p}"
    # or closing the sentence right after a quotation and its comma: "„...“, ließ Lindner wissen."
    return rf"(?<![\w-]){verb}(?=\s*[,:])|(?<=[“”\"«»‘’],\s){verb}(?=\s*[.!?])"


def _object_infinitive(words: dict[str, list[str]]) -> re.Pattern[str] | None:
    """The object (no punctuation, up to ``_INFINITIVE_OBJECT_WORDS`` words, maybe none) and the marker
    of an ``object_infinitive`` row ("a *are": marker "a", infinitive "*are"); the match ends where
    the infinitive starts, so the marker is left out of the report as after "ha detto di"."""
    alternatives = []
    for phrase in words.get("object_infinitive", []):
        marker, _, rest = phrase.partition(" ")
        if rest:  # no space after an elided marker: "d'avoir", "d’aver"
            space = r"\s*" if marker[-1:] in APOSTROPHES else r"\s+"
            alternatives.append(rf"{phrase_pattern(marker)}{space}(?={word_boundary(phrase_pattern(rest))})")
    if not alternatives:
        return None
    return re.compile(rf"(?:\s+[\w'’.-]+){{0,{_INFINITIVE_OBJECT_WORDS}}}?\s+(?:{'|'.join(alternatives)})",
                      re.IGNORECASE)


def _reportive_by_subject(words: dict[str, list[str]]) -> re.Pattern[str] | None:
    """A lower-case word with a ``reportive_ending`` right before a ``reportive_subject`` ("vermisse
    man": the indicative would be "vermisst man"), or right after one opening the sentence ("Man
    vermisse"); function words and ``not_reportive`` words ("heute man", "Man eine") are none, nor
    words with a ``not_reportive_ending``, the past "sagte man". A word followed by a
    ``reportive_follower`` (an article, the reflexive) is a verb too: "Wettbewerb zwinge die Bahn"."""
    subjects, endings = words.get("reportive_subject", []), words.get("reportive_ending", [])
    if not subjects or not endings:
        return None
    skip = {w.lower() for role in ("article", "definite", "determiner", "preposition", "conjunction",
                                   "complementizer", "as_word", "relative", "pronoun", "not_reportive") for w in words.get(role, [])}
    excluded = "|".join(re.escape(w) for w in sorted(skip, key=len, reverse=True))
    ends = "|".join(re.escape(e) for e in endings)
    # one look-behind per ending, since a look-behind has one length ("sagte man", "beispielsweise die")
    unless = "".join(rf"(?<!{re.escape(e)})" for e in words.get("not_reportive_ending", []))
    word = rf"(?!(?:{excluded})(?![\w-]))[^\W\d_A-ZÄÖÜ][^\W\d_]*(?:{ends}){unless}(?![\w-])"
    who = "|".join(re.escape(w) for w in subjects)
    after = "|".join(rf"(?<=(?<![\w-]){re.escape(w[:1].upper() + w[1:])} )" for w in subjects)
    # an article or reflexive after the word: a verb's object, never an adjective's noun ("Wettbewerb
    # zwinge die Bahn", "Die Lage verschärfe sich"); the word is lower-case, so no subject before it
    followers = "|".join(re.escape(w) for w in words.get("reportive_follower", []))
    then = rf"|(?<![\w-]){word}(?=\s+(?:{followers})(?![\w-]))" if followers else ""
    return re.compile(rf"(?<![\w-]){word}(?=\s+(?:{who})(?![\w-]))|(?:{after}){word}{then}")


def _reportive_pattern(words: dict[str, list[str]]) -> re.Pattern[str] | None:
    """The listed reportive forms, and the unlisted ones next to an impersonal subject."""
    parts = [whole_words(phrase_pattern(w) for w in words.get("reportive", []))]
    by_subject = _reportive_by_subject(words)
    if by_subject is not None:
        parts.append(by_subject.pattern)
    parts = [p for p in parts if p]
    return re.compile("|".join(parts)) if parts else None


def _spellings(data: LanguageData) -> Callable[[str], list[str]]:
    """A form and its other spellings: where ß is also written ss (orthography.tsv sharp_s_as_ss,
    Swiss standard German: "hiess es", "äusserte"), every form with ß is listed both ways once, so the
    data files hold one spelling."""
    if not data.writes("sharp_s_as_ss"):
        return lambda form: [form]
    return lambda form: [form, form.replace("ß", "ss")] if "ß" in form else [form]


def _body_kinds(data: LanguageData, extra: list[str]) -> dict[str, str]:
    """The nouns that name a body, with their kind: those of description_nouns.tsv (one list for the
    linker and the speaker rules) and the body_noun rows of speech_cue_words.tsv it does not hold
    ("la fondazione", "die Stiftung"), each its own kind."""
    kinds = {r["noun"].strip().lower(): r["kind"].strip() for r in data.table("description_nouns.tsv")
             if r.get("noun", "").strip() and r["kind"].strip() != "not_same"}
    for w in extra:
        kinds.setdefault(w.lower(), w.lower())
    return kinds


@cache
def calendar_words(lang: str | None) -> frozenset[str]:
    """Weekday and month names: "said Tuesday" starts no reported clause."""
    try:
        data = load(lang or "")
    except LanguageDataError:
        return frozenset()
    return frozenset(r["name"].lower() for name in ("weekdays.tsv", "months.tsv") for r in data.table(name))


@cache
def abbreviations(lang: str | None) -> frozenset[str]:
    """Words whose period ends no phrase ("Mr. Burman"), from ``abbreviations.txt``."""
    try:
        return frozenset(w.lower().rstrip(".") for w in load(lang or "").words("abbreviations.txt"))
    except LanguageDataError:
        return frozenset()


def _designate_pattern(forms: list[str]) -> re.Pattern[str] | None:
    """Any of the designate words as a whole word ("in pectore", "designato", "designierte")."""
    if not forms:
        return None
    return re.compile(whole_words(phrase_pattern(f) for f in sorted(forms, key=len, reverse=True)),
                      re.IGNORECASE)


#: A relative_dates.tsv row whose only slot is ``{weekday}``.
_WEEKDAY_ROW = re.compile(r"[^{}]*\{weekday\}[^{}]*")


def _time_phrase(data: LanguageData, articles: list[str]) -> re.Pattern[str] | None:
    """A time phrase standing between a verb and its subject ("afirmó ayer en el Congreso la
    vicepresidenta", "a déclaré mardi le ministre"): the literal rows of relative_dates.tsv and the
    weekday names, with an article or demonstrative before a weekday ("el lunes", "este martes")."""
    rows = [r for r in data.table("relative_dates.tsv") if r.get("pattern")]
    literal = [r["pattern"].strip() for r in rows if "{" not in r["pattern"] and len(r["pattern"].strip()) > 2]
    days = [r["name"].strip() for r in data.table("weekdays.tsv") if r.get("name")]
    if not literal and not days:
        return None
    lead = "|".join(phrase_pattern(w) for w in sorted(set(articles), key=len, reverse=True))
    day = "|".join(phrase_pattern(d) for d in sorted(days, key=len, reverse=True))
    options = [phrase_pattern(p) for p in sorted(literal, key=len, reverse=True)]
    # "este martes", "mardi soir", "lo scorso lunedì": rows whose only slot is the weekday
    weekday_rows = sorted({r["pattern"].strip() for r in rows
                           if _WEEKDAY_ROW.fullmatch(r["pattern"].strip()) and "|" not in r["pattern"]
                           and (r.get("use") or "").strip() != "attributive"}, key=len, reverse=True)
    if day:
        options = [phrase_pattern(p).replace(phrase_pattern("{weekday}"), f"(?:{day})") for p in weekday_rows
                   if p != "{weekday}"] + options
    if day:
        options.append(rf"(?:(?:{lead})\s+)?(?:{day})" if lead else rf"(?:{day})")
    return re.compile(rf"\s*,?\s*(?:{'|'.join(options)})(?!\w)(?:\s*,)?", re.IGNORECASE)
