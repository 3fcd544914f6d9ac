"""Italian and French reporting constructions of news prose (session 19 probes, tools/quotes/probes/
it_news.tsv and fr_news.tsv): each test is one construction class, with its speaker."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def found(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


BONGIORNO = {"x:person:bongiorno": ("PERSON", ["Giulia Bongiorno"])}
PHILIPPE = {"x:person:philippe": ("PERSON", ["Édouard Philippe"])}


def test_a_quotation_filling_the_next_paragraph_goes_on_quoting_the_same_speaker():
    text = "«Non possiamo accettare questa sentenza», ha detto Giulia Bongiorno.\n«Faremo ricorso in appello»."
    assert found(text, "it", BONGIORNO) == [
        ("Non possiamo accettare questa sentenza", "x:person:bongiorno", True),
        ("Faremo ricorso in appello", "x:person:bongiorno", True)]


def test_french_paragraphs_of_one_statement_each_open_with_guillemets():
    text = "« Je ne suis pas candidat », a affirmé Édouard Philippe.\n« Ma décision est prise. »"
    assert found(text, "fr", PHILIPPE)[1] == ("Ma décision est prise.", "x:person:philippe", True)


def test_a_quoted_subheading_with_no_full_stop_does_not_continue_the_speaker():
    text = "«Non possiamo accettare questa sentenza», ha detto Giulia Bongiorno.\n«Faremo ricorso»\nIl processo riprende."
    assert [q[0] for q in found(text, "it", BONGIORNO)] == ["Non possiamo accettare questa sentenza"]


def test_french_s_est_dit_reports_the_predicate():
    people = {"x:person:metsola": ("PERSON", ["Roberta Metsola"])}
    assert found("Roberta Metsola s'est dite très inquiète.", "fr", people) == [
        ("très inquiète", "x:person:metsola", False)]


def test_a_label_ending_in_a_place_is_spoken_by_the_name_before_it():
    people = {"x:person:draghi": ("PERSON", ["Mario Draghi"]), "x:org:senato": ("ORG", ["Senato"])}
    assert found("Mario Draghi al Senato: «La crisi è alle spalle».", "it", people) == [
        ("La crisi è alle spalle", "x:person:draghi", True)]


TAJANI = {"x:person:tajani": ("PERSON", ["Antonio Tajani"])}


def test_per_and_a_name_with_no_comma_reports_the_clause_an_article_opens():
    assert found("Per Antonio Tajani la trattativa è ancora aperta.", "it", TAJANI) == [
        ("la trattativa è ancora aperta", "x:person:tajani", False)]


def test_per_and_a_name_then_a_verb_is_no_view_of_his():
    assert found("Per Antonio Tajani è stato un anno difficile.", "it", TAJANI) == []


def test_a_describing_noun_before_the_name_after_an_attribution_word():
    people = {"x:person:bassetti": ("PERSON", ["Matteo Bassetti"])}
    text = "Ad avviso del virologo Matteo Bassetti il sistema sanitario è al collasso."
    assert found(text, "it", people) == [("il sistema sanitario è al collasso", "x:person:bassetti", False)]


def test_come_riferisce_and_a_body_reports_the_main_clause():
    bodies = {"x:org:farnesina": ("ORG", ["Farnesina"])}
    assert found("Come riferisce la Farnesina, i connazionali stanno bene.", "it", bodies) == [
        ("i connazionali stanno bene", "x:org:farnesina", False)]


def test_come_dichiarato_da_is_an_attribution():
    people = {"x:person:nordio": ("PERSON", ["Carlo Nordio"])}
    assert found("Come dichiarato dal ministro Carlo Nordio, la misura è necessaria.", "it", people) == [
        ("la misura è necessaria", "x:person:nordio", False)]


def test_a_present_singular_that_is_also_a_noun_is_a_cue_right_after_a_quotation():
    bodies = {"x:org:trenitalia": ("ORG", ["Trenitalia"])}
    text = "«Il servizio tornerà regolare entro sera», comunica Trenitalia in una nota."
    assert found(text, "it", bodies) == [("Il servizio tornerà regolare entro sera", "x:org:trenitalia", True)]


def test_a_postquote_word_before_a_colon_is_no_cue():
    text = ("L'architecte jette un œil critique sur ses méthodes : « Les miens, ce sont surtout des souvenirs "
            "des interventions qui ont rayé leurs propres souvenirs ».")
    assert found(text, "fr", {}) == []


def test_c_est_ce_qu_a_affirme_reports_the_sentence_before():
    macron = {"x:person:macron": ("PERSON", ["Emmanuel Macron"])}
    text = "La France restera dans l'OTAN. C'est ce qu'a affirmé Emmanuel Macron lors du sommet."
    assert found(text, "fr", macron) == [("La France restera dans l'OTAN", "x:person:macron", False)]


def test_ce_qu_a_dit_opening_a_sentence_points_back_to_nothing():
    macron = {"x:person:macron": ("PERSON", ["Emmanuel Macron"])}
    text = "La France restera dans l'OTAN. Ce qu'a dit Emmanuel Macron est faux."
    assert found(text, "fr", macron) == []


def test_comme_le_souligne_takes_the_subject_after_the_verb():
    insee = {"x:org:insee": ("ORG", ["Insee"])}
    assert found("Comme le souligne l'Insee, l'inflation ralentit nettement.", "fr", insee) == [
        ("l'inflation ralentit nettement", "x:org:insee", False)]


def test_the_issuer_of_a_communique_speaks():
    ministry = {"x:org:bercy": ("ORG", ["ministère de l'Économie"])}
    text = "« Aucune hausse n'est prévue », souligne le communiqué du ministère de l'Économie."
    assert found(text, "fr", ministry) == [("Aucune hausse n'est prévue", "x:org:bercy", True)]


def test_peut_on_lire_takes_the_source_its_preposition_names():
    renault = {"x:org:renault": ("ORG", ["Renault"])}
    text = "« Aucune hausse n'est prévue », peut-on lire dans un communiqué de Renault."
    assert found(text, "fr", renault) == [("Aucune hausse n'est prévue", "x:org:renault", True)]


def test_parle_d_elided_quotes_its_object():
    people = {"x:person:melenchon": ("PERSON", ["Jean-Luc Mélenchon"])}
    assert found("Jean-Luc Mélenchon a parlé d'« une trahison ».", "fr", people) == [
        ("une trahison", "x:person:melenchon", True)]


def test_a_gerund_clause_before_the_verb_is_no_subject_nor_are_its_objects():
    people = {"x:person:mancino": ("PERSON", ["Nicola Mancino"]), "x:org:csm": ("ORG", ["Csm"])}
    text = ("Nicola Mancino è stato eletto vicepresidente del Csm. Poi, rivolgendosi agli altri componenti "
            "del Csm ha detto che la politica deve collaborare.")
    assert found(text, "it", people) == [("la politica deve collaborare", "x:person:mancino", False)]


def test_le_and_a_plural_noun_is_no_one_named_before():
    people = {"x:person:lucas": ("PERSON", ["Ed Lucas"])}
    text = ("Ed Lucas ha parlato in aula. Le vittime hanno affermato che l'imputato le controllava.")
    assert found(text, "it", people) == [("l'imputato le controllava", None, False)]


def test_a_role_apposed_to_the_name_after_secondo_is_not_reported():
    people = {"x:person:rossi": ("PERSON", ["Mario Rossi"])}
    text = "Secondo Mario Rossi, presidente della Coldiretti, i prezzi aumenteranno."
    assert found(text, "it", people) == [("i prezzi aumenteranno", "x:person:rossi", False)]


def test_cosi_after_a_colon_attributes_the_quotation_before():
    people = {"x:person:piantedosi": ("PERSON", ["Matteo Piantedosi"])}
    text = "«Abbiamo fatto il nostro dovere»: così il ministro Matteo Piantedosi."
    assert found(text, "it", people) == [("Abbiamo fatto il nostro dovere", "x:person:piantedosi", True)]


def test_e_quanto_after_a_quotation_takes_the_subject_after_the_verb():
    people = {"x:person:fitto": ("PERSON", ["Raffaele Fitto"])}
    text = "«Si tratta di un errore grave», è quanto ha dichiarato Raffaele Fitto."
    assert found(text, "it", people) == [("Si tratta di un errore grave", "x:person:fitto", True)]


def test_the_subject_after_two_short_phrases_of_place_or_channel():
    people = {"x:person:fontana": ("PERSON", ["Attilio Fontana"]), "x:org:fb": ("ORG", ["Facebook"])}
    text = "«Serve una svolta», ha scritto in un post su Facebook Attilio Fontana."
    assert [q[:2] for q in found(text, "it", people)] == [("Serve una svolta", "x:person:fontana")]


def test_the_subject_after_a_noun_and_its_modifier():
    people = {"x:person:fontana": ("PERSON", ["Attilio Fontana"])}
    text = "«Serve una svolta», ha detto in conferenza stampa Attilio Fontana."
    assert found(text, "it", people) == [("Serve una svolta", "x:person:fontana", True)]


def test_a_speech_noun_joined_by_a_verb_with_no_comma():
    people = {"x:person:nordio": ("PERSON", ["Carlo Nordio"])}
    text = "«Non ci saranno sconti» è il commento del ministro Carlo Nordio."
    assert found(text, "it", people) == [("Non ci saranno sconti", "x:person:nordio", True)]


def test_tenir_a_and_a_verb_of_saying_reports_the_clause():
    people = {"x:person:attal": ("PERSON", ["Gabriel Attal"])}
    text = "Gabriel Attal a tenu à préciser qu'il n'y aura pas de report."
    assert found(text, "fr", people) == [("il n'y aura pas de report", "x:person:attal", False)]
