"""A plain three-paragraph news body in each language, for boilerplate tests: a line put between
its paragraphs (or after them) must go, and the body's own sentences must stay."""
from __future__ import annotations

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity

BODY = {
    "en": ("The government approved a reform of the pension system on Tuesday, the ministry said.\n"
           "The measure, which takes effect next year, has been criticised by unions.\n"
           "The minister defended the reform at a news conference.\n"),
    "de": ("Die Bundesregierung hat am Dienstag eine Reform der Rentenversicherung beschlossen.\n"
           "Die Maßnahme soll im kommenden Jahr in Kraft treten, die Gewerkschaften kritisieren sie.\n"
           "Der Minister verteidigte die Reform auf einer Pressekonferenz.\n"),
    "es": ("El Gobierno aprobó este martes una reforma del sistema de pensiones, según el ministerio.\n"
           "La medida, que entrará en vigor el próximo año, ha sido criticada por los sindicatos.\n"
           "El ministro defendió la reforma en una rueda de prensa.\n"),
    "fr": ("Le gouvernement a adopté mardi une réforme du système des retraites, a annoncé le ministère.\n"
           "La mesure, qui entrera en vigueur l'an prochain, a été critiquée par les syndicats.\n"
           "Le ministre a défendu la réforme lors d'une conférence de presse.\n"),
    "it": ("Il governo ha approvato martedì una riforma del sistema pensionistico, ha annunciato il ministero.\n"
           "La misura, che entrerà in vigore il prossimo anno, è stata criticata dai sindacati.\n"
           "Il ministro ha difeso la riforma in una conferenza stampa.\n"),
}


def removals(text: str, lang: str) -> list[tuple[str, str]]:
    """(kind, text) of every removal the boilerplate pass makes, as integrity.removed records them."""
    integrity = Integrity()
    apply(text, boilerplate.propose(text, lang), integrity)
    return [(r.kind, r.text.strip()) for r in integrity.removed]


def amid(line: str, lang: str) -> str:
    """The line between the second and the third paragraph of the plain article."""
    first, second, third = BODY[lang].splitlines(keepends=True)
    return first + second + line + "\n" + third
