"""A verb form does not follow an article: the repair prefers a noun original there.

"municipality" is the English spinner's word for Italian "province" (feminine plural) and for
"state" (the participle of "essere", as in "sono state arrestate"). After "nelle" or "le" a noun
stands, not a participle: with the relative "provincia" in the article, "province" wins there;
where no article stands before the token, the lexicon's first choice "state" is kept.
"""
from __future__ import annotations

from cronaca.clean import spinner
from cronaca.clean.edits import apply
from cronaca.document import Integrity

REPORT = ("Ogni provincia riceve un punteggio per reddito, servizi e sicurezza. "
          "La classifica annuale misura la qualità della vita nelle municipality italiane. ")


def repairs(text: str, lang: str) -> list[tuple[str, str, str]]:
    integrity = Integrity()
    apply(text, spinner.propose(text, lang), integrity)
    return [(r.kind, r.before, r.after) for r in integrity.repairs]


def test_italian_verb_form_is_not_restored_after_an_article():
    text = REPORT + "In testa restano le municipality del nord."
    assert repairs(text, "it") == [("substitution", "municipality", "province")] * 2


def test_italian_verb_form_is_restored_where_no_article_stands_before():
    text = "Quindici persone sono municipality arrestate ieri. " + REPORT.split(". ")[0] + "."
    assert repairs(text, "it") == [("substitution", "municipality", "state")]


def test_verb_forms_list_holds_the_participle_not_the_noun():
    forms = spinner.Detector.for_language("it").verb_forms
    assert "state" in forms
    assert "province" not in forms
