"""Entity linking: mentions of people, organisations, countries, places and media -> KB entities.

How one article goes through it (stage.py wires the steps, each in its own module):

1. automaton.py  one Aho-Corasick pass over the folded text finds KB names, acronyms, adjectives,
                 surnames and first names of KB people, title words (lang/<code>/titles.tsv) and
                 organisation nouns; the automaton is built once per (KB, language) and cached.
2. resolve.py    names and acronyms -> entities (ambiguous forms settled by article context),
                 surnames -> the person named in full in the article or a prominent KB person,
                 capitals -> the PLACE after a locative preposition, else the country (metonym).
3. titles.py     "il presidente russo", "the German chancellor" -> the holder of the role on the
                 article date; a name right after a title wins; a plural title over several
                 countries gives one mention spanning the phrase for each holder.
4. generic.py    "il governo tedesco" -> Germany (metonym); "la polizia" -> an entity outside the KB.
5. unknown.py    capitalised names no KB entry covers -> entities with in_kb=False, typed by cues.

Mention kinds: name | surname | title | adjective | acronym | metonym (pronoun is not produced).
"""
