"""Where the subject of a verb of saying stands: an entity mention, a pronoun or a plain noun phrase
right before the verb (not governed by a preposition, not a possessor, not past a quotation or a
reported content), or right after it in inverted order ("ha detto Putin", "said Johnson"), and the
first subject of a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from cronaca.document import Mention, Span
from cronaca.lang import LanguageDataError, load
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.quote_context import PHRASE_BREAK, QuoteContext, WORD
from cronaca.extract.role_nouns import APPOSITIVE_WORDS, SENTENCE_BREAK, person_noun
from cronaca.extract.speaker_record import SUBJECT_TYPES
from cronaca.extract.speech import Cue

#: Most characters between a speaker mention and its cue.
SUBJECT_GAP = 80
AFTER_GAP = 50
#: Most words between a verb and the speaker after it ("said the senior US official Smith").
AFTER_WORDS = 4
PHRASE_WORDS = 6
#: Most adverbial words before the article of a subject phrase ("Più tardi il presidente").
LEADING_WORDS = 3
_NEXT_WORD = re.compile(r"\s+(\w+)")
#: A short aside between a verb and its subject: "lamenta, por su parte, Iris Avellaneda", "ha
#: detto, dal canto suo, il ministro", "sagte, ihrerseits, ...": skipped when it is all lower-case words.
_ASIDE = re.compile(r"\s*,((?:\s+[\w'’]+){1,3})\s*,")
_HYPHEN_PRONOUN = re.compile(r"-(?:t-)?(\w+)")
_WORD_BEFORE = re.compile(r"\w+$")
_COMPOUND_HEAD = re.compile(r"-[^\W\d_]{3,}")
#: one or two comma-set parts ("Claudio Fava, figlio del giornalista Giuseppe Fava, vittima di Cosa Nostra, ha affermato")
#: (a dot only after a lone capital, as in an initialism: "Bruno Yapande, C.A.R.’s minister, says")
_APPOSITION = re.compile(r"\s*(?:,(?:[^,;:.!?\n“”«»„]|(?<=(?<!\w)[A-Z])\.)*){1,2},\s*")
#: A bracketed note after a name, maybe an aside, and nothing else before the verb: "Vendola (SEL)
#: ha detto", "Salvini (Lega), invece, ha detto".
_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)\s*(?:,[^,;:.!?\n“”«»„]*,\s*)?")


def subject_limit(ctx: QuoteContext, cue: Cue, sent_start: int) -> int:
    """Where the subject of ``cue`` may start: after the sentence start, the last quotation and
    the last reported content before the cue."""
    return _past_quotes_and_contents(ctx, cue, max(sent_start, cue.start - SUBJECT_GAP,
                                                   ctx.preposed.get(cue.start, -1) + 1))


def _past_quotes_and_contents(ctx: QuoteContext, cue: Cue, limit: int) -> int:
    """``limit`` moved past the last quotation and the last reported content that end before the cue:
    a subject never sits inside what is reported."""
    i = bisect_left(ctx.quoted_starts, cue.start) - 1
    if i >= 0 and ctx.quoted[i].close <= cue.start:
        limit = max(limit, ctx.quoted[i].close)
    for s, e, c in ctx.contents:
        if limit < e <= cue.start:
            limit = e
    return limit


def clause_opening_person(ctx: QuoteContext, cue: Cue, sent_start: int) -> Mention | None:
    """A PERSON opening the clause, then a comma and a long appositive that runs into the verb
    with no closing comma: "Silvano Scrimali, un turista rientrato da poco e intervistato
    all'Aeroporto di Roma-Fiumicino ha detto" (beyond ``SUBJECT_GAP``, within twice that)."""
    limit = _past_quotes_and_contents(ctx, cue, max(sent_start, ctx.preposed.get(cue.start, -1) + 1))
    k = bisect_left(ctx.mention_starts, limit)
    if k >= len(ctx.mentions):
        return None
    m = ctx.mentions[k]
    if ctx.types.get(m.entity_id) != "PERSON" or m.end > cue.start or cue.start - m.end > 2 * SUBJECT_GAP \
            or WORD.search(ctx.text, limit, m.start) or not ctx.text.startswith(",", m.end):
        return None
    between = ctx.text[m.end + 1:cue.start]
    if SENTENCE_BREAK.search(between) or "," in between or ":" in between:
        return None
    j = k + 1
    while j < len(ctx.mentions) and ctx.mentions[j].start < cue.start:
        if ctx.types.get(ctx.mentions[j].entity_id) in SUBJECT_TYPES and not governed(ctx, ctx.mentions[j].start):
            return None
        j += 1
    return m


def mention_before(ctx: QuoteContext, pos: int, limit: int) -> Mention | None:
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0:
        m = ctx.mentions[i]
        if m.start < limit:
            return None
        if m.end <= pos and not governed(ctx, m.start) and not _acronym_of_previous(ctx, i):
            genitive = _possessive(ctx, m) or ctx.types.get(m.entity_id) == "COUNTRY" and m.text.endswith("s") \
                and ctx.text[m.end:m.end + 1] == " "  # "Luxemburgs" (the name in English: Luxembourg)
            if genitive and any(person_noun(ctx, w) for w in WORD.findall(ctx.text, m.end, pos)):
                # "Luxemburgs ehemaliger Außenminister meint": the minister, not his country; the
                # person the title is apposed to ("Bruno Yapande, Cameroon’s minister, says")
                return _apposed_person(ctx, i, pos)
            return _apposed_person(ctx, i, pos) or m
        i -= 1
    return None


def _acronym_of_previous(ctx: QuoteContext, i: int) -> bool:
    """Mention ``i`` is the bracketed short form of the mention right before it ("von der Deutschen
    Gesellschaft für Auswärtige Politik (DGAP) gibt zu bedenken"): it stands or falls with that one,
    which a preposition may govern (the speaker is then the person before it)."""
    if i == 0:
        return False
    m, prev = ctx.mentions[i], ctx.mentions[i - 1]
    return prev.entity_id == m.entity_id and ctx.text[prev.end:m.start].strip() == "(" \
        and ctx.text[m.end:m.end + 1] == ")"


#: One capitalised word (a bare surname) right before a bracket, after a lower-case word, a comma or nothing.
_NAME_BEFORE_BRACKET = re.compile(r"(?:^|[,;:.]\s*|\s[a-zà-ÿ][\w'’-]*\s+|\n)([A-ZÀ-Þ][\w'’-]+)\s*\($")


def bracketed_after_name(ctx: QuoteContext, m: Mention, pos: int) -> Span | None:
    """The capitalised word no mention holds that mention ``m`` stands in brackets right after, when
    only the bracket closes between ``m`` and the verb at ``pos``: "Vendola (SEL) ha detto" with
    "Vendola" unlinked names Vendola, not his party."""
    if ctx.text[m.end:pos].strip() != ")":
        return None
    lo = max(0, m.start - 40)
    name = _NAME_BEFORE_BRACKET.search(ctx.text, lo, m.start)
    if name is None or any(n.start < m.start and n.end > name.start(1) for n in ctx.mentions if n is not m):
        return None
    before = WORD.findall(ctx.text, lo, name.start(1))
    if before and before[-1].lower() in ctx.speech.articles:
        return None  # "die Partei (SPD) erklärte": a capitalised common noun, not a surname
    return Span(name.start(1), name.end(1), name.group(1))


def _apposed_person(ctx: QuoteContext, i: int, pos: int) -> Mention | None:
    """The PERSON that an appositive holding mention ``i`` describes: "Michael McCaul, former chairman
    of the House Foreign Affairs Committee, said", "Keir Starmer, qui s'entretiendra avec Emmanuel
    Macron, affirme", "Vendola (SEL) ha detto" (the subject is the name before the commas or the
    brackets, not the one inside)."""
    floor, _ = sentence_bounds(ctx.doc, pos)  # the pattern crosses no quotation and no sentence end
    for j in range(i - 1, -1, -1):
        p = ctx.mentions[j]
        if p.start < floor:
            return None
        if ctx.types.get(p.entity_id) == "PERSON" and (_APPOSITION.fullmatch(ctx.text, p.end, pos)
                                                       or _BRACKETED.fullmatch(ctx.text, p.end, pos)):
            return p
    return None


#: A possessive ending right after a name the linker ended before it.
_POSSESSIVE_AFTER = re.compile(r"['’]s(?!\w)")


def _possessive(ctx: QuoteContext, m: Mention) -> bool:
    """A possessor, not a subject: "Trump’s envoy", "Netanyahus Prozess" (a genitive -s the
    entity's name does not end with)."""
    if m.text.endswith(("'s", "’s")) or _POSSESSIVE_AFTER.match(ctx.text, m.end):
        return True  # (the name may end where the ending begins: "C.A.R.’s minister")
    name = ctx.names.get(m.entity_id, "")
    return m.text.endswith("s") and not name.endswith("s") and bool(name) and m.text[:-1].split()[-1] in name


def governed(ctx: QuoteContext, pos: int) -> bool:
    """A preposition stands before the mention (articles and possessives skipped): "sings to Clinton",
    "con il presidente cinese", "the death of Terence Crutcher", "lo smarrimento del suo Samsung" - not a subject; nor is a later
    member of a list it governs ("por detrás de Lewis Hamilton, Ayrton Senna y Sebastian Vettel",
    see ``_list_member_of``)."""
    before = ctx.text[max(0, pos - 30):pos]
    words = WORD.findall(before)
    if len(words) >= 2 and words[-1].islower() and words[-2].lower() in ctx.speech.possessives \
            and not before.rstrip().endswith(","):
        words.pop()  # "del suo costoso Samsung": an adjective after the possessive (not "por su parte, Iris")
    if len(words) >= 2 and _body_noun_before(ctx, pos, before, words[-1]):
        # "mit dem israelischen Sender Channel 13", "con la società Acme": the name is its noun's, and
        # the noun is governed when a preposition stands before it (lower-case adjectives between)
        words.pop()
        for _ in range(2):
            if len(words) > 1 and words[-1].islower() and words[-1] not in ctx.speech.articles \
                    and words[-1] not in ctx.speech.prepositions:
                words.pop()
    while words and (words[-1].lower() in ctx.speech.articles or words[-1].lower() in ctx.speech.possessives):
        words.pop()
    if bool(words) and words[-1].lower() in ctx.speech.prepositions:
        return True
    if bool(words) and words[-1] in _place_leads(ctx.doc.language or ""):
        return True  # "in una laterale di corso Canalchiaro", "tra via Campi e via Emilia Est": an address
    first = _list_member_of(ctx, pos)
    if first is not None:
        return governed(ctx, first.start)
    return _after_unlinked_member(ctx, pos)


def _body_noun_before(ctx: QuoteContext, pos: int, before: str, word: str) -> bool:
    """Is ``word`` a body's noun standing right before the name at ``pos`` (one space between), and no
    part of a name itself? A capitalised one is only a noun where the language capitalises every noun
    ("Sender"): elsewhere it is a name's word ("del Movimento Carlo Sibilia")."""
    code = ctx.doc.language or ""
    if word.lower() not in _entity_cue_words(code, "ORG", "before") or not before.endswith(" ") \
            or not before.rstrip().endswith(word) or not (word.islower() or _capitalised_nouns(code)):
        return False
    last = pos - (len(before) - len(before.rstrip())) - 1  # the noun's last character
    j = bisect_left(ctx.mention_starts, last + 1) - 1
    return not any(ctx.mentions[k].start <= last < ctx.mentions[k].end for k in range(max(0, j - 2), j + 1))


@cache
def _capitalised_nouns(code: str) -> bool:
    """Does the language write every noun with a capital (German "Sender")?"""
    try:
        return load(code).writes("capitalised_nouns")
    except LanguageDataError:
        return False


@cache
def _entity_cue_words(code: str, etype: str, position: str) -> frozenset[str]:
    """One-word cues of entity_cues.tsv of a type whose position starts with ``position``, as written."""
    try:
        rows = load(code).table("entity_cues.tsv")
    except LanguageDataError:
        return frozenset()
    return frozenset(r["cue"].strip() for r in rows if r.get("type") == etype
                     and (r.get("position") or "").startswith(position) and " " not in r["cue"].strip())


def _place_leads(code: str) -> frozenset[str]:
    """Lower-case words that open a place's name (type PLACE, position lead: "via", "piazza", "rue",
    "calle"): a name right after one is a street or a building, which never speaks."""
    return _entity_cue_words(code, "PLACE", "lead")


#: What joins two members of a list of names: a comma or a conjunction (``conjunction`` rows).
_LIST_JOIN = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*|[ \u00a0](\w+)[ \u00a0]+)")
#: Most names of a list looked at after a comma for the conjunction that makes it a list.
LIST_MEMBERS = 6


def _list_member_of(ctx: QuoteContext, pos: int) -> Mention | None:
    """The mention before the one at ``pos`` when both are members of one list of names: joined by a
    conjunction ("Hamilton y Vettel"), or by a comma when a conjunction and another name follow
    ("Hamilton, Senna y Vettel"). A name after a comma alone is an apposition or a new clause
    ("el ministro de Economía, Luis Caputo, dijo", "after talks with Biden, Xi said"), not a member."""
    i = bisect_left(ctx.mention_starts, pos)
    if i <= 0 or i >= len(ctx.mentions) or ctx.mentions[i].start != pos:
        return None
    prev = ctx.mentions[i - 1]
    join = _LIST_JOIN.fullmatch(ctx.text, prev.end, pos)
    if join is None:
        return None
    if join.group(1) is not None:
        return prev if join.group(1).lower() in ctx.speech.conjunctions else None
    # a comma: a list only when more names follow, the last after a conjunction
    for k in range(i + 1, min(len(ctx.mentions), i + LIST_MEMBERS)):
        nxt = _LIST_JOIN.fullmatch(ctx.text, ctx.mentions[k - 1].end, ctx.mentions[k].start)
        if nxt is None:
            return None
        if nxt.group(1) is not None:
            return prev if nxt.group(1).lower() in ctx.speech.conjunctions else None
    return None


#: After a list member, more names after commas, then a conjunction and a capitalised word.
_LIST_END = re.compile(r"(?:[ \u00a0]*,[ \u00a0]*\w[\w'’-]*(?:[ \u00a0]+\w[\w'’-]*){0,3})*"
                       r"[ \u00a0]+(\w+)[ \u00a0]+(\w)")
#: The words before a position, each with what follows it.
_WORD_GAP = re.compile(r"(\w[\w'’-]*)([^\w]*)")


def _after_unlinked_member(ctx: QuoteContext, pos: int) -> bool:
    """A name in a list a preposition governs whose first member the linker did not link: "por detrás
    de Lewis Hamilton, Ayrton Senna y Sebastian Vettel" (no mention for "Lewis Hamilton"). The
    capitalised words before a comma or a conjunction are passed over to the preposition; after a
    comma the list must end in a conjunction and another name, as in ``_list_member_of``."""
    found = list(_WORD_GAP.finditer(ctx.text, max(0, pos - 80), pos))
    pairs = [(m.group(1), m.group(2)) for m in found]
    if not pairs:
        return False
    word, gap = pairs[-1]
    if gap.strip() == ",":
        i = bisect_left(ctx.mention_starts, pos)
        end = ctx.mentions[i].end if i < len(ctx.mentions) and ctx.mentions[i].start == pos else pos
        tail = _LIST_END.match(ctx.text, end)
        if tail is None or tail.group(1).lower() not in ctx.speech.conjunctions or not tail.group(2).isupper():
            return False
    elif gap.strip() or word.lower() not in ctx.speech.conjunctions:
        return False
    else:
        pairs.pop()
    names = 0
    while pairs and pairs[-1][0][0].isupper() and names < 4 and (names == 0 or not pairs[-1][1].strip()):
        pairs.pop()
        names += 1
    if names and gap.strip() != "," and _linked(ctx, found[len(pairs)].start(), found[len(pairs) + names - 1].end(1)):
        # "il sindaco di Modena e Simona Roversi": two members joined by the conjunction alone, the
        # first one an entity the quote context leaves out (a place): it closes the phrase before
        return False
    while pairs and pairs[-1][0].lower() in ctx.speech.articles:
        pairs.pop()
    return names > 0 and bool(pairs) and not pairs[-1][1].strip() and pairs[-1][0].lower() in ctx.speech.prepositions


def _linked(ctx: QuoteContext, start: int, end: int) -> bool:
    """Does an entity of the document (a place too, which ``ctx.mentions`` leaves out) cover the
    words between ``start`` and ``end``?"""
    return any(m.start <= start and end <= m.end for m in ctx.doc.mentions())


def mention_after(ctx: QuoteContext, pos: int, sent_end: int) -> Mention | None:
    when = ctx.speech.time_phrase.match(ctx.text, pos, sent_end) if ctx.speech.time_phrase is not None else None
    if when is not None and when.end() > pos:
        # "afirmó ayer en el Congreso la vicepresidenta", "a déclaré mardi le ministre": past the time
        found = mention_after(ctx, when.end(), sent_end)
        if found is not None:
            return found
    aside = _ASIDE.match(ctx.text, pos, sent_end)
    if aside is not None and all(w[0].islower() for w in aside.group(1).split()):
        pos = aside.end()
    adverb = _adverb_phrase_end(ctx, pos, sent_end)
    if adverb is not None:  # "opina en cambio Sergi González": past an adverb of several words
        found = mention_after(ctx, adverb, sent_end)
        if found is not None:
            return found
    first = _NEXT_WORD.match(ctx.text, pos)
    if first is not None and first.group(1).lower() in ctx.speech.prepositions \
            and first.group(1).lower() not in ctx.speech.articles and not _name_opens(ctx, first):
        # "aseguró a la red Unitel", "told CNN": the addressee, not the speaker; but a person named
        # right after a named addressee speaks ("a expliqué à l'AFP Mario Rossi")
        found = _after_addressee(ctx, first.end(), sent_end)
        if found is not None:
            return found
        past = _past_addressee(ctx, first.end(), sent_end)
        # "declaró a la prensa el fiscal general, Álex Gertz Manero", "ha scritto su X la premier
        # Giorgia Meloni": the subject after a short addressee or channel
        found = None if past is None else mention_after(ctx, past, sent_end)
        if found is None and first.group(1).lower() in ctx.speech.from_prepositions:
            found = _source_after(ctx, first.end(), sent_end)  # "fanno sapere da Palazzo Chigi"
        return found
    named = _role_then_name(ctx, pos, sent_end)
    if named is not None:
        return named
    i = bisect_left(ctx.mention_starts, pos)
    if i < len(ctx.mentions):
        m = ctx.mentions[i]
        words = len(WORD.findall(ctx.text, pos, m.start))
        # a longer title ends in a person's name where the phrase ends: "said the resort’s general
        # manager Garrett Turta."
        titled = words <= PHRASE_WORDS and ctx.types.get(m.entity_id) == "PERSON" \
            and (m.end >= sent_end or ctx.text[m.end:m.end + 1] in ".,;:!?\n")
        if _COMPOUND_HEAD.match(ctx.text, m.end):
            # "schimpft der AfD-Chef": the name modifies the role noun that speaks; but a PERSON
            # named right after that compound title speaks ("sagt SWR-Landeskorrespondent Matthias Zahn")
            near = m.start - pos <= AFTER_GAP and words <= AFTER_WORDS and not phrase_breaks(ctx, pos, m.start)
            return _name_after_compound(ctx, i, sent_end) if near and not governed(ctx, m.start) else None
        if _dative_after_subject(ctx, pos, m.start):
            return None  # "sagte ein Sprecher dem Handelsblatt": the name is told, the spokesman speaks
        if (m.start - pos <= AFTER_GAP and m.end <= sent_end and (words <= AFTER_WORDS or titled)
                and not phrase_breaks(ctx, pos, m.start)):  # "said Gen. Charles Brown": no break at "Gen."
            if not governed(ctx, m.start):
                return _titled_name(ctx, i) or m
            # "ha dichiarato il portavoce dell'ONU Stéphane Dujarric": the person after the body
            # his title names (not "sagt Sheib ad-Din über HTS-Chef Achmed al-Scharaa")
            if any(person_noun(ctx, w) for w in WORD.findall(ctx.text, pos, m.start)):
                return _titled_name(ctx, i)
    return None


def _name_opens(ctx: QuoteContext, first: re.Match[str]) -> bool:
    """A capitalised word that a mention starts with is the name's first word, not a preposition:
    "aggiunge Alle Tattoo", "ha detto Della Valle" (the prepositions "alle", "della")."""
    if not first.group(1)[:1].isupper():
        return False
    i = bisect_left(ctx.mention_starts, first.start(1))
    return i < len(ctx.mentions) and ctx.mentions[i].start == first.start(1)


#: Most words of an adverb phrase between a verb and its subject ("en cambio", "por su parte").
ADVERB_PHRASE_WORDS = 3


def _adverb_phrase_end(ctx: QuoteContext, pos: int, sent_end: int) -> int | None:
    """Where an adverb of several words (``adverb`` rows with a space: "en cambio", "sin embargo",
    "por su parte") right after ``pos`` ends; its first word is often a preposition, which would
    make the name after it an addressee ("opina en cambio Sergi González")."""
    words = list(WORD.finditer(ctx.text, pos, sent_end))[:ADVERB_PHRASE_WORDS]
    if not words or ctx.text[pos:words[0].start()].strip():
        return None
    for n in range(len(words), 1, -1):
        phrase = ctx.text[words[0].start():words[n - 1].end()]
        if " ".join(phrase.split()).lower() in ctx.speech.skippable:
            return words[n - 1].end()
    return None


def _dative_after_subject(ctx: QuoteContext, pos: int, start: int) -> bool:
    """Between the verb and a name stand a subject phrase and a dative article (``dative_article`` in
    speech_cue_words.tsv): "sagte ein Sprecher dem Handelsblatt", "erklärte die Ministerin den
    Abgeordneten". The name is the one told, not the one speaking."""
    if not ctx.speech.dative_articles:
        return False
    words = [w.lower() for w in WORD.findall(ctx.text, pos, start)]
    return len(words) >= 3 and words[-1] in ctx.speech.dative_articles \
        and words[0] in ctx.speech.articles and words[0] not in ctx.speech.dative_articles


def _after_addressee(ctx: QuoteContext, pos: int, sent_end: int) -> Mention | None:
    """The PERSON named right after an addressee that is a named body or outlet, within a few words:
    "ha detto al Corriere Mario Rossi", "a expliqué à l'AFP Mario Rossi"."""
    i = bisect_left(ctx.mention_starts, pos)
    if i + 1 >= len(ctx.mentions):
        return None
    addressee, speaker = ctx.mentions[i], ctx.mentions[i + 1]
    if ctx.types.get(addressee.entity_id) in (None, "PERSON") or ctx.types.get(speaker.entity_id) != "PERSON" \
            or len(WORD.findall(ctx.text, pos, addressee.start)) > 2 or speaker.end > sent_end \
            or ctx.text[addressee.end:speaker.start].strip():
        return None
    return speaker


def _source_after(ctx: QuoteContext, pos: int, sent_end: int) -> Mention | None:
    """The person, body or group named right after a "from" preposition (an article aside): who
    speaks in "«...», fanno sapere da Palazzo Chigi", "aseguran desde el Ministerio"."""
    words = list(WORD.finditer(ctx.text, pos, sent_end))[:2]
    while words and words[0].group().lower() in ctx.speech.articles:
        words.pop(0)
    if not words:
        return None
    i = bisect_left(ctx.mention_starts, words[0].start())
    if i < len(ctx.mentions) and ctx.mentions[i].start == words[0].start() \
            and ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES:
        return ctx.mentions[i]
    return None


def _past_addressee(ctx: QuoteContext, pos: int, sent_end: int, depth: int = 0) -> int | None:
    """Where a short phrase after a preposition ends, when a subject may follow it: the phrase is a
    mention or one word ("su X") or an article and one noun ("a la prensa", "ai giornalisti"), and the
    next word is a definite article or opens a mention (not a comma, a weekday); one more such phrase
    may follow ("ha scritto in un post su Facebook Attilio Fontana")."""
    words = list(WORD.finditer(ctx.text, pos, min(sent_end, pos + AFTER_GAP)))
    k = 0
    while k < len(words) and words[k].group().lower() in ctx.speech.articles:
        k += 1
    if k >= len(words) or k > 1:
        return None
    i = bisect_left(ctx.mention_starts, words[k].start())
    if i < len(ctx.mentions) and ctx.mentions[i].start == words[k].start():
        end = ctx.mentions[i].end
    elif words[k].group().lower() not in ctx.speech.prepositions:
        end = words[k].end()
        if k + 2 < len(words) and words[k + 1].group().islower() and ctx.text[end:words[k + 1].start()] == " " \
                and words[k + 1].group().lower() not in ctx.speech.closed_words \
                and (words[k + 2].group().lower() in ctx.speech.definite or _person_at(ctx, words[k + 2].start())):
            end = words[k + 1].end()  # "in conferenza stampa il presidente": a noun and its modifier
    else:
        return None
    if PHRASE_BREAK.search(ctx.text, pos, end) or ctx.text[end:end + 1] not in (" ", "\u00a0"):
        return None
    nxt = _NEXT_WORD.match(ctx.text, end)
    if nxt is None or nxt.end() > sent_end:
        return None
    j = bisect_left(ctx.mention_starts, nxt.start(1))
    # a name right after the noun may be the addressee's own ("a la red Unitel"): only a person's speaks
    named = j < len(ctx.mentions) and ctx.mentions[j].start == nxt.start(1) \
        and ctx.types.get(ctx.mentions[j].entity_id) == "PERSON"
    if not depth and nxt.group(1).lower() in ctx.speech.prepositions and nxt.group(1).lower() not in ctx.speech.articles:
        return _past_addressee(ctx, nxt.end(), sent_end, depth=1)
    return end if nxt.group(1).lower() in ctx.speech.definite or named else None


def _person_at(ctx: QuoteContext, pos: int) -> bool:
    """A PERSON mention starts at ``pos``."""
    j = bisect_left(ctx.mention_starts, pos)
    return j < len(ctx.mentions) and ctx.mentions[j].start == pos and ctx.types.get(ctx.mentions[j].entity_id) == "PERSON"


#: Most words of a role before the comma and the name it introduces ("el convencional UDI e
#: integrante de la Comisión de Normas Transitorias, Pablo Toloza").
ROLE_THEN_NAME_WORDS = 12


def _role_then_name(ctx: QuoteContext, pos: int, sent_end: int) -> Mention | None:
    """A role after the verb, a comma, then the PERSON it names, closing the clause: "sagt der
    Präsident des Gemeinderats, Nicolas Féraud.", "ha advertido el alcalde de Los Gallardos,
    Francisco Miguel Reyes." (the name in apposition is the speaker, not the role or a name inside it).
    The phrase opens with a definite article and holds a noun of office; no name of a person stands
    in it ("said John Smith, the mayor" keeps John Smith)."""
    text = ctx.text
    stops = phrase_breaks(ctx, pos, sent_end)
    if not stops or text[stops[0]] != ",":
        return None
    comma = stops[0]
    words = WORD.findall(text, pos, comma)
    if not 2 <= len(words) <= ROLE_THEN_NAME_WORDS or words[0].lower() not in ctx.speech.definite \
            or not any(person_noun(ctx, w) for w in words[1:3]):
        return None
    i = bisect_left(ctx.mention_starts, pos)
    while i < len(ctx.mentions) and ctx.mentions[i].end <= comma:
        inside = ctx.mentions[i]
        if ctx.types.get(inside.entity_id) == "PERSON" and inside.kind != "title" \
                and not (" " not in inside.text and person_noun(ctx, inside.text)):
            return None  # a name of its own, not a bare title the linker tied to someone
        i += 1
    if i >= len(ctx.mentions):
        return None
    m = ctx.mentions[i]
    if text[comma + 1:m.start].strip() or ctx.types.get(m.entity_id) != "PERSON" or m.end > sent_end \
            or not (m.end >= sent_end or text[m.end:m.end + 1] in ".,;:!?\n"):
        return None
    return m


def _name_after_compound(ctx: QuoteContext, i: int, sent_end: int) -> Mention | None:
    """The PERSON standing right after the compound title that mention ``i`` opens, only spaces
    between: "SWR-Landeskorrespondent Matthias Zahn", "AfD-Chef Tino Chrupalla"."""
    title = _COMPOUND_HEAD.match(ctx.text, ctx.mentions[i].end)
    j = i + 1
    while j < len(ctx.mentions) and ctx.mentions[j].start < title.end():
        j += 1  # a body linked inside the compound itself
    if j >= len(ctx.mentions):
        return None
    n = ctx.mentions[j]
    if ctx.types.get(n.entity_id) == "PERSON" and n.end <= sent_end and not ctx.text[title.end():n.start].strip():
        return n
    return None


def _titled_name(ctx: QuoteContext, i: int) -> Mention | None:
    """The PERSON at the end of a title that mention ``i`` opens: "said European Union foreign
    policy chief Kaja Kallas", "ha detto il ministro degli Esteri russo Sergei Lavrov"."""
    if ctx.types.get(ctx.mentions[i].entity_id) == "PERSON" or i + 1 >= len(ctx.mentions):
        return None
    m, n = ctx.mentions[i], ctx.mentions[i + 1]
    if ctx.types.get(n.entity_id) == "PERSON" and n.start - m.end <= AFTER_GAP \
            and len(WORD.findall(ctx.text, m.end, n.start)) <= AFTER_WORDS \
            and not PHRASE_BREAK.search(ctx.text, m.end, n.start):
        return n
    return None


def pronoun_in_cue(ctx: QuoteContext, cue: Cue) -> Span | None:
    """A pronoun written into the cue: "a-t-il déclaré", "dit-elle"."""
    if "-" not in ctx.text[cue.start:cue.end]:
        return None
    for m in _HYPHEN_PRONOUN.finditer(ctx.text[cue.start:cue.end]):
        if m.group(1).lower() in ctx.speech.pronouns:
            s = cue.start + m.start(1)
            return Span(s, s + len(m.group(1)), m.group(1))
    return None


def pronoun_after(ctx: QuoteContext, pos: int) -> Span | None:
    m = _NEXT_WORD.match(ctx.text, pos)
    if m and m.group(1).lower() in ctx.speech.pronouns:
        return Span(m.start(1), m.end(1), m.group(1))
    return None


def pronoun_before(ctx: QuoteContext, pos: int, limit: int) -> Span | None:
    words = list(WORD.finditer(ctx.text, limit, pos))
    for w in reversed(words[-2:]):  # "she said", "she has said", "lui ha detto"
        if w.group().lower() in ctx.speech.pronouns:
            return Span(w.start(), w.end(), w.group())
    return None


def relative_subject(ctx: QuoteContext, words: list[re.Match[str]]) -> bool:
    """The words are a relative pronoun: "che", "que" (a complementizer alone), "il quale", "el cual"
    (articles and a ``relative`` word)."""
    low = [w.group().lower() for w in words]
    if len(low) == 1 and low[0] in ctx.speech.complementizers:
        return True
    return 2 <= len(low) <= 3 and low[-1] in ctx.speech.relatives and all(w in ctx.speech.articles for w in low[:-1])


def phrase_before(ctx: QuoteContext, limit: int, pos: int) -> Span | None:
    text = ctx.text
    breaks = [limit] + [b + 1 for b in phrase_breaks(ctx, limit, pos)]
    words = list(WORD.finditer(text, breaks[-1], pos))
    while words and (words[-1].group().lower() in ctx.speech.clitics or words[-1].group().lower() in ctx.speech.articles):
        words.pop()  # "che le ha detto", "La polizia ci avverte": the verb's object (no noun phrase ends in an article)
    if not words and len(breaks) >= 3 and text[breaks[-1] - 1] == "," and text[breaks[-2] - 1] == ",":
        # "Xi, nei commenti di apertura ..., ha detto": the subject before a parenthetical
        head = list(WORD.finditer(text, breaks[-3], breaks[-2] - 1))
        if 0 < len(head) <= APPOSITIVE_WORDS and head[0].group()[0].isupper():
            words = head
    k = len(breaks) - 1  # the segment holding the relative pronoun starts at breaks[k]
    rel = words
    if not words and len(breaks) >= 3 and text[breaks[-1] - 1] == ",":
        k, rel = len(breaks) - 2, list(WORD.finditer(text, breaks[-2], breaks[-1] - 1))  # "il quale, intervistato ..., ha"
    if k >= 1 and text[breaks[k] - 1] == "," and relative_subject(ctx, rel):
        # "il comico e showman Fiorello, che ha dichiarato", "il Presidente americano, il quale, ...,
        # ha avvertito": a relative pronoun subject stands for the noun phrase right before its comma
        head = list(WORD.finditer(text, breaks[k - 1], breaks[k] - 1))
        arts = [j for j, w in enumerate(head) if w.group().lower() in ctx.speech.definite]
        head = head[arts[-1]:] if arts else head
        if 0 < len(head) <= PHRASE_WORDS and not any(w.group().lower() in ctx.speech.prepositions for w in head):
            words = head
    cut = [i for i, w in enumerate(words) if w.group().lower() in ctx.speech.complementizers]
    if cut:
        words = words[cut[-1] + 1:]  # "cree que todo apunta": only what follows "que"
    while words and words[-1].group().lower() in ctx.speech.skippable:
        words.pop()  # "the doctor is calling", "Trump also said"
    while words and words[0].group().lower() in ctx.speech.skippable:
        words.pop(0)  # "When Clinton noted"
    if words and (words[0].group().lower() in ctx.speech.prepositions or opens_gerund(ctx, words[0])):
        # "Nel frattempo i comandanti ... sostengono": a short circumstance, then the subject; a gerund
        # clause is one too ("Poi, rivolgendosi agli altri componenti del Csm ha invitato": no subject)
        k = next((k for k in range(2, min(len(words), LEADING_WORDS + 1))
                  if words[k].group().lower() in ctx.speech.definite
                  and not any(w.group().lower() in ctx.speech.definite for w in words[1:k])), None)
        if k is None:
            k = _role_after_circumstance(ctx, words)
        if k is None:
            return None  # "En la denuncia la mujer asegura": a circumstance, not a clean subject
        words = words[k:]
    if len(words) > PHRASE_WORDS and (k := _role_after_circumstance(ctx, words)) is not None:
        words = words[k:]  # "Ad una esplicita domanda di Alessandro Laterza il ministro ha affermato"
    if not words or len(words) > PHRASE_WORDS:
        return None
    span = Span(words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()])
    if _only_source_cue(ctx, span):
        return None  # "..., según dijeron a El País": the attribution word, not a subject
    return span


def opens_gerund(ctx: QuoteContext, word: re.Match[str]) -> bool:
    """A gerund (``gerund_ending`` in speech_cue_words.tsv), lower-case or opening its sentence."""
    w = word.group()
    at_start = sentence_bounds(ctx.doc, word.start())[0] >= word.start() - 1
    return bool(ctx.speech.gerund_endings) and (w[0].islower() or at_start) \
        and w.lower().endswith(ctx.speech.gerund_endings)


#: Most words of a role phrase ending a longer circumstance before the verb ("il ministro").
ROLE_AFTER_CIRCUMSTANCE_WORDS = 3


def _role_after_circumstance(ctx: QuoteContext, words: list[re.Match[str]]) -> int | None:
    """Where the subject starts after a longer circumstance with no comma: the last definite article
    that no preposition governs, opening at most ``ROLE_AFTER_CIRCUMSTANCE_WORDS`` words that hold a
    noun of office ("Ad una esplicita domanda di Alessandro Laterza il ministro ha affermato"). A
    plain noun there may still belong to the circumstance ("En la denuncia la mujer"), an office
    noun before the verb is its subject."""
    speech = ctx.speech
    for j in range(len(words) - 2, 1, -1):
        if len(words) - j > ROLE_AFTER_CIRCUMSTANCE_WORDS:
            return None
        if words[j].group().lower() in speech.definite and words[j - 1].group().lower() not in speech.prepositions \
                and any(person_noun(ctx, w.group()) for w in words[j + 1:]):
            return j
    return None


def _only_source_cue(ctx: QuoteContext, span: Span) -> bool:
    """The phrase is an attribution word, or the first words of one ("según" of "según dijeron")."""
    return any(s == span.start and span.end <= e for s, e in ctx.source_cue_spans)


def phrase_breaks(ctx: QuoteContext, start: int, end: int) -> list[int]:
    """Offsets of the punctuation that ends a speaker phrase, skipping the period of an
    abbreviation ("Mr. Burman", "Sen. Tester")."""
    out = []
    for m in PHRASE_BREAK.finditer(ctx.text, start, end):
        if m.group() == ".":
            word = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
            if word and (word.group().lower() in ctx.abbreviations or len(word.group()) == 1):
                continue
        out.append(m.start())
    return out


def inverted_phrase(ctx: QuoteContext, pos: int, sent_end: int) -> Span | None:
    """The subject phrase right after a verb, unless it is one lower-case word before a preposition:
    another verb ("dijo refiriéndose a ..."), not a subject ("said another.")."""
    phrase = phrase_after(ctx, pos, sent_end)
    if phrase is None:
        return None
    words = WORD.findall(phrase.text)
    nxt = _NEXT_WORD.match(ctx.text, phrase.end)
    if len(words) == 1 and words[0][:1].islower() and not person_noun(ctx, words[0]) \
            and nxt is not None and nxt.group(1).lower() in ctx.speech.prepositions:
        return None
    return phrase


def phrase_after(ctx: QuoteContext, pos: int, sent_end: int) -> Span | None:
    text = ctx.text
    stops = phrase_breaks(ctx, pos, sent_end)
    end = stops[0] if stops else sent_end
    words = list(WORD.finditer(text, pos, end))
    while words and words[0].group().lower() in ctx.speech.skippable:
        words.pop(0)
    if words and words[0].group().lower() in ctx.speech.prepositions:
        return None  # "dice sobre el británico": an object, not the speaker
    for k, w in enumerate(words):
        low = w.group().lower()
        if k and (low in ctx.speech.prepositions or low in ctx.speech.dative_articles):
            words = words[:k]  # "sagt Sheib ad-Din über HTS-Chef ...", "sagte ein Sprecher dem Handelsblatt"
            break
        if k and low in ctx.speech.complementizers:
            # "«...», spiega una donna che vive vicino al negozio": a relative clause on the subject
            # (or the reported clause: "afirmó el ministro que ..."), past the speaker either way
            words = words[:k]
            break
    if not words or len(words) > PHRASE_WORDS:
        return None
    return Span(words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()])


def _role_compound(ctx: QuoteContext, m: Mention) -> bool:
    """The name only modifies the role noun joined to it: "FDP-Generalsekretär Djir-Sarai" (not
    a double surname the linker cut short: "Kevin Holland-Moritz")."""
    head = _COMPOUND_HEAD.match(ctx.text, m.end)
    if head is None:
        return False
    word = WORD.match(ctx.text, head.start() + 1)
    return word is not None and person_noun(ctx, word.group())


def first_subject(ctx: QuoteContext, start: int, end: int, strict: bool = True,
                  kinds: frozenset[str] = SUBJECT_TYPES,
                  accept: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The first PERSON, ORG or GROUP mention (of ``kinds``) between ``start`` and ``end`` that can
    be a subject: not after a preposition ("mit Hilfe von Tiktok"), not a possessor ("Netanyahus Prozess");
    ``accept``, when given, must also accept it (a gendered pronoun: a person of its gender).
    Not strict, a name after a preposition may stand for the subject phrase it is in ("A spokesman for
    the Senate Democratic campaign said"), unless that phrase names its person in apposition: "el
    director del Grupo de Búsqueda, Hugo Bustos," is Hugo Bustos."""
    j = bisect_left(ctx.mention_starts, start)
    while j < len(ctx.mentions) and ctx.mentions[j].start < end:
        m = ctx.mentions[j]
        if ctx.types.get(m.entity_id) in kinds and not (strict and governed(ctx, m.start)) \
                and not _possessive(ctx, m) and not _role_compound(ctx, m) and (accept is None or accept(m)):
            person = _appositive_person(ctx, j, end) if not strict and governed(ctx, m.start) else None
            if person is not None and person.entity_id != m.entity_id and "PERSON" in kinds \
                    and (accept is None or accept(person)):
                return person
            return m
        j += 1
    return None


_APPOSITION_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")


def _appositive_person(ctx: QuoteContext, j: int, end: int) -> Mention | None:
    """The PERSON set off by a comma right after mention ``j`` (before ``end``): "director del
    Grupo de Búsqueda, Hugo Bustos,", "un portavoce del ministero, Marco Rossi,"."""
    if j + 1 >= len(ctx.mentions):
        return None
    nxt = ctx.mentions[j + 1]
    if nxt.start >= end or ctx.types.get(nxt.entity_id) != "PERSON" \
            or not _APPOSITION_COMMA.fullmatch(ctx.text, ctx.mentions[j].end, nxt.start):
        return None
    return nxt
