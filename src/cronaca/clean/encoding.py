"""Encoding damage: mojibake, leftover HTML entities, control characters and odd spaces."""
from __future__ import annotations

import html
import re

import ftfy

from cronaca.clean.edits import Edit

# A run of text that ftfy might change: anything outside plain printable ASCII, or an entity.
_SUSPECT = re.compile(r"[^\x20-\x7e\n\t]+(?:[\x20-\x7e]{0,3}[^\x20-\x7e\n\t]+)*|&#?\w{2,8};")
_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_FTFY = ftfy.TextFixerConfig(unescape_html=False, fix_line_breaks=True, normalization=None,
                             uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False, explain=False)


def propose(text: str) -> list[Edit]:
    """Edits that undo encoding damage, each a minimal span so the repair is easy to audit."""
    edits: list[Edit] = []
    for match in _SUSPECT.finditer(text):
        chunk = match.group(0)
        if _ENTITY.fullmatch(chunk):
            fixed = html.unescape(chunk)
            if fixed != chunk:
                edits.append(Edit(match.start(), match.end(), fixed, "other", "encoding.html_entity"))
            continue
        fixed = ftfy.fix_text(chunk, _FTFY)
        if fixed != chunk:
            edits.append(Edit(match.start(), match.end(), fixed, "mojibake", "encoding.ftfy", 0.95))
    for match in _ENTITY.finditer(text):
        if not any(e.start <= match.start() < e.end for e in edits):
            fixed = html.unescape(match.group(0))
            if fixed != match.group(0):
                edits.append(Edit(match.start(), match.end(), fixed, "other", "encoding.html_entity"))
    for match in _CONTROL.finditer(text):
        edits.append(Edit(match.start(), match.end(), "", "whitespace", "encoding.control_char"))
    for match in _ODD_SPACE.finditer(text):
        edits.append(Edit(match.start(), match.end(), " ", "whitespace", "encoding.odd_space",
                          silent=True))
    return edits
