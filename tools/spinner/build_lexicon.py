"""Build the per-language reverse-synonym lexicons the spinner repair reads, and the swap tables
the spinner evaluation uses. Deterministic: same thesauri and wordfreq version, same files.

    apt-get install wordnet-base libaiksaurus-1.2-data
    PYTHONPATH=src python tools/spinner/build_lexicon.py [it fr es de en]
    PYTHONPATH=src python tools/spinner/build_lexicon.py --english-only it fr es de
    PYTHONPATH=src python tools/spinner/build_lexicon.py --weak-odds it fr es de
    PYTHONPATH=src python tools/spinner/build_lexicon.py --strong-odds it fr es de
    PYTHONPATH=src python tools/spinner/build_lexicon.py --lexicon-english it fr es de
    PYTHONPATH=src python tools/spinner/build_lexicon.py --nouns-english de
    PYTHONPATH=src python tools/spinner/build_lexicon.py --slots it fr
    PYTHONPATH=src python tools/spinner/build_lexicon.py --gender-slots fr
    PYTHONPATH=src python tools/spinner/build_lexicon.py --frequent-slots it fr es de
    PYTHONPATH=src python tools/spinner/build_lexicon.py --swaps it fr es de en   (the evaluation's)

Model. An English synonym spinner run over text in language L swaps a word W of L that happens
to be an English word (Italian "fine", "leader", "ad") for an English synonym S ("fantastic",
"chief", "advert"). Seeing S, the original W is guessed by Bayes:
    P(W | S) ~ f_L(W) * known_english(W) * P(S | W)
f_L(W) is W's frequency in L (wordfreq); known_english(W) how surely a spinner's dictionary holds
W (min(1, 10^(zipf_en - 5))); P(S | W) spreads W's probability over its synonyms:
weight 1 for a direct thesaurus neighbour, and BETA * the resource-allocation index of W and S
for a word two steps away, because real spinners use thesauri broader than ours ("fine" ->
"fantastic" is two steps away in WordNet + Aiksaurus, through "grand").

Outputs:
- src/cronaca/lang/<L>/spinner_english_only.txt  English words foreign to L that wordfreq's list
  of L holds a little (gap >= clean.tsv spinner_unknown_gap) and simplemma's lexicon of L lacks
- src/cronaca/lang/<L>/spinner_lexicon_english.txt  the English words (zipf >= 2 in English) that
  simplemma's lexicon of L knows, so that the run time need not load simplemma (~1-2.5 s per
  language): the only question it asks the lexicon is about such words
- src/cronaca/lang/<L>/spinner_nouns_english.txt  (languages that capitalise nouns:
  capitalised_nouns yes in orthography.tsv) English words more frequent in English than in L that simplemma's
  lexicon of L knows only capitalised ("Action", "Team", "Veteran"): written in lower case
  inside a sentence they are no word of L, however common the noun is
- src/cronaca/lang/<L>/spinner_reverse.tsv  english_token, original, score (P(W | S), top 5)
- src/cronaca/lang/<L>/spinner_reverse_slots.tsv  (languages with elision.txt or
  function_words.txt) the same for replacements the plain rules do not flag, kept when an
  original's first letter is of the other kind (vowel, consonant) than the token's, or the best
  original is a function word: read only where the elision before rules the token out, or where
  the language hardly knows a token that stands for a function word; where clean.tsv sets
  spinner_rare_slots, also the replacements the language hardly has and its lexicon lacks
  ("leaker" for French "source"), which the detector then flags as rare unknown words
- src/cronaca/lang/<L>/spinner_reverse_gender.tsv  (languages with word_agreement.tsv) the same
  for replacements of neither file whose dictionary gender differs from an original's: read only
  where the article before the token asks the original's gender ("une district" for "une zone")
- src/cronaca/lang/<L>/spinner_reverse_frequent.tsv  the same for replacements the plain rules do
  not flag whose likely original (P >= 0.5) is one of the language's most frequent words (zipf
  >= 6.5: "positive" for French "plus"): read only where an article lacks that word
- src/cronaca/lang/<L>/spinner_strong_odds.tsv  english_token, odds: the same for the
  out-of-language candidates the language's text still holds, where the odds are below 1
- src/cronaca/lang/<L>/spinner_weak_odds.tsv  english_token, odds: for each weak candidate, the
  spinner mass sum_W f_L(W) * known_english(W) * P(S | W) over S's own frequency in L
- src/cronaca/evaluate/spinner_swaps/<L>.tsv.gz  original, synonyms (direct neighbours a
  spinner may choose, as "word:weight", comma-separated), for the evaluation's reproducible
  spinner: written only with --swaps. They define the spun corpus, and its originals follow
  loanwords.txt (a listed loanword is an original): rewritten at every run, they would change
  the benchmark whenever a loanword is listed, and scores before and after could not be
  compared. (Since they were written, loanwords added to it, fr and es would add originals:
  it 835 -> 943 words.)
"""
from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

import simplemma
from wordfreq import iter_wordlist, top_n_list, zipf_frequency

sys.path.insert(0, str(Path(__file__).parent))
from thesaurus import Graph, load_graph  # noqa: E402

from cronaca.clean.spinner import (_VOWELS, ABSENT_ORIGINAL_ZIPF, LEXICON_MIN_ZIPF_EN,  # noqa: E402
                                   MIN_ZIPF_EN as DETECTOR_MIN_ZIPF_EN, RARE, RARE_UNKNOWN_GAP,
                                   RARE_UNKNOWN_ZIPF, STRONG, Detector)  # (run-time rules)
from cronaca.lang import load  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LANG_DIR = ROOT / "src" / "cronaca" / "lang"
SWAP_DIR = ROOT / "src" / "cronaca" / "evaluate" / "spinner_swaps"
STOPWORDS = set((Path(__file__).parent / "english_stopwords.txt").read_text().split())

BETA = 1.0          # weight of a two-step relation (times its resource-allocation index)
MIN_ZIPF_L = 2.5    # W must be a reasonably common word of L
MIN_ZIPF_EN = 2.5   # ... and an English word a spinner's dictionary knows
MIN_SWAP_ZIPF = 2.0  # a spinner picks real English words as replacements
TOP = 5
MIN_CHOICES = 3  # a word with fewer real synonyms ("la": "lah") is not worth a spinner's swap
SMOOTHING = 10.0  # pseudo-synonyms: a spinner's thesaurus lists more words than ours for rare words
KNOWN_ZIPF = 5.0  # English words at least this common are surely in a spinner's dictionary
MIN_PATHS = 2      # a two-step relation needs two distinct middle words (one may be a hub)
# A listed loanword the language's lexicon does not know ("crash", "packaging" in Italian) is an
# original too, but wordfreq's frequency of it in L counts the English text inside L's lists
# (titles, quotes), not only the loanword: its prior is scaled down by this much.
LOANWORD_PRIOR = 0.1
# spinner_strong_odds.tsv keeps the tokens with odds below this (P(swap) < 0.75 at the plain rate)
STRONG_ODDS_MAX = 1.0


def originals(lang: str, graph: Graph) -> list[str]:
    """Words of ``lang`` that an English spinner would treat as English words.

    wordfreq's lists carry English (names, titles: "grand", "new" look common in Italian), so a
    word must also be known to simplemma's lexicon of the language, or be a listed loanword.
    """
    loanwords = set(Detector.for_language(lang).loanwords)
    out = []
    for word in top_n_list(lang, 60000):
        if (word in graph and word not in STOPWORDS and len(swappable(word, graph)) >= MIN_CHOICES and word.isascii() and word.isalpha()
                and zipf_frequency(word, lang) >= MIN_ZIPF_L
                and zipf_frequency(word, "en") >= MIN_ZIPF_EN
                and (word in loanwords or simplemma.is_known(word, lang=lang))):
            out.append(word)
    return out


def relations(word: str, graph: Graph) -> dict[str, float]:
    """P(S | W) up to normalisation: direct neighbours 1, two-step ones BETA times the
    resource-allocation index (each shared neighbour counts 1/its degree, so hubs such as
    "cardinal", linked to every numeral, add almost nothing)."""
    direct = graph[word]
    rel: dict[str, float] = dict(direct)
    shared: dict[str, float] = {}
    paths: dict[str, int] = {}
    for mid, w1 in direct.items():
        nbrs = graph.get(mid, {})
        share = w1 / len(nbrs)
        for s, w2 in nbrs.items():
            shared[s] = shared.get(s, 0.0) + share * w2
            paths[s] = paths.get(s, 0) + 1
    for s, v in shared.items():
        if s != word and s not in direct and paths[s] >= MIN_PATHS:
            rel[s] = BETA * v
    return rel


def swappable(word: str, graph: Graph) -> list[str]:
    """The replacements a spinner may choose for ``word``: direct neighbours that are real words."""
    return sorted(s for s in graph[word] if zipf_frequency(s, "en") >= MIN_SWAP_ZIPF)


def known_english(word: str) -> float:
    """How likely a spinner's dictionary holds ``word``: common English words surely, rare
    thesaurus entries ("lei", a garland; "ci", 101) much less."""
    return min(1.0, 10 ** (zipf_frequency(word, "en") - KNOWN_ZIPF))


def weak_words(lang: str) -> set[str]:
    """The weak English words as listed (the run-time Detector keeps only those the reverse
    lexicon already covers, which would leave words new to the list without rows)."""
    return set(load(lang).words("spinner_english_weak.txt"))


def swap_masses(lang: str, graph: Graph, flagged: bool = True) -> dict[str, dict[str, float]]:
    """english_token -> {original: f_L(W) * known_english(W) * P(S | W)}: how much of a spinner's
    output in ``lang`` each original sends to each replacement (unnormalised); ``flagged``: only the
    replacements the detector may flag (any kind), else only those it does not."""
    detector = Detector.for_language(lang)
    weak = weak_words(lang)
    posterior: dict[str, dict[str, float]] = {}
    for w in originals(lang, graph):
        rel = relations(w, graph)
        total = sum(rel.values()) + SMOOTHING
        prior = 10 ** zipf_frequency(w, lang) * known_english(w)
        if w in detector.loanwords and not simplemma.is_known(w, lang=lang):
            prior *= LOANWORD_PRIOR
        for s, r in rel.items():
            # candidate() returns a kind (STRONG 1, WEAK 2, NOUN 3, RARE 5): compared as a truth
            # value, RARE apart: a rare unknown word is one only if a reverse table already
            # holds it, so counting it as flagged dropped from the rebuilt slot table the very
            # words the old one made RARE ("twit" for French "simple", "mammy" for Italian "ma")
            kind = detector.candidate(s)
            if bool((kind and kind != RARE) or s in weak) == flagged:
                posterior.setdefault(s, {})[w] = prior * r / total
    return posterior


def weak_odds(lang: str, graph: Graph) -> list[tuple[str, float]]:
    """(weak English token, swap odds): the spinner mass sent to the token over the token's own
    frequency in the language (English text inside wordfreq's list: "boiler", "made", "under").
    Both are per-token rates of one scale (10 ** zipf), so a token the language's text uses
    as English far more often than a spinner could produce it has low odds."""
    posterior = swap_masses(lang, graph)
    weak = weak_words(lang)
    out = []
    for s in sorted(weak):
        mass = sum(posterior.get(s, {}).values())
        if mass > 0:
            out.append((s, float(f"{mass / 10 ** zipf_frequency(s, lang):.4g}")))
    return out


def strong_odds(lang: str, graph: Graph) -> list[tuple[str, float]]:
    """(out-of-language English token, swap odds), as for weak tokens, for the tokens the
    detector reads as foreign (STRONG) that the language's text still holds ("landing",
    "copper", "operations" in Italian); only rows under STRONG_ODDS_MAX are kept (a token
    without a row is read as surely a swap)."""
    posterior = swap_masses(lang, graph)
    detector = Detector.for_language(lang)
    out = []
    for s in sorted(posterior):
        here = zipf_frequency(s, lang)
        if here <= 0 or detector.candidate(s) != STRONG:
            continue
        odds = sum(posterior[s].values()) / 10 ** here
        if odds < STRONG_ODDS_MAX:
            out.append((s, float(f"{odds:.4g}")))
    return out


def _write_odds(lang: str, kind: str, token_is: str, rows: list[tuple[str, float]]) -> None:
    with (LANG_DIR / lang / f"spinner_{kind}_odds.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# Built by tools/spinner/build_lexicon.py from WordNet 3.0 + Aiksaurus and "
                 f"wordfreq; do not edit by hand.\n# english_token: {token_is}; odds: spinner "
                 "mass that reaches it over its own frequency in the language.\n")
        fh.write("english_token\todds\n")
        fh.writelines(f"{s}\t{o:g}\n" for s, o in rows)
    print(f"{lang}: {len(rows)} {kind} swap odds")


def write_strong_odds(lang: str, graph: Graph) -> None:
    _write_odds(lang, "strong", "an out-of-language swap candidate the language's text still "
                "holds", strong_odds(lang, graph))


def write_weak_odds(lang: str, graph: Graph) -> None:
    _write_odds(lang, "weak", "a weak swap candidate (spinner_english_weak.txt)",
                weak_odds(lang, graph))


def likely_originals(cands: dict[str, float]) -> list[tuple[str, float]]:
    """The TOP likeliest originals of one English token with their share of its spinner mass, those
    under 2% left out: every reverse table (plain, slots, gender, frequent) lists the same ones."""
    norm = sum(cands.values())
    ranked = sorted(cands.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return [(w, p / norm) for w, p in ranked if p / norm >= 0.02]


def build(lang: str, graph: Graph) -> tuple[list[tuple[str, str, float]], list[tuple[str, list[str]]]]:
    posterior = swap_masses(lang, graph)
    swaps: list[tuple[str, list[str]]] = []
    for w in originals(lang, graph):
        choices = [f"{s}:{graph[w][s]:g}" for s in swappable(w, graph)]
        if choices:
            swaps.append((w, choices))
    rows: list[tuple[str, str, float]] = []
    for s in sorted(posterior):
        rows.extend((s, w, round(share, 4)) for w, share in likely_originals(posterior[s]))
    return rows, swaps


def _first_is_vowel(word: str) -> bool:
    return word[:1] in _VOWELS


def slot_rows(lang: str, graph: Graph) -> list[tuple[str, str, float]]:
    """Reverse rows for the replacements spinner_reverse.tsv leaves out because the plain rules
    do not flag them: words of the language too ("notion" for "opinion" in French), seen only
    where the elision rules them out ("l'notion publique"), so tokens with an original whose first
    letter is of the other kind (vowel against consonant; "h" fits both); and tokens whose likely
    original is a function word ("milt" for Italian "come"), seen where the language hardly knows
    the token (see cronaca.clean.spinner._function_word_swaps)."""
    detector = Detector.for_language(lang)
    function_words = detector.function_words | detector.noun_markers  # closed classes
    posterior = swap_masses(lang, graph, flagged=False)
    # clean.tsv spinner_rare_slots: the table also holds the rare unknown replacements
    rare = any(row["key"] == "spinner_rare_slots" and row["value"] == "yes"
               for row in load(lang).table("clean.tsv"))
    rows: list[tuple[str, str, float]] = []
    for s in sorted(posterior):
        if s[:1] == "h":
            continue  # a mute or aspirated h: either elision fits, no slot rules it out
        best = likely_originals(posterior[s])
        if any(w[:1] != "h" and _first_is_vowel(w) != _first_is_vowel(s) for w, _ in best) or (
                best and best[0][0] in function_words) or (rare and _rare_unknown(s, detector)):
            rows.extend((s, w, round(share, 4)) for w, share in best)
    return rows


def _rare_unknown(token: str, detector: Detector) -> bool:
    """A replacement the language hardly has and its lexicon does not know, a little more
    frequent in English ("leaker", "cypher" in French): what Detector.rare_unknown flags once a
    reverse table holds it, so the slot table of a language whose clean.tsv sets
    spinner_rare_slots holds it whatever its first letter (flagged, never changed). Not set for
    Italian: its Wikinews text writes rare English terms ("multiplex", "lob") as its own."""
    here, en = zipf_frequency(token, detector.lang), zipf_frequency(token, "en")
    return (token.isascii() and token not in detector.loanwords and here < RARE_UNKNOWN_ZIPF
            and en >= DETECTOR_MIN_ZIPF_EN and en - here >= RARE_UNKNOWN_GAP
            and not detector.in_lexicon(token))


def write_slot_reverse(lang: str, graph: Graph) -> None:
    data = load(lang)
    if not (data.words("elision.txt") or data.words("function_words.txt")
            or data.words("noun_markers.txt")):
        return  # no elision, no function word: no slot to rule a word out
    rows = slot_rows(lang, graph)
    write_reverse(LANG_DIR / lang / "spinner_reverse_slots.tsv", rows,
                  "# Built by tools/spinner/build_lexicon.py --slots from WordNet 3.0 + Aiksaurus "
                  "and wordfreq; do not edit by hand.\n# Like spinner_reverse.tsv, for "
                  "replacements that are words of this language too: read only where\n# the "
                  "elision before the token rules it out (\"l'notion\" for \"l'opinion\").\n")
    print(f"{lang}: {len(rows)} slot reverse rows")


def gender_slot_rows(lang: str, graph: Graph) -> list[tuple[str, str, float]]:
    """Reverse rows for replacements that are words of the language too, that neither
    spinner_reverse.tsv nor spinner_reverse_slots.tsv holds, and whose gender a dictionary gives
    (word_agreement.tsv) against that of one of their likely originals (the dictionary's, else
    its ending's guess): seen only where the article before the token asks the original's
    gender ("une district" for "une zone"; see cronaca.clean.spinner._gender_misfits)."""
    detector = Detector.for_language(lang)
    if not detector.word_agreement:
        return []
    posterior = swap_masses(lang, graph, flagged=False)
    rows: list[tuple[str, str, float]] = []
    for s in sorted(posterior):
        shown = detector.word_agreement.get(s)
        if not shown or s in detector.slot_reverse or s in detector.reverse:
            continue
        best = likely_originals(posterior[s])
        if any(detector.agreement(w) not in ("", shown) for w, _ in best):
            rows.extend((s, w, round(share, 4)) for w, share in best)
    return rows


def write_gender_slot_reverse(lang: str, graph: Graph) -> None:
    rows = gender_slot_rows(lang, graph)
    if not rows:
        return
    write_reverse(LANG_DIR / lang / "spinner_reverse_gender.tsv", rows,
                  "# Built by tools/spinner/build_lexicon.py --gender-slots from WordNet 3.0 + "
                  "Aiksaurus, wordfreq and word_agreement.tsv; do not edit by hand.\n# Like "
                  "spinner_reverse.tsv, for replacements that are words of this language too "
                  "whose gender differs\n# from an original's: read only where the article before "
                  "the token asks the original's (\"une district\").\n")
    print(f"{lang}: {len(rows)} gender slot reverse rows")


#: an original this common (zipf) in the language is expected several times in an article: its
#: absence is evidence (see cronaca.clean.spinner._absent_word_swaps, which asks the same)
FREQUENT_ORIGINAL_ZIPF = ABSENT_ORIGINAL_ZIPF
FREQUENT_ORIGINAL_SHARE = 0.5


def frequent_slot_rows(lang: str, graph: Graph) -> list[tuple[str, str, float]]:
    """Reverse rows for replacements the plain rules do not flag (words of the language too:
    "positive", "boy" in French) whose likely original (P >= FREQUENT_ORIGINAL_SHARE) is one
    of the language's most frequent words ("plus", "son"): read only where that original is
    missing from an article long enough to expect it several times."""
    posterior = swap_masses(lang, graph, flagged=False)
    rows: list[tuple[str, str, float]] = []
    for s in sorted(posterior):
        best = likely_originals(posterior[s])
        if (best and best[0][1] >= FREQUENT_ORIGINAL_SHARE
                and zipf_frequency(best[0][0], lang) >= FREQUENT_ORIGINAL_ZIPF):
            rows.extend((s, w, round(share, 4)) for w, share in best)
    return rows


def write_frequent_slot_reverse(lang: str, graph: Graph) -> None:
    rows = frequent_slot_rows(lang, graph)
    write_reverse(LANG_DIR / lang / "spinner_reverse_frequent.tsv", rows,
                  "# Built by tools/spinner/build_lexicon.py --frequent-slots from WordNet 3.0 + "
                  "Aiksaurus and wordfreq; do not edit by hand.\n# Like spinner_reverse.tsv, for "
                  "replacements that are words of this language too whose likely\n# original is "
                  "one of its most frequent words: read only where an article lacks that word.\n")
    print(f"{lang}: {len(rows)} frequent slot reverse rows")


REVERSE_HEADER = ("# Built by tools/spinner/build_lexicon.py from WordNet 3.0 + Aiksaurus and "
                  "wordfreq; do not edit by hand.\n# english_token: a spinner's English "
                  "replacement; original: the word of this language it likely replaced; "
                  "score: P(original | english_token).\n")


def write_reverse(path: Path, rows: list[tuple[str, str, float]], header: str = REVERSE_HEADER) -> None:
    """Every reverse lexicon (plain, slots, gender, frequent) is one table under its own header."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write(header)
        fh.write("english_token\toriginal\tscore\n")
        fh.writelines(f"{s}\t{w}\t{p}\n" for s, w, p in rows)


MIN_GAP_UNKNOWN = 1.2   # see cronaca.clean.spinner: the relaxed rule for words the language's
MAX_ZIPF_UNKNOWN = 3.0  # lexicon does not know; lang/<code>/clean.tsv may set spinner_unknown_gap


def english_only(lang: str) -> list[str]:
    """English words that read as foreign in ``lang`` although wordfreq's list of ``lang`` has
    them a little (English text inside it): unknown to simplemma's lexicon of the language."""
    loanwords = set(Detector.for_language(lang).loanwords)
    options = {row["key"]: row["value"] for row in load(lang).table("clean.tsv")}
    min_gap = float(options.get("spinner_unknown_gap", MIN_GAP_UNKNOWN))
    out = []
    for word in top_n_list("en", 100000):
        if not (word.isascii() and word.isalpha()) or word in loanwords:
            continue
        en, here = zipf_frequency(word, "en"), zipf_frequency(word, lang)
        if en < 2.0 or here >= MAX_ZIPF_UNKNOWN or en - here < min_gap:
            continue
        if en - here >= 1.5 and here < 3.5:
            continue  # the plain rule already catches it
        if not simplemma.is_known(word, lang=lang):
            out.append(word)
    return sorted(out)


# English words that wordfreq's list of the language holds often (English text inside it: "day",
# "work", "go" reach zipf 4-4.6 in Italian or German), yet the language's lexicon lacks: weak
# evidence, trusted at run time only where the article shows other spinner evidence.
MIN_ZIPF_EN_WEAK = 3.0
# A gap down to 0.3 is listed: the run time flags a token that close (spinner.CLOSE_GAP) only at
# high swap odds ("teaser" for Italian "ad": odds 30; "tilt", "wireless": 0.5 stay untouched); at
# 0.7 the list missed "teaser", "mama" (for "ma"), "italic" (for "case") altogether.
MIN_GAP_WEAK = 0.3
MAX_ZIPF_WEAK = 5.0


def english_weak(lang: str) -> list[str]:
    """Common English words foreign to ``lang`` that its wordfreq list holds too often for the
    plain rule (see cronaca.clean.spinner: weak candidates)."""
    loanwords = set(Detector.for_language(lang).loanwords)
    strong = set(english_only(lang))
    out = []
    for word in top_n_list("en", 50000):
        if not (word.isascii() and word.isalpha()) or word in loanwords or word in strong:
            continue
        en, here = zipf_frequency(word, "en"), zipf_frequency(word, lang)
        if en < MIN_ZIPF_EN_WEAK or here >= MAX_ZIPF_WEAK or en - here < MIN_GAP_WEAK:
            continue
        if en - here >= 1.5 and here < 3.5:
            continue  # the plain rule already catches it
        if not simplemma.is_known(word, lang=lang):
            out.append(word)
    return sorted(out)


def _write_words(lang: str, name: str, about: str, words: list[str]) -> None:
    """One word per line under a header saying where the list comes from; the run-time detector
    (and the reverse lexicon it builds from these lists) is dropped so the next use reads them."""
    with (LANG_DIR / lang / name).open("w", encoding="utf-8") as fh:
        fh.write("# Built by tools/spinner/build_lexicon.py from wordfreq and simplemma; do not "
                 f"edit by hand.\n{about}")
        fh.writelines(f"{w}\n" for w in words)
    _forget_language_data()


def _forget_language_data() -> None:
    """Drop the cached language data and run-time detector, so that the next step reads the
    lists just written: a stale list made the outputs depend on the previous build's."""
    from cronaca.clean import spinner
    spinner._detector.cache_clear()
    load.cache_clear()


def write_english_weak(lang: str) -> None:
    words = english_weak(lang)
    _write_words(lang, "spinner_english_weak.txt",
                 "# Common English words unknown to this language's lexicon that its wordfreq list holds "
                 "often\n# (English text inside it): swap candidates only in an article with other spinner "
                 "evidence.\n", words)
    print(f"{lang}: {len(words)} weak English words")


def lexicon_english(lang: str) -> list[str]:
    """English words (wordfreq zipf >= LEXICON_MIN_ZIPF_EN) that simplemma's lexicon of ``lang``
    knows: the run-time Detector asks the lexicon only about words that common in English."""
    out = []
    for word in iter_wordlist("en"):
        if zipf_frequency(word, "en") < LEXICON_MIN_ZIPF_EN:
            break  # the list is ordered by frequency
        if word.isalpha() and simplemma.is_known(word, lang=lang):
            out.append(word)
    return sorted(out)


MIN_NOUN_LETTERS = 3  # "st", "u" are abbreviations ("St.", "u."), not nouns


def nouns_english(lang: str) -> list[str]:
    """English words that the lexicon of a language capitalising its nouns knows only with a
    capital: a noun of the language ("Action", "Veteran") or none at all. wordfreq folds case,
    so its frequency of "action" in German counts the noun; the lexicon's own (case-exact)
    dictionary tells that the lower-case form is no word of the language. Only words more
    frequent in English than here: "menschen", "jahr" are German words wordfreq's English list
    holds, and a German writer who slips into lower case writes them, not English."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    particles = {w.lower() for w in load(lang).words("name_particles.txt")}
    out = []
    for word in iter_wordlist("en"):
        if zipf_frequency(word, "en") < LEXICON_MIN_ZIPF_EN:
            break  # the list is ordered by frequency
        if (word.isascii() and word.isalpha() and word.islower() and len(word) >= MIN_NOUN_LETTERS
                and word not in particles and word not in dictionary
                and word.capitalize() in dictionary
                and zipf_frequency(word, "en") > zipf_frequency(word, lang)):
            out.append(word)
    return sorted(out)


def write_nouns_english(lang: str) -> None:
    words = nouns_english(lang)
    _write_words(lang, "spinner_nouns_english.txt",
                 f"# English words (zipf >= {LEXICON_MIN_ZIPF_EN:g}, more frequent in English than "
                 "here) that this language's\n# lexicon (simplemma) knows only capitalised, as "
                 "nouns: in lower case they are no word of it.\n", words)
    print(f"{lang}: {len(words)} English words the lexicon knows only as nouns")


def write_lexicon_english(lang: str) -> None:
    words = lexicon_english(lang)
    _write_words(lang, "spinner_lexicon_english.txt",
                 f"# English words (zipf >= {LEXICON_MIN_ZIPF_EN:g}) that this language's lexicon "
                 "(simplemma) knows.\n", words)
    print(f"{lang}: {len(words)} English words the lexicon knows")


def write_english_only(lang: str) -> None:
    words = english_only(lang)
    with (LANG_DIR / lang / "spinner_english_only.txt").open("w", encoding="utf-8") as fh:
        fh.write("# Built by tools/spinner/build_lexicon.py from wordfreq and simplemma; do not "
                 "edit by hand.\n# English words foreign to this language although its wordfreq "
                 "list holds them a little.\n")
        fh.writelines(f"{w}\n" for w in words)
    _forget_language_data()
    print(f"{lang}: {len(words)} English-only words")


def _capitalises_nouns(lang: str) -> bool:
    return load(lang).writes("capitalised_nouns")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build the spinner's word lists and reverse lexicons.")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--weak-odds", action="store_true", help="only spinner_weak_odds.tsv")
    only.add_argument("--strong-odds", action="store_true", help="only spinner_strong_odds.tsv")
    only.add_argument("--lexicon-english", action="store_true", help="only spinner_lexicon_english.txt")
    only.add_argument("--nouns-english", action="store_true", help="only spinner_nouns_english.txt")
    only.add_argument("--slots", action="store_true", help="only spinner_reverse_slots.tsv")
    only.add_argument("--frequent-slots", action="store_true",
                      help="only spinner_reverse_frequent.tsv")
    only.add_argument("--gender-slots", action="store_true",
                      help="only spinner_reverse_gender.tsv (languages with word_agreement.tsv)")
    parser.add_argument("--swaps", action="store_true",
                        help="also rewrite the evaluation's swap tables (changes the spun corpus)")
    only.add_argument("--english-only", action="store_true",
                      help="only spinner_english_only.txt and spinner_english_weak.txt")
    parser.add_argument("langs", nargs="*", default=["it", "fr", "es", "de", "en"],
                        help="language codes (default: it fr es de en)")
    args = parser.parse_args(argv)
    langs: list[str] = args.langs
    graph_tables = {"weak_odds": write_weak_odds, "strong_odds": write_strong_odds,
                    "slots": write_slot_reverse,
                    "frequent_slots": write_frequent_slot_reverse, "gender_slots": write_gender_slot_reverse}
    for flag, write in graph_tables.items():
        if getattr(args, flag):  # one table from the thesaurus graph, every language
            graph = load_graph()
            for lang in langs:
                write(lang, graph)
            return
    if args.lexicon_english:
        for lang in langs:
            write_lexicon_english(lang)
        return
    if args.nouns_english:
        for lang in langs:
            write_nouns_english(lang)
        return
    if args.english_only:
        for lang in langs:
            write_english_only(lang)
            write_english_weak(lang)
        return
    for lang in langs:
        if lang != "en":
            write_lexicon_english(lang)
            if _capitalises_nouns(lang):
                write_nouns_english(lang)
            write_english_only(lang)
            write_english_weak(lang)
    graph = load_graph()
    SWAP_DIR.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        rows, swaps = build(lang, graph)
        if rows:  # English, the control case, has swaps for the evaluation but no reverse lexicon
            write_reverse(LANG_DIR / lang / "spinner_reverse.tsv", rows)
            write_weak_odds(lang, graph)
            write_strong_odds(lang, graph)
            write_slot_reverse(lang, graph)
            write_gender_slot_reverse(lang, graph)
            write_frequent_slot_reverse(lang, graph)
        print(f"{lang}: {len(rows)} reverse rows, {len(swaps)} swappable words")
        if not args.swaps:
            continue
        body = "original\tsynonyms\n" + "".join(f"{w}\t{','.join(ss)}\n" for w, ss in swaps)
        with (SWAP_DIR / f"{lang}.tsv.gz").open("wb") as raw, \
                gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as fh:
            fh.write(body.encode("utf-8"))


if __name__ == "__main__":
    main()
