"""A picture's credit closing its caption after the caption's full stop, without a cue word:
"Verstappen y Russell, durante la primera vuelta del GP de Qatar. AFP", "... in Israel nach dem
Urteil. Ammar Awad / Reuters", "... por la bahía Fildes. Camila Buvinic".

Why: many sites print the credit right after the caption's sentence, with no "Foto:" before it,
and a plain-text copy keeps both on one line. An article's paragraph ends on its punctuation; what
follows the last full stop of a caption line is a short run of names that does not end a
sentence: an agency in capitals ("EFE", "AP"), a photographer and an outlet joined by a slash or
by "via" ("Ammar Awad / Reuters", "AFP via Getty Images"), a picture word of the language
("Cortesía", "Archivo", "Courtesy ..."), or a person's name alone (two to four capitalised words).
A paragraph the agency signs writes it in brackets ("... el lunes. (EFE)") and stays: brackets are
not read here, unless a photographer's name in capitals stands before them ("... este martes. JAVIER
LIZÓN (EFE)"): a signature is the agency alone. An agency or a picture service the language's
credit cues know as a whole line ("Europa Press", "LaPresse") closes a caption as well. Measured on the clean article bodies of fundus and scrapinghub-aeb (7,500 lines),
none of these shapes closes a line; on the figcaptions of the dev pages they close one in ten.
"""
from __future__ import annotations

import re
from collections.abc import Callable

MAX_CREDIT_CHARS = 60
MAX_CREDIT_WORDS = 7
MIN_CAPTION_WORDS = 3   # the sentence before the credit says who or what is shown
MAX_CAPS_CAPTION_WORDS = 20  # ... and is this short before initials alone ("... an hour. AP")
# the last sentence end of the line, then the credit (a comment count may trail: "... 32")
_TAIL = re.compile(r"[.!?…][\"'”’»]?\s+(?P<credit>[^\s.!?…:;,\"'”’«»(][^!?…:;,\"”«»()]*?)"
                   r"(?:\s+\d{1,3})?\s*$")
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*"  # "Reuters", "AFP", "J."
_PARTICLE = r"(?:de|del|da|di|van|von|der|den|du|dos|la|le|y|e|et|und|and)"
_NAME = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE}))*")
_CAPS = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,6}")
_JOINED = re.compile(r"\s*/\s*|\s+v[ií]a\s+")
# a photographer in capitals and the agency in brackets: "JAVIER LIZÓN (EFE)", "KAY NIETFELD (DPA)"
_CAPS_NAME_AGENCY = re.compile(r"[.!?…][\"'”’»]?\s+(?P<credit>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+"
                               r"(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){1,3}\s*\([A-Za-zÀ-ÿ]{2,8}\))\s*$")


def credit_start(line: str, picture_words: frozenset[str],
                 is_name: Callable[[str], bool],
                 is_credit_line: Callable[[str], bool] = lambda credit: False) -> int | None:
    """Offset in ``line`` where a credit closing a caption begins, or None. The credit is what
    follows the line's last sentence end; the caption before it has MIN_CAPTION_WORDS words.
    ``is_name`` tells a person's name alone (a given name of the language first: German writes
    its nouns in capitals, "Beim Preisniveau" is no name); ``is_credit_line`` a line the
    language's cues remove whole as a credit ("Europa Press")."""
    bracketed = _CAPS_NAME_AGENCY.search(line)
    if bracketed is not None and len(line[:bracketed.start("credit")].split()) >= MIN_CAPTION_WORDS:
        return bracketed.start("credit")
    match = _TAIL.search(line)
    if match is None:
        return None
    credit, caption = match.group("credit").strip(), line[:match.start("credit")]
    if (credit.endswith(".") or len(credit) > MAX_CREDIT_CHARS
            or len(credit.split()) > MAX_CREDIT_WORDS or len(caption.split()) < MIN_CAPTION_WORDS):
        return None
    if _is_credit(credit, caption, picture_words, is_name) or is_credit_line(credit):
        return match.start("credit")
    return None


def _is_credit(credit: str, caption: str, picture_words: frozenset[str],
               is_name: Callable[[str], bool]) -> bool:
    first = credit.split()[0].lower().rstrip(".")
    # "Cortesía", "Archivo/La República", "Courtesy NASA"; a "©" line is the tail rows' to read
    # (they know "© Riproduzione riservata" is a copyright notice of the text, no credit)
    if first in picture_words and first.isalpha():
        return True
    parts = _JOINED.split(credit)
    if len(parts) > 1:  # "Ammar Awad / Reuters", "Getty Images/Juanmonino", "AFP via Getty Images"
        return all(_NAME.fullmatch(p) or _CAPS.fullmatch(p) for p in parts if p)
    if all(_CAPS.fullmatch(w) for w in credit.split()):  # "EFE", "AP", "AFP"
        # the weakest sign: an outlet's initials also sign a paragraph ("... inner city. DM"),
        # so the sentence before them must be as short as a caption's
        return len(credit.split()) <= 2 and len(caption.split()) <= MAX_CAPS_CAPTION_WORDS
    return is_name(credit)  # a photographer alone: "Camila Buvinic"
