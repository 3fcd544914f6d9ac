"""Boilerplate lines inside plain text: captions and credits, teasers of other stories, navigation,
newsletter and cookie blurbs, bylines and datelines.

Cue patterns are language data (lang/<code>/boilerplate.tsv). Teasers have no cue word: a teaser is
a short line without final sentence punctuation that looks like clickbait (a question mark inside,
headlines joined by ";", SHOUTING words) and shares little vocabulary with the body; a piece of a
sentence wrapped by hand (the next line goes on in lower case) is none. A section
subhead has the same shape but shares the body's vocabulary and lacks the clickbait marks, so it
stays. Without cue words too: a list of other stories' headlines (list items that read as
headlines and share little with the body), and a line made only of a date, a time or a reading
time (month and weekday names of the language, its timestamp_words.txt, numbers). Credits and
bylines known by their shape in any language: "Role: NAME IN CAPITALS", an outlet with its authors
in brackets closing the text, a given name (given_names.txt) alone on a first or last line.
Related-story items and closing headlines marked by a colon kicker, a question or a quotation go
even when they share the body's words (related stories are on the same topic); a list of headlines
closing the text may share most of them, and a related list may hold one headline on the article's
own topic, unless a sentence ending on a colon announces the list (then it is the article's). A
name with an e-mail address at an edge is a byline; a © with its holder closing a line a credit.
Some cues count only at an edge of the text (boilerplate_edges.tsv): an author's biography or a
publisher's blurb closes a text, and there a subscription or follow blurb may be a long line; a
date line that names itself ("Actualizado el ...") goes wherever it stands.
Teasers known by layout alone (clean/teaser_layout.py): a run of headlines between paragraphs
that share little with the body, a card's headline worded twice in two lines; and a headline-shaped
line sharing little with the body right by a removed teaser or navigation line is the rest of
its box (a newsletter's tagline, a card the box's rule missed), unless it announces the paragraph
under it (a subhead shares a word with it).
A caption line (no sentence end, seven words or more) right above a line removed whole as a
picture's credit (picture_words.txt: "Foto: EFE", or "Photographer/Agency", or an agency alone)
goes with it. A date line may carry a byline or a place ("Caracas, 4 de mayo de 2022", "5:45 AM
PST 11/19/2019 by Patrick Shanley") at the edges.
Once removals take the text's last lines (a related box), the lines that then close it are read
again with the end's cues; the lines after a closing appeal are the rest of it. The one line
left under the last paragraph is read by its shape: a headline-shaped line sharing little with
the body is what the page set under the article (a signature, a credit, a link), not its end.
Cues are read after the icons a site puts before its prompts ("📌 Lea también: ..."); a line
whose opening words are a prompt's but that a verb of saying attributes after a comma
(speech_verbs.tsv: "Seguici nella lotta, ha chiesto il sindacato") is the article's sentence.
A page's code left in its text goes by its shape, the same in every language: template tags, a
script's state printed as a list, a server's error message ("Warning: ... in /www/.../x.php on
line 407"). Reader tools every site prints (pagination, share counts, text size, ratings, the
page's category) are cue rows of each language, alone on their line.
Removed lines become Removed records (nothing is lost); bylines, datelines and date lines are
recorded with rules ``boilerplate.byline`` / ``.dateline`` / ``.timestamp`` so the stage can move
them to metadata. Measured line by line on real pages: evaluate/boilerplate_lines.py.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from wordfreq import zipf_frequency

from cronaca.clean import closing_credit, section_labels
from cronaca.clean.cue_prefilter import RowAlternation
from cronaca.clean.edits import Edit
from cronaca.clean.teaser_layout import (MAX_LISTED_RUN, MIN_LISTED_PARAGRAPH_WORDS, MIN_RUN,
                                         headline_runs, listed_runs, paragraph_line,
                                         repeated_cards)
from cronaca.lang import LanguageDataError, load

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]{4,}")
_SHOUT = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ]{4,}(?![\w-])")
_FINAL = re.compile(r"[.!?…:][\"'”’»“‘«)\]]*\s*$")  # German closes with “ and «
_OPEN_END = re.compile(r"[;,]\s*$")  # a clause of a longer sentence or list, never a headline
_INNER_QUESTION = re.compile(r"\?\s*\S")
# Two sentences in one line ("...of course. You see..."): a paragraph, not a headline.
_INNER_SENTENCE = re.compile(r"[a-zà-öø-ÿ]{2}[.]\s+[A-ZÀ-ÖØ-Þ]")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s")  # a sentence ends inside the line
# Headline marks: "Milan Design Week | FLOS pays tribute", "... outbreak [NEWS]"
_PIPE = re.compile(r"\w\s*\|\s*\w")
_KICKER = re.compile(r"\W*[^\W\d][^:–—|.!?]{1,40}?(?::|\s[–—]\s)\s*\S")
_QUOTED = re.compile(r"[„“«\"][^„“”«»\"]{2,80}[“”»\"]")
_TAG = re.compile(r"\[[A-ZÀ-ÖØ-Þ]{3,}\]")
_DIGIT = re.compile(r"\d")
# A line in capitals only, one to four words ("LA NACION", "ECONOMÍA"): an outlet's or a
# section's label under the headline, never a sentence of the article.
_CAPS_LABEL = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’&.-]*(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’&.-]*)*\s*$")
_TRAILING_SIGNS = re.compile(r"[^\w\s.!?…:\"'”’»)\]]+\s*$")  # "kommt. ⇥(Quelle: BMWK)"
_NOT_CREDIT_END = frozenset(".!?…:;,\"'”’»")
_ANYWHERE = re.compile(r"\.\{0,(\d+)\}(.+)$", re.DOTALL)
_STAMP_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# a clip's length closing a line: "01:18 min", "| 0:21 min"
# (the symbol "min" is the same in every language; "10:45 Uhr" is a time of day, no length)
_DURATION_TAIL = re.compile(r"(?:^|[\s|])\d{1,2}:\d{2}(?::\d{2})?\s*(min)\.?\s*$", re.IGNORECASE)
_STAMP_SHAPE = re.compile(r"\d{1,2}[:.]\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# A line led by an arrow ("► Policía captura...", ">> Wegen Corona: ... <<", "» Las claves"): a link
# to another page. (German quotes open with "»" too, but glued to the word: "»Zitat«".)
_ARROW_LINK = re.compile(r"\s*(?:[►▶▸→⇒➤➜➔☞👉]\s*|>>(?!>)\s*|»\s+)\S")  # ">>>": a Python prompt
# a prompt may sit in brackets or behind a bullet: "(Lee también: ...)", "- Zum Artikel: ..."
_LINE_HEAD = r"\s*(?:[-–—•*·▪]{1,2}\s*)?[(\[]?\s*"  # "**Lea también:**": a bold mark
_LINE_HEAD_CHARS = "-–—•*·▪(["  # what _LINE_HEAD takes besides spaces
# A list item ("- ", "• ", "1. ", "[2] ") belongs to a list of the article or of references, not a teaser.
# a line (or list item) opening in lower case: a point of a list, never a headline
_LOWER_START = re.compile(r"\s*(?:[-–•*·▪]\s+|\d{1,3}[.)]\s+)?[a-zà-öø-ÿ]")
# a page's code left in its text: template tags, a script's key/value state printed as a list
_TEMPLATE_TAGS = re.compile(r"\s*(?:\{\{\{?[#/^!>]?\s*[\w.-]+\s*\}?\}\}\s*)+")
_STATE_KEY = re.compile(r"\s*(?:[-•*]\s*)?[a-z]+(?:[A-Z][a-z0-9]*)+\s*:\s*")
# a server's error message printed into the page: "Warning: Creating default object from empty
# value in /www/htdocs/x/wp-includes/classes.php on line 407" (PHP writes it in English everywhere)
_SERVER_ERROR = re.compile(r"\s*(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable )?[Ff]atal error"
                           r"|Parse error)\s*:.{1,400}? in (?:/|[A-Z]:\\)\S+ on line \d+\s*")
_STATE_VALUE = re.compile(r"\s*(?:[-•*]\s*)?(?:true|false|null|undefined|\d+)\s*")
_LIST_ITEM = re.compile(r"\s*(?:[-–•*·▪]\s|\d{1,3}[.)]\s|\[\d{1,3}\]\s)")

# Structural credits, the same in every language:
# a role and a name in capitals ("Styling: KATE PHELAN", "Fotos: NIKOLAI VON BISMARCK")
_ROLE_CREDIT = re.compile(r"\s*[^\W\d][\w .&/-]{1,30}:\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
                          r"(?:[ -]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,3}\s*$")
# an outlet and its authors closing the text ("MDR (Engin Haupt, Alisa Sonntag)")
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){1,2}"
_OUTLET_AUTHORS = re.compile(rf"\s*[A-ZÀ-ÖØ-Þ][\w&.-]{{1,20}}\s+\({_NAME}(?:\s*(?:,|&)\s*{_NAME})*\)\s*$")
# a person's name alone on a line ("Daniel Aragón"): capitalised words, particles between them
_NAME_TOKENS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?"
                          r"|(?:de|da|di|del|della|van|von|der|den|du|dos|y|le|la)")
MAX_NAME_WORDS = 4
# a date or time after a byline's name ("Ariel Melgar 3/5/2022 22:41")
_STAMP_TAIL = re.compile(r"(?:\s*[|,·-]?\s*\d{1,4}(?:[/.:-]\d{1,4}){1,2}\.?)+\s*$")
BYLINE_TOP_LINES = 3     # a name alone is a byline among the first lines ...
BYLINE_END_LINES = 2     # ... or the last ones (a signature)
MAX_CUE_WORDS = 25       # a navigation/credit line is short ...
MAX_BLURB_WORDS = 90     # ... but a subscription or follow blurb closing the text may be long
EDGE_LINES = 3           # lines at the top or end where edge cues and long blurbs count
MAX_TRAILING_LABELS = 2  # short lines after the end's blurbs that do not move the end
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_EMAIL_BYLINE_WORDS = 16  # a name, an address, maybe a date: no sentence
_LEADING_NAME = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+)+")
_BLURB_KINDS = frozenset({"advert", "navigation"})
_REMOVED_KINDS = frozenset({"caption", "credit", "teaser", "navigation", "advert", "other"})
MAX_TEASER_WORDS = 40
MIN_SENTENCE_WORDS = 6    # a capitalised, closed line this long is a sentence, no prompt's rest
MIN_TEASER_WORDS = 5
MAX_CAPTION_WORDS = 60
# A section label glued to the first sentence ("AgricultureL'Office fédéral..."): one to three
# words, the last one running straight into a capitalised word that opens the sentence.
_GLUED_LABEL = re.compile(
    r"\s*((?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+[ -]){0,2}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,})"
    r"(?=([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*)(?:['’]|\s))")
MIN_LABEL_ZIPF = 3.0    # the label's last word is a word of the language ("Agriculture")
MIN_OPENER_ZIPF = 5.0   # the sentence opens with a very common word ("L'", "Il", "Der")
_PROMPTS = frozenset({"navigation", "advert"})
MAX_LABEL_WORDS = 4      # a bare section label ("Notas relacionadas")
MIN_ANNOUNCING_WORDS = 9  # a sentence ending on a colon that announces the article's list
MAX_RELATED_LINES = 8    # headlines a "related" label introduces
MIN_SUBHEAD_WORDS = 3    # a line under a "related" label this long and ...
SUBHEAD_OVERLAP = 0.65    # ... sharing this much of the body's vocabulary is the article's subhead
TAIL_WINDOW = 120        # a credit sits in the last characters of its line
CLOSING_OVERLAP = 0.85   # vocabulary a headline of a closing list may share with the body
MIN_TRAILING_HEADLINES = 2  # headlines closing the text that make a "more news" box
MIN_RELATED_ITEMS = 2
MARKED_ITEM_OVERLAP = 0.6  # a list item marked as a headline may share more of the body's words
MAX_TEASER_GAP = 2       # headline lines between two removed teasers taken as part of their box
MIN_CARD_WORDS = 4       # a headline repeated under its kicker line    # list items in a row that make a "related stories" list
MAX_STAMP_TOKENS = 20    # a date/time line is short ("Publié le 12/03/2024 à 10h45, mis à jour le 12/03/2024 à 11h00")
MAX_STAMP_CHARS = 100
MIN_TITLE_WORDS = 3       # words of 4+ letters a Title Case headline has ...
TITLE_SHARE = 0.8         # ... and the share of them capitalised
MAX_DURATION_TAIL = 24    # characters of a line's end that hold a clip's length
MAX_CARD_HEADLINES = 2    # headline lines a video card shows above its length
MIN_STAMP_LABEL = 5       # letters of a stamp label that may stand anywhere ("updated")
STAMP_EDGE_LINES = 4     # a date line is furniture among the first or last lines only
CAPS_LABEL_LINES = 4     # a capitals-only label sits under the headline (lines 2 to 4) ...
RUBRIC_LINE = 1          # a section's name is the rubric as the first or second line written
MAX_CAPS_LABEL_WORDS = 4  # ... and is short
MIN_ANCHOR = 4           # characters of a fixed string worth a pre-check
MAX_OUTLET_WORDS = 4          # "Los Tiempos", "Agencia de Noticias", "Corriere della Sera"
# a capitalised word, or a short linking word between such words ("Agencia de Noticias")
_OUTLET_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.&-]*|[a-zà-öø-ÿ]{1,5}")  # "della", "delle"
# what stands between a byline's name and its outlet: "Juan Pérez / Los Tiempos", "John Smith, Reuters"
_BYLINE_SEPARATOR = re.compile(r"\s*[/|,·•]\s*|\s+[-–—]\s+")
_STAMP_SEPARATOR = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+|\s+/\s+")
# a name after a date, led by a short word ("by", "por", "di", "par", "von") and nothing else
_BY_TAIL = re.compile(r"\s(\w{2,3})\s+([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[\w'’.-]+){1,3})\s*$")
# a line of social handles only ("@juanperez", "Twitter: @x · @y")
_HANDLES = re.compile(r"\s*(?:[^\W\d_]{1,12}\s*:\s*)?@\w{2,30}(?:\s*[|,/·•]?\s*@\w{2,30})*\s*")
# the desk's initials signing a wire story at its end: "jm/rsr/mb", "bur-fj/mel/dg", "EMJ", "(JV)"
_DESK_INITIALS = re.compile(r"\s*[(\[]?(?:[a-z]{2,4}(?:-[a-z]{2,4})?(?:/[a-z]{2,4}){1,5}"
                            r"|[A-ZÀ-ÖØ-Þ]{2,4}(?:/[A-Za-z]{2,4}){0,4})[)\]]?\s*")
MIN_TAGS = 3                  # topic tags in a row closing the text
_TAG_SEPARATOR = re.compile(r"\s*[|·•,]\s*|\s+/\s+")
MAX_AGENCY_WORDS = 3         # "Reuters", "AP Photo": an agency alone credits a picture
_PICTURE_WORD = re.compile(r"[\s(\[]*(©|[^\W\d_]+)")
MIN_CAPTION_LINE_WORDS = 7   # a caption above its credit says who does what where ...
MAX_CAPTION_LINE_WORDS = 40  # ... in one line
MAX_CREDITED_CAPTION_WORDS = 25  # a longer sentence before a closing credit is a paragraph's
MIN_LAYOUT_WORDS = 3     # a headline judged by its layout (teaser_layout.py) ...
MAX_LAYOUT_WORDS = 20    # ... is this long
MAX_LAYOUT_CHARS = 240   # no line of MAX_LAYOUT_WORDS words is longer
LOW_OVERLAP = 0.34       # share of a short line's content words found in the rest of the body
MIN_CLOSING_TEXT_LINES = 4  # lines a text keeps before its closing line is judged alone
MIN_FUNCTION_ZIPF = 6.0  # "the", "at", "und", "que": a line ending on one is cut short


@dataclass(frozen=True)
class Cues:
    """A language's cue rows compiled into few regexes (one C-level scan per line instead of one
    per row): ``tail`` searched in the end of a line (credits), ``line`` matched at its start
    (prompts, labels, bylines; only the rows a line can match are tried, cue_prefilter.py). ``kinds`` maps a row's group name to its (kind, scope)."""
    tail: re.Pattern[str] | None
    line: RowAlternation | None
    inside: re.Pattern[str] | None  # rows ".{0,N}cue": a cue within the first N characters
    inline: re.Pattern[str] | None  # rows of scope inline: a phrase removed wherever it stands
    anchors: tuple[str, ...] | None  # fixed strings one of which every inline match holds
    kinds: dict[str, tuple[str, str]]
    reach: dict[str, int]  # N of each "inside" row
    edges: dict[str, re.Pattern[str]]  # "top"/"end": boilerplate_edges.tsv rows of that edge
    edge_kinds: dict[str, str]  # group name of an edge row -> its kind


@cache
def _cues(lang: str | None) -> Cues:
    tail: list[str] = []
    line: list[str] = []
    inside: list[str] = []
    inline: list[str] = []
    kinds: dict[str, tuple[str, str]] = {}
    reach: dict[str, int] = {}
    try:
        rows = load(lang).table("boilerplate.tsv") if lang else []
        edge_rows = load(lang).table("boilerplate_edges.tsv") if lang else []
    except LanguageDataError:
        rows, edge_rows = [], []
    by_edge: dict[str, list[str]] = {}
    edge_kinds: dict[str, str] = {}
    for n, row in enumerate(edge_rows):
        edge_kinds[f"e{n}"] = row["kind"]
        by_edge.setdefault(row["edge"], []).append(f"(?P<e{n}>{row['pattern']})")
    for n, row in enumerate(rows):
        name = f"c{n}"
        kinds[name] = (row["kind"], row["scope"])
        anywhere = _ANYWHERE.match(row["pattern"]) if row["scope"] == "line" else None
        if row["scope"] == "tail":
            tail.append(f"(?P<{name}>{row['pattern']})")
        elif row["scope"] == "inline":
            inline.append(f"(?P<{name}>{row['pattern']})")
        elif anywhere:  # searched once for all such rows rather than backtracking N times each
            reach[name] = int(anywhere.group(1))
            inside.append(f"(?P<{name}>{anywhere.group(2)})")
        else:  # meta rows are case-sensitive (a capitalised name), the others are not
            flag = "-i" if row["scope"] == "meta" else "i"
            line.append(f"(?P<{name}>(?{flag}:{row['pattern']}))")
    # a credit starts at the start of the line or after a non-word character: trying only those
    # positions (the lookbehind fails fast inside words) makes the search several times cheaper
    return Cues(re.compile(r"(?<!\w)(?:" + "|".join(tail) + r")\s*$", re.IGNORECASE)
                if tail else None,
                RowAlternation(_LINE_HEAD, tuple(line), _LINE_HEAD_CHARS) if line else None,
                re.compile(r"(?<!\w)(?:" + "|".join(inside) + ")", re.IGNORECASE) if inside else None,
                re.compile("|".join(inline)) if inline else None,
                _anchors("|".join(inline)) if inline else None,
                kinds, reach,
                {edge: re.compile(r"\s*(?:[-–•*·▪]\s*)?(?:" + "|".join(alts) + ")", re.IGNORECASE)
                 for edge, alts in by_edge.items()},
                edge_kinds)


_ICON_JOINERS = frozenset("\ufe0f\u200d\u20e3")  # emoji presentation, zero-width joiner, keycap
_NO_ICONS = frozenset("©®°℃℉№™")  # symbols that belong to a credit or a measure, no icon


def _icon_lead(line: str) -> int:
    """Length of the pictographs (and spaces) opening a line ("📌 ", "👀🌎📄 ", "🔴 "): sites
    put them before their prompts, which the cues then read after them. An article's sentence
    never opens with an icon."""
    at = len(line) - len(line.lstrip())
    icons = 0
    while at < len(line):
        char = line[at]
        if char in _ICON_JOINERS or (char not in _NO_ICONS
                                     and unicodedata.category(char) in ("So", "Sk")):
            icons += 1
        elif not (char.isspace() and icons):
            break
        at += 1
    return at if icons else 0


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _teaser_marks(line: str, words: int) -> int:
    """Clickbait marks of a line: question inside, ";" joining headlines, SHOUTING words."""
    marks = 0
    if _INNER_QUESTION.search(line.rstrip()):
        marks += 1
    if ";" in line.rstrip().rstrip(";"):  # joining two headlines; a trailing one ends a list point
        marks += 1
    shouts = [w for w in _SHOUT.findall(line)]
    if shouts and len(shouts) < words / 2:  # not an all-caps heading
        marks += 1
    if _PIPE.search(line) or _TAG.search(line):
        marks += 1
    return marks


def propose(text: str, lang: str | None) -> list[Edit]:
    cues = _cues(lang)
    lines = [(m.start(), m.end(), m.group(0)) for m in _LINE.finditer(text)]
    if len(lines) < 2 and cues.tail is None and cues.line is None:
        return []
    vocab_by_line: list[set[str]] = []
    counts: dict[str, int] = {}

    def overlap(index: int) -> float:
        """Share of the line's content words found in other lines (computed on first need)."""
        if not vocab_by_line:
            vocab_by_line.extend(_content_words(line) for _, _, line in lines)
            for vocab in vocab_by_line:
                for w in vocab:
                    counts[w] = counts.get(w, 0) + 1
        vocab = vocab_by_line[index]
        return sum(1 for w in vocab if counts[w] > 1) / len(vocab) if vocab else 1.0

    edits: list[Edit] = _glued_label(text, lang)
    if cues.inline is not None:
        edits.extend(_inline_edits(text, cues.inline, cues.anchors))
    stamp_words = _stamp_words(lang)
    sections = _section_names(lang)
    speech_forms = _speech_forms(lang)

    def is_section(line: str) -> bool:
        return bool(sections) and section_labels.normal(line) in sections

    labels: list[Edit] = []  # capitals-only labels, unless a block below takes them along
    glued_tails: list[Edit] = []
    skip_to = -1
    end_edge = _end_edge(lines)
    for index, (start, end, line) in enumerate(lines):
        if index <= skip_to:
            continue
        stop = end + 1 if end < len(text) else end  # take the line break with the line
        words = len(line.split())
        at_end = index >= end_edge
        edit = _cue_edits(line, start, stop, words, cues,
                          MAX_BLURB_WORDS if at_end else MAX_CUE_WORDS, speech_forms)
        icons = _icon_lead(line)
        if edit is None and icons:  # "📌 Lea también: ...", "👀🌎📄 ¿Ya está enterado ...?"
            edit = _cue_edits(line[icons:], start + icons, stop, words, cues,
                              MAX_BLURB_WORDS if at_end else MAX_CUE_WORDS, speech_forms)
            if edit is not None:
                edit = [replace(e, start=start) if e.start == start + icons else e for e in edit]
        if edit is None and words <= MAX_BLURB_WORDS:
            edit = _edge_edits(text, line, start, stop, cues, "end" if at_end else
                               "top" if index < EDGE_LINES else None)
        # a whole-line cue above wins: the sentence before a blurb's prompt is mostly its lead-in
        # ("There's plenty more where that came from. Sign up for ...", measured on real pages)
        # ... and a line wrapped by hand goes on in the next ("... in New York. EFE" / "analysts
        # said ..."): its last words open a sentence
        glued = (_glued_tail(line, start, cues, speech_forms)
                 if edit is None and words > MIN_GLUED_HEAD_WORDS
                 and not (index + 1 < len(lines) and _LOWER_START.match(lines[index + 1][2]))
                 else None)
        if glued is not None:  # the paragraph stays, its glued prompt goes ...
            glued_tails.append(glued)  # ... unless a rule below takes the whole line
        if edit is not None:
            last = index
            if edit[-1].removed_kind in _PROMPTS:
                # a "label: headline" prompt is complete in its line ("Lea más: ... del año")
                last = (_related_block(lines, index, overlap) if _label_only(line)
                        else index if ":" in line else _continuation(lines, index))
            if last > index:  # "Síguenos en" / "Telegram," / ... / "para recibir ...": one blurb
                end_last = lines[last][1]
                stop = end_last + 1 if end_last < len(text) else end_last
                edit = [Edit(start, stop, "", "removed", edit[-1].rule, edit[-1].confidence,
                             removed_kind=edit[-1].removed_kind)]
                skip_to = last
            edits.extend(edit)
            continue
        # page furniture sits at the top or the bottom; a date line between paragraphs is a
        # heading of a timeline or a live ticker ("Donnerstag, 18. 7.") and stays
        # ... unless it says what it is ("Actualizado el 3 de mayo", "Lesedauer: 4 Minuten")
        at_stamp_edge = index < STAMP_EDGE_LINES or index >= len(lines) - STAMP_EDGE_LINES
        if (stamp_words and (at_stamp_edge or _stamp_label(line, lang))
                and (_timestamp(line, stamp_words)
                     or (at_stamp_edge and _stamp_with_names(line, stamp_words, lang)
                         and not _dated_siblings(lines, index, stamp_words, lang)))):
            edits.append(Edit(start, stop, "", "removed", "boilerplate.timestamp", 0.85,
                              removed_kind="other"))
            continue
        residue = _code_residue(lines, index)
        if residue:
            stop_last = lines[index + residue - 1][1]
            edits.append(Edit(start, stop_last + 1 if stop_last < len(text) else stop_last, "",
                              "removed", "boilerplate.code", 0.85, removed_kind="other"))
            skip_to = index + residue - 1
            continue
        structural = _structural_credit(line, index, len(lines), words, lang,
                                        lines[index - 1][2] if index else "")
        if structural is not None:
            rule, kind = structural
            edits.append(Edit(start, stop, "", "removed", rule, 0.8, removed_kind=kind))
            continue
        closing = _closing_credit(line, start, stop, lines[index + 1][2] if index + 1 < len(lines)
                                  else None, words, lang)
        if closing is not None:
            edits.extend(closing)
            continue
        if (words <= MAX_TEASER_WORDS and _ARROW_LINK.match(line)
                and not _FINAL.search(line.rstrip().rstrip("<").rstrip())):
            edits.append(Edit(start, stop, "", "removed", "boilerplate.arrow_link", 0.8,
                              removed_kind="teaser"))
            continue
        if words <= MAX_TEASER_WORDS and section_labels.breadcrumb(line, is_section):
            edits.append(Edit(start, stop, "", "removed", "boilerplate.breadcrumb", 0.8,
                              removed_kind="navigation"))
            continue
        # a section's name directly above or under the headline (or a date) is the page's rubric;
        # further down it heads a part of the article ("Aktuelles" over the latest advice)
        if (index < CAPS_LABEL_LINES and words <= MAX_CAPS_LABEL_WORDS and is_section(line)
                and sum(1 for i in range(index) if lines[i][2].strip()) <= RUBRIC_LINE):
            labels.append(Edit(start, stop, "", "removed", "boilerplate.section_label", 0.8,
                               removed_kind="other"))
            continue
        if 0 < index < CAPS_LABEL_LINES and words <= MAX_CAPS_LABEL_WORDS and _CAPS_LABEL.match(line):
            labels.append(Edit(start, stop, "", "removed", "boilerplate.caps_label", 0.8,
                               removed_kind="other"))
            continue
        if (MIN_TEASER_WORDS <= words <= MAX_TEASER_WORDS and not _FINAL.search(line)
                and not _OPEN_END.search(line) and not _wrapped(lines, index)
                and not _LIST_ITEM.match(line) and not _INNER_SENTENCE.search(line)):
            marks = _teaser_marks(line, words)
            # the first line, or the first after section labels ("Negocios"), may be the
            # article's own headline or deck ("BUDGET 3.0 | Sars gets R4bn..."): there the marks
            # count only when the body does not take up its words, and a deck may ask ("¿Quiere
            # poner un negocio? Miami le abre sus puertas..."): a question alone is no mark there
            head = all(len(lines[i][2].split()) <= MAX_LABEL_WORDS for i in range(index))
            if head and marks == 1 and _INNER_QUESTION.search(line.rstrip()):
                marks = 0
            if ((marks >= 2 and index > 0) or (marks >= 1 and overlap(index) < LOW_OVERLAP)):
                edits.append(Edit(start, stop, "", "removed", "boilerplate.teaser", 0.8,
                                  removed_kind="teaser"))
    edits.extend(_headline_echoes(text, lines, edits))
    edits.extend(_rare_name_bylines(text, lines, edits, lang))
    edits.extend(_captions_above_credits(text, lines, edits, _picture_words(lang)))
    edits.extend(_media_cards(text, lines, edits))
    edits.extend(_teaser_cards(text, lines, edits))
    edits.extend(_related_list(text, lines, edits, overlap, _title_case_headlines(lang)))
    edits.extend(_trailing_headlines(text, lines, edits, overlap))
    edits.extend(_closing_list(text, lines, edits, overlap, _title_case_headlines(lang)))
    edits.extend(_layout_teasers(text, lines, edits, overlap))
    edits.extend(label for label in labels
                 if not any(e.start < label.end and e.end > label.start for e in edits))
    edits.extend(_uncovered_end(text, lines, edits, cues))
    edits.extend(_teaser_gaps(text, lines, edits))
    edits.extend(_closing_line(text, lines, edits, overlap, lang))
    edits.extend(_box_neighbours(text, lines, edits, lang))
    edits.extend(_listed_box_at_slot(text, lines, edits))
    if sections:
        edits = _menus(text, lines, edits, is_section)
    edits.extend(tail for tail in glued_tails
                 if not any(e.start < tail.end and e.end > tail.start for e in edits))
    return edits


MIN_ECHO_WORDS = 3  # a headline this long is no generic label ("Lo que sabemos" may recur)


def _headline_echoes(text: str, lines: list[tuple[int, int, str]], edits: list[Edit]) -> list[Edit]:
    """The text's first line, a headline (no sentence end), written again further down: a share
    card, a "related" box or a print button repeating it; the article does not repeat its own
    title as a line. Measured on the dev pages of the line evaluation: 1 boilerplate line, no
    article line, no line of the publishers' clean bodies."""
    if len(lines) < 4:
        return []
    first = lines[0][2]
    if not (MIN_ECHO_WORDS <= len(first.split()) <= MAX_TEASER_WORDS) or _FINAL.search(first):
        return []
    key = _echo_key(first)
    found = []
    for start, end, line in lines[2:]:
        if _echo_key(line) == key and not any(e.start < end and e.end > start for e in edits):
            stop = end + 1 if end < len(text) else end
            found.append(Edit(start, stop, "", "removed", "boilerplate.headline_echo", 0.8,
                              removed_kind="teaser"))
    return found


def _echo_key(line: str) -> str:
    return " ".join(_STAMP_TOKEN.findall(line.casefold()))


def _wrapped(lines: list[tuple[int, int, str]], index: int) -> bool:
    """The line is a piece of a sentence wrapped by hand, no headline: it goes on from the line
    above (which ends no sentence, and this one opens in lower case) or into the next (which
    opens with a lower-case word, not an address: "werden muss, präsentiert ... für" /
    "ein- und dreiphasige Systeme.")."""
    line = lines[index][2]
    if index > 0 and _LOWER_START.match(line) and not _FINAL.search(lines[index - 1][2]):
        return True
    if index + 1 < len(lines):
        following = lines[index + 1][2].lstrip()
        first = following.split(None, 1)[0] if following else ""
        return bool(_LOWER_START.match(following)) and "://" not in first and not first.startswith("www.")
    return False


def _closing_line(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                  overlap: Callable[[int], float], lang: str | None) -> list[Edit]:
    """The one line that closes the text after its last paragraph, once removals have taken
    what stood below it, when it is shaped as a headline (MIN_LAYOUT_WORDS or more words, no
    sentence end or sentence break inside) and shares little vocabulary with the body: what a
    page sets under the article (a signature with the desk, "Words: ... Photos: ...", a source
    or download line, another story's headline). An article ends on a sentence; its own
    closing heading or list item takes up the body's words. A line that opens a section of its
    own stands over a paragraph, never after the last one. A line ending on one of the
    language's most common words ("... unchanged at", "... und") is a sentence cut short, no
    headline or credit: it stays."""
    covered = _covered(lines, edits)
    kept = [i for i, (_, _, line) in enumerate(lines) if line.strip() and not covered[i]]
    if len(kept) < MIN_CLOSING_TEXT_LINES:
        return []
    last, above = kept[-1], kept[-2]
    start, end, line = lines[last]
    if (not _layout_headline(line) or _SENTENCE_BREAK.search(line)
            or not paragraph_line(lines[above][2], lambda l: bool(_FINAL.search(l)))
            or overlap(last) >= LOW_OVERLAP or _cut_short(line, lang)):
        return []
    return [Edit(start, end + 1 if end < len(text) else end, "", "removed",
                 "boilerplate.closing_line", 0.75, removed_kind="other")]


def _cut_short(line: str, lang: str | None) -> bool:
    """The line ends on a lower-case word among the language's most common (an article, a
    preposition, a conjunction, an auxiliary: MIN_FUNCTION_ZIPF): a sentence cut short."""
    words = line.split()
    last = words[-1] if words else ""
    return bool(lang and last.isalpha() and last.islower()
                and zipf_frequency(last, lang) >= MIN_FUNCTION_ZIPF)


def _teaser_gaps(text: str, lines: list[tuple[int, int, str]], edits: list[Edit]) -> list[Edit]:
    """Headline-shaped lines (at most MAX_TEASER_GAP in a row) between two removed teasers: a
    card of the same box the card rules missed (its two wordings differ too much). A subhead of
    the article is followed by its paragraph, not by another teaser."""
    teasers = sorted((e.start, e.end) for e in edits
                     if e.kind == "removed" and e.removed_kind == "teaser")
    if len(teasers) < 2:
        return []
    covered = _covered(lines, edits)

    def teaser_line(index: int) -> bool:
        start, end, _ = lines[index]
        return covered[index] and any(s <= start and end <= e for s, e in teasers)

    found: list[Edit] = []
    index = 1
    while index < len(lines) - 1:
        last = index
        while last < len(lines) and not covered[last] and _layout_headline(lines[last][2]):
            last += 1
        if (index < last < len(lines) and last - index <= MAX_TEASER_GAP
                and teaser_line(index - 1) and teaser_line(last)):
            end = lines[last - 1][1]
            found.append(Edit(lines[index][0], end + 1 if end < len(text) else end, "", "removed",
                              "boilerplate.teaser_gap", 0.75, removed_kind="teaser"))
        index = max(last, index + 1)
    return found


def _box_neighbours(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                    lang: str | None) -> list[Edit]:
    """Headline-shaped lines (MIN_TEASER_WORDS or more words) right above or under a removed
    teaser or navigation line that share little vocabulary with the paragraphs the pass keeps
    (LOW_OVERLAP; the box's cards share their kicker with each other, "Milano Design Week 2018 |
    ...", not with the article): the rest
    of the box the removal belongs to (the newsletter's tagline under its teaser, the other
    cards of a "more stories" box whose first card a rule knew), at most MAX_TEASER_GAP lines
    away from it. A subhead of the article also stands by itself, but it announces the
    paragraph under it and shares a word with it; such a line stays."""
    boxed = [e for e in edits if e.kind == "removed" and e.removed_kind in ("teaser", "navigation")]
    if not boxed:
        return []
    covered = _covered(lines, edits)
    # the signature under an embedded post ("— Name (@handle) date") closes the post, no box:
    # the post's text above it is what someone said
    in_box = [covered[i] and not line.lstrip().startswith("—")
              and any(e.start < end and e.end > start for e in boxed)
              for i, (start, end, line) in enumerate(lines)]
    if not any(in_box):
        return []
    body: set[str] = set()  # the vocabulary of the paragraphs kept
    for index, (_, _, line) in enumerate(lines):
        if not covered[index] and len(line.split()) >= MIN_SENTENCE_WORDS and _FINAL.search(line):
            body |= _content_words(line)
    taken: set[int] = set()
    for _ in range(MAX_TEASER_GAP):
        grown = False
        for index, (_, _, line) in enumerate(lines):
            if covered[index] or index in taken or not _box_candidate(lines, index, body, lang):
                continue
            if any(0 <= j < len(lines) and (in_box[j] or j in taken) for j in (index - 1, index + 1)):
                taken.add(index)
                grown = True
        if not grown:
            break
    found = []
    for index in sorted(taken):
        start, end, _ = lines[index]
        found.append(Edit(start, end + 1 if end < len(text) else end, "", "removed",
                          "boilerplate.box_neighbour", 0.75, removed_kind="teaser"))
    return found


def _listed_box_at_slot(text: str, lines: list[tuple[int, int, str]],
                        edits: list[Edit]) -> list[Edit]:
    """A listed box of other stories set into the article where the page breaks it for an
    advert or a prompt: MIN_RUN to MAX_LISTED_RUN list items shaped as headlines in a row, a
    closed paragraph right above them and a removed advert, navigation or teaser line right
    under them ("... heading into these discussions." / "- Canada's
    unemployment rate drops to 6.6% as economy gains 88,000 jobs" / "- Matthew Lau: Keep out of
    Tim Hortons' hiring choices" / "Advertisement"). Related stories share the article's topic,
    so the body's vocabulary does not count here; the slot does. An article's own list is
    announced by a line ending on a colon, or lists points that end as sentences; after an
    advert label the article's own points may go on, so the box must come before the slot."""
    slots = [e for e in edits if e.kind == "removed"
             and e.removed_kind in ("advert", "navigation", "teaser")]
    if not slots:
        return []
    covered = _covered(lines, edits)

    def slot(index: int) -> bool:
        start, end, _ = lines[index]
        return covered[index] and any(e.start < end and e.end > start for e in slots)

    def paragraph(index: int) -> bool:
        line = lines[index][2]
        return (not covered[index] and len(line.split()) >= MIN_LISTED_PARAGRAPH_WORDS
                and bool(_FINAL.search(line)) and not line.rstrip().endswith(":"))

    found: list[Edit] = []
    index = 1
    while index < len(lines):
        last = index
        while last < len(lines) and not covered[last] and _listed_headline(lines[last][2]):
            last += 1
        if (MIN_RUN <= last - index <= MAX_LISTED_RUN and last < len(lines)
                and paragraph(index - 1) and slot(last)):
            end = lines[last - 1][1]
            found.append(Edit(lines[index][0], end + 1 if end < len(text) else end, "", "removed",
                              "boilerplate.listed_box", 0.75, removed_kind="teaser"))
        index = max(last, index + 1)
    return found


def _box_candidate(lines: list[tuple[int, int, str]], index: int, body: set[str],
                   lang: str | None) -> bool:
    """A line that may belong to a neighbouring box: shaped as a headline, apart from the
    vocabulary of the body's paragraphs, no piece of a sentence wrapped by hand ("Wechseln
    können Sie in Banken, den" / "Hotels oder ...") and no subhead of the paragraph under it."""
    line = lines[index][2]
    if (len(line.split()) < MIN_TEASER_WORDS or not _layout_headline(line)
            or _wrapped(lines, index) or _cut_short(line, lang)):
        return False
    words = _content_words(line)
    if not words or sum(1 for w in words if w in body) >= LOW_OVERLAP * len(words):
        return False
    if index + 1 < len(lines):
        below = lines[index + 1][2]
        if (len(below.split()) >= MIN_SENTENCE_WORDS and _FINAL.search(below)
                and _stems(line) & _stems(below)):
            return False
    return True


STEM = 5  # letters of a word compared between a subhead and its paragraph ("Sitz" / "Sitze")


def _stems(line: str) -> set[str]:
    return {w.lower()[:STEM] for w in _WORD.findall(line)}


def _menus(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
           is_section: Callable[[str], bool]) -> list[Edit]:
    """The edits with each menu of section names (section_labels.py) removed as one block; the
    removals of single lines inside it become part of the block."""
    def item(line: str) -> bool:
        return (0 < len(line.split()) <= section_labels.MAX_ITEM_WORDS
                and (line.rstrip()[-1:] not in ".!?…,;" or is_section(line)))

    for first, last in section_labels.menu_runs(lines, is_section, item):
        start, end = lines[first][0], lines[last][1]
        stop = end + 1 if end < len(text) else end
        edits = [e for e in edits if not (start <= e.start and e.end <= stop)]
        edits.append(Edit(start, stop, "", "removed", "boilerplate.menu", 0.8,
                          removed_kind="navigation"))
    return edits


@cache
def _section_names(lang: str | None) -> frozenset[str]:
    """section_labels.txt: the names of a news site's sections, lower case."""
    try:
        return frozenset(w.lower() for w in load(lang).words("section_labels.txt")) if lang else frozenset()
    except LanguageDataError:
        return frozenset()


def _covered(lines: list[tuple[int, int, str]], edits: list[Edit]) -> list[bool]:
    """For each line, whether removals take most of it."""
    spans = sorted((e.start, e.end) for e in edits if e.kind == "removed")
    out = []
    for start, end, line in lines:
        width = len(line.strip()) or 1
        taken = sum(max(0, min(end, b) - max(start, a)) for a, b in spans if a < end and b > start)
        out.append(taken * 2 >= width)
    return out


def _uncovered_end(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                   cues: Cues) -> list[Edit]:
    """The text's end once its closing boxes are gone. A related list or a "more news" box
    below a subscription appeal hides the appeal from the end edge ("Testen Sie die Zeitung..." /
    "Ähnliche:" / three headlines): when removals take the last lines, the lines that then close
    the text are read again with the end's cues. And an appeal at the end is closed by
    everything after it (what follows a "Before you go" or "Support our journalism" line is the
    rest of the appeal, not the article): the lines between it and the removed end go with it."""
    if len(lines) < 2 or not edits:
        return []
    covered = _covered(lines, edits)
    last = len(lines) - 1
    while last >= 0 and covered[last]:
        last -= 1
    found: list[Edit] = []
    if 0 < last < len(lines) - 1:  # removals took the last lines: read the new end
        for index in range(_end_edge(lines[:last + 1]), last + 1):
            if index < EDGE_LINES or covered[index]:
                continue
            start, end, line = lines[index]
            stop = end + 1 if end < len(text) else end
            if len(line.split()) > MAX_BLURB_WORDS:
                continue
            edit = (_cue_edits(line, start, stop, len(line.split()), cues, MAX_BLURB_WORDS)
                    or _edge_edits(text, line, start, stop, cues, "end"))
            # ... and so is an author's note, which closes the article above the page's furniture
            if edit is not None and (edit[-1].removed_kind in _BLURB_KINDS
                                     or edit[-1].rule == "boilerplate.author_bio"):
                found.extend(edit)
                covered[index] = True
    # the rest of a closing appeal: lines after an appeal removed at the end, up to the removed end
    appeal = None
    for index in range(max(EDGE_LINES, _end_edge(lines[:last + 1]) if last > 0 else 0), last + 1):
        start, end, line = lines[index]
        # an appeal is a sentence: a bare "Anzeige" / "Advertisement" label between the last
        # paragraphs interrupts the article, it does not close it
        if len(line.split()) < MIN_SENTENCE_WORDS or not _FINAL.search(line):
            continue
        if any(e.start <= start and e.end >= end and e.removed_kind == "advert"
               for e in (*edits, *found)):
            appeal = index
    if appeal is not None and appeal < last:
        end = lines[last][1]
        found.append(Edit(lines[appeal + 1][0], end + 1 if end < len(text) else end, "",
                          "removed", "boilerplate.appeal_rest", 0.75, removed_kind="advert"))
    return found


def _layout_teasers(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                    overlap: Callable[[int], float]) -> list[Edit]:
    """Teasers known by layout alone (teaser_layout.py): a card's headline worded twice, a
    run of headlines between paragraphs that share little with the body, a listed box of
    headlines between paragraphs."""
    shaped = [_layout_headline(line) for _, _, line in lines]
    listed = [_listed_headline(line) for _, _, line in lines]
    if sum(shaped) < min(2, MIN_RUN) and sum(listed) < MIN_RUN:  # most texts end here
        return []
    starts = [start for start, _, _ in lines]
    covered: set[int] = set()  # indices of lines an earlier removal overlaps
    for edit in edits:
        index = max(0, bisect_right(starts, edit.start) - 1)
        while index < len(lines) and lines[index][0] < edit.end:
            if lines[index][1] > edit.start:
                covered.add(index)
            index += 1

    def free(index: int) -> bool:
        return index not in covered

    found: list[Edit] = []
    spans = repeated_cards(lines, shaped.__getitem__, free)
    for first, last in spans:  # a run never takes a card's lines a second time
        covered.update(range(first, last + 1))
    spans += headline_runs(lines, shaped.__getitem__, free,
                           lambda i: overlap(i) < _overlap_limit(lines[i][2]),
                           lambda line: paragraph_line(line, lambda l: bool(_FINAL.search(l))))
    for first, last in spans:
        covered.update(range(first, last + 1))
    spans += listed_runs(lines, listed.__getitem__, free,
                         lambda i: _headline_marked(_item_text(lines[i][2]), False),
                         lambda i: _strongly_marked(_item_text(lines[i][2])),
                         lambda line: (len(line.split()) >= MIN_LISTED_PARAGRAPH_WORDS
                                       and bool(_FINAL.search(line))
                                       and not line.rstrip().endswith(":")))
    for first, last in sorted(spans):
        end = lines[last][1]
        found.append(Edit(lines[first][0], end + 1 if end < len(text) else end, "", "removed",
                          "boilerplate.teaser_layout", 0.75, removed_kind="teaser"))
    return found


def _item_text(line: str) -> str:
    """A list item without its bullet or number."""
    item = _LIST_ITEM.match(line)
    return line[item.end():].strip() if item else line.strip()


def _listed_headline(line: str) -> bool:
    """A list item shaped as a headline: behind its bullet, MIN_TEASER_WORDS to MAX_LAYOUT_WORDS
    words, capitalised, no sentence end, open end or second sentence, no address, no bracket
    closing it (a product's details: "Adem airer (£157)")."""
    if not _LIST_ITEM.match(line) or len(line) > MAX_LAYOUT_CHARS:
        return False
    item = _item_text(line)
    return (MIN_TEASER_WORDS <= len(item.split()) <= MAX_LAYOUT_WORDS and item[:1].isupper()
            and "://" not in item and "@" not in item and not item.endswith(")")
            and not _FINAL.search(item) and not _OPEN_END.search(item)
            and not _INNER_SENTENCE.search(item))


def _layout_headline(line: str) -> bool:
    """A line shaped as a headline: MIN_LAYOUT_WORDS to MAX_LAYOUT_WORDS words, capitalised, no
    sentence end (a question closing it is a subhead the next paragraph answers), no open end,
    no list item, no address or handle, no bracket around or closing it (an aside of the
    article: "(Graphic: ... - here)", "... (More)"), no dash opening it (the signature of an
    embedded post)."""
    if len(line) > MAX_LAYOUT_CHARS:  # most lines of a text: paragraphs
        return False
    words = len(line.split())
    return (MIN_LAYOUT_WORDS <= words <= MAX_LAYOUT_WORDS and "://" not in line and "@" not in line
            and line.lstrip()[:1] not in "([—" and not line.rstrip().endswith(")")
            and not _FINAL.search(line)
            and not _OPEN_END.search(line) and not _LIST_ITEM.match(line)
            and not _LOWER_START.match(line) and not _INNER_SENTENCE.search(line))


def _end_edge(lines: list[tuple[int, int, str]]) -> int:
    """Index of the first line of the text's end, where closing blurbs stand: the last EDGE_LINES
    lines, not counting up to MAX_TRAILING_LABELS short lines without sentence punctuation after
    them (a button or a label, "Join the conversation", closes many pages below the blurb; "It
    will appeal." is a sentence and ends the article)."""
    last = len(lines) - 1
    while (last > 0 and len(lines) - 1 - last < MAX_TRAILING_LABELS
           and len(lines[last][2].split()) <= MAX_LABEL_WORDS and not _FINAL.search(lines[last][2])):
        last -= 1
    return min(len(lines) - EDGE_LINES, last + 1 - EDGE_LINES)


def _code_residue(lines: list[tuple[int, int, str]], index: int) -> int:
    """Number of lines from ``index`` that are a page's code, not its text: a template tag
    ("{{#images}}", "{{/image}}") or a script's state printed as a list, a camelCase key and
    its value on the next line ("- showPaywall:" / "- false"), or a server's error message
    ("Warning: ... in /www/.../classes.php on line 407"). No language writes any of them."""
    line = lines[index][2]
    if "{{" in line and _TEMPLATE_TAGS.fullmatch(line):
        return 1
    if " on line " in line and _SERVER_ERROR.fullmatch(line):
        return 1
    if (index + 1 < len(lines) and line.rstrip().endswith(":") and _STATE_KEY.fullmatch(line)
            and _STATE_VALUE.fullmatch(lines[index + 1][2])):
        return 2
    return 0


def _structural_credit(line: str, index: int, count: int, words: int,
                       lang: str | None, above: str = "") -> tuple[str, str] | None:
    """(rule, removed kind) of a credit or byline line known by its shape, not by cue words:
    a role with a name in capitals, an outlet with its authors in brackets at the end, a
    person's name alone among the first or last lines, or with an outlet, a role or a handle
    ("Juan Pérez / Los Tiempos", "John Smith, Reuters", "Juan Pérez @juanperez"; between
    paragraphs "Name / Outlet" credits a picture), a line of social handles only, topic tags
    without their label closing the text, the desk's initials closing a wire story ("jm/rsr/mb",
    "EMJ": no sentence of any language is made of them; under another such line they close a
    list of acronyms, "UFRGS" / "UFFS"). (The signature under an embedded post,
    "— Name (@handle) date", stays: it names who said the post's text above it.)"""
    if words > MAX_CUE_WORDS or _FINAL.search(line):
        return None
    if "@" in line and _HANDLES.fullmatch(line):
        return "boilerplate.social_handle", "other"
    if ":" in line and _ROLE_CREDIT.match(line) and not line.split(":", 1)[0].isupper():
        return "boilerplate.credit", "credit"
    last_lines = index >= count - BYLINE_END_LINES
    # a name with an e-mail address ("Johnny Castro jcastro@diario.net | Viernes 22 abril, 2022")
    if ((index < EDGE_LINES or index >= count - EDGE_LINES) and words <= MAX_EMAIL_BYLINE_WORDS
            and "@" in line and _EMAIL.search(line) and _LEADING_NAME.match(line)):
        return "boilerplate.byline", "other"
    if last_lines and line.rstrip().endswith(")") and _OUTLET_AUTHORS.match(line):
        return "boilerplate.credit", "credit"
    if (last_lines and _DESK_INITIALS.fullmatch(line) and not _DESK_INITIALS.fullmatch(above)
            and not (above.strip().isupper() and len(above.split()) == 1)):
        return "boilerplate.credit", "credit"
    if ((index < BYLINE_TOP_LINES or last_lines) and 2 <= words <= MAX_NAME_WORDS + 3
            and _name_only(line, lang)):
        return "boilerplate.byline", "other"
    if index >= count - EDGE_LINES and _tag_list(line):
        return "boilerplate.tags", "navigation"
    if words <= MAX_NAME_WORDS + MAX_OUTLET_WORDS:
        edge = index < BYLINE_TOP_LINES or last_lines
        parts = _BYLINE_SEPARATOR.split(line.strip(), maxsplit=1)
        if (len(parts) == 2 and _name_only(parts[0], lang)
                and (_outlet(parts[1]) or _name_only(parts[1], lang)
                     or _HANDLES.fullmatch(parts[1]))):
            if edge:
                return "boilerplate.byline", "other"
            # between paragraphs, a photographer and an outlet ("Juan Pérez / El Heraldo")
            # credit the picture above
            if "/" in line:
                return "boilerplate.credit", "credit"
        handle = line.find(" @")  # "Juan Pérez @juanperez": a byline with the author's handle
        if (edge and handle > 0 and _HANDLES.fullmatch(line[handle:])
                and _name_only(line[:handle], lang)):
            return "boilerplate.byline", "other"
    return None


# names joined in a byline: "Mathatisi Sebusi/Mohalenyane Phakela", "Ana Díaz y Luis Mora"
_NAME_JOIN = re.compile(r"\s*(?:/|&|,|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)?")
MAX_BYLINE_NAMES = 3
MAX_NAME_ZIPF = 3.0  # a word of a name no list knows is rare in the language ("Mpesi", "Phakela")


def _rare_name_bylines(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                       lang: str | None) -> list[Edit]:
    """A byline of names no given-name list knows ("Mohloai Mpesi", "Mathatisi Sebusi/Mohalenyane
    Phakela"): among the first BYLINE_TOP_LINES lines, before the first paragraph, a line of one
    to MAX_BYLINE_NAMES names (two or three capitalised words each, every word rare in the
    language), none of whose words occurs anywhere else in the text. The author is not in the
    story; a person the article is about is named again in it, and a headline or a subhead
    is made of words of the language."""
    if not lang:
        return []
    covered = _covered(lines, edits)
    found: list[Edit] = []
    for index, (start, end, line) in enumerate(lines[:BYLINE_TOP_LINES]):
        if len(line.split()) >= MIN_SENTENCE_WORDS and _FINAL.search(line):
            break  # the first paragraph: a byline stands above it
        words = _byline_names(line, lang)
        if covered[index] or not words:
            continue
        if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text[:start] + " " + text[end:])
               for w in words):
            continue
        found.append(Edit(start, end + 1 if end < len(text) else end, "", "removed",
                          "boilerplate.byline", 0.75, removed_kind="other"))
    return found


def _byline_names(line: str, lang: str) -> list[str]:
    """The words of a line made of one to MAX_BYLINE_NAMES names whose every word is rare in
    the language, else nothing."""
    parts = [p for p in _NAME_JOIN.split(line.strip()) if p]
    if not 0 < len(parts) <= MAX_BYLINE_NAMES:
        return []
    words: list[str] = []
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 3 or not all(_CAPITALISED.fullmatch(t) for t in tokens):
            return []
        words += tokens
    if any(zipf_frequency(w.lower(), lang) >= MAX_NAME_ZIPF for w in words):
        return []
    return words


def _tag_list(line: str) -> bool:
    """The page's topic tags without their label ("Economía · Inflación · Banco Central"):
    MIN_TAGS or more short capitalised items between bars, dots or commas, nothing else. A
    list of names in a sentence joins its last item with a word ("y María")."""
    items = _TAG_SEPARATOR.split(line.strip())
    return len(items) >= MIN_TAGS and all(_outlet(item.strip()) for item in items)


def _outlet(part: str) -> bool:
    """An outlet, an agency or a role after a byline's name ("Los Tiempos", "Reuters", "BBC
    News", "Corresponsal"): one to MAX_OUTLET_WORDS words, the first capitalised, the others
    capitalised or particles ("Agencia de Noticias"), no sentence."""
    tokens = part.split()
    return (0 < len(tokens) <= MAX_OUTLET_WORDS and tokens[0][:1].isupper()
            and all(_OUTLET_TOKEN.fullmatch(t) for t in tokens))


def _stamp_with_names(line: str, words: frozenset[str], lang: str | None) -> bool:
    """A date line with a byline or a place ("New Delhi, News Nation Bureau | Updated : 19
    November 2019, 09:01 AM", "5:45 AM PST 11/19/2019 by Patrick Shanley", "Caracas, 4 de mayo
    de 2022"): every segment between bars, dots or dashes is a date, a name, or a short run of
    capitalised words (a place, an outlet), and one at least is a date. Only at the text's
    edges, where a page puts its dates (the caller checks)."""
    if len(line) > MAX_STAMP_CHARS + MAX_STAMP_CHARS // 2 or not _DIGIT.search(line):
        return False
    segments = [s.strip() for s in _STAMP_SEPARATOR.split(line) if s.strip()]
    if len(segments) < 2:
        by = _BY_TAIL.search(line)  # "... 11/19/2019 by Patrick Shanley": the byline's word
        place, _, date = line.partition(",")  # "Caracas, 4 de mayo de 2022": a place and a date
        if by is not None and _name_only(by.group(2), lang):
            segments = [line[:by.start()].strip()]
        elif date and _outlet(place.strip()) and _timestamp(date, words):
            return True
        else:
            return False
    dated = False
    for segment in segments:
        if _timestamp(segment, words):
            dated = True
        elif not (_name_only(segment, lang) or all(_outlet(p) for p in segment.split(",") if p.strip())):
            return False
    return dated


def _dated_siblings(lines: list[tuple[int, int, str]], index: int, words: frozenset[str],
                    lang: str | None) -> bool:
    """A line above or below of the same shape (a date with names): the line is an entry of
    the article's own listing ("29.11.2022 - Bonobo - Gasometer"), not the page's date line."""
    return any(0 <= i < len(lines) and _stamp_with_names(lines[i][2], words, lang)
               for i in (index - 1, index + 1))


def _name_only(line: str, lang: str | None) -> bool:
    """The line is a person's name and nothing else: it opens with a given name of the
    language (given_names.txt) and goes on with capitalised words or name particles only."""
    tokens = _STAMP_TAIL.sub("", line).split()  # "Ariel Melgar Cabrera 3/5/2022 22:41"
    if not 2 <= len(tokens) <= MAX_NAME_WORDS:
        return False
    if tokens[0] not in _given_names(lang) or not tokens[-1][:1].isupper():
        return False
    return all(_NAME_TOKENS.fullmatch(t) for t in tokens[1:])


@cache
def _given_names(lang: str | None) -> frozenset[str]:
    if not lang:
        return frozenset()
    try:
        return frozenset(load(lang).words("given_names.txt"))
    except LanguageDataError:
        return frozenset()


@cache
def _stamp_words(lang: str | None) -> frozenset[str]:
    """Words a date/time line of a page is made of: month and weekday names (months.tsv,
    weekdays.tsv) and the language's timestamp_words.txt ("updated", "um", "Uhr", "Lesedauer")."""
    if not lang:
        return frozenset()
    try:
        data = load(lang)
    except LanguageDataError:
        return frozenset()
    words = {row["name"] for row in data.table("months.tsv")}
    words |= {row["name"] for row in data.table("weekdays.tsv")}
    words |= set(data.words("timestamp_words.txt"))
    return frozenset(w.lower().rstrip(".") for w in words)


def _stamp_label(line: str, lang: str | None) -> bool:
    """The line opens with a word of timestamp_words.txt that names a stamp ("updated",
    "publicado", "Lesedauer") followed by a word or a colon, not a number: long words only,
    since short ones ("am", "le", "de") open sentences too."""
    first = _STAMP_TOKEN.search(line)
    return bool(first and len(first.group(0)) >= MIN_STAMP_LABEL
                and not line[first.end():].lstrip()[:1].isdigit()  # "Minutos 90 y 91": a count
                and first.group(0).lower() in _stamp_labels(lang))


@cache
def _stamp_labels(lang: str | None) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in load(lang).words("timestamp_words.txt")) if lang else frozenset()
    except LanguageDataError:
        return frozenset()


def _timestamp(line: str, words: frozenset[str]) -> bool:
    """A line that is only a date, a time or a reading time ("17:41 JST, October 13, 2024",
    "- Veröffentlicht am 13. Mai 2026 um 15:44", "Lesedauer: 4 Minuten"): page furniture, and no
    article sentence is made of such words alone. Numbers of five digits or more (phone numbers,
    amounts) are no part of a date, nor is "+" (a telephone number)."""
    if len(line) > MAX_STAMP_CHARS or not _DIGIT.search(line) or "+" in line:
        return False
    tokens = _STAMP_TOKEN.findall(line.lower())
    if not tokens or len(tokens) > MAX_STAMP_TOKENS:
        return False
    digits = [t for t in tokens if t.isdigit()]
    if not digits or any(len(t) > 4 for t in digits):
        return False
    alpha = [t for t in tokens if not t.isdigit()]
    if any(len(t) > 1 and t not in words for t in alpha):
        return False
    named = any(t in words for t in alpha)
    return named or bool(_STAMP_SHAPE.search(line))


def _related_list(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                  overlap: Callable[[int], float], title_case: bool = True) -> list[Edit]:
    """Headlines of other stories set as a list ("- Russische Drohnen: Auch in Deutschland
    versteckt?"): MIN_RELATED_ITEMS or more list items in a row, each of MIN_TEASER_WORDS to
    MAX_TEASER_WORDS words, none ending a sentence, none sharing much vocabulary with the rest
    of the text, and at least half of them marked as headlines (_headline_marked). A list of
    the article (points of a plan, facts of a case) shares its words and reads as a list; a list
    whose items show their addresses is a list of links the article gives (a reading list)."""
    found: list[Edit] = []
    run: list[int] = []

    def close() -> None:
        marked = sum(1 for i in run if _headline_marked(lines[i][2], title_case))
        apart = len(run) - len(on_topic)  # items sharing little with the body
        if (marked >= MIN_RELATED_ITEMS and 2 * marked >= len(run)
                and apart >= MIN_RELATED_ITEMS and len(on_topic) < apart):
            start, end = lines[run[0]][0], lines[run[-1]][1]
            found.append(Edit(start, end + 1 if end < len(text) else end, "", "removed",
                              "boilerplate.related_list", 0.75, removed_kind="teaser"))
        run.clear()
        on_topic.clear()

    taken = sorted((e.start, e.end) for e in edits)
    on_topic: list[int] = []  # strongly marked items that share the body's topic
    announced = False  # a list announced by a sentence ("... nehmen:") may be the article's
    for index, (start, end, line) in enumerate(lines):
        if not _LIST_ITEM.match(line):
            close()
            announced = _announces_list(line)
            continue
        words = len(line.split())
        # a headline may end on its question ("- Lionel Messi: ¿cuánto dinero gana...?"); a
        # list of the article's own questions shares its words (the article answers them)
        question = line.rstrip().endswith("?")
        if (MIN_TEASER_WORDS <= words <= MAX_TEASER_WORDS and "://" not in line
                and (question or not _FINAL.search(line)) and not _INNER_SENTENCE.search(line)
                and not any(s < end and e > start for s, e in taken)):
            if overlap(index) < (LOW_OVERLAP if question
                                 else MARKED_ITEM_OVERLAP if title_case and _title_case(line)
                                 else _overlap_limit(line)):
                run.append(index)
                continue
            # a related story on the article's own topic, among others that are not: it
            # shares the body's words but reads as a headline, with a question or a quotation
            # ("- Russische Drohnen: Auch in Deutschland versteckt? ..."); a "Key: text" item
            # alone is how an article's own list reads
            if (not question and not announced
                    and ("?" in line or _QUOTED.search(line) or _PIPE.search(line))):
                run.append(index)
                on_topic.append(index)
                continue
        close()
    close()
    return found


def _announces_list(line: str) -> bool:
    """A sentence ending on a colon ("... können Einfluss auf den Legebeginn nehmen:"): the list
    under it is the article's. A bare label ("Mehr zum Thema:") is no sentence."""
    stripped = line.rstrip()
    return stripped.endswith(":") and len(stripped.split()) >= MIN_ANNOUNCING_WORDS


def _inline_edits(text: str, pattern: re.Pattern[str],
                  anchors: tuple[str, ...] | None) -> list[Edit]:
    """Phrases of scope inline (lower-case rows), searched in the lower-cased text: a
    case-sensitive search that starts on fixed characters is several times faster than an
    IGNORECASE one. A bracket around the phrase, and the space before it, go with it."""
    low = text.lower()
    if anchors is not None and not any(a in low for a in anchors):
        return []  # none of the fixed strings: no phrase can match (most texts)
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): offsets differ
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for match in pattern.finditer(low):
        start, end = match.span()
        if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")":
            start, end = start - 1, end + 1
        if text[start] == "(" and start > 0 and text[start - 1] == " ":
            start -= 1
        found.append(Edit(start, end, "", "removed", "boilerplate.link_artifact", 0.9,
                          removed_kind="other"))
    return found


def _anchors(pattern: str) -> tuple[str, ...] | None:
    """For each alternative of a lower-case pattern, its longest run of fixed characters that
    every match holds; None when an alternative has none (then the pattern always runs)."""
    from re import _parser  # the stdlib's own parse of a pattern: no second regex grammar here

    try:
        tree = _parser.parse(pattern)
    except re.error:
        return None
    def alternatives(items: list) -> list[list]:
        if len(items) == 1 and items[0][0] is _parser.SUBPATTERN:
            return alternatives(list(items[0][1][3]))  # a group around the whole: look inside
        if len(items) == 1 and items[0][0] is _parser.BRANCH:
            return [alt for branch in items[0][1][1] for alt in alternatives(list(branch))]
        return [items]

    found = []
    for items in alternatives(list(tree.data)):
        best, run = "", ""
        for op, arg in items:
            if op is _parser.LITERAL:
                run += chr(arg)
                best = max(best, run, key=len)
            else:
                run = ""
        if len(best) < MIN_ANCHOR:
            return None
        found.append(best)
    return tuple(found)


def _captions_above_credits(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                            picture_words: frozenset[str]) -> list[Edit]:
    """The caption of a picture whose credit stands alone on the next line ("El presidente Petro
    durante su discurso en la Plaza de Bolívar" / "Foto: EFE"): a line of MIN_CAPTION_LINE_WORDS
    to MAX_CAPTION_LINE_WORDS words that does not end a sentence, not the text's first line (the
    headline), right above a line removed whole as the credit of a picture, or right under it
    when the line above the credit ends a sentence (the credit printed first: "Foto: Ansa" / "Il
    ministro durante la conferenza stampa") and the line shares no word with the paragraph
    under it (a subhead announces that paragraph). An article's
    paragraph ends on its punctuation, a subhead is shorter than a caption that says who does
    what where, and a heading with a label ("Annexe : ...") or a listing ("Houston @ ...") is
    no caption. A source line ("Quelle: HWK Stuttgart") credits a text, not a picture."""
    whole = {e.start for e in edits if e.removed_kind == "credit"}
    taken = [(e.start, e.end) for e in edits]

    def caption_shaped(line: str, start: int, end: int) -> bool:
        return (MIN_CAPTION_LINE_WORDS <= len(line.split()) <= MAX_CAPTION_LINE_WORDS
                and not _FINAL.search(line) and not _OPEN_END.search(line)
                and ":" not in line and "@" not in line
                and not _LIST_ITEM.match(line) and not _LOWER_START.match(line)
                and not any(s < end and e > start for s, e in taken))

    found: list[Edit] = []
    for index in range(2, len(lines)):
        start, _, credit = lines[index]
        if start not in whole or not _picture_credit(credit, picture_words):
            continue
        above_start, above_end, above = lines[index - 1]
        if caption_shaped(above, above_start, above_end):
            found.append(Edit(above_start, above_end + 1, "", "removed",
                              "boilerplate.caption", 0.8, removed_kind="caption"))
        elif index + 2 < len(lines) and _FINAL.search(above):
            # the credit printed above its caption ("Foto: Ansa" / "Il ministro durante la
            # conferenza stampa a Palazzo Chigi"): under a credit that closes no caption, a
            # caption-shaped line that is no subhead of the paragraph under it
            below_start, below_end, below = lines[index + 1]
            under = lines[index + 2][2]
            if (caption_shaped(below, below_start, below_end)
                    and not (_stems(below) & _stems(under))):
                found.append(Edit(below_start, below_end + 1, "", "removed",
                                  "boilerplate.caption", 0.75, removed_kind="caption"))
    return found


def _closing_credit(line: str, start: int, stop: int, next_line: str | None, words: int,
                    lang: str | None) -> list[Edit] | None:
    """A caption closed by its picture's credit after the full stop, no cue word before the
    credit ("... durante la primera vuelta del GP de Qatar. AFP"; closing_credit.py). A line
    that opens in lower case, or whose next line does (a text wrapped by hand: "... in the
    market. The" / "shares fell"), or a list item is no caption. A long line, or the text's
    last line, is a paragraph that ends on a credit or a signature ("... into the US. PTI"):
    the credit goes, the paragraph stays."""
    if (words > MAX_CAPTION_WORDS or _LIST_ITEM.match(line) or _LOWER_START.match(line)
            or (next_line is not None and _LOWER_START.match(next_line))):
        return None
    cues = _cues(lang)
    at = closing_credit.credit_start(line, _picture_words(lang),
                                     lambda credit: _name_only(credit, lang),
                                     lambda credit: _credit_line(credit, cues))
    if at is None:
        return None
    while at > 0 and line[at - 1].isspace():
        at -= 1
    credit_start = start + at
    if next_line is None or len(line[:at].split()) > MAX_CREDITED_CAPTION_WORDS:
        return [Edit(credit_start, stop, "\n" if stop > start + len(line) else "", "removed",
                     "boilerplate.credit", 0.8, removed_kind="credit")]
    return [Edit(start, credit_start, "", "removed", "boilerplate.caption", 0.8,
                 removed_kind="caption"),
            Edit(credit_start, stop, "", "removed", "boilerplate.credit", 0.8,
                 removed_kind="credit")]


def _credit_line(line: str, cues: Cues) -> bool:
    """Whether the language's line cues remove ``line`` whole as a credit ("Europa Press")."""
    found = _cue_edits(line, 0, len(line), len(line.split()), cues)
    return found is not None and len(found) == 1 and found[0].removed_kind == "credit"


def _picture_credit(line: str, picture_words: frozenset[str]) -> bool:
    """A credit line of a picture: it opens with a picture word of the language ("Foto: EFE",
    "© Oli Scarff/Getty Images"), or names a photographer and an agency ("STR/Getty Images"),
    or is an agency alone ("Reuters"); a line with a label of another kind ("Quelle: ...",
    "Reporting by ...") credits the text."""
    first = _PICTURE_WORD.match(line)
    if first and first.group(1).lower() in picture_words:
        return True
    return ":" not in line and ("/" in line or "©" in line or len(line.split()) <= MAX_AGENCY_WORDS)


@cache
def _picture_words(lang: str | None) -> frozenset[str]:
    """picture_words.txt: the words that open a picture's credit line."""
    try:
        return frozenset(w.lower() for w in load(lang).words("picture_words.txt")) if lang else frozenset()
    except LanguageDataError:
        return frozenset()


def _media_cards(text: str, lines: list[tuple[int, int, str]], edits: list[Edit]) -> list[Edit]:
    """A video or audio card of the site: a line that closes on the clip's length ("Do 27.04.2023
    15:17Uhr 01:00 min", "... beschlossen. 18.04.2024 | 0:21 min") with the headline lines right
    above it (up to MAX_CARD_HEADLINES short lines without final punctuation). An article states
    a length in a sentence, not as the tail of a line."""
    found: list[Edit] = []
    taken = [(e.start, e.end) for e in edits]
    for index, (start, end, line) in enumerate(lines):
        tail = line[-MAX_DURATION_TAIL:]
        if "min" not in tail.lower():  # cheap test first: most lines end otherwise
            continue
        match = _DURATION_TAIL.search(tail)
        if match is None or any(s < end and e > start for s, e in taken):
            continue
        first = index
        while (first > 0 and index - first < MAX_CARD_HEADLINES
               and not _FINAL.search(lines[first - 1][2])
               and len(lines[first - 1][2].split()) <= MAX_TEASER_WORDS
               and not _LIST_ITEM.match(lines[first - 1][2])
               and not any(s < lines[first - 1][1] and e > lines[first - 1][0] for s, e in taken)):
            first -= 1
        found.append(Edit(lines[first][0], end + 1 if end < len(text) else end, "", "removed",
                          "boilerplate.media_card", 0.8, removed_kind="teaser"))
    return found


def _teaser_cards(text: str, lines: list[tuple[int, int, str]], edits: list[Edit]) -> list[Edit]:
    """A teaser card of another story: a kicker and headline ("Verdi Neuer Tarifvertrag für
    Klinik-Beschäftigte: Einigung von SRH und Verdi") and right under it the same headline again
    (the link's own text). An article never repeats a line as the end of the line above it."""
    found: list[Edit] = []
    taken = [(e.start, e.end) for e in edits]
    index = 0
    while index + 1 < len(lines):
        (start, _, first), (_, end, second) = lines[index], lines[index + 1]
        if (len(first) > len(second) and first.endswith(second.strip())
                and MIN_CARD_WORDS <= len(second.split()) <= MAX_TEASER_WORDS
                and not _FINAL.search(second)
                and not any(s < end and e > start for s, e in taken)):
            found.append(Edit(start, end + 1 if end < len(text) else end, "", "removed",
                              "boilerplate.teaser_card", 0.8, removed_kind="teaser"))
            index += 2
            continue
        index += 1
    return found


def _overlap_limit(line: str) -> float:
    """Share of body vocabulary a headline-like line may have and still be another story's."""
    return MARKED_ITEM_OVERLAP if _strongly_marked(line) else LOW_OVERLAP


def _strongly_marked(line: str) -> bool:
    """A kicker before a colon, a question, a quotation or a "|": a list item so marked reads as
    a headline even when it shares the body's words (related stories are on the same topic). A
    dash is left out: "Term – explanation" is how an article's own list explains its points."""
    kicker = _KICKER.match(line)
    return bool((kicker and ":" in kicker.group(0)) or "?" in line or _QUOTED.search(line)
                or _PIPE.search(line))


@cache
def _title_case_headlines(lang: str | None) -> bool:
    """clean.tsv headline_title_case: the language's headlines capitalise their words ("15
    Amazing Images of Stars"); elsewhere a Title Case line is a name (a product, a work)."""
    try:
        rows = load(lang).table("clean.tsv") if lang else []
    except LanguageDataError:
        return False
    return any(row["key"] == "headline_title_case" and row["value"] == "yes" for row in rows)


def _headline_marked(line: str, title_case: bool = True) -> bool:
    """A kicker before a colon or dash ("Hackerangriffe: Mit diesen miesen Tricks..."), a
    question, a quotation, a "|" or Title Case ("15 Amazing Images of Stars"): how a headline
    reads, and few points of a list do. Title Case counts only in a language whose headlines
    are so written (``title_case``)."""
    return bool(_KICKER.match(line) or "?" in line or _QUOTED.search(line) or _PIPE.search(line)
                or (title_case and _title_case(line)))


def _title_case(line: str) -> bool:
    """Most longer words capitalised: a headline where headlines are so written (a sentence
    capitalises names, or nouns in German, and leaves verbs and adjectives in lower case)."""
    if "(" in line:  # "Indiana Jones Collection 1-4 (Steelbook)": a product, no headline
        return False
    words = _WORD.findall(line)
    return (len(words) >= MIN_TITLE_WORDS
            and sum(1 for w in words if w[0].isupper()) >= TITLE_SHARE * len(words))


def _closing_list(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                  overlap: Callable[[int], float], title_case: bool) -> list[Edit]:
    """A list of other stories' headlines at the end of the text (at most BYLINE_END_LINES lines
    after it: a signature, an author's note): MIN_RELATED_ITEMS or more list items, every one
    marked as a headline (a kicker before a colon, a question, a quotation, Title Case where
    headlines are so written; not a dash: "Term – explanation" explains). Related stories share the article's topic, so here an
    item may share up to CLOSING_OVERLAP of its words with the body; an article's own closing
    list (points of a plan, sources) reads as a list, not as headlines, or ends its items."""
    taken = [(e.start, e.end) for e in edits]
    last = len(lines) - 1
    while last >= 0 and not _LIST_ITEM.match(lines[last][2]) and len(lines) - 1 - last < BYLINE_END_LINES:
        last -= 1
    first = last + 1
    while first > 0:
        start, end, line = lines[first - 1]
        words = len(line.split())
        if (not _LIST_ITEM.match(line) or not MIN_TEASER_WORDS <= words <= MAX_TEASER_WORDS
                or (_FINAL.search(line) and not line.rstrip().endswith("?")) or "://" in line
                # a question the article asks shares its words (the article answers it)
                or (line.rstrip().endswith("?") and overlap(first - 1) >= LOW_OVERLAP)
                or _INNER_SENTENCE.search(line)
                or not (_strongly_marked(line) or (title_case and _title_case(line)))
                or any(s < end and e > start for s, e in taken)
                or overlap(first - 1) >= CLOSING_OVERLAP):
            break
        first -= 1
    if last - first + 1 < MIN_RELATED_ITEMS or (first > 0 and _announces_list(lines[first - 1][2])):
        return []
    start, end = lines[first][0], lines[last][1]
    return [Edit(start, end + 1 if end < len(text) else end, "", "removed",
                 "boilerplate.closing_list", 0.75, removed_kind="teaser")]


def _trailing_headlines(text: str, lines: list[tuple[int, int, str]], edits: list[Edit],
                        overlap: Callable[[int], float]) -> list[Edit]:
    """Headlines of other stories that close the text (what trafilatura keeps of a "more news"
    box): at least MIN_TRAILING_HEADLINES last lines that read as headlines (MIN_TEASER_WORDS to
    MAX_TEASER_WORDS words, no final punctuation) and share little vocabulary with the body,
    with the short label above them if there is one ("MEDELLÍN")."""
    first = len(lines)
    while first > 1:
        start, end, line = lines[first - 1]
        words = len(line.split())
        if (any(e.start < end and e.end > start for e in edits)
                or not MIN_TEASER_WORDS <= words <= MAX_TEASER_WORDS
                or _FINAL.search(line) or _OPEN_END.search(line) or "://" in line
                or _LOWER_START.match(line)
                or overlap(first - 1) >= _overlap_limit(line)):
            break
        first -= 1
    if len(lines) - first < MIN_TRAILING_HEADLINES:
        return []
    if first > 1 and _label_only(lines[first - 1][2]) and len(lines[first - 1][2].split()) <= 3:
        first -= 1
    start = lines[first][0]
    end = lines[-1][1]
    return [Edit(start, end + 1 if end < len(text) else end, "", "removed",
                 "boilerplate.trailing_headlines", 0.75, removed_kind="teaser")]


def _glued_label(text: str, lang: str | None) -> list[Edit]:
    """A section label that lost its line break before the first sentence. Only on strong
    evidence: the label's last word is a word of the language, the glued pair is no word at all
    (so "YouTube", "PlayStation", "McDonald" stay: their second part is no sentence opener), and
    the sentence opens with one of the language's most common words."""
    match = _GLUED_LABEL.match(text) if lang else None
    if match is None:
        return []
    last = match.group(1).replace("-", " ").split()[-1].lower()
    opener = match.group(2).lower()
    if (zipf_frequency(last, lang) < MIN_LABEL_ZIPF
            or zipf_frequency(opener, lang) < MIN_OPENER_ZIPF
            or zipf_frequency(last + opener, lang) > 0):
        return []
    return [Edit(match.start(1), match.end(1), "", "removed", "boilerplate.rubric", 0.8,
                 removed_kind="other")]


def _label_only(line: str) -> bool:
    """A bare section label ("Notas relacionadas", "Lire aussi :"), nothing after it."""
    stripped = line.strip().rstrip(":").strip()
    return 0 < len(stripped.split()) <= MAX_LABEL_WORDS and not _FINAL.search(stripped)


def _related_block(lines: list[tuple[int, int, str]], index: int,
                   overlap: Callable[[int], float]) -> int:
    """Index of the last line of the headlines a bare "related" label introduces: the lines
    after it that read as headlines or dates (no final punctuation, short), at most
    MAX_RELATED_LINES of them. An article paragraph ends the block, and so does a subhead of
    the article (most of its words are the body's). A headline may ask ("¿Qué pasará con...?":
    one question, nothing after it), and a list item under the label is a link, never a subhead
    (a subhead stands alone: "- Baloncesto Daniel Aragón" shares the byline's name, not the topic).
    A list of links is uniform: after list items, a line that is none ends the block."""
    last = index
    listed = False
    while last + 1 < len(lines) and last - index < MAX_RELATED_LINES:
        following = lines[last + 1][2]
        words = len(following.split())
        if not following.strip() or words > MAX_CUE_WORDS:
            break
        if _FINAL.search(following) and not _question_headline(following):
            break
        item = bool(_LIST_ITEM.match(following))
        if listed and not item:
            break
        if words >= MIN_SUBHEAD_WORDS and not item and overlap(last + 1) >= SUBHEAD_OVERLAP:
            break
        listed = listed or item
        last += 1
    return last


def _question_headline(line: str) -> bool:
    """A headline that asks: it ends on "?" and holds no other sentence end before it."""
    stripped = line.rstrip()
    return (stripped.endswith("?") and not _INNER_SENTENCE.search(stripped)
            and not _SENTENCE_BREAK.search(stripped[:-1]))


def _continuation(lines: list[tuple[int, int, str]], index: int) -> int:
    """Index of the last line of a prompt broken over several lines: a line that ends on a comma
    or a short function word ("Síguenos en", "Facebook y") goes on in the next line, and so does
    a line followed by one that starts in lower case. A following line that reads as a sentence
    of its own (capitalised, closed, MIN_SENTENCE_WORDS or more) is the article going on: a
    short last word may be a verb's particle ("Treten Sie unserem WhatsApp-Kanal bei")."""
    last = index
    while last + 1 < len(lines):
        current, following = lines[last][2].rstrip(), lines[last + 1][2].lstrip()
        tail = current.rsplit(None, 1)[-1] if current else ""
        open_end = current.endswith(",") or (tail.isalpha() and tail.islower() and len(tail) <= 3)
        sentence = (following[:1].isupper() and bool(_FINAL.search(following))
                    and len(following.split()) >= MIN_SENTENCE_WORDS)
        if (not (open_end or following[:1].islower()) or sentence
                or len(following.split()) > MAX_CUE_WORDS):
            break
        last += 1
    return last


def _edge_edits(text: str, line: str, start: int, stop: int, cues: Cues,
                edge: str | None) -> list[Edit] | None:
    """A line that is boilerplate only at the top or the end of the text (boilerplate_edges.tsv):
    an author's biography ("Jane Doe is a reporter covering ..."), a publisher's blurb. The
    same words between paragraphs may be the article's own. Rows of edge "any" hold anywhere
    (the consent notice of an embedded graphic or video, a long paragraph of legal wording). A biography is of the author, who is
    not in the story: when the surname it opens with occurs in a sentence elsewhere in the text,
    the line is about a person of the article (a jailed reporter) and stays. The byline naming
    the author ("| von Inga Buller") is no sentence and does not count."""
    pattern = cues.edges.get(edge) if edge else None
    match = pattern.match(line) if pattern is not None else None
    if match is None and "any" in cues.edges:  # consent notices of embedded content: anywhere
        match = cues.edges["any"].match(line)
    if match is None:
        return None
    kind = cues.edge_kinds[match.lastgroup or ""]
    if kind == "author_bio":
        name = _LEADING_NAME.match(line)
        surname = name.group(0).split()[-1] if name else ""
        if surname and _named_in_sentence(text, surname, start, stop):
            return None
    return [Edit(start, stop, "", "removed", f"boilerplate.{kind}", 0.8,
                 removed_kind=kind if kind in _REMOVED_KINDS else "other")]


# the end of a sentence inside a line and the space after it, where a glued tail may start
_GLUED_BREAK = re.compile(r"[.!?…][\"'”’»)\]]*(\s+(?=\S)|(?=\())")  # "... local.(EFE)"
MIN_GLUED_HEAD_WORDS = 5    # "The trial resumes on Monday." before a glued tail
MAX_GLUED_CREDIT_WORDS = 3  # "EFE", "(EFE)", "Europa Press": an agency's signature, no sentence


def _glued_tail(line: str, start: int, cues: Cues,
                speech_forms: frozenset[str]) -> Edit | None:
    """A reader's prompt or an agency's signature that lost its line break after the paragraph's
    last sentence ("... dijo el ministro. Lea también: Petro anuncia ...", "... in Rom. (ANSA)"):
    a copy that joins lines glues them there. The tail is read with the language's line cues as
    if it stood alone; only a prompt (navigation, advert) or a credit of a few words counts, so a
    closing sentence that merely opens like a byline or a label stays. A tail whose headline runs
    on into a new sentence ("Lea también: ... Petro dijo. El ...") may hold the article's own
    sentence and stays too."""
    for match in _GLUED_BREAK.finditer(line):
        if len(line[:match.start()].split()) < MIN_GLUED_HEAD_WORDS:
            continue  # the head must be a sentence of its own, no blurb's lead-in ("Want more?")
        tail = line[match.end():]
        words = len(tail.split())
        if words > MAX_CUE_WORDS:
            continue
        found = _cue_edits(tail, 0, len(tail), words, cues, MAX_CUE_WORDS, speech_forms)
        if not found or len(found) > 1 or found[0].start != 0:
            continue
        kind = found[0].removed_kind
        if not (kind in _PROMPTS or (kind == "credit" and words <= MAX_GLUED_CREDIT_WORDS)):
            continue
        if _INNER_SENTENCE.search(tail):
            return None
        return Edit(start + match.start(1), start + len(line.rstrip()), "", "removed",
                    found[0].rule, found[0].confidence, removed_kind=kind)
    return None


_CLAUSE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SPEECH_REACH = 3  # words after a comma in which a verb of saying attributes the sentence


def _reports_speech(line: str, cue_end: int, speech_forms: frozenset[str]) -> bool:
    """A sentence of the article whose words open like a prompt and that a verb of saying
    attributes after a comma ("Síguenos en esta lucha, pidió el sindicato", "Leggi anche le
    dichiarazioni, ha detto la ministra", "Lesen Sie auch die Stellungnahme, riet die
    Ministerin"): a page's prompt addresses the reader and reports nobody. A prompt with its
    headline after a colon ("Lea también: «...», dijo Petro") stays a prompt."""
    rest = line[cue_end:]
    kicker = line[:cue_end].rstrip()[-1:] in (":", "|") or rest.lstrip()[:1] in (":", "|")
    if (not speech_forms or kicker or not _FINAL.search(line)
            or len(line.split()) < MIN_SENTENCE_WORDS):
        return False
    for clause in rest.split(",")[1:]:
        if any(w.lower() in speech_forms for w in _CLAUSE_WORD.findall(clause)[:SPEECH_REACH]):
            return True
    return False


@cache
def _speech_forms(lang: str | None) -> frozenset[str]:
    """speech_verbs.tsv: the forms of the verbs of saying that attribute a sentence after it
    (finite, after a quotation, participles after their auxiliary), lower case."""
    try:
        rows = load(lang).table("speech_verbs.tsv") if lang else []
    except LanguageDataError:
        return frozenset()
    return frozenset(r["form"].lower() for r in rows if r.get("form")
                     and r.get("tense") in ("finite", "postquote", "postcomma", "participle"))


def _named_in_sentence(text: str, name: str, start: int, stop: int) -> bool:
    """Whether ``name`` occurs outside text[start:stop] in a line that is a sentence
    (MIN_SENTENCE_WORDS or more words, closed by sentence punctuation), not in a byline."""
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        if start <= match.start() < stop:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if len(line.split()) >= MIN_SENTENCE_WORDS and _FINAL.search(line):
            return True
    return False


def _cue_edits(line: str, start: int, stop: int, words: int, cues: Cues,
               max_words: int = 0, speech_forms: frozenset[str] = frozenset()) -> list[Edit] | None:
    last = line.rstrip()[-2:]
    # a credit ends with a name or a bracket, never with a sentence's punctuation ("...)." aside):
    # the search is skipped for the lines of running text, most lines of an article
    if (cues.tail is not None and words <= MAX_CAPTION_WORDS
            and (last[-1:] not in _NOT_CREDIT_END or last == ").")):
        match = cues.tail.search(line, max(0, len(line) - TAIL_WINDOW))
        if match:
            at = match.start()
            while at > 0 and line[at - 1].isspace():
                at -= 1
            if at > 0 and line[at - 1] in "([" and line.rstrip()[-1:] in ")]":
                # the credit's own bracket goes with it ("... Friday. (AP Photo/Evan Vucci)")
                at -= 1
                while at > 0 and line[at - 1].isspace():
                    at -= 1
            credit_start = start + at
            if at == 0:
                return [Edit(start, stop, "", "removed", "boilerplate.credit", 0.9,
                             removed_kind="credit")]
            caption = _TRAILING_SIGNS.sub("", line[:at])
            if _FINAL.search(caption) and len(caption.split()) > 25:
                # a sentence of the body that happens to end with a credit: keep the sentence
                return [Edit(credit_start, stop, "\n" if stop > start + len(line) else "",
                             "removed", "boilerplate.credit", 0.9, removed_kind="credit")]
            return [Edit(start, credit_start, "", "removed", "boilerplate.caption", 0.9,
                         removed_kind="caption"),
                    Edit(credit_start, stop, "", "removed", "boilerplate.credit", 0.9,
                         removed_kind="credit")]
    if words > max(max_words, MAX_CUE_WORDS):
        return None
    match = cues.line.match(line) if cues.line is not None else None
    # a long line is a blurb by its opening words only: a cue inside it ("... your inbox") may
    # belong to the article's own sentence
    # ... unless it closes the text, where a blurb that asks or sells may be long (the kind is
    # checked below)
    if match is None and cues.inside is not None and words <= max(max_words, MAX_CUE_WORDS):
        match = cues.inside.search(line)
        if match is not None and match.start() > cues.reach[match.lastgroup or ""]:
            match = None
    if match is None:
        return None
    kind, scope = cues.kinds[match.lastgroup or ""]
    if scope == "line" and _reports_speech(line, match.end(), speech_forms):
        return None
    if words > MAX_CUE_WORDS and kind not in _BLURB_KINDS:
        return None  # a long line closing the text is a blurb only when it asks or sells
    if scope == "meta":
        return [Edit(start, stop, "", "removed", f"boilerplate.{kind}", 0.8, removed_kind="other")]
    return [Edit(start, stop, "", "removed", f"boilerplate.{kind}", 0.85, removed_kind=kind)]
