"""Italian events: one behaviour per test, entities and dates given by hand (see events_support)."""
from __future__ import annotations

from extract.events_support import document, events, summary
from extract.seed_fixture import seed_document

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "adjective:russo", "adjective:russi"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["Cina", "adjective:cinese"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "adjective:ucraino"], "UKR")
USA = ("Q30", "United States", "COUNTRY", ["Stati Uniti", "adjective:statunitense"], "USA")
BEIJING = ("Q956", "Beijing", "PLACE", ["Pechino"], "CHN")
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["title:cancelliere tedesco", "Merz"])
ALL = [PUTIN, XI, RUSSIA, CHINA, UKRAINE, USA, BEIJING, MERZ]


def test_a_visit_to_a_capital_targets_its_country_and_keeps_the_city_as_place():
    doc = document("Il presidente russo Vladimir Putin ha visitato Pechino martedì.", "it", ALL,
                   {"martedì": "2026-02-03"})
    [event] = events(doc)
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q148",), "occurred")
    assert (event.mode, event.location, event.date, event.date_text) == ("visit", "Q956", "2026-02-03", "martedì")
    assert event.trigger.text == "visitato" and event.intensity == 4.0


def test_a_planned_visit_is_planned():
    doc = document("Il cancelliere tedesco dovrebbe recarsi a Pechino alla fine di questo mese.", "it", ALL,
                   {"alla fine di questo mese": "2026-02"})
    [event] = events(doc)
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q148",), "planned")
    assert event.date == "2026-02"


def test_a_future_tense_is_planned():
    [event] = events(document("Xi visiterà la Russia a marzo.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "planned")


def test_a_negated_condemnation_is_negated():
    [event] = events(document("La Cina non ha condannato le azioni della Russia in Ucraina.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "negated")
    assert event.mode == "disapprove" and event.location == "Q212"


def test_negation_carries_over_ne():
    found = events(document("La Cina non ha condannato la Russia né ha chiesto il ritiro delle truppe.", "it", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q148",), ("Q159",), "negated"),
                                           ("REQUEST", ("Q148",), (), "negated")]


def test_passive_voice_swaps_actor_and_target():
    [event] = events(document("La Russia è stata criticata dagli Stati Uniti.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q30",), ("Q159",), "occurred")
    assert event.rule.endswith(":passive")


def test_coordinated_country_adjectives_are_all_actors_of_a_multilateral_meeting():
    doc = document("I negoziatori russo, ucraino e statunitense si incontravano ad Abu Dhabi.", "it", ALL)
    [event] = events(doc)
    assert summary(event) == ("CONSULT", ("Q159", "Q212", "Q30"), (), "occurred")
    assert event.mode == "multilateral"


def test_reported_speech_gives_the_inner_event_and_the_speaker_as_according_to():
    [event] = events(document("Putin ha detto che l'Ucraina ha attaccato la Russia.", "it", ALL))
    assert summary(event) == ("ASSAULT", ("Q212",), ("Q159",), "occurred")
    assert event.according_to == "Q7747"


def test_a_nominal_trigger_with_a_light_verb_takes_the_clause_subject():
    [event] = events(document("Putin ha avuto una telefonata con Xi.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q15031",), "occurred")
    assert event.mode == "phone" and event.trigger.text == "telefonata"


def test_a_nominal_trigger_with_between_is_symmetric():
    [event] = events(document("I colloqui tra Putin e Xi sono durati tre ore.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747", "Q15031"), (), "occurred")


def test_a_symmetric_meeting_with_a_coordinated_subject_has_no_target():
    [event] = events(document("Putin e Xi hanno discusso di energia.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747", "Q15031"), (), "occurred")


def test_an_actor_in_another_sentence_is_never_used_for_a_noun_trigger():
    found = events(document("Putin è arrivato ieri. Le sanzioni sono state annunciate oggi.", "it", ALL))
    assert found == []


def test_an_event_needing_a_target_without_one_is_dropped():
    assert events(document("La Russia ha annunciato nuove sanzioni.", "it", ALL)) == []


def test_zero_subject_carries_over_from_the_previous_sentence_in_pro_drop_languages():
    found = events(document("Putin ha parlato a lungo. Ha criticato la Cina.", "it", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q7747",), ("Q148",), "occurred")]
    assert found[0].rule.endswith(":carry-over")


def test_zero_subject_does_not_cross_a_paragraph():
    assert events(document("Putin ha parlato a lungo.\nHa criticato la Cina.", "it", ALL)) == []


def test_a_coordinated_verb_shares_the_subject_and_the_date_of_its_clause():
    doc = document("Putin ha visitato Pechino lo scorso fine settimana e ha incontrato Xi.", "it", ALL,
                   {"lo scorso fine settimana": "2026-01-31"})
    found = events(doc)
    assert [summary(e) for e in found] == [("CONSULT", ("Q7747",), ("Q148",), "occurred"),
                                           ("CONSULT", ("Q7747",), ("Q15031",), "occurred")]
    assert [e.date for e in found] == ["2026-01-31", "2026-01-31"]


def test_events_have_ids_spans_and_rules():
    [event] = events(document("Putin ha elogiato Xi.", "it", ALL))
    assert event.id == "e1" and event.sentence.text == "Putin ha elogiato Xi."
    assert event.rule == "it:elogiare/verb:subject" and 0 < event.confidence <= 1
    assert event.to_dict()["trigger"] == {"start": 9, "end": 17, "text": "elogiato"}


SEED_EXPECTED = {
    ("CONSULT", ("Q7747",), ("Q15031",), "occurred"),  # videochiamata con Xi
    ("SUPPORT", ("Q7747",), (), "occurred"),  # ha elogiato la cooperazione
    ("COOPERATE", ("Q159", "Q148"), (), "occurred"),  # cooperazione tra Russia e Cina
    ("SUPPORT", ("Q7747",), ("Q148",), "occurred"),  # accolto con favore la decisione della Cina
    ("CONSULT", ("Q145", "Q16"), ("Q148",), "occurred"),  # primi ministri britannico e canadese
    ("CONSULT", ("Q56039",), ("Q148",), "planned"),  # il cancelliere tedesco dovrebbe recarsi
    ("REQUEST", ("kb:group:european-countries",), ("Q148",), "occurred"),  # i leader europei sollecitano la Cina
    ("ACCUSE", ("Q148",), ("Q159",), "negated"),  # non ha condannato
    ("CONSULT", ("Q312863",), ("Q148",), "occurred"),  # Shoigu ha visitato Pechino
    ("CONSULT", ("Q312863",), ("Q16182",), "occurred"),  # e ha incontrato Wang Yi
    ("AGREE", ("Q148", "Q159"), (), "occurred"),  # entrambe le parti (the last two non-person parties)
    ("CONSULT", ("Q159", "Q212", "Q30"), (), "occurred"),  # negoziatori russo, ucraino e statunitense
    ("SANCTION", ("kb:group:western-world",), ("Q159",), "occurred"),  # sanzioni occidentali
}


def test_the_seed_article_gives_the_design_events():
    found = {summary(e): e for e in events(seed_document())}
    assert SEED_EXPECTED <= set(found)
    assert found[("CONSULT", ("Q7747",), ("Q15031",), "occurred")].date == "2026-02-04"
    assert found[("CONSULT", ("Q7747",), ("Q15031",), "occurred")].mode == "video"
    assert found[("CONSULT", ("Q145", "Q16"), ("Q148",), "occurred")].date == "2026-01"
    assert found[("CONSULT", ("Q56039",), ("Q148",), "planned")].date == "2026-02"
    assert found[("CONSULT", ("Q312863",), ("Q148",), "occurred")].date == "2026-01-31"
    assert found[("CONSULT", ("Q159", "Q212", "Q30"), (), "occurred")].mode == "multilateral"
    assert found[("SANCTION", ("kb:group:western-world",), ("Q159",), "occurred")].date == "2022"


def test_the_seed_article_has_no_event_between_unrelated_sentences():
    for event in events(seed_document()):
        parties = event.source + event.target
        names = {m.entity_id for e in seed_document().entities for m in e.mentions
                 if event.sentence.start <= m.start < event.sentence.end}
        assert set(parties) <= names | {"Q148", "Q159", "Q312863", "Q16182", "Q7747", "Q15031"}, event


def test_a_participle_after_a_noun_releases_nobody_without_a_target():
    assert events(document("Putin in un'intervista rilasciata ai giornalisti russi ha parlato.", "it", ALL)) == []


def test_a_country_adjective_later_in_the_clause_is_no_target():
    # (two parties: a support noun with its owner alone is no event, evidence.tsv `verb`)
    [event] = events(document("Xi e Putin hanno affermato il loro sostegno ai giornalisti russi.", "it", ALL))
    assert (event.source, event.target) == (["Q15031", "Q7747"], [])


def test_a_country_adjective_after_an_agent_noun_is_the_country():
    [event] = events(document("Xi ha incontrato i negoziatori russi.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "occurred")


def test_an_idiom_opening_the_doors():
    [event] = events(document("La Cina ha aperto le porte alla Russia.", "it", ALL))
    assert summary(event) == ("SUPPORT", ("Q148",), ("Q159",), "occurred")


def test_an_article_between_two_names_starts_a_new_phrase():
    text = "Dopo il viaggio a Pechino la Russia ha condannato la Cina."
    [event] = events(document(text, "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q159",), ("Q148",), "occurred")


def test_a_leader_reporting_his_country_s_accusation_is_its_source():
    doc = document("Xi ha affermato che la Cina condanna la Russia.", "it", ALL)
    for entity in doc.entities:
        entity.country = {"Q15031": "CHN", "Q148": "CHN", "Q159": "RUS"}.get(entity.id)
    [event] = events(doc)
    assert summary(event) == ("ACCUSE", ("Q15031",), ("Q159",), "occurred")


def test_an_article_and_a_country_before_a_verb_keep_it_a_verb():
    [event] = events(document("La Cina condanna la Russia.", "it", ALL))
    assert (summary(event), event.rule) == (("ACCUSE", ("Q148",), ("Q159",), "occurred"), "it:condannare/verb:subject")


def test_a_relative_clause_subject_is_its_antecedent_even_after_a_verb():
    found = events(document("Xi ha lodato la Russia, che inizia a ritirarsi dall'Ucraina.", "it", ALL))
    assert [(e.type, e.source) for e in found] == [("SUPPORT", ["Q15031"]), ("RETREAT", ["Q159"])]


def test_rivolgere_un_appello_is_a_request_of_the_subject():
    [event] = events(document("Putin ha rivolto un appello alla Cina.", "it", ALL))
    assert summary(event) == ("REQUEST", ("Q7747",), ("Q148",), "occurred")
    assert event.rule == "it:appello/noun:nominal-light"


def test_indire_una_riunione_gives_the_meeting_to_the_subject():
    [event] = events(document("Putin ha indetto una riunione con Xi Jinping.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q15031",), "occurred")


def test_sferrare_un_attacco_gives_the_attack_to_the_subject():
    [event] = events(document("La Russia ha sferrato un attacco contro l'Ucraina.", "it", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")


def test_a_participle_with_its_agent_after_a_name_is_passive():
    [event] = events(document("Xi, criticato dagli Stati Uniti, ha risposto.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q30",), ("Q15031",), "occurred")
    assert event.rule.endswith(":passive")


def test_an_active_verb_followed_by_an_agent_less_phrase_stays_active():
    [event] = events(document("Putin ha criticato la Cina.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q7747",), ("Q148",), "occurred")


def test_quest_ultimo_is_the_person_mentioned_last():
    text = "Putin ha ricevuto Xi. Quest'ultimo ha criticato gli Stati Uniti."
    found = events(document(text, "it", ALL))
    assert [summary(e) for e in found][-1] == ("ACCUSE", ("Q15031",), ("Q30",), "occurred")


EU = ("Q458", "European Union", "ORG", ["Unione Europea"])


def test_a_summit_belongs_to_the_owner_at_the_end_of_a_genitive_chain():
    text = "Si è concluso a Bruxelles il vertice dei capi di stato e di governo dei paesi dell'Unione Europea."
    [event] = events(document(text, "it", [EU]))
    assert summary(event) == ("CONSULT", ("Q458",), (), "occurred")
    assert event.rule == "it:vertice/noun:nominal"  # "vertici" left out: the leadership ("i vertici della banca")


def test_a_genitive_chain_does_not_reach_a_name_after_another_preposition():
    text = "Si è concluso il vertice dei capi di stato e di governo dei paesi a Bruxelles con l'Unione Europea."
    assert events(document(text, "it", [EU])) == []


def test_impersonal_si_gives_no_zero_subject():
    text = "Putin ha visitato la Cina. Durante il vertice si è discusso con la Russia."
    found = events(document(text, "it", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q7747",), ("Q148",), "occurred")]


def test_a_reflexive_verb_keeps_its_zero_subject():
    text = "Putin ha visitato la Cina. Poi si è recato in Russia."
    found = events(document(text, "it", ALL))
    assert [summary(e) for e in found][-1] == ("CONSULT", ("Q7747",), ("Q159",), "occurred")


def test_ricevere_is_hosting_a_visitor():
    [event] = events(document("Xi ha ricevuto Putin a Pechino.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q15031",), "occurred")  # the visitor is the source
    assert event.mode == "host"


def test_a_raid_of_a_country_on_another_is_an_assault():
    [event] = events(document("Il raid della Russia contro l'Ucraina.", "it", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")


def test_a_da_phrase_after_an_active_verb_is_no_target():
    text = "La Cina riceverà il comando dagli Stati Uniti."
    assert events(document(text, "it", ALL)) == []


def test_signing_a_document_alone_is_no_event():
    assert events(document("Putin ha firmato il decreto.", "it", ALL)) == []


def test_an_agreement_signed_between_two_parties_is_their_support():
    [event] = events(document("L'accordo è stato firmato tra la Russia e la Cina.", "it", ALL))
    assert (event.type, set(event.source), event.target) == ("SUPPORT", {"Q159", "Q148"}, [])


NATO = ("Q7184", "NATO", "ORG", ["NATO"])
BERLIN = ("Q64", "Berlin", "PLACE", ["Berlino"], "DEU")


def test_a_verb_after_and_shares_the_subject_after_a_gerund_clause():
    text = "La NATO ha definito una strategia, identificando le sfide del secolo ed ha aperto le porte alla Russia."
    [event] = events(document(text, "it", [NATO, *ALL]))
    assert summary(event) == ("SUPPORT", ("Q7184",), ("Q159",), "occurred")
    assert event.rule.endswith(":inherited")


def test_a_fronted_genitive_is_not_the_clause_subject():
    text = ("A 21 anni dal crollo del Muro di Berlino la NATO ha definito una strategia, "
            "identificando le sfide del secolo ed ha aperto le porte alla Russia.")
    [event] = events(document(text, "it", [NATO, BERLIN, *ALL]))
    assert summary(event) == ("SUPPORT", ("Q7184",), ("Q159",), "occurred")


def test_adottare_sanzioni_gives_the_sanctions_to_the_subject():
    [event] = events(document("Gli Stati Uniti hanno adottato nuove sanzioni contro la Russia.", "it", ALL))
    assert summary(event) == ("SANCTION", ("Q30",), ("Q159",), "occurred")


def test_esprimere_sostegno_is_support_of_the_subject():
    [event] = events(document("Putin ha espresso sostegno alla Cina.", "it", ALL))
    assert summary(event) == ("SUPPORT", ("Q7747",), ("Q148",), "occurred")


def test_sentire_al_telefono_is_a_phone_call():
    [event] = events(document("Putin ha sentito al telefono Xi Jinping.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q15031",), "occurred")
    assert event.mode == "phone"


def test_condemning_an_attack_condemns_its_author_in_the_passive():
    found = events(document("L'attacco della Russia è stato condannato dagli Stati Uniti.", "it", ALL))
    assert [summary(e) for e in found if e.type == "ACCUSE"] == [("ACCUSE", ("Q30",), ("Q159",), "occurred")]


def test_inviting_someone_to_do_something_is_a_request():
    [event] = events(document("Putin ha invitato la Cina a mediare.", "it", ALL))
    assert summary(event) == ("REQUEST", ("Q7747",), ("Q148",), "occurred")


def test_inviting_someone_alone_stays_an_invitation():
    [event] = events(document("Putin ha invitato Xi.", "it", ALL))
    assert summary(event) == ("AGREE", ("Q7747",), ("Q15031",), "occurred")


def test_rejecting_an_accusation_targets_its_author_and_the_accusation_the_rejecter():
    found = events(document("La Russia ha respinto le accuse dell'Ucraina.", "it", ALL))
    assert [summary(e) for e in found] == [("REJECT", ("Q159",), ("Q212",), "occurred"),
                                           ("ACCUSE", ("Q212",), ("Q159",), "occurred")]
