"""One big alternation of cue rows, matched at a line's start, without trying every row on
every line.

Why: Python's regex engine tries the alternatives of ``head(?:(?P<c0>...)|(?P<c1>...)|...)`` one
after the other at each start position; with a hundred rows, most lines of a page (short lines,
none of them boilerplate) pay for a hundred failed attempts. Two facts read off each row's parse
tree tell which rows a line cannot match: the characters a match can begin with (case-folded),
and a fixed string every match holds ("contributed " in "[\\w ,-]{3,80}\\bcontributed ..."; one
of "read more" / "see also" for a group of alternatives). A line keeps only the rows that pass
both tests, and each kept row, compiled once on its own behind the head, is tried. Both tests
only ever let a row through that might match, so the match (its span and its ``lastgroup``) is the
one the full alternation gives: when one row matches, the alternation can only match that row, and
the same way; when several do (rare), the alternation of just those rows, in their order, decides.
Why not compile the alternation of the kept rows: the sets differ from line to line, and on pages
never seen before each new set cost a compile (milliseconds), most of the clean stage's time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _parser  # the stdlib's own parse of a pattern: no second regex grammar here

MAX_NARROW = 8       # a row that may begin on more characters than this is "broad"
MAX_CLASS_STRINGS = 4  # a character class of at most this many characters is a required set
MAX_RANGE = 512      # a character class wider than this counts as "any character"
MAX_COMPILED = 4096  # sets of several matching rows kept compiled (few ever occur)

Chars = frozenset[str] | None  # None: any character may begin a match


def _fold(char: str) -> str:
    """The case-folded first character: what an IGNORECASE match of ``char`` looks like after
    ``str.casefold`` (ſ and s, K and the Kelvin sign fold together, as the engine matches them)."""
    folded = char.casefold()
    return folded[:1] or char


def _first(items: list) -> tuple[Chars, bool]:
    """(characters a match of the sequence may begin with, whether it may match empty)."""
    found: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def _first_of(op: object, av: object) -> tuple[Chars, bool]:
    if op is _parser.LITERAL:
        return frozenset({_fold(chr(av))}), False  # type: ignore[arg-type]
    if op is _parser.IN:
        return _class_chars(av), False  # type: ignore[arg-type]
    if op is _parser.SUBPATTERN:
        return _first(list(av[3]))  # type: ignore[index]
    if op is _parser.ATOMIC_GROUP:
        return _first(list(av))  # type: ignore[arg-type]
    if op is _parser.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in av[1]:  # type: ignore[index]
            chars, branch_empty = _first(list(branch))
            if chars is None:
                return None, False
            found |= chars
            empty = empty or branch_empty
        return frozenset(found), empty
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, _high, sub = av  # type: ignore[misc]
        chars, empty = _first(list(sub))
        return chars, empty or low == 0
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return frozenset(), True  # zero width: ignoring a lookaround only lets more rows through
    return None, False  # ANY, NOT_LITERAL, group references: anything may begin the match


def _class_chars(items: list) -> Chars:
    found: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL:
            found.add(_fold(chr(av)))
        elif op is _parser.RANGE and av[1] - av[0] <= MAX_RANGE:
            found.update(_fold(chr(c)) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s), a very wide range
            return None
    return frozenset(found)


_SPACES = tuple(chr(c) for c in range(0x3000 + 1) if chr(c).isspace())  # what "\s" matches
_NO_SPACE = (_parser.CATEGORY_NOT_SPACE, _parser.CATEGORY_WORD, _parser.CATEGORY_DIGIT)


def _space_first(items: list) -> tuple[bool, bool]:
    """(whether a match of the sequence may begin on a space, whether it may match empty)."""
    for op, av in items:
        space, empty = _space_first_of(op, av)
        if space:
            return True, False
        if not empty:
            return False, False
    return False, True


def _space_first_of(op: object, av: object) -> tuple[bool, bool]:
    if op is _parser.LITERAL:
        return chr(av).isspace(), False  # type: ignore[arg-type]
    if op is _parser.IN:
        return _class_has_space(av), False  # type: ignore[arg-type]
    if op is _parser.SUBPATTERN:
        return _space_first(list(av[3]))  # type: ignore[index]
    if op is _parser.ATOMIC_GROUP:
        return _space_first(list(av))  # type: ignore[arg-type]
    if op is _parser.BRANCH:
        found = [_space_first(list(branch)) for branch in av[1]]  # type: ignore[index]
        return any(space for space, _ in found), any(empty for _, empty in found)
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        space, empty = _space_first(list(av[2]))  # type: ignore[index]
        return space, empty or av[0] == 0  # type: ignore[index]
    if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
        return False, True
    return True, False  # ANY, NOT_LITERAL, group references


def _class_has_space(items: list) -> bool:
    if items and items[0][0] is _parser.NEGATE:
        return True  # "[^.!?]": a space among the rest
    for op, av in items:
        if op is _parser.LITERAL and chr(av).isspace():
            return True
        if op is _parser.RANGE and any(av[0] <= ord(c) <= av[1] for c in _SPACES):
            return True
        if op is _parser.CATEGORY and av not in _NO_SPACE:
            return True
    return False


def _required(items: list) -> list[tuple[str, ...]]:
    """Sets of fixed strings (case-folded) such that every match of the sequence holds one
    string of each set. A run of literals gives a set of one string, a small character class
    ("[-–—]") a set of one-character strings, a group or a part repeated at least once the sets
    of its own (a group of alternatives: one set, a string from each alternative)."""
    options: list[tuple[str, ...]] = []
    run = ""
    for op, av in items:
        if op is _parser.LITERAL:
            run += chr(av)  # type: ignore[arg-type]
            continue
        if run:
            options.append((run,))
        run = ""
        options.extend(_required_of(op, av))
    if run:
        options.append((run,))
    return [tuple(s.casefold() for s in strings) for strings in options]


def _required_of(op: object, av: object) -> list[tuple[str, ...]]:
    if op is _parser.SUBPATTERN:
        return _required(list(av[3]))  # type: ignore[index]
    if op is _parser.ATOMIC_GROUP:
        return _required(list(av))  # type: ignore[arg-type]
    if op is _parser.BRANCH:
        found: list[str] = []
        for branch in av[1]:  # type: ignore[index]
            options = _required(list(branch))
            if not options:
                return []
            found.extend(_most_selective(options))
        return [tuple(found)]
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
        return _required(list(av[2]))  # type: ignore[index]
    if op is _parser.IN and len(av) <= MAX_CLASS_STRINGS and all(  # type: ignore[arg-type]
            item_op is _parser.LITERAL for item_op, _ in av):  # type: ignore[union-attr]
        return [tuple(chr(c) for _, c in av)]  # type: ignore[union-attr]
    return []


def _most_selective(options: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The set least likely to be found by chance: longest shortest string, then fewest strings."""
    return max(options, key=lambda strings: (min(len(s) for s in strings), -len(strings)))


def _tests(options: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The sets a line is tested for: the most selective one and, when another set is a single
    string (a bracket, a word), that one too; testing every set costs more than it saves."""
    if not options:
        return ()
    best = _most_selective(options)
    single = [o for o in options if len(o) == 1 and o != best]
    return (_most_selective(single), best) if single else (best,)  # the single string first: one test


@dataclass
class RowAlternation:
    """``head`` followed by the alternation of ``rows`` (each a complete "(?P<name>...)"
    group), matched at a line's start like ``re.compile(head + "(?:" + "|".join(rows) + ")")``.
    ``head_chars``: the characters besides whitespace that ``head`` may consume (its match is
    made of them only)."""
    head: str
    rows: tuple[str, ...]
    head_chars: str
    flags: int = 0
    _by_start: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = field(init=False, repr=False)
    _any_start: tuple[tuple[int, ...], tuple[int, ...]] = field(init=False, repr=False)
    _required: list[tuple[tuple[str, ...], ...]] = field(init=False, repr=False)
    _space_start: list[bool] = field(init=False, repr=False)  # a match may begin on a space
    _single: list[re.Pattern[str] | None] = field(init=False, repr=False)  # head + one row, compiled on first use
    _compiled: dict[tuple[int, ...], re.Pattern[str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts: list[Chars] = []
        self._required, self._space_start = [], []
        for row in self.rows:
            tree = list(_parser.parse(row, self.flags).data)
            starts.append(_first(tree)[0])
            self._space_start.append(_space_first(tree)[0])
            self._required.append(_tests(_required(tree)))

        def split(rows: list[int]) -> tuple[tuple[int, ...], tuple[int, ...]]:
            """Rows that may begin on a line's first character: (narrow, broad). A narrow row
            fails within a few characters in C; a broad one (a name, "\\w+") may scan far, so
            it runs only on lines that hold its required strings."""
            broad = [n for n in rows if (starts[n] is None or len(starts[n]) > MAX_NARROW)
                     and self._required[n]]
            return tuple(n for n in rows if n not in broad), tuple(broad)

        self._any_start = split([n for n, chars in enumerate(starts) if chars is None])
        every = {c for chars in starts if chars is not None for c in chars}
        self._by_start = {c: split([n for n, chars in enumerate(starts) if chars is None or c in chars])
                          for c in every}
        self._single = [None] * len(self.rows)
        self._compiled = {}

    def _row_pattern(self, row: int) -> re.Pattern[str]:
        pattern = self._single[row]
        if pattern is None:
            pattern = self._single[row] = re.compile(self.head + "(?:" + self.rows[row] + ")", self.flags)
        return pattern

    def _holds(self, row: int, folded: str) -> bool:
        """The line (case-folded) holds a string of each of the row's required sets."""
        for strings in self._required[row]:
            for string in strings:
                if string in folded:
                    break
            else:
                return False
        return True

    def match(self, line: str) -> re.Match[str] | None:
        # a row may start on any character the head may take, or on the one after them
        at = 0
        while at < len(line) and (line[at].isspace() or line[at] in self.head_chars):
            at += 1
        if at == 0:  # most lines: a row can only start on the first character
            narrow, broad = self._by_start.get(line[:1].casefold()[:1], self._any_start)
        else:
            found = [self._by_start.get(_fold(c), self._any_start) for c in line[:at + 1]]
            narrow = tuple(sorted({n for rows, _ in found for n in rows}))
            broad = tuple(sorted({n for _, rows in found for n in rows}))
        if broad:
            folded = line.casefold()
            passed = [n for n in broad if self._holds(n, folded)]
            keep = tuple(sorted(narrow + tuple(passed))) if passed else narrow
        else:
            keep = narrow
        if not keep:
            return None
        # Leading spaces: the head's two "\s*" would try every way of sharing them out (quadratic
        # in their number). When no kept row begins on a space, only the head's greedy path can
        # lead to a match, and it is the path that starting after the spaces takes; the match
        # found is the same (its span starts after the spaces).
        pos = 0
        if line[:1].isspace():
            lead = len(line) - len(line.lstrip())
            if lead and not any(self._space_start[n] for n in keep):
                pos = lead
        # a row that matches on no path of the head plays no part in the alternation
        matched: list[tuple[int, re.Match[str]]] = []
        for n in keep:
            match = self._row_pattern(n).match(line, pos)
            if match is not None:
                matched.append((n, match))
        if len(matched) <= 1:
            return matched[0][1] if matched else None
        rows = tuple(n for n, _ in matched)
        pattern = self._compiled.get(rows)
        if pattern is None:
            if len(self._compiled) >= MAX_COMPILED:
                self._compiled.clear()
            pattern = re.compile(self.head + "(?:" + "|".join(self.rows[n] for n in rows) + ")", self.flags)
            self._compiled[rows] = pattern
        return pattern.match(line, pos)
