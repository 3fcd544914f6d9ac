"""Constructions found missing or misattributed on the recall sheet of untuned Italian and French news
(tools/quotes/judged/recall_it_fr_2026-12-01.tsv): whom a speaker told is no speaker, French causative
verbs of saying in finite forms, fixed phrases holding a verb of saying that report nothing, the clause
after "secondo X," reported with the quoted words it holds."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

SIGHINOLFI = ("PERSON", ["don Davide Sighinolfi", "don Davide"])


def found(text, lang, entities):
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.speaker_text) for q in find_quotes(doc)]


def test_addressee_after_a_singular_verb_inside_the_quotation_leaves_the_subject_zero():
    text = ("Anche don Davide c'è rimasto male, ma evita sfoghi. «Ero andato a pranzo dai miei - ha raccontato "
            "alle forze dell'ordine - e penso che il furto sia avvenuto poco dopo».")
    quotes = found(text, "it", {"x:person:sighinolfi": SIGHINOLFI})
    assert [(t, s) for t, s, _ in quotes] == [("Ero andato a pranzo dai miei", "x:person:sighinolfi"),
                                             ("e penso che il furto sia avvenuto poco dopo", "x:person:sighinolfi")]


def test_named_addressee_inside_the_quotation_is_not_the_speaker():
    text = ("Il sindaco Mario Rossi è arrivato ieri. «Non ci fermeremo - ha spiegato al prefetto Carlo Bianchi - "
            "e andremo avanti».")
    entities = {"x:person:rossi": ("PERSON", ["Mario Rossi"]), "x:person:bianchi": ("PERSON", ["Carlo Bianchi"])}
    assert [s for _, s, _ in found(text, "it", entities)] == ["x:person:rossi", "x:person:rossi"]


def test_plural_verb_with_a_place_after_it_still_speaks_from_that_place():
    text = "Il bar è stato svaligiato. «Hanno preso tutto - dicono alla polisportiva Quattro Ville - anche le paste»."
    entities = {"x:org:ville": ("ORG", ["polisportiva Quattro Ville"])}
    assert [s for _, s, _ in found(text, "it", entities)] == ["x:org:ville", "x:org:ville"]


def test_causative_verb_of_saying_in_the_present_plural_reports_the_clause_before_it():
    text = ("Le prince Sihanouk est resté à Zurich. Cela s'est fait pour bien des conférences importantes, "
            "font remarquer les diplomates cambodgiens.")
    assert [(t, st) for t, _, st in found(text, "fr", {})] == [
        ("Cela s'est fait pour bien des conférences importantes", "les diplomates cambodgiens")]


def test_autrement_dit_is_the_writer_rephrasing_not_a_verb_of_saying():
    text = ("« Il était important que le CS annonce un renforcement de ses fonds propres », a ajouté Philippe "
            "Hildebrand. Autrement dit, l'opération de soutien à l'UBS est moins « une solution pour une banque » "
            "qu'une « solution à un problème du système » bancaire.")
    quotes = found(text, "fr", {"x:person:hildebrand": ("PERSON", ["Philippe Hildebrand"])})
    assert all(st != "Autrement" for _, _, st in quotes)
    assert quotes[0][:2] == ("Il était important que le CS annonce un renforcement de ses fonds propres",
                             "x:person:hildebrand")


def test_clause_after_secondo_is_reported_with_the_quoted_words_it_holds():
    text = ("Il ministro Luigi Di Maio è a Roma. Secondo Di Maio, la crisi è «gravissima» e serve un intervento "
            "immediato del governo.")
    quotes = found(text, "it", {"x:person:dimaio": ("PERSON", ["Luigi Di Maio", "Di Maio"])})
    assert [(t, s) for t, s, _ in quotes] == [
        ("la crisi è «gravissima» e serve un intervento immediato del governo", "x:person:dimaio"),
        ("gravissima", "x:person:dimaio")]


def test_clause_after_selon_that_is_mostly_a_quotation_is_left_to_the_quotation():
    text = ("Le ministre Bruno Le Maire est à Paris. Selon Bruno Le Maire, « la crise est très grave et il faut "
            "agir vite, sans attendre l'avis de Bruxelles » désormais.")
    quotes = found(text, "fr", {"x:person:lemaire": ("PERSON", ["Bruno Le Maire"])})
    assert [t for t, _, _ in quotes] == ["la crise est très grave et il faut agir vite, sans attendre l'avis de Bruxelles"]


def test_relative_clause_on_the_source_after_selon_is_not_what_it_says():
    text = "Selon Bruno Le Maire, qui dirige le ministère de l'Économie, la crise est très grave et il faut agir vite."
    quotes = found(text, "fr", {"x:person:lemaire": ("PERSON", ["Bruno Le Maire"])})
    assert [(t, s) for t, s, _ in quotes] == [("la crise est très grave et il faut agir vite", "x:person:lemaire")]


def test_cosi_come_inside_a_quotation_is_a_comparison_not_an_attribution():
    text = ("Alessandro Ballerini racconta il furto. «Sono arrivati subito i carabinieri. Da un po' di tempo si fanno "
            "vedere più spesso in via Gatti, così come la polizia, tanto che alcune presenze sospette se ne sono andate».")
    entities = {"x:person:ballerini": ("PERSON", ["Alessandro Ballerini"]), "x:org:polizia": ("ORG", ["polizia"])}
    quotes = found(text, "it", entities)
    assert [s for _, s, _ in quotes] == ["x:person:ballerini"]
    assert quotes[0][0].endswith("se ne sono andate")


def test_cosi_with_a_name_inside_a_quotation_still_splits_it():
    text = "Friedrich Merz sprach in Berlin. „Wir sind bereit, so Merz, über alles zu verhandeln“."
    quotes = found(text, "de", {"x:person:merz": ("PERSON", ["Friedrich Merz", "Merz"])})
    assert [(t, s) for t, s, _ in quotes] == [("Wir sind bereit", "x:person:merz"),
                                             ("über alles zu verhandeln", "x:person:merz")]
