"""Whitespace layout: one paragraph per line, no trailing spaces, no runs of blank lines."""
from __future__ import annotations

import re

from cronaca.clean.edits import Edit

_CRLF = re.compile(r"\r\n?")
_TRAILING = re.compile(r"[ \t]+(?=\n)|[ \t]+\Z")
_BLANK_RUN = re.compile(r"\n\s*\n\s*(?=\S)|\n\s+\Z|\A\s+")
_INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def propose(text: str) -> list[Edit]:
    # Cheap substring checks first: most texts need none of these regexes.
    edits = []
    if "\r" in text:
        edits += [Edit(m.start(), m.end(), "\n", "whitespace", "layout.crlf", silent=True)
                  for m in _CRLF.finditer(text)]
    if " \n" in text or "\t" in text or text.endswith(" "):
        edits += [Edit(m.start(), m.end(), "", "whitespace", "layout.trailing", silent=True)
                  for m in _TRAILING.finditer(text)]
    if "  " not in text and "\t" not in text and "\n\n" not in text and "\n " not in text \
            and not text[:1].isspace() and not text[-1:].isspace() and "\n\t" not in text \
            and "\n\r" not in text:
        return edits
    for m in _BLANK_RUN.finditer(text):
        replacement = "" if m.start() == 0 or m.end() == len(text) else "\n"
        edits.append(Edit(m.start(), m.end(), replacement, "whitespace", "layout.blank_lines",
                          silent=True))
    if "  " in text or "\t" in text:
        edits += [Edit(m.start(), m.end(), " ", "whitespace", "layout.spaces")
                  for m in _INNER_SPACES.finditer(text)]
    return edits
