"""Encoding damage: mojibake, leftover HTML entities, control characters and odd spaces.

Mojibake is UTF-8 read as Latin-1 / Windows-1252: "Ã¨" for "è", "â€™" for "’". ftfy repairs
it, but is slow, so it only sees the runs of text that carry a mojibake signature (a Latin-1
lead character followed by a continuation-like character); clean text never reaches it.
"""
from __future__ import annotations

import html
import re

import ftfy

from cronaca.clean.edits import Edit

# UTF-8 lead bytes (0xC2-0xF4) as Latin-1, then a continuation byte (0x80-0xBF) as Latin-1 or as
# its Windows-1252 glyph.
_CP1252_CONTINUATION = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf" + _CP1252_CONTINUATION + "]")
# A run of text that ftfy might change: anything outside plain printable ASCII.
_SUSPECT = re.compile(r"[^\x20-\x7e\n\t]+(?:[\x20-\x7e]{0,3}[^\x20-\x7e\n\t]+)*")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_FTFY = ftfy.TextFixerConfig(unescape_html=False, fix_line_breaks=True, normalization=None,
                             uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False, explain=False)


def propose(text: str) -> list[Edit]:
    """Edits that undo encoding damage, each a minimal span so the repair is easy to audit."""
    edits: list[Edit] = []
    if _MOJIBAKE_HINT.search(text):
        for match in _SUSPECT.finditer(text):
            chunk = match.group(0)
            if not _MOJIBAKE_HINT.search(chunk):
                continue
            fixed = ftfy.fix_text(chunk, _FTFY)
            if fixed != chunk:
                edits.append(Edit(match.start(), match.end(), fixed, "mojibake", "encoding.ftfy",
                                  0.95))
    if "&" in text:
        for match in _ENTITY.finditer(text):
            fixed = html.unescape(match.group(0))
            if fixed != match.group(0):
                edits.append(Edit(match.start(), match.end(), fixed, "other",
                                  "encoding.html_entity"))
    for match in _CONTROL.finditer(text):
        edits.append(Edit(match.start(), match.end(), "", "whitespace", "encoding.control_char"))
    for match in _ODD_SPACE.finditer(text):
        edits.append(Edit(match.start(), match.end(), " ", "whitespace", "encoding.odd_space",
                          silent=True))
    return edits
