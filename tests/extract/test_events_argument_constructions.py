"""Who acts and who undergoes in constructions read on untuned news (evargs26): a contact clause after a
described noun, a reduced passive after a subordinating word, a fronted subordinate clause before a comma,
a comparison phrase, a performing participle of another noun, and the English host frame."""
from __future__ import annotations

from extract.events_support import document, events, summary

INDIA = ("Q668", "India", "COUNTRY", ["India", "New Delhi"], "IND")
PAKISTAN = ("Q843", "Pakistan", "COUNTRY", ["Pakistan", "adjective:Pakistani"], "PAK")
AFGHANISTAN = ("Q889", "Afghanistan", "COUNTRY", ["Afghanistan"], "AFG")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucrania", "Ukraine"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["France", "Francia"], "FRA")
ZELENSKY = ("Q3874799", "Volodymyr Zelensky", "PERSON", ["Zelensky"], "UKR")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"], "FRA")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"], "DEU")
SANCHEZ = ("Q4022", "Pedro Sánchez", "PERSON", ["Sánchez"], "ESP")
HAMAS = ("Q38799", "Hamas", "ORG", ["Hamas"])
ERDOGAN = ("Q39723", "Recep Tayyip Erdoğan", "PERSON", ["Erdogan"], "TUR")
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Putin"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China"], "CHN")


def test_a_name_after_a_described_noun_acts_in_its_contact_clause():
    # ", a charge New Delhi quickly rejected": the article opened a noun phrase; New Delhi is no item of
    # the list before the comma ("Afghanistan, New Delhi") but the subject of "rejected"
    text = ("Pakistani officials blamed India, accusing it of supporting militants in Afghanistan, "
            "a charge New Delhi quickly rejected.")
    found = [summary(e)[:3] for e in events(document(text, "en", [INDIA, PAKISTAN, AFGHANISTAN]))]
    assert ("REJECT", ("Q668",), ()) in found
    assert not any(t == "REJECT" and "Q843" in src for t, src, _ in found)


def test_a_participle_right_after_when_is_a_passive_with_no_asker():
    # "reacted angrily when asked about Russia": Zelensky was asked; he asked nobody
    text = "Zelensky reacted angrily when asked about Russia."
    assert [summary(e) for e in events(document(text, "en", [ZELENSKY, RUSSIA])) if e.type == "REQUEST"] == []


def test_a_subject_after_when_still_acts():
    text = "When Zelensky asked Macron for help, France agreed."
    found = [summary(e)[:3] for e in events(document(text, "en", [ZELENSKY, MACRON, FRANCE]))]
    assert ("REQUEST", ("Q3874799",), ("Q3052772",)) in found


def test_the_name_after_a_fronted_clause_is_the_main_verbs_subject_not_an_object():
    # "When Russia attacked Ukraine, France condemned": France is no second victim of the attack
    text = "When Russia attacked Ukraine, France condemned the invasion."
    found = [summary(e)[:3] for e in events(document(text, "en", [RUSSIA, UKRAINE, FRANCE]))]
    assert ("ASSAULT", ("Q159",), ("Q212",)) in found
    assert not any("Q142" in tgt for _, _, tgt in found)


def test_the_name_after_a_fronted_clause_is_the_main_verbs_subject_in_spanish():
    text = "Cuando Rusia atacó a Ucrania, Francia condenó el ataque."
    found = [summary(e)[:3] for e in events(document(text, "es", [RUSSIA, UKRAINE, FRANCE]))]
    assert ("ASSAULT", ("Q159",), ("Q212",)) in found
    assert not any(t == "ACCUSE" and "Q159" in src for t, src, _ in found)


def test_a_comparison_names_no_party():
    text = "Like Macron, Scholz criticised Russia."
    [event] = events(document(text, "en", [MACRON, SCHOLZ, RUSSIA]))
    assert summary(event)[:3] == ("ACCUSE", ("Q61053",), ("Q159",))


def test_a_comparison_names_no_party_in_french():
    text = "Comme Macron, Scholz a critiqué la Russie."
    [event] = events(document(text, "fr", [MACRON, SCHOLZ, RUSSIA]))
    assert summary(event)[:3] == ("ACCUSE", ("Q61053",), ("Q159",))


def test_a_comparison_word_before_a_speech_verb_keeps_the_speaker_out_of_the_act():
    # "Como dijo Sánchez": "as Sánchez said", no comparison; the reported attack stays Russia's
    text = "Como dijo Sánchez, Rusia atacó a Ucrania."
    found = [summary(e)[:3] for e in events(document(text, "es", [SANCHEZ, RUSSIA, UKRAINE]))]
    assert ("ASSAULT", ("Q159",), ("Q212",)) in found


def test_examples_after_like_still_act():
    # "countries like China": the named examples of the noun are who acts
    text = "Countries like China condemned Russia."
    found = [summary(e)[:3] for e in events(document(text, "en", [CHINA, RUSSIA]))]
    assert ("ACCUSE", ("Q148",), ("Q159",)) in found


def test_a_performing_participle_of_another_noun_names_no_agent():
    # "This attack follows an operation conducted by Hamas": Hamas conducted the operation, not the attack
    text = "This attack follows an operation conducted by Hamas just hours earlier."
    assert events(document(text, "en", [HAMAS])) == []


def test_a_performing_participle_right_after_the_noun_names_its_agent():
    text = "The attack on Ukraine carried out by Hamas killed 20 people."
    found = [summary(e)[:3] for e in events(document(text, "en", [HAMAS, UKRAINE]))]
    assert ("ASSAULT", ("Q38799",), ("Q212",)) in found


def test_a_host_receives_the_visitor_in_english():
    # as empfangen, recibir, recevoir, ricevere: the visitor is the source (guidelines)
    [event] = events(document("Erdogan hosted Putin in Ankara.", "en", [ERDOGAN, PUTIN]))
    assert summary(event)[:3] == ("CONSULT", ("Q7747",), ("Q39723",))


def test_a_host_receives_the_visitor_in_the_english_passive():
    [event] = events(document("Putin was hosted by Erdogan in Ankara.", "en", [ERDOGAN, PUTIN]))
    assert summary(event)[:3] == ("CONSULT", ("Q7747",), ("Q39723",))


ISHIBA = ("Q1362237", "Shigeru Ishiba", "PERSON", ["Ishiba"], "JPN")
LDP = ("Q273811", "Liberal Democratic Party", "ORG", ["Liberal Democratic Party"], "JPN")
TAIWAN = ("Q865", "Taiwan", "COUNTRY", ["Taiwan"], "TWN")
IBERDROLA = ("Q1342373", "Iberdrola", "ORG", ["Iberdrola"], "ESP")
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping"], "CHN")
USA = ("Q30", "United States", "COUNTRY", ["adjective:U.S."], "USA")


def test_a_capacity_aside_keeps_the_name_before_it_as_subject():
    # "as a member of X": the capacity's genitive is no subject of the verb after the aside
    text = "Ishiba, as a member of the Liberal Democratic Party, visited Taiwan in August."
    [event] = events(document(text, "en", [ISHIBA, LDP, TAIWAN]))
    assert summary(event)[:3] == ("CONSULT", ("Q1362237",), ("Q865",))


def test_such_as_still_opens_a_list_of_examples():
    # "such as an economic slowdown and U.S. restrictions": no recipient of the call on "them"
    text = ('Xi Jinping convened a meeting with heads of private companies, calling on them to "show your talent" '
            "in overcoming challenges such as an economic slowdown and U.S. restrictions.")
    found = [summary(e)[:3] for e in events(document(text, "en", [XI, USA])) if e.type == "REQUEST"]
    assert found == [("REQUEST", ("Q15031",), ())]


def test_words_after_comma_and_are_a_new_subject():
    # ", and several environment groups accused": the groups accuse, not "it" of the first clause
    text = ("Iberdrola builds wind farms. But it also has gas, and several environment groups accused the "
            "Spanish company of lobbying.")
    assert events(document(text, "en", [IBERDROLA])) == []


RUSSIA_DE = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
KYIV = ("Q1899", "Kyiv", "PLACE", ["Kiew"], "UKR")


def test_a_german_night_to_a_weekday_is_a_time_phrase():
    # "in der Nacht zum Sonntag": the weekday closes the time phrase; "Kiew" after it is the object (the
    # city attacked stands for its country, Ukraine, through the knowledge base)
    text = "Russland hat in der Nacht zum Sonntag erneut Kiew mit Drohnen angegriffen."
    [event] = events(document(text, "de", [RUSSIA_DE, KYIV]))
    assert summary(event)[:3] == ("ASSAULT", ("Q159",), ("Q212",))


BEIJING = ("Q956", "Beijing", "PLACE", ["Peking"], "CHN")
MACRON_DE = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"], "FRA")
RUSSIA_EN = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE_EN = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")


def test_a_city_right_before_a_name_is_where_not_its_title():
    # German middle field: "in Peking Russland": the place, then the object of the clause-final verb
    text = "Macron hat nach einem Treffen mit Xi in Peking Russland scharf kritisiert."
    found = [summary(e)[:3] for e in events(document(text, "de", [MACRON_DE, BEIJING, RUSSIA_DE]))]
    assert ("ACCUSE", ("Q3052772",), ("Q159",)) in found


def test_an_article_before_the_verb_of_a_relative_clause_opens_its_own_subject():
    # ", which the Kremlin quickly denied": the antecedent (Kyiv) does not deny; the unnamed Kremlin does
    text = "Ukraine accused Russia of attacking Kyiv, which the Kremlin quickly denied."
    kyiv = ("Q1899", "Kyiv", "PLACE", ["Kyiv"], "UKR")
    found = [summary(e)[:3] for e in events(document(text, "en", [RUSSIA_EN, UKRAINE_EN, kyiv]))]
    assert not any(t == "REJECT" for t, _, _ in found)


def test_a_date_with_an_article_in_a_relative_clause_keeps_the_antecedent():
    # "que el lunes se reunió con Xi": the article belongs to the date, Macron still met Xi
    text = "Macron, que el lunes se reunió con Xi, criticó a Rusia."
    doc = document(text, "es", [MACRON, ("Q15031", "Xi Jinping", "PERSON", ["Xi"], "CHN"), RUSSIA],
                   dates={"el lunes": "2024-03-04"})
    found = [summary(e)[:3] for e in events(doc)]
    assert ("CONSULT", ("Q3052772",), ("Q15031",)) in found
