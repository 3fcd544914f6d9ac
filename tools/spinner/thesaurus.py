"""Read English thesauri shipped as Debian packages into one word graph (build time only).

Sources (install with ``apt-get install wordnet-base libaiksaurus-1.2-data``):
- WordNet 3.0 database files (/usr/share/wordnet): words of one synset are synonyms; a noun or verb
  is also linked to the words of its direct hypernym and hyponym synsets ("chief" -> "leader"),
  an adjective to its "similar to" cluster. WordNet licence: permissive (Princeton).
- Aiksaurus (/usr/share/aiksaurus/words.dat, a subset of the Moby thesaurus): words that share a
  meaning group are synonyms. Aiksaurus licence: GPL-2+.
Only single lower-case ASCII words are kept: a spinner swaps one token for one token, and
multi-word synonyms cannot be aligned back to one token.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
AIKSAURUS = Path("/usr/share/aiksaurus")
_WORD = re.compile(r"[a-z]{2,}")
_WN_LINKS = {"@", "~", "@i", "~i", "&"}  # hypernym, hyponym (and instance), similar to
_WN_FILES = (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv"))

#: word -> {synonym: weight}; WordNet links weigh 1, Aiksaurus ones AIKSAURUS_WEIGHT (its
#: meaning groups are broad and mix senses: "chief" shares one with "super" and "lord").
Graph = dict[str, dict[str, float]]
AIKSAURUS_WEIGHT = 0.3


def _clean(word: str) -> str | None:
    """A single lower-case word, or None (names and acronyms like "Durante", "DA" are not synonyms)."""
    word = re.sub(r"\([a-z]+\)$", "", word)
    return word if _WORD.fullmatch(word) else None


def wordnet_groups(root: Path = WORDNET) -> tuple[list[set[str]], list[tuple[int, int]]]:
    """Synsets as word sets, and the (synset, synset) links worth following."""
    index: dict[tuple[str, str], int] = {}
    groups: list[set[str]] = []
    raw_links: list[tuple[tuple[str, str], tuple[str, str]]] = []
    for pos, name in _WN_FILES:
        with (root / f"data.{name}").open(encoding="latin-1") as fh:
            for line in fh:
                if line.startswith("  "):
                    continue  # licence header
                parts = line.split(" | ", 1)[0].split()
                key = (parts[0], pos)
                count = int(parts[3], 16)
                words = {w for w in (_clean(parts[4 + 2 * i]) for i in range(count)) if w}
                index[key] = len(groups)
                groups.append(words)
                i = 4 + 2 * count
                for _ in range(int(parts[i])):
                    symbol, offset, target_pos = parts[i + 1], parts[i + 2], parts[i + 3]
                    i += 4
                    if symbol in _WN_LINKS:
                        target_pos = "a" if target_pos in "as" else target_pos
                        raw_links.append((key, (offset, target_pos)))
    links = [(index[a], index[b]) for a, b in raw_links if a in index and b in index]
    return groups, links


def aiksaurus_groups(root: Path = AIKSAURUS) -> list[set[str]]:
    """Meaning groups of Aiksaurus: words.dat is ``word\\0`` then 16-bit meaning ids up to 0xffff."""
    data = (root / "words.dat").read_bytes()
    meanings: dict[int, set[str]] = defaultdict(set)
    pos = 0
    while pos < len(data):
        end = data.index(b"\x00", pos)
        word = _clean(data[pos:end].decode("latin-1").replace(":", " "))
        pos = end + 1
        while data[pos:pos + 2] != b"\xff\xff":
            if word:
                meanings[int.from_bytes(data[pos:pos + 2], "big")].add(word)
            pos += 2
        pos += 2
    return [meanings[k] for k in sorted(meanings)]


def load_graph() -> Graph:
    """Undirected weighted synonym graph over single English words (synonymy is symmetric)."""
    graph: Graph = defaultdict(dict)

    def link(words_a: set[str], words_b: set[str], weight: float) -> None:
        for a in words_a:
            nbrs = graph[a]
            for b in words_b:
                if b != a and nbrs.get(b, 0.0) < weight:
                    nbrs[b] = weight
                    graph[b][a] = max(graph[b].get(a, 0.0), weight)

    groups, links = wordnet_groups()
    for words in groups:
        link(words, words, 1.0)
    for a, b in links:
        link(groups[a], groups[b], 1.0)
    if (AIKSAURUS / "words.dat").exists():
        for words in aiksaurus_groups():
            link(words, words, AIKSAURUS_WEIGHT)
    return dict(graph)
