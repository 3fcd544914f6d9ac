"""Two speaker constructions around a name in apposition or a long aside:
- a title naming a body, then the person in commas ("el director del Grupo de Búsqueda, Hugo Bustos,"):
  a later verb with no subject carries over the person, not the body after the preposition;
- a name the subject window cuts through ("Il presidente Robert Mugabe, invitato ... a dimettersi,
  ha affermato"): the whole name speaks, not its last word."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_person_in_apposition_to_a_title_of_a_body_is_carried_over():
    doc = make_doc("El investigador chileno y director del Grupo de Búsqueda, Hugo Bustos, el 90% de los vehículos "
                   "robados en su país están en posesión de autoridades, por lo que asegura que es difícil "
                   "recuperarlos.", "es",
                   {"P1": ("PERSON", ["Hugo Bustos"]), "O1": ("ORG", ["Grupo de Búsqueda"]), "C1": ("COUNTRY", ["chileno"])})
    assert quotes(doc) == [("es difícil recuperarlos", "P1")]


def test_body_after_a_preposition_with_no_person_in_apposition_still_speaks():
    doc = make_doc("El director del Grupo de Búsqueda, el 90% de los vehículos robados en su país están en posesión "
                   "de autoridades, por lo que asegura que es difícil recuperarlos.",
                   "es", {"O1": ("ORG", ["Grupo de Búsqueda"])})
    assert quotes(doc) == [("es difícil recuperarlos", "O1")]


def test_name_cut_by_the_subject_window_speaks_whole():
    doc = make_doc("Il presidente Robert Mugabe, invitato dalla comunità internazionale nei giorni scorsi a "
                   "dimettersi, ha affermato: «Non svenderò mai il mio paese».", "it",
                   {"P1": ("PERSON", ["Robert Mugabe"])})
    assert quotes(doc) == [("Non svenderò mai il mio paese", "P1")]


def test_coordinated_verb_shares_the_person_apposed_to_the_clause_subject_after_a_colon():
    doc = make_doc("Dure le reazioni: un membro della segreteria di Sinistra Ecologia e Libertà, Claudio Fava, "
                   "figlio del giornalista Giuseppe Fava, vittima di Cosa Nostra, non ha girato intorno "
                   "all'argomento e ha affermato che «Grillo parla come un mafioso senza essere originale».", "it",
                   {"P1": ("PERSON", ["Claudio Fava"]), "P2": ("PERSON", ["Giuseppe Fava"]),
                    "O1": ("ORG", ["Sinistra Ecologia e Libertà"]), "O2": ("ORG", ["Cosa Nostra"])})
    assert ("Grillo parla come un mafioso senza essere originale", "P1") in quotes(doc)
