"""quotes27: object clitics before an inverted verb of saying ("lui a répondu", "le dijo") leave the
subject after it speaking and open no reported clause; a description the last speaker was introduced with
points back to him ("..., indique Olivier Panisset, naturopathe. «...», ajoute le naturopathe"); a
described source after an attribution word speaks the quotation of its sentence ("secondo una delle
vittime ...: «...»"); a person pronoun opening a clause whose colon announces a quotation is its speaker
("Il a eu des mots très durs : « ... »")."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker), q.speaker_text) for q in doc.quotes]


def test_french_clitic_before_an_inverted_verb_leaves_the_name_after_it_speaking_and_no_clause():
    assert quotes("Le juge a interrogé Marine Le Pen. « Je n'ai rien à cacher », lui a répondu Marine Le Pen.",
                  "fr") == [("Je n'ai rien à cacher", "Marine Le Pen", "Marine Le Pen")]


def test_italian_clitic_before_an_inverted_verb_opens_no_clause_of_the_name_after_it():
    assert quotes("«Dobbiamo agire in fretta», gli ha detto Giorgia Meloni all'uscita dal vertice.", "it") \
        == [("Dobbiamo agire in fretta", "Giorgia Meloni", "Giorgia Meloni")]


def test_spanish_clitic_before_an_inverted_verb_is_no_speaker():
    assert quotes('"No tengo nada que ocultar", les aseguró Isabel Díaz Ayuso a los periodistas.', "es") \
        == [("No tengo nada que ocultar", "Isabel Díaz Ayuso", "Isabel Díaz Ayuso")]


def test_spanish_clitic_before_an_inverted_verb_leaves_the_role_noun_after_it():
    assert quotes('Yolanda Díaz habló en Madrid. "Es un error", le dijo la ministra a la prensa.', "es") \
        == [("Es un error", "Yolanda Díaz", "la ministra")]


def test_french_description_the_last_speaker_was_introduced_with_points_back_to_him():
    assert quotes("« Le stress nuit à l'intestin », indique Olivier Panisset, naturopathe. "
                  "« On peut re-peupler notre intestin », ajoute le naturopathe.", "fr") \
        == [("Le stress nuit à l'intestin", "Olivier Panisset", "Olivier Panisset"),
            ("On peut re-peupler notre intestin", "Olivier Panisset", "le naturopathe")]


def test_italian_description_of_someone_else_than_the_last_speaker_names_no_one():
    assert quotes("Il naturopata Mario Rossi ha parlato a lungo. «Servono più letti», ha aggiunto Anna Bianchi. "
                  "«Non basta», ha detto il naturopata.", "it")[1] == ("Non basta", None, "il naturopata")


def test_italian_medical_specialist_is_a_noun_of_office_naming_the_one_it_introduced():
    # quotespk28: "-ologo" is a person_noun ending (it/speech_cue_words.tsv), so the specialist is the
    # person the same noun introduced, not only the last speaker
    assert quotes("Il cardiologo Mario Rossi ha parlato a lungo. «Servono più letti», ha aggiunto Anna Bianchi. "
                  "«Non basta», ha detto il cardiologo.", "it")[1] == ("Non basta", "Mario Rossi", "il cardiologo")


def test_italian_described_source_after_secondo_speaks_the_quotation_its_colon_opens():
    assert quotes("Il colpo non è durato più di un'ora e secondo una delle vittime è stato portato a termine da "
                  "tre persone: «Due erano dentro e credo che una terza abbia fatto da palo all'esterno».", "it") \
        == [("Due erano dentro e credo che una terza abbia fatto da palo all'esterno", None, "una delle vittime")]


def test_italian_hearsay_after_secondo_speaks_no_quotation():
    assert quotes("Secondo le prime ricostruzioni, il ladro era «un professionista del furto con scasso».", "it") == []


def test_french_person_pronoun_and_auxiliary_opening_an_announcing_clause_is_the_speaker():
    assert quotes("Le ministre Gérald Darmanin était à Lille. Il a eu des mots très durs pour les manifestants : "
                  "« Ce sont des casseurs qui n'ont rien à faire dans nos rues ».", "fr") \
        == [("Ce sont des casseurs qui n'ont rien à faire dans nos rues", "Gérald Darmanin", "Il")]


def test_french_impersonal_il_opening_an_announcing_clause_is_no_speaker():
    assert quotes("Le ministre Gérald Darmanin était à Lille. Il est clair pour tout le monde : "
                  "« Ce sont des casseurs qui n'ont rien à faire dans nos rues ».", "fr") == []


def test_french_pronoun_source_closing_a_sentence_with_no_comma_reports_it():
    assert quotes("Olivier Panisset a parlé hier. L'aloe vera ou le pollen peuvent aussi être des alliés selon lui.",
                  "fr") == [("L'aloe vera ou le pollen peuvent aussi être des alliés", "Olivier Panisset", "lui")]


def test_italian_named_source_closing_a_sentence_with_no_comma_reports_it():
    assert quotes("Il governo ha sbagliato tutto sulla manovra secondo Giuseppe Conte.", "it") \
        == [("Il governo ha sbagliato tutto sulla manovra", "Giuseppe Conte", "Giuseppe Conte")]


def test_french_thing_after_selon_closing_a_sentence_reports_nothing():
    assert quotes("Les prix de l'électricité varient fortement selon les pays.", "fr") == []


def test_french_description_closing_a_sentence_after_selon_names_the_person_it_introduced():
    assert quotes("« On peut re-peupler notre intestin », conseille Olivier Panisset, naturopathe. L'aloe vera ou "
                  "le pollen peuvent aussi être des alliés selon le naturopathe.", "fr")[1] \
        == ("L'aloe vera ou le pollen peuvent aussi être des alliés", "Olivier Panisset", "le naturopathe")


def test_french_body_after_the_described_source_speaks():
    doc_quotes = quotes("La Banque nationale suisse (BNS) a baissé ses taux. Elles sont d'autant plus efficaces, selon "
                        "les responsables de la BNS, « qu'il ne s'agit pas de déclarations d'intention ».", "fr")
    assert ("qu'il ne s'agit pas de déclarations d'intention", "Swiss National Bank", "BNS") in doc_quotes


def test_italian_quotation_after_a_bare_dateline_in_capitals_is_a_whole_utterance():
    got = quotes("MODENA «È la prima volta che subiamo un furto in 44 anni. E forse ci è anche andata bene». "
                 "Chiara Ferrari è la titolare del negozio.", "it")
    assert got == [("È la prima volta che subiamo un furto in 44 anni. E forse ci è anche andata bene", None, None)]


def test_french_nous_between_a_quotation_and_its_inverted_verb_is_the_object():
    assert quotes("Reinhardt Birri organise le festival. « C'est une première européenne », nous a déclaré M. Birri "
                  "à propos de ce vaste programme.", "fr") == [("C'est une première européenne", "Reinhardt Birri", "Birri")]


def test_french_nous_opening_a_sentence_is_no_object():
    assert quotes("Le maire Jean Dupont était présent. Nous avons déclaré que la situation était grave.", "fr") == []


def test_french_described_source_ending_in_a_name_leaves_the_quotation_to_that_name():
    got = quotes("Selon l'agence de presse libyenne Jana, les deux enfants sont « en bonne santé et rentrés chez eux ».",
                 "fr")
    assert all(speaker_text != "l'agence" for _text, _speaker, speaker_text in got)
