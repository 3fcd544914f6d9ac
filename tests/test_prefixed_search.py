"""prefixed_search: the same matches as re.finditer, found from the patterns' literal openings."""
import re

from cronaca.prefixed_search import PrefixedPattern, openings

TEXT = ("The senator spoke. Then the former lawmaker left; bathe the 42-year-old.\n"
        "Der gab auf. Dieser kam. Oder Der? Der Politiker sagte, der Abgeordnete Max Weber nicht.")


def spans(pattern: str, text: str = TEXT) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    compiled = re.compile(pattern)
    return ([m.span() for m in compiled.finditer(text)],
            [m.span() for m in PrefixedPattern.of(compiled).finditer(text)])


def test_openings_of_a_word_boundary_and_a_class() -> None:
    assert openings(re.compile(r"\b[Tt]he (?:\d+-year-old|former )")) == {"The ", "the "}


def test_openings_skip_lookbehinds_and_anchors() -> None:
    assert openings(re.compile(r"(?:^|(?<=[.!?:] )|(?<=\n))(?:Der|Dieser)\b")) == {"Der", "Dieser"}


def test_no_openings_when_a_match_may_start_anywhere() -> None:
    assert openings(re.compile(r"\d+-year-old")) is None
    assert openings(re.compile(r"the", re.IGNORECASE)) is None


def test_same_matches_as_finditer_with_a_word_boundary() -> None:
    old, new = spans(r"\b[Tt]he (?:\d+-year-old|former (?:lawmaker|senator))\b")
    assert new == old == [(24, 43), (56, 71)]


def test_same_matches_as_finditer_with_a_lookbehind_at_sentence_starts() -> None:
    old, new = spans(r"(?:^|(?<=[.!?:] )|(?<=\n))(?:Der|Dieser)\b")
    assert new == old and len(old) == 3  # "Der gab", "Dieser kam", "Der Politiker" (not "Oder Der?")


def test_matches_do_not_overlap() -> None:
    old, new = spans(r"\b[Dd]er (?:Politiker|Abgeordnete)\b(?: \w+)*", "der Politiker der Abgeordnete")
    assert new == old == [(0, 29)]
