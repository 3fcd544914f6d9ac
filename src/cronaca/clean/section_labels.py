"""A news site's section names left in plain text: the page's rubric, its menu, its breadcrumb.

Why: a copied page keeps the words of its navigation ("Deportes", "Internacional", "Inicio ›
Política"), which are no part of the article. The names are language data
(lang/<code>/section_labels.txt). One name alone says little in the middle of a text (a
subhead "Salud" opens a section of the article), so a name counts only where a page puts it:
- alone on one of the first lines: the rubric above or under the headline;
- three or more short lines in a row, most of them names: a menu (an article does not set
  names of sections one under the other; a list of its own has bullets or sentences);
- one line of names joined by breadcrumb separators ("Inicio › Deportes › Fútbol").
"""
from __future__ import annotations

import re
from collections.abc import Callable

MIN_MENU_ITEMS = 3       # short lines in a row that make a menu ...
MIN_MENU_SHARE = 2 / 3   # ... and the share of them that are section names
MAX_ITEM_WORDS = 4       # a menu item is a name, not a sentence
_BREADCRUMB = re.compile(r"\s+[›>»/|·]\s+|\s*[›»]\s*")
_EDGE_PUNCT = re.compile(r"^[\s\-–—•*·▪|>›»]+|[\s|>›»]+$")


def normal(line: str) -> str:
    """A line as it is looked up among the names: lower case, without bullets or separators at
    its edges. A closing colon stays: "Musik:" announces what follows, it names no section."""
    return " ".join(_EDGE_PUNCT.sub("", line).lower().split())


def menu_runs(lines: list[tuple[int, int, str]], is_name: Callable[[str], bool],
              item: Callable[[str], bool]) -> list[tuple[int, int]]:
    """(first, last) line indices of each menu: MIN_MENU_ITEMS or more ``item`` lines (short, no
    sentence) in a row, MIN_MENU_SHARE of them section names. Runs are cut at the first and
    last name, so that the article's heading beside a menu is not taken with it."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        last = index
        while last < len(lines) and item(lines[last][2]):
            last += 1
        names = [i for i in range(index, last) if is_name(lines[i][2])]
        if len(names) >= MIN_MENU_ITEMS:
            first, end = names[0], names[-1]
            if len(names) >= MIN_MENU_SHARE * (end - first + 1):
                found.append((first, end))
        index = max(last, index + 1)
    return found


def breadcrumb(line: str, is_name: Callable[[str], bool]) -> bool:
    """Section names joined by breadcrumb separators ("Inicio › Deportes › Fútbol", "Home / News /
    World"): two or more parts, every one short, the first and at least half of them names."""
    parts = [p for p in _BREADCRUMB.split(line.strip()) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > MAX_ITEM_WORDS for p in parts):
        return False
    named = sum(1 for p in parts if is_name(p))
    return is_name(parts[0]) and 2 * named >= len(parts)
